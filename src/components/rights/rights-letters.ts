/**
 * <rights-letters>: fills the reader's details into every letter on the page
 * as they type them (in the page only: nothing is stored, nothing is sent),
 * moves the fields into the letter the reader is filling (the one the address
 * points to, or whose "Fill in" button they pressed), warns before a letter
 * with empty places is copied or e-mailed, copies a letter, keeps each e-mail
 * link's body in step with the letter, and prints one letter alone.
 */
import { mailtoHref } from '../../lib/letters/fill.ts';
import { fieldText } from '../../lib/letters/render.ts';
import { announce } from '../../client/reading/announce.ts';

/** A letter's text as it reads now: the reader's details in, the passages left out that are hidden. */
export const visibleText = (text: Element): string => {
  const copy = text.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('[hidden]')) hidden.remove();
  return copy.textContent ?? '';
};
const letterText = (letter: HTMLElement) => visibleText(letter.querySelector<HTMLElement>('.letter-original')!);

/** The reader's fields a letter still has empty where the letter shows them (an optional passage left out asks for nothing). */
export const emptyFields = (letter: HTMLElement): string[] => [
  ...new Set(
    [...letter.querySelectorAll<HTMLElement>('.letter-original mark.fill[data-empty]')]
      .filter((mark) => !mark.closest('[hidden]'))
      .map((mark) => mark.dataset.field!),
  ),
];

type Action = 'copy' | 'mail';

class RightsLetters extends HTMLElement {
  connectedCallback() {
    this.addEventListener('input', (event) => {
      const input = (event.target as Element).closest<HTMLInputElement>('.letter-fields input');
      if (input) this.fill(input.name, input.value);
    });
    this.addEventListener('change', (event) => {
      const select = (event.target as Element).closest<HTMLSelectElement>('select[data-choice]');
      const card = select?.closest<HTMLElement>('.letter-card');
      if (select && card) this.choose(card, select.dataset.choice!, select.value);
    });
    this.addEventListener('click', (event) => {
      const action = (event.target as Element).closest<HTMLElement>('[data-letter-action]');
      const card = action?.closest<HTMLElement>('.letter-card');
      if (!action || !card) return;
      const letter = card.querySelector<HTMLElement>('[data-letter]')!;
      const kind = action.dataset.letterAction;
      if (kind === 'fill') this.fillHere(card, emptyFields(letter));
      if (kind === 'copy' || kind === 'mail') {
        if (kind === 'mail') event.preventDefault();
        if (action.closest('[data-letter-warning]')) this.act(card, kind);
        else if (emptyFields(letter).length > 0) this.warn(card, kind);
        else this.act(card, kind);
      }
      if (kind === 'print') {
        event.preventDefault();
        this.print(card);
      }
    });
    addEventListener('hashchange', () => this.arrive(false));
    this.arrive(true);
  }

  /** The letter the address points to (or one inside it) gets the fields; on load the page scrolls back to it, as the fields left the top. */
  arrive(onLoad: boolean) {
    const id = decodeURIComponent(location.hash.slice(1));
    const card = id ? document.getElementById(id)?.closest<HTMLElement>('.letter-card') : null;
    if (!card) return;
    this.placeFields(card);
    if (onLoad) card.scrollIntoView();
  }

  /** Moves the page's one set of fields into a letter, showing only the fields that letter asks for. */
  placeFields(card: HTMLElement) {
    const fieldset = this.querySelector<HTMLFieldSetElement>('#letter-fields');
    const slot = card.querySelector<HTMLElement>('.letter-fields-slot');
    if (!fieldset || !slot) return;
    const wanted = new Set((card.dataset.fields ?? '').split(' ').filter(Boolean));
    for (const label of fieldset.querySelectorAll<HTMLElement>('label[data-field]')) label.hidden = !wanted.has(label.dataset.field!);
    fieldset.querySelector<HTMLElement>('[data-fields-title]')!.textContent =
      `Your details for “${card.querySelector('h3')?.textContent ?? 'this letter'}”`;
    fieldset.querySelector<HTMLElement>('[data-fields-shared]')!.hidden = false;
    fieldset.querySelector<HTMLElement>('[data-fields-long]')!.hidden = true;
    for (const button of this.querySelectorAll<HTMLElement>('[data-letter-action="fill"]')) button.hidden = false;
    slot.querySelector<HTMLElement>('[data-letter-action="fill"]')!.hidden = true;
    slot.append(fieldset);
  }

