/**
 * The "Copy link" and "Cite" buttons of every clause on a reading page. They
 * need a script to work, so the script adds them rather than each page
 * carrying two buttons a clause (about a seventh of a policy page's bytes).
 * Each button is named by its clause: described by the clause's label
 * heading, or, for a section's heading clause, labelled with its English
 * label (`data-label`). What they do is in clause-actions.ts.
 */
const BUTTONS = [
  { action: 'copy-link', text: 'Copy link', label: (clause: string) => `Copy link to ${clause}` },
  { action: 'cite', text: 'Cite', label: (clause: string) => `Cite ${clause}` },
] as const;

/** Adds the two buttons to every clause's action line, in its head line (boot.ts calls this once, on load). */
export function addClauseButtons(): void {
  for (const line of document.querySelectorAll<HTMLElement>('[data-clause] > .clause-head > .clause-actions')) {
    const clause = line.closest<HTMLElement>('[data-clause]')!;
    const heading = clause.dataset.label;
    for (const { action, text, label } of BUTTONS) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'action';
      button.dataset.action = action;
      button.textContent = text;
      if (heading) button.setAttribute('aria-label', label(heading));
      else button.setAttribute('aria-describedby', `${clause.id}-label`);
      if (action === 'cite') button.setAttribute('aria-haspopup', 'dialog');
      line.append(button);
    }
  }
}
