/**
 * Misspelt words ("cokies", "retnetion", "warrenty"): the library's words
 * within a few edits of a word it does not have, by the Damerau–Levenshtein
 * distance (an adjacent swap is one edit): one edit for a word of 4 to 7
 * letters, two for a longer one, none for a shorter (too many words are
 * near a short one). As most spelling tools do, the first letter is taken
 * as typed.
 *
 * The index keeps the library's words (folded, letters only, 4 letters or
 * more) with how many clauses hold each, sorted by first letter, then
 * length, then the word, and cut into small files
 * (`/search-index/words/<n>.<hash>.json`, the manifest lists each file's first
 * key). The words a misspelling can be near share its first letter and are
 * at most two letters longer or shorter, so they lie in one run of that
 * order: a lookup reads the one or two files holding it, and only for a word
 * the library does not have.
 */

/** One file of the vocabulary: words in order, and the clauses holding each. */
export interface WordsFile {
  readonly words: readonly string[];
  readonly df: readonly number[];
}

/** Edits allowed for a word of `length` letters. */
export const maxEdits = (length: number): number => (length < 4 ? 0 : length <= 7 ? 1 : 2);

/** Whether the vocabulary keeps a word: folded letters only, at least 4 of them. */
export const isSpellable = (term: string): boolean => term.length >= 4 && /^\p{L}+$/u.test(term);

/** A word's place in the vocabulary's order: first letter, length, the word. */
export const vocabularyKey = (word: string): string => `${word[0]}${String(Math.min(word.length, 99)).padStart(2, '0')}${word}`;

/** The optimal-string-alignment distance of `a` and `b`, or `max + 1` once it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      row.push(d);
      least = Math.min(least, d);
    }
    if (least > max) return max + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length]!;
}

/** The vocabulary's files for `words` (each with its clause count), about `chars` characters of words each; and each file's first key. */
export function vocabularyFiles(words: ReadonlyMap<string, number>, chars: number): { files: WordsFile[]; firstKeys: string[] } {
  const sorted = [...words.keys()].filter(isSpellable).sort((a, b) => {
    const ka = vocabularyKey(a);
    const kb = vocabularyKey(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  const files: WordsFile[] = [];
  const firstKeys: string[] = [];
  let current: { words: string[]; df: number[] } = { words: [], df: [] };
  let size = 0;
  const close = () => {
    if (!current.words.length) return;
    firstKeys.push(files.length === 0 ? '' : vocabularyKey(current.words[0]!));
    files.push(current);
    current = { words: [], df: [] };
    size = 0;
  };
  for (const word of sorted) {
    current.words.push(word);
    current.df.push(words.get(word)!);
    size += word.length + 4;
    if (size >= chars) close();
  }
  close();
  return { files, firstKeys };
}

/** The files of the vocabulary that may hold a word near `term`: those whose keys overlap its first letter and lengths. */
export function filesNear(firstKeys: readonly string[], term: string): number[] {
  const edits = maxEdits(term.length);
  if (edits === 0 || firstKeys.length === 0) return [];
  const length = (n: number) => String(Math.max(1, Math.min(99, n))).padStart(2, '0');
  const from = `${term[0]}${length(term.length - edits)}`;
  const to = `${term[0]}${length(term.length + edits)}\uffff`;
  const out: number[] = [];
  for (let n = 0; n < firstKeys.length; n++) {
    const start = firstKeys[n]!;
    const end = firstKeys[n + 1];
    // File n holds keys from `start` up to (not including) the next file's first key.
    if (start <= to && (end === undefined || end > from)) out.push(n);
  }
  return out;
}

export interface Correction {
  readonly word: string;
  readonly distance: number;
  readonly df: number;
}

/** The words of `files` nearest to `term` (fewest edits, then most common), at most `limit`. */
export function nearestSpellings(term: string, files: readonly WordsFile[], limit = 3): Correction[] {
  const edits = maxEdits(term.length);
  if (edits === 0) return [];
  const found: Correction[] = [];
  for (const file of files)
    file.words.forEach((word, i) => {
      if (word[0] !== term[0] || word === term) return;
      const distance = editDistance(term, word, edits);
      if (distance <= edits) found.push({ word, distance, df: file.df[i]! });
    });
  found.sort((a, b) => a.distance - b.distance || b.df - a.df || (a.word < b.word ? -1 : 1));
  const best = found[0]?.distance;
  return found.filter((c) => c.distance === best).slice(0, limit);
}