  /** The fields into this letter, and the cursor into the first of `fields` (or the letter's first empty field). */
  fillHere(card: HTMLElement, fields: readonly string[]) {
    this.placeFields(card);
    const first = fields[0] ?? emptyFields(card.querySelector<HTMLElement>('[data-letter]')!)[0];
    const input =
      (first && this.querySelector<HTMLInputElement>(`#letter-fields input[name="${first}"]`)) ||
      this.querySelector<HTMLInputElement>('#letter-fields label:not([hidden]) input');
    input?.focus();
  }

  /** Before copying or e-mailing a letter with empty places: says which, and lets the reader fill them or go on. */
  warn(card: HTMLElement, action: Action) {
    const letter = card.querySelector<HTMLElement>('[data-letter]')!;
    const box = letter.querySelector<HTMLElement>('[data-letter-warning]')!;
    const empty = emptyFields(letter);
    const labelOf = (field: string) =>
      this.querySelector(`#letter-fields label[data-field="${field}"] .field-label`)?.textContent?.trim() ?? field;
    const title = document.createElement('p');
    title.className = 'font-semibold';
    title.textContent = `This letter still has ${empty.length === 1 ? 'an empty place' : `${empty.length} empty places`}, marked in it in its own language:`;
    const list = document.createElement('ul');
    list.className = 'mt-1';
    for (const field of empty) list.append(Object.assign(document.createElement('li'), { textContent: labelOf(field) }));
    const buttons = document.createElement('p');
    buttons.className = 'letter-actions';
    const fill = Object.assign(document.createElement('button'), { type: 'button', className: 'action', textContent: 'Fill them in' });
    fill.addEventListener('click', () => {
      box.hidden = true;
      this.fillHere(card, empty);
    });
    const onward = Object.assign(document.createElement('button'), {
      type: 'button',
      className: 'action',
      textContent: action === 'copy' ? 'Copy it as it is' : 'E-mail it as it is',
    });
    onward.dataset.letterAction = action;
    onward.addEventListener('click', () => (box.hidden = true));
    buttons.append(fill, onward);
    box.replaceChildren(title, list, buttons);
    box.hidden = false;
    box.focus();
  }

  act(card: HTMLElement, action: Action) {
    const letter = card.querySelector<HTMLElement>('[data-letter]')!;
    if (action === 'copy') void this.copy(letter);
    else void this.mail(letter);
  }

  /** Opens the e-mail; when the letter is too long for the link, copies it first so the reader can paste it. */
  async mail(letter: HTMLElement) {
    const link = letter.querySelector<HTMLAnchorElement>('.letter-actions [data-letter-action="mail"]')!;
    const { withBody } = mailtoHref(letter.dataset.to ?? '', letter.dataset.subject ?? '', letterText(letter));
    if (!withBody) await this.copy(letter, 'The letter is copied: paste it into the e-mail that opens.');
    location.href = link.href;
  }

  /** Puts `value` into every place for `field`, or the place's label back when it is empty; a passage that hangs on the field shows only while it is filled. */
  fill(field: string, value: string) {
    for (const mark of this.querySelectorAll<HTMLElement>(`mark.fill[data-field="${field}"]`)) {
      mark.textContent = value.trim() ? fieldText(value, mark.nextSibling?.textContent ?? '') : (mark.dataset.label ?? '');
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

  /** The e-mail link carries the letter as it reads now, when it fits (mailtoHref's limit); the note says when it does not. */
  updateMail(letter: HTMLElement) {
    const link = letter.querySelector<HTMLAnchorElement>('.letter-actions [data-letter-action="mail"]');
    if (!link) return;
    const { href, withBody } = mailtoHref(letter.dataset.to ?? '', letter.dataset.subject ?? '', letterText(letter));
    link.href = href;
    letter.querySelector<HTMLElement>('[data-mail-note]')?.toggleAttribute('hidden', withBody);
  }

  async copy(letter: HTMLElement, done = 'Letter copied. Paste it into an e-mail or a document.') {
    const text = `${letter.dataset.subject ?? ''}\n\n${letterText(letter)}`;
    try {
      await navigator.clipboard.writeText(text);
      announce(done);
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
