/**
 * The only script every page loads. It runs nothing heavy: it listens for the
 * reader to start searching (focus, or the "/" and Ctrl+K shortcuts) and only
 * then loads the search code; and it loads the highlighter only when a search
 * result brought the reader here.
 */
const input = () => document.querySelector<HTMLInputElement>('#site-search-input');

async function enhanceSearch() {
  const root = document.querySelector<HTMLElement>('site-search');
  if (!root || root.dataset.enhanced) return;
  const { enhance } = await import('./search/site-search-ui.ts');
  enhance(root);
}

document.addEventListener('focusin', (event) => {
  if (event.target instanceof HTMLElement && event.target.id === 'site-search-input') void enhanceSearch();
});

const typing = (el: Element | null) =>
  el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));

document.addEventListener('keydown', (event) => {
  const box = input();
  if (!box) return;
  const shortcut = (event.key === '/' && !typing(document.activeElement)) || ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k');
  if (shortcut && !event.altKey) {
    event.preventDefault();
    box.focus();
    box.select();
  }
});

if (new URLSearchParams(location.search).has('highlight')) void import('./highlight.ts').then((m) => m.highlightArrival());
