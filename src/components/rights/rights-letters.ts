/**
 * <rights-letters>: fills the reader's details into every letter on the page
 * as they type them (in the page only: nothing is stored, nothing is sent),
 * copies a letter, keeps each e-mail link's body in step with the letter,
 * and prints one letter alone.
 */
import { mailtoHref } from '../../lib/letters/fill.ts';
import { announce } from '../../client/reading/announce.ts';

/** A letter's text as it reads now: the reader's details in, the passages left out that are hidden. */
export const visibleText = (text: Element): string => {
  const copy = text.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('[hidden]')) hidden.remove();
  return copy.textContent ?? '';
};
const letterText = (letter: HTMLElement) => visibleText(letter.querySelector<HTMLElement>('.letter-original')!);

class RightsLetters extends HTMLElement {
  connectedCallback() {
    this.querySelector<HTMLElement>('.letter-fields')?.addEventListener('input', (event) => {
      const input = event.target as HTMLInputElement;
      this.fill(input.name, input.value);
    });
    this.addEventListener('change', (event) => {
      const select = (event.target as Element).closest<HTMLSelectElement>('select[data-choice]');
      const card = select?.closest<HTMLElement>('.letter-card');
      if (select && card) this.choose(card, select.dataset.choice!, select.value);
    });
    this.addEventListener('click', (event) => {
      const action = (event.target as Element).closest<HTMLElement>('[data-letter-action]');
      const letter = action?.closest<HTMLElement>('[data-letter]');
      if (!action || !letter) return;
      if (action.dataset.letterAction === 'copy') void this.copy(letter);
      if (action.dataset.letterAction === 'print') {
        event.preventDefault();
        this.print(action.closest<HTMLElement>('.letter-card')!);
      }
    });
  }

  /** Puts `value` into every place for `field`, or the place's label back when it is empty; a passage that hangs on the field shows only while it is filled. */
  fill(field: string, value: string) {
    for (const mark of this.querySelectorAll<HTMLElement>(`mark.fill[data-field="${field}"]`)) {
      mark.textContent = value.trim() ? value.trim() : (mark.dataset.label ?? '');
      mark.toggleAttribute('data-empty', !value.trim());
    }
    for (const passage of this.querySelectorAll<HTMLElement>(`[data-when-field="${field}"]`)) passage.hidden = !value.trim();
    for (const letter of this.querySelectorAll<HTMLElement>('[data-letter]')) this.updateMail(letter);
  }

  /** Shows, in one letter, the passages of the option chosen and hides the others. */
  choose(card: HTMLElement, choice: string, value: string) {
    for (const passage of card.querySelectorAll<HTMLElement>(`[data-when-choice="${choice}"]`))
      passage.hidden = passage.dataset.value !== value;
    const letter = card.querySelector<HTMLElement>('[data-letter]');
    if (letter) this.updateMail(letter);
  }

  /** The e-mail link carries the letter as it reads now. */
  updateMail(letter: HTMLElement) {
    const link = letter.querySelector<HTMLAnchorElement>('[data-letter-action="mail"]');
    if (!link || !letter.dataset.to) return;
    const { href, withBody } = mailtoHref(letter.dataset.to, letter.dataset.subject ?? '', letterText(letter));
    link.href = href;
    letter.querySelector<HTMLElement>('[data-mail-note]')?.toggleAttribute('hidden', withBody);
  }

  async copy(letter: HTMLElement) {
    const text = `${letter.dataset.subject ?? ''}\n\n${letterText(letter)}`;
    try {
      await navigator.clipboard.writeText(text);
      announce('Letter copied. Paste it into an e-mail or a document.');
    } catch {
      // No clipboard (an insecure context or a refusal): select the text so the reader can copy it.
      const range = document.createRange();
      range.selectNodeContents(letter.querySelector('.letter-original')!); // hidden passages are not displayed, so they are not copied
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      announce('The letter is selected: copy it with Control C.');
    }
  }

  /** Prints one letter alone: the print stylesheet shows only the letter marked for printing. */
  print(card: HTMLElement) {
    for (const other of this.querySelectorAll('[data-printing]')) other.removeAttribute('data-printing');
    card.setAttribute('data-printing', '');
    document.documentElement.setAttribute('data-printing-letter', '');
    addEventListener('afterprint', () => document.documentElement.removeAttribute('data-printing-letter'), { once: true });
    print();
  }
}

customElements.define('rights-letters', RightsLetters);
