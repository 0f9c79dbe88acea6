/**
 * Lighthouse: accessibility, best practices and SEO at 100 on every page
 * type. Performance is noisy on these machines, so it is measured by
 * `npm run bench`, not asserted here.
 */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { runLighthouse, withChrome } from '../../scripts/lib/lighthouse.ts';
import { PAGE_TYPES } from '../../scripts/lib/page-types.ts';

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
    );
  });
});
afterAll(() => release?.());

test.each(Object.entries(PAGE_TYPES))('%s page (%s) scores 100 for accessibility, best practices and SEO', async (_type, path) => {
  const run = await runLighthouse(`${baseUrl}${path}`, await port, ['accessibility', 'best-practices', 'seo']);
  expect(run.failing).toEqual([]);
  expect(run.scores).toEqual({ accessibility: 1, 'best-practices': 1, seo: 1 });
});
