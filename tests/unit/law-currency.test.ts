/**
 * Legal currency: the age of a jurisdiction's last reading, counted against
 * an injected "today", and the sentence the law page shows.
 */
import { describe, expect, test } from 'vitest';
import { currencySentence, daysSince, LAW_CURRENCY_MAX_AGE_DAYS, staleLawWarnings } from '../../src/lib/jurisdiction/currency.ts';
import { loadJurisdictions } from '../../src/lib/jurisdiction/library-fs.ts';
import type { Jurisdiction } from '../../src/lib/jurisdiction/model.ts';

const fixture = [...loadJurisdictions('tests/fixtures/library').values()];
const utc = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe('legal currency', () => {
  test('days are counted from the reading to today, whatever the hour', () => {
    expect(daysSince('2026-12-02', utc('2026-12-02'))).toBe(0);
    expect(daysSince('2026-12-02', new Date('2026-12-03T00:00:01Z'))).toBe(1);
    expect(daysSince('2026-02-28', utc('2026-03-01'))).toBe(1);
    expect(daysSince('2024-02-28', utc('2024-03-01'))).toBe(2);
  });

  test('no warning up to 180 days, one warning naming the file from the 181st', () => {
    expect(LAW_CURRENCY_MAX_AGE_DAYS).toBe(180);
    expect(staleLawWarnings(fixture, utc('2027-05-31'))).toEqual([]);
    const warnings = staleLawWarnings(fixture, utc('2027-06-01'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^src\/content\/jurisdictions\/zz\.yaml: the law of Testland was last read on 2026-12-02, 181 days ago/);
  });

  test('the sentence says whether the law was read in full and lists each amendment with its date', () => {
    const [zz] = fixture as [Jurisdiction];
    expect(currencySentence(zz.currency)).toBe(
      'Law last read in full on 2026-12-02; amendments considered: Fictional Amending Act 2/2026 (2026-06-01).',
    );
    expect(currencySentence({ ...zz.currency, readInFull: false, amendments: [] })).toBe(
      'Law last read on 2026-12-02, not in full (only through the sources listed); amendments considered: none found.',
    );
  });

  test('every jurisdiction of the library records its reading, and none claims a date after the checks of its sources', () => {
    for (const j of loadJurisdictions('.').values()) {
      const checked = [...j.laws.flatMap((l) => l.sources), ...j.rules.flatMap((r) => r.sources)].map((s) => s.checked).sort();
      expect(j.currency.lawReadOn <= checked.at(-1)!, j.id).toBe(true);
    }
  });
});
