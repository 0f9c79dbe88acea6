/**
 * The one script every page loads, for what belongs to the whole document:
 * the keyboard shortcuts, the clause actions (copy link, cite), preferences,
 * and what to do on arrival. On load it only adds each clause's copy and cite
 * buttons (clause-buttons.ts), sets the preference controls and, if the
 * address has a #target, opens and settles it (reading/land.ts); the rest
 * waits until the reader acts, loading each piece of code when first needed.
 * (Interactive components own their behaviour: the header's search box is
 * <site-search>, in its component.)
 */
import { onPrefChange, syncControls } from './prefs.ts';
import { addClauseButtons } from './reading/clause-buttons.ts';

/** The phone header's Menu button shows or hides the navigation (on wider screens the button is not shown and the navigation always is). */
function toggleMenu(button: HTMLButtonElement, open = button.getAttribute('aria-expanded') !== 'true') {
  button.setAttribute('aria-expanded', String(open));
  document.getElementById(button.getAttribute('aria-controls')!)?.classList.toggle('is-open', open);
}

const searchInput = () => document.querySelector<HTMLInputElement>('#site-search-input');

const typing = (el: Element | null) => el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));

document.addEventListener('keydown', (event) => {
  if (event.altKey || event.defaultPrevented) return;
  const box = searchInput();
  const inField = typing(document.activeElement);
  if (box && ((event.key === '/' && !inField) || ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k'))) {
    event.preventDefault();
    box.focus();
    box.select();
    return;
  }
  const menu = document.querySelector<HTMLButtonElement>('.menu-button[aria-expanded="true"]');
  if (menu && event.key === 'Escape' && document.activeElement?.closest('.site-menu, .menu-button')) {
    toggleMenu(menu, false);
    menu.focus();
    return;
  }
  if (inField || event.ctrlKey || event.metaKey) return;
  if (document.querySelector('[data-clause]') && ['j', 'k', 'n', 'p', '?'].includes(event.key)) {
    if (document.querySelector('dialog[open]')) return;
    event.preventDefault();
    void import('./reading/keys.ts').then((m) => m.handleKey(event.key));
  }
});

document.addEventListener('click', (event) => {
  // The toolbar's Contents closes when a section is chosen, or on a click anywhere else.
  const contents = document.querySelector<HTMLDetailsElement>('.outline-compact[open]');
  const inside = (event.target as Element | null)?.closest('.outline-compact');
  if (contents && (!inside || (event.target as Element).closest('a'))) contents.open = false;
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-action]');
  if (!button) return;
  const action = button.dataset.action;
  if (action === 'copy-link' || action === 'cite') void import('./reading/clause-actions.ts').then((m) => m.handleClauseAction(button));
  else if (action === 'help') void import('./reading/keys.ts').then((m) => m.openHelp());
  else if (action === 'close-dialog') button.closest('dialog')?.close();
  else if (action === 'menu') toggleMenu(button);
});

document.addEventListener('change', (event) => {
  const el = event.target;
  if ((el instanceof HTMLInputElement || el instanceof HTMLSelectElement) && el.dataset.pref) onPrefChange(el);
});

if (document.querySelector('[data-pref]')) syncControls();

addClauseButtons();

// Arriving at a folded part (#checklist, a clause whose note is folded) opens it; a clause is kept exactly in place while the page settles.
if (location.hash) void import('./reading/land.ts').then((m) => m.arriveOnLoad());
addEventListener('hashchange', () => void import('./reading/land.ts').then((m) => m.arrive()));

if (document.querySelector('.outline-wide'))
  addEventListener('scroll', () => void import('./reading/outline.ts').then((m) => m.trackOutline()), { once: true, passive: true });

if (new URLSearchParams(location.search).has('highlight')) void import('./highlight.ts').then((m) => m.highlightArrival());

const navigation = performance.getEntriesByType('navigation')[0];
if (navigation?.name.includes(':~:')) void import('./reading/arrival.ts').then((m) => m.markTextFragmentArrival());
