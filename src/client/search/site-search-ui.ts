/**
 * The search box in the header, enhanced into a combobox with results as you
 * type. Loaded on the first focus of the box (see boot.ts); until then the
 * box is a plain form that submits to /search/.
 */
import { coalesce, loadPagefind, runSearch, type SearchHit, type SearchOutcome } from './engine.ts';
import { hitContent, statusText } from './render.ts';

export function enhance(root: HTMLElement): void {
  if (root.dataset.enhanced) return;
  root.dataset.enhanced = 'true';
  const form = root.querySelector('form')!;
  const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
  const panel = root.querySelector<HTMLElement>('.search-popover')!;
  const list = panel.querySelector<HTMLUListElement>('[role="listbox"]')!;
  const status = panel.querySelector<HTMLElement>('[role="status"]')!;
  const more = panel.querySelector<HTMLAnchorElement>('.search-more')!;
  let hits: SearchHit[] = [];
  let active = -1;
  let sequence = 0;
  const schedule = coalesce();
  void loadPagefind(); // the reader is about to type: fetch the engine now

  const setOpen = (open: boolean) => {
    panel.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (!open) setActive(-1);
  };
  const setActive = (index: number) => {
    active = index;
    list.querySelectorAll<HTMLElement>('[role="option"]').forEach((el, i) => el.setAttribute('aria-selected', String(i === index)));
    const current = list.children[index] as HTMLElement | undefined;
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const render = (query: string, outcome: SearchOutcome) => {
    const found = outcome.hits;
    hits = found;
    list.replaceChildren(
      ...found.map((hit, i) => {
        const li = document.createElement('li');
        li.id = `site-search-option-${i}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        const a = document.createElement('a');
        a.href = hit.href;
        a.tabIndex = -1;
        a.append(hitContent(hit));
        li.append(a);
        return li;
      }),
    );
    status.textContent = statusText(outcome, 'box');
    more.href = `/search/?q=${encodeURIComponent(query)}`;
    setActive(-1);
    // Results that arrive after the reader has moved on are kept, not shown.
    setOpen(root.contains(document.activeElement));
  };
  const update = async () => {
    const query = input.value.trim();
    const mine = ++sequence;
    if (!query) {
      setOpen(false);
      status.textContent = '';
      return;
    }
    // At most three clauses from one policy, so the eight shown span several policies.
    const outcome = await runSearch(query, {}, { limit: 8, perPolicy: 3 });
    if (mine === sequence) render(query, outcome);
  };

  input.addEventListener('input', () => schedule(update));
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && hits.length) {
      event.preventDefault();
      if (panel.hidden) setOpen(true);
      setActive((active + 1) % hits.length);
    } else if (event.key === 'ArrowUp' && hits.length) {
      event.preventDefault();
      setActive(active <= 0 ? hits.length - 1 : active - 1);
    } else if (event.key === 'Enter' && active >= 0 && hits[active]) {
      event.preventDefault();
      window.location.assign(hits[active]!.href);
    } else if (event.key === 'Escape') {
      sequence += 1; // a search still running must not reopen what the reader closed
      if (!panel.hidden) {
        event.preventDefault();
        setOpen(false);
      } else if (input.value) {
        event.preventDefault();
        input.value = '';
      } else input.blur();
    }
  });
  list.addEventListener('mousedown', (event) => event.preventDefault()); // keep focus in the box while clicking a result
  root.addEventListener('focusout', (event) => {
    if (!root.contains(event.relatedTarget as Node | null)) setOpen(false);
  });
  input.addEventListener('focus', () => {
    if (hits.length && input.value.trim()) setOpen(true);
  });
  form.addEventListener('submit', (event) => {
    if (!input.value.trim()) event.preventDefault();
  });
  if (input.value.trim()) schedule(update);
}
