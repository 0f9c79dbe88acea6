/**
 * The held-out relevance set (tests/relevance/held-out.yaml) is what the
 * README's relevance figure is measured on, so it must stay as it was written:
 * by someone who read only the policies, before any ranking change it would
 * judge. These checks keep it frozen and sound; they set no floor on its
 * scores, since a floor would invite tuning to it (`npm run bench:relevance`
 * reports them).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { loadLibrary } from '../../src/lib/policy/library-fs.ts';
import { readQueries } from '../../scripts/bench-relevance/scoring.ts';

const HELD_OUT = 'tests/relevance/held-out.yaml';

test('the held-out set is frozen: its bytes match the hash recorded when it was written', () => {
  // Changing the file makes it a tuning set: write a new held-out set instead, and record its hash.
  const recorded = readFileSync('tests/relevance/held-out.sha256', 'utf8').split(/\s+/)[0];
  const actual = createHash('sha256').update(readFileSync(HELD_OUT)).digest('hex');
  expect(actual).toBe(recorded);
});

test('every held-out query names right answers that are clauses of policy text, not headings or page chrome', () => {
  const kinds = new Map<string, string>(
    loadLibrary({ root: '.' }).flatMap((p) => p.clauses.map((c) => [`${p.slug}#${c.id}`, c.kind] as const)),
  );
  const queries = readQueries(HELD_OUT);
  expect(queries.length).toBeGreaterThanOrEqual(100);
  for (const q of queries) {
    expect(q.answers.length, q.query).toBeGreaterThan(0);
    for (const a of q.answers) {
      expect(kinds.has(a), `${q.query}: ${a} is no clause`).toBe(true);
      expect(['heading', 'chrome'], `${q.query}: ${a} is a ${kinds.get(a)}`).not.toContain(kinds.get(a));
    }
  }
});
