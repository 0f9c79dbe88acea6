/**
 * <search-page>: the shareable search page. The query, the filters and the
 * view live in the URL (/search/?q=retention&topic=retention&group=policy);
 * results update as you type or tick a filter, ranked across the library and
 * optionally grouped by policy; every result links to its clause.
 */
import { aspectById, topicById } from '../../lib/taxonomy.ts';
import { RESULTS_PAGE, SEARCH_FACETS, type Filters, type SearchHit, type SearchOutcome } from '../../lib/search/search.ts';
import { aspectPath, topicPath } from '../../lib/urls.ts';
import { coalesce, loadIndex, runSearch } from './engine.ts';
import { DEV_NOTICE, failureNotice, groupByPolicy, hitContent, statusText } from './render.ts';

/** How many policies the Policy filter offers when it lists the policies in the results (large libraries). */
const DYNAMIC_POLICY_OPTIONS = 12;

/** An element with a class (or none) and children. */
function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  el.append(...children);
  return el;
}

/** A link. */
function link(href: string, ...children: (Node | string)[]): HTMLAnchorElement {
  const a = element('a', '', ...children);
  a.href = href;
  return a;
}

class SearchPage extends HTMLElement {
  #sequence = 0;
  #schedule = coalesce();
  #limit = RESULTS_PAGE;
  /** Whether a policy named in the query narrows it; false once the reader removes that filter (names=off in the address). */
  #names = true;

