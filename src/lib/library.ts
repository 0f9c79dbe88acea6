/**
 * The site's access to the library: the `policies` collection as typed
 * `Policy` objects, in corpus order. Pages call this and nothing else.
 */
import { getCollection } from 'astro:content';
import type { Policy } from './policy/model.ts';

export interface LibraryPolicy extends Policy {
  /** SHA-256 of the source text's bytes. */
  readonly sourceSha256: string;
}

export async function getPolicies(): Promise<LibraryPolicy[]> {
  const entries = await getCollection('policies');
  return entries.map((e) => e.data as LibraryPolicy).sort((a, b) => a.source.localeCompare(b.source));
}

export async function getPolicy(slug: string): Promise<LibraryPolicy> {
  const policy = (await getPolicies()).find((p) => p.slug === slug);
  if (!policy) throw new Error(`No policy with slug "${slug}"`);
  return policy;
}
