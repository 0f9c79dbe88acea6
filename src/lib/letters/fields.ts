/** The places for the reader's own details in a letter, as the page names them. */
import type { ReaderField } from './schema.ts';

export const FIELD_LABEL: Record<ReaderField, string> = {
  name: 'your name',
  email: 'the e-mail address you used with the shop',
  address: 'your postal address',
  order: 'your order or customer number',
  date: 'the date of your request',
  details: 'what is wrong and what is right',
  website: 'the shop’s website address',
};

/** A letter's text with each place for the reader's details shown as its label, "[your name]". */
export const withLabels = (text: string): string => text.replace(/\[\[(\w+)\]\]/g, (_m, f: string) => `[${FIELD_LABEL[f as ReaderField] ?? f}]`);
