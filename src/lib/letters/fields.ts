/** The places for the reader's own details in a letter, as the page's form names them (in English; the letter marks them in its own language). */
import type { ReaderField } from './schema.ts';

export const FIELD_LABEL: Record<ReaderField, string> = {
  name: 'your name',
  email: 'the e-mail address you used with the shop',
  address: 'your postal address',
  order: 'your order, customer or account number, if you have one',
  website: 'the shop’s website address',
  details: 'what is wrong and what is right',
  dataConcerned: 'which of your data are concerned',
  restrictionReason: 'why you ask for the restriction',
  erasureReason: 'why the data should be erased, if you want to say',
  situation: 'your particular situation: why this processing harms you',
  date: 'the date you sent your request to the shop',
  requested: 'what you asked the shop for',
  complaint: 'what the shop did or failed to do',
  documents: 'the documents that confirm the change',
  iin: 'your individual identification number (IIN), if you have one',
  controllerName: 'the shop owner’s name and address, if you know them (from a receipt or invoice)',
  bin: 'the shop owner’s business identification number (BIN), if you know it (from a receipt or invoice)',
};

/** A field's English label, as the form and the English column show it. */
export const englishLabel = (field: string): string => FIELD_LABEL[field as ReaderField] ?? field;
