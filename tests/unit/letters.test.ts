/**
 * Request letters: every letter is addressed as the policy names the
 * controller, cites the article the jurisdiction data gives for its right,
 * uses only the contacts the policy gives, and has both language versions;
 * a template that lacks a right or a language fails with file, line and what
 * is missing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadJurisdictions } from '../../src/lib/jurisdiction/library-fs.ts';
import { fieldsOf, letterFor, mailtoHref, MAILTO_LIMIT, rightsFor } from '../../src/lib/letters/fill.ts';
import { loadTemplates, parseTemplate, placeholdersOf } from '../../src/lib/letters/library-fs.ts';
import { ContentError } from '../../src/lib/policy/errors.ts';
import { loadLibrary } from '../../src/lib/policy/library-fs.ts';

const jurisdictions = loadJurisdictions('.');
const templates = loadTemplates('.', jurisdictions);
const library = loadLibrary({ root: '.' });
const books = library.map((policy) => ({ policy, books: rightsFor(policy, jurisdictions, templates) }));

test('every policy gets letters, in its own language, under each law that applies or may', () => {
  for (const { policy, books: b } of books) {
    expect(b.length, policy.slug).toBeGreaterThan(0);
    for (const book of b) expect(book.template.language).toBe(policy.language);
  }
  expect(books.find((b) => b.policy.slug === 'albanian-shop-sq')!.books.map((b) => b.jurisdiction.id).sort()).toEqual(['al', 'mk', 'xk']);
});

describe.each(books.map(({ policy, books: b }) => [policy.slug, policy, b] as const))('%s', (_slug, policy, policyBooks) => {
  const letters = policyBooks.flatMap((b) => b.letters.map((letter) => ({ book: b, letter })));

  test('each letter to the shop names the controller as the policy does, or the operator of its website', () => {
    for (const { book, letter } of letters.filter((l) => l.letter.to === 'controller')) {
      const expected = policy.owner ?? (policy.website ? book.template.operatorOf.text.replace('{website}', policy.website) : book.template.operatorUnknown!.text);
      expect(letter.letter.text, letter.id).toContain(expected);
      expect(letter.letter.english, letter.id).toContain(policy.owner ?? (policy.website ? book.template.operatorOf.english.replace('{website}', policy.website) : book.template.operatorUnknown!.english));
    }
  });

  test('each letter cites the article the jurisdiction data gives for its right, and no other', () => {
    for (const { book, letter } of letters) {
      const data = book.jurisdiction.rights.filter((r) => r.right === letter.right);
      if (letter.article) {
        expect(data.map((r) => r.article), letter.id).toContain(letter.article);
        expect(letter.letter.text, letter.id).toContain(book.template.articles[letter.article]!.text);
        expect(letter.letter.english, letter.id).toContain(book.template.articles[letter.article]!.english);
      } else expect(data.every((r) => !r.article), `${letter.id} cites no article though the data gives one`).toBe(true);
    }
  });

  test('each letter uses only the contacts the policy gives', () => {
    const given = new Set(policy.contacts.map((c) => c.value.toLowerCase()));
    for (const { letter } of letters)
      for (const side of [letter.letter.text, letter.letter.english]) for (const email of side.match(/[\w.+-]+@[\w-]+\.[\w.-]+/g) ?? []) expect(given.has(email.toLowerCase()), `${letter.id}: ${email}`).toBe(true);
  });

  test('each letter has both versions, with the same places for the reader’s details', () => {
    for (const { letter } of letters) {
      expect(letter.letter.text.length, letter.id).toBeGreaterThan(100);
      expect(letter.letter.english.length, letter.id).toBeGreaterThan(100);
      expect(fieldsOf(letter.letter.text).sort(), letter.id).toEqual(fieldsOf(letter.letter.english).sort());
      expect(letter.letter.text, 'no placeholder from the data is left unfilled').not.toMatch(/\{\w+\}/);
    }
  });

  test('a complaint letter is offered only where the authority is known to take written complaints', () => {
    for (const book of policyBooks) {
      const complaint = book.letters.some((l) => l.to === 'authority');
      expect(complaint, book.jurisdiction.id).toBe(book.authority?.authority.writtenComplaints === true && book.template.letters.some((l) => l.to === 'authority'));
    }
  });
});

test('letters link back from the comparison’s rights rows', () => {
  const kivi = books.find((b) => b.policy.slug === 'kivismart-cz')!.books;
  expect(letterFor(kivi, 'right-to-erasure')!.right).toBe('erasure');
  expect(letterFor(kivi, 'data-categories')).toBeNull();
});

describe('mailto links', () => {
  test('carry the subject and the letter, encoded, to the address given', () => {
    const { href, withBody } = mailtoHref('info@caviar.com.kz', 'Запрос & ответ?', 'Строка 1\nLine 2 = 100% #ok');
    expect(withBody).toBe(true);
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('info@caviar.com.kz');
    expect(url.searchParams.get('subject')).toBe('Запрос & ответ?');
    expect(url.searchParams.get('body')).toBe('Строка 1\r\nLine 2 = 100% #ok');
  });

  test('drop the body, keeping the subject, when the link would be too long for mail programs', () => {
    const { href, withBody } = mailtoHref('a@b.example', 'Subject', 'Ж'.repeat(2000));
    expect(withBody).toBe(false);
    expect(href.length).toBeLessThanOrEqual(MAILTO_LIMIT);
    expect(new URL(href).searchParams.get('body')).toBeNull();
  });
});

describe('a template that does not fit the law fails with its file and line', () => {
  const text = readFileSync('src/content/letters/eu-cs.yaml', 'utf8');
  const file = 'src/content/letters/eu-cs.yaml';
  const problems = (broken: string) => {
    try {
      parseTemplate(broken, file, jurisdictions);
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      return (error as ContentError).message;
    }
    throw new Error('expected the template to be rejected');
  };

  test('a right of the law without its letter', () => {
    const start = text.indexOf('  - right: erasure');
    const end = text.indexOf('  - right:', start + 5);
    expect(problems(text.slice(0, start) + text.slice(end))).toMatch(/eu-cs\.yaml:\d+:\d+ has no letter for eu\.yaml's right "erasure" \(17\)/);
  });

  test('a letter without its English', () => {
    const broken = text.replace(/(subject:\n\s+text: "Žádost o přístup[^\n]*\n)\s+english: "[^\n]*\n/, '$1');
    expect(problems(broken)).toMatch(/letters\.0\.subject\.english/);
  });

  test('a letter whose two versions hold different places', () => {
    const broken = text.replace('I am writing to you as a data subject', 'I, [[name]], am writing to you as a data subject');
    expect(problems(broken)).toContain('the English holds');
  });

  test('an article the data does not give for that right', () => {
    expect(problems(text.replace('    article: "17"', '    article: "99"'))).toContain('right "erasure" with article "99" is not a right of eu.yaml');
  });

  test('the file name must say its jurisdiction and language', () => {
    expect(() => parseTemplate(text, 'src/content/letters/eu-lv.yaml', jurisdictions)).toThrow('the file name must be "eu-cs.yaml"');
  });
});

test('placeholders are read from a text in order', () => {
  expect(placeholdersOf('Dear {controller}, I am [[name]] ({article})')).toEqual(['[[name]]', '{article}', '{controller}']);
});
