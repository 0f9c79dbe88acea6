/**
 * Arriving at a part of the page by its #id, on load or when the hash
 * changes: opens whatever folds it away, and keeps it exactly where the
 * browser put it while the page settles.
 *
 * Opening: a targeted `<details>` (the checklist, the national rules), the
 * `<details>` around the target, and a targeted clause's folded note
 * (`.note-more`).
 *
 * Keeping it in place: clauses are rendered only near the screen
 * (`content-visibility: auto` in global.css), so the clauses above a target
 * are at first only estimates of their height. When one near the screen is
 * rendered and turns out taller or shorter, everything under it moves, the
 * target too. So after arriving, each frame the target's top is compared with
 * where `scrollIntoView` last put it and, if it moved, re-aligned, until it
 * has stayed put for a while, or a time limit passes, or the reader
 * scrolls, taps, clicks or presses a key (the reader then leads).
 */

/** Opens what hides the target: itself if it is a `<details>`, the `<details>` around it, and a clause's folded note. */
export function openFolds(target: HTMLElement): void {
  if (target instanceof HTMLDetailsElement) target.open = true;
  for (let d = target.parentElement?.closest('details'); d; d = d.parentElement?.closest('details')) d.open = true;
  if (target.matches('[data-clause]')) target.querySelector<HTMLDetailsElement>(':scope .note-more')?.setAttribute('open', '');
}

const READER_INPUT = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

/** Frames the target must stay put before it counts as settled, and the most time spent keeping it there. */
const STABLE_FRAMES = 20;
const LIMIT_MS = 3000;

/**
 * Scrolls the target to the top (as `scrollIntoView` places it: under the
 * page's scroll padding, less its scroll margin) and keeps it there until it
 * has stayed put for a while; returns a function that stops early.
 */
export function settle(target: HTMLElement): () => void {
  const started = performance.now();
  let stable = 0;
  let frame = 0;
  let done = false;
  let placed = 0;
  const stop = () => {
    done = true;
    cancelAnimationFrame(frame);
    for (const type of READER_INPUT) removeEventListener(type, stop, true);
  };
  for (const type of READER_INPUT) addEventListener(type, stop, { capture: true, passive: true });
  // Where the browser puts the target is the reference: near the end of the page, for one, it cannot reach the top.
  const align = () => {
    target.scrollIntoView({ block: 'start', behavior: 'instant' });
    placed = target.getBoundingClientRect().top;
  };
  const step = () => {
    if (done) return;
    if (performance.now() - started > LIMIT_MS) return stop();
    if (Math.abs(target.getBoundingClientRect().top - placed) > 0.5) {
      align();
      stable = 0;
    } else if (++stable >= STABLE_FRAMES) return stop();
    frame = requestAnimationFrame(step);
  };
  align();
  frame = requestAnimationFrame(step);
  return stop;
}

function hashTarget(): HTMLElement | null {
  if (location.hash.length < 2) return null;
  try {
    return document.getElementById(decodeURIComponent(location.hash.slice(1)));
  } catch {
    return null;
  }
}

/** On hashchange: open and settle the new target. */
export function arrive(): void {
  const target = hashTarget();
  if (!target) return;
  openFolds(target);
  settle(target);
}

/**
 * On load with a hash: open the target's folds, and settle it, unless the
 * browser is restoring where the reader was (a reload, back or forward),
 * which the reader chose.
 */
export function arriveOnLoad(): void {
  const target = hashTarget();
  if (!target) return;
  openFolds(target);
  const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  if (entry && entry.type !== 'navigate') return;
  settle(target);
}
