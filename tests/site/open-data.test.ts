/**
 * The open data as the built site serves it: the corpus JSON valid against
 * its published JSON Schema (generated from the same zod schema that types
 * it), and the comparison CSV with a row per policy and aspect.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { loadLibrary } from '../../src/lib/policy/library-fs.ts';
import { ASPECTS } from '../../src/lib/taxonomy.ts';

const DIST = 'dist';
if (!existsSync(`${DIST}/index.html`)) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
const library = loadLibrary({ root: '.' });
const read = (path: string) => readFileSync(`${DIST}${path}`, 'utf8');

test('/data/policies.json validates against /data/policies.schema.json, and a broken copy does not', () => {
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(read('/data/policies.schema.json')) as object);
  const data = JSON.parse(read('/data/policies.json')) as { policies: { slug: string; clauses: { kind: string }[] }[] };
  expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  expect(data.policies.map((p) => p.slug)).toEqual(library.map((p) => p.slug));
  // The schema is not vacuous: a broken document fails it.
  const broken = structuredClone(data);
  broken.policies[0]!.clauses[0]!.kind = 'advert';
  expect(validate(broken)).toBe(false);
});

test('/data/comparison.csv has a header and a row per policy and aspect', () => {
  const lines = read('/data/comparison.csv').trimEnd().split('\r\n');
  expect(lines[0]).toBe('policy,aspect,status,value,evidence');
  expect(lines.filter((l) => /^[a-z0-9-]+,[a-z-]+,(stated|partial|unclear|not-stated),/.test(l))).toHaveLength(library.length * ASPECTS.length);
});
