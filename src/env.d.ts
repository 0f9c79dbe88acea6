/** What the site's integrations define for its modules (see src/integrations/search-index.ts). */
interface ImportMetaEnv {
  /** True when the site is being built (`astro build`), which writes the search index; false under `astro dev`, which does not. */
  readonly SEARCH_INDEX_BUILT: boolean;
}
