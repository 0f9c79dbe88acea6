/**
 * The one source of truth for the library's vocabulary: topics, assessments,
 * clause kinds, finding statuses, and the comparison aspects with their groups.
 *
 * The content schema, the validator, the components, the search filters, the
 * comparison table, the checklist and the data exports all import from here.
 * Add a topic or an aspect here and every one of them learns about it.
 */

/** The ids of a list, as the non-empty tuple zod's `z.enum` wants (the one cast the taxonomy needs). */
function ids<T extends { readonly id: string }>(list: readonly T[]): readonly [T['id'], ...T['id'][]] {
  return list.map((item) => item.id) as unknown as readonly [T['id'], ...T['id'][]];
}

/** A topic a clause can be about: OPP-115 categories merged with the GDPR Art. 13/14 items. */
export interface Topic {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  /** Words readers use for the topic, in English (search treats a query holding one as a question about the topic). */
  readonly terms: readonly string[];
}

export const TOPICS = [
  {
    id: 'controller',
    label: 'Controller',
    description: 'Who is responsible for the data and how to reach them.',
    terms: [
      'who is responsible',
      'controller',
      'data controller',
      'company',
      'owner',
      'operator',
      'who runs',
      'contact details',
      'address',
      'registration number',
    ],
  },
  {
    id: 'dpo',
    label: 'Data protection officer',
    description: 'Contact details of a data protection officer.',
    terms: ['data protection officer', 'dpo', 'privacy officer'],
  },
  {
    id: 'data-collected',
    label: 'Data collected',
    description: 'Which personal data is collected.',
    terms: ['what data', 'which data', 'data collected', 'collect', 'information collected', 'categories of data'],
  },
  {
    id: 'data-source',
    label: 'Source of data',
    description: 'Where the data comes from, if not from the reader.',
    terms: ['source of data', 'where they get', 'obtained from', 'from third parties'],
  },
  {
    id: 'purposes',
    label: 'Purposes',
    description: 'What the data is used for.',
    terms: ['why', 'purpose', 'purposes', 'used for', 'use my data', 'what for'],
  },
  {
    id: 'legal-basis',
    label: 'Legal basis',
    description: 'The legal ground claimed for processing (consent, contract, law, interests).',
    terms: ['legal basis', 'lawful basis', 'legal ground', 'legitimate interest', 'legitimate interests'],
  },
  {
    id: 'sharing',
    label: 'Sharing and recipients',
    description: 'Who else receives the data.',
    terms: [
      'share',
      'sharing',
      'sell',
      'sale',
      'sold',
      'third parties',
      'third party',
      'disclose',
      'disclosure',
      'pass on',
      'recipients',
      'partners',
      'who can see',
    ],
  },
  {
    id: 'transfers',
    label: 'International transfers',
    description: 'Data sent to other countries.',
    terms: ['abroad', 'transfer', 'transfers', 'international', 'outside the eu', 'other countries', 'overseas', 'cross-border'],
  },
  {
    id: 'retention',
    label: 'Retention',
    description: 'How long data is kept and what happens after.',
    terms: ['how long', 'retention', 'retain', 'keep', 'kept', 'storage period', 'stored'],
  },
  {
    id: 'rights',
    label: 'Your rights',
    description: 'Access, correction, deletion, objection and other rights, and how to use them.',
    terms: [
      'my rights',
      'rights',
      'user rights',
      'access my data',
      'copy of my data',
      'correct',
      'rectify',
      'delete',
      'erase',
      'object',
      'portability',
    ],
  },
  {
    id: 'consent',
    label: 'Consent',
    description: 'Giving and withdrawing consent.',
    terms: ['consent', 'agree', 'permission', 'opt in', 'withdraw consent'],
  },
  {
    id: 'complaint',
    label: 'Complaints',
    description: 'Complaining to the company or a supervisory authority.',
    terms: ['complain', 'complaint', 'regulator', 'supervisory authority', 'data protection authority'],
  },
  {
    id: 'obligation-to-provide',
    label: 'Obligation to provide data',
    description: 'Whether data must be given, and what happens if it is not.',
    terms: ['must i provide', 'mandatory', 'required', 'obligatory', 'have to give'],
  },
  {
    id: 'automated-decisions',
    label: 'Automated decisions',
    description: 'Profiling and decisions made by machines alone.',
    terms: ['automated decision', 'automated decisions', 'profiling', 'algorithm'],
  },
  {
    id: 'cookies-tracking',
    label: 'Cookies and tracking',
    description: 'Cookies and other tracking technologies.',
    terms: ['cookies', 'cookie', 'tracking', 'track me', 'tracker', 'trackers', 'analytics', 'pixel'],
  },
  {
    id: 'marketing',
    label: 'Marketing',
    description: 'Newsletters, advertising and promotional contact.',
    terms: ['marketing', 'newsletter', 'spam', 'advertising', 'ads', 'promotional', 'unsubscribe', 'offers'],
  },
  {
    id: 'security',
    label: 'Security',
    description: 'How data is protected.',
    terms: ['security', 'secure', 'hacked', 'hack', 'breach', 'leak', 'encryption', 'protect my data'],
  },
  {
    id: 'children',
    label: 'Children',
    description: 'Data about children.',
    terms: ['children', 'child', 'kids', 'minors', 'minor', 'underage', 'parents', 'age'],
  },
  {
    id: 'policy-change',
    label: 'Policy changes',
    description: 'How and when the policy changes, and how readers learn of it.',
    terms: ['changes to the policy', 'policy changes', 'new version', 'notify changes'],
  },
  {
    id: 'authorities',
    label: 'Authorities',
    description: 'Disclosure to police, courts and other authorities.',
    terms: ['police', 'court', 'government', 'authorities', 'law enforcement', 'court order'],
  },
  {
    id: 'governing-law',
    label: 'Governing law',
    description: 'Which country’s law the policy names.',
    terms: ['governing law', 'which law', 'jurisdiction', 'applicable law'],
  },
  {
    id: 'payment',
    label: 'Payment',
    description: 'Payment and card data.',
    terms: ['payment', 'card', 'credit card', 'card details', 'bank', 'bank account', 'pay'],
  },
  { id: 'other', label: 'Other', description: 'Anything that fits no other topic (scope, definitions, user duties).', terms: [] },
] as const satisfies readonly Topic[];

