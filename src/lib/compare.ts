/**
 * The comparison model: every policy's findings laid out by aspect, and the
 * GDPR Art. 13 disclosure checklist. Pure functions over `Policy` objects;
 * the comparison table, the policy pages, the home page and the exports all
 * read these, so they always agree.
 */
import type { Clause, Finding, Policy } from './policy/model.ts';
import { ASPECT_GROUPS, ASPECTS, statusById, type Aspect, type AspectGroupId, type AspectId } from './taxonomy.ts';
import { clausePath } from './urls.ts';

export interface Evidence {
  readonly clause: string;
  readonly label: string;
  readonly url: string;
}

export interface Cell {
  readonly policy: string;
  readonly finding: Finding;
  readonly evidence: readonly Evidence[];
}

export interface Row {
  readonly aspect: Aspect;
  readonly cells: readonly Cell[];
  /** Whether the policies answer differently (by status). */
  readonly differs: boolean;
}

export interface RowGroup {
  readonly id: AspectGroupId;
  readonly label: string;
  readonly rows: readonly Row[];
}

export function evidenceFor(policy: Pick<Policy, 'slug' | 'clauses'>, finding: Finding): Evidence[] {
  const byId = new Map<string, Clause>(policy.clauses.map((c) => [c.id, c]));
  return finding.clauses.map((id) => {
    const clause = byId.get(id);
    // The parser guarantees this; a failure here means the model was built some other way.
    if (!clause) throw new Error(`Finding "${finding.aspect}" of "${policy.slug}" cites unknown clause "${id}"`);
    return { clause: id, label: clause.label, url: clausePath(policy.slug, id) };
  });
}

export function comparisonRows(policies: readonly Policy[]): Row[] {
  return ASPECTS.map((aspect) => {
    const cells = policies.map((policy) => {
      const finding = policy.findings[aspect.id as AspectId];
      return { policy: policy.slug, finding, evidence: evidenceFor(policy, finding) };
    });
    const differs = new Set(cells.map((c) => c.finding.status)).size > 1;
    return { aspect, cells, differs };
  });
}

export function groupedRows(policies: readonly Policy[]): RowGroup[] {
  const rows = comparisonRows(policies);
  return ASPECT_GROUPS.map((g) => ({ id: g.id, label: g.label, rows: rows.filter((r) => r.aspect.group === g.id) })).filter(
    (g) => g.rows.length > 0,
  );
}

export interface ChecklistItem {
  readonly aspect: Aspect;
  readonly finding: Finding;
  readonly score: number;
  readonly evidence: readonly Evidence[];
}

export interface Checklist {
  readonly items: readonly ChecklistItem[];
  /** Sum of item scores: stated 1, partial 0.5, unclear and not-stated 0. */
  readonly score: number;
  readonly max: number;
}

/** The GDPR Art. 13 disclosure checklist. The rule is documented in docs/findings-rules.md and on /about/. */
export function checklist(policy: Pick<Policy, 'slug' | 'clauses' | 'findings'>): Checklist {
  const items = ASPECTS.filter((a) => a.checklist).map((aspect) => {
    const finding = policy.findings[aspect.id as AspectId];
    return { aspect, finding, score: statusById[finding.status].score, evidence: evidenceFor(policy, finding) };
  });
  return { items, score: items.reduce((n, i) => n + i.score, 0), max: items.length };
}

/** "8.5 of 17" with no trailing ".0". */
export const formatScore = (c: Pick<Checklist, 'score' | 'max'>): string => `${Number(c.score.toFixed(1))} of ${c.max}`;
