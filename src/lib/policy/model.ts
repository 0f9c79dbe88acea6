/**
 * The typed model of the library, derived from the zod schemas in schema.ts
 * (the one definition). `parsePolicy()` builds these objects from a policy
 * file; every page, the search index, the comparison and the data exports
 * read them and nothing else.
 */
import type { z } from 'astro/zod';
import type {
  clauseRefSchema,
  clauseSchema,
  findingSchema,
  jurisdictionRefSchema,
  lawRefSchema,
  policySchema,
  sectionSchema,
} from './schema.ts';

/** The model is never changed once built: every array and object in it is read-only. */
export type DeepReadonly<T> = T extends readonly (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

export type ClauseRef = DeepReadonly<z.output<typeof clauseRefSchema>>;
export type LawRef = DeepReadonly<z.output<typeof lawRefSchema>>;
export type JurisdictionRef = DeepReadonly<z.output<typeof jurisdictionRefSchema>>;
export type Clause = DeepReadonly<z.output<typeof clauseSchema>>;
export type Section = DeepReadonly<z.output<typeof sectionSchema>>;
export type Finding = DeepReadonly<z.output<typeof findingSchema>>;
/** A policy with its source's hash: what the content collection holds and the site reads. */
export type Policy = DeepReadonly<z.output<typeof policySchema>>;
/** A policy as one file gives it, before its source is read and hashed (see library-fs.ts). */
export type ParsedPolicy = Omit<Policy, 'sourceSha256'>;