export type TopicId = (typeof TOPICS)[number]['id'];
export const TOPIC_IDS = ids(TOPICS);

/**
 * The four-level assessment of a clause, from the reader's side.
 * Colour is never used alone: every assessment has an icon and a word.
 */
export interface Assessment {
  readonly id: string;
  readonly label: string;
  readonly icon: string;
  readonly description: string;
}

export const ASSESSMENTS = [
  {
    id: 'positive',
    label: 'Positive',
    icon: '✓',
    description: 'Clear, specific, and good for the reader: it limits what is done with their data or tells them how to act.',
  },
  {
    id: 'neutral',
    label: 'Neutral',
    icon: '○',
    description: 'Ordinary information that neither helps nor harms the reader much.',
  },
  {
    id: 'concern',
    label: 'Concern',
    icon: '!',
    description: 'Vague, incomplete or one-sided: the reader cannot tell what really happens, or loses something.',
  },
  {
    id: 'serious',
    label: 'Serious',
    icon: '✕',
    description: 'Works clearly against the reader, or is so garbled or contradictory that the clause cannot be relied on.',
  },
] as const satisfies readonly Assessment[];

export type AssessmentId = (typeof ASSESSMENTS)[number]['id'];
export const ASSESSMENT_IDS = ids(ASSESSMENTS);

/** What a clause is: policy text, a heading of the policy, or page chrome captured with it. */
export const CLAUSE_KINDS = [
  { id: 'policy', label: 'Policy text', description: 'Text of the policy itself. Fully annotated.' },
  { id: 'heading', label: 'Heading', description: 'A heading of the policy. Translated, not annotated.' },
  {
    id: 'chrome',
    label: 'Page chrome',
    description: 'Menu words, buttons or prompts captured with the text. Kept for the record, never counted as policy text.',
  },
] as const;

export const CLAUSE_KIND_IDS = ids(CLAUSE_KINDS);

/** How a policy answers one comparison aspect. */
export const FINDING_STATUSES = [
  { id: 'stated', label: 'Stated', icon: '●', score: 1, description: 'The policy says it clearly.' },
  { id: 'partial', label: 'Partial', icon: '◐', score: 0.5, description: 'The policy says some of it, or says it vaguely.' },
  { id: 'unclear', label: 'Unclear', icon: '?', score: 0, description: 'The policy tries, but the text is garbled or contradicts itself.' },
  { id: 'not-stated', label: 'Not stated', icon: '—', score: 0, description: 'The whole policy says nothing about it.' },
] as const;

export type FindingStatus = (typeof FINDING_STATUSES)[number]['id'];
export const FINDING_STATUS_IDS = ids(FINDING_STATUSES);

