/**
 * The policy page read at a glance, in Chromium on the built site at 390 and
 * 1280 px: the journalist's and the lawyer's tasks from the UX review reach
 * their answers; the original and the English are equal columns; a note
 * shows its first sentence and folds the rest, opened when its clause is the
 * target; Copy link and Cite sit at the clause's top; At a glance names its
 * clause links by the policy's own numbers or labels, in 24 px targets; the
 * phone's Contents names the section being read; and a link to a deep clause
 * lands exactly on it although clauses off screen are not rendered.
 */
import { describe, expect, inject, test } from 'vitest';
import { loadJurisdictions } from '../../src/lib/jurisdiction/library-fs.ts';
import { authoritiesFor, jurisdictionsOf } from '../../src/lib/law.ts';
import { loadLibrary } from '../../src/lib/policy/library-fs.ts';
import { PHONE, useBrowser } from '../support/browser.ts';
import type { Page } from 'playwright-core';

const baseUrl = inject('baseUrl');
const library = loadLibrary({ root: '.' });
const jurisdictions = loadJurisdictions('.');
const site = useBrowser(baseUrl);
const policy = (slug: string) => library.find((p) => p.slug === slug)!;
const WIDE = { width: 1280, height: 900 } as const;

/** How far a clause's top is from where a link puts it: the page's scroll padding and the clause's scroll margin (clear of the sticky toolbar). */
const landingError = (page: Page, id: string) =>
  page.evaluate((id) => {
    const el = document.getElementById(id)!;
    const want = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) + parseFloat(getComputedStyle(el).scrollMarginTop);
    return el.getBoundingClientRect().top - want;
  }, id);

