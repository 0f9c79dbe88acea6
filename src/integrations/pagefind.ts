/**
 * Builds the search indexes after Astro writes the site. Pagefind's Node API
 * reports problems in its responses instead of throwing, so every response is
 * checked: a broken index must fail the build, not ship green.
 *
 * - `dist/pagefind/`: one page per policy, each clause a sub-result (label,
 *   original, translation), in one index, so one box searches everything and
 *   a first search loads metadata for policies, not for every clause.
 * - `dist/pagefind-clauses/` (and `-part2/`, … past 500 policies): one record
 *   per clause, so a reader can narrow by a clause's topic or assessment;
 *   merged in the browser only when they do.
 * - `dist/pagefind-<lang>/` and `dist/pagefind-clauses-<lang>/`: the same two
 *   shapes for the originals of a language Pagefind can stem (Russian), merged
 *   in the browser only when a query is written in that language's script.
 * See src/lib/search/records.ts.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { loadLibrary } from '../lib/policy/library-fs.ts';
import { loadedLibrary } from '../lib/policy/loaded-library.ts';
import type { Policy } from '../lib/policy/model.ts';
import { clausePartPath, INDEX_PATHS, stemmedIndexPath } from '../lib/search/facets.ts';
import { clauseIndexParts, originalRecords, policyDocuments, searchRecords, STEMMED_LANGUAGES, type SearchDocument, type SearchRecord } from '../lib/search/records.ts';

export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

/** Fails loudly on any error Pagefind reports. */
export function assertNoErrors(step: string, response: { errors: readonly string[] }): void {
  if (response.errors.length > 0) throw new SearchIndexError(`Pagefind ${step} failed:\n  ${response.errors.join('\n  ')}`);
}

const RECORD_BATCH = 500;

/** Optional clocks on the parts of writing an index (the scale benchmark's Pagefind profile uses them). */
export interface IndexProgress {
  /** After each batch of records is added, with the number added so far. */
  added?(count: number): void;
}

/** Writes one Pagefind bundle holding `records` (clause records or policy documents) to `outputPath`. */
export async function writeIndex(records: readonly (SearchRecord | SearchDocument)[], outputPath: string, forceLanguage?: string, progress: IndexProgress = {}): Promise<number> {
  if (records.length === 0) throw new SearchIndexError(`No records to index for ${outputPath}`);
  const created = await pagefind.createIndex(forceLanguage ? { forceLanguage } : {});
  assertNoErrors('createIndex', created);
  const index = created.index;
  if (!index) throw new SearchIndexError('Pagefind createIndex returned no index');
  // Records go to Pagefind's service in concurrent batches: one awaited round
  // trip per record made adding 70,000 records slow down as the index grew.
  for (let start = 0; start < records.length; start += RECORD_BATCH) {
    const batch = records.slice(start, start + RECORD_BATCH);
    const responses = await Promise.all(
      batch.map((record) =>
        'meta' in record ? index.addCustomRecord({ ...record, meta: { ...record.meta }, filters: record.filters }) : index.addHTMLFile({ url: record.url, content: record.content }),
      ),
    );
    responses.forEach((added, i) => assertNoErrors(`adding ${batch[i]!.url}`, added));
    progress.added?.(start + batch.length);
  }
  const written = await index.writeFiles({ outputPath });
  assertNoErrors('writeFiles', written);
  await index.deleteIndex();
  return records.length;
}

/** Pagefind writes its own UI beside every index; the site uses only the JS API, so these are never loaded. */
function removeUnusedUi(dir: string, keepHighlight: boolean): void {
  for (const file of readdirSync(dir)) if (/-ui\./.test(file) || (!keepHighlight && /highlight/.test(file))) rmSync(join(dir, file));
}

/** One index the site ships: what it holds and where it is served from. */
export interface PlannedIndex {
  /** e.g. `policies`, `clauses`, `policies-ru`. */
  readonly name: string;
  /** URL path, e.g. `/pagefind/`. */
  readonly path: string;
  readonly items: readonly (SearchRecord | SearchDocument)[];
  readonly forceLanguage?: string;
}

/**
 * Every index, in the order they are written: the policy index, the clause
 * index in parts of `partSize` policies, then a stemmed pair per language that
 * has policies.
 */
export function planIndexes(policies: Parameters<typeof searchRecords>[0], partSize?: number): PlannedIndex[] {
  const plan: PlannedIndex[] = [
    { name: 'policies', path: INDEX_PATHS.policies, items: policyDocuments(policies) },
    ...clauseIndexParts(policies, partSize).map((part, i) => ({ name: i === 0 ? 'clauses' : `clauses-part${i + 1}`, path: clausePartPath(i), items: searchRecords(part) })),
  ];
  for (const language of STEMMED_LANGUAGES) {
    const own = originalRecords(policies, language);
    if (own.length === 0) continue;
    plan.push({ name: `policies-${language}`, path: stemmedIndexPath('policies', language), items: policyDocuments(policies, { language }), forceLanguage: language });
    plan.push({ name: `clauses-${language}`, path: stemmedIndexPath('clauses', language), items: own, forceLanguage: language });
  }
  return plan;
}

export async function buildSearchIndexes(policies: readonly Policy[], siteDir: string): Promise<{ policies: number; records: number; languages: string[] }> {
  const plan = planIndexes(policies);
  try {
    for (const planned of plan) {
      const dir = join(siteDir, ...planned.path.split('/').filter(Boolean));
      await writeIndex(planned.items, dir, planned.forceLanguage);
      // pagefind-highlight.js of the main bundle is loaded by the policy pages to mark the search terms.
      removeUnusedUi(dir, planned.path === INDEX_PATHS.policies);
    }
    const count = (name: string) => plan.filter((p) => p.name === name || p.name.startsWith(`${name}-part`)).reduce((n, p) => n + p.items.length, 0);
    return { policies: count('policies'), records: count('clauses'), languages: plan.filter((p) => p.forceLanguage && p.name.startsWith('policies-')).map((p) => p.forceLanguage!) };
  } finally {
    await pagefind.close();
  }
}

export default function pagefindIntegration(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'policy-library:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        // The content layer loaded and checked the library earlier in this build; reading it again would parse, check and hash every policy twice.
        const library = loadedLibrary(root) ?? loadLibrary({ root });
        const { policies, records, languages } = await buildSearchIndexes(library, fileURLToPath(dir));
        logger.info(`search indexes: ${policies} policies, ${records} clauses${languages.length ? `; stemmed originals: ${languages.join(', ')}` : ''}`);
      },
    },
  };
}
