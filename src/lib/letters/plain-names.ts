/**
 * Each right a letter uses, named in the reader's words first ("Get your data
 * deleted"), with the statute's own name shown beside it (the jurisdiction
 * data's `name`: "Right to erasure", Kazakhstan's "destruction"). One place
 * for every plain name, so the rights page, the policy page's summary, the
 * /rights/ page and the home page say the same thing. A right that a law
 * words differently enough to mislead under the general name has its own entry,
 * keyed by jurisdiction, right and article. Pure data.
 */
import type { Right } from '../jurisdiction/model.ts';

type LetterRight = Exclude<Right['right'], 'other'>;

/** The plain name of each kind of right, as a shopper would put it. */
export const PLAIN_NAME: Record<LetterRight, string> = {
  access: 'See the data they hold on you',
  rectification: 'Get your data corrected',
  erasure: 'Get your data deleted',
  restriction: 'Pause the use of your data',
  portability: 'Take your data to another service',
  objection: 'Object to the use of your data',
  'withdraw-consent': 'Withdraw your consent',
  complaint: 'Complain to the authority',
};

/**
 * Where one law's right is narrower than the general name says, keyed
 * `jurisdiction:right:article` (article empty where the letter cites none).
 * Each matches what the letter itself asks for (its subject), not a guess.
 */
export const PLAIN_NAME_FOR: Readonly<Record<string, string>> = {
  // GDPR Art. 21(2)-(3): the right to object to direct marketing.
  'eu:objection:21(2)-(3)': 'Stop marketing to you',
  // North Macedonia's objection letter objects to direct marketing (its subject says so).
  'mk:objection:': 'Stop marketing to you',
  // Kazakhstan, Art. 19-1(2): an objection to automated processing only.
  'kz:objection:19-1(2)': 'Object to automated processing of your data',
};

/** The plain name of a letter's right, or undefined for a right no entry covers (the unit test fails on one). */
export function plainName(jurisdiction: string, right: string, article: string | null | undefined): string | undefined {
  return PLAIN_NAME_FOR[`${jurisdiction}:${right}:${article ?? ''}`] ?? (PLAIN_NAME as Record<string, string>)[right];
}