describe.each([
  ['phone', PHONE],
  ['desktop', WIDE],
] as const)('at %s size', (name, viewport) => {
  test('the journalist: arriving from a search for “China”, the Czech original is on screen beside the English, and the link is copied from the clause’s top', async () => {
    const { page, context, errors } = await site.open({ viewport });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    const id = 'transfers-china-singapore';
    const clause = policy('clsmart-cz').clauses.find((c) => c.id === id)!;
    await page.goto(`${baseUrl}/policies/clsmart-cz/?highlight=China#${id}`);
    const el = page.locator(`[id="${id}"]`);
    const original = el.locator('.clause-original [lang="cs"]');
    await expect.poll(() => original.textContent()).toBe(clause.original);
    // The original starts on the first screen, and the Copy link button is above it, not after the notes.
    const copy = el.getByRole('button', { name: 'Copy link' });
    await expect.poll(async () => (await copy.boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(0);
    const copyBox = (await copy.boundingBox())!;
    const originalBox = (await original.boundingBox())!;
    expect(copyBox.y + copyBox.height).toBeLessThanOrEqual(originalBox.y);
    expect(originalBox.y).toBeLessThan(viewport.height);
    await copy.click();
    // Found by what it does, not by its name, which the confirmation changes.
    await expect.poll(() => el.locator('button[data-action="copy-link"]').textContent()).toBe('Link copied ✓');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseUrl}/policies/clsmart-cz/#${id}`);
    expect(errors).toEqual([]);
  });

  test('the lawyer: the Albanian-language shop’s first screen names the possible laws and where to complain', async () => {
    const { page } = await site.open({ viewport });
    const albanian = policy('albanian-shop-sq');
    await page.goto(`${baseUrl}/policies/albanian-shop-sq/`);
    const panel = page.locator('.law-panel');
    expect((await panel.boundingBox())!.y).toBeLessThan(viewport.height);
    const text = (await panel.textContent()) ?? '';
    expect(text).toContain('The policy does not say where the shop is');
    const applying = jurisdictionsOf(albanian, jurisdictions);
    expect(applying.map((a) => a.jurisdiction.name)).toEqual(['Albania', 'Kosovo', 'North Macedonia']);
    for (const { jurisdiction } of applying) expect(text).toContain(jurisdiction.name);
    expect(text).toContain('Complain to:');
    for (const { authority } of authoritiesFor(albanian, jurisdictions)) expect(text).toContain(authority.name);
  });

  test('a note leads with its first sentence and folds the rest, which opens when its clause is the link’s target', async () => {
    const { page } = await site.open({ viewport });
    await page.goto(`${baseUrl}/policies/latvian-shop-lv/`);
    const clause = page.locator('[id="s6-processors"]');
    await clause.scrollIntoViewIfNeeded();
    const lead = clause.locator('.note-lead');
    expect(await lead.isVisible()).toBe(true);
    expect((await lead.textContent())?.trim()).toBe(
      'Your data goes to service providers acting for the shop: data centres, support services, delivery services, cloud storage providers "etc.".',
    );
    const more = clause.locator('.note-more');
    expect(await more.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    // The second sentence of the note is in the fold, hidden until it is opened.
    const rest = more.getByText('Only the data needed for a task is passed on', { exact: false });
    expect(await rest.isVisible()).toBe(false);
    expect(await more.locator('summary').textContent()).toContain('translator’s note');

    // Followed as a link (hashchange), the clause's fold opens; the other clauses' folds stay closed.
    await page.evaluate(() => (location.hash = 's6-processors'));
    await expect.poll(() => more.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await rest.isVisible()).toBe(true);
    expect(await page.locator('.note-more[open]').count()).toBe(1);

    // Arriving with the clause in the address (a load, not a hashchange) opens it too.
    await page.goto(`${baseUrl}/policies/latvian-shop-lv/#s5-retention-five-years`);
    await expect
      .poll(() => page.locator('[id="s5-retention-five-years"] .note-more').evaluate((d) => (d as HTMLDetailsElement).open))
      .toBe(true);
  });

  test('links to the checklist and the national rules open them on arrival, on load and on a click', async () => {
    const { page } = await site.open({ viewport });
    await page.goto(`${baseUrl}/policies/caviar-kz/#checklist`);
    await expect.poll(() => page.locator('#checklist').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await page.locator('#checklist li').first().isVisible()).toBe(true);
    expect(await page.locator('#national-rules').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    // The law panel's link to the rules, followed in the page.
    await page.locator('.law-panel a[href="#national-rules"]').click();
    await expect.poll(() => page.locator('#national-rules').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await page.locator('#national-rules li').first().isVisible()).toBe(true);
  });

  test('Copy link and Cite are in each clause’s head line, above its text', async () => {
    const { page } = await site.open({ viewport });
    await page.goto(`${baseUrl}/policies/caviar-kz/`);
    await expect.poll(() => page.locator('[data-clause] button[data-action="cite"]').count()).toBe(policy('caviar-kz').clauses.length);
    const positions = await page.locator('article[data-clause]').evaluateAll((els) =>
      els.map((el) => {
        const cite = el.querySelector('button[data-action="cite"]')!.getBoundingClientRect();
        const text = el.querySelector('.clause-original')!.getBoundingClientRect();
        return { id: el.id, citeBottom: cite.bottom, textTop: text.top, clauseTop: el.getBoundingClientRect().top };
      }),
    );
    expect(positions.length).toBeGreaterThan(10);
    for (const p of positions) {
      expect(p.citeBottom, p.id).toBeLessThanOrEqual(p.textTop);
      expect(p.citeBottom - p.clauseTop, p.id).toBeLessThan(200);
    }
  });

  test('At a glance names its clause links by the policy’s own numbers or short labels, in targets of 24 × 24 px at least', async () => {
    const { page } = await site.open({ viewport });
    await page.goto(`${baseUrl}/policies/caviar-kz/`);
    const row = page.locator('.glance-row').filter({ has: page.locator('dt', { hasText: 'How long' }) });
    // caviar.com.kz numbers these clauses 3.1 and 6.3 itself.
    expect(await row.locator('a.glance-clause').evaluateAll((as) => as.map((a) => a.firstChild?.textContent?.trim()))).toEqual([
      '3.1',
      '6.3',
    ]);
    expect(await row.locator('a.glance-clause').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      '#s3-1-processing-only-while-registered',
      '#s6-3-when-deletion-impossible',
    ]);
    const links = page.locator('.glance a');
    const texts = await page.locator('a.glance-clause').allTextContents();
    expect(texts.length).toBeGreaterThan(5);
    for (const t of texts) expect(t).not.toMatch(/^\s*§\s*\d+\s*$/);
    // Each link's accessible text includes the clause's full label where the visible one is shorter.
    const recipients = policy('caviar-kz').clauses.find((c) => c.id === 's3-staff-access-limited')!;
    expect(await page.locator('.glance a.glance-clause[href="#s3-staff-access-limited"]').first().textContent()).toContain(
      recipients.label,
    );
    for (const box of await links.evaluateAll((as) => as.map((a) => a.getBoundingClientRect()).map((r) => ({ w: r.width, h: r.height })))) {
      expect(box.w).toBeGreaterThanOrEqual(24);
      expect(box.h).toBeGreaterThanOrEqual(24);
    }
  });

  test('a link to a deep clause lands exactly on it, and it stays there, though clauses off screen are not rendered', async () => {
    const latvian = policy('latvian-shop-lv');
    const target = latvian.clauses[Math.floor(latvian.clauses.length * 0.8)]!;
    const { page, errors } = await site.open({ viewport });
    await page.goto(`${baseUrl}/policies/latvian-shop-lv/#${target.id}`);
    // The case that is hard: clauses are rendered only near the screen, so those above the target are at first estimates.
    expect(
      await page
        .locator('[data-clause]')
        .first()
        .evaluate((el) => getComputedStyle(el).contentVisibility),
    ).toBe('auto');
    await expect.poll(async () => Math.abs(await landingError(page, target.id))).toBeLessThanOrEqual(1);
    await page.waitForTimeout(1500);
    expect(Math.abs(await landingError(page, target.id))).toBeLessThanOrEqual(1);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(target.id);
    // Its head line (label, Copy link) is clear of the sticky toolbar.
    const toolbar = (await page.locator('.reading-toolbar').boundingBox())!;
    const head = (await page.locator(`[id="${target.id}"] .clause-head`).boundingBox())!;
    expect(head.y).toBeGreaterThanOrEqual(toolbar.y + toolbar.height);
    expect(errors).toEqual([]);
  });

  test('the original and the English are side by side in equal columns from 48rem, stacked below', async () => {
    const { page } = await site.open({ viewport });
    await page.goto(`${baseUrl}/policies/kivismart-cz/`);
    const boxes = await page
      .locator('article[data-clause]')
      .first()
      .evaluate((el) => {
        const box = (s: string) => el.querySelector(s)!.getBoundingClientRect();
        const o = box('.clause-original');
        const t = box('.clause-translation');
        const n = box('.clause-margin');
        return { o: { x: o.x, y: o.y, w: o.width }, t: { x: t.x, y: t.y, w: t.width }, n: { y: n.y, w: n.width } };
      });
    if (name === 'desktop') {
      expect(Math.abs(boxes.o.w - boxes.t.w)).toBeLessThanOrEqual(1);
      expect(boxes.o.y).toBe(boxes.t.y);
      expect(boxes.t.x).toBeGreaterThan(boxes.o.x + boxes.o.w);
      // The note is under both, not a narrow third column.
      expect(boxes.n.y).toBeGreaterThan(boxes.o.y);
      expect(boxes.n.w).toBeGreaterThan(boxes.o.w);
    } else {
      expect(boxes.t.y).toBeGreaterThan(boxes.o.y);
      expect(Math.abs(boxes.o.x - boxes.t.x)).toBeLessThanOrEqual(1);
    }
  });
});

test('on a phone, the toolbar’s Contents stays on screen, names the section being read, and takes the reader to another', async () => {
  const { page } = await site.open({ viewport: PHONE });
  const latvian = policy('latvian-shop-lv');
  await page.goto(`${baseUrl}/policies/latvian-shop-lv/`);
  const contents = page.locator('.reading-toolbar .outline-compact');
  const current = contents.locator('.contents-current');
  const fourth = latvian.sections[3]!;
  // The source's heading is in capitals ("4. WHY WE COLLECT YOUR DATA"); Contents gives it in sentence case.
  expect(fourth.heading!.translation).toBe('4. WHY WE COLLECT YOUR DATA');
  const fourthTitle = '4. Why we collect your data';
  // Scrolled to the fourth section, by the reader's wheel.
  await page.locator(`[id="${fourth.id}"]`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.mouse.wheel(0, 40);
  await expect.poll(() => current.textContent()).toBe(fourthTitle);
  expect((await contents.boundingBox())!.y).toBeGreaterThanOrEqual(0);
  expect((await contents.boundingBox())!.y).toBeLessThan(60);
  await contents.locator('summary').click();
  const marked = contents.locator('a[aria-current="location"]');
  expect(await marked.count()).toBe(1);
  expect(await marked.getAttribute('href')).toBe(`#${fourth.id}`);
  // Choosing the seventh section closes the sheet and lands there; Contents then names it.
  const seventh = latvian.sections[6]!;
  await contents.locator(`a[href="#${seventh.id}"]`).click();
  await expect.poll(() => contents.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
  await expect.poll(async () => Math.abs(await landingError(page, seventh.id))).toBeLessThanOrEqual(1);
  expect(seventh.heading!.translation).toBe('7. HOW WE USE COOKIES');
  await expect.poll(() => current.textContent()).toBe('7. How we use cookies');
});

test('print unfolds every note and shows no fold control', async () => {
  const { page } = await site.open({ viewport: WIDE });
  await page.goto(`${baseUrl}/policies/latvian-shop-lv/`);
  await page.emulateMedia({ media: 'print' });
  const clause = page.locator('[id="s6-processors"]');
  expect(await clause.locator('.note-more').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
  expect(await clause.getByText('Only the data needed for a task is passed on', { exact: false }).isVisible()).toBe(true);
  expect(await clause.locator('.note-more > summary').isVisible()).toBe(false);
});
