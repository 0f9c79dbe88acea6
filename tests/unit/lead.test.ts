/** The lead of a note (its first sentence), the short names of clause links, and section titles in the contents. */
import { describe, expect, test } from 'vitest';
import { splitLead, splitSentences } from '../../src/lib/policy/lead.ts';
import { clauseNumber, evidenceLabel, shortLabel } from '../../src/lib/policy/evidence-label.ts';
import { outlineTitle } from '../../src/lib/policy/outline.ts';

describe('splitLead', () => {
  test('splits at the first full stop followed by a capital', () => {
    expect(splitLead('The shop keeps data for five years. After that it deletes it.')).toEqual({
      lead: 'The shop keeps data for five years.',
      rest: 'After that it deletes it.',
    });
  });
  test('a single sentence has no rest', () => {
    expect(splitLead('A general promise of security.')).toEqual({ lead: 'A general promise of security.', rest: '' });
  });
  test('does not end a sentence at an article, a number sign, e.g., i.e. or a section sign', () => {
    const note =
      'The shop names the principle of GDPR Art. 5(1)(c) and Law No. 94-V, e.g. for orders, i.e. Purchases, and § 5 Abs. 2 too. Next sentence.';
    expect(splitLead(note).lead).toBe(
      'The shop names the principle of GDPR Art. 5(1)(c) and Law No. 94-V, e.g. for orders, i.e. Purchases, and § 5 Abs. 2 too.',
    );
    expect(splitLead(note).rest).toBe('Next sentence.');
  });
  test('does not end a sentence at a decimal or an initial', () => {
    expect(splitLead('It keeps 2.5 % of logs for J. Smith Ltd. and others. Then more.').lead).toBe(
      'It keeps 2.5 % of logs for J. Smith Ltd. and others.',
    );
  });
  test('ends at a question or exclamation mark, and keeps a closing quote or bracket with its sentence', () => {
    expect(splitLead('Is that consent? Probably not.').lead).toBe('Is that consent?');
    expect(splitLead('It says “we never sell.” The rest is vague.').lead).toBe('It says “we never sell.”');
    expect(splitLead('A promise (certain.) Then more.').lead).toBe('A promise (certain.)');
  });
  test('a sentence may start with a digit, a quote or a link', () => {
    expect(splitLead('It is short. 5 years is the term.').lead).toBe('It is short.');
    expect(splitLead('It is short. “Five years” is the term.').lead).toBe('It is short.');
    expect(splitLead('It is short. [Section 9](#s9) adds more.')).toEqual({ lead: 'It is short.', rest: '[Section 9](#s9) adds more.' });
  });
  test('never splits inside a link', () => {
    expect(splitLead('See [the note. On retention](#x) below. Then.').lead).toBe('See [the note. On retention](#x) below.');
  });
  test('the lead comes from the first paragraph; the other paragraphs stay in the rest, with their breaks', () => {
    expect(splitLead('One sentence only\n\nSecond paragraph. More.')).toEqual({
      lead: 'One sentence only',
      rest: 'Second paragraph. More.',
    });
    expect(splitLead('First. Second.\n\nThird.')).toEqual({ lead: 'First.', rest: 'Second.\n\nThird.' });
  });
  test('splitSentences takes the first n sentences', () => {
    expect(splitSentences('One. Two. Three. Four.', 2)).toEqual({ lead: 'One. Two.', rest: 'Three. Four.' });
    expect(splitSentences('One. Two.', 3)).toEqual({ lead: 'One. Two.', rest: '' });
  });
});

describe('clause link labels', () => {
  test('the policy’s own number, when the original opens with one', () => {
    expect(clauseNumber('3.1. Компания хранит')).toBe('3.1');
    expect(clauseNumber('6) Trešās personas')).toBe('6');
    expect(clauseNumber('2. KĀDUS DATUS')).toBe('2');
    expect(clauseNumber('12 months is the term')).toBe('12');
  });
  test('no number for plain text, a year, or a doubled number', () => {
    expect(clauseNumber('Mēs apņemamies')).toBeNull();
    expect(clauseNumber('2023 was the year')).toBeNull();
    expect(clauseNumber('1. 3. УСЛОВИЯ')).toBeNull();
    expect(clauseNumber('• Интернет-магазин')).toBeNull();
  });
  test('a short label: before the first colon, semicolon or comma, at most four words', () => {
    expect(shortLabel('Data minimisation: only data needed to buy')).toBe('Data minimisation…');
    expect(shortLabel('Commitment to protect privacy and security')).toBe('Commitment to protect privacy…');
    expect(shortLabel('Cookies')).toBe('Cookies');
    expect(shortLabel('Scope: users’ data held by the site administrator')).toBe('Scope: users’ data held…');
  });
  test('evidenceLabel prefers the number', () => {
    expect(evidenceLabel({ original: '3.1. Компания', label: 'Kept while registered' })).toBe('3.1');
    expect(evidenceLabel({ original: 'Mēs', label: 'Kept five years; then deleted' })).toBe('Kept five years…');
  });
});

test('a quotation that ends before the stop still ends the sentence', () => {
  expect(splitLead('It calls itself "the Company". It never gives a name.').lead).toBe('It calls itself "the Company".');
  expect(splitLead('Agree to “follow the changes”. The reading is open.').lead).toBe('Agree to “follow the changes”.');
});

describe('outlineTitle', () => {
  test('a heading in capitals is put in sentence case, keeping its number and acronyms', () => {
    expect(outlineTitle('5. HOW LONG WE KEEP YOUR DATA')).toBe('5. How long we keep your data');
    expect(outlineTitle('USERS’ PERSONAL INFORMATION')).toBe('Users’ personal information');
    expect(outlineTitle('8. GDPR AND EU RIGHTS')).toBe('8. GDPR and EU rights');
    expect(outlineTitle('1. 8. CHANGE OF THE PRIVACY POLICY. APPLICABLE LAW')).toBe('8. Change of the privacy policy. Applicable law');
  });
  test('a doubled number keeps the second', () => {
    expect(outlineTitle('1. 3. CONDITIONS FOR COLLECTING')).toBe('3. Conditions for collecting');
  });
  test('a heading already in mixed case is left as it is', () => {
    expect(outlineTitle('Information we collect')).toBe('Information we collect');
    expect(outlineTitle('Collection, use and sharing of Information.')).toBe('Collection, use and sharing of Information.');
  });
});
