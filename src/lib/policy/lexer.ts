/**
 * The policy body as a stream of tokens: tags with their attributes and
 * offsets, and the child elements of a clause read verbatim. The lexer knows
 * the format's tags but not its structure; body.ts decides what may follow
 * what, so its messages can say what was expected there.
 */
import { CHILD_TAGS, readAttributes, TAGS, type Attribute, type ChildTag } from './format.ts';

export type Token =
  /** An opening tag other than a child element's, e.g. `<Clause id="x">`. */
  | {
      readonly type: 'open';
      readonly name: string;
      readonly attributes: readonly Attribute[];
      readonly rawAttributes: string;
      readonly start: number;
      readonly end: number;
    }
  | { readonly type: 'close'; readonly name: string; readonly start: number; readonly end: number }
  /** A child element of a clause with its text, the framing line breaks dropped; `textOffset` is where that text starts. */
  | {
      readonly type: 'element';
      readonly name: ChildTag;
      readonly text: string;
      readonly textOffset: number;
      readonly start: number;
      readonly end: number;
    }
  /** A child element never closed, or whose close comes only after another of the format's tags (`before`). */
  | { readonly type: 'unclosed'; readonly name: ChildTag; readonly before: string | null; readonly start: number }
  /** Something that is not a tag where a tag must be; the lexer stops after it. */
  | { readonly type: 'text'; readonly snippet: string; readonly start: number };

const TAG = /<(\/?)([A-Za-z]+)((?:\s+[A-Za-z]+="[^"]*")*)\s*(\/?)>/y;
/** White space and `{/* comments *\/}` between elements. */
const SKIP = /(?:\s+|\{\/\*[\s\S]*?\*\/\})*/y;
/** A tag of the format inside a child's text means its close tag is missing. */
const ANY_FORMAT_TAG = new RegExp(`</?(?:${TAGS.join('|')})\\b`);
const isChild = (name: string): name is ChildTag => (CHILD_TAGS as readonly string[]).includes(name);

/** Moves past white space and comments. */
function skip(text: string, pos: number): number {
  SKIP.lastIndex = pos;
  SKIP.exec(text);
  return SKIP.lastIndex;
}

/** Reads a child element whose opening tag ends at `pos`: its text up to the close tag. */
function childElement(text: string, name: ChildTag, start: number, pos: number): Token {
  const close = `</${name}>`;
  const endAt = text.indexOf(close, pos);
  if (endAt < 0) return { type: 'unclosed', name, before: null, start };
  const swallowed = ANY_FORMAT_TAG.exec(text.slice(pos, endAt));
  if (swallowed) return { type: 'unclosed', name, before: `${swallowed[0]}>`, start };
  // Only the line breaks that frame the text belong to the markup.
  const lead = /^\r?\n/.exec(text.slice(pos, endAt))?.[0].length ?? 0;
  const body = text.slice(pos + lead, endAt).replace(/\r?\n$/, '');
  return { type: 'element', name, text: body, textOffset: pos + lead, start, end: endAt + close.length };
}

/** The tokens of the body from offset `from`, in order; ends at the end of the text or after a token the format cannot read. */
export function* tokens(text: string, from: number): Generator<Token> {
  let pos = skip(text, from);
  while (pos < text.length) {
    TAG.lastIndex = pos;
    const m = TAG.exec(text);
    if (!m) {
      yield { type: 'text', snippet: text.slice(pos, pos + 40).split('\n')[0]!, start: pos };
      return;
    }
    const [, slash, name = '', rawAttributes = ''] = m;
    const start = pos;
    pos = TAG.lastIndex;
    if (slash) yield { type: 'close', name, start, end: pos };
    else if (isChild(name)) {
      const token = childElement(text, name, start, pos);
      yield token;
      if (token.type !== 'element') return;
      pos = token.end;
    } else yield { type: 'open', name, attributes: readAttributes(rawAttributes, start + 1 + name.length), rawAttributes, start, end: pos };
    pos = skip(text, pos);
  }
}
