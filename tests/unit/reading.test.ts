/**
 * The pure parts of the reading experience: the text fragment a link may
 * carry, the citation a reader copies, and how a note becomes paragraphs and links.
 */
import { expect, test } from 'vitest';
import { textFragment } from '../../src/client/reading/arrival.ts';
import { formatCitation } from '../../src/client/reading/clause-actions.ts';
import { noteParagraphs, notePlainText } from '../../src/lib/policy/notes.ts';

test('textFragment reads the start of a text directive, decoded', () => {
  expect(textFragment('https://x.test/p/#:~:text=osobn%C3%AD%20%C3%BAdaje')).toBe('osobní údaje');
  expect(textFragment('https://x.test/p/#clause-1:~:text=retention')).toBe('retention');
});

test('textFragment skips the prefix and suffix and ignores the end of a range', () => {
  expect(textFragment('/p/#:~:text=the%20-,data,-%20we')).toBe('data');
  expect(textFragment('/p/#:~:text=from,to')).toBe('from');
  expect(textFragment('/p/#:~:other=1&text=after')).toBe('after');
});

test('textFragment: no directive, no text, or only context gives nothing; bad escapes come back as written', () => {
  expect(textFragment('/p/#clause-1')).toBeNull();
  expect(textFragment('/p/#:~:text=')).toBeNull();
  expect(textFragment('/p/#:~:text=before-,-after')).toBeNull();
  expect(textFragment('/p/#:~:text=100%')).toBe('100%');
});

const HASH = 'ab'.repeat(32);
const parts = {
  owner: 'Shop s.r.o.',
  title: 'Privacy policy',
  originalTitle: 'Zásady ochrany osobních údajů',
  label: '3.2',
  id: 'retention-period',
  url: 'https://example.test/policies/shop/#retention-period',
  accessed: '2026-12-02',
};

test('a citation names the owner, both titles, the clause and its link, the source text with its hash, the address the text names, that the capture date is not recorded, and how the English was made', () => {
  const citation = formatCitation({
    ...parts,
    source: {
      file: '005_shop.txt',
      sha256: HASH,
      rawUrl: 'https://example.test/sources/005_shop.txt',
      provenance: { address: { value: 'www.shop.cz', basis: 'named-in-text' }, captured: null },
    },
  });
  expect(citation).toBe(
    'Shop s.r.o., “Privacy policy” (Zásady ochrany osobních údajů), clause “3.2” [retention-period]. ' +
      'Original text with English translation and annotation, Privacy in Parallel. https://example.test/policies/shop/#retention-period (accessed 2026-12-02). ' +
      `Source text 005_shop.txt, SHA-256 ${HASH}, https://example.test/sources/005_shop.txt; address named in the text: www.shop.cz; capture date not recorded. ` +
      'English translation and notes drafted and reviewed by AI models; not yet reviewed by a professional translator or lawyer.',
  );
});

test('a citation of a text with a recorded capture says where and when; of a text naming no address, says so', () => {
  const source = { file: 'x.txt', sha256: HASH, rawUrl: '/sources/x.txt' };
  expect(
    formatCitation({
      ...parts,
      source: { ...source, provenance: { address: { value: 'https://shop.cz/privacy', basis: 'captured' }, captured: '2025-03-14' } },
    }),
  ).toContain(`Source text x.txt, SHA-256 ${HASH}, /sources/x.txt; captured from https://shop.cz/privacy; captured on 2025-03-14.`);
  const bare = formatCitation({ ...parts, source: { ...source, provenance: { address: null, captured: null } } });
  expect(bare).toContain('; no address named in the text; capture date not recorded.');
  expect(bare).not.toContain('captured from');
});

test('a note splits into paragraphs at blank lines, with its links classified', () => {
  const note =
    'See [the period](#retention-period) and\n[the other shop](/policies/other-shop/#cookies).\n\n  \n[EDPB](https://edpb.europa.eu/) says so. [bad](javascript:alert(1))';
  expect(noteParagraphs(note)).toEqual([
    [
      { type: 'text', text: 'See ' },
      {
        type: 'link',
        text: 'the period',
        link: { kind: 'clause', href: '#retention-period', text: 'the period', ref: { policy: null, clause: 'retention-period' } },
      },
      { type: 'text', text: ' and\n' },
      {
        type: 'link',
        text: 'the other shop',
        link: {
          kind: 'clause',
          href: '/policies/other-shop/#cookies',
          text: 'the other shop',
          ref: { policy: 'other-shop', clause: 'cookies' },
        },
      },
      { type: 'text', text: '.' },
    ],
    [
      { type: 'link', text: 'EDPB', link: { kind: 'external', href: 'https://edpb.europa.eu/', text: 'EDPB' } },
      { type: 'text', text: ' says so. ' },
      { type: 'link', text: 'bad', link: { kind: 'invalid', href: 'javascript:alert(1', text: 'bad' } },
      { type: 'text', text: ')' },
    ],
  ]);
});

test('a note without links is its paragraphs as text, and its plain text keeps only link text', () => {
  expect(noteParagraphs('One.\n\nTwo.')).toEqual([[{ type: 'text', text: 'One.' }], [{ type: 'text', text: 'Two.' }]]);
  expect(noteParagraphs('   ')).toEqual([]);
  expect(notePlainText('See [the period](#retention-period).')).toBe('See the period.');
});
