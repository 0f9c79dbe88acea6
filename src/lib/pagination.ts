/**
 * Pages that list the whole library (the policy list, each topic, the
 * comparison, the policies under each law) are split into numbered pages,
 * so none grows with the library: at 2,000 policies a single comparison page
 * would be a 29 MB table.
 * One place decides how many policies a page holds (src/lib/urls.ts builds the URLs).
 */
import type { Policy } from './policy/model.ts';
import { TOPIC_IDS, type TopicId } from './taxonomy.ts';
import { policiesOnTopic } from './topics.ts';

/** Policies per page of each listing. With fewer policies than this, a listing is one page, as before. */
export const PAGE_SIZE = {
  /** The home page and /policies/page/N/: a card per policy. */
  policies: 24,
  /** /topics/<topic>/ and /topics/<topic>/N/: every clause on the topic, grouped by policy. */
  topic: 20,
  /** /compare/ and /compare/N/: a column per policy. */
  compare: 8,
  /** A jurisdiction's policies: the first on /law/<id>/, then all of them on /law/<id>/policies/ and /law/<id>/policies/N/. */
  law: 20,
  /** /rights/ and /rights/N/: a card per policy with its commonest letters. */
  rights: 24,
} as const;
export type Listing = keyof typeof PAGE_SIZE;

/** Policies named on a jurisdiction's card on /law/; the rest are counted and linked to the law's page, so /law/ does not grow with the library. */
export const LAW_CARD_POLICIES = 8;

export interface Page<T> {
  /** 1-based. */
  readonly number: number;
  readonly count: number;
  readonly items: readonly T[];
  /** 1-based position of the first item in the whole list. */
  readonly first: number;
  readonly total: number;
}

/** Splits `items` into pages of `size`; an empty list is one empty page. */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a positive integer, not ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    count,
    items: items.slice(i * size, (i + 1) * size),
    first: i * size + 1,
    total: items.length,
  }));
}

/** The page of a listing that holds the item at 0-based `index`. */
export const pageOf = (index: number, listing: Listing): number => Math.floor(index / PAGE_SIZE[listing]) + 1;

/** Where one policy appears in the numbered listings: the page of the comparison, and of each topic it has clauses on. */
export interface ListingPlaces {
  readonly compare: number;
  readonly topics: Readonly<Partial<Record<TopicId, number>>>;
}

/** Where every policy appears in the listings, computed once for the library (by the policy pages' route). */
export function listingPlaces(policies: readonly Policy[]): Map<string, ListingPlaces> {
  const topics = new Map<string, Partial<Record<TopicId, number>>>(policies.map((p) => [p.slug, {}]));
  for (const topic of TOPIC_IDS)
    policiesOnTopic(policies, topic).forEach(({ policy }, i) => (topics.get(policy.slug)![topic] = pageOf(i, 'topic')));
  return new Map(policies.map((p, i) => [p.slug, { compare: pageOf(i, 'compare'), topics: topics.get(p.slug)! }]));
}
