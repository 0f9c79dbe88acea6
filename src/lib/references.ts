/**
 * Links between clauses: an author's `seeAlso` references resolved to the
 * clause they name (in the same policy or another), with a label to show.
 */
import type { ClauseRef, Policy } from './policy/model.ts';
import { clausePath } from './urls.ts';

export interface ClauseLink {
  readonly href: string;
  /** The target clause's label, with its policy's short name when it is in another policy. */
  readonly label: string;
}

/** The clause a reference names, with its policy; null if the library has no such clause (the parser prevents that). */
function resolve(ref: ClauseRef, from: Policy, library: ReadonlyMap<string, Policy>) {
  const policy = ref.policy === null ? from : library.get(ref.policy);
  const clause = policy?.clauses.find((c) => c.id === ref.clause);
  return policy && clause ? { policy, clause } : null;
}

/** The "see also" links of every clause of `policy` that has any, keyed by clause id. */
export function seeAlsoLinks(policy: Policy, library: ReadonlyMap<string, Policy>): Map<string, ClauseLink[]> {
  const links = new Map<string, ClauseLink[]>();
  for (const clause of policy.clauses) {
    const resolved = clause.seeAlso.map((ref) => resolve(ref, policy, library)).filter((r) => r !== null);
    if (resolved.length === 0) continue;
    links.set(
      clause.id,
      resolved.map(({ policy: p, clause: c }) => ({
        href: clausePath(p.slug, c.id),
        label: p.slug === policy.slug ? c.label : `${p.shortName}: ${c.label}`,
      })),
    );
  }
  return links;
}
