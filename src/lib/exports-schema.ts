/**
 * The shape of the open data, defined once in zod: the TypeScript types of
 * what exports.ts builds and the JSON Schemas published beside the files both
 * come from here, and their fields and enums come from the model's schemas
 * and the taxonomy, so none of them can drift.
 *
 * - /data/index.json: every policy with its URL, its data file and hashes, and its source text's;
 * - /data/policies/<slug>.json: one policy, whole;
 * - /data/jurisdictions.json: the law layer, every fact with its sources.
 */
import { z } from 'astro/zod';
import { jurisdictionSchema } from './jurisdiction/schema.ts';
import { clauseSchema, findingSchema, frontmatterSchema, ID_PATTERN, jurisdictionRefSchema, provenanceSchema } from './policy/schema.ts';
import { ASPECT_GROUPS, ASPECT_IDS, TOPIC_IDS } from './taxonomy.ts';

/** Version 2: one file per policy and an index (version 1 was one policies.json). */
export const SCHEMA_VERSION = 2;

const url = z.string().describe('An absolute URL when the site was built with SITE_URL, else a path from the site root.');
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

/** What is known of a source's capture, as the policy file records it: null is "not recorded", never a guess. */
const sourceProvenance = {
  /** The captured text, byte for byte (text/plain, UTF-8). */
  url,
  /** The address the text names (`named-in-text`: not a claim that it was captured there) or was captured from (`captured`); null where neither is known. */
  address: provenanceSchema.shape.address,
  /** The day the text was captured, YYYY-MM-DD; null where it was not recorded. */
  captured: z.string().nullable(),
};

/** A clause as exported: the model's clause with its URL; notes as plain text; references as URLs. */
export const exportedClauseSchema = clauseSchema
  .pick({
    id: true,
    section: true,
    kind: true,
    label: true,
    original: true,
    translation: true,
    topics: true,
    gdpr: true,
    assessment: true,
    note: true,
    translatorNote: true,
  })
  .extend({
    url,
    /** The clauses the author points to, as URLs. */
    seeAlso: z.array(url),
    /** The provisions of national (or other EU) law the clause bears on, with the law's page. */
    laws: z.array(z.object({ law: z.string(), article: z.string(), url }).strict()),
  })
  .strict();

const aspectsSchema = z.array(
  z
    .object({
      id: z.enum(ASPECT_IDS),
      label: z.string(),
      group: z.enum(ASPECT_GROUPS.map((g) => g.id) as [string, ...string[]]),
      gdpr: z.array(z.string()),
      checklist: z.boolean(),
    })
    .strict(),
);
const topicsSchema = z.array(z.object({ id: z.enum(TOPIC_IDS), label: z.string() }).strict());

/** A policy as exported, in its own file. */
export const exportedPolicySchema = frontmatterSchema
  .pick({ title: true, originalTitle: true, owner: true, website: true, language: true, country: true, legalContext: true, summary: true })
  .extend({
    schemaVersion: z.literal(SCHEMA_VERSION),
    slug: z.string().regex(ID_PATTERN),
    url,
    /** The captured text the originals reproduce: its file name, its SHA-256, where it is published, and what is known of its capture. */
    source: z.object({ file: z.string(), sha256, ...sourceProvenance }).strict(),
    dates: z.object({ updated: z.string().nullable(), effective: z.string().nullable() }).strict(),
    /** The jurisdictions whose law applies (or may), each with its basis and its page in /data/jurisdictions.json and on the site. */
    jurisdictions: z.array(jurisdictionRefSchema.extend({ url }).strict()),
    clauses: z.array(exportedClauseSchema).min(1),
    findings: z.record(z.enum(ASPECT_IDS), findingSchema.omit({ aspect: true })),
  })
  .strict();

/** The index of the library: small, one line per policy, with where its file is and a hash of it. */
export const exportedIndexSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    aspects: aspectsSchema,
    topics: topicsSchema,
    jurisdictions: z.object({ url, ids: z.array(z.string()) }).strict(),
    /** The comparison as CSV: one file while the library is small, else numbered parts of a fixed number of policies, each with the header. */
    comparison: z.array(url).min(1),
    policies: z.array(
      z
        .object({
          slug: z.string().regex(ID_PATTERN),
          url,
          title: z.string(),
          language: z.string(),
          country: z.string().nullable(),
          jurisdictions: z.array(z.string()),
          /** The policy's own data file, and the SHA-256 of that file's bytes. */
          data: z.object({ url, sha256 }).strict(),
          /** The SHA-256 of the captured source text (the bytes at source.url). */
          sourceSha256: sha256,
          /** Where the captured text is published, and what is known of its capture. */
          source: z.object(sourceProvenance).strict(),
        })
        .strict(),
    ),
  })
  .strict();

/** The law layer as exported. */
export const exportedJurisdictionsSchema = z
  .object({ schemaVersion: z.literal(SCHEMA_VERSION), jurisdictions: z.array(jurisdictionSchema.omit({ file: true })) })
  .strict();

const pair = z.object({ text: z.string(), english: z.string() }).strict();

/** A policy's request letters, filled, with the articles they cite: /data/letters/<slug>.json. */
export const exportedLettersSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    policy: z.string().regex(ID_PATTERN),
    url,
    books: z.array(
      z
        .object({
          jurisdiction: z.string(),
          law: z.string(),
          language: z.string(),
          letters: z.array(
            z
              .object({
                id: z.string(),
                right: z.string(),
                name: z.string(),
                /** The article of the law cited, as the jurisdiction data gives it; null where it gives none. */
                article: z.string().nullable(),
                law: z.string(),
                to: z.enum(['controller', 'authority']),
                subject: pair,
                /** The whole letter; the reader's own details are the places [[name]], [[email]], [[order]], …; {?order}…{/order} is kept only when the reader gives that detail, {?ground=…}…{/ground} only under that option of the letter's choice (docs/letters.md). */
                letter: pair,
              })
              .strict(),
          ),
        })
        .strict(),
    ),
  })
  .strict();

export type ExportedPolicy = z.output<typeof exportedPolicySchema>;
export type ExportedLetters = z.output<typeof exportedLettersSchema>;
export type ExportedIndex = z.output<typeof exportedIndexSchema>;
export type ExportedJurisdictions = z.output<typeof exportedJurisdictionsSchema>;

const jsonSchema = (schema: z.ZodType, id: string, title: string) => ({
  ...z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output' }),
  $id: id,
  title,
});

/** The published JSON Schemas (draft 2020-12), by file name under /data/schema/. */
export const JSON_SCHEMAS = {
  'index.schema.json': jsonSchema(exportedIndexSchema, '/data/schema/index.schema.json', 'Privacy in Parallel: the index of the library'),
  'policy.schema.json': jsonSchema(
    exportedPolicySchema,
    '/data/schema/policy.schema.json',
    'Privacy in Parallel: one annotated privacy policy',
  ),
  'letters.schema.json': jsonSchema(
    exportedLettersSchema,
    '/data/schema/letters.schema.json',
    'Privacy in Parallel: the request letters for one policy',
  ),
  'jurisdictions.schema.json': jsonSchema(
    exportedJurisdictionsSchema,
    '/data/schema/jurisdictions.schema.json',
    'Privacy in Parallel: the jurisdictions, their laws, authorities and rules',
  ),
} as const;
