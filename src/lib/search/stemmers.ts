/**
 * One stemmer per language of the library, so a word finds its other forms
 * ("údajů" ~ "údaje", "удалению" ~ "удаление", "cookies" ~ "cookie"). Every
 * stem is folded (see text.ts).
 *
 * - English: Porter's algorithm (the `stemmer` package). Not the English
 *   stemmer of `@orama/stemmers`: it scores the same on the relevance
 *   queries, but strips "-tion" one letter too far ("deletion" → "deletion",
 *   "protection" → "protec"), so 12 groups of the library's English words
 *   (delete/deletion, protect/protection, collect/collection …) no longer
 *   share a stem.
 *   It reads the folded word, as the Czech and Latvian stemmers do, so a
 *   word stems alike with or without its diacritics.
 * - Russian: Snowball's Russian stemmer (from `@orama/stemmers`), on the
 *   word as written (its endings need й), then folded.
 * - Czech: the light stemmer of Dolamic and Savoy (as in Lucene's
 *   CzechStemmer), applied to folded words (so without its "čt"/"št" rule,
 *   which folded text cannot tell from "ct"/"st").
 * - Latvian: the light stemmer of Savoy (as in Lucene's LatvianStemmer),
 *   applied to folded words and without its consonant mutations.
 * - Albanian: one of its common noun and adjective endings removed
 *   ("kartës", "kartave" → "kart"; "kreditit" → "kredit"), then the first
 *   five letters, as for a language without a stemmer: the library's own
 *   light rule, since five letters alone split "karta" from "kartës" and
 *   "treta" from "tretë".
 * - Any language without one: the first five letters, a surrogate for
 *   stemming that works across languages (McNamee and Mayfield, "Character
 *   n-gram tokenization for European language text retrieval", 2004).
 */
import { stemmer as russian } from '@orama/stemmers/russian';
import { stemmer as english } from 'stemmer';
import { fold } from './text.ts';

const ends = (w: string, ...suffixes: string[]) => suffixes.some((s) => w.endsWith(s));

/** Czech, light: case endings, then possessives, then a few normalisations. */
export function stemCzech(word: string): string {
  let w = fold(word);
  const cut = (n: number) => (w = w.slice(0, -n));
  if (w.length > 7 && ends(w, 'atech')) cut(5);
  else if (w.length > 6 && ends(w, 'etem', 'atum')) cut(4);
  else if (
    w.length > 5 &&
    ends(
      w,
      'ech',
      'ich',
      'eho',
      'emi',
      'emu',
      'ete',
      'eti',
      'iho',
      'imi',
      'imu',
      'ach',
      'ata',
      'aty',
      'ych',
      'ama',
      'ami',
      'ove',
      'ovi',
      'ymi',
    )
  )
    cut(3);
  else if (w.length > 4 && ends(w, 'em', 'es', 'im', 'um', 'at', 'am', 'os', 'us', 'ym', 'mi', 'ou')) cut(2);
  else if (w.length > 3 && /[aeiouy]$/.test(w)) cut(1);
  if (w.length > 5 && ends(w, 'ov', 'in', 'uv')) cut(2);
  if (ends(w, 'c')) w = `${w.slice(0, -1)}k`;
  else if (ends(w, 'z')) w = `${w.slice(0, -1)}h`;
  else if (w.length > 1 && w[w.length - 2] === 'e') w = w.slice(0, -2) + w.slice(-1);
  return w;
}

/** Latvian endings, longest first, with the number of vowels a word must keep before one is removed. */
const LATVIAN: readonly (readonly [string, number])[] = [
  ['ajiem', 3],
  ['ajai', 3],
  ['ajam', 2],
  ['ajos', 2],
  ['ajas', 2],
  ['iem', 2],
  ['aja', 2],
  ['ais', 2],
  ['ai', 2],
  ['ei', 2],
  ['am', 1],
  ['em', 1],
  ['im', 1],
  ['um', 1],
  ['us', 1],
  ['as', 1],
  ['es', 1],
  ['os', 1],
  ['ij', 1],
  ['is', 1],
  ['ie', 1],
  ['u', 1],
  ['a', 1],
  ['i', 1],
  ['e', 1],
  ['o', 1],
  ['s', 0],
];

/** Latvian, light: one inflectional ending removed. */
export function stemLatvian(word: string): string {
  const w = fold(word);
  const vowels = (w.match(/[aeiou]/g) ?? []).length;
  for (const [suffix, keep] of LATVIAN)
    if (vowels > keep && w.length >= suffix.length + 3 && w.endsWith(suffix)) return w.slice(0, -suffix.length);
  return w;
}

/**
 * Albanian endings (folded), longest first: the definite and case endings of
 * nouns and adjectives ("kartës", "kartave", "kreditit", "palët", "të
 * dhënave"), removed once, keeping at least three letters.
 */
const ALBANIAN = ['ave', 'eve', 'ise', 'it', 'in', 'ut', 'un', 'es', 'et', 'at', 'a', 'e', 'i', 'u', 't', 'n', 's'];

/** Albanian, light: one ending removed, then the first five letters (as for a language without a stemmer). */
export function stemAlbanian(word: string): string {
  const w = fold(word);
  const suffix = ALBANIAN.find((s) => w.length >= s.length + 3 && w.endsWith(s));
  return (suffix ? w.slice(0, -suffix.length) : w).slice(0, 5);
}

/** The first five letters of the folded word. */
export const truncate5 = (word: string): string => fold(word).slice(0, 5);

/** The stemmer for a language id of the library (LANGUAGES in taxonomy.ts); every language has one. */
export function stemmerFor(language: string): (word: string) => string {
  switch (language) {
    case 'en':
      // Folded first, so a word of another language typed with or without its diacritics ("dhënave", "dhenave") has one English stem.
      return (w) => english(fold(w));
    case 'ru':
      return (w) => fold(russian(w));
    case 'cs':
      return stemCzech;
    case 'lv':
      return stemLatvian;
    case 'sq':
      return stemAlbanian;
    default:
      return truncate5;
  }
}
