/**
 * Nothing lost, nothing added: the sources are the captured files byte for
 * byte, and each policy's originals, joined in order, reproduce its source.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkFidelity } from '../../src/lib/policy/fidelity.ts';
import { loadLibrary } from '../../src/lib/policy/library-fs.ts';
import { ASPECT_IDS } from '../../src/lib/taxonomy.ts';

/** `sources/SHA256SUMS` records the hash of each captured file as it was received. */
const recorded = new Map(
  readFileSync('sources/SHA256SUMS', 'utf8')
    .trim()
    .split('\n')
    .map((line) => {
      const [hash, name] = line.split(/\s+\*?/);
      return [name!, hash!] as const;
    }),
);
const library = loadLibrary({ root: '.' });

test('every source file is byte for byte the captured text', () => {
  const files = readdirSync('sources').filter((f) => f.endsWith('.txt')).sort();
  expect(files).toEqual([...recorded.keys()].sort());
  for (const file of files) {
    const hash = createHash('sha256').update(readFileSync(`sources/${file}`)).digest('hex');
    expect(hash, file).toBe(recorded.get(file));
  }
});

test('every source has exactly one policy', () => {
  expect(library.map((l) => l.policy.source).sort()).toEqual([...recorded.keys()].sort());
});

describe.each(library.map((l) => [l.policy.slug, l] as const))('%s', (_slug, { policy, sourceText }) => {
  test('its originals, joined in order, reproduce the source', () => {
    expect(checkFidelity(policy, sourceText)).toBeNull();
    // And the check itself is not blind: dropping any one clause breaks it.
    for (const dropped of [0, Math.floor(policy.clauses.length / 2), policy.clauses.length - 1]) {
      const clauses = policy.clauses.filter((_, i) => i !== dropped);
      expect(checkFidelity({ clauses }, sourceText), `without clause ${dropped}`).not.toBeNull();
    }
  });

  test('every clause is translated, and every policy clause annotated', () => {
    for (const c of policy.clauses) {
      expect(c.translation.trim(), c.id).not.toBe('');
      if (c.kind === 'policy') {
        expect(c.topics.length, c.id).toBeGreaterThan(0);
        expect(c.assessment, c.id).not.toBeNull();
        expect(c.note?.trim(), c.id).toBeTruthy();
      }
    }
  });

  test('has a finding for every aspect, each cited unless not stated', () => {
    expect(Object.keys(policy.findings).sort()).toEqual([...ASPECT_IDS].sort());
    const ids = new Set(policy.clauses.map((c) => c.id));
    for (const f of Object.values(policy.findings)) {
      if (f.status === 'not-stated') expect(f.clauses, f.aspect).toEqual([]);
      else expect(f.clauses.length, f.aspect).toBeGreaterThan(0);
      for (const id of f.clauses) expect(ids.has(id), `${f.aspect} → ${id}`).toBe(true);
    }
  });
});
