/**
 * The comparison, the topic pages and the open data, against the built site:
 * every evidence link lands on a clause that exists, rows have anchors, the
 * filters work, and the published JSON validates against its published schema.
 */
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { describe, expect, inject, test } from 'vitest';
import { loadLibrary } from '../../src/lib/policy/library-fs.ts';
import { ASPECTS, FINDING_STATUSES, TOPICS } from '../../src/lib/taxonomy.ts';
import { axeInEveryLayout, NO_VIOLATIONS_IN_ANY_LAYOUT } from '../support/axe.ts';
import { PHONE, useBrowser } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
const library = loadLibrary({ root: '.' });
const site = useBrowser(baseUrl);

/** The ids present on each policy page, read from the built pages themselves. */
const idsByPage = new Map<string, Set<string>>();
async function idsOn(page: Page, path: string): Promise<Set<string>> {
  if (!idsByPage.has(path)) {
    const response = await page.goto(`${baseUrl}${path}`);
    expect(response?.status(), path).toBe(200);
    idsByPage.set(path, new Set(await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id))));
  }
  return idsByPage.get(path)!;
}

async function checkClauseLinks(page: Page, from: string): Promise<number> {
  await page.goto(`${baseUrl}${from}`);
  const hrefs = await page.locator('main a[href^="/policies/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  const clauseLinks = hrefs.filter((h) => h.includes('#'));
  const checker = await page.context().newPage();
  for (const href of new Set(clauseLinks)) {
    const [path, id] = href.split('#') as [string, string];
    expect((await idsOn(checker, path)).has(id), `${from} → ${href}`).toBe(true);
  }
  await checker.close();
  return clauseLinks.length;
}

test('every evidence link on /compare/ lands on an existing clause', async () => {
  const { page } = await site.open();
  const cited = library.reduce((n, p) => n + Object.values(p.findings).reduce((m, f) => m + f.clauses.length, 0), 0);
  expect(await checkClauseLinks(page, '/compare/')).toBeGreaterThanOrEqual(cited);
});

test('every clause link on every topic page lands on an existing clause', async () => {
  const { page } = await site.open();
  let total = 0;
  for (const topic of TOPICS) total += await checkClauseLinks(page, `/topics/${topic.id}/`);
  const tagged = library.reduce((n, p) => n + p.clauses.reduce((m, c) => m + c.topics.length, 0), 0);
  expect(total).toBeGreaterThanOrEqual(tagged);
});

test('the table is a real table: a header per policy and per aspect, and an anchor per row', async () => {
  const { page } = await site.open();
  await page.goto(`${baseUrl}/compare/#retention-period`);
  const table = page.getByRole('table');
  expect(await table.getByRole('columnheader').count()).toBe(library.length + 1);
  for (const aspect of ASPECTS) {
    const row = page.locator(`tr[id="${aspect.id}"]`);
    expect(await row.count(), aspect.id).toBe(1);
    expect(await row.locator('th[scope="row"]').textContent()).toContain(aspect.label);
    expect(await row.locator('td').count()).toBe(library.length);
  }
  expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('retention-period');
  // A not-stated cell says so in words.
  const notStated = page.locator('td[data-status="not-stated"]').first();
  expect(await notStated.textContent()).toContain('Not stated');
});

test('filters: several groups at once, or only the rows where the policies differ', async () => {
  const { page } = await site.open();
  await page.goto(`${baseUrl}/compare/`);
  const visibleRows = () => page.locator('tbody tr[data-group]:visible').count();
  expect(await visibleRows()).toBe(ASPECTS.length);
  await page.getByLabel('Only rows where the policies differ').check();
  const differing = ASPECTS.filter((a) => new Set(library.map((p) => p.findings[a.id].status)).size > 1).length;
  await expect.poll(visibleRows).toBe(differing);
  await page.getByLabel('Only rows where the policies differ').uncheck();
  const groups = page.getByRole('group', { name: 'Groups of questions' });
  await groups.getByLabel('Your rights').check();
  await groups.getByLabel('How long').check();
  await expect.poll(visibleRows).toBe(ASPECTS.filter((a) => a.group === 'rights' || a.group === 'how-long').length);
  expect(await page.getByRole('status').filter({ hasText: 'Showing' }).textContent()).toContain(`of ${ASPECTS.length} questions`);
  // The law and checklist rows, which have no answer to filter by, step aside.
  expect(await page.locator('tr#applicable-law').isVisible()).toBe(false);
  expect(page.url()).toBe(`${baseUrl}/compare/?groups=how-long,rights`);
});

test('on a phone the aspect column stays in view while the table scrolls sideways', async () => {
  const { page } = await site.open({ viewport: PHONE });
  await page.goto(`${baseUrl}/compare/`);
  const scroller = page.locator('.table-scroll');
  await scroller.evaluate((el) => (el.scrollLeft = 400));
  const header = await page.locator('tr[id="retention-period"] th').boundingBox();
  const box = await scroller.boundingBox();
  expect(header!.x).toBeGreaterThanOrEqual(box!.x - 1);
  expect(header!.x).toBeLessThan(box!.x + 10);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});

/** RFC 4180, as the site writes it: quoted fields may hold commas, quotes (doubled) and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && ch === '"') quoted = false;
    else if (quoted) field += ch;
    else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** What the page shows: the visible rows' aspects and the visible columns' policies, in table order. */
async function shown(page: Page) {
  return {
    rows: await page.locator('tbody tr[data-group]:visible').evaluateAll((trs) => trs.map((tr) => tr.id)),
    policies: await page
      .locator('thead th[data-policy]:visible')
      .evaluateAll((ths) => ths.map((th) => (th as HTMLElement).dataset.policy!)),
  };
}

// The DPO's question, answered from the content, not from the page: the policies whose retention period and
// legal bases are both missing or only partly given.
const LACKING = new Set(['not-stated', 'partial']);
const DPO_ASPECTS = ASPECTS.filter((a) => a.id === 'retention-period' || a.id === 'legal-bases').map((a) => a.id);
const dpoPolicies = library.filter((p) => DPO_ASPECTS.every((a) => LACKING.has(p.findings[a].status))).map((p) => p.slug);

describe.each([
  ['phone', PHONE],
  ['desktop', { width: 1280, height: 900 }],
] as const)('at %s width', (_, viewport) => {
  test('the DPO’s question ("which policies lack a retention period and a legal basis?") becomes one URL that opens the answer', async () => {
    expect(dpoPolicies.length).toBeGreaterThan(0);
    expect(dpoPolicies.length).toBeLessThan(library.length);
    const { page, context, errors } = await site.open({ viewport });
    await page.goto(`${baseUrl}/compare/`);
    const filters = page.locator('compare-filters');
    // On a phone the choices start folded, so that the table comes first.
    const panel = filters.locator('details.compare-filters-panel');
    expect(await panel.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(viewport.width >= 768);
    if (viewport.width < 768) await filters.getByText('Choose what to compare').click();
    await filters.getByText('Single questions').click();
    await filters.getByLabel('Retention period', { exact: true }).check();
    await filters.getByLabel('Legal bases', { exact: true }).check();
    const answers = page.getByRole('group', { name: 'Answers' });
    await answers.getByLabel('Not stated').check();
    await answers.getByLabel('Partial').check();
    await filters.getByLabel('Only the policies that give one of them to every question shown').check();
    const url = page.url();
    expect(new URL(url).search).not.toBe('');

    // Opened fresh, by someone else: exactly those rows, exactly those policies, each cell with the content's answer.
    const { page: fresh } = await site.open({ viewport });
    await fresh.goto(url);
    await expect.poll(() => shown(fresh)).toEqual({ rows: DPO_ASPECTS, policies: dpoPolicies });
    for (const aspect of DPO_ASPECTS)
      for (const slug of dpoPolicies) {
        const cell = fresh.locator(`tr[id="${aspect}"] td[data-policy="${slug}"]`);
        const policy = library.find((p) => p.slug === slug)!;
        expect(await cell.getAttribute('data-status')).toBe(policy.findings[aspect].status);
      }
    // The controls show the view they were restored from.
    expect(await fresh.locator('input[name="status"][value="not-stated"]').isChecked()).toBe(true);
    expect(await fresh.locator('input[name="status"][value="stated"]').isChecked()).toBe(false);
    expect(await fresh.locator('input[name="cols"]').isChecked()).toBe(true);
    // And the copy button puts that same URL on the clipboard.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    await page.getByRole('button', { name: 'Copy link to this view' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    expect(await page.getByRole('status').filter({ hasText: 'Link copied' }).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  test('the policy names stay in view after scrolling to the last row', async () => {
    const { page } = await site.open({ viewport });
    await page.goto(`${baseUrl}/compare/`);
    const last = page.locator(`tr[id="${ASPECTS.at(-1)!.id}"]`);
    await last.evaluate((tr) => tr.scrollIntoView({ block: 'end' }));
    const lastBox = (await last.boundingBox())!;
    expect(lastBox.y + lastBox.height).toBeLessThanOrEqual(viewport.height + 1);
    const name = page.locator('thead th[data-policy]').first();
    const box = (await name.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThan(lastBox.y);
    // Nothing covers it: the point at its centre belongs to the header cell.
    const hit = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x!, y!)?.closest('th')?.dataset.policy ?? null,
      [box.x + Math.min(box.width / 2, 40), box.y + box.height / 2],
    );
    expect(hit).toBe(library[0]!.slug);
  });

  test('no sideways page scroll, with the filters open; one policy chosen fits the width without scrolling sideways', async () => {
    const { page } = await site.open({ viewport });
    await page.goto(`${baseUrl}/compare/?aspects=retention-period&policies=${library[0]!.slug}`);
    await page.locator('details.compare-filters-panel').evaluate((d) => ((d as HTMLDetailsElement).open = true));
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await expect.poll(() => page.locator('.table-scroll').evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  });
});

test('status filter: only the questions some policy leaves unanswered, with those cells marked', async () => {
  const { page } = await site.open();
  await page.goto(`${baseUrl}/compare/`);
  await page.getByRole('group', { name: 'Answers' }).getByLabel('Not stated').check();
  const expected = ASPECTS.filter((a) => library.some((p) => p.findings[a.id].status === 'not-stated')).map((a) => a.id);
  await expect.poll(async () => (await shown(page)).rows).toEqual(expected);
  for (const id of expected) expect(await page.locator(`tr[id="${id}"] td.is-match`).count(), id).toBeGreaterThan(0);
  expect(await page.locator('td.is-match:not([data-status="not-stated"])').count()).toBe(0);
  // Every: only the questions no policy answers.
  await page.getByLabel('every policy shown does').check();
  const none = ASPECTS.filter((a) => library.every((p) => p.findings[a.id].status === 'not-stated')).map((a) => a.id);
  await expect.poll(async () => (await shown(page)).rows).toEqual(none);
  // And by policy: the questions one policy does not answer.
  const one = library[0]!;
  await page.getByLabel('any policy shown gives one of them').check();
  await page.getByRole('group', { name: 'Policies' }).getByLabel(one.shortName, { exact: true }).check();
  await expect
    .poll(() => shown(page))
    .toEqual({ rows: ASPECTS.filter((a) => one.findings[a.id].status === 'not-stated').map((a) => a.id), policies: [one.slug] });
});

test('the view is in the URL: Back and Forward walk through the views, a reload restores one', async () => {
  const { page } = await site.open();
  await page.goto(`${baseUrl}/compare/`);
  const groups = page.getByRole('group', { name: 'Groups of questions' });
  await groups.getByLabel('Why', { exact: true }).check();
  await groups.getByLabel('Who', { exact: true }).check();
  expect(page.url()).toBe(`${baseUrl}/compare/?groups=who,why`);
  const whoWhy = ASPECTS.filter((a) => a.group === 'who' || a.group === 'why').map((a) => a.id);
  await expect.poll(async () => (await shown(page)).rows).toEqual(whoWhy);
  await page.goBack();
  expect(page.url()).toBe(`${baseUrl}/compare/?groups=why`);
  await expect.poll(async () => (await shown(page)).rows).toEqual(ASPECTS.filter((a) => a.group === 'why').map((a) => a.id));
  expect(await groups.getByLabel('Who', { exact: true }).isChecked()).toBe(false);
  await page.goBack();
  await expect.poll(async () => (await shown(page)).rows).toHaveLength(ASPECTS.length);
  expect(await groups.getByLabel('Why', { exact: true }).isChecked()).toBe(false);
  await page.goForward();
  await page.goForward();
  await expect.poll(async () => (await shown(page)).rows).toEqual(whoWhy);
  await page.reload();
  await expect.poll(async () => (await shown(page)).rows).toEqual(whoWhy);
  await page.getByRole('button', { name: 'Show the whole table' }).click();
  expect(page.url()).toBe(`${baseUrl}/compare/`);
  await expect.poll(async () => (await shown(page)).rows).toHaveLength(ASPECTS.length);
  // A URL with nonsense in it still opens the table, keeping what it can read.
  await page.goto(`${baseUrl}/compare/?groups=nope,rights&status=maybe&policies=../x`);
  await expect.poll(async () => (await shown(page)).rows).toEqual(ASPECTS.filter((a) => a.group === 'rights').map((a) => a.id));
  expect((await shown(page)).policies).toHaveLength(library.length);
});

test('the view downloads as CSV: UTF-8 with a byte order mark, the rows and policies shown, the content’s answers', async () => {
  const { page } = await site.open({ acceptDownloads: true });
  await page.goto(`${baseUrl}/compare/?aspects=retention-period,legal-bases&status=not-stated,partial&cols=matching`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download this view (CSV)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('comparison-view.csv');
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').slice(1);
  expect(text.endsWith('\r\n')).toBe(true);
  const [header, ...rows] = parseCsv(text);
  expect(header).toEqual(['policy', 'aspect', 'status', 'value', 'evidence']);
  const expected = DPO_ASPECTS.flatMap((aspect) =>
    dpoPolicies.map((slug) => {
      const f = library.find((p) => p.slug === slug)!.findings[aspect];
      return [slug, aspect, f.status, f.value, f.clauses.map((c) => `${baseUrl}/policies/${slug}/#${c}`).join(' ')];
    }),
  );
  expect(rows).toEqual(expected);
});

test('the legend gives every answer its sign, word and tint, the same tint as the cells', async () => {
  const { page } = await site.open();
  await page.goto(`${baseUrl}/compare/`);
  const legend = page.locator('#status-legend li');
  expect(await legend.count()).toBe(FINDING_STATUSES.length);
  const tints = new Set<string>();
  for (const s of FINDING_STATUSES) {
    const item = page.locator(`#status-legend li[data-status="${s.id}"]`);
    const text = (await item.textContent())!;
    expect(text).toContain(s.icon);
    expect(text).toContain(s.label);
    const tint = await item.evaluate((el) => getComputedStyle(el).backgroundColor);
    tints.add(tint);
    const cell = page.locator(`td[data-status="${s.id}"]`).first();
    if ((await cell.count()) > 0) {
      expect(await cell.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(tint);
      expect(await cell.textContent()).toContain(s.label);
    }
  }
  expect(tints.size).toBe(FINDING_STATUSES.length);
});

test('without JavaScript the whole table reads, the filters are hidden and a row’s anchor still works', async () => {
  const { page } = await site.open({ javaScriptEnabled: false });
  await page.goto(`${baseUrl}/compare/?status=stated#retention-period`);
  expect(await page.locator('tbody tr[data-group]:visible').count()).toBe(ASPECTS.length);
  expect(await page.locator('thead th[data-policy]:visible').count()).toBe(library.length);
  expect(await page.locator('compare-filters').isVisible()).toBe(false);
  expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('retention-period');
});

test('with JavaScript a row’s anchor lands on the row, below the sticky names', async () => {
  const { page } = await site.open({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${baseUrl}/compare/#retention-period`);
  const row = (await page.locator('tr[id="retention-period"]').boundingBox())!;
  const names = (await page.locator('thead th[data-policy]').first().boundingBox())!;
  expect(row.y).toBeGreaterThanOrEqual(names.y + names.height - 1);
  expect(row.y).toBeLessThan(900);
});

test('a topic page names the policies that say nothing on it, each linked to its row of the comparison', async () => {
  const { page } = await site.open();
  await page.goto(`${baseUrl}/topics/retention/`);
  const silent = library.filter((p) => p.findings['retention-period'].status === 'not-stated');
  expect(silent.length).toBeGreaterThan(0);
  const section = page.locator('section[aria-labelledby="silent-title"]');
  expect((await section.textContent())!.replace(/\s+/g, ' ')).toContain(`${silent.length} of ${library.length} policies say nothing`);
  const links = section.locator('li a');
  expect(await links.allTextContents()).toEqual(silent.map((p) => p.shortName));
  // Following one opens the comparison on that row, that policy only.
  await links.first().click();
  await page.waitForURL(/\/compare\//);
  await expect.poll(() => shown(page)).toEqual({ rows: ['retention-period'], policies: [silent[0]!.slug] });
  expect(await page.evaluate(() => location.hash)).toBe('#retention-period');
  expect(await page.locator(`tr[id="retention-period"] td[data-policy="${silent[0]!.slug}"]`).getAttribute('data-status')).toBe(
    'not-stated',
  );
});

test('a filtered view, its choices unfolded, has no WCAG 2.2 A/AA violation (axe) in light and dark at 1280 and 390 px', async () => {
  const { page, errors } = await site.open();
  await page.goto(`${baseUrl}/compare/?aspects=retention-period,legal-bases&status=not-stated,partial&cols=matching`);
  await page.locator('details.compare-filters-panel').evaluate((d) => ((d as HTMLDetailsElement).open = true));
  expect(await axeInEveryLayout(page)).toEqual(NO_VIOLATIONS_IN_ANY_LAYOUT);
  expect(errors).toEqual([]);
});
