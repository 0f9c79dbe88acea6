/**
 * What the search indexes hold, built from the model (not from the pages).
 *
 * Two shapes, because a first search must stay small at thousands of policies:
 *
 * - **Policy documents** (the main index): one Pagefind page per policy, each
 *   clause an element with its id and a `data-pagefind-title`, so Pagefind
 *   returns the policy with one sub-result per matching clause. Pagefind loads
 *   metadata for every page of an index before its first answer (about 6 bytes
 *   a page, compressed); one page per policy keeps that to a few KB at 2,000
 *   policies instead of ~450 KB for 70,000 clauses.
 * - **Clause records** (the clause index): one record per clause. Filters in
 *   Pagefind belong to a whole result, and topic and assessment belong to a
 *   clause, so narrowing by them needs each clause to be its own result. This
 *   index is loaded only when a reader narrows by topic or assessment.
 */
import type { Policy } from '../policy/model.ts';
import { topicById, type TopicId } from '../taxonomy.ts';
import { clausePath, policyPath } from '../urls.ts';
import { NO_COUNTRY, POLICY_FACETS, RECORD_FILTER, RECORD_VALUE, STEMMED_INDEXES, type SearchFacet } from './facets.ts';

export interface SearchRecord {
  readonly url: string;
  readonly content: string;
  /** Pagefind splits indexes by language; the main index is one English index. */
  readonly language: string;
  readonly meta: { title: string; policy: string; label: string; kind: string };
  readonly filters: Record<SearchFacet | typeof RECORD_FILTER, string[]>;
}

export { NO_COUNTRY } from './facets.ts';

function filtersFor(policy: Policy, clause: Policy['clauses'][number]): Record<SearchFacet | typeof RECORD_FILTER, string[]> {
  return {
    [RECORD_FILTER]: [RECORD_VALUE.clauses],
    ...policyFilterValues(policy),
    topic: [...clause.topics],
    assessment: clause.assessment ? [clause.assessment] : [],
  };
}

/**
 * Records for the clause index: label, original and translation of every
 * clause, all in one English-language index so one box searches every policy
 * in every language.
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

/** A policy as one HTML document for Pagefind's `addHTMLFile`, each clause a sub-result. */
export interface SearchDocument {
  readonly url: string;
  readonly content: string;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * One document per policy. Meta and filters sit in the head, so they are not
 * searchable text; each clause is a `<section>` with the clause's id (the
 * anchor on the policy page) and its label as the sub-result's title. Only the
 * original of a `language` policy goes into a stemmed index of that language.
 */
export function policyDocuments(policies: readonly Policy[], only?: { language: string }): SearchDocument[] {
  return policies
    .filter((p) => !only || p.language === only.language)
    .map((policy) => {
      const head = [
        `<meta data-pagefind-meta="title[content]" content="${escapeHtml(policy.shortName)}">`,
        `<meta data-pagefind-meta="policy[content]" content="${escapeHtml(policy.shortName)}">`,
        `<meta data-pagefind-filter="${RECORD_FILTER}[content]" content="${RECORD_VALUE.policies}">`,
        ...POLICY_FACETS.flatMap((facet) =>
          policyFilterValues(policy)[facet].map((v) => `<meta data-pagefind-filter="${facet}[content]" content="${escapeHtml(v)}">`),
        ),
      ];
      const sections = policy.clauses.map((clause) => {
        const text = only ? [clause.original] : [clause.original, clause.translation, topicLine(clause.topics)];
        const body = text
          .filter(Boolean)
          .map((t) => `<p>${escapeHtml(t)}</p>`)
          .join('');
        return `<section id="${escapeHtml(clause.id)}" data-pagefind-title="${escapeHtml(clause.label)}">${body}</section>`;
      });
      const lang = only ? only.language : 'en';
      return {
        url: policyPath(policy.slug),
        content: `<!doctype html><html lang="${lang}"><head><title>${escapeHtml(policy.shortName)}</title>${head.join('')}</head><body><main data-pagefind-body>${sections.join('')}</main></body></html>`,
      };
    });
}

function policyFilterValues(policy: Policy): Record<(typeof POLICY_FACETS)[number], string[]> {
  return { policy: [policy.slug], language: [policy.language], country: [policy.country ?? NO_COUNTRY] };
}

function topicLine(topics: readonly TopicId[]): string {
  return topics.length ? `Topics: ${topics.map((t) => topicById[t].label).join(', ')}.` : '';
}

/**
 * Policies per part of the clause index. Pagefind adds records more slowly as
 * one index grows (about 0.3 ms a record at first, 1.0 ms by the 70,000th, in docs/benchmarks.md), so
 * the clause index is written in parts of this many policies (about 18,000
 * clauses) that the browser merges, and the build stays linear. The
 * environment variable PIP_CLAUSE_PART_POLICIES overrides it (the scale tests
 * use a small value to exercise several parts).
 */
export const CLAUSE_PART_POLICIES = 500;

export function clausePartSize(): number {
  const fromEnv = Number(process.env['PIP_CLAUSE_PART_POLICIES']);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : CLAUSE_PART_POLICIES;
}

/** The policies of each part of the clause index, in library order; always at least one part. */
export function clauseIndexParts<P>(policies: readonly P[], size = clausePartSize()): P[][] {
  const parts: P[][] = [];
  for (let start = 0; start < policies.length; start += size) parts.push(policies.slice(start, start + size));
  return parts.length ? parts : [[]];
}

/** Languages that get their own stemmed index of originals (Pagefind has stemmers for these). */
export const STEMMED_LANGUAGES = STEMMED_INDEXES.map((s) => s.language);
