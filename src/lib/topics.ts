/** Queries over topics: which policies and clauses a topic page lists. */
import type { Policy } from './policy/model.ts';
import type { TopicId } from './taxonomy.ts';

/** The policies with at least one clause on `topic`, in library order, each with those clauses: the list a topic's pages split. */
export function policiesOnTopic<P extends Policy>(
  policies: readonly P[],
  topic: TopicId,
): { policy: P; clauses: P['clauses'][number][] }[] {
  return policies
    .map((policy) => ({ policy, clauses: policy.clauses.filter((c) => c.topics.includes(topic)) }))
    .filter((p) => p.clauses.length > 0);
}
