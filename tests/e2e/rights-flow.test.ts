/**
 * From a question to a letter, in Chromium on the built site at 390 and
 * 1280 px: the shopper's task ("does caviar.com.kz sell my data, and how do I
 * get it deleted?") from the home page to a filled, copied letter; the
 * warning before a letter with empty places is copied or e-mailed; the
 * e-mail link's body; "Your rights" in the navigation on a phone; and
 * /law/kz/ on a phone without sideways scrolling.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { loadJurisdictions } from '../../src/lib/jurisdiction/library-fs.ts';
import { FIELD_LABEL } from '../../src/lib/letters/fields.ts';
import { MAILTO_LIMIT, rightsFor } from '../../src/lib/letters/fill.ts';
import { loadTemplates } from '../../src/lib/letters/library-fs.ts';
import { loadLibrary } from '../../src/lib/policy/library-fs.ts';
import { useBrowser } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
const library = loadLibrary({ root: '.' });
const jurisdictions = loadJurisdictions('.');
const templates = loadTemplates('.', jurisdictions);
const site = useBrowser(baseUrl);
const WIDTHS = [
  ['390 px', { width: 390, height: 844 }],
  ['1280 px', { width: 1280, height: 900 }],
] as const;

const caviar = library.find((p) => p.slug === 'caviar-kz')!;
const kz = rightsFor(caviar, jurisdictions, templates)[0]!;
const erasure = kz.letters.find((l) => l.right === 'erasure')!;
const labelOf = (field: keyof typeof FIELD_LABEL) => FIELD_LABEL[field].replace(/^./, (c) => c.toUpperCase());

/** A letter's text as the reader sends it: the hidden passages left out. */
const sent = (letter: Locator) =>
  letter.evaluate((el) => {
    const copy = el.cloneNode(true) as Element;
    for (const hidden of copy.querySelectorAll('[hidden]')) hidden.remove();
    return copy.textContent ?? '';
  });
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

