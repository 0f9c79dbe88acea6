/**
 * Nothing lost, nothing added: the sources are the captured files byte for
 * byte, and each policy's originals, joined in order, reproduce its source.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkFidelity } from '../../src/lib/policy/fidelity.ts';
import { loadLibrary } from '../../src/lib/policy/library-fs.ts';

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
  const files = readdirSync('sources')
    .filter((f) => f.endsWith('.txt'))
    .sort();
  expect(files).toEqual([...recorded.keys()].sort());
  for (const file of files) {
    const hash = createHash('sha256')
      .update(readFileSync(`sources/${file}`))
      .digest('hex');
    expect(hash, file).toBe(recorded.get(file));
  }
});

test('every source has exactly one policy', () => {
  expect(library.map((p) => p.source).sort()).toEqual([...recorded.keys()].sort());
});

describe.each(library.map((p) => [p.slug, p] as const))('%s', (_slug, policy) => {
  const sourceText = readFileSync(`sources/${policy.source}`, 'utf8');
  test('its originals, joined in order, reproduce the source', () => {
    expect(checkFidelity(policy, sourceText)).toBeNull();
    // And the check itself is not blind: dropping any one clause breaks it.
    for (const dropped of [0, Math.floor(policy.clauses.length / 2), policy.clauses.length - 1]) {
      const clauses = policy.clauses.filter((_, i) => i !== dropped);
      expect(checkFidelity({ clauses }, sourceText), `without clause ${dropped}`).not.toBeNull();
    }
  });
});
