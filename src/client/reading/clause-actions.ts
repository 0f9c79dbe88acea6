/**
 * "Copy link" and "Cite" on a clause. Loaded on the first click of either
 * (boot.ts), so reading pages run no script until a reader asks for one.
 */
import { announce } from './announce.ts';
import type { Policy } from '../../lib/policy/model.ts';
import { sourcePath, sourceStatement, TRANSLATION_CAVEAT } from '../../lib/provenance.ts';

export function clauseUrl(clause: HTMLElement): string {
  const url = new URL(location.href);
  url.search = '';
  url.hash = clause.id;
  return url.href;
}

export interface CitationParts {
  owner: string;
  title: string;
  originalTitle: string;
  label: string;
  id: string;
  url: string;
  accessed: string;
  /** The source text: its file, its hash, where the site publishes it, and what is known of its capture. */
  source: { file: string; sha256: string; rawUrl: string; provenance: Policy['provenance'] };
}

/** A ready citation: who, what, which clause, where, when, the source text it rests on, and how the English was made. */
export function formatCitation(c: CitationParts): string {
  return (
    `${c.owner}, “${c.title}” (${c.originalTitle}), clause “${c.label}” [${c.id}]. ` +
    `Original text with English translation and annotation, Privacy in Parallel. ${c.url} (accessed ${c.accessed}). ` +
    `${sourceStatement(c.source)} ${TRANSLATION_CAVEAT}`
  );
}

/** What the page says of its source, from the policy's data attributes (written by the policy page). */
function sourceOf(policy: HTMLElement): CitationParts['source'] {
  const { source = '', sourceSha256 = '', sourceAddress, sourceCaptured } = policy.dataset;
  return {
    file: source,
    sha256: sourceSha256,
    rawUrl: new URL(sourcePath(source), location.href).href,
    provenance: {
      address: sourceAddress ? (JSON.parse(sourceAddress) as Policy['provenance']['address']) : null,
      captured: sourceCaptured ?? null,
    },
  };
}

/** A clause's English label: its label heading, or (for a section's heading clause) its `data-label`. */
export function labelOf(clause: HTMLElement): string {
  return clause.dataset.label ?? document.getElementById(`${clause.id}-label`)?.textContent?.trim() ?? clause.id;
}

function citationFor(clause: HTMLElement): string {
  const policy = clause.closest<HTMLElement>('[data-policy]')!;
  return formatCitation({
    owner: policy.dataset.owner ?? '',
    title: policy.dataset.title ?? '',
    originalTitle: policy.dataset.originalTitle ?? '',
    label: labelOf(clause),
    id: clause.id,
    url: clauseUrl(clause),
    accessed: new Date().toISOString().slice(0, 10),
    source: sourceOf(policy),
  });
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Clipboard API refused (insecure context, permissions): fall back to a selection.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'sr-only';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

function confirm(button: HTMLButtonElement, text: string) {
  const original = button.dataset.text ?? button.textContent ?? '';
  button.dataset.text = original;
  button.textContent = text;
  button.classList.add('is-done');
  setTimeout(() => {
    button.textContent = original;
    button.classList.remove('is-done');
  }, 2500);
}

export async function handleClauseAction(button: HTMLButtonElement): Promise<void> {
  const clause = button.closest<HTMLElement>('[data-clause]');
  if (!clause) return;
  if (button.dataset.action === 'copy-link') {
    const ok = await copyText(clauseUrl(clause));
    confirm(button, ok ? 'Link copied ✓' : 'Copy failed');
    announce(ok ? `Link to clause ${labelOf(clause)} copied.` : 'Could not copy the link.');
  } else if (button.dataset.action === 'cite') {
    const dialog = document.getElementById('cite-dialog') as HTMLDialogElement | null;
    if (!dialog) return;
    const text = dialog.querySelector<HTMLTextAreaElement>('textarea')!;
    text.value = citationFor(clause);
    dialog.querySelector<HTMLElement>('.cite-clause')!.textContent = labelOf(clause);
    const copy = dialog.querySelector<HTMLButtonElement>('[data-action="copy-citation"]')!;
    copy.onclick = async () => {
      const ok = await copyText(text.value);
      confirm(copy, ok ? 'Citation copied ✓' : 'Copy failed');
      announce(ok ? 'Citation copied.' : 'Could not copy the citation.');
    };
    dialog.showModal();
    text.focus();
    text.select();
  }
}
