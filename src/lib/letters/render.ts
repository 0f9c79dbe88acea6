/**
 * A letter's own small syntax, read and written by one parser so that the
 * page, the e-mail link, the copy and the checks all see the same letter:
 * - `[[order]]` is a place for one of the reader's details;
 * - `{?order}… [[order]]…{/order}` is an optional passage, kept only when the
 *   reader fills `order` (so "Order number: …" drops out whole when empty);
 * - `{?ground=unlawful}…{/ground}` is kept only when the reader chooses that
 *   option of the letter's choice `ground` (the first option by default).
 * An optional passage carries its own leading space or line break, so that
 * leaving it out leaves no double space and no empty line. Pure functions.
 */

/** One piece of a letter: text, a reader's field, or a passage kept only under a condition. */
export type Segment =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'field'; readonly field: string }
  | { readonly kind: 'optional'; readonly key: string; readonly value: string | null; readonly parts: readonly Segment[] };

/** A letter that does not parse: what is wrong, at which character. */
export class LetterSyntaxError extends Error {
  readonly offset: number;

  constructor(message: string, offset: number) {
    super(message);
    this.offset = offset;
  }
}

const TOKEN = /\[\[(\w+)\]\]|\{\?(\w+)(?:=([\w-]+))?\}|\{\/(\w+)\}/g;

/** Reads a letter into its pieces; throws `LetterSyntaxError` for an unclosed, stray or nested passage. */
export function parseLetter(text: string): Segment[] {
  const top: Segment[] = [];
  let open: { key: string; value: string | null; parts: Segment[]; at: number } | null = null;
  let last = 0;
  const push = (s: Segment) => (open ? open.parts : top).push(s);
  for (const m of text.matchAll(TOKEN)) {
    if (m.index > last) push({ kind: 'text', text: text.slice(last, m.index) });
    last = m.index + m[0].length;
    if (m[1]) push({ kind: 'field', field: m[1] });
    else if (m[2]) {
      if (open)
        throw new LetterSyntaxError(
          `{?${m[2]}${m[3] ? `=${m[3]}` : ''}} opens inside {?${open.key}}, which is not closed yet; optional passages do not nest`,
          m.index,
        );
      open = { key: m[2], value: m[3] ?? null, parts: [], at: m.index };
    } else {
      if (!open) throw new LetterSyntaxError(`{/${m[4]}} closes no optional passage`, m.index);
      if (open.key !== m[4]) throw new LetterSyntaxError(`{/${m[4]}} closes {?${open.key}}; write {/${open.key}}`, m.index);
      top.push({ kind: 'optional', key: open.key, value: open.value, parts: open.parts });
      open = null;
    }
  }
  if (open) throw new LetterSyntaxError(`{?${open.key}${open.value ? `=${open.value}` : ''}} is never closed with {/${open.key}}`, open.at);
  if (last < text.length) push({ kind: 'text', text: text.slice(last) });
  return top;
}

/** What a letter is filled with: the reader's details, their choices, and the label to show for an empty detail. */
export interface Filling {
  readonly values?: Readonly<Record<string, string>>;
  readonly choices?: Readonly<Record<string, string>>;
  /** The place shown for an empty field, in the letter's own language: "[jméno a příjmení]". */
  readonly label: (field: string) => string;
}

/** Whether an optional passage is kept. */
export const keeps = (s: Extract<Segment, { kind: 'optional' }>, f: Filling): boolean =>
  s.value === null ? Boolean(f.values?.[s.key]?.trim()) : f.choices?.[s.key] === s.value;

/**
 * A reader's detail as it goes into the letter: trimmed, and without its own
 * closing full stop where the letter's text goes on with one ("… o které
 * nestojím" + "." rather than "nestojím.."). The page's fill-in uses it too.
 */
export const fieldText = (value: string, following: string): string => {
  const text = value.trim();
  return following.startsWith('.') ? text.replace(/\.+$/, '') : text;
};

/** The letter as the reader sends it: fields filled (or their labels), passages kept or left out. */
export function renderLetter(text: string, f: Filling): string {
  const out = (parts: readonly Segment[]): string => {
    let letter = '';
    // Right to left, so that each field knows the text that follows it.
    for (const s of [...parts].reverse()) {
      const piece =
        s.kind === 'text'
          ? s.text
          : s.kind === 'field'
            ? f.values?.[s.field]?.trim()
              ? fieldText(f.values[s.field]!, letter)
              : `[${f.label(s.field)}]`
            : keeps(s, f)
              ? out(s.parts)
              : '';
      letter = piece + letter;
    }
    return letter;
  };
  return out(parseLetter(text));
}

/** The conditions a letter's passages hang on, as `order` or `ground=unlawful`, in order of first use. */
export const conditionsOf = (text: string): string[] => [
  ...new Set(parseLetter(text).flatMap((s) => (s.kind === 'optional' ? [s.value === null ? s.key : `${s.key}=${s.value}`] : []))),
];

/** The letter's structure without its words: each field and each passage with the fields inside it, to compare a letter with its English. */
export function shapeOf(text: string): string[] {
  const fields = (parts: readonly Segment[]) => parts.flatMap((s) => (s.kind === 'field' ? [`[[${s.field}]]`] : []));
  return parseLetter(text)
    .flatMap((s) =>
      s.kind === 'field'
        ? [`[[${s.field}]]`]
        : s.kind === 'optional'
          ? [`{?${s.key}${s.value ? `=${s.value}` : ''}}(${fields(s.parts).sort().join(' ')})`]
          : [],
    )
    .sort();
}

/** What is wrong with a letter as it reads once rendered: a label or marker left behind, a double space, an empty line. */
export function layoutProblems(rendered: string): string[] {
  const problems: string[] = [];
  if (/\[\[|\]\]/.test(rendered)) problems.push('a [[field]] left unfilled');
  if (/\{[?/]\w/.test(rendered)) problems.push('an optional-passage marker left in the text');
  if (/\{\w+\}/.test(rendered)) problems.push('a {placeholder} from the data left unfilled');
  if (/[^\S\n]{2,}/.test(rendered)) problems.push('a double space');
  if (/\n[^\S\n]*\n[^\S\n]*\n/.test(rendered)) problems.push('an empty line where a passage was left out');
  if (/[^\S\n]\n|\n[^\S\n]/.test(rendered)) problems.push('a space at the start or end of a line');
  if (/^\s|\s$/.test(rendered)) problems.push('space at the start or end of the letter');
  if (/ [.,;:)]/.test(rendered)) problems.push('a space before punctuation');
  return problems;
}
