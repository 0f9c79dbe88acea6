import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/relevance/**/*.test.ts'], environment: 'node' },
      },
      {
        // Checks over the built site in dist/ that need no browser.
        test: { name: 'site', include: ['tests/site/**/*.test.ts'], environment: 'node', testTimeout: 120_000 },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 60_000,
          // One Chromium at a time: the CI machine has two cores.
          fileParallelism: false,
          // A busy two-core machine can take more than the default second to repaint.
          expect: { poll: { timeout: 10_000, interval: 50 } },
        },
      },
      {
        // Astro itself run on changed content in a temporary copy: the dev server's reload, the build's errors.
        test: {
          name: 'authoring',
          include: ['tests/authoring/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
      {
        // A synthetic library larger than every listing's page, built into a temporary copy.
        test: {
          name: 'scale',
          include: ['tests/scale/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/scale/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          expect: { poll: { timeout: 10_000, interval: 50 } },
        },
      },
    ],
  },
});