/** The groups the comparison table's rows fall into, in display order. */
export const ASPECT_GROUPS = [
  { id: 'who', label: 'Who' },
  { id: 'what', label: 'What data' },
  { id: 'why', label: 'Why' },
  { id: 'with-whom', label: 'With whom' },
  { id: 'how-long', label: 'How long' },
  { id: 'rights', label: 'Your rights' },
  { id: 'other', label: 'Other' },
] as const;

export type AspectGroupId = (typeof ASPECT_GROUPS)[number]['id'];

/** A question every policy is asked, one row of the comparison table. */
export interface Aspect {
  readonly id: string;
  readonly label: string;
  readonly group: AspectGroupId;
  /** GDPR provisions that ask for this information, e.g. `13(1)(a)`. */
  readonly gdpr: readonly string[];
  /** One line: what the aspect means for a reader. */
  readonly description: string;
  /** Whether it is one of the information items of GDPR Art. 13 counted in the disclosure checklist. */
  readonly checklist: boolean;
  /** Words readers use when they ask this question, in English (search offers this row of the comparison for them). */
  readonly terms: readonly string[];
}

export const ASPECTS = [
  {
    id: 'controller-identity',
    label: 'Who is responsible',
    group: 'who',
    gdpr: ['13(1)(a)'],
    checklist: true,
    description: 'The identity and contact details of the controller.',
    terms: ['who is responsible', 'who runs', 'controller', 'company name', 'contact details', 'owner'],
  },
  {
    id: 'dpo-contact',
    label: 'Data protection officer',
    group: 'who',
    gdpr: ['13(1)(b)'],
    checklist: true,
    description: 'How to reach a data protection officer, where one is appointed.',
    terms: ['data protection officer', 'dpo'],
  },
  {
    id: 'data-categories',
    label: 'Data collected',
    group: 'what',
    gdpr: ['14(1)(d)'],
    checklist: false,
    description: 'Which kinds of personal data are collected.',
    terms: ['what data', 'which data', 'data collected'],
  },
  {
    id: 'payment-data',
    label: 'Payment data',
    group: 'what',
    gdpr: [],
    checklist: false,
    description: 'What the policy says about card and bank data.',
    terms: ['card', 'card details', 'credit card', 'payment', 'bank account'],
  },
  {
    id: 'cookies-and-tracking',
    label: 'Cookies and tracking',
    group: 'what',
    gdpr: [],
    checklist: false,
    description: 'Cookies and tracking technologies, and how to refuse them (ePrivacy rules).',
    terms: ['cookies', 'cookie', 'tracking', 'track me', 'analytics', 'trackers'],
  },
  {
    id: 'purposes',
    label: 'Purposes',
    group: 'why',
    gdpr: ['13(1)(c)'],
    checklist: true,
    description: 'What the data is used for.',
    terms: ['why', 'purpose', 'used for', 'what for'],
  },
  {
    id: 'legal-bases',
    label: 'Legal bases',
    group: 'why',
    gdpr: ['13(1)(c)', '6(1)'],
    checklist: true,
    description: 'The legal ground for each use: consent, contract, legal duty, legitimate interests.',
    terms: ['legal basis', 'lawful basis', 'legitimate interest', 'legitimate interests'],
  },
  {
    id: 'marketing-and-ads',
    label: 'Marketing and ads',
    group: 'why',
    gdpr: ['21(2)'],
    checklist: false,
    description: 'Promotional messages and advertising, and how to stop them.',
    terms: ['marketing', 'newsletter', 'spam', 'advertising', 'ads', 'unsubscribe'],
  },
  {
    id: 'automated-decision-making',
    label: 'Automated decisions',
    group: 'why',
    gdpr: ['13(2)(f)', '22'],
    checklist: true,
    description: 'Whether decisions are made by machines alone, including profiling.',
    terms: ['automated decision', 'automated decisions', 'profiling', 'algorithm'],
  },
  {
    id: 'recipients',
    label: 'Recipients',
    group: 'with-whom',
    gdpr: ['13(1)(e)'],
    checklist: true,
    description: 'Who else receives the data.',
    terms: ['share', 'sell', 'sold', 'sale', 'third parties', 'who can see', 'recipients', 'disclose', 'pass on'],
  },
  {
    id: 'international-transfers',
    label: 'International transfers',
    group: 'with-whom',
    gdpr: ['13(1)(f)'],
    checklist: true,
    description: 'Whether data leaves the country or the EU, where to, and with what safeguards.',
    terms: ['abroad', 'transfer', 'transfers', 'outside the eu', 'international', 'other countries', 'overseas'],
  },
  {
    id: 'retention-period',
    label: 'Retention period',
    group: 'how-long',
    gdpr: ['13(2)(a)'],
    checklist: true,
    description: 'How long data is kept, or how that period is decided.',
    terms: ['how long', 'retention', 'retention period', 'keep my data', 'storage period', 'kept'],
  },
  {
    id: 'right-of-access',
    label: 'Right of access',
    group: 'rights',
    gdpr: ['13(2)(b)', '15'],
    checklist: true,
    description: 'Getting a copy of your data.',
    terms: ['access my data', 'copy of my data', 'see my data', 'subject access', 'what data do they have'],
  },
  {
    id: 'right-to-rectification',
    label: 'Right to rectification',
    group: 'rights',
    gdpr: ['13(2)(b)', '16'],
    checklist: true,
    description: 'Having wrong data corrected.',
    terms: ['correct', 'correction', 'rectify', 'rectification', 'change my data', 'update my data', 'wrong data'],
  },
  {
    id: 'right-to-erasure',
    label: 'Right to erasure',
    group: 'rights',
    gdpr: ['13(2)(b)', '17'],
    checklist: true,
    description: 'Having your data deleted.',
    terms: [
      'delete',
      'deletion',
      'erase',
      'erasure',
      'forget',
      'forgotten',
      'remove my data',
      'right to be forgotten',
      'delete my account',
    ],
  },
  {
    id: 'right-to-restriction',
    label: 'Right to restriction',
    group: 'rights',
    gdpr: ['13(2)(b)', '18'],
    checklist: true,
    description: 'Having processing paused or limited.',
    terms: ['restrict', 'restriction', 'limit processing'],
  },
  {
    id: 'right-to-object',
    label: 'Right to object',
    group: 'rights',
    gdpr: ['13(2)(b)', '21'],
    checklist: true,
    description: 'Objecting to processing, including direct marketing.',
    terms: ['object', 'objection', 'opt out', 'stop processing'],
  },
  {
    id: 'right-to-portability',
    label: 'Right to portability',
    group: 'rights',
    gdpr: ['13(2)(b)', '20'],
    checklist: true,
    description: 'Getting your data in a reusable form, or sent to another provider.',
    terms: ['portability', 'export my data', 'transfer my data', 'download my data', 'machine-readable'],
  },
  {
    id: 'consent-withdrawal',
    label: 'Withdrawing consent',
    group: 'rights',
    gdpr: ['13(2)(c)', '7(3)'],
    checklist: true,
    description: 'Taking back consent at any time.',
    terms: ['withdraw consent', 'revoke consent', 'take back consent', 'withdraw'],
  },
  {
    id: 'complaint-to-supervisory-authority',
    label: 'Complaint to an authority',
    group: 'rights',
    gdpr: ['13(2)(d)', '77'],
    checklist: true,
    description: 'Complaining to a data protection authority.',
    terms: ['complain', 'complaint', 'regulator', 'supervisory authority', 'data protection authority'],
  },
  {
    id: 'statutory-contractual-requirement',
    label: 'Must you provide data?',
    group: 'other',
    gdpr: ['13(2)(e)'],
    checklist: true,
    description: 'Whether giving the data is required, and what happens if you do not.',
    terms: ['must i provide', 'mandatory', 'required', 'obligatory'],
  },
  {
    id: 'children',
    label: 'Children',
    group: 'other',
    gdpr: ['8'],
    checklist: false,
    description: 'What the policy says about children’s data.',
    terms: ['children', 'child', 'kids', 'minors', 'underage', 'age limit'],
  },
  {
    id: 'security-measures',
    label: 'Security measures',
    group: 'other',
    gdpr: ['32'],
    checklist: false,
    description: 'How the data is protected.',
    terms: ['security', 'hacked', 'breach', 'encryption', 'secure', 'protect my data', 'leak'],
  },
  {
    id: 'policy-changes',
    label: 'Policy changes',
    group: 'other',
    gdpr: [],
    checklist: false,
    description: 'How changes to the policy are made and announced.',
    terms: ['policy changes', 'changes to the policy', 'new version'],
  },
  {
    id: 'governing-law',
    label: 'Governing law',
    group: 'other',
    gdpr: [],
    checklist: false,
    description: 'Which law the policy says applies.',
    terms: ['governing law', 'which law', 'jurisdiction', 'applicable law'],
  },
  {
    id: 'last-updated',
    label: 'Last updated',
    group: 'other',
    gdpr: [],
    checklist: false,
    description: 'The date the policy gives for its version.',
    terms: ['last updated', 'date of the policy', 'effective date'],
  },
] as const satisfies readonly Aspect[];

