/** "Did you mean": the nearest known id for a slip, and silence for a guess. */
import { expect, test } from 'vitest';
import { closest, editDistance } from '../../src/lib/policy/suggest.ts';
import { ASPECT_IDS, TOPIC_IDS } from '../../src/lib/taxonomy.ts';

test('edit distance counts insertions, deletions and substitutions', () => {
  expect(editDistance('retension', 'retention')).toBe(1);
  expect(editDistance('', 'abc')).toBe(3);
  expect(editDistance('kitten', 'sitting')).toBe(3);
});

test.each([
  ['retension', TOPIC_IDS, 'retention'],
  ['cookie-tracking', TOPIC_IDS, 'cookies-tracking'],
  ['Purposes', TOPIC_IDS, 'purposes'],
  ['right-to-erase', ASPECT_IDS, 'right-to-erasure'],
  ['data-name', ['data-name-email', 'contact'], 'data-name-email'],
])('"%s" suggests the nearest known id', (input, known, expected) => {
  expect(closest(input, known)).toBe(expected);
});

test.each([
  ['weather', TOPIC_IDS],
  ['x', ['y-z', 'abc']],
  ['retention', TOPIC_IDS],
])('"%s" suggests nothing (too far, or already known)', (input, known) => {
  expect(closest(input, known)).toBeNull();
});
