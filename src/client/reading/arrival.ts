/**
 * Arriving from a link with a text fragment (#:~:text=…), marks the clause
 * that holds the text as the target, as an #id link would. Browsers hide the
 * fragment directive from `location`; the navigation entry keeps it.
 */
import { openFolds, settle } from './land.ts';
export function textFragment(url: string): string | null {
  const at = url.indexOf(':~:');
  if (at < 0) return null;
  const directive = url.slice(at + 3);
  const text = directive
    .split('&')
    .find((part) => part.startsWith('text='))
    ?.slice(5);
  if (!text) return null;
  // text=[prefix-,]start[,end][,-suffix]: the start is what must be found.
  const start = text.split(',').find((p) => !p.endsWith('-') && !p.startsWith('-'));
  if (!start) return null;
  try {
    return decodeURIComponent(start);
  } catch {
    return start;
  }
}

const fold = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').toLowerCase();

export function markTextFragmentArrival(): void {
  const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const wanted = textFragment(entry?.name ?? '');
  if (!wanted) return;
  const needle = fold(wanted);
  const clause = [...document.querySelectorAll<HTMLElement>('[data-clause]')].find((el) => fold(el.textContent ?? '').includes(needle));
  if (!clause) return;
  clause.classList.add('is-arrival');
  if (!location.hash) history.replaceState(null, '', `#${clause.id}`);
  openFolds(clause);
  settle(clause);
}
