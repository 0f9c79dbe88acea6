/**
 * The one definition of the library's data, as zod schemas:
 * - what an author writes: a policy's frontmatter and a clause's attributes,
 *   with messages written for the person who has to fix the file;
 * - the model the parser builds from it (`clauseSchema` … `policySchema`):
 *   the TypeScript types in model.ts are derived from these, the content
 *   loader checks every parsed policy against `policySchema`, and nothing else
 *   describes a policy, so a field cannot be added in one place and dropped
 *   in another.
 */
import { z } from 'astro/zod';
import { ASPECT_IDS, ASSESSMENT_IDS, CLAUSE_KIND_IDS, COUNTRY_IDS, FINDING_STATUS_IDS, LANGUAGE_IDS, TOPIC_IDS } from '../taxonomy.ts';
import { didYouMean } from './suggest.ts';

/** Clause and section ids: kebab-case, written by hand, stable forever. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A GDPR article reference: `17`, `6(1)`, `13(1)(c)`, `6(1)(f)`. */
export const GDPR_REF_PATTERN = /^[1-9]\d?(?:\([1-9]\d?\))?(?:\([a-z]\))?$/;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  // Date.parse accepts 2025-02-30 (as 2 March): a real date reads back as written.
  .refine((s) => !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().slice(0, 10) === s, 'is not a real calendar date');

/** An id from one of the taxonomy's lists; an unknown one is answered with the nearest known id and the whole list. */
export const list = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, {
    error: (issue) => {
      const input = String(issue.input);
      return `unknown ${what} "${input}";${didYouMean(input, values)} expected one of: ${values.join(', ')}`;
    },
  });

// --- What an author writes ------------------------------------------------------

/** One finding as written in the frontmatter (the aspect is its key). */
const authoredFindingSchema = z
  .object({
    /** stated | partial | unclear | not-stated */
    status: list(FINDING_STATUS_IDS, 'finding status'),
    /** A short English answer, e.g. "5 years, then destroyed". */
    value: z.string().trim().min(1, 'needs a short English value').max(200, 'value is longer than 200 characters'),
    /** Ids of the clauses that are the evidence; empty only for `not-stated`. Default: none. */
    clauses: z.array(z.string()).default([]),
  })
  .strict();

/** Why a jurisdiction's law applies to a policy. */
export const JURISDICTION_BASES = [
  /** The policy names the country or its law. */
  'stated',
  /** The text points there without saying so (a domain, an address, a currency); the reason says what. */
  'inferred',
  /** The GDPR applies because the policy offers goods or services to people in the EU (GDPR Art. 3(2)). */
  'addresses-eu',
  /** One of several that may apply: the policy does not say where the business is. */
  'candidate',
] as const;

/** One jurisdiction a policy answers to, and on what basis. */
export const jurisdictionRefSchema = z
  .object({
    /** A file name in src/content/jurisdictions/ without `.yaml`. */
    id: z.string(),
    basis: list(JURISDICTION_BASES, 'basis'),
    /** The evidence, in a sentence: what the policy says or shows. */
    reason: z.string().trim().min(1),
  })
  .strict();

/** The kinds of contact a policy can give for a reader's requests. */
export const CONTACT_KINDS = ['email', 'address', 'phone', 'form', 'website'] as const;

/** A way to reach the controller that the policy itself gives, with the clause that gives it. */
const contactSchema = z
  .object({
    kind: list(CONTACT_KINDS, 'contact kind'),
    /** Exactly as the clause's original writes it (the check compares them). */
    value: z.string().trim().min(1),
    /** The clause that gives it. */
    clause: z.string(),
  })
  .strict();

/** What a policy's address rests on. */
export const ADDRESS_BASES = [
  /** The source text itself names the address; the loader checks that it does. Not a claim that the text was captured there. */
  'named-in-text',
  /** The text was captured from this URL, as recorded when it was captured. */
  'captured',
] as const;

