/**
 * Request-letter templates: one file per jurisdiction whose law the letters
 * cite and per language they are written in (`eu-cs.yaml`: the GDPR, in
 * Czech). Every piece is a pair: the letter's text and its faithful English
 * translation. Articles, authorities and deadlines are never typed here: the
 * placeholders are filled from the jurisdiction data and the policy at build
 * time (fill.ts). @see docs/letters.md
 */
import { z } from 'astro/zod';
import { RIGHTS } from '../jurisdiction/schema.ts';
import { list } from '../policy/schema.ts';

/** A piece of a letter in its language, and its faithful English translation. */
export const pairSchema = z.object({ text: z.string().min(1), english: z.string().min(1) }).strict();

export const letterSchema = z
  .object({
    /** The right asked for: a right of the jurisdiction's data. */
    right: list(RIGHTS, 'right'),
    /** The article the jurisdiction data gives for the right; omitted where it gives none. */
    article: z.string().optional(),
    /** `authority`: a complaint to the supervisory authority, not a request to the shop. */
    to: z.literal('authority').optional(),
    /** false: leave the deadline sentence off (a withdrawal of consent is not a request the deadline covers). */
    deadline: z.literal(false).optional(),
    subject: pairSchema,
    body: pairSchema,
  })
  .strict();

export const letterTemplateFileSchema = z
  .object({
    jurisdiction: z.string().regex(/^[a-z]{2}$/),
    language: z.string().regex(/^[a-z]{2}$/),
    /** How this language cites each article of the jurisdiction's data that the letters use; keys are the data's article strings. */
    articles: z.record(z.string(), pairSchema).default({}),
    /** The controller, when the policy names none but gives a website (`{website}`). */
    operatorOf: pairSchema,
    /** The controller, when the policy names neither a controller nor a website. */
    operatorUnknown: pairSchema.optional(),
    /** The line naming the addressee (`{controller}`). */
    addressee: pairSchema.optional(),
    salutation: pairSchema,
    closing: pairSchema,
    /** The sentence asking for an answer in time, appended to every letter to the shop unless the letter says `deadline: false`. */
    deadline: pairSchema,
    letters: z.array(letterSchema).min(1),
    /** The translator's and reviewer's notes: terms chosen, what could not be done. */
    notes: z.string().optional(),
  })
  .strict();

/** A template as the site reads it. */
export const letterTemplateSchema = letterTemplateFileSchema.extend({ id: z.string(), file: z.string() }).strict();

/** The placeholders filled from the data, and the places for the reader's own details. */
export const DATA_PLACEHOLDERS = ['controller', 'website', 'article', 'deadlineArticle', 'authority'] as const;
export const READER_FIELDS = ['name', 'email', 'address', 'order', 'date', 'details', 'website'] as const;
export type ReaderField = (typeof READER_FIELDS)[number];
