/** Every URL the site links to is built here, so links and anchors agree everywhere. */
export const policyPath = (slug: string): string => `/policies/${slug}/`;
export const clausePath = (slug: string, clauseId: string): string => `${policyPath(slug)}#${clauseId}`;
export const topicPath = (topic: string): string => `/topics/${topic}/`;
export const aspectPath = (aspect: string): string => `/compare/#${aspect}`;
