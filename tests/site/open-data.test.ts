/**
 * The open data as the built site serves it: an index listing every policy
 * once with the hash of its data file, each policy's file valid against the
 * published schema (generated from the same zod schema that types it), the
 * law layer with its sources, the comparison CSV, and the captured source
 * texts published byte for byte, each linked from its policy's page.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { loadLibrary } from '../../src/lib/policy/library-fs.ts';
import { ASPECTS } from '../../src/lib/taxonomy.ts';
import { schemaValidator } from '../support/json-schema.ts';

const DIST = 'dist';
if (!existsSync(`${DIST}/index.html`)) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
const library = loadLibrary({ root: '.' });
const read = (path: string) => readFileSync(`${DIST}${path}`, 'utf8');
const json = (path: string) => JSON.parse(read(path)) as unknown;
const ajv = schemaValidator();
const schema = (name: string) => ajv.compile(json(`/data/schema/${name}`) as object);

interface Index {
  policies: {
    slug: string;
    url: string;
    data: { url: string; sha256: string };
    sourceSha256: string;
    source: { url: string; address: unknown; captured: string | null };
  }[];
  jurisdictions: { url: string; ids: string[] };
  comparison: string[];
}
const index = json('/data/index.json') as Index;

test('/data/index.json validates against its schema and lists every policy exactly once', () => {
  const validate = schema('index.schema.json');
  expect(validate(index), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  expect(index.policies.map((p) => p.slug)).toEqual(library.map((p) => p.slug));
  expect(new Set(index.policies.map((p) => p.slug)).size).toBe(index.policies.length);
});

test('each policy’s data file exists, is the one the index names, hashes as the index says, and validates', () => {
  const validate = schema('policy.schema.json');
  const files = readdirSync(`${DIST}/data/policies`)
    .filter((f) => f.endsWith('.json'))
    .sort();
  expect(files).toEqual(library.map((p) => `${p.slug}.json`).sort());
  for (const entry of index.policies) {
    const bytes = readFileSync(`${DIST}${entry.data.url}`);
    expect(createHash('sha256').update(bytes).digest('hex'), entry.slug).toBe(entry.data.sha256);
    const data = JSON.parse(bytes.toString('utf8')) as { slug: string; clauses: { kind: string }[] };
    expect(validate(data), `${entry.slug}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
    expect(data.slug).toBe(entry.slug);
    // The schema is not vacuous: a broken document fails it.
    data.clauses[0]!.kind = 'advert';
    expect(validate(data)).toBe(false);
  }
});

test('/data/jurisdictions.json carries every jurisdiction the policies name, with sources, valid against its schema', () => {
  const validate = schema('jurisdictions.schema.json');
  const data = json(index.jurisdictions.url) as { jurisdictions: { id: string; laws: { sources: unknown[] }[] }[] };
  expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  const ids = new Set(data.jurisdictions.map((j) => j.id));
  for (const p of library) for (const j of p.jurisdictions) expect(ids.has(j.id), `${p.slug} → ${j.id}`).toBe(true);
});

test('/data/comparison.csv, the one file the index lists for this library, has a header, a row per policy and aspect, and a row per jurisdiction that applies', () => {
  expect(index.comparison).toEqual(['/data/comparison.csv']);
  const lines = read('/data/comparison.csv').trimEnd().split('\r\n');
  expect(lines[0]).toBe('policy,aspect,status,value,evidence');
  expect(
    lines.filter((l) => /^[a-z0-9-]+,[a-z-]+,(stated|partial|unclear|not-stated),/.test(l) && !/^[a-z0-9-]+,jurisdiction,/.test(l)),
  ).toHaveLength(library.length * ASPECTS.length);
  expect(lines.filter((l) => /^[a-z0-9-]+,jurisdiction,/.test(l))).toHaveLength(library.reduce((n, p) => n + p.jurisdictions.length, 0));
});

test('each policy’s letters are exported with the articles they cite, valid against their schema', () => {
  const validate = schema('letters.schema.json');
  for (const p of library) {
    const data = json(`/data/letters/${p.slug}.json`) as {
      policy: string;
      books: { letters: { article: string | null; letter: { text: string; english: string } }[] }[];
    };
    expect(validate(data), `${p.slug}: ${JSON.stringify(validate.errors?.slice(0, 2))}`).toBe(true);
    expect(data.policy).toBe(p.slug);
    expect(data.books.length, p.slug).toBeGreaterThan(0);
  }
  const templates = json('/data/letters/templates.json') as { templates: { id: string }[] };
  expect(templates.templates.length).toBeGreaterThan(0);
});

/** `sources/SHA256SUMS`: the hash of each source as it was captured, by file name. */
const recorded = new Map(
  readFileSync('sources/SHA256SUMS', 'utf8')
    .trim()
    .split('\n')
    .map((line) => line.split(/\s+\*?/).reverse() as [string, string]),
);
const hashOf = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

test('every file under dist/sources/ is a captured source byte for byte, as sources/SHA256SUMS records it, and every policy’s source is there', () => {
  const published = readdirSync(`${DIST}/sources`)
    .filter((f) => f !== 'SHA256SUMS.txt')
    .sort();
  expect(published).toEqual(library.map((p) => p.source).sort());
  for (const file of published) {
    const bytes = readFileSync(`${DIST}/sources/${file}`);
    expect(hashOf(bytes), file).toBe(recorded.get(file));
    expect(bytes.equals(readFileSync(`sources/${file}`)), file).toBe(true);
  }
  // The published list checks the published files, in sha256sum's form.
  const sums = read('/sources/SHA256SUMS.txt');
  expect(sums).toBe(published.map((f) => `${recorded.get(f)}  ${f}\n`).join(''));
});

test('the data of each policy says where its source is, with the hash of those bytes and what is known of its capture', () => {
  for (const entry of index.policies) {
    const policy = library.find((p) => p.slug === entry.slug)!;
    const data = json(entry.data.url) as {
      source: { file: string; sha256: string; url: string; address: unknown; captured: string | null };
    };
    expect(data.source.url).toBe(`/sources/${policy.source}`);
    expect(entry.source.url).toBe(data.source.url);
    expect(hashOf(readFileSync(`${DIST}${data.source.url}`)), entry.slug).toBe(data.source.sha256);
    expect(entry.sourceSha256).toBe(data.source.sha256);
    expect(data.source.address).toEqual(policy.provenance.address);
    expect(entry.source.address).toEqual(policy.provenance.address);
    // No capture date is recorded for any of the five, and the data does not make one up.
    expect(data.source.captured).toBeNull();
    expect(entry.source.captured).toBeNull();
  }
});

test('every policy’s page links its source text and gives its hash, the address as named in the text (or that none is), and that no capture date is recorded', () => {
  for (const policy of library) {
    const html = read(`/policies/${policy.slug}/index.html`);
    const line = /<ul class="source-line[^"]*"[^>]*>([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';
    expect(line, policy.slug).toContain(`href="/sources/${policy.source}"`);
    expect(line).toContain(policy.sourceSha256);
    const address = policy.provenance.address;
    expect(line).toContain(address ? `Address named in the text: ${address.value}` : 'No address named in the text');
    expect(line).toContain('Capture date not recorded');
    expect(line).not.toContain('Captured from');
  }
});
