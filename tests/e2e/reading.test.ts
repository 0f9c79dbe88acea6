/**
 * The reading experience in Chromium, at phone and desktop sizes: reading
 * modes and their memory, copy link and cite, keyboard reading, arrival by
 * #id and by text fragment, the outline, the theme, print, and a page that is
 * complete without JavaScript.
 */
import { describe, expect, inject, test } from 'vitest';
import { loadLibrary } from '../../src/lib/policy/library-fs.ts';
import { DESKTOP, PHONE, useBrowser } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
const library = loadLibrary({ root: '.' });
const clsmart = library.find((p) => p.slug === 'clsmart-cz')!;
const page1 = `${baseUrl}/policies/clsmart-cz/`;
const site = useBrowser(baseUrl);

const sizes = [
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const;

describe.each(sizes)('at %s size', (_name, viewport) => {
  test('reading modes switch, are remembered on the device, and set no cookie', async () => {
    const { page, context, errors } = await site.open({ viewport });
    await page.goto(page1);
    const firstPolicyClause = clsmart.clauses.find((c) => c.kind === 'policy')!;
    const original = page.locator(`[id="${firstPolicyClause.id}"] .clause-original`);
    const translation = page.locator(`[id="${firstPolicyClause.id}"] .clause-translation`);
    expect(await original.isVisible()).toBe(true);
    expect(await translation.isVisible()).toBe(true);

    await page.getByRole('radio', { name: 'English only' }).check();
    expect(await original.isVisible()).toBe(false);
    expect(await translation.isVisible()).toBe(true);
    await page.reload();
    expect(await original.isVisible()).toBe(false);
    expect(await page.getByRole('radio', { name: 'English only' }).isChecked()).toBe(true);

    await page.getByRole('radio', { name: 'Czech only' }).check();
    expect(await original.isVisible()).toBe(true);
    expect(await translation.isVisible()).toBe(false);
    await page.getByRole('checkbox', { name: 'Notes' }).uncheck();
    expect(await page.locator(`[id="${firstPolicyClause.id}"] .clause-margin`).isVisible()).toBe(false);
    await page.reload();
    expect(await page.getByRole('checkbox', { name: 'Notes' }).isChecked()).toBe(false);
    expect(await translation.isVisible()).toBe(false);

    await page.getByRole('radio', { name: 'Side by side' }).check();
    await page.getByRole('checkbox', { name: 'Notes' }).check();
    expect(await original.isVisible()).toBe(true);
    expect(await translation.isVisible()).toBe(true);
    const stored = await page.evaluate(() => Object.keys(localStorage));
    expect(stored.every((k) => k.startsWith('pip:'))).toBe(true);
    expect(await context.cookies()).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('every clause gets its copy and cite buttons, named after the clause, without moving the page', async () => {
    const { page, errors } = await site.open({ viewport });
    await page.goto(page1);
    await expect.poll(() => page.locator('[data-clause] button[data-action="cite"]').count()).toBe(clsmart.clauses.length);
    expect(await page.locator('[data-clause] button[data-action="copy-link"]').count()).toBe(clsmart.clauses.length);
    for (const clause of [clsmart.clauses.find((c) => c.kind === 'policy')!, clsmart.clauses.find((c) => c.kind === 'heading')!]) {
      const buttons = page.locator(`[id="${clause.id}"] > .clause-head > .clause-actions`);
      const copy = buttons.getByRole('button', { name: 'Copy link' });
      const cite = buttons.getByRole('button', { name: 'Cite' });
      // A heading clause's buttons carry its label in their names; the others are described by the margin heading.
      const named = async (button: typeof copy) =>
        `${await button.evaluate((b) => b.getAttribute('aria-label') ?? '')} ${await button.evaluate((b) => document.getElementById(b.getAttribute('aria-describedby') ?? '')?.textContent?.trim() ?? '')}`;
      expect(await named(copy)).toContain(clause.label);
      expect(await named(cite)).toContain(clause.label);
      expect(await cite.getAttribute('aria-haspopup')).toBe('dialog');
    }
    // The line that receives the buttons is already as tall as they are, so adding them shifts nothing.
    const heights = await page.evaluate(() => {
      const line = document.querySelector<HTMLElement>('[data-clause] > .clause-head > .clause-actions')!;
      const withButtons = line.getBoundingClientRect().height;
      const buttons = [...line.querySelectorAll('button')];
      buttons.forEach((b) => b.remove());
      const without = line.getBoundingClientRect().height;
      line.append(...buttons);
      return { withButtons, without };
    });
    expect(heights.without).toBe(heights.withButtons);
    expect(errors).toEqual([]);
  });

  test('copy link puts the clause URL on the clipboard and says so', async () => {
    const { page, context, errors } = await site.open({ viewport });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    await page.goto(page1);
    const id = 'transfers-china-singapore';
    const button = page.locator(`[id="${id}"] button[data-action="copy-link"]`);
    await button.click();
    await expect.poll(() => button.textContent()).toBe('Link copied ✓');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseUrl}/policies/clsmart-cz/#${id}`);
    await expect.poll(() => page.locator('#announcer').textContent()).toContain('copied');
    expect(errors).toEqual([]);
  });

  test('cite gives a ready citation with policy, owner, clause id and label, URL and dates, the source’s hash and raw text, what is known of its capture, and how the English was made', async () => {
    const { page, context, errors } = await site.open({ viewport });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    await page.goto(page1);
    const clause = clsmart.clauses.find((c) => c.id === 'transfers-china-singapore')!;
    await page.locator(`[id="${clause.id}"] button[data-action="cite"]`).click();
    const dialog = page.getByRole('dialog', { name: /Cite/ });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const text = await dialog.locator('textarea').inputValue();
    for (const part of [
      clsmart.shortName,
      clsmart.title,
      clsmart.originalTitle,
      clause.label,
      `[${clause.id}]`,
      `${baseUrl}/policies/clsmart-cz/#${clause.id}`,
      'accessed ',
    ])
      expect(text).toContain(part);
    // The source: its hash (as sources/SHA256SUMS records it), where the raw text is, the address the text names, and no capture date.
    expect(text).toContain(
      `Source text 001_2c31ca6f0ba12496.txt, SHA-256 09844f87400659a26f6cbb0f0023e9137c154485494f80ff7c25d8d4ab592506, ${baseUrl}/sources/001_2c31ca6f0ba12496.txt;`,
    );
    expect(text).toContain('; address named in the text: www.clsmart.com; capture date not recorded.');
    expect(text).toContain(
      'English translation and notes drafted and reviewed by AI models; not yet reviewed by a professional translator or lawyer.',
    );
    expect(text).not.toContain('captured from');
    await dialog.getByRole('button', { name: 'Copy citation' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    await page.keyboard.press('Escape');
    expect(await dialog.isVisible()).toBe(false);
    expect(errors).toEqual([]);
  });

  test('a text-fragment link lands on and marks the clause that holds the text', async () => {
    const { page, errors } = await site.open({ viewport });
    await page.goto(`${page1}#:~:text=${encodeURIComponent('Singapuru')}`);
    const clause = page.locator('[id="transfers-china-singapore"]');
    await expect.poll(() => clause.evaluate((el) => el.classList.contains('is-arrival'))).toBe(true);
    const box = await clause.boundingBox();
    expect(box!.y).toBeLessThan(viewport.height);
    expect(box!.y + box!.height).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});

test('keyboard reading: j and k move between clauses, ? opens the help, typing in search is left alone', async () => {
  const { page, errors } = await site.open();
  await page.goto(page1);
  const ids = clsmart.clauses.map((c) => c.id);
  await page.keyboard.press('j');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(ids[0]);
  await page.keyboard.press('j');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(ids[1]);
  expect(new URL(page.url()).hash).toBe(`#${ids[1]}`);
  await page.keyboard.press('k');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(ids[0]);

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect.poll(() => help.isVisible()).toBe(true);
  await page.keyboard.press('Escape');
  expect(await help.isVisible()).toBe(false);

  await page.locator('#site-search-input').focus();
  await page.keyboard.type('jk?');
  expect(await page.locator('#site-search-input').inputValue()).toBe('jk?');
  expect(await help.isVisible()).toBe(false);
  expect(new URL(page.url()).hash).toBe(`#${ids[0]}`);
  expect(errors).toEqual([]);
});

test('the outline shows the section being read', async () => {
  const { page } = await site.open({ viewport: DESKTOP });
  await page.goto(page1);
  // The longest section, so that it fills the top of the screen once scrolled to.
  const section = [...clsmart.sections].sort((a, b) => b.clauses.length - a.clauses.length)[0]!;
  await page.locator(`[id="${section.id}"]`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  const link = page.locator(`.outline-wide a[href="#${section.id}"]`);
  await expect.poll(() => link.getAttribute('aria-current'), { timeout: 5000 }).toBe('location');
  expect(await page.locator('.outline-wide a[aria-current]').count()).toBe(1);
});

test('the compact outline on a phone lists every section', async () => {
  const { page } = await site.open({ viewport: PHONE });
  await page.goto(page1);
  expect(await page.locator('.outline-wide').isVisible()).toBe(false);
  await page.locator('.outline-compact summary').click();
  // The list of sections; under it, links to the part after the clauses and to the top.
  const hrefs = await page.locator('.outline-compact ol a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs).toEqual(clsmart.sections.map((s) => `#${s.id}`));
});

test('the theme follows the system and can be chosen, and is remembered', async () => {
  const { page } = await site.open({ colorScheme: 'dark' });
  await page.goto(`${baseUrl}/`);
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const dark = await background();
  await page.getByRole('combobox', { name: 'Colour theme' }).selectOption('light');
  const light = await background();
  expect(light).not.toBe(dark);
  await page.goto(`${baseUrl}/compare/`);
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
  expect(await background()).toBe(light);
});

test('print hides navigation, search and reading controls, and keeps clause ids', async () => {
  const { page } = await site.open();
  await page.goto(page1);
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.site-nav', 'site-search', '.reading-toolbar', '.outline-wide', '.theme-pick'])
    expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
  expect(await page.locator('.clause-permalink').first().isVisible()).toBe(true);
});

test('with JavaScript off the page is complete, and shows no control that would not work', async () => {
  const { page } = await site.open({ javaScriptEnabled: false });
  await page.goto(page1);
  expect(await page.locator('[data-clause]').count()).toBe(clsmart.clauses.length);
  const last = clsmart.clauses.at(-1)!;
  expect(await page.locator(`[id="${last.id}"] .clause-translation`).isVisible()).toBe(true);
  for (const selector of ['.reading-toolbar', '.theme-pick', 'button[data-action="copy-link"]', 'button[data-action="cite"]'])
    expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
  expect(await page.locator('.clause-permalink').first().isVisible()).toBe(true);
  await page.goto(`${page1}#${last.id}`);
  expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(last.id);
});
