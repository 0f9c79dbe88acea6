/**
 * Real Chromium (Debian's /usr/bin/chromium) driven by Playwright, with every
 * request, console error and page error recorded so tests can assert that
 * nothing leaves localhost and nothing breaks.
 */
import { afterAll, beforeAll, onTestFinished } from 'vitest';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { CHROMIUM_PATH, LOCAL_ONLY_FLAG, QUIET_FLAGS } from '../../scripts/lib/chromium.ts';
import { fixedFontsEnv } from './fonts.ts';

export { CHROMIUM_PATH };
export const PHONE = { width: 390, height: 844 } as const;
export const DESKTOP = { width: 1440, height: 900 } as const;

/** Chromium for the tests, rendering with the project's fixed fonts (tests/support/fonts.conf). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', ...QUIET_FLAGS, LOCAL_ONLY_FLAG],
    env: fixedFontsEnv(),
  });
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** URLs of requests to any host but the local server. */
  foreignRequests: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

async function openPage(browser: Browser, baseUrl: string, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: DESKTOP, ...options });
  const origin = new URL(baseUrl).origin;
  const foreignRequests: string[] = [];
  const errors: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, context, foreignRequests, errors };
}

export interface BrowserSession {
  /**
   * A fresh context and page on the site, watched for foreign requests and
   * errors; the context is closed when the calling test finishes, pass or fail.
   * A concurrent test passes its own context's `onTestFinished`, which
   * Vitest requires there.
   */
  open(options?: BrowserContextOptions, finished?: typeof onTestFinished): Promise<WatchedPage>;
}

/**
 * One Chromium for the whole test file: launched before its first test and
 * closed after its last, so a file declares `const site = useBrowser(baseUrl)`
 * and each test calls `site.open()`.
 */
export function useBrowser(baseUrl: string): BrowserSession {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    async open(options = {}, finished = onTestFinished) {
      if (!browser) throw new Error('useBrowser: the browser is not running (call open() inside a test)');
      const watched = await openPage(browser, baseUrl, options);
      finished(() => watched.context.close());
      return watched;
    },
  };
}
