/**
 * Lighthouse: best practices and SEO at 100 on every page type.
 * Accessibility is axe's, which tests/e2e/quality.test.ts runs on every
 * template in more layouts than Lighthouse would (its category is axe too).
 * Performance is noisy on these machines, so it is measured by
 * `npm run bench`, not asserted here.
 */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { CHECK_ONLY, runLighthouse, withChrome } from '../../scripts/lib/lighthouse.ts';
import { PAGE_TYPES } from '../../scripts/lib/page-types.ts';
import { fixedFontsEnv } from '../support/fonts.ts';

const baseUrl = inject('baseUrl');

let release: () => void;
let port: Promise<number>;
beforeAll(() => {
  // One Chromium for every page type, closed when the file is done.
  port = new Promise((resolvePort) => {
    void withChrome(
      (p) =>
        new Promise<void>((done) => {
          release = done;
          resolvePort(p);
        }),
      fixedFontsEnv(),
    );
  });
});
afterAll(() => release?.());

test.each(Object.entries(PAGE_TYPES))('%s page (%s) scores 100 for best practices and SEO', async (_type, path) => {
  const run = await runLighthouse(`${baseUrl}${path}`, await port, ['best-practices', 'seo'], CHECK_ONLY);
  expect(run.failing).toEqual([]);
  expect(run.scores).toEqual({ 'best-practices': 1, seo: 1 });
});
