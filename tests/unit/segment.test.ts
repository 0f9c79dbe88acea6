/**
 * The scaffolder's proposal: how a source text falls into sections and
 * clauses, and the ids it proposes. Pure functions, on small texts written
 * here and on the five real sources.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { idWords, segment, transliterate, type Segmentation } from '../../scripts/new-policy/segment.ts';
import { ID_PATTERN } from '../../src/lib/policy/schema.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SOURCES = readdirSync(`${ROOT}sources`)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const source = (prefix: string) => readFileSync(`${ROOT}sources/${SOURCES.find((f) => f.startsWith(prefix))!}`, 'utf8');

const ids = (seg: Segmentation) => [...seg.sections.map((s) => s.id), ...seg.clauses.map((c) => c.id)];
const byOriginal = (seg: Segmentation, start: string) => {
  const clause = seg.clauses.find((c) => c.original.trim().startsWith(start));
  if (!clause) throw new Error(`no clause starts with ${JSON.stringify(start)}`);
  return clause;
};
const sectionOf = (seg: Segmentation, clauseId: string) => seg.sections.find((s) => s.clauses.some((c) => c.id === clauseId))!;
/** The non-blank lines of a text, each exactly once, in order: what the originals must hold. */
const contentLines = (text: string) => text.split(/\r\n|\n|\r/).filter((l) => l.trim() !== '');

describe('transliteration and id words', () => {
  test('Cyrillic is transliterated', () => {
    expect(transliterate('Политика конфиденциальности')).toBe('politika konfidentsialnosti');
    expect(idWords('ЦЕЛИ СБОРА И ОБРАБОТКИ ПЕРСОНАЛЬНОЙ ИНФОРМАЦИИ')).toBe('tseli-sbora-obrabotki-personalnoy');
    expect(idWords('Щит, ёж и объём')).toBe('shchit-ezh-obem');
    expect(idWords('Қазақстан Республикасы')).toBe('qazaqstan-respublikasy');
  });

  test('diacritics are folded and letters without a base letter mapped', () => {
    expect(idWords('Zásady ochrany osobních údajů')).toBe('zasady-ochrany-osobnich-udaju');
    expect(idWords('KĀDUS DATUS MĒS APKOPOJAM')).toBe('kadus-datus-mes-apkopojam');
    expect(idWords('Straße Łódź Ærøskøbing')).toBe('strasse-lodz-aeroskobing');
    expect(idWords('Të shihni se çfarë të dhënash')).toBe('shihni-cfare-dhenash');
  });

  test('only meaningful words, at most four, within the length limit', () => {
    expect(idWords('Do we sell your data to others or not?')).toBe('sell-your-data-others');
    expect(idWords("users’ data isn't sold")).toBe('users-data-isnt-sold');
    expect(idWords('In 2023 we had 5 offices')).toBe('had-offices');
    expect(idWords('Nastoyashchaya politika konfidentsialnosti')).toBe('nastoyashchaya-politika');
    expect(idWords('隐私政策 12 / 34')).toBe('');
  });
});

