/**
 * Every right a letter template uses has a plain name (plain-names.ts), and
 * within one law's letters no two rights share one: a reader choosing
 * "what do you want to do?" can tell every letter apart.
 */
import { expect, test } from 'vitest';
import { loadJurisdictions } from '../../src/lib/jurisdiction/library-fs.ts';
import { rightsFor } from '../../src/lib/letters/fill.ts';
import { loadTemplates } from '../../src/lib/letters/library-fs.ts';
import { PLAIN_NAME, PLAIN_NAME_FOR, plainName } from '../../src/lib/letters/plain-names.ts';
import { loadLibrary } from '../../src/lib/policy/library-fs.ts';

const jurisdictions = loadJurisdictions('.');
const templates = loadTemplates('.', jurisdictions);

test('every right of every letter template has a plain name', () => {
  const missing = templates.flatMap((t) =>
    t.letters
      .filter((l) => !plainName(t.jurisdiction, l.right, l.article))
      .map((l) => `${t.jurisdiction}-${t.language}: ${l.right} ${l.article ?? ''}`),
  );
  expect(missing).toEqual([]);
});

test('within each template the plain names tell every letter apart', () => {
  for (const t of templates) {
    const names = t.letters.map((l) => plainName(t.jurisdiction, l.right, l.article));
    expect(new Set(names).size, `${t.jurisdiction}-${t.language}: ${names.join(', ')}`).toBe(names.length);
  }
});

test('each law-specific plain name belongs to a letter that exists', () => {
  const keys = new Set(templates.flatMap((t) => t.letters.map((l) => `${t.jurisdiction}:${l.right}:${l.article ?? ''}`)));
  for (const key of Object.keys(PLAIN_NAME_FOR)) expect(keys, key).toContain(key);
});

test('the letters carry their plain name, and the statute’s name beside it stays the jurisdiction data’s', () => {
  const caviar = loadLibrary({ root: '.' }).find((p) => p.slug === 'caviar-kz')!;
  const letters = rightsFor(caviar, jurisdictions, templates)[0]!.letters;
  const erasure = letters.find((l) => l.right === 'erasure')!;
  expect(erasure.plainName).toBe(PLAIN_NAME.erasure);
  expect(erasure.name).toBe(jurisdictions.get('kz')!.rights.find((r) => r.right === 'erasure')!.name);
  expect(letters.find((l) => l.right === 'objection')!.plainName).toBe(PLAIN_NAME_FOR['kz:objection:19-1(2)']);
});
