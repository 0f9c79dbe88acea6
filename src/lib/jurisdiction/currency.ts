/**
 * Legal currency: a jurisdiction whose law was last read more than
 * LAW_CURRENCY_MAX_AGE_DAYS ago may describe a law that has since changed,
 * so `npm run validate` warns about it (a warning, not a failure: the facts
 * are still sourced, only possibly out of date).
 */
import type { Jurisdiction } from './model.ts';

/** How old a reading of the law may be before the validator warns: about six months, the usual delay before an amendment takes effect. */
export const LAW_CURRENCY_MAX_AGE_DAYS = 180;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from an ISO date (YYYY-MM-DD, read as UTC) to `today`. */
export function daysSince(isoDate: string, today: Date): number {
  const then = Date.parse(`${isoDate}T00:00:00Z`);
  const now = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return Math.floor((now - then) / DAY_MS);
}

/** One warning per jurisdiction whose law was last read more than the allowed number of days before `today`. */
export function staleLawWarnings(jurisdictions: Iterable<Jurisdiction>, today: Date, maxAgeDays = LAW_CURRENCY_MAX_AGE_DAYS): string[] {
  const warnings: string[] = [];
  for (const j of jurisdictions) {
    const age = daysSince(j.currency.lawReadOn, today);
    if (age > maxAgeDays)
      warnings.push(
        `${j.file}: the law of ${j.name} was last read on ${j.currency.lawReadOn}, ${age} days ago (more than ${maxAgeDays}); re-read it and its amendments, then update "currency"`,
      );
  }
  return warnings;
}

/** The sentence the law page shows on how current the file is, e.g. "Law last read in full on 2026-12-02; amendments considered: Act 1 (2026-01-09)." */
export function currencySentence(currency: Jurisdiction['currency']): string {
  const read = currency.readInFull
    ? `Law last read in full on ${currency.lawReadOn}`
    : `Law last read on ${currency.lawReadOn}, not in full (only through the sources listed)`;
  const amendments = currency.amendments.length ? currency.amendments.map((a) => `${a.title} (${a.date})`).join('; ') : 'none found';
  return `${read}; amendments considered: ${amendments}.`;
}
