/**
 * <search-page>: the shareable search page. The query and filters live in the
 * URL (/search/?q=retention&topic=retention), results update as you type or
 * tick a filter, and every result links to its clause.
 */
import { coalesce, loadPagefind, runSearch, type Filters } from './engine.ts';
import { hitContent } from './render.ts';

class SearchPage extends HTMLElement {
  #sequence = 0;
  #schedule = coalesce();

  connectedCallback() {
    const form = this.querySelector('form')!;
    const input = this.querySelector<HTMLInputElement>('input[name="q"]')!;
    // Load the engine as soon as the reader shows intent (focus, a filter), not before:
    // a visit that only reads this page downloads no index.
    const warm = () => void loadPagefind().then(() => (this.dataset.state = 'ready'));
    form.addEventListener('focusin', warm, { once: true });
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    for (const box of this.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.checked = params.getAll(box.name).includes(box.value);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.update();
    });
    input.addEventListener('input', () => this.#schedule(() => this.update()));
    form.addEventListener('change', () => this.#schedule(() => this.update()));
    form.addEventListener('reset', () => setTimeout(() => this.#schedule(() => this.update())));
    this.#schedule(() => this.update());
  }

  filters(): Filters {
    const out: Record<string, string[]> = {};
    for (const box of this.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) (out[box.name] ??= []).push(box.value);
    return out;
  }

  async update() {
    const mine = ++this.#sequence;
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
      status.textContent = 'Type to search every clause.';
      this.showCounts({});
      return;
    }
    const outcome = await runSearch(query, filters, 30);
    this.dataset.state = 'ready';
    if (mine !== this.#sequence) return;
    status.textContent =
      outcome.total === 0
        ? 'No clause matches. Try fewer words, or clear a filter.'
        : `${outcome.total} matching clause${outcome.total === 1 ? '' : 's'}${outcome.total > outcome.hits.length ? `, showing the first ${outcome.hits.length}` : ''}.`;
    list.replaceChildren(
      ...outcome.hits.map((hit) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = hit.href;
        a.className = 'search-hit-link';
        a.append(hitContent(hit));
        li.append(a);
        return li;
      }),
    );
    this.showCounts(outcome.facets);
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