export type AspectId = (typeof ASPECTS)[number]['id'];
export const ASPECT_IDS = ids(ASPECTS);

/**
 * The comparison rows that answer each topic's question, so that a topic's
 * page can name the policies that say nothing on it (every one of the
 * topic's aspects "not stated") and link to those rows. A topic without an
 * aspect (sources of data, authorities, other) has no such finding; its page
 * counts the policies with no clause on it instead.
 */
export const TOPIC_ASPECTS: Readonly<Record<TopicId, readonly AspectId[]>> = {
  controller: ['controller-identity'],
  dpo: ['dpo-contact'],
  'data-collected': ['data-categories'],
  'data-source': [],
  purposes: ['purposes'],
  'legal-basis': ['legal-bases'],
  sharing: ['recipients'],
  transfers: ['international-transfers'],
  retention: ['retention-period'],
  rights: [
    'right-of-access',
    'right-to-rectification',
    'right-to-erasure',
    'right-to-restriction',
    'right-to-object',
    'right-to-portability',
  ],
  consent: ['consent-withdrawal'],
  complaint: ['complaint-to-supervisory-authority'],
  'obligation-to-provide': ['statutory-contractual-requirement'],
  'automated-decisions': ['automated-decision-making'],
  'cookies-tracking': ['cookies-and-tracking'],
  marketing: ['marketing-and-ads'],
  security: ['security-measures'],
  children: ['children'],
  'policy-change': ['policy-changes'],
  authorities: [],
  'governing-law': ['governing-law'],
  payment: ['payment-data'],
  other: [],
};

