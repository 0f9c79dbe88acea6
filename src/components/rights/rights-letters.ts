/**
 * <rights-letters>: fills the reader's details into every letter on the page
 * as they type them (in the page only: nothing is stored, nothing is sent),
 * copies a letter, keeps each e-mail link's body in step with the letter,
 * and prints one letter alone.
 */
import { mailtoHref } from '../../lib/letters/fill.ts';
import { FIELD_LABEL } from '../../lib/letters/fields.ts';
import { announce } from '../../client/reading/announce.ts';

/** The letter's text as it reads now (the reader's details in). */
const letterText = (letter: HTMLElement) => letter.querySelector<HTMLElement>('.letter-original')!.textContent ?? '';

class RightsLetters extends HTMLElement {
  connectedCallback() {
    this.querySelector<HTMLElement>('.letter-fields')?.addEventListener('input', (event) => {
      const input = event.target as HTMLInputElement;
      this.fill(input.name, input.value);
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

  /** Puts `value` into every place for `field`, or the place's label back when it is empty. */
  fill(field: string, value: string) {
    for (const mark of this.querySelectorAll<HTMLElement>(`mark.fill[data-field="${field}"]`)) {
      mark.textContent = value.trim() ? value : `[${FIELD_LABEL[field as keyof typeof FIELD_LABEL] ?? field}]`;
      mark.toggleAttribute('data-empty', !value.trim());
    }
    for (const letter of this.querySelectorAll<HTMLElement>('[data-letter]')) this.updateMail(letter);
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
      range.selectNodeContents(letter.querySelector('.letter-original')!);
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
