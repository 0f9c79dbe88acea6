/**
 * The short name a link to a clause carries where space is short (At a
 * glance): the policy's own number for the clause when its original text
 * opens with one ("3.1.", "6)", "2."), else the first words of its English
 * label, cut at the first colon, semicolon or comma and at four words.
 */

/**
 * The number the original text opens with ("3.1", "12"), or null. A year or
 * an amount is not a clause number (more than two digits), and a doubled
 * number ("1. 3.", a slip some sources carry) says no one number.
 */
export function clauseNumber(original: string): string | null {
  const m = /^\s*(\d{1,2}(?:\.\d{1,2})*)(?:[.)](?=\s|$)|(?=\s))/.exec(original);
  if (!m) return null;
  if (/^\s*\d{1,2}[.)]?\s/.test(original.slice(m[0].length))) return null;
  return m[1]!;
}

/** Up to `max` words of the label, before its first colon, semicolon, comma or bracket (if two words or more are); "…" marks a cut. */
export function shortLabel(label: string, max = 4): string {
  const whole = label.trim();
  const before = whole.split(/[:;,(]/)[0]!.trim();
  // One word before the colon says too little ("Scope…"): then the first words of the whole label.
  const head = before.split(/\s+/).length >= 2 ? before : whole;
  const words = head.split(/\s+/);
  const cut = words.length > max || head.length < whole.length;
  return words.slice(0, max).join(' ') + (cut ? '…' : '');
}

/** The visible label of a link to a clause: its number, or its short label. */
export function evidenceLabel(clause: { original: string; label: string }): string {
  return clauseNumber(clause.original) ?? shortLabel(clause.label);
}
