/**
 * Fidelity: the originals of a policy's clauses, joined in order, must be the
 * source text. Runs of white space may differ (blank lines, non-breaking
 * spaces, indentation); every other character must match.
 */

export const normaliseWhitespace = (s: string): string => s.replace(/\s+/gu, ' ').trim();

export interface FidelityMismatch {
  /** The clause where the originals first differ from the source (null: the source goes on after the last clause). */
  readonly clause: string | null;
  /** 1-based line of the source text where the difference starts. */
  readonly sourceLine: number;
  readonly expected: string;
  readonly found: string;
}

/** Returns null when the originals reproduce the source, or where they first differ. */
export function checkFidelity(
  policy: { readonly clauses: readonly { readonly id: string; readonly original: string }[] },
  source: string,
): FidelityMismatch | null {
  const expected = normaliseWhitespace(source);
  let offset = 0; // position in `expected`
  for (const clause of policy.clauses) {
    const piece = normaliseWhitespace(clause.original);
    if (offset > 0) {
      if (expected[offset] === ' ') offset += 1;
    }
    const here = expected.slice(offset, offset + piece.length);
    if (here !== piece) {
      let i = 0;
      while (i < piece.length && here[i] === piece[i]) i++;
      if (expected[offset + i] === ' ' && piece[i] !== ' ') offset += 1;
      return {
        clause: clause.id,
        sourceLine: sourceLineOf(source, offset + i),
        expected: expected.slice(offset + i, offset + i + 50),
        found: piece.slice(i, i + 50),
      };
    }
    offset += piece.length;
  }
  if (offset < expected.length && expected[offset] === ' ') offset += 1;
  if (offset < expected.length)
    return { clause: null, sourceLine: sourceLineOf(source, offset), expected: expected.slice(offset, offset + 50), found: '' };
  return null;
}

/** Maps an offset in the normalised text back to a line of the raw source. */
function sourceLineOf(source: string, normalisedOffset: number): number {
  let line = 1;
  let n = 0; // characters of normalised text consumed
  let inSpace = true; // leading white space is trimmed
  for (let k = 0; k < source.length; k++) {
    const ch = source[k]!;
    const space = /\s/.test(ch);
    if (space) {
      if (!inSpace) {
        n += 1;
        inSpace = true;
      }
    } else {
      if (n >= normalisedOffset) return line;
      n += 1;
      inSpace = false;
    }
    if (ch === '\n') line += 1;
  }
  return line;
}