describe('segmentation of small texts', () => {
  const text = [
    'Privacy Policy',
    '',
    'We are Example Ltd. We sell shoes.',
    '',
    '\u00a0',
    '2. WHAT WE COLLECT',
    '',
    'We collect:',
    '- your name;',
    '  • your e-mail',
    '    which we check.',
    '\u00a0·your phone',
    'Security. We encrypt everything, always.',
    '',
    '  1. 3. HOW LONG WE KEEP IT',
    '3.1. Five years.',
    '3.2. Then we delete it.',
    '',
    'Contact',
    '',
    'Write to us.',
    '',
    'Contact',
    '',
    '12 / 34.',
    '',
  ].join('\n');
  const seg = segment(text);

  test('every non-blank line is in exactly one clause, verbatim and in order', () => {
    expect(seg.clauses.flatMap((c) => c.original.split('\n'))).toEqual(contentLines(text));
    expect(seg.sections.flatMap((s) => s.clauses)).toEqual(seg.clauses);
  });

  test('numbered headings, "1. 3." included, start sections and get "sN-heading" ids', () => {
    expect(seg.sections.map((s) => s.id)).toEqual(['privacy-policy', 's2-what-collect', 's3-how-long-keep', 'contact', 'contact-2']);
    const s2 = seg.sections[1]!.clauses[0]!;
    expect(s2).toMatchObject({ id: 's2-heading', kind: 'heading', original: '2. WHAT WE COLLECT', line: 6 });
    expect(seg.sections[2]!.clauses[0]).toMatchObject({ id: 's3-heading', kind: 'heading', original: '  1. 3. HOW LONG WE KEEP IT' });
  });

  test('"3.1." lines are clauses of their own with the number in the id', () => {
    expect(byOriginal(seg, '3.1.')).toMatchObject({ id: 's3-1-five-years', kind: 'policy' });
    expect(byOriginal(seg, '3.2.')).toMatchObject({ id: 's3-2-then-delete', kind: 'policy' });
  });

  test('list items are clauses; deeper-indented lines continue them; run-in headings stay in place', () => {
    const s2 = seg.sections[1]!.clauses.map((c) => [c.id, c.original]);
    expect(s2).toEqual([
      ['s2-heading', '2. WHAT WE COLLECT'],
      ['s2-collect', 'We collect:'],
      ['s2-your-name', '- your name;'],
      ['s2-your-mail', '  • your e-mail\n    which we check.'],
      ['s2-your-phone', '\u00a0·your phone'],
      ['s2-security-encrypt-everything-always', 'Security. We encrypt everything, always.'],
    ]);
  });

  test('short standalone lines are headings; sentences and lines with a colon are not', () => {
    expect(seg.clauses.filter((c) => c.kind === 'heading').map((c) => c.original)).toEqual([
      'Privacy Policy',
      '2. WHAT WE COLLECT',
      '  1. 3. HOW LONG WE KEEP IT',
      'Contact',
      'Contact',
    ]);
  });

  test('ids are unique kebab-case; duplicates get -2; "clause-N" only when no word is left', () => {
    expect(ids(seg).every((id) => ID_PATTERN.test(id))).toBe(true);
    expect(new Set(ids(seg)).size).toBe(ids(seg).length);
    expect(seg.sections[4]!.clauses.map((c) => c.id)).toEqual(['contact-2-heading', `clause-${seg.clauses.length}`]);
    expect(seg.clauses.filter((c) => c.id.startsWith('clause-'))).toHaveLength(1);
  });

  test('text before the first heading goes in a "preamble" section', () => {
    const s = segment('We collect nothing.\n\nCookies\n\nNone at all.');
    expect(s.sections.map((x) => [x.id, x.clauses.map((c) => c.id)])).toEqual([
      ['preamble', ['collect-nothing']],
      ['cookies', ['cookies-heading', 'none-all']],
    ]);
  });

  test('Windows line endings give the same proposal', () => {
    const crlf = segment(text.replace(/\n/g, '\r\n'));
    expect(crlf.clauses.map((c) => [c.id, c.original])).toEqual(seg.clauses.map((c) => [c.id, c.original]));
  });
});

describe.each(SOURCES)('segmentation of sources/%s', (file) => {
  const text = readFileSync(`${ROOT}sources/${file}`, 'utf8');
  const seg = segment(text);

  test('holds every line once, in order, with unique kebab-case ids', () => {
    expect(seg.clauses.flatMap((c) => c.original.split('\n'))).toEqual(contentLines(text));
    expect(ids(seg).filter((id) => !ID_PATTERN.test(id))).toEqual([]);
    expect(new Set(ids(seg)).size).toBe(ids(seg).length);
    // Every source is in a Latin or Cyrillic script: words always remain, so no fallback ids.
    expect(seg.clauses.filter((c) => /^clause-\d+$/.test(c.id))).toEqual([]);
  });
});

