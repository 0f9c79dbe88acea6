/** axe-core over a page in the browser, WCAG 2.2 A and AA: the one accessibility check every browser test uses. */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** The page's violations, one line each (rule, impact, help, up to three targets). */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
}

/** The widths every template is checked at: a laptop, and a phone (tests/support/browser.ts's PHONE). */
export const AXE_VIEWPORTS = [
  { name: '1280', size: { width: 1280, height: 900 } },
  { name: '390', size: { width: 390, height: 844 } },
] as const;

/**
 * axe on the page as loaded, in light and dark at each of AXE_VIEWPORTS,
 * switching scheme and width in place (one load, four layouts); keyed
 * `light 1280`, `dark 390` and so on, each with its violations. The page is
 * left in the light scheme at the first width.
 */
export async function axeInEveryLayout(page: Page): Promise<Record<string, string[]>> {
  const results: Record<string, string[]> = {};
  for (const { name, size } of AXE_VIEWPORTS) {
    await page.setViewportSize(size);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      // Let the new layout paint before axe measures it (its contrast and target-size rules read the rendered boxes).
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      results[`${colorScheme} ${name}`] = await axeViolations(page);
    }
  }
  await page.setViewportSize(AXE_VIEWPORTS[0].size);
  await page.emulateMedia({ colorScheme: 'light' });
  return results;
}

/** What axeInEveryLayout returns for a page with no violations, to compare against. */
export const NO_VIOLATIONS_IN_ANY_LAYOUT: Record<string, string[]> = Object.fromEntries(
  AXE_VIEWPORTS.flatMap(({ name }) => (['light', 'dark'] as const).map((scheme) => [`${scheme} ${name}`, [] as string[]])),
);
