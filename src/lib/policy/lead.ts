/**
 * A note's lead: its first sentence, the one plain line a reader sees first,
 * with the rest of the note folded under it. Notes are plain text with
 * Markdown links (notes.ts), so the split never falls inside a link, and it
 * does not end a sentence at an abbreviation ("Art. 13", "e.g. the",
 * "No. 94-V", "§ 5 Abs. 2"), at a decimal ("2.5") or at an initial.
 */

/** Words that end in a full stop without ending the sentence (compared in lower case). */
const ABBREVIATIONS = new Set([
  'art',
  'arts',
  'abs',
  'no',
  'nos',
  'nr',
  'sec',
  'secs',
  'para',
  'paras',
  'p',
  'pp',
  'ch',
  'cf',
  'e.g',
  'i.e',
  'etc',
  'vs',
  'viz',
  'approx',
  'incl',
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'prof',
  'ltd',
  'co',
  'corp',
  'inc',
  'u.s',
  'u.k',
  'e.u',
]);

/** What may close a sentence after its stop: quotes and brackets. */
const CLOSERS = '"”’\')]»';
/** What may open the next sentence before its first letter: quotes and brackets. */
const OPENERS = '"“‘\'([«';

function endsAbbreviation(text: string, stop: number): boolean {
  // The word that the stop ends, back to the last space, without the quotes and brackets around it.
  let start = stop;
  while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
  const word = text
    .slice(start, stop)
    .replace(/^[("“‘'[«]+/, '')
    .replace(/["”’')\]»]+$/, '')
    .toLowerCase();
  if (word === '') return false;
  if (word === '§' || ABBREVIATIONS.has(word)) return true;
  // A single letter is an initial ("J. Smith") or a list marker ("a."), not a sentence.
  return /^\p{L}$/u.test(word);
}

/**
 * The offset just after the first sentence of `text` (its stop and closing
 * quotes), or -1 if the text is one sentence. A sentence ends at ".", "?" or
 * "!" followed by white space and then a capital letter, a digit or an
 * opening quote or bracket, outside any Markdown link.
 */
export function firstSentenceEnd(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '[') depth++;
    else if (ch === ']' && depth > 0) depth--;
    if (depth > 0 || !'.?!'.includes(ch)) continue;
    let end = i + 1;
    while (end < text.length && CLOSERS.includes(text[end]!)) end++;
    if (end >= text.length || !/\s/.test(text[end]!)) continue;
    let next = end;
    while (next < text.length && /\s/.test(text[next]!)) next++;
    if (next >= text.length) return -1;
    let first = next;
    while (first < text.length && OPENERS.includes(text[first]!)) first++;
    // A sentence may open with a link: look at the link text's first letter.
    const letter = text[first] === '[' ? (text[first + 1] ?? '') : (text[first] ?? '');
    if (!/[\p{Lu}\p{N}]/u.test(letter)) continue;
    if (ch === '.' && endsAbbreviation(text, i)) continue;
    return end;
  }
  return -1;
}

/** A text split at its first sentence: the lead, and the rest (empty when the text is one sentence). */
export function splitLead(text: string): { lead: string; rest: string } {
  const trimmed = text.trim();
  // The lead is taken from the first paragraph only.
  const paragraphEnd = trimmed.search(/\n\s*\n/);
  const first = paragraphEnd < 0 ? trimmed : trimmed.slice(0, paragraphEnd);
  const after = paragraphEnd < 0 ? '' : trimmed.slice(paragraphEnd);
  const end = firstSentenceEnd(first);
  if (end < 0) return { lead: first, rest: after.trim() };
  return { lead: first.slice(0, end).trim(), rest: (first.slice(end).trim() + after).trim() };
}

/** The first `count` sentences of a text, and the rest. */
export function splitSentences(text: string, count: number): { lead: string; rest: string } {
  let lead = '';
  let rest = text.trim();
  for (let i = 0; i < count && rest; i++) {
    const part = splitLead(rest);
    lead = lead ? `${lead} ${part.lead}` : part.lead;
    rest = part.rest;
  }
  return { lead, rest };
}
