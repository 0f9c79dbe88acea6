/**
 * Request-letter templates: one file per jurisdiction whose law the letters
 * cite and per language they are written in (`eu-cs.yaml`: the GDPR, in
 * Czech). Every piece is a pair: the letter's text and its faithful English
 * translation. Articles, authorities and deadlines are never typed here: the
 * placeholders are filled from the jurisdiction data and the policy at build
 * time (fill.ts). @see docs/letters.md
 */
import { z } from 'astro/zod';
import { RIGHTS, sourceSchema } from '../jurisdiction/schema.ts';
import { list } from '../policy/schema.ts';

/** A piece of a letter in its language, and its faithful English translation. */
export const pairSchema = z.object({ text: z.string().min(1), english: z.string().min(1) }).strict();

/** A choice the reader makes in one letter (the ground for erasure): its options, each kept by a passage `{?id=value}…{/id}`. */
export const choiceSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-zA-Z]*$/, 'must be a word in camelCase, e.g. ground'),
    /** What the reader chooses, in English, for the form. */
    label: z.string().min(1),
    /** The first option is the one the letter shows until the reader chooses. */
    options: z
      .array(z.object({ value: z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be kebab-case'), label: z.string().min(1) }).strict())
      .min(2, 'a choice needs at least two options'),
  })
  .strict();

/** Something the authority requires of a complaint, in English, with the page that says so. */
export const requirementSchema = z
  .object({ statement: z.string().trim().min(1), sources: z.array(sourceSchema).min(1, 'needs at least one source (url, title, checked)') })
  .strict();

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
    /** The choices the reader makes in this letter (the ground for erasure, the condition for restriction). */
    choices: z.array(choiceSchema).optional(),
    /** For a complaint: what the authority requires, shown beside the letter. */
    requirements: z.array(requirementSchema).optional(),
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
    /** How the letter marks a place the reader left empty, in its own language ("jméno a příjmení"): one for every field the letters use. */
    fields: z.record(z.string(), z.string().trim().min(1)).default({}),
    /** The controller, when the policy names none but gives a website (`{website}`). */
    operatorOf: pairSchema,
    /** The controller, when the policy names neither a controller nor a website. */
    operatorUnknown: pairSchema.optional(),
    /** How a complaint names the controller when the policy names none ("not named in the privacy policy"), so that its own website line does not repeat the website. */
    controllerUnnamed: pairSchema.optional(),
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
export const READER_FIELDS = [
  'name',
  'email',
  'address',
  'order',
  'website',
  'details',
  'dataConcerned',
  'restrictionReason',
  'erasureReason',
  'situation',
  'date',
  'requested',
  'complaint',
  'documents',
  'iin',
  'controllerName',
  'bin',
] as const;
export type ReaderField = (typeof READER_FIELDS)[number];
