/**
 * A section's title in the page's contents. Some sources write their headings
 * in capitals ("5. HOW LONG WE KEEP YOUR DATA"), which a list of them makes
 * hard to scan, and one doubles its numbers ("1. 3. CONDITIONS …"). The
 * contents show such a heading in sentence case with its own number; the
 * clause itself keeps the heading as translated.
 */

/** Words kept in capitals when a heading is put in sentence case. */
const ACRONYMS = new Set(['GDPR', 'EU', 'EEA', 'IP', 'SMS', 'VAT', 'URL', 'USA', 'UK', 'ID', 'LLC']);

export function outlineTitle(heading: string): string {
  let title = heading.trim();
  // "1. 3. Title": a doubled number, of which the second is the section's.
  title = title.replace(/^\d{1,2}\.\s+(\d{1,2}\.\s)/, '$1');
  const letters = title.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2 || letters !== letters.toUpperCase()) return title;
  const lower = title.toLowerCase();
  const first = lower.search(/\p{L}/u);
  const cased = lower.slice(0, first) + lower.charAt(first).toUpperCase() + lower.slice(first + 1);
  return cased
    .replace(/([.!?]\s+)(\p{L})/gu, (_m, stop: string, letter: string) => stop + letter.toUpperCase())
    .replace(/\p{L}+/gu, (word) => (ACRONYMS.has(word.toUpperCase()) ? word.toUpperCase() : word));
}
