/**
 * <compare-filters>: applies a view (src/lib/compare-view.ts) to the
 * comparison table, keeps it in the URL (a history entry per change, so Back
 * and Forward walk through views), copies a link to it and downloads what it
 * shows as CSV with the site's CSV writer. Without JavaScript the element
 * stays hidden and the whole table shows.
 */
import {
  applyView,
  DEFAULT_VIEW,
  narrowsRows,
  parseView,
  serializeView,
  type CompareView,
  type ViewTable,
} from '../../lib/compare-view.ts';
import { COMPARISON_CSV_HEADER, toCsv, UTF8_BOM } from '../../lib/csv.ts';
import type { FindingStatus } from '../../lib/taxonomy.ts';

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

class CompareFilters extends HTMLElement {
  private table!: HTMLTableElement;
  private choices!: HTMLElement;
  private model!: ViewTable;

  connectedCallback() {
    const table = document.querySelector<HTMLTableElement>('table.comparison');
    const choices = this.querySelector<HTMLElement>('.compare-filters-choices');
    if (!table || !choices) return;
    this.table = table;
    this.choices = choices;
    this.model = this.readTable();
    choices.addEventListener('change', () => this.choose(this.readControls()));
    this.querySelector('[data-action="reset"]')?.addEventListener('click', () => this.choose(DEFAULT_VIEW));
    this.querySelector('[data-action="copy"]')?.addEventListener('click', () => void this.copyLink());
    this.querySelector('[data-action="csv"]')?.addEventListener('click', () => this.download());
    // On a phone the choices would push the table a screen or two down: they start folded there.
    if (matchMedia('(max-width: 47.99rem)').matches) this.querySelector('details.compare-filters-panel')?.removeAttribute('open');
    window.addEventListener('popstate', () => this.show(parseView(location.search)));
    this.show(parseView(location.search));
  }

  /** The table as the view module sees it, read once from the cells' data attributes. */
  private readTable(): ViewTable {
    const policies = [...this.table.tHead!.querySelectorAll<HTMLElement>('th[data-policy]')].map((th) => th.dataset.policy!);
    const rows = [...this.table.querySelectorAll<HTMLTableRowElement>('tbody tr[data-group]')].map((tr) => ({
      aspect: tr.id,
      group: tr.dataset.group!,
      statuses: Object.fromEntries(
        [...tr.querySelectorAll<HTMLElement>('td[data-policy]')].map((td) => [td.dataset.policy!, td.dataset.status as FindingStatus]),
      ),
    }));
    return { policies, rows };
  }

  private readControls(): CompareView {
    // The URL's own reader validates the controls' values the same way as a typed URL's.
    const params = new URLSearchParams();
    for (const input of this.choices.querySelectorAll<HTMLInputElement>('input:checked')) params.append(input.name, input.value);
    return parseView(params);
  }

  private writeControls(view: CompareView) {
    const lists: Record<string, readonly string[]> = {
      groups: view.groups,
      aspects: view.aspects,
      status: view.status,
      policies: view.policies,
    };
    for (const input of this.choices.querySelectorAll<HTMLInputElement>('input')) {
      if (input.name in lists) input.checked = lists[input.name]!.includes(input.value);
      else if (input.name === 'match') input.checked = input.value === view.match;
      else if (input.name === 'differs') input.checked = view.differs;
      else if (input.name === 'cols') input.checked = view.columns === 'matching';
    }
    const aspects = this.querySelector('[data-count="aspects"]');
    if (aspects) aspects.textContent = view.aspects.length ? `(${view.aspects.length} chosen)` : '';
    if (view.aspects.length) this.querySelector('details[data-role="aspects"]')?.setAttribute('open', '');
    const chosen = [
      view.groups.length && plural(view.groups.length, 'group', 'groups'),
      view.aspects.length && plural(view.aspects.length, 'question', 'questions'),
      view.status.length && plural(view.status.length, 'answer', 'answers'),
      view.policies.length && plural(view.policies.length, 'policy', 'policies'),
      view.differs && 'differences',
    ].filter(Boolean);
    this.querySelector('[data-role="chosen"]')!.textContent = chosen.length ? `(chosen: ${chosen.join(', ')})` : '';
  }