describe.each(WIDTHS)('the shopper’s task at %s', (_name, viewport) => {
  test('from the home page, three actions reach a filled erasure letter (destruction, in Kazakh law), and it copies', async () => {
    const { page, context, errors } = await site.open({ viewport });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    await page.goto(`${baseUrl}/`);
    // Counted: each click and each field typed into is one action; the copy that follows is the task's last step.
    let actions = 0;
    const card = page.locator('li', { has: page.getByRole('heading', { name: caviar.shortName }) });
    await card.getByRole('link', { name: 'Get your data deleted' }).click();
    actions++;
    await expect.poll(() => page.url()).toBe(`${baseUrl}/policies/caviar-kz/rights/#${erasure.id}`);
    const letterCard = page.locator(`#${erasure.id}`);
    // The right is named plainly, with the statute's name beside it.
    expect(await letterCard.locator('h3').textContent()).toBe('Get your data deleted');
    expect(await letterCard.textContent()).toContain(erasure.name);
    expect(erasure.name).toContain('destruction');
    // The fields are inside the letter's card, within a screen of the letter itself.
    const name = letterCard.getByLabel(labelOf('name'));
    await expect.poll(() => name.isVisible()).toBe(true);
    const nameBox = (await name.boundingBox())!;
    expect(nameBox.y, 'the name field is on the first screen of the arrival').toBeLessThan(viewport.height);
    const letterBox = (await letterCard.locator('.letter-original').boundingBox())!;
    expect(letterBox.y - nameBox.y, 'the letter starts within a screen of its fields').toBeLessThan(viewport.height);
    await name.fill('Aigerim Test');
    actions++;
    await letterCard.getByLabel(labelOf('email')).fill('aigerim@example.org');
    actions++;
    expect(actions).toBeLessThanOrEqual(3);
    const letter = letterCard.locator('.letter-original');
    await expect.poll(() => sent(letter)).toContain('Я, Aigerim Test,');
    expect(await sent(letter)).toContain('aigerim@example.org');
    expect(await letter.locator('mark.fill[data-empty]:visible').count()).toBe(0);
    // Copy: no warning, the whole Russian letter with the reader's details on the clipboard.
    await letterCard.getByRole('button', { name: 'Copy the letter' }).click();
    await expect.poll(() => clipboard(page)).toBe(`${erasure.subject.text}\n\n${await sent(letter)}`);
    expect(await letterCard.locator('[data-letter-warning]').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
  });

  test('each card links to all its letters, and the home page’s “Use your rights” door leads to every policy’s letters', async () => {
    const { page } = await site.open({ viewport });
    await page.goto(`${baseUrl}/`);
    const card = page.locator('li', { has: page.getByRole('heading', { name: caviar.shortName }) });
    expect(await card.getByRole('link', { name: 'all letters' }).getAttribute('href')).toBe('/policies/caviar-kz/rights/');
    await page
      .getByRole('link', { name: /Use your rights/ })
      .first()
      .click();
    await expect.poll(() => page.url()).toBe(`${baseUrl}/rights/`);
    await page.waitForLoadState('load');
    for (const p of library)
      await expect.poll(() => page.locator(`a[href="/policies/${p.slug}/rights/"]`).count(), { message: p.slug }).toBeGreaterThan(0);
  });
});

describe('a letter with empty places', () => {
  test('copying warns first, names the empty fields, and lets the reader fill them in or copy it as it is', async () => {
    const { page, context } = await site.open({ viewport: { width: 390, height: 844 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    await page.goto(`${baseUrl}/policies/caviar-kz/rights/`);
    await page.evaluate(() => navigator.clipboard.writeText('untouched'));
    const card = page.locator(`#${erasure.id}`);
    await card.getByRole('button', { name: 'Copy the letter' }).click();
    const warning = card.getByRole('alert');
    await expect.poll(() => warning.isVisible()).toBe(true);
    const text = (await warning.textContent())!;
    expect(text).toContain(labelOf('name'));
    expect(text).toContain(labelOf('email'));
    // An optional detail left empty is out of the letter, so it is not named.
    expect(text).not.toContain(labelOf('order'));
    expect(await clipboard(page), 'nothing is copied before the reader decides').toBe('untouched');
    // "Fill them in" brings the fields into this letter and the cursor to the first empty one.
    await warning.getByRole('button', { name: 'Fill them in' }).click();
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('name');
    expect(await page.evaluate(() => document.activeElement?.closest('.letter-card')?.id)).toBe(erasure.id);
    expect(await warning.isVisible()).toBe(false);
    // Going on anyway copies the letter with its places marked in Russian, never the form's English.
    await card.getByLabel(labelOf('name')).fill('Aigerim Test');
    await card.getByRole('button', { name: 'Copy the letter' }).click();
    await expect.poll(() => warning.textContent()).toContain(labelOf('email'));
    expect(await warning.textContent()).not.toContain(labelOf('name'));
    await warning.getByRole('button', { name: 'Copy it as it is' }).click();
    await expect.poll(() => clipboard(page)).toContain('Aigerim Test');
    const copied = await clipboard(page);
    expect(copied).toContain(`[${kz.template.fields.email}]`);
    expect(copied).not.toContain(`[${FIELD_LABEL.email}]`);
  });

  test('e-mailing warns first too, and the page stays put until the reader decides', async () => {
    const { page } = await site.open();
    await page.goto(`${baseUrl}/policies/caviar-kz/rights/`);
    const card = page.locator(`#${erasure.id}`);
    await card.locator('.letter-actions [data-letter-action="mail"]').click();
    const warning = card.getByRole('alert');
    await expect.poll(() => warning.isVisible()).toBe(true);
    expect(await warning.getByRole('button', { name: 'E-mail it as it is' }).count()).toBe(1);
    expect(page.url()).toBe(`${baseUrl}/policies/caviar-kz/rights/`);
  });
});

describe('filling in a detail', () => {
  test('a detail typed with its own full stop does not double the letter’s, in the letter and in its copy', async () => {
    const rectification = kz.letters.find((l) => l.right === 'rectification')!;
    const { page } = await site.open();
    await page.goto(`${baseUrl}/policies/caviar-kz/rights/#${rectification.id}`);
    const card = page.locator(`#${rectification.id}`);
    await card.getByLabel(labelOf('details')).fill('мой адрес: Алматы, ул. Абая, 1.');
    const text = await sent(card.locator('.letter-original'));
    expect(text).toContain('ул. Абая, 1.');
    expect(text).not.toContain('1..');
  });
});

describe('the e-mail link', () => {
  test('carries the whole letter as filled when it fits, and says nothing about pasting', async () => {
    const latvian = library.find((p) => p.slug === 'latvian-shop-lv')!;
    const letter = rightsFor(latvian, jurisdictions, templates)[0]!.letters.find((l) => l.right === 'withdraw-consent')!;
    const { page } = await site.open();
    await page.goto(`${baseUrl}/policies/latvian-shop-lv/rights/#${letter.id}`);
    const card = page.locator(`#${letter.id}`);
    await card.getByLabel(labelOf('name')).fill('Anna Test');
    const text = await sent(card.locator('.letter-original'));
    expect(text).toContain('Anna Test');
    const href = (await card.locator('.letter-actions [data-letter-action="mail"]').getAttribute('href'))!;
    expect(href.length).toBeLessThanOrEqual(MAILTO_LIMIT);
    const mail = new URL(href);
    expect(mail.searchParams.get('subject')).toBe(letter.subject.text);
    expect(mail.searchParams.get('body')?.replace(/\r\n/g, '\n')).toBe(text);
    expect(await card.locator('[data-mail-note]').isVisible()).toBe(false);
  });

  test('when the letter does not fit, says so, and the e-mail button copies the letter before opening the e-mail', async () => {
    const { page, context } = await site.open();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    await page.goto(`${baseUrl}/policies/caviar-kz/rights/#${erasure.id}`);
    const card = page.locator(`#${erasure.id}`);
    await card.getByLabel(labelOf('name')).fill('Aigerim Test');
    await card.getByLabel(labelOf('email')).fill('aigerim@example.org');
    const link = card.locator('.letter-actions [data-letter-action="mail"]');
    const mail = new URL((await link.getAttribute('href'))!);
    expect(mail.pathname).toBe('info@caviar.com.kz');
    expect(mail.searchParams.get('subject')).toBe(erasure.subject.text);
    expect(mail.searchParams.has('body')).toBe(false);
    expect(await card.locator('[data-mail-note]').isVisible()).toBe(true);
    expect(await card.locator('[data-mail-note]').textContent()).toContain('too long');
    // The mail program itself is outside the page: only the copy the button makes first is checked.
    await link.click({ noWaitAfter: true });
    await expect.poll(() => clipboard(page)).toBe(`${erasure.subject.text}\n\n${await sent(card.locator('.letter-original'))}`);
    await expect.poll(() => page.locator('#announcer').textContent()).toContain('paste it into the e-mail');
  });
});

describe('the navigation', () => {
  test('at 390 px the header is one compact row with a Menu, and "Your rights" is in it', async () => {
    const { page } = await site.open({ viewport: { width: 390, height: 844 } });
    await page.goto(`${baseUrl}/`);
    const header = (await page.locator('.site-header').boundingBox())!;
    expect(header.height, 'the header leaves the screen to the page').toBeLessThan(130);
    const rights = page.locator('.site-nav').getByRole('link', { name: 'Your rights' });
    expect(await rights.isVisible()).toBe(false);
    const menu = page.getByRole('button', { name: 'Menu' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await rights.click();
    await expect.poll(() => page.url()).toBe(`${baseUrl}/rights/`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Use your rights');
    // Escape folds the menu back, focus on its button.
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.locator('.site-nav a').first().focus();
    await page.keyboard.press('Escape');
    expect(await page.getByRole('button', { name: 'Menu' }).getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('menu-button'))).toBe(true);
  });

  test('at 1280 px the navigation shows, "Your rights" included, with no Menu button', async () => {
    const { page } = await site.open({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${baseUrl}/rights/`);
    expect(await page.getByRole('button', { name: 'Menu' }).isVisible()).toBe(false);
    const rights = page.locator('.site-nav').getByRole('link', { name: 'Your rights' });
    expect(await rights.isVisible()).toBe(true);
    expect(await rights.getAttribute('aria-current')).toBe('page');
  });

  test('without JavaScript at 390 px the navigation is simply there, and the letters are text', async () => {
    const { page } = await site.open({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    await page.goto(`${baseUrl}/`);
    expect(await page.getByRole('button', { name: 'Menu' }).isVisible()).toBe(false);
    expect(await page.locator('.site-nav').getByRole('link', { name: 'Your rights' }).isVisible()).toBe(true);
    await page.goto(`${baseUrl}/policies/caviar-kz/rights/#${erasure.id}`);
    expect(await page.locator(`#${erasure.id} .letter-original`).textContent()).toContain(kz.template.articles[erasure.article!]!.text);
    expect(await page.locator('.letter-fields').isVisible()).toBe(false);
    expect(await page.locator('[data-letter-action="fill"]').first().isVisible()).toBe(false);
  });
});

describe('/law/kz/ at 390 px', () => {
  test('does not scroll sideways, and no text is cut at the edge: the rules are cards, long addresses wrap', async () => {
    const { page } = await site.open({ viewport: { width: 390, height: 844 } });
    await page.goto(`${baseUrl}/law/kz/`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const overflowing = await page.evaluate(() =>
      [...document.querySelectorAll('main *')]
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.width > 1 && r.height > 0 && (r.right > innerWidth + 0.5 || r.left < -0.5);
        })
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
    );
    expect(overflowing).toEqual([]);
    // Each point of the rules reads as a card, this law's rule and the EU's each under its own label.
    const cell = page.locator('#rules tbody tr').first().locator('td').first();
    expect(await cell.evaluate((td) => getComputedStyle(td).display)).toBe('block');
    expect(await cell.evaluate((td) => getComputedStyle(td, '::before').content)).toBe('"Kazakhstan"');
  });
});

test('no rights page and no law page scrolls sideways at 390 px', async () => {
  const { page } = await site.open({ viewport: { width: 390, height: 844 } });
  const paths = [
    '/rights/',
    '/law/',
    ...library.map((p) => `/policies/${p.slug}/rights/`),
    ...[...jurisdictions.keys()].map((id) => `/law/${id}/`),
  ];
  const wide: string[] = [];
  for (const path of paths) {
    await page.goto(`${baseUrl}${path}`);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 390) wide.push(`${path} ${width}`);
  }
  expect(wide).toEqual([]);
});
