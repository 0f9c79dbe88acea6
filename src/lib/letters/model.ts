/** The letter templates' types, derived from schema.ts. */
import type { z } from 'astro/zod';
import type { DeepReadonly } from '../policy/model.ts';
import type { letterSchema, letterTemplateSchema, pairSchema } from './schema.ts';

export type Pair = DeepReadonly<z.output<typeof pairSchema>>;
export type LetterTemplate = DeepReadonly<z.output<typeof letterTemplateSchema>>;
export type TemplateLetter = DeepReadonly<z.output<typeof letterSchema>>;
