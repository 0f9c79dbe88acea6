/** Renders search hits as DOM nodes. Pagefind's excerpts hold only <mark>; everything else is text. */
import type { SearchHit, SearchOutcome } from './engine.ts';

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

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** What the status line says about an outcome, on the search page or under the header's box. */
export function statusText(o: SearchOutcome, where: 'page' | 'box'): string {
  if (o.total === 0 && o.hits.length === 0) return where === 'page' ? 'No clause matches. Try fewer words, or clear a filter.' : `No clause matches “${o.query}”.`;
  const inPolicies = o.policies === null ? '' : ` in ${o.policiesExact ? '' : 'up to '}${count(o.policies, 'policy', 'policies')}`;
  if (where === 'box') {
    const what = o.exact ? `${count(o.total, 'clause', 'clauses')}${inPolicies} match` : `Clauses${inPolicies} match`;
    return `${what} “${o.query}”. Use the arrow keys to choose, Enter to open.`;
  }
  if (o.exact) {
    const showing = o.total > o.hits.length ? `, showing ${o.policies === null ? 'the first' : 'the best'} ${o.hits.length}` : '';
    return `${count(o.total, 'matching clause', 'matching clauses')}${inPolicies}${showing}.`;
  }
  const from = new Set(o.hits.map((h) => h.policySlug)).size;
  return o.policies === null
    ? `${count(o.total, 'matching clause', 'matching clauses')}, showing the first ${o.hits.length}.`
    : `Matching clauses${inPolicies}; showing ${o.hits.length} from the ${count(from, 'policy', 'policies')} that match best.`;
}
