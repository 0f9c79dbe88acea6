/**
 * The law layer and the rights letters, in Chromium on the built site: each
 * policy page says in its first screen which law protects the reader and
 * where to complain, with sources; the law pages; and the rights page's
 * letters at phone and desktop widths, copied, e-mailed, filled in (in the
 * page only) and printed alone, complete without JavaScript.
 */
import { describe, expect, inject, test } from 'vitest';
import { loadJurisdictions } from '../../src/lib/jurisdiction/library-fs.ts';
import { authoritiesFor, jurisdictionsOf } from '../../src/lib/law.ts';
import { loadTemplates } from '../../src/lib/letters/library-fs.ts';
import { rightsFor } from '../../src/lib/letters/fill.ts';
import { FIELD_LABEL } from '../../src/lib/letters/fields.ts';
import { loadLibrary } from '../../src/lib/policy/library-fs.ts';
import { DESKTOP, PHONE, useBrowser } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
const library = loadLibrary({ root: '.' });
const jurisdictions = loadJurisdictions('.');
const templates = loadTemplates('.', jurisdictions);
const site = useBrowser(baseUrl);
/** A letter's text as the reader sends it: the hidden passages (an empty optional detail, an option not chosen) left out. */
const sent = (letter: import('playwright-core').Locator) =>
  letter.evaluate((el) => {
    const copy = el.cloneNode(true) as Element;
    for (const hidden of copy.querySelectorAll('[hidden]')) hidden.remove();
    return copy.textContent ?? '';
  });

describe.each(library.map((p) => [p.slug, p] as const))('/policies/%s/', (slug, policy) => {
  test.each([
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const)('says in its first screen which law applies and where to complain, with sources (%s)', async (_name, viewport) => {
    const { page } = await site.open({ viewport });
    await page.goto(`${baseUrl}/policies/${slug}/`);
    const panel = page.locator('.law-panel');
    const box = await panel.boundingBox();
    expect(box!.y, 'the panel starts within the first screen').toBeLessThan(viewport.height);
    const text = (await panel.textContent()) ?? '';
    for (const { jurisdiction } of jurisdictionsOf(policy, jurisdictions)) expect(text).toContain(jurisdiction.name);
    for (const { authority } of authoritiesFor(policy, jurisdictions)) expect(text).toContain(authority.name);
    // Each law and each authority carries a link to its source, and the panel links to the rights page.
    const hrefs = await panel.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.filter((h) => h.startsWith('https://')).length).toBeGreaterThanOrEqual(jurisdictionsOf(policy, jurisdictions).length);
    expect(hrefs).toContain(`/policies/${slug}/rights/`);
  });
});

test('the national rules list every rule of the policy’s law, each with the clauses that apply it or marked as not mentioned', async () => {
  const { page } = await site.open();
  await page.goto(`${baseUrl}/policies/kivismart-cz/#national-rules`);
  const rules = page.locator('#national-rules');
  // A link to the rules opens them on arrival: no second click.
  await expect.poll(() => rules.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
  const items = rules.locator('li');
  expect(await items.count()).toBeGreaterThan(3);
  // The cookie rule of Czech law is applied by the cookie clause (its note cites § 89(3)).
  const cookies = items.filter({ hasText: '§ 89(3)' });
  expect(await cookies.locator('a[href="/policies/kivismart-cz/#cookies-browser-settings"]').count()).toBeGreaterThan(0);
  expect(await items.filter({ hasText: 'Not mentioned' }).count()).toBeGreaterThan(0);
});

test('GDPR references in a clause’s margin link to EUR-Lex, in English and in the policy’s language', async () => {
  const { page } = await site.open();
  await page.goto(`${baseUrl}/policies/latvian-shop-lv/`);
  const refs = page.locator('.clause .law-refs a[href*="eur-lex.europa.eu"]');
  const hrefs = await refs.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.some((h) => h.startsWith('https://eur-lex.europa.eu/eli/reg/2016/679/oj/eng#art_'))).toBe(true);
  expect(hrefs.some((h) => h.startsWith('https://eur-lex.europa.eu/legal-content/LV/TXT/HTML/?uri=CELEX:32016R0679#art_'))).toBe(true);
});

