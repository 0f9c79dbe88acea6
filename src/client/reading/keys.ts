/**
 * Keyboard reading: j / k (or n / p) move to the next or previous clause,
 * ? opens the help. Loaded on the first such key press (boot.ts); never acts
 * while the reader types in a field.
 */
const clauses = () => [...document.querySelectorAll<HTMLElement>('[data-clause]')].filter((el) => el.offsetParent !== null);

/** The clause nearest the top of the viewport (or the current target). */
function currentIndex(list: HTMLElement[]): number {
  const active = document.activeElement?.closest<HTMLElement>('[data-clause]');
  if (active) return list.indexOf(active);
  const offset = 80;
  let index = -1;
  for (const [i, el] of list.entries()) if (el.getBoundingClientRect().top <= offset) index = i;
  return index;
}

export function moveClause(step: 1 | -1): void {
  const list = clauses();
  if (list.length === 0) return;
  const from = currentIndex(list);
  const to = Math.min(list.length - 1, Math.max(0, from + step));
  const target = list[to]!;
  history.replaceState(null, '', `#${target.id}`);
  document.querySelectorAll('.is-current').forEach((el) => el.classList.remove('is-current'));
  target.classList.add('is-current');
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
}

export function openHelp(): void {
  const dialog = document.getElementById('keys-dialog') as HTMLDialogElement | null;
  if (dialog && !dialog.open) dialog.showModal();
}

export function handleKey(key: string): void {
  if (key === 'j' || key === 'n') moveClause(1);
  else if (key === 'k' || key === 'p') moveClause(-1);
  else if (key === '?') openHelp();
}
