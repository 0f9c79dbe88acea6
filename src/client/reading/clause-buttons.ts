/**
 * The "Copy link" and "Cite" buttons of every clause on a reading page. They
 * need a script to work, so the script adds them rather than each page
 * carrying two buttons a clause (about a seventh of a policy page's bytes).
 * Each button is named by its clause: described by the clause's margin
 * heading, or, for a section's heading clause, labelled with its English
 * label (`data-label`). What they do is in clause-actions.ts.
 */
const BUTTONS = [
  { action: 'copy-link', text: 'Copy link', label: (clause: string) => `Copy link to ${clause}` },
  { action: 'cite', text: 'Cite', label: (clause: string) => `Cite ${clause}` },
] as const;

/** Adds the buttons to each clause's action line under `root` that has none yet; returns how many lines gained them. */
export function addClauseButtons(root: ParentNode = document): number {
  let added = 0;
  for (const line of root.querySelectorAll<HTMLElement>('[data-clause] > .clause-actions')) {
    if (line.querySelector('button')) continue;
    const clause = line.parentElement!;
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
    added++;
  }
  return added;
}