  /** A reader's choice: a new history entry, then the table. */
  private choose(view: CompareView) {
    const url = `${location.pathname}${serializeView(view)}`;
    if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
    this.show(view);
  }

  private show(view: CompareView) {
    this.writeControls(view);
    const result = applyView(view, this.model);
    const rows = new Set(result.rows);
    const policies = new Set(result.policies);
    const wanted = new Set<string>(view.status);
    const narrow = narrowsRows(view);
    for (const cell of this.table.querySelectorAll<HTMLElement>('[data-policy]')) {
      cell.hidden = !policies.has(cell.dataset.policy!);
      if (cell.dataset.status) cell.classList.toggle('is-match', wanted.has(cell.dataset.status));
    }
    for (const tr of this.table.querySelectorAll<HTMLTableRowElement>('tbody tr[data-group]')) tr.hidden = !rows.has(tr.id);
    for (const body of this.table.tBodies) {
      if (body.hasAttribute('data-fixed')) body.hidden = narrow || policies.size === 0;
      else body.hidden = ![...body.querySelectorAll<HTMLElement>('tr[data-group]')].some((tr) => !tr.hidden);
      for (const th of body.querySelectorAll<HTMLTableCellElement>('.group-row th')) th.colSpan = policies.size + 1;
    }
    this.table.classList.toggle('is-filtered-by-status', wanted.size > 0);
    // Through the CSSOM, which the site's content security policy allows (it forbids style attributes).
    this.table.style.setProperty('--policy-columns', String(policies.size));
    this.table.closest('.table-scroll')?.toggleAttribute('hidden', policies.size === 0);
    const summary = this.querySelector('[data-role="summary"]')!;
    summary.textContent =
      policies.size === 0
        ? 'No policy on this page fits this view. Untick some choices, or show the whole table.'
        : `Showing ${rows.size} of ${plural(this.model.rows.length, 'question', 'questions')} and ${policies.size} of ${plural(this.model.policies.length, 'policy', 'policies')}${narrow ? ' (the law and checklist rows are left out while questions are chosen)' : ''}.`;
    this.querySelector('[data-role="feedback"]')!.textContent = '';
    // The view follows the reader to the other pages of the comparison.
    for (const a of document.querySelectorAll<HTMLAnchorElement>('nav.pagination a[href^="/compare/"]'))
      a.setAttribute('href', `${a.pathname}${serializeView(view)}`);
  }

  private async copyLink() {
    const feedback = this.querySelector('[data-role="feedback"]')!;
    try {
      await navigator.clipboard.writeText(location.href);
      feedback.textContent = 'Link copied: it opens this view.';
    } catch {
      feedback.textContent = `Copy this link: ${location.href}`;
    }
  }

  /** What the table shows, as CSV: one line per question and policy shown, like /data/comparison.csv. */
  private download() {
    const view = parseView(location.search);
    const result = applyView(view, this.model);
    const lines: string[][] = [[...COMPARISON_CSV_HEADER]];
    for (const aspect of result.rows) {
      const tr = this.table.querySelector<HTMLTableRowElement>(`tr[id="${aspect}"]`)!;
      for (const policy of result.policies) {
        const td = tr.querySelector<HTMLElement>(`td[data-policy="${policy}"]`)!;
        const value = td.querySelector('.cell-value')?.textContent?.trim() ?? '';
        const evidence = [...td.querySelectorAll<HTMLAnchorElement>('.evidence a')].map((a) => a.href).join(' ');
        lines.push([policy, aspect, td.dataset.status!, value, evidence]);
      }
    }
    const blob = new Blob([UTF8_BOM + toCsv(lines)], { type: 'text/csv;charset=utf-8' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'comparison-view.csv';
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    this.querySelector('[data-role="feedback"]')!.textContent =
      `Downloaded ${plural(lines.length - 1, 'line', 'lines')} as comparison-view.csv.`;
  }
}

customElements.define('compare-filters', CompareFilters);
