/**
 * The site's access to the library: the `policies` content collection as
 * typed `Policy` objects, in corpus order. Pages call this and nothing else.
 * (library-fs.ts reads the same policies from disk, for the build's loader,
 * the command-line tools and the tests; this module never touches the disk.)
 */
import { root } from 'astro:config/server';
import { getCollection } from 'astro:content';
import { fileURLToPath } from 'node:url';
import type { Jurisdiction } from './jurisdiction/model.ts';
import type { LetterTemplate } from './letters/model.ts';
import { loadedLibrary } from './policy/loaded-library.ts';
import type { Policy } from './policy/model.ts';

/**
 * Every policy, in corpus order (by source file name). The collection's store
 * holds each policy's slug only; the policy itself is the one the content
 * loader parsed in this process (see readPolicies in src/content.config.ts).
 * Reading the collection first keeps the pages tied to it, so that `astro
 * dev` renders them again when a policy changes.
 */
export async function getPolicies(): Promise<Policy[]> {
  const entries = await getCollection('policies');
  const loaded = new Map((loadedLibrary(fileURLToPath(root)) ?? []).map((p) => [p.slug, p]));
  return entries
    .map((e) => {
      const policy = loaded.get(e.data.slug);
      if (!policy)
        throw new Error(
          `The policy ${e.data.slug} (${e.data.file}) is in the content collection but was not loaded in this process: pages must be rendered by the process that ran the content loader (astro build or astro dev).`,
        );
      return policy;
    })
    .sort((a, b) => a.source.localeCompare(b.source));
}

/** Every jurisdiction, by id. */
export async function getJurisdictions(): Promise<Map<string, Jurisdiction>> {
  const entries = await getCollection('jurisdictions');
  return new Map(entries.map((e) => [e.data.id, e.data]));
}

/** Every letter template. */
export async function getLetterTemplates(): Promise<LetterTemplate[]> {
  return (await getCollection('letters')).map((e) => e.data);
}
