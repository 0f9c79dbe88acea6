/** One page of each kind the site has, for Lighthouse, the benchmark and the screenshots. */
export const PAGE_TYPES = {
  home: '/',
  policy: '/policies/latvian-shop-lv/',
  compare: '/compare/',
  topic: '/topics/retention/',
  search: '/search/',
  about: '/about/',
  data: '/data/',
} as const;
