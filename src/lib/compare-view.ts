/**
 * A view of the comparison: which rows (aspects) and columns (policies) of
 * the table a reader chose to see, kept in the page's URL so that the view
 * can be shared, bookmarked and walked back and forth through history:
 *
 *   /compare/?aspects=legal-bases,retention-period&status=partial,not-stated&cols=matching
 *
 * Pure functions with no DOM: the comparison page's script reads and writes
 * the URL with them, and filters a plain model of the table it reads from the
 * page's data attributes. Unknown or malformed values in a URL are dropped,
 * never an error: a shared link with a typo still opens the table.
 */
import { ASPECT_GROUPS, ASPECTS, FINDING_STATUSES, type AspectGroupId, type AspectId, type FindingStatus } from './taxonomy.ts';

export type Match = 'any' | 'every';

export interface CompareView {
  /** Groups of rows to show; with `aspects`, a row shows when it is in either (neither: every row). */
  readonly groups: readonly AspectGroupId[];
  /** Single rows to show, by aspect id. */
  readonly aspects: readonly AspectId[];
  /** Answers to look for; empty: any answer. */
  readonly status: readonly FindingStatus[];
  /** The policies (columns) to show, by slug; empty: every policy on the page. */
  readonly policies: readonly string[];
  /** With `status`: a row shows when any, or every, policy shown gives one of those answers. */
  readonly match: Match;
  /** Only the rows where the policies shown answer differently. */
  readonly differs: boolean;
  /** With `status`: only the policies that give one of those answers on every row shown. */
  readonly columns: 'all' | 'matching';
}

export const DEFAULT_VIEW: CompareView = {
  groups: [],
  aspects: [],
  status: [],
  policies: [],
  match: 'any',
  differs: false,
  columns: 'all',
};

/** The URL's parameter names, in the order they are written. */
export const VIEW_PARAMS = ['groups', 'aspects', 'status', 'policies', 'match', 'differs', 'cols'] as const;

const GROUP_IDS: readonly string[] = ASPECT_GROUPS.map((g) => g.id);
const ASPECT_IDS: readonly string[] = ASPECTS.map((a) => a.id);
const STATUS_IDS: readonly string[] = FINDING_STATUSES.map((s) => s.id);
/** A policy's slug, as the content schema allows it (src/lib/policy/schema.ts, ID_PATTERN). */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** More policies than a URL sensibly names; the rest are dropped. */
const MAX_POLICIES = 200;

/** The values of a comma-separated (or repeated) parameter that are in `known`, once each, in `known`'s order. */
function known<T extends string>(params: URLSearchParams, name: string, ids: readonly string[]): T[] {
  const given = new Set(
    params
      .getAll(name)
      .flatMap((v) => v.split(','))
      .map((v) => v.trim()),
  );
  return ids.filter((id) => given.has(id)) as T[];
}

/** Reads a view from a query string (`?a=b…`, `a=b…` or URLSearchParams). */
export function parseView(search: string | URLSearchParams): CompareView {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const policies: string[] = [];
  for (const value of params.getAll('policies').flatMap((v) => v.split(','))) {
    const slug = value.trim().toLowerCase();
    if (SLUG.test(slug) && !policies.includes(slug) && policies.length < MAX_POLICIES) policies.push(slug);
  }
  const status = known<FindingStatus>(params, 'status', STATUS_IDS);
  return {
    groups: known<AspectGroupId>(params, 'groups', GROUP_IDS),
    aspects: known<AspectId>(params, 'aspects', ASPECT_IDS),
    status,
    policies,
    match: params.get('match') === 'every' ? 'every' : 'any',
    differs: ['1', 'true', 'yes'].includes(params.get('differs') ?? ''),
    columns: params.get('cols') === 'matching' ? 'matching' : 'all',
  };
}

/**
 * The query string of a view ('' for the whole table, else `?…`), with only
 * what differs from the default, lists in the taxonomy's order: equal views
 * give equal URLs. Commas are left unescaped, as URLSearchParams would not.
 */
export function serializeView(view: CompareView): string {
  const parts: string[] = [];
  const list = (name: string, values: readonly string[], order?: readonly string[]) => {
    const sorted = order ? order.filter((id) => values.includes(id)) : [...new Set(values)];
    if (sorted.length) parts.push(`${name}=${sorted.map(encodeURIComponent).join(',')}`);
  };
  list('groups', view.groups, GROUP_IDS);
  list('aspects', view.aspects, ASPECT_IDS);
  list('status', view.status, STATUS_IDS);
  list(
    'policies',
    view.policies.filter((p) => SLUG.test(p)),
  );
  if (view.status.length && view.match === 'every') parts.push('match=every');
  if (view.differs) parts.push('differs=1');
  if (view.status.length && view.columns === 'matching') parts.push('cols=matching');
  return parts.length ? `?${parts.join('&')}` : '';
}

/** Whether the view leaves out any row of the table (the law and checklist rows, which have no status, then step aside). */
export const narrowsRows = (view: CompareView): boolean =>
  view.groups.length > 0 || view.aspects.length > 0 || view.status.length > 0 || view.differs;

/** The table as the filter sees it: each row's aspect, group and every policy's answer. */
export interface ViewTable {
  readonly policies: readonly string[];
  readonly rows: readonly {
    readonly aspect: string;
    readonly group: string;
    readonly statuses: Readonly<Record<string, FindingStatus>>;
  }[];
}

export interface ViewResult {
  /** The aspects shown, in table order. */
  readonly rows: readonly string[];
  /** The policies shown, in table order. */
  readonly policies: readonly string[];
}

/** Which rows and columns of `table` the view shows. */
export function applyView(view: CompareView, table: ViewTable): ViewResult {
  const chosen = view.policies.length ? table.policies.filter((p) => view.policies.includes(p)) : [...table.policies];
  const wanted = new Set<string>(view.status);
  const hit = (row: ViewTable['rows'][number], policy: string) => wanted.has(row.statuses[policy]!);
  const byRow = view.groups.length > 0 || view.aspects.length > 0;
  let rows = table.rows.filter(
    (r) => !byRow || (view.groups as readonly string[]).includes(r.group) || (view.aspects as readonly string[]).includes(r.aspect),
  );
  if (view.differs) rows = rows.filter((r) => new Set(chosen.map((p) => r.statuses[p])).size > 1);
  let policies = chosen;
  if (wanted.size > 0) {
    // Matching policies answer so to every row chosen, not merely to the rows some policy answers so:
    // "lacks a retention period and a legal basis" is no policy when none lacks the legal basis.
    if (view.columns === 'matching') policies = rows.length ? chosen.filter((p) => rows.every((r) => hit(r, p))) : [];
    rows = rows.filter(
      (r) => policies.length > 0 && (view.match === 'every' ? policies.every((p) => hit(r, p)) : policies.some((p) => hit(r, p))),
    );
  }
  // A table with no column left has no row to show either.
  return { rows: policies.length ? rows.map((r) => r.aspect) : [], policies };
}
