/** Every URL the site links to is built here, so links and anchors agree everywhere. */
export const policyPath = (slug: string): string => `/policies/${slug}/`;
export const clausePath = (slug: string, clauseId: string): string => `${policyPath(slug)}#${clauseId}`;
export const topicPath = (topic: string, page = 1): string => (page > 1 ? `/topics/${topic}/${page}/` : `/topics/${topic}/`);
export const comparePath = (page = 1): string => (page > 1 ? `/compare/${page}/` : '/compare/');
export const aspectPath = (aspect: string, page = 1): string => `${comparePath(page)}#${aspect}`;
