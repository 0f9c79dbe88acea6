/**
 * Synthetic policies: a real-looking library of any size, for the scale
 * benchmark (scripts/bench-scale/) and the scale tests (tests/scale/).
 *
 * Each synthetic policy is shaped like the five real ones: 18–53 clauses in
 * 7–11 sections, originals of about 150–260 characters on average (some lists
 * run to ~1,000), translations of about the same length, notes of 250–700
 * characters, translator notes on about a fifth of the clauses (each over a
 * slip really made in the original), some page chrome, the jurisdictions
 * whose law applies, and 26 findings that cite the clauses they rest on. The
 * originals are written in Czech, Latvian, Albanian or Russian (diacritics
 * and Cyrillic), with names, addresses, products and numbers made up per
 * policy so that the vocabulary grows with the library as a real one would.
 * Every policy comes with its own source text (its originals joined in
 * order), so the project's parser and fidelity check accept it unchanged.
 *
 * - languages.ts, phrases.ts: the data tables (what a policy can say, in each language)
 * - random.ts: the seeded random draws
 * - generate.ts: one policy, step by step (pure and deterministic)
 * - write.ts: writing a library into a project copy
 */
export { generateLibrary, generatePolicy, type SyntheticPolicy } from './generate.ts';
export { SYNTHETIC_LANGUAGES, type SyntheticLanguage } from './languages.ts';
export { mulberry32, policySeed } from './random.ts';
export { writeSyntheticLibrary, type WriteOptions, type WriteResult } from './write.ts';
