/**
 * The JSON Schema (draft 2020-12) of /data/policies.json, published beside
 * it. Enumerations come from the taxonomy, so the schema cannot drift from
 * what the site knows.
 */
import { ASPECT_IDS, ASSESSMENT_IDS, CLAUSE_KIND_IDS, COUNTRY_IDS, FINDING_STATUS_IDS, LANGUAGE_IDS, TOPIC_IDS } from './taxonomy.ts';
import { SCHEMA_VERSION } from './exports.ts';

const str = { type: 'string' } as const;
const nullableStr = { type: ['string', 'null'] } as const;
const date = { type: ['string', 'null'], pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
const id = { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' } as const;
const closed = (properties: Record<string, unknown>) => ({
  type: 'object',
  additionalProperties: false,
  required: Object.keys(properties),
  properties,
});

export const policiesJsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: '/data/policies.schema.json',
  title: 'Privacy in Parallel: the library of annotated privacy policies',
  ...closed({
    schemaVersion: { const: SCHEMA_VERSION },
    aspects: {
      type: 'array',
      items: closed({ id: { enum: [...ASPECT_IDS] }, label: str, group: str, gdpr: { type: 'array', items: str }, checklist: { type: 'boolean' } }),
    },
    topics: { type: 'array', items: closed({ id: { enum: [...TOPIC_IDS] }, label: str }) },
    policies: {
      type: 'array',
      items: closed({
        slug: id,
        url: str,
        title: str,
        originalTitle: str,
        owner: nullableStr,
        website: nullableStr,
        language: { enum: [...LANGUAGE_IDS] },
        country: { enum: [...COUNTRY_IDS, null] },
        source: closed({ file: str, sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' } }),
        dates: closed({ updated: date, effective: date }),
        legalContext: str,
        summary: str,
        clauses: {
          type: 'array',
          minItems: 1,
          items: closed({
            id,
            url: str,
            section: id,
            kind: { enum: [...CLAUSE_KIND_IDS] },
            label: str,
            original: { type: 'string', minLength: 1 },
            translation: { type: 'string', minLength: 1 },
            topics: { type: 'array', items: { enum: [...TOPIC_IDS] } },
            gdpr: { type: 'array', items: str },
            assessment: { enum: [...ASSESSMENT_IDS, null] },
            note: nullableStr,
            translatorNote: nullableStr,
          }),
        },
        findings: {
          type: 'object',
          additionalProperties: false,
          required: [...ASPECT_IDS],
          propertyNames: { enum: [...ASPECT_IDS] },
          patternProperties: {
            '.*': closed({ status: { enum: [...FINDING_STATUS_IDS] }, value: str, clauses: { type: 'array', items: id } }),
          },
        },
      }),
    },
  }),
};
