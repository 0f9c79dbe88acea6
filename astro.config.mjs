// @ts-check
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import pagefind from './src/integrations/pagefind.ts';

export default defineConfig({
  // Set SITE_URL when deploying so citations and the sitemap carry absolute URLs.
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), pagefind()],
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
});
