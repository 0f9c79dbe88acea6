/** Renders search hits as DOM nodes. Pagefind's excerpts hold only <mark>; everything else is text. */
import type { SearchHit } from './engine.ts';

/** Keeps Pagefind's <mark> highlighting and nothing else from an excerpt. */
export function excerptNodes(excerpt: string): Node[] {
  const out: Node[] = [];
  const parts = excerpt.split(/(<mark>|<\/mark>)/);
  let marking = false;
  const scratch = document.createElement('textarea');
  for (const part of parts) {
    if (part === '<mark>') marking = true;
    else if (part === '</mark>') marking = false;
    else if (part) {
      scratch.innerHTML = part; // decodes entities; a textarea never parses tags
      const text = document.createTextNode(scratch.value);
      if (marking) {
        const mark = document.createElement('mark');
        mark.append(text);
        out.push(mark);
      } else out.push(text);
    }
  }
  return out;
}

export function hitContent(hit: SearchHit): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const head = document.createElement('span');
  head.className = 'hit-title';
  const policy = document.createElement('span');
  policy.className = 'hit-policy';
  policy.textContent = hit.policy;
  const label = document.createElement('span');
  label.className = 'hit-label';
  label.textContent = hit.label;
  head.append(policy, label);
  const excerpt = document.createElement('span');
  excerpt.className = 'hit-excerpt';
  excerpt.append(...excerptNodes(hit.excerpt));
  fragment.append(head, excerpt);
  return fragment;
}