  connectedCallback() {
    const form = this.querySelector('form')!;
    // Under `astro dev` there is no index to read: the page says so (SearchPage.astro) and the form just reloads it.
    if (!import.meta.env.SEARCH_INDEX_BUILT) return void (this.querySelector<HTMLElement>('.search-status')!.textContent = DEV_NOTICE);
    // A reader who opens the search page is about to search: the index's manifest loads once the page is idle.
    // A failure here is reported by the search that needs the index.
    const warm = () =>
      void loadIndex().then(
        () => (this.dataset.state = 'ready'),
        () => {},
      );
    form.addEventListener('focusin', warm, { once: true });
    if ('requestIdleCallback' in window) requestIdleCallback(warm, { timeout: 2000 });
    else setTimeout(warm, 500);
    this.readAddress();
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#schedule(() => this.update());
    });
    this.input.addEventListener('input', () => this.#schedule(() => this.update(false, true)));
    this.moreButton.addEventListener('click', () => this.#schedule(() => this.update(true)));
    form.addEventListener('change', (event) => {
      if (event.target !== this.input) this.#schedule(() => this.update());
    });
    form.addEventListener('reset', () => {
      this.#names = true;
      setTimeout(() => this.#schedule(() => this.update()));
    });
    this.#schedule(() => this.update());
  }

  get input(): HTMLInputElement {
    return this.querySelector<HTMLInputElement>('input[name="q"]')!;
  }
  get moreButton(): HTMLButtonElement {
    return this.querySelector<HTMLButtonElement>('.search-show-more')!;
  }
  get grouped(): boolean {
    return this.querySelector<HTMLInputElement>('input[name="group"]')!.checked;
  }

  /** Puts the query, filters and view from the address into the form. */
  readAddress() {
    const params = new URLSearchParams(location.search);
    this.input.value = params.get('q') ?? '';
    this.#names = params.get('names') !== 'off';
    for (const box of this.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'))
      box.checked = params.getAll(box.name).includes(box.value);
    // A large library lists no policy in advance: those named in the address are offered, ticked.
    if (this.dynamicPolicies) this.offerPolicies(params.getAll('policy'), []);
  }

  filters(): Filters {
    const out: Partial<Record<(typeof SEARCH_FACETS)[number], string[]>> = {};
    for (const facet of SEARCH_FACETS)
      for (const box of this.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${facet}"]:checked`))
        (out[facet] ??= []).push(box.value);
    return out;
  }

  /** The address for the current query, filters and view. */
  writeAddress(query: string, filters: Filters): URLSearchParams {
    const params = new URLSearchParams();
    if (query.trim()) params.set('q', query.trim());
    for (const [facet, values] of Object.entries(filters)) for (const v of values ?? []) params.append(facet, v);
    if (this.grouped) params.set('group', 'policy');
    if (!this.#names) params.set('names', 'off');
    history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
    return params;
  }

  /** Runs the search in the box with the ticked filters; `more` shows another page of the same search; `typing` as the reader types. */
  async update(more = false, typing = false) {
    const mine = ++this.#sequence;
    this.#limit = more ? this.#limit + RESULTS_PAGE : RESULTS_PAGE;
    const query = this.input.value;
    const filters = this.filters();
    this.writeAddress(query, filters);
    const status = this.querySelector<HTMLElement>('.search-status')!;
    const list = this.querySelector<HTMLOListElement>('.search-results')!;
    if (!query.trim() && Object.keys(filters).length === 0) {
      list.replaceChildren();
      this.moreButton.hidden = true;
      this.showConcepts(null);
      this.showNamed(null);
      this.showSuggestion(null);
      status.textContent = 'Type to search every clause.';
      return;
    }
    let outcome: SearchOutcome;
    try {
      outcome = await runSearch(query, filters, { limit: this.#limit, typing, names: this.#names });
    } catch (error) {
      if (mine === this.#sequence) this.showFailure(error);
      return;
    }
    this.dataset.state = 'ready';
    if (mine !== this.#sequence) return;
    this.showFailure(null);
    status.textContent = statusText(outcome, 'page');
    const shownBefore = list.querySelectorAll('.search-hit-link').length;
    list.replaceChildren(...(this.grouped ? this.groupItems(outcome.hits) : outcome.hits.map((h) => this.hitItem(h))));
    const hasMore = outcome.total > outcome.hits.length;
    // The button stays where the reader's focus is; when nothing more is left, focus goes to the first new result.
    if (more && !hasMore && document.activeElement === this.moreButton)
      list.querySelectorAll<HTMLElement>('.search-hit-link')[shownBefore]?.focus();
    this.moreButton.hidden = !hasMore;
    this.showConcepts(outcome);
    this.showNamed(outcome);
    this.showSuggestion(outcome);
    if (this.dynamicPolicies) this.offerPolicies(filters['policy'] ?? [], outcome.hits);
  }

  /** Says why the search failed, with a button to try again (null: clears that notice, keeping the reader's focus in the form). */
  showFailure(error: unknown) {
    const notice = this.querySelector('.search-failure');
    const focused = notice?.contains(document.activeElement) ?? false;
    notice?.remove();
    if (error === null) {
      if (focused) this.input.focus();
      return;
    }
    const status = this.querySelector<HTMLElement>('.search-status')!;
    status.textContent = '';
    this.querySelector('.search-results')!.replaceChildren();
    this.moreButton.hidden = true;
    this.showConcepts(null);
    status.after(failureNotice(error, () => this.#schedule(() => this.update())));
  }

  hitItem(hit: SearchHit): HTMLLIElement {
    const a = link(hit.href, hitContent(hit, true));
    a.className = 'search-hit-link';
    return element('li', '', a);
  }

  /** The grouped view: a heading per policy (in the order of its best result) over its results. */
  groupItems(hits: readonly SearchHit[]): HTMLLIElement[] {
    return groupByPolicy(hits).map((group) => {
      const heading = element('h3', 'search-group-title', `${group.name} `, element('span', 'muted', `(${group.hits.length} shown)`));
      return element('li', 'search-group', heading, element('ol', 'search-group-hits', ...group.hits.map((h) => this.hitItem(h))));
    });
  }

  /** The policies the query names, each a filter chip; removing one searches the name as an ordinary word. */
  showNamed(outcome: SearchOutcome | null) {
    const box = this.querySelector<HTMLElement>('.search-named')!;
    const named = outcome?.named ?? [];
    box.hidden = named.length === 0;
    box.replaceChildren(
      ...(named.length ? ['Only in '] : []),
      ...named.flatMap((n, i) => {
        const chip = element('button', 'search-chip', n.name, element('span', '', '×'));
        chip.type = 'button';
        chip.setAttribute('aria-label', `Remove the filter: only in ${n.name} (named by “${n.words.join(' ')}”)`);
        chip.addEventListener('click', () => {
          this.#names = false;
          this.input.focus();
          this.#schedule(() => this.update());
        });
        return [...(i ? [' or '] : []), chip];
      }),
      ...(named.length
        ? [element('span', 'muted text-sm', ` (named in your search: “${named.map((n) => n.words.join(' ')).join('”, “')}”)`)]
        : []),
    );
  }

  /** "Did you mean …", for a query with a misspelt word: a link that searches the corrected words. */
  showSuggestion(outcome: SearchOutcome | null) {
    const box = this.querySelector<HTMLElement>('.search-suggestion')!;
    const suggestion = outcome?.suggestion ?? null;
    box.hidden = suggestion === null;
    if (suggestion === null) return box.replaceChildren();
    const params = new URLSearchParams(location.search);
    params.set('q', suggestion);
    const a = link(`${location.pathname}?${params}`, element('strong', '', suggestion));
    a.addEventListener('click', (event) => {
      event.preventDefault();
      this.input.value = suggestion;
      this.#schedule(() => this.update());
    });
    box.replaceChildren('Did you mean ', a, '? ', element('span', 'muted text-sm', 'Results below include the nearest spellings.'));
  }

  /** Above the results: the comparison rows and topics the query asks about, and those no policy answers. */
  showConcepts(outcome: SearchOutcome | null) {
    const box = this.querySelector<HTMLElement>('.search-concepts')!;
    const aspects = outcome?.concepts.aspects.slice(0, 2) ?? [];
    const topics = outcome?.concepts.topics.slice(0, 2) ?? [];
    box.hidden = aspects.length + topics.length === 0;
    if (box.hidden) return box.replaceChildren();
    const lines: HTMLElement[] = [];
    for (const id of aspects) {
      const aspect = aspectById[id];
      const unanswered = outcome!.unanswered.includes(id);
      const row = link(aspectPath(id), unanswered ? `the “${aspect.label}” row of the comparison` : 'how every policy answers it');
      lines.push(
        unanswered
          ? element(
              'p',
              '',
              element('strong', '', `No policy in the library says anything about ${aspect.label.toLowerCase()}`),
              ': see ',
              row,
              '.',
            )
          : element('p', '', 'About ', element('strong', '', aspect.label), ': ', row, '.'),
      );
    }
    if (topics.length)
      lines.push(
        element(
          'p',
          '',
          'Every clause on ',
          ...topics.flatMap((t, i) => [...(i ? [' or '] : []), link(topicPath(t), topicById[t].label)]),
          '.',
        ),
      );
    box.replaceChildren(...lines);
  }

  /** True when the Policy filter lists the policies in the results rather than every policy. */
  get dynamicPolicies(): boolean {
    return this.querySelector('[data-policy-options="results"]') !== null;
  }

  /** Offers the ticked policies and those in the results as checkboxes, keeping the boxes already there (and the one in focus). */
  offerPolicies(ticked: readonly string[], hits: readonly SearchHit[]) {
    const holder = this.querySelector<HTMLElement>('[data-policy-options="results"]')!;
    const names = new Map(hits.map((h) => [h.policy, h.policyName]));
    const wanted = [...new Set([...ticked, ...hits.map((h) => h.policy)])].slice(0, Math.max(ticked.length, DYNAMIC_POLICY_OPTIONS));
    const existing = new Map([...holder.querySelectorAll<HTMLLabelElement>('label')].map((l) => [l.querySelector('input')!.value, l]));
    for (const [value, label] of existing) if (!wanted.includes(value) && !label.contains(document.activeElement)) label.remove();
    for (const value of wanted) {
      if (existing.has(value)) continue;
      const box = element('input', '');
      Object.assign(box, { type: 'checkbox', name: 'policy', value, checked: ticked.includes(value) });
      holder.append(element('label', 'filter-option', box, element('span', '', names.get(value) ?? value)));
    }
    holder.querySelector<HTMLElement>('.policy-options-empty')!.hidden = holder.querySelector('label') !== null;
  }
}

customElements.define('search-page', SearchPage);
