/**
 * The facets a reader can narrow a search by: shared by the indexes (built in
 * Node) and the search engine in the browser, so both agree on which facet
 * belongs to a whole policy and which to a single clause.
 */
export const SEARCH_FACETS = ['policy', 'language', 'country', 'topic', 'assessment'] as const;
export type SearchFacet = (typeof SEARCH_FACETS)[number];

/** Facets that hold for a whole policy: the policy index (one page per policy) can be narrowed by them. */
export const POLICY_FACETS = ['policy', 'language', 'country'] as const satisfies readonly SearchFacet[];
/** Facets that belong to a clause: narrowing by them searches the clause index (one record per clause). */
export const CLAUSE_FACETS = ['topic', 'assessment'] as const satisfies readonly SearchFacet[];

/** The value used for a policy that names no country. */
export const NO_COUNTRY = 'none';

/**
 * A filter every record carries, saying which index it belongs to. The browser
 * runs a single Pagefind instance (two instances in one page share Pagefind's
 * WebAssembly memory and corrupt each other), the policy index as its own and
 * the others merged into it when needed, so every search names the records it wants.
 */
export const RECORD_FILTER = 'record';
export const RECORD_VALUE = { policies: 'policy', clauses: 'clause' } as const;

/** Where each index is served from; src/integrations/pagefind.ts writes them. */
export const INDEX_PATHS = { policies: '/pagefind/', clauses: '/pagefind-clauses/' } as const;
export type IndexKind = keyof typeof INDEX_PATHS;
/** A stemmed index of originals in `language`, merged only for a query in `script`. */
export const STEMMED_INDEXES = [{ language: 'ru', script: /\p{Script=Cyrillic}/u }] as const;
export const stemmedIndexPath = (kind: IndexKind, language: string): string => `${INDEX_PATHS[kind].replace(/\/$/, '')}-${language}/`;
/**
 * The clause index is written in parts (see clauseIndexParts in records.ts),
 * all merged when a clause search needs them: part 0 at INDEX_PATHS.clauses,
 * then /pagefind-clauses-part2/, /pagefind-clauses-part3/, …
 */
export const clausePartPath = (part: number): string => (part === 0 ? INDEX_PATHS.clauses : `${INDEX_PATHS.clauses.replace(/\/$/, '')}-part${part + 1}/`);

/**
 * Up to this many policies, the search page offers every policy as a filter;
 * past it (one checkbox per policy would outweigh the rest of the page), it
 * offers the policies in the current results and any named in the address.
 */
export const LISTED_POLICIES_MAX = 16;
