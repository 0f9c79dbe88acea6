/**
 * The header's search box as a combobox with results as you type: the same
 * ranking as the search page, its first eight results. Loaded on the box's
 * first focus by <site-search> (src/components/search/SiteSearch.astro);
 * until then the box is a plain form that opens /search/.
 */
import type { SearchHit, SearchOutcome } from '../../lib/search/search.ts';
import { coalesce, loadIndex, runSearch } from './engine.ts';
import { failureNotice, hitContent, statusText } from './render.ts';

/** Results the box shows: the first of the page's ranking. */
const BOX_RESULTS = 8;

export class SiteSearchBox {
  readonly #root: HTMLElement;
  readonly #input: HTMLInputElement;
  readonly #panel: HTMLElement;
  readonly #list: HTMLElement;
  readonly #status: HTMLElement;
  readonly #more: HTMLAnchorElement;
  readonly #schedule = coalesce();
  #hits: readonly SearchHit[] = [];
  #active = -1;
  #sequence = 0;

  constructor(root: HTMLElement) {
    this.#root = root;
    this.#input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
    this.#panel = root.querySelector<HTMLElement>('.search-popover')!;
    this.#list = this.#panel.querySelector<HTMLElement>('[role="listbox"]')!;
    this.#status = this.#panel.querySelector<HTMLElement>('[role="status"]')!;
    this.#more = this.#panel.querySelector<HTMLAnchorElement>('.search-more')!;
  }

  /** Wires the box up; the reader is about to type, so the index starts loading now. */
  start(): void {
    void loadIndex().catch(() => {}); // a failure is reported by the search that needs the index
    this.#input.addEventListener('input', () => this.#schedule(() => this.update()));
    this.#input.addEventListener('keydown', (event) => this.onKey(event));
    this.#list.addEventListener('mousedown', (event) => event.preventDefault()); // keep focus in the box while clicking a result
    this.#root.addEventListener('focusout', (event) => {
      if (!this.#root.contains(event.relatedTarget as Node | null)) this.setOpen(false);
    });
    this.#input.addEventListener('focus', () => {
      if (this.#hits.length && this.#input.value.trim()) this.setOpen(true);
    });
    this.#root.querySelector('form')!.addEventListener('submit', (event) => {
      if (!this.#input.value.trim()) event.preventDefault();
    });
    if (this.#input.value.trim()) this.#schedule(() => this.update());
  }

  setOpen(open: boolean): void {
    this.#panel.hidden = !open;
    this.#input.setAttribute('aria-expanded', String(open));
    if (!open) this.setActive(-1);
  }

  setActive(index: number): void {
    this.#active = index;
    this.#list.querySelectorAll<HTMLElement>('[role="option"]').forEach((el, i) => el.setAttribute('aria-selected', String(i === index)));
    const current = this.#list.children[index] as HTMLElement | undefined;
    if (current) {
      this.#input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else this.#input.removeAttribute('aria-activedescendant');
  }

  render(query: string, outcome: SearchOutcome): void {
    this.#hits = outcome.hits;
    this.#list.replaceChildren(
      ...outcome.hits.map((hit, i) => {
        const a = Object.assign(document.createElement('a'), { href: hit.href, tabIndex: -1 });
        a.append(hitContent(hit));
        const li = Object.assign(document.createElement('li'), { id: `site-search-option-${i}` });
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.append(a);
        return li;
      }),
    );
    this.#status.textContent = statusText(outcome, 'box');
    this.#more.href = `/search/?q=${encodeURIComponent(query)}`;
    this.setActive(-1);
    // Results that arrive after the reader has moved on are kept, not shown.
    this.setOpen(this.#root.contains(document.activeElement));
  }

  async update(): Promise<void> {
    const query = this.#input.value;
    const mine = ++this.#sequence;
    if (!query.trim()) {
      this.setOpen(false);
      this.#status.textContent = '';
      return;
    }
    let outcome: SearchOutcome;
    try {
      outcome = await runSearch(query, {}, { limit: BOX_RESULTS, typing: true });
    } catch (error) {
      if (mine === this.#sequence) this.showFailure(error);
      return;
    }
    if (mine === this.#sequence) {
      this.showFailure(null);
      this.render(query, outcome);
    }
  }

  /** Says in the panel why the search failed, with a button to try again (null: clears that notice, focus back in the box). */
  showFailure(error: unknown): void {
    const notice = this.#panel.querySelector('.search-failure');
    const focused = notice?.contains(document.activeElement) ?? false;
    notice?.remove();
    if (error === null) {
      if (focused) this.#input.focus();
      return;
    }
    this.#hits = [];
    this.#list.replaceChildren();
    this.#status.textContent = '';
    this.#status.after(failureNotice(error, () => this.#schedule(() => this.update())));
    this.setOpen(this.#root.contains(document.activeElement));
  }

  onKey(event: KeyboardEvent): void {
    const n = this.#hits.length;
    if (event.key === 'ArrowDown' && n) {
      event.preventDefault();
      if (this.#panel.hidden) this.setOpen(true);
      this.setActive((this.#active + 1) % n);
    } else if (event.key === 'ArrowUp' && n) {
      event.preventDefault();
      this.setActive(this.#active <= 0 ? n - 1 : this.#active - 1);
    } else if (event.key === 'Enter' && this.#active >= 0 && this.#hits[this.#active]) {
      event.preventDefault();
      window.location.assign(this.#hits[this.#active]!.href);
    } else if (event.key === 'Escape') this.onEscape(event);
  }

  /** Escape closes the results, then clears the box, then leaves it. */
  onEscape(event: KeyboardEvent): void {
    this.#sequence += 1; // a search still running must not reopen what the reader closed
    if (!this.#panel.hidden) {
      event.preventDefault();
      this.setOpen(false);
    } else if (this.#input.value) {
      event.preventDefault();
      this.#input.value = '';
    } else this.#input.blur();
  }
}
