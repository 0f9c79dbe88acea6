/**
 * The researcher's task, "download all the data and check it", walked in
 * Chromium on a phone and a laptop: from the home page to /data/ by the site's
 * navigation, the recipe shown there naming the site the reader is on (no line
 * to edit), copied with its button exactly as shown, and run as copied with
 * bash: it fetches every policy and verifies every file.
 * tests/site/open-data-recipe.test.ts checks the page as sent, before scripts.
 */
import { describe, expect, inject, test } from 'vitest';
import { expectRecipeVerifiesEveryPolicy } from '../support/open-data-recipe.ts';
import { useBrowser } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
const site = useBrowser(baseUrl);

describe.each([
  { name: 'phone', viewport: { width: 390, height: 844 } },
  { name: 'laptop', viewport: { width: 1280, height: 900 } },
])('on a $name ($viewport.width px)', ({ viewport }) => {
  test('a researcher reaches /data/ from the home page, copies the recipe as shown, and it verifies every file', async () => {
    const { page, context, errors, foreignRequests } = await site.open({ viewport });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    await page.goto(`${baseUrl}/`);
    // On a phone the site's navigation sits behind the header's Menu button: one more action.
    const menu = page.getByRole('button', { name: 'Menu' });
    if (viewport.width < 768)
      await menu.click(); // the Menu shows below 48rem
    else expect(await menu.isVisible()).toBe(false);
    const link = page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Data' });
    await expect.poll(() => link.isVisible()).toBe(true);
    await link.click();
    await page.waitForURL(`${baseUrl}/data/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Open data');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

    // The commands name the site the reader is on: nothing to edit before running them.
    const commands = page.getByRole('region', { name: 'Commands that fetch and check the corpus' });
    const origin = new URL(baseUrl).origin;
    await expect.poll(async () => (await commands.innerText()).split('\n')[0]).toBe(`site='${origin}'`);
    const shown = await commands.innerText();
    expect(shown).not.toContain('<this site>');

    const copy = page.getByRole('button', { name: 'Copy the commands' });
    expect(await copy.isVisible()).toBe(true);
    const box = (await copy.boundingBox())!;
    expect(Math.min(box.width, box.height), 'target size').toBeGreaterThanOrEqual(24);
    await copy.click();
    await expect.poll(() => page.locator('#announcer').textContent()).toContain('Commands copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(shown.trimEnd());

    await expectRecipeVerifiesEveryPolicy(copied, 'dist');
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});
