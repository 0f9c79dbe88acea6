/**
 * Marks, in the outline, the section being read. Started on the first scroll
 * (boot.ts), so a page that is only glanced at runs no script.
 */
export function trackOutline(): void {
  const links = new Map<string, HTMLAnchorElement>();
  for (const a of document.querySelectorAll<HTMLAnchorElement>('.outline-wide ol a[href^="#"]')) links.set(a.hash.slice(1), a);
  if (links.size === 0) return;
  const sections = [...links.keys()].map((id) => document.getElementById(id)).filter((el): el is HTMLElement => el !== null);
  const update = () => {
    let current = sections[0];
    for (const s of sections) if (s.getBoundingClientRect().top <= window.innerHeight * 0.3) current = s;
    for (const [id, a] of links) {
      if (id === current?.id) a.setAttribute('aria-current', 'location');
      else a.removeAttribute('aria-current');
    }
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
