/** Every URL the site links to is built here, so links and anchors agree everywhere. */
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
