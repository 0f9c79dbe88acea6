/**
 * "Did you mean …?" for an unknown id: the known id closest to what the
 * author wrote, when it is close enough to be a slip (a typo, a missing
 * hyphen), and nothing otherwise.
 */

/** Levenshtein distance between two short strings. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The known value nearest to `input`: within a third of its length in edits
 * (at least one), or one that `input` begins (a shortened id, "data-name" for
 * "data-name-email"); null if none is that close.
 */
export function closest(input: string, known: Iterable<string>): string | null {
  const wanted = input.trim().toLowerCase();
  const allowed = Math.max(1, Math.floor(Math.max(wanted.length, 3) / 3));
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of known) {
    if (candidate === input) return null;
    const c = candidate.toLowerCase();
    const d = editDistance(wanted, c);
    const close = d <= allowed || (wanted.length >= 4 && c.startsWith(wanted) && c !== wanted) || (c === wanted && candidate !== input);
    if (close && d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

/** ` did you mean "x"?` or an empty string. */
export function didYouMean(input: string, known: Iterable<string>): string {
  const near = closest(input, known);
  return near ? ` did you mean "${near}"?` : '';
}
