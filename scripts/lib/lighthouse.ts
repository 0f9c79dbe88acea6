/** Lighthouse against the built site, in Debian's Chromium, with the same network-quiet flags as the tests. */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Flags } from 'lighthouse';
import { CHROMIUM_PATH, QUIET_FLAGS } from './chromium.ts';

export const CHROME_FLAGS = ['--headless=new', ...QUIET_FLAGS];

export interface LighthouseRun {
  scores: Record<string, number | null>;
  /** Audits that lost points, for the failure message. */
  failing: string[];
  lhr: Awaited<ReturnType<typeof lighthouse>> extends infer R ? (R extends { lhr: infer L } ? L : never) : never;
}

/** Runs fn with a Chromium for Lighthouse on the given port; env, if given, is the browser's environment. */
export async function withChrome<T>(fn: (port: number) => Promise<T>, env?: Record<string, string>): Promise<T> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROME_FLAGS, ...(env ? { envVars: env } : {}) });
  try {
    return await fn(chrome.port);
  } finally {
    await chrome.kill();
  }
}

/** Extra settings for a run that only checks scores: no full-page screenshot, which serves only the report. */
export const CHECK_ONLY: Flags = { disableFullPageScreenshot: true };

/** Lighthouse on url in the Chromium at port, for the given categories; flags add to the defaults. */
export async function runLighthouse(url: string, port: number, categories: string[], flags: Flags = {}): Promise<LighthouseRun> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: categories, ...flags });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  const scores = Object.fromEntries(Object.entries(lhr.categories).map(([id, c]) => [id, c.score]));
  const failing: string[] = [];
  for (const [id, category] of Object.entries(lhr.categories))
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (audit && ref.weight > 0 && audit.score !== null && audit.score < 1) failing.push(`${id}: ${ref.id} — ${audit.title}`);
    }
  return { scores, failing, lhr: lhr as LighthouseRun['lhr'] };
}
