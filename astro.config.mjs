// @ts-check
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import searchIndex from './src/integrations/search-index.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import trimHtml from './src/integrations/trim-html.ts';

export default defineConfig({
  // Set SITE_URL when deploying so the open data and the download recipe on /data/ carry absolute URLs.
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  trailingSlash: 'always',
  // Keep authored white space: with 'jsx' compression a line break between
  // text and an inline element disappears ("from<a>the list"), and the HTML-aware
  // one would join the lines of a clause's text, which the page shows as written
  // (white-space: pre-line). The trim-html step removes only indentation.
  compressHTML: false,
  // Every script and stylesheet is an external file, so the Content-Security-Policy
  // can forbid inline code outright ('self' only, no hashes to keep in step).
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx(), searchIndex(), securityHeaders(), trimHtml()],
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