/**
 * The concept vocabulary (vocabulary.ts): each concept's words in every
 * language of the library, the GDPR's official terms among them, and the
 * words too common to say what a query is about.
 */
export { CONCEPTS, GENERIC_WORDS, type Concept } from './vocabulary.ts';

/** Languages the library has policies in; extend when a policy in a new language arrives. */
export const LANGUAGES = [
  { id: 'cs', label: 'Czech', native: 'čeština', euOfficial: true },
  { id: 'lv', label: 'Latvian', native: 'latviešu', euOfficial: true },
  { id: 'sq', label: 'Albanian', native: 'shqip', euOfficial: false },
  { id: 'ru', label: 'Russian', native: 'русский', euOfficial: false },
  { id: 'en', label: 'English', native: 'English', euOfficial: true },
] as const;

export type LanguageId = (typeof LANGUAGES)[number]['id'];
export const LANGUAGE_IDS = ids(LANGUAGES);

/** Countries policies come from (ISO 3166-1 alpha-2). */
export const COUNTRIES = [
  { id: 'CZ', label: 'Czechia', eu: true },
  { id: 'LV', label: 'Latvia', eu: true },
  { id: 'AL', label: 'Albania', eu: false },
  { id: 'KZ', label: 'Kazakhstan', eu: false },
  { id: 'CN', label: 'China', eu: false },
] as const;

export const COUNTRY_IDS = ids(COUNTRIES);

/**
 * Whether the GDPR is, on the face of the policy, its own law: the business is
 * in the EU, or the policy addresses readers in an official EU language (a
 * Chinese company's Czech policy addresses Czech buyers, GDPR Art. 3(2)).
 * Otherwise the GDPR checklist is only a benchmark for it.
 */
export function addressesEuReaders(policy: { readonly country: string | null; readonly language: string }): boolean {
  const country = COUNTRIES.find((c) => c.id === policy.country);
  const language = LANGUAGES.find((l) => l.id === policy.language);
  return Boolean(country?.eu || language?.euOfficial);
}

/** A list keyed by id: looking up a typed id cannot miss, so the compiler checks what a runtime throw used to. */
const byId = <T extends { readonly id: string }>(list: readonly T[]): Readonly<Record<T['id'], T>> =>
  Object.fromEntries(list.map((item) => [item.id, item])) as Record<T['id'], T>;

export const topicById = byId(TOPICS);
export const assessmentById = byId(ASSESSMENTS);
export const aspectById = byId(ASPECTS);
export const statusById = byId(FINDING_STATUSES);
export const languageById = byId(LANGUAGES);
export const countryById = byId(COUNTRIES);