/** The web address a policy's text is tied to, and on what basis. */
export const sourceAddressSchema = z
  .object({
    /** For `named-in-text`, exactly as the source writes it (e.g. `www.clsmart.com`); for `captured`, the full URL. */
    value: z.string().trim().min(1, 'needs the address'),
    basis: list(ADDRESS_BASES, 'address basis'),
  })
  .strict()
  .refine((a) => a.basis !== 'captured' || /^https?:\/\/[^\s/]+\.[^\s]+$/.test(a.value), {
    error: 'with basis "captured" must be the full URL the text was captured from (https://…)',
    path: ['value'],
  });

/** What is known of how a policy's source text was captured; null is "not recorded", never a guess. */
export const provenanceSchema = z
  .object(
    {
      /** The address the text names or was captured from; null where the text names none and none was recorded. */
      address: sourceAddressSchema.nullable(),
      /** The day the text was captured (YYYY-MM-DD); null where it was not recorded. */
      captured: isoDate.refine((s) => s <= new Date().toISOString().slice(0, 10), 'is in the future').nullable(),
    },
    {
      error: (issue) =>
        issue.input === undefined
          ? 'is required: { address: { value, basis: named-in-text | captured } or null, captured: YYYY-MM-DD or null }; null means not recorded'
          : undefined,
    },
  )
  .strict();

/** The frontmatter of a policy file. @see docs/content-format.md */
export const frontmatterSchema = z
  .object({
    /** English title of the policy. */
    title: z.string().trim().min(1),
    /** A short name for the policy in tables and lists: the owner, the site, or "Unnamed … shop". */
    shortName: z.string().trim().min(1).max(40, 'must be at most 40 characters'),
    /** The title as the source gives it. */
    originalTitle: z.string().trim().min(1),
    /** The owner exactly as the policy names it; null where it names none. */
    owner: z.string().trim().min(1).nullable(),
    /** The site the policy belongs to; null where unknown. */
    website: z.url({ error: 'must be a full URL such as https://example.com/, or null' }).nullable(),
    /** Original language (BCP 47). */
    language: list(LANGUAGE_IDS, 'language'),
    /** Where the business is established (ISO 3166-1 alpha-2); null where the policy does not say. */
    country: list(COUNTRY_IDS, 'country').nullable(),
    /** The evidence for `country`, or why it is null. */
    countryBasis: z.string().trim().min(1),
    /** The captured source file in `sources/`. */
    source: z.string().regex(/^[\w.-]+\.txt$/, 'must be a file name in sources/, such as 004_b30a68c9a073095e.txt'),
    /** What is known of the source's capture: the address and the date, each null where not recorded. */
    provenance: provenanceSchema,
    /** The policy's own "last updated" date, where it states one. Default: null. */
    updated: isoDate.nullable().default(null),
    /** The policy's own effective date, where it states one. Default: null. */
    effective: isoDate.nullable().default(null),
    /** How a reader can reach the controller, as the policy gives it; empty where it gives none. Default: none. */
    contacts: z.array(contactSchema).default([]),
    /** The jurisdictions whose law applies to the policy (or may: `candidate`), each with its basis. */
    jurisdictions: z.array(jurisdictionRefSchema).min(1, 'needs at least one jurisdiction (src/content/jurisdictions/), with its basis'),
    /** Which data-protection law governs the policy, in a few sentences: the summary of `jurisdictions`. */
    legalContext: z.string().trim().min(1),
    /** One paragraph of plain English. */
    summary: z.string().trim().min(1),
    /** One finding per comparison aspect, keyed by aspect id. */
    findings: z.record(z.string(), authoredFindingSchema),
  })
  .strict();

export type Frontmatter = z.output<typeof frontmatterSchema>;

const commaList = z
  .string()
  .optional()
  .transform((s) =>
    (s ?? '')
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  );

