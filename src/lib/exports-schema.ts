/**
 * The shape of the open data (/data/policies.json), defined once in zod: the
 * TypeScript type of what exports.ts builds and the JSON Schema published at
 * /data/policies.schema.json both come from it, and its fields and enums come
 * from the model's schemas and the taxonomy, so none of them can drift.
 */
import { z } from 'astro/zod';
import { clauseSchema, findingSchema, frontmatterSchema, ID_PATTERN } from './policy/schema.ts';
import { ASPECT_GROUPS, ASPECT_IDS, TOPIC_IDS } from './taxonomy.ts';

export const SCHEMA_VERSION = 1;

const url = z.string().describe('An absolute URL when the site was built with SITE_URL, else a path from the site root.');

/** A clause as exported: the model's clause with its URL; notes as plain text. */
export const exportedClauseSchema = clauseSchema
  .pick({ id: true, section: true, kind: true, label: true, original: true, translation: true, topics: true, gdpr: true, assessment: true, note: true, translatorNote: true })
  .extend({
    url,
    /** The clauses the author points to, as URLs. */
    seeAlso: z.array(url),
  })
  .strict();

/** A policy as exported. */
export const exportedPolicySchema = frontmatterSchema
  .pick({ title: true, originalTitle: true, owner: true, website: true, language: true, country: true, legalContext: true, summary: true })
  .extend({
    slug: z.string().regex(ID_PATTERN),
    url,
    source: z.object({ file: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict(),
    dates: z.object({ updated: z.string().nullable(), effective: z.string().nullable() }).strict(),
    clauses: z.array(exportedClauseSchema).min(1),
    findings: z.record(z.enum(ASPECT_IDS), findingSchema.omit({ aspect: true })),
  })
  .strict();

/** The whole library as exported. */
export const exportedLibrarySchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    aspects: z.array(
      z
        .object({ id: z.enum(ASPECT_IDS), label: z.string(), group: z.enum(ASPECT_GROUPS.map((g) => g.id) as [string, ...string[]]), gdpr: z.array(z.string()), checklist: z.boolean() })
        .strict(),
    ),
    topics: z.array(z.object({ id: z.enum(TOPIC_IDS), label: z.string() }).strict()),
    policies: z.array(exportedPolicySchema),
  })
  .strict();

export type ExportedLibrary = z.output<typeof exportedLibrarySchema>;

/** The published JSON Schema (draft 2020-12). */
export const policiesJsonSchema = {
  ...z.toJSONSchema(exportedLibrarySchema, { target: 'draft-2020-12', io: 'output' }),
  $id: '/data/policies.schema.json',
  title: 'Privacy in Parallel: the library of annotated privacy policies',
};
