/**
 * What the search index holds: one record per clause, built from the model.
 *
 * Why records and not Pagefind's HTML crawl with sub-results? Filters in
 * Pagefind belong to a whole result. Topic and assessment belong to a clause,
 * so to narrow by them each clause must be its own result. One record per
 * clause gives exactly that, and every result's URL is the clause's anchor.
 */
import type { Policy } from '../policy/model.ts';
import { topicById } from '../taxonomy.ts';
import { clausePath } from '../urls.ts';

export interface SearchRecord {
  readonly url: string;
  readonly content: string;
  /** Pagefind splits indexes by language; the main index is one English index. */
  readonly language: string;
  readonly meta: { title: string; policy: string; label: string; kind: string };
  readonly filters: Record<SearchFacet, string[]>;
}

/** The facets a reader can narrow by. Values are ids from the taxonomy and policy slugs. */
export const SEARCH_FACETS = ['policy', 'language', 'country', 'topic', 'assessment'] as const;
export type SearchFacet = (typeof SEARCH_FACETS)[number];

/** The value used for a policy that names no country. */
export const NO_COUNTRY = 'none';

function filtersFor(policy: Policy, clause: Policy['clauses'][number]): Record<SearchFacet, string[]> {
  return {
    policy: [policy.slug],
    language: [policy.language],
    country: [policy.country ?? NO_COUNTRY],
    topic: [...clause.topics],
    assessment: clause.assessment ? [clause.assessment] : [],
  };
}

/**
 * Records for the main, cross-policy index: label, original and translation
 * of every clause, all in one English-language index so one box searches
 * every policy in every language.
 */
export function searchRecords(policies: readonly Policy[]): SearchRecord[] {
  return policies.flatMap((policy) =>
    policy.clauses.map((clause) => ({
      url: clausePath(policy.slug, clause.id),
      // The original and its translation, then the clause's topics, so that
      // "retention" also finds a clause that only says "we keep your data".
      content: [clause.original, clause.translation, topicLine(clause.topics)].filter(Boolean).join('\n\n'),
      language: 'en',
      meta: { title: `${policy.shortName} — ${clause.label}`, policy: policy.shortName, label: clause.label, kind: clause.kind },
      filters: filtersFor(policy, clause),
    })),
  );
}

/**
 * Records for a language-specific index of originals, so a language whose
 * stemmer Pagefind has (Russian) matches word forms: "персональные" finds
 * "персональных". Merged with the main index in the browser.
 */
export function originalRecords(policies: readonly Policy[], language: string): SearchRecord[] {
  return policies
    .filter((p) => p.language === language)
    .flatMap((policy) =>
      policy.clauses.map((clause) => ({
        url: clausePath(policy.slug, clause.id),
        content: clause.original,
        language,
        meta: { title: `${policy.shortName} — ${clause.label}`, policy: policy.shortName, label: clause.label, kind: clause.kind },
        filters: filtersFor(policy, clause),
      })),
    );
}

function topicLine(topics: readonly string[]): string {
  return topics.length ? `Topics: ${topics.map((t) => topicById.get(t)?.label ?? t).join(', ')}.` : '';
}

/** Languages that get their own stemmed index of originals (Pagefind has stemmers for these). */
export const STEMMED_LANGUAGES = ['ru'] as const;