/** The attributes of a `<Clause>` element. */
export const clauseAttributesSchema = z
  .object({
    id: z.string({ error: 'is missing its id' }),
    /** policy | heading | chrome. Default: policy. */
    kind: list(CLAUSE_KIND_IDS, 'kind').default('policy'),
    label: z.string().trim().min(1).max(80, 'label is longer than 80 characters').optional(),
    topics: commaList.pipe(z.array(list(TOPIC_IDS, 'topic'))),
    gdpr: commaList.pipe(z.array(z.string().regex(GDPR_REF_PATTERN, 'GDPR reference must look like 13(1)(c), 6(1) or 17'))),
    assessment: list(ASSESSMENT_IDS, 'assessment').optional(),
    /** `clause-id` or `policy-slug#clause-id`, comma-separated. */
    seeAlso: commaList,
    /** National (or EU) law the clause bears on besides the GDPR: `<law-id> <article>`, separated by semicolons. */
    law: z
      .string()
      .optional()
      .transform((s) =>
        (s ?? '')
          .split(';')
          .map((x) => x.trim())
          .filter(Boolean),
      ),
  })
  .strict();

/** The attributes of a `<Section>` element. */
export const sectionAttributesSchema = z.object({ id: z.string({ error: 'is missing its id' }) }).strict();

// --- The model the parser builds -------------------------------------------------

/** A provision of a law in the jurisdiction data: `{ law: 'cz-act-127-2005', article: '§ 89(3)' }`. */
export const lawRefSchema = z.object({ law: z.string(), article: z.string() }).strict();

/** A reference to a clause: in the same policy (`policy` is null) or in another one. */
export const clauseRefSchema = z.object({ policy: z.string().nullable(), clause: z.string() }).strict();

/** One clause: a unit of the source text with its translation and annotation. */
export const clauseSchema = z
  .object({
    id: z.string().regex(ID_PATTERN),
    kind: z.enum(CLAUSE_KIND_IDS),
    /** Short English label; for headings their translation, for chrome a fixed phrase. */
    label: z.string(),
    /** The source text exactly as captured (no Markdown, nothing repaired). */
    original: z.string().min(1),
    translation: z.string().min(1),
    topics: z.array(z.enum(TOPIC_IDS)),
    /** GDPR article references such as `13(1)(c)`. */
    gdpr: z.array(z.string().regex(GDPR_REF_PATTERN)),
    /** Other provisions the clause bears on (national law, the ePrivacy Directive). */
    laws: z.array(lawRefSchema),
    assessment: z.enum(ASSESSMENT_IDS).nullable(),
    /** Plain-English annotation; may hold Markdown links to clauses. */
    note: z.string().nullable(),
    translatorNote: z.string().nullable(),
    /** The clauses the author points the reader to with `seeAlso`. */
    seeAlso: z.array(clauseRefSchema),
    /** The clauses the notes link to (read from the notes, checked like `seeAlso`). */
    noteRefs: z.array(clauseRefSchema),
    /** Id of the section the clause belongs to. */
    section: z.string(),
    /** 1-based line in the policy file where the clause starts (for error messages). */
    line: z.number().int().positive(),
  })
  .strict();

export const sectionSchema = z
  .object({
    id: z.string().regex(ID_PATTERN),
    /** The section's heading clause, when its first clause is a heading. */
    heading: clauseSchema.nullable(),
    clauses: z.array(clauseSchema),
    line: z.number().int().positive(),
  })
  .strict();

/** How one policy answers one comparison aspect. */
export const findingSchema = z
  .object({
    aspect: z.enum(ASPECT_IDS),
    status: z.enum(FINDING_STATUS_IDS),
    value: z.string(),
    /** Ids of the clauses that are the evidence. Empty only for `not-stated`. */
    clauses: z.array(z.string()),
  })
  .strict();

/** A policy as the site reads it: its frontmatter, its source's hash, and every section, clause and finding. */
export const policySchema = frontmatterSchema
  .omit({ findings: true })
  .extend({
    slug: z.string().regex(ID_PATTERN),
    /** The policy file, relative to the project root. */
    file: z.string(),
    /** SHA-256 of the source file's bytes, hex. */
    sourceSha256: z.string().regex(/^[0-9a-f]{64}$/),
    sections: z.array(sectionSchema),
    /** All clauses in document order. */
    clauses: z.array(clauseSchema),
    findings: z.record(z.enum(ASPECT_IDS), findingSchema),
  })
  .strict();

/** What the content layer's store keeps of a policy: the pages read the whole policy from the loaded library (src/content.config.ts says why). */
export const storedPolicySchema = z.object({ slug: z.string().regex(ID_PATTERN), file: z.string() }).strict();
