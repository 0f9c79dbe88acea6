/**
 * Every URL built from data (a slug, an id, a page number) is built here, so links and anchors agree everywhere;
 * only the fixed top-level paths of the navigation are written where they are linked.
 */
export const policyPath = (slug: string): string => `/policies/${slug}/`;
export const clausePath = (slug: string, clauseId: string): string => `${policyPath(slug)}#${clauseId}`;
/**
 * Page `n` of a listing split into numbered pages (src/lib/pagination.ts)
 * whose first page is `base`: `/compare/` → `/compare/2/`, `/topics/retention/`
 * → `/topics/retention/2/`; the home page's list continues at `/policies/page/2/`.
 */
export function listingPath(base: string, n = 1): string {
  if (n <= 1) return base;
  return base === '/' ? `/policies/page/${n}/` : `${base}${n}/`;
}
export const topicPath = (topic: string, page = 1): string => listingPath(`/topics/${topic}/`, page);
export const comparePath = (page = 1): string => listingPath('/compare/', page);
export const aspectPath = (aspect: string, page = 1): string => `${comparePath(page)}#${aspect}`;

/** The pages of the law layer. */
export const lawIndexPath = (): string => '/law/';
export const jurisdictionPath = (id: string): string => `/law/${id}/`;
/** Every policy under a jurisdiction, in numbered pages, when there are more than its page lists (src/lib/pagination.ts). */
export const lawPoliciesPath = (id: string, page = 1): string => listingPath(`${jurisdictionPath(id)}policies/`, page);
export const lawAnchor = (lawId: string): string => `law-${lawId}`;
/** A law's entry on its jurisdiction's page: a law id starts with its jurisdiction's (src/lib/jurisdiction/schema.ts). */
export const lawPath = (lawId: string): string => `${jurisdictionPath(lawId.slice(0, lawId.indexOf('-')))}#${lawAnchor(lawId)}`;
export const rightsPath = (slug: string): string => `/policies/${slug}/rights/`;

/** The open data's files (src/lib/exports.ts). */
export const policyDataPath = (slug: string): string => `/data/policies/${slug}.json`;
export const JURISDICTIONS_DATA_PATH = '/data/jurisdictions.json';
/** A part of the comparison CSV: `comparison`, `comparison-1`… */
export const comparisonCsvPath = (name: string): string => `/data/${name}.csv`;
