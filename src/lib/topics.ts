/** Queries over topics: which policies and clauses a topic page lists. */
import type { Policy } from './policy/model.ts';
import { TOPIC_ASPECTS, type AspectId, type TopicId } from './taxonomy.ts';

/** The policies with at least one clause on `topic`, in library order, each with those clauses: the list a topic's pages split. */
export function policiesOnTopic<P extends Policy>(
  policies: readonly P[],
  topic: TopicId,
): { policy: P; clauses: P['clauses'][number][] }[] {
  return policies
    .map((policy) => ({ policy, clauses: policy.clauses.filter((c) => c.topics.includes(topic)) }))
    .filter((p) => p.clauses.length > 0);
}

/** Silent policies named on a topic's page; the rest are counted (at 10,000 policies the list would be the page). */
export const SILENT_LISTED = 40;

/** How a topic's silent policies are found: by their findings on the topic's aspects, or, for a topic without one, by their clauses. */
export interface Silence<P> {
  readonly by: 'findings' | 'clauses';
  /** The topic's aspects (src/lib/taxonomy.ts, TOPIC_ASPECTS); empty when `by` is `clauses`. */
  readonly aspects: readonly AspectId[];
  /** The policies that say nothing on the topic, in library order, each with its 0-based place in the library. */
  readonly policies: readonly { readonly policy: P; readonly index: number }[];
}

/**
 * The policies that say nothing on `topic`: those whose every finding on the
 * topic's aspects is "not stated" (we read the whole policy and found
 * nothing); for a topic with no aspect, those with no clause on it.
 */
export function silentOnTopic<P extends Policy>(policies: readonly P[], topic: TopicId): Silence<P> {
  const aspects = TOPIC_ASPECTS[topic];
  const silent = (p: P) =>
    aspects.length > 0 ? aspects.every((a) => p.findings[a].status === 'not-stated') : !p.clauses.some((c) => c.topics.includes(topic));
  return {
    by: aspects.length > 0 ? 'findings' : 'clauses',
    aspects,
    policies: policies.flatMap((policy, index) => (silent(policy) ? [{ policy, index }] : [])),
  };
}
