/**
 * Marks, in the outline beside the text and in the toolbar's Contents, the
 * section being read, and names it in Contents' summary line. Started on the
 * first scroll (boot.ts), so a page that is only glanced at runs no script.
 */
export function trackOutline(): void {
  const links = new Map<string, HTMLAnchorElement[]>();
  for (const a of document.querySelectorAll<HTMLAnchorElement>('.outline-wide ol a[href^="#"], .outline-compact ol a[href^="#"]')) {
    const id = a.hash.slice(1);
    links.set(id, [...(links.get(id) ?? []), a]);
  }
  if (links.size === 0) return;
  const current = document.querySelector<HTMLElement>('.contents-current');
  const firstTitle = current?.textContent ?? '';
  // After the clauses, "The policy against the law" is the part being read: no section is.
  const end = document.getElementById('against-the-law');
  const sections = [...links.keys()].map((id) => document.getElementById(id)).filter((el): el is HTMLElement => el !== null);
  let shown: string | undefined;
  const update = () => {
    const line = window.innerHeight * 0.3;
    let at = sections[0];
    for (const s of sections) if (s.getBoundingClientRect().top <= line) at = s;
    const id = end && end.getBoundingClientRect().top <= line ? end.id : at?.id;
    if (id === shown) return;
    shown = id;
    for (const [sectionId, anchors] of links)
      for (const a of anchors) {
        if (sectionId === id) a.setAttribute('aria-current', 'location');
        else a.removeAttribute('aria-current');
      }
    if (current)
      current.textContent = id === end?.id ? 'The policy against the law' : (links.get(id ?? '')?.[0]?.textContent ?? firstTitle);
  };
  let queued = false;
  addEventListener(
    'scroll',
    () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        update();
      });
    },
    { passive: true },
  );
  update();
}