describe('what the real sources become', () => {
  test('002 (Latvian): sections 1–9 from numbered headings, each dash item a clause', () => {
    const text = source('002_');
    const seg = segment(text);
    expect(seg.sections.map((s) => s.clauses[0]!.id)).toEqual([
      's1-heading',
      's2-heading',
      's3-heading',
      's4-heading',
      's5-heading',
      's6-heading',
      's7-heading',
      's8-heading',
      's9-heading',
    ]);
    const s2 = byOriginal(seg, '2. KĀDUS DATUS MĒS APKOPOJAM UN APSTRĀDĀJAM?');
    expect(s2).toMatchObject({ id: 's2-heading', kind: 'heading' });
    expect(sectionOf(seg, 's2-heading').id).toBe('s2-kadus-datus-mes');
    expect(byOriginal(seg, '- klienta vārds un uzvārds;')).toMatchObject({
      id: 's2-klienta-vards-uzvards',
      original: '- klienta vārds un uzvārds;',
    });
    const dashLines = contentLines(text).filter((l) => l.startsWith('- '));
    expect(dashLines).toHaveLength(37);
    expect(seg.clauses.filter((c) => c.original.startsWith('- ')).map((c) => c.original)).toEqual(dashLines);
    // Lines holding only a non-breaking space are separators, not clauses.
    expect(seg.clauses.some((c) => c.original.trim() === '')).toBe(false);
  });

  test('004 (Russian): "1. 2." headings start sections, "5.1." clauses carry their number, ids transliterated', () => {
    const seg = segment(source('004_'));
    const heading = byOriginal(seg, '1. 2. ЦЕЛИ СБОРА');
    expect(heading).toMatchObject({ id: 's2-heading', kind: 'heading' });
    expect(sectionOf(seg, 's2-heading').clauses[0]).toBe(heading);
    expect(sectionOf(seg, 's2-heading').id).toBe('s2-tseli-sbora-obrabotki');
    expect(seg.sections.map((s) => s.clauses[0]!.id)).toEqual([
      'politika-konfidentsialnosti-heading',
      'personalnaya-informatsiya-polzovateley-heading',
      's2-heading',
      's3-heading',
      's4-heading',
      's5-heading',
      's6-heading',
      's8-heading',
      's9-heading',
    ]);
    expect(byOriginal(seg, '5.1.').id).toBe('s5-1-kompaniya-prinimaet-neobkhodimye');
    expect(byOriginal(seg, '6.2.').id).toMatch(/^s6-2-/); // preceded by a non-breaking space
    // A bullet's indented continuation lines stay with it.
    expect(byOriginal(seg, '• Техническая информация').original.split('\n')).toHaveLength(3);
  });

  test('003 (Albanian): run-in headings stay inside their paragraph; "•" items are clauses', () => {
    const seg = segment(source('003_'));
    const security = byOriginal(seg, 'Siguria.');
    expect(security.kind).toBe('policy');
    expect(security.original).toMatch(/^Siguria\. Ne marrim masa paraprake/);
    expect(seg.clauses.filter((c) => c.original.startsWith('•'))).toHaveLength(4);
    expect(seg.clauses.filter((c) => c.kind === 'heading').map((c) => c.original)).toEqual([
      'Politika e privatësisë (pajtueshmëria me GDPR)',
      'Porositë',
      'Cookies',
      'Sondazhe dhe Konkurse',
    ]);
  });

  test('001 (Czech): dated lines and "·" items are not headings', () => {
    const seg = segment(source('001_'));
    expect(byOriginal(seg, 'Čas aktualizace:').kind).toBe('policy');
    expect(byOriginal(seg, '·Chráníme').kind).toBe('policy');
    expect(byOriginal(seg, 'Jak se k nám dostanete')).toMatchObject({ kind: 'heading', id: 'jak-nam-dostanete-heading' });
  });
});