test('the law pages: an index, and a page per jurisdiction with its laws, authority, rules and sources', async () => {
  const { page } = await site.open();
  await page.goto(`${baseUrl}/law/`);
  for (const j of jurisdictions.values()) expect(await page.locator(`a[href="/law/${j.id}/"]`).count(), j.id).toBeGreaterThan(0);
  await page.goto(`${baseUrl}/law/kz/`);
  expect(await page.locator('h1').textContent()).toContain('Kazakhstan');
  expect(await page.locator('#authority').textContent()).toContain(jurisdictions.get('kz')!.authority!.name);
  expect(await page.locator('.sources').count()).toBeGreaterThan(5);
  expect(await page.locator('#policies a[href="/policies/caviar-kz/"]').count()).toBe(1);
  // How current it is: the date the law was last read and every amendment weighed, each with its sources.
  const kz = jurisdictions.get('kz')!;
  const currency = (await page.locator('#currency .currency-line').textContent())!;
  expect(currency).toContain(`Law last read on ${kz.currency.lawReadOn}, not in full`);
  for (const a of kz.currency.amendments) expect(currency).toContain(`${a.title} (${a.date})`);
  expect(await page.locator('#currency details li .sources').count()).toBe(kz.currency.amendments.length);
  // Beside each point, the EU's rule: the table has a column for it.
  expect(await page.locator('#rules th[scope="col"]').allTextContents()).toContain('EU (GDPR, ePrivacy Directive)');
});

test('the comparison’s law rows link to the law pages and to the clauses that are their evidence', async () => {
  const { page } = await site.open();
  await page.goto(`${baseUrl}/compare/`);
  const applying = page.locator('tr#applicable-law');
  for (const p of library)
    for (const ref of p.jurisdictions)
      expect(await applying.locator(`a[href="/law/${ref.id}/"]`).count(), `${p.slug} ${ref.id}`).toBeGreaterThan(0);
  expect(await applying.locator('.evidence a[href^="/policies/caviar-kz/#"]').count()).toBeGreaterThan(0);
  expect(await page.locator('tr#authority a[href="/law/lv/#authority"]').count()).toBe(1);
  // The rights rows link each policy to its ready letter.
  expect(await page.locator('tr#right-to-erasure a[href="/policies/kivismart-cz/rights/#eu-erasure-17"]').count()).toBe(1);
});

