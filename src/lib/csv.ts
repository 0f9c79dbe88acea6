/**
 * The site's one CSV writer (RFC 4180, CRLF line ends). The open data's
 * comparison files (src/lib/exports.ts) and the comparison page's "Download
 * this view" (src/components/compare/compare-filters.ts) both write with it,
 * so a file downloaded from the page reads like the published one.
 * No Node APIs: it runs in the browser too.
 */

/** One RFC 4180 field: quoted when it holds a comma, a quote, CR or LF; quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The byte order mark that tells Excel a CSV file is UTF-8 (without it, diacritics come out garbled). */
export const UTF8_BOM = '\uFEFF';

/** The columns of the comparison CSV: one row per policy and aspect. */
export const COMPARISON_CSV_HEADER = ['policy', 'aspect', 'status', 'value', 'evidence'] as const;
