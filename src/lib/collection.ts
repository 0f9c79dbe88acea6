/**
 * The site's access to the library: the `policies` content collection as
 * typed `Policy` objects, in corpus order. Pages call this and nothing else.
 * (library-fs.ts reads the same policies from disk, for the build's loader,
 * the command-line tools and the tests; this module never touches the disk.)
 */
import { getCollection } from 'astro:content';
import type { Jurisdiction } from './jurisdiction/model.ts';
import type { LetterTemplate } from './letters/model.ts';
import type { Policy } from './policy/model.ts';

/** Every policy, in corpus order (by source file name). */
export async function getPolicies(): Promise<Policy[]> {
  const entries = await getCollection('policies');
  return entries.map((e) => e.data).sort((a, b) => a.source.localeCompare(b.source));
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