describe('the rights page', () => {
  const policy = library.find((p) => p.slug === 'caviar-kz')!;
  const book = rightsFor(policy, jurisdictions, templates)[0]!;
  const erasure = book.letters.find((l) => l.right === 'erasure')!;

  test('from the policy page, two clicks reach a letter, where to send it and how long the shop has', async () => {
    const { page } = await site.open();
    await page.goto(`${baseUrl}/policies/caviar-kz/`);
    // Named plainly, with the statute's words beside the link.
    expect(await page.locator('#use-your-rights').textContent()).toContain(erasure.name);
    await page.locator('#use-your-rights').getByRole('link', { name: erasure.plainName }).click();
    await expect.poll(() => page.url()).toContain(`/policies/caviar-kz/rights/#${erasure.id}`);
    const card = page.locator(`#${erasure.id}`);
    expect(await card.locator('.letter-original').textContent()).toContain(book.template.articles[erasure.article!]!.text);
    expect(await page.locator('.rights-how').textContent()).toContain('info@caviar.com.kz');
    expect(await page.locator('.rights-how').textContent()).toContain(book.authority!.authority.name);
  });

  test.each([
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const)('shows every letter beside its English without overflowing (%s)', async (_name, viewport) => {
    const { page, errors } = await site.open({ viewport });
    await page.goto(`${baseUrl}/policies/caviar-kz/rights/`);
    expect(await page.locator('.letter-card').count()).toBe(book.letters.length);
    expect(await page.locator('.letter-original[lang="ru"]').count()).toBe(book.letters.length);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
  });

  test('details typed in fill every letter in the page, and nothing is stored or sent', async () => {
    const { page, foreignRequests } = await site.open();
    await page.goto(`${baseUrl}/policies/caviar-kz/rights/`, { waitUntil: 'networkidle' });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.getByLabel('Your name').fill('Aigerim Test');
    await page.getByLabel('The e-mail address you used with the shop').fill('aigerim@example.org');
    const card = page.locator(`#${erasure.id}`);
    await expect.poll(() => card.locator('.letter-original').textContent()).toContain('Aigerim Test');
    expect(await card.locator('.letter-original').textContent()).toContain('aigerim@example.org');
    expect(await card.locator('.letter-columns > div').nth(1).textContent()).toContain('Aigerim Test');
    // Emptying a field puts its marked place back, in the letter's language (the English column keeps the English label).
    await page.getByLabel('Your name').fill('');
    await expect.poll(() => sent(card.locator('.letter-original'))).toContain(`[${book.template.fields.name}]`);
    expect(await sent(card.locator('.letter-original'))).not.toContain(`[${FIELD_LABEL.name}]`);
    expect(await card.locator('.letter-columns > div').nth(1).textContent()).toContain(`[${FIELD_LABEL.name}]`);
    // An optional detail is in the letter, sentence and all, only while it is filled.
    const order = page.getByLabel(FIELD_LABEL.order.replace(/^./, (c) => c.toUpperCase()));
    expect(await sent(card.locator('.letter-original'))).not.toContain('номер заказа');
    await order.fill('A-1001');
    await expect.poll(() => sent(card.locator('.letter-original'))).toContain('номер заказа или клиента: A-1001');
    await order.fill('');
    await expect.poll(() => sent(card.locator('.letter-original'))).not.toContain('номер заказа');
    const storage = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }));
    expect(storage).toEqual({ local: 0, session: 0, cookie: '' });
    expect(requests).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  test('the complaint names no operator the policy does not name, and the owner’s BIN comes in, in Russian, only once typed', async () => {
    const complaint = book.letters.find((l) => l.to === 'authority')!;
    const { page } = await site.open();
    await page.goto(`${baseUrl}/policies/caviar-kz/rights/`);
    const card = page.locator(`#${complaint.id}`);
    const original = await sent(card.locator('.letter-original'));
    expect(original).toContain(
      `Собственник и (или) оператор: ${book.template.controllerUnnamed!.text}; интернет-ресурс: ${policy.website}.`,
    );
    expect(original.split(policy.website!).length - 1).toBe(1);
    expect(original).not.toContain('БИН');
    const bin = page.getByLabel(FIELD_LABEL.bin.replace(/^./, (c) => c.toUpperCase()));
    await bin.fill('123456789012');
    await expect.poll(() => sent(card.locator('.letter-original'))).toContain('БИН собственника и (или) оператора: 123456789012.');
    expect(await sent(card.locator('.letter-columns > div').nth(1))).toContain('BIN of the owner and/or operator: 123456789012.');
    await bin.fill('');
    await expect.poll(() => sent(card.locator('.letter-original'))).not.toContain('БИН');
  });

  test('the e-mail link carries the letter as filled, to the address the policy gives; copying copies it', async () => {
    const { page, context } = await site.open();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    await page.goto(`${baseUrl}/policies/caviar-kz/rights/`);
    await page.getByLabel('Your name').fill('Aigerim Test');
    await page.getByLabel('The e-mail address you used with the shop').fill('aigerim@example.org');
    const card = page.locator(`#${erasure.id}`);
    const letter = await sent(card.locator('.letter-original'));
    expect(letter).not.toContain('[[');
    const mail = new URL((await card.locator('[data-letter-action="mail"]').getAttribute('href'))!);
    expect(mail.protocol).toBe('mailto:');
    expect(mail.pathname).toBe('info@caviar.com.kz');
    expect(mail.searchParams.get('subject')).toBe(erasure.subject.text);
    const body = mail.searchParams.get('body');
    if (body !== null) expect(body.replace(/\r\n/g, '\n')).toBe(letter);
    else expect(await card.locator('[data-mail-note]').isVisible()).toBe(true);
    await card.getByRole('button', { name: 'Copy the letter' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${erasure.subject.text}\n\n${letter}`);
    await expect.poll(() => page.locator('#announcer').textContent()).toContain('Letter copied');
  });

  test('printing a letter prints that letter alone', async () => {
    const { page } = await site.open();
    await page.addInitScript(() => {
      window.print = () => {};
    });
    await page.goto(`${baseUrl}/policies/caviar-kz/rights/`);
    const card = page.locator(`#${erasure.id}`);
    await card.getByRole('link', { name: 'Print this letter' }).click();
    await page.emulateMedia({ media: 'print' });
    expect(await card.locator('.letter-original').isVisible()).toBe(true);
    expect(
      await page
        .locator('.letter-card')
        .filter({ hasNot: page.locator(`[id="${erasure.id}-title"]`) })
        .first()
        .isVisible(),
    ).toBe(false);
    expect(await page.locator('.rights-how').isVisible()).toBe(false);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
  });

  test('without JavaScript every letter is there as text, complete but for the reader’s details, and prints alone from its link', async () => {
    const { page } = await site.open({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}/policies/caviar-kz/rights/#${erasure.id}`);
    const texts = await page.locator('.letter-original').allTextContents();
    expect(texts).toHaveLength(book.letters.length);
    for (const t of texts) expect(t).not.toMatch(/\{\w+\}/);
    // What shows is the letter as sent: no English label in the Russian text, no optional sentence left without its detail.
    for (const t of await page.locator('.letter-original').allInnerTexts()) {
      for (const label of Object.values(FIELD_LABEL)) expect(t).not.toContain(`[${label}]`);
      expect(t).not.toContain('номер заказа');
    }
    expect(await page.locator('.letter-fields').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator(`#${erasure.id} .letter-original`).isVisible()).toBe(true);
    expect(await page.locator('.rights-how').isVisible()).toBe(false);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
  });
});

describe('a letter with a choice, and a complaint with what the authority requires', () => {
  test('choosing the ground for erasure changes the letter and its English, and the e-mail and copy follow', async () => {
    const policy = library.find((p) => p.slug === 'kivismart-cz')!;
    const erasure = rightsFor(policy, jurisdictions, templates)[0]!.letters.find((l) => l.right === 'erasure')!;
    const { page } = await site.open();
    await page.goto(`${baseUrl}/policies/kivismart-cz/rights/`);
    const card = page.locator(`#${erasure.id}`);
    expect(await sent(card.locator('.letter-original'))).toContain('již nejsou potřebné');
    expect(await sent(card.locator('.letter-original'))).not.toContain('zpracovány protiprávně');
    await card.getByLabel(erasure.choices[0]!.label).selectOption('unlawful');
    await expect.poll(() => sent(card.locator('.letter-original'))).toContain('byly zpracovány protiprávně');
    expect(await sent(card.locator('.letter-original'))).not.toContain('již nejsou potřebné');
    expect(await sent(card.locator('.letter-columns > div').nth(1).locator('.letter-text'))).toContain(
      'they have been unlawfully processed',
    );
  });

  test('the complaint to the Data State Inspectorate says beside it how it must be signed and sent, with the source', async () => {
    const { page } = await site.open();
    await page.goto(`${baseUrl}/policies/latvian-shop-lv/rights/`);
    const card = page.locator('#eu-complaint-77');
    const requirements = card.locator('.letter-requirements');
    expect(await requirements.textContent()).toContain('unsigned e-mail is not accepted');
    expect(await requirements.locator('a[href="https://www.dvi.gov.lv/lv/iesniegumu-paraugi"]').count()).toBe(1);
    // The Latvian letters name the shop: the reader's website address stands in for the owner the policy does not name.
    await page.getByLabel('The shop’s website address').fill('https://veikals.example');
    await expect
      .poll(() => sent(page.locator('#eu-access-15 .letter-original')))
      .toContain('interneta veikala https://veikals.example pārzinis');
  });
});
