/**
 * The site's access to the library: the `policies` collection as typed
 * `Policy` objects, in corpus order. Pages call this and nothing else.
 */
import { getCollection } from 'astro:content';
import { pageOf, policiesOnTopic } from './pagination.ts';
import type { Policy } from './policy/model.ts';
import { TOPICS } from './taxonomy.ts';

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

/** On which numbered page of each listing each policy appears (see src/lib/pagination.ts). */
export interface ListingPages {
  /** topic id → policy slug → page of /topics/<topic>/ */
  readonly topic: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** policy slug → page of /compare/ */
  readonly compare: ReadonlyMap<string, number>;
}

let listingPages: Promise<ListingPages> | null = null;

/** Computed once per build: every policy page links into these listings. */
export function getListingPages(): Promise<ListingPages> {
  listingPages ??= getPolicies().then((policies) => ({
    topic: new Map(TOPICS.map((t) => [t.id, new Map(policiesOnTopic(policies, t.id).map((p, i) => [p.policy.slug, pageOf(i, 'topic')]))])),
    compare: new Map(policies.map((p, i) => [p.slug, pageOf(i, 'compare')])),
  }));
  return listingPages;
}
