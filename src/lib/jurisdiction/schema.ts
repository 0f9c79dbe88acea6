/**
 * The law layer as data, one definition in zod: a jurisdiction's laws, its
 * supervisory authority, the national rules that matter for a shop's privacy
 * notice, the rights its own law gives and the time a controller has to
 * answer, every fact with the source it was checked against. A lead that
 * could not be verified is recorded under `unverified` and never published
 * as a fact. @see docs/jurisdictions.md
 */
import { z } from 'astro/zod';
import { list } from '../policy/schema.ts';

/** Jurisdiction ids: the file names in src/content/jurisdictions/ (ISO 3166-1 alpha-2, lower case, or `eu`). */
export const JURISDICTION_ID = /^[a-z]{2}$/;
/** Law ids: kebab-case, starting with the jurisdiction's id. */
export const LAW_ID = /^[a-z]{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Dates stay strings: the YAML reader does not turn them into Date objects. */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');
const https = z.url({ error: 'must be a full https:// URL' }).refine((u) => u.startsWith('https://'), 'must be an https:// URL');

/** A page a fact was checked against, and when. */
export const sourceSchema = z
  .object({
    url: https,
    /** What the page is and what it says that matters. */
    title: z.string().trim().min(1),
    checked: isoDate,
  })
  .strict();

/** Every fact cites at least one source. */
const sources = z.array(sourceSchema).min(1, 'needs at least one source (url, title, checked)');

export const LAW_ROLES = [
  'data-protection',
  'implementing',
  'electronic-communications',
  'commercial-communications',
  'consumer',
  'other',
] as const;

export const lawSchema = z
  .object({
    id: z.string().regex(LAW_ID, 'must be kebab-case and start with the jurisdiction id, e.g. cz-act-110-2019'),
    role: list(LAW_ROLES, 'law role'),
    /** The official title in the original language. */
    title: z.string().trim().min(1),
    titleEnglish: z.string().trim().min(1),
    /** For EU law: the official titles in the library's EU languages. */
    titles: z.record(z.string(), z.string()).optional(),
    /** The law's number as officially written; omitted for a law known by its title alone. */
    number: z.string().trim().min(1).optional(),
    adopted: isoDate.optional(),
    inForce: isoDate.optional(),
    replaces: z.object({ title: z.string(), titleEnglish: z.string().optional(), on: isoDate.optional() }).strict().optional(),
    /** The official publication of the text; null where none was found. */
    officialText: https.nullable(),
    officialTextEnglish: https.optional(),
    sources,
  })
  .strict();

export const authoritySchema = z
  .object({
    name: z.string().trim().min(1),
    nameEnglish: z.string().trim().min(1),
    /** Omitted where no page of the authority's own was seen. */
    website: https.optional(),
    /** Where a person learns how to complain; null where none was found. */
    complaintPage: https.nullable(),
    /** true where a source says a person may complain in writing; null where that was not verified. */
    writtenComplaints: z.literal(true).nullable(),
    previousNames: z.array(z.string()).optional(),
    sources,
  })
  .strict();

export const RULE_TOPICS = [
  'age-of-digital-consent',
  'cookie-consent',
  'commercial-email',
  'data-localisation',
  'consent-formalities',
  'local-representative',
  'breach-notification',
  'notice-contents',
] as const;
export type RuleTopic = (typeof RULE_TOPICS)[number];

export const ruleSchema = z
  .object({
    topic: list(RULE_TOPICS, 'rule topic'),
    /** Plain English: what the rule requires of a shop. */
    statement: z.string().trim().min(1),
    /** A law of this jurisdiction or of the one it belongs to. */
    law: z.string(),
    /** Omitted where the article number could not be verified (the rule is then cited by its law alone). */
    article: z.string().trim().min(1).optional(),
    sources,
  })
  .strict();

export const RIGHTS = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'objection',
  'portability',
  'withdraw-consent',
  'complaint',
  'other',
] as const;

export const rightSchema = z
  .object({
    right: list(RIGHTS, 'right'),
    /** The right as the law calls it, in English. */
    name: z.string().trim().min(1),
    law: z.string(),
    /** Omitted where the article number could not be verified. */
    article: z.string().trim().min(1).optional(),
    statement: z.string().trim().min(1),
    sources,
  })
  .strict();

const deadlineSchema = z
  .object({ statement: z.string().trim().min(1), law: z.string(), article: z.string().trim().min(1).optional(), sources })
  .strict();

const unverifiedSchema = z.object({ topic: z.string(), lead: z.string().trim().min(1), why: z.string().trim().min(1) }).strict();

/** An amending act weighed at the last reading, with what it changes and whether its wording was read. */
export const amendmentSchema = z
  .object({
    /** The act as officially cited, e.g. "Law No. 256-VIII of 9 January 2026". */
    title: z.string().trim().min(1),
    /** The date the act was adopted or signed. */
    date: isoDate,
    /** What it changes in the laws above, whether it is in force and whether its wording was read. */
    effect: z.string().trim().min(1),
    sources,
  })
  .strict();

/**
 * How current the file is: the date its law was last read (in full, or only
 * through the sources listed) and the amendments weighed then. `npm run
 * validate` warns when the reading is older than LAW_CURRENCY_MAX_AGE_DAYS.
 */
export const currencySchema = z
  .object({
    /** The date the law was last read against its sources. */
    lawReadOn: isoDate,
    /** true only where the full text of the law as in force was read that day; false where only parts or secondary sources were. */
    readInFull: z.boolean(),
    /** What was read, e.g. which consolidation, as of which date. */
    note: z.string().trim().min(1),
    /** The amending acts weighed at that reading (empty where none was found). */
    amendments: z.array(amendmentSchema),
  })
  .strict();

/** A jurisdiction file as written. */
export const jurisdictionFileSchema = z
  .object({
    name: z.string().trim().min(1),
    nativeName: z.string().trim().min(1),
    kind: list(['country', 'union'] as const, 'kind'),
    /** The union whose law also applies here (EU member states: `eu`). */
    memberOf: z.string().regex(JURISDICTION_ID).optional(),
    languages: z.array(z.string().regex(/^[a-z]{2}$/)).min(1),
    summary: z.string().trim().min(1),
    laws: z.array(lawSchema).min(1, 'needs at least one law'),
    /** Omitted for a union without one authority of its own (the EU). */
    authority: authoritySchema.optional(),
    rules: z.array(ruleSchema).default([]),
    rights: z.array(rightSchema).default([]),
    responseDeadline: deadlineSchema.optional(),
    /** When the law was last read and which amendments were weighed. */
    currency: currencySchema,
    unverified: z.array(unverifiedSchema).default([]),
  })
  .strict();

/** A jurisdiction as the site reads it. */
export const jurisdictionSchema = jurisdictionFileSchema.extend({ id: z.string().regex(JURISDICTION_ID), file: z.string() }).strict();
