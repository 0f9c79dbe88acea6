/**
 * <search-page>: the shareable search page. The query and filters live in the
 * URL (/search/?q=retention&topic=retention), results update as you type or
 * tick a filter, and every result links to its clause.
 */
import { coalesce, loadPagefind, runSearch, type Filters, type SearchHit } from './engine.ts';
import { hitContent, statusText } from './render.ts';

/** How many policies the Policy filter offers when it lists the policies in the results (large libraries). */
const DYNAMIC_POLICY_OPTIONS = 12;
/** Results shown at first, and added by each "Show more results". */
const RESULTS_PAGE = 20;

class SearchPage extends HTMLElement {
  #sequence = 0;
  #schedule = coalesce();
  #limit = RESULTS_PAGE;

  connectedCallback() {
    const form = this.querySelector('form')!;
    const input = this.querySelector<HTMLInputElement>('input[name="q"]')!;
    // A reader who opens the search page is about to search: the engine and the
    // policy index load once the page is idle (or at the first focus, if sooner),
    // so the first query is answered without waiting for them.
    const warm = () => void loadPagefind().then(() => (this.dataset.state = 'ready'));
    form.addEventListener('focusin', warm, { once: true });
    if ('requestIdleCallback' in window) requestIdleCallback(warm, { timeout: 2000 });
    else setTimeout(warm, 500);
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    for (const box of this.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.checked = params.getAll(box.name).includes(box.value);
    // A large library lists no policy in advance: those named in the address are offered, ticked.
    if (this.dynamicPolicies) this.offerPolicies(params.getAll('policy'), []);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.update();
    });
    input.addEventListener('input', () => this.#schedule(() => this.update()));
    const more = this.querySelector<HTMLButtonElement>('.search-show-more')!;
    more.addEventListener('click', () => this.#schedule(() => this.update(true)));
    form.addEventListener('change', () => this.#schedule(() => this.update()));
    form.addEventListener('reset', () => setTimeout(() => this.#schedule(() => this.update())));
    this.#schedule(() => this.update());
  }

  filters(): Filters {
    const out: Record<string, string[]> = {};
    for (const box of this.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) (out[box.name] ??= []).push(box.value);
    return out;
  }

  /** Runs the search in the box with the ticked filters; `more` shows another page of results of the same search. */
  async update(more = false) {
    const mine = ++this.#sequence;
    this.#limit = more ? this.#limit + RESULTS_PAGE : RESULTS_PAGE;
    const moreButton = this.querySelector<HTMLButtonElement>('.search-show-more')!;
    const query = this.querySelector<HTMLInputElement>('input[name="q"]')!.value;
    const filters = this.filters();
    const params = new URLSearchParams();
    if (query.trim()) params.set('q', query.trim());
    for (const [facet, values] of Object.entries(filters)) for (const v of values ?? []) params.append(facet, v);
    history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);

    const status = this.querySelector<HTMLElement>('.search-status')!;
    const list = this.querySelector<HTMLOListElement>('.search-results')!;
    if (!query.trim() && Object.keys(filters).length === 0) {
      list.replaceChildren();
      moreButton.hidden = true;
      status.textContent = 'Type to search every clause.';
      this.showCounts({});
      return;
    }
    // Up to five clauses from each policy, unless a single policy is chosen.
    const single = filters['policy']?.length === 1;
    const outcome = await runSearch(query, filters, { limit: this.#limit, perPolicy: single ? this.#limit : 5, clauseParts: Number(this.dataset.clauseParts ?? 1) });
    this.dataset.state = 'ready';
    if (mine !== this.#sequence) return;
    status.textContent = statusText(outcome, 'page');
    const shownBefore = list.querySelectorAll('.search-hit-link').length;
    list.replaceChildren(...outcome.hits.flatMap((hit) => this.hitItems(hit, params)));
    const hasMore = !outcome.exact || outcome.total > outcome.hits.length;
    // The button stays where the reader's focus is; when nothing more is left, focus goes to the first new result.
    if (more && !hasMore && document.activeElement === moreButton) list.querySelectorAll<HTMLElement>('.search-hit-link')[shownBefore]?.focus();
    moreButton.hidden = !hasMore;
    this.showCounts(outcome.facets);
    if (this.dynamicPolicies) this.offerPolicies(filters['policy'] ?? [], outcome.hits);
  }

  /** A result, and after a policy's last shown clause a link to all its matching clauses. */
  hitItems(hit: SearchHit, params: URLSearchParams): HTMLLIElement[] {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = hit.href;
    a.className = 'search-hit-link';
    a.append(hitContent(hit));
    li.append(a);
    if (hit.matchesInPolicy === undefined) return [li];
    const more = document.createElement('li');
    more.className = 'search-more-in-policy';
    const link = document.createElement('a');
    const only = new URLSearchParams(params);
    only.delete('policy');
    only.append('policy', hit.policySlug);
    link.href = `${location.pathname}?${only}`;
    link.textContent = `All ${hit.matchesInPolicy.toLocaleString('en-GB')} matching clauses in ${hit.policy}`;
    more.append(link);
    return [li, more];
  }

  /** True when the Policy filter lists the policies in the results rather than every policy. */
  get dynamicPolicies(): boolean {
    return this.querySelector('[data-policy-options="results"]') !== null;
  }

  /**
   * Offers the ticked policies and those in the results as checkboxes, keeping
   * the boxes already there (and the one in focus) so a reader's place is kept.
   */
  offerPolicies(ticked: string[], hits: SearchHit[]) {
    const holder = this.querySelector<HTMLElement>('[data-policy-options="results"]')!;
    const names = new Map(hits.map((h) => [h.policySlug, h.policy]));
    const wanted = [...new Set([...ticked, ...hits.map((h) => h.policySlug)])].slice(0, Math.max(ticked.length, DYNAMIC_POLICY_OPTIONS));
    const existing = new Map([...holder.querySelectorAll<HTMLLabelElement>('label')].map((l) => [l.querySelector('input')!.value, l]));
    for (const [value, label] of existing) if (!wanted.includes(value) && !label.contains(document.activeElement)) label.remove();
    for (const value of wanted) {
      if (existing.has(value)) continue;
      const label = document.createElement('label');
      label.className = 'filter-option';
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = 'policy';
      box.value = value;
      box.checked = ticked.includes(value);
      const text = document.createElement('span');
      text.textContent = names.get(value) ?? value;
      label.append(box, text);
      holder.append(label);
    }
    holder.querySelector<HTMLElement>('.policy-options-empty')!.hidden = holder.querySelector('label') !== null;
  }

  showCounts(facets: Record<string, Record<string, number>>) {
    for (const el of this.querySelectorAll<HTMLElement>('[data-count-for]')) {
      const [facet, value] = el.dataset.countFor!.split(':') as [string, string];
      const n = facets[facet]?.[value];
      el.textContent = n === undefined ? '' : `(${n})`;
    }
  }
}

customElements.define('search-page', SearchPage);
