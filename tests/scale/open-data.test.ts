/**
 * The open data of a library larger than every listing's page: one file per
 * policy, each valid against the published schema, and an index that lists
 * every policy exactly once with its file's hash; and no file the build
 * writes outside the search index (whose files have their own budget, in
 * docs/benchmarks.md) near the largest file a host accepts.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, inject, test } from 'vitest';
import { loadLibrary } from '../../src/lib/policy/library-fs.ts';
import { schemaValidator } from '../support/json-schema.ts';
import { SCALE_POLICIES } from './global-setup.ts';

/** The largest single file the site may have (the deploy goal: hosts cap a file at 5 MB to 25 MB). */
const MAX_FILE_BYTES = 5e6;

const root = inject('scaleRoot');
const dist = join(root, 'dist');
const policies = loadLibrary({ root });
const read = (path: string) => readFileSync(join(dist, path));
const json = (path: string) => JSON.parse(read(path).toString('utf8')) as unknown;
const ajv = schemaValidator();
const schema = (name: string) => ajv.compile(json(`/data/schema/${name}`) as object);

interface Index {
  policies: { slug: string; data: { url: string; sha256: string } }[];
}

test('the index lists every policy exactly once, with its data file and that file’s hash', () => {
  const index = json('/data/index.json') as Index;
  const validate = schema('index.schema.json');
  expect(validate(index), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  const slugs = index.policies.map((p) => p.slug);
  expect(slugs).toHaveLength(SCALE_POLICIES);
  expect(new Set(slugs).size).toBe(slugs.length);
  expect([...slugs].sort()).toEqual(policies.map((p) => p.slug).sort());
  for (const p of index.policies) {
    const path = new URL(p.data.url, 'https://site.invalid').pathname;
    expect(path, p.slug).toBe(`/data/policies/${p.slug}.json`);
    expect(createHash('sha256').update(read(path)).digest('hex'), p.slug).toBe(p.data.sha256);
  }
});

test('every policy has one data file, valid against the published policy schema', () => {
  const files = readdirSync(join(dist, 'data/policies')).filter((f) => f.endsWith('.json'));
  expect(files.sort()).toEqual(policies.map((p) => `${p.slug}.json`).sort());
  const validate = schema('policy.schema.json');
  for (const file of files) {
    const data = json(`/data/policies/${file}`) as { slug: string; clauses: unknown[] };
    expect(validate(data), `${file}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
    const policy = policies.find((p) => p.slug === data.slug)!;
    expect(data.clauses, file).toHaveLength(policy.clauses.length);
  }
});

test(`no file outside the search index is larger than ${MAX_FILE_BYTES / 1e6} MB, nor any page or data file larger than its own policy needs`, () => {
  const sizes: { path: string; bytes: number }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else sizes.push({ path: relative(dist, path), bytes: statSync(path).size });
    }
  };
  walk(dist);
  const outside = sizes.filter((f) => !f.path.startsWith('search-index/'));
  for (const f of outside) expect(f.bytes, f.path).toBeLessThanOrEqual(MAX_FILE_BYTES);
  // Files that hold the whole library would grow past any limit; at this size the largest are a policy's own page or data.
  const largestPolicyFile = Math.max(
    ...outside.filter((f) => /^(policies\/[^/]+\/index\.html|data\/policies\/)/.test(f.path)).map((f) => f.bytes),
  );
  const library = outside.filter((f) => f.bytes > largestPolicyFile * 2).map((f) => `${f.path} (${f.bytes} bytes)`);
  expect(library, 'files more than twice the largest policy page or data file').toEqual([]);
});
