/**
 * Builds the Pagefind index from the finished site, after Astro writes it.
 * Pagefind's Node API reports problems in its responses instead of throwing,
 * so every response is checked here: a broken index must fail the build, not
 * ship green.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

/** Fails loudly on any error Pagefind reports. */
export function assertNoErrors(step: string, response: { errors: readonly string[] }): void {
  if (response.errors.length > 0) throw new SearchIndexError(`Pagefind ${step} failed:\n  ${response.errors.join('\n  ')}`);
}

export async function buildSearchIndex(siteDir: string): Promise<{ pages: number }> {
  try {
    const created = await pagefind.createIndex({});
    assertNoErrors('createIndex', created);
    const index = created.index;
    if (!index) throw new SearchIndexError('Pagefind createIndex returned no index');
    const added = await index.addDirectory({ path: siteDir });
    assertNoErrors('addDirectory', added);
    if (added.page_count === 0) throw new SearchIndexError(`Pagefind indexed no pages in ${siteDir}: is data-pagefind-body missing?`);
    const written = await index.writeFiles({ outputPath: `${siteDir.replace(/\/$/, '')}/pagefind` });
    assertNoErrors('writeFiles', written);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'policy-library:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { pages } = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`search index built: ${pages} pages`);
      },
    },
  };
}
