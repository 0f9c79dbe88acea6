/**
 * Periods of time, whichever way a text writes them: "24 months", "two
 * years", "2 roky", "pět let", "piecus gadus", "пять лет", "dy vjet" are all a
 * number and a unit, read here as one key (`24~mo`, `60~mo`, `30~dy`), the
 * same at build time (for every field, in its language) and in a query (in
 * every language, as the reader's is not known). So "24 months" finds the
 * clause that keeps data "for two years". Years and months share a key
 * (a year is 12 months), as days and weeks do (a week is 7 days).
 */
import type { Token } from './text.ts';

/** Number words (folded) of each language of the library: one to twelve, and a few round numbers periods are given in. */
const NUMBERS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  en: words(
    'one 1 two 2 three 3 four 4 five 5 six 6 seven 7 eight 8 nine 9 ten 10 eleven 11 twelve 12 eighteen 18 twenty 20 thirty 30 sixty 60 ninety 90',
  ),
  cs: words(
    'jeden 1 jedna 1 jedno 1 jednoho 1 jednom 1 dva 2 dve 2 dvou 2 dvema 2 tri 3 trech 3 trem 3 ctyri 4 ctyr 4 ctyrech 4 pet 5 peti 5 sest 6 sesti 6 sedm 7 sedmi 7 osm 8 osmi 8 devet 9 deviti 9 deset 10 deseti 10 dvanact 12 dvanacti 12 tricet 30 triceti 30 sedesat 60 devadesat 90',
  ),
  lv: words(
    'viens 1 viena 1 vienu 1 divi 2 divus 2 divu 2 diviem 2 tris 3 cetri 4 cetrus 4 cetru 4 pieci 5 piecus 5 piecu 5 pieciem 5 sesi 6 sesus 6 sesu 6 septini 7 septinus 7 astoni 8 astonus 8 devini 9 devinus 9 desmit 10 divpadsmit 12 trisdesmit 30 sesdesmit 60 devindesmit 90',
  ),
  sq: words(
    'nje 1 dy 2 tre 3 tri 3 kater 4 pese 5 gjashte 6 shtate 7 tete 8 nente 9 dhjete 10 dymbedhjete 12 tridhjete 30 gjashtedhjete 60 nentedhjete 90',
  ),
  ru: words(
    'один 1 одна 1 одного 1 одну 1 два 2 две 2 двух 2 трех 3 три 3 четыре 4 четырех 4 пять 5 пяти 5 шесть 6 шести 6 семь 7 семи 7 восемь 8 восьми 8 девять 9 девяти 9 десять 10 десяти 10 двенадцать 12 двенадцати 12 тридцать 30 тридцати 30 шестьдесят 60 девяносто 90',
  ),
};

/** Unit words (folded) of each language, with what one of them is in months (`mo`) or days (`dy`). */
type Unit = readonly [number, 'mo' | 'dy'];
const YEAR: Unit = [12, 'mo'];
const MONTH: Unit = [1, 'mo'];
const WEEK: Unit = [7, 'dy'];
const DAY: Unit = [1, 'dy'];
const UNITS: Readonly<Record<string, Readonly<Record<string, Unit>>>> = {
  en: { year: YEAR, years: YEAR, month: MONTH, months: MONTH, week: WEEK, weeks: WEEK, day: DAY, days: DAY },
  cs: {
    rok: YEAR,
    roky: YEAR,
    roku: YEAR,
    let: YEAR,
    letech: YEAR,
    mesic: MONTH,
    mesice: MONTH,
    mesicu: MONTH,
    mesicich: MONTH,
    tyden: WEEK,
    tydny: WEEK,
    tydnu: WEEK,
    den: DAY,
    dny: DAY,
    dni: DAY,
    dnu: DAY,
    dnech: DAY,
  },
  lv: {
    gads: YEAR,
    gadu: YEAR,
    gadi: YEAR,
    gadus: YEAR,
    gados: YEAR,
    gadiem: YEAR,
    menesis: MONTH,
    menesi: MONTH,
    menesus: MONTH,
    menesiem: MONTH,
    nedela: WEEK,
    nedelas: WEEK,
    nedelu: WEEK,
    diena: DAY,
    dienas: DAY,
    dienu: DAY,
    dienam: DAY,
  },
  sq: {
    vit: YEAR,
    vite: YEAR,
    vjet: YEAR,
    viteve: YEAR,
    muaj: MONTH,
    muajve: MONTH,
    jave: WEEK,
    javesh: WEEK,
    dite: DAY,
    ditesh: DAY,
    diteve: DAY,
  },
  ru: {
    год: YEAR,
    года: YEAR,
    лет: YEAR,
    годам: YEAR,
    годах: YEAR,
    месяц: MONTH,
    месяца: MONTH,
    месяцев: MONTH,
    неделя: WEEK,
    недели: WEEK,
    недель: WEEK,
    день: DAY,
    дня: DAY,
    днеи: DAY,
  },
};

function words(list: string): Record<string, number> {
  const parts = list.split(' ');
  const out: Record<string, number> = {};
  for (let i = 0; i < parts.length; i += 2) out[parts[i]!] = Number(parts[i + 1]);
  return out;
}

/** The key of a period: its length in months or days. */
export const durationKey = (amount: number, unit: 'mo' | 'dy'): string => `${amount}~${unit}`;

/** The number a word is in `language` (digits in any), or null. */
function numberOf(term: string, language: string): number | null {
  if (/^\d{1,4}$/.test(term)) return Number(term);
  return NUMBERS[language]?.[term] ?? null;
}

export interface Duration {
  readonly key: string;
  /** Positions (in the token list given) of its number and its unit. */
  readonly at: readonly [number, number];
}

/**
 * The periods in `tokens` (a text's words, joined compounds left out) read
 * in `languages`: a number directly followed by a unit of the same language
 * ("two-year" is "two", "year").
 */
export function durations(tokens: readonly Token[], languages: readonly string[]): Duration[] {
  const out: Duration[] = [];
  const seen = new Set<string>();
  for (let i = 0; i + 1 < tokens.length; i++)
    for (const language of languages) {
      const amount = numberOf(tokens[i]!.term, language);
      const unit = amount === null ? undefined : UNITS[language]?.[tokens[i + 1]!.term];
      if (amount === null || !unit) continue;
      const key = durationKey(amount * unit[0], unit[1]);
      if (seen.has(`${i}:${key}`)) continue;
      seen.add(`${i}:${key}`);
      out.push({ key, at: [i, i + 1] });
    }
  return out;
}

/** Languages whose number and unit words the module knows. */
export const DURATION_LANGUAGES: readonly string[] = Object.keys(UNITS);
