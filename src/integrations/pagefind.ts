/**
 * Builds the search indexes after Astro writes the site. Pagefind's Node API
 * reports problems in its responses instead of throwing, so every response is
 * checked: a broken index must fail the build, not ship green.
 *
 * - `dist/pagefind/`: one record per clause of every policy (label, original,
 *   translation), in one index, so one box searches everything.
 * - `dist/pagefind-<lang>/`: the originals of a language Pagefind can stem
 *   (Russian), merged into the main index in the browser.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { loadLibrary } from '../lib/policy/library.ts';
import { originalRecords, searchRecords, STEMMED_LANGUAGES, type SearchRecord } from '../lib/search/records.ts';

export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

/** Fails loudly on any error Pagefind reports. */
export function assertNoErrors(step: string, response: { errors: readonly string[] }): void {
  if (response.errors.length > 0) throw new SearchIndexError(`Pagefind ${step} failed:\n  ${response.errors.join('\n  ')}`);
}

const RECORD_BATCH = 500;

/** Writes one Pagefind bundle holding `records` to `outputPath`. */
export async function writeIndex(records: readonly SearchRecord[], outputPath: string, forceLanguage?: string): Promise<number> {
  if (records.length === 0) throw new SearchIndexError(`No records to index for ${outputPath}`);
  const created = await pagefind.createIndex(forceLanguage ? { forceLanguage } : {});
  assertNoErrors('createIndex', created);
  const index = created.index;
  if (!index) throw new SearchIndexError('Pagefind createIndex returned no index');
  // Records go to Pagefind's service in concurrent batches: one awaited round
  // trip per record made adding 70,000 records slow down as the index grew.
  for (let start = 0; start < records.length; start += RECORD_BATCH) {
    const batch = records.slice(start, start + RECORD_BATCH);
    const responses = await Promise.all(batch.map((record) => index.addCustomRecord({ ...record, meta: { ...record.meta }, filters: record.filters })));
    responses.forEach((added, i) => assertNoErrors(`addCustomRecord(${batch[i]!.url})`, added));
  }
  const written = await index.writeFiles({ outputPath });
  assertNoErrors('writeFiles', written);
  await index.deleteIndex();
  return records.length;
}

export async function buildSearchIndexes(root: string, siteDir: string): Promise<{ records: number; languages: string[] }> {
  const policies = loadLibrary({ root }).map((l) => l.policy);
  try {
    const records = await writeIndex(searchRecords(policies), join(siteDir, 'pagefind'));
    const languages: string[] = [];
    for (const language of STEMMED_LANGUAGES) {
      const own = originalRecords(policies, language);
      if (own.length === 0) continue;
      const out = join(siteDir, `pagefind-${language}`);
      await writeIndex(own, out, language);
      // Only the index is merged in; the UI files Pagefind writes beside it would never be loaded.
      for (const file of readdirSync(out)) if (/-ui\.|highlight/.test(file)) rmSync(join(out, file));
      languages.push(language);
    }
    return { records, languages };
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
        const { records, languages } = await buildSearchIndexes(root, fileURLToPath(dir));
        logger.info(`search index: ${records} clauses${languages.length ? `; stemmed originals: ${languages.join(', ')}` : ''}`);
      },
    },
  };
}
