/** The law layer's types, derived from schema.ts. */
import type { z } from 'astro/zod';
import type { DeepReadonly } from '../policy/model.ts';
import type { authoritySchema, jurisdictionSchema, lawSchema, rightSchema, ruleSchema, sourceSchema } from './schema.ts';

export type Source = DeepReadonly<z.output<typeof sourceSchema>>;
export type Law = DeepReadonly<z.output<typeof lawSchema>>;
export type Authority = DeepReadonly<z.output<typeof authoritySchema>>;
export type Rule = DeepReadonly<z.output<typeof ruleSchema>>;
export type Right = DeepReadonly<z.output<typeof rightSchema>>;
export type Jurisdiction = DeepReadonly<z.output<typeof jurisdictionSchema>>;
