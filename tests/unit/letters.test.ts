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
import { englishLabel, FIELD_LABEL } from '../../src/lib/letters/fields.ts';
import { fieldsOf, letterAsSent, letterFor, mailtoHref, MAILTO_LIMIT, rightsFor } from '../../src/lib/letters/fill.ts';
import { layoutProblems, parseLetter, renderLetter, shapeOf } from '../../src/lib/letters/render.ts';
import { READER_FIELDS } from '../../src/lib/letters/schema.ts';
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
  expect(
    books
      .find((b) => b.policy.slug === 'albanian-shop-sq')!
      .books.map((b) => b.jurisdiction.id)
      .sort(),
  ).toEqual(['al', 'mk', 'xk']);
});

test('the Albanian-language complaints name the shop’s website once where the policy names neither controller nor website', () => {
  const complaints = books
    .find((b) => b.policy.slug === 'albanian-shop-sq')!
    .books.flatMap((b) => b.letters)
    .filter((l) => l.to === 'authority');
  expect(complaints.map((l) => l.id).sort()).toEqual(['al-complaint', 'mk-complaint']);
  for (const l of complaints)
    for (const side of ['text', 'english'] as const) expect(l.letter[side].split('[[website]]').length - 1, `${l.id} ${side}`).toBe(1);
});

describe.each(books.map(({ policy, books: b }) => [policy.slug, policy, b] as const))('%s', (_slug, policy, policyBooks) => {
  const letters = policyBooks.flatMap((b) => b.letters.map((letter) => ({ book: b, letter })));

  test('each letter to the shop names the controller as the policy does, or the operator of its website', () => {
    for (const { book, letter } of letters.filter((l) => l.letter.to === 'controller')) {
      const expected =
        policy.owner ??
        (policy.website ? book.template.operatorOf.text.replace('{website}', policy.website) : book.template.operatorUnknown!.text);
      expect(letter.letter.text, letter.id).toContain(expected);
      expect(letter.letter.english, letter.id).toContain(
        policy.owner ??
          (policy.website ? book.template.operatorOf.english.replace('{website}', policy.website) : book.template.operatorUnknown!.english),
      );
    }
  });

  test('each letter cites the article the jurisdiction data gives for its right, and no other', () => {
    for (const { book, letter } of letters) {
      const data = book.jurisdiction.rights.filter((r) => r.right === letter.right);
      if (letter.article) {
        expect(
          data.map((r) => r.article),
          letter.id,
        ).toContain(letter.article);
        expect(letter.letter.text, letter.id).toContain(book.template.articles[letter.article]!.text);
        expect(letter.letter.english, letter.id).toContain(book.template.articles[letter.article]!.english);
      } else
        expect(
          data.every((r) => !r.article),
          `${letter.id} cites no article though the data gives one`,
        ).toBe(true);
    }
  });

  test('each letter uses only the contacts the policy gives', () => {
    const given = new Set(policy.contacts.map((c) => c.value.toLowerCase()));
    for (const { letter } of letters)
      for (const side of [letter.letter.text, letter.letter.english])
        for (const email of side.match(/[\w.+-]+@[\w-]+\.[\w.-]+/g) ?? [])
          expect(given.has(email.toLowerCase()), `${letter.id}: ${email}`).toBe(true);
  });

  test('each letter has both versions, with the same places for the reader’s details', () => {
    for (const { letter } of letters) {
      expect(letter.letter.text.length, letter.id).toBeGreaterThan(100);
      expect(letter.letter.english.length, letter.id).toBeGreaterThan(100);
      expect(fieldsOf(letter.letter.text).sort(), letter.id).toEqual(fieldsOf(letter.letter.english).sort());
      expect(letter.letter.text, 'no placeholder from the data is left unfilled').not.toMatch(/\{\w+\}/);
    }
  });

  test('each letter reads cleanly as sent, with every field empty and every field filled, under every option it offers', () => {
    const filled = Object.fromEntries(READER_FIELDS.map((f) => [f, `Filled ${f}`]));
    for (const { book, letter } of letters) {
      const options = [{}, ...letter.choices.flatMap((c) => c.options.map((o) => ({ [c.id]: o.value })))];
      for (const chosen of options)
        for (const values of [{}, filled])
          for (const side of ['text', 'english'] as const) {
            const sent = letterAsSent(letter, side, values, {
              ...Object.fromEntries(letter.choices.map((c) => [c.id, c.options[0]!.value])),
              ...chosen,
            });
            const where = `${letter.id} ${side} ${JSON.stringify(chosen)} ${values === filled ? 'filled' : 'empty'}`;
            expect(layoutProblems(sent), where).toEqual([]);
            expect(sent, where).not.toContain('[[');
            if (values === filled) expect(sent, where).not.toMatch(/\[/);
            if (side === 'text')
              for (const label of Object.values(FIELD_LABEL)) expect(sent, `${where}: English label`).not.toContain(`[${label}]`);
            if (side === 'text' && values !== filled)
              for (const f of fieldsOf(letter.letter.text))
                if (sent.includes(`[${book.template.fields[f]}]`)) expect(book.template.fields[f]).toBeTruthy();
          }
      // The order number, never required by the law, is in the letter only when the reader gives one.
      if (fieldsOf(letter.letter.text).includes('order')) {
        const empty = letterAsSent(letter, 'text');
        expect(empty, letter.id).not.toContain(`[${book.template.fields.order}]`);
        expect(letterAsSent(letter, 'text', { order: 'A-1001' }), letter.id).toContain('A-1001');
      }
    }
  });

  test('the English holds the same places and optional passages as the letter it translates', () => {
    for (const { letter } of letters) expect(shapeOf(letter.letter.english), letter.id).toEqual(shapeOf(letter.letter.text));
  });

  test('each letter asks for what its law needs: the data and the reason for a restriction, the situation for an objection, the facts for a complaint', () => {
    for (const { book, letter } of letters) {
      const fields = fieldsOf(letter.letter.text);
      if (letter.right === 'restriction') expect(fields, letter.id).toEqual(expect.arrayContaining(['dataConcerned', 'restrictionReason']));
      if (letter.right === 'objection' && letter.article === '21(1)') expect(fields, letter.id).toContain('situation');
      if (letter.to === 'authority') {
        expect(fields, letter.id).toEqual(expect.arrayContaining(['date', 'requested', 'complaint']));
        expect(letter.requirements.length, `${letter.id}: what the authority requires`).toBeGreaterThan(0);
        for (const r of letter.requirements)
          expect(
            r.sources.every((src) => src.url.startsWith('https://') && src.checked === '2026-12-07'),
            letter.id,
          ).toBe(true);
      }
      if (book.jurisdiction.id === 'eu' && letter.right === 'erasure')
        expect(
          letter.choices.map((c) => c.options.length),
          letter.id,
        ).toEqual([4]);
      if (book.jurisdiction.id === 'eu' && letter.right === 'restriction')
        expect(
          letter.choices.map((c) => c.options.map((o) => o.value)),
          letter.id,
        ).toEqual([['accuracy', 'unlawful', 'legal-claims', 'objection']]);
    }
  });

  test('a complaint letter is offered only where the authority is known to take written complaints', () => {
    for (const book of policyBooks) {
      const complaint = book.letters.some((l) => l.to === 'authority');
      expect(complaint, book.jurisdiction.id).toBe(
        book.authority?.authority.writtenComplaints === true && book.template.letters.some((l) => l.to === 'authority'),
      );
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

  test('with no address (the policy gives none), open the mail program with the letter and no recipient', () => {
    const { href, withBody } = mailtoHref('', 'Subject', 'Body');
    expect(withBody).toBe(true);
    expect(href).toBe('mailto:?subject=Subject&body=Body');
  });

  test('keep the body of a letter right up to the limit, and drop it one character over', () => {
    const base = mailtoHref('a@b.example', 'S', '').href.length;
    const fits = 'a'.repeat(MAILTO_LIMIT - base);
    expect(mailtoHref('a@b.example', 'S', fits).withBody).toBe(true);
    expect(mailtoHref('a@b.example', 'S', `${fits}a`).withBody).toBe(false);
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
    expect(problems(text.slice(0, start) + text.slice(end))).toMatch(
      /eu-cs\.yaml:\d+:\d+ has no letter for eu\.yaml's right "erasure" \(17\)/,
    );
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
    expect(problems(text.replace('    article: "17"', '    article: "99"'))).toContain(
      'right "erasure" with article "99" is not a right of eu.yaml',
    );
  });

  test('an optional passage in the letter that its English lacks', () => {
    const broken = text.replace(
      'My name is [[name]] and in my dealings with you I use the e-mail address [[email]].{?order} My order number or customer number is [[order]].{/order}',
      'My name is [[name]] and in my dealings with you I use the e-mail address [[email]]. My order number or customer number is [[order]].',
    );
    expect(problems(broken)).toMatch(/eu-cs\.yaml:\d+:\d+ the English holds .*the letter .*\{\?order\}\(\[\[order\]\]\)/);
  });

  test('an optional passage that is never closed', () => {
    const broken = text.replace('je [[order]].{/order}', 'je [[order]].');
    expect(problems(broken)).toMatch(/eu-cs\.yaml:\d+:\d+ \{\?order\} is never closed with \{\/order\}/);
  });

  test('an optional passage that leaves a double space when its field is empty', () => {
    const broken = text.replace('{/ground}{?erasureReason} Upřesňuji:', '{/ground} {?erasureReason}Upřesňuji:');
    expect(problems(broken)).toMatch(/eu-cs\.yaml:\d+:\d+ with every field empty.*the letter as sent holds a double space/);
  });

  test('an optional passage that leaves an empty line when its field is empty', () => {
    const broken = text.replace(
      'Upřesňuji: [[erasureReason]].{/erasureReason} Pokud',
      'Upřesňuji: [[erasureReason]].{/erasureReason}\n\n\n        Pokud',
    );
    expect(problems(broken)).toMatch(/with every field empty.*holds an empty line where a passage was left out/);
  });

  test('an optional passage that does not hold the detail it hangs on', () => {
    const broken = text
      .replace('{?erasureReason} Upřesňuji: [[erasureReason]].{/erasureReason}', '{?erasureReason} Upřesňuji.{/erasureReason}')
      .replace('{?erasureReason} To be specific: [[erasureReason]].{/erasureReason}', '{?erasureReason} To be specific.{/erasureReason}');
    expect(problems(broken)).toContain('the passage {?erasureReason} must hold [[erasureReason]]');
  });

  test('a field without a label in the letter’s language', () => {
    expect(problems(text.replace('  order: "číslo objednávky"\n', ''))).toMatch(
      /eu-cs\.yaml:\d+:\d+ has no label for \[\[order\]\] in this letter's language/,
    );
  });

  test('an English label left inside the Czech letter', () => {
    const broken = text
      .replace(
        'Jmenuji se [[name]] a ve styku s Vámi používám e-mailovou adresu [[email]].{?order} Mé číslo objednávky nebo zákaznické číslo je [[order]].{/order}\n\n        Žádám Vás, abyste bez',
        'Jmenuji se [your name] a ve styku s Vámi používám e-mailovou adresu [[email]].{?order} Mé číslo objednávky nebo zákaznické číslo je [[order]].{/order}\n\n        Žádám Vás, abyste bez',
      )
      .replace("I'm", "I'm");
    const english = broken.replace(/(erasure \('right to be forgotten'\)\. )My name is \[\[name\]\]/, '$1My name is [your name]');
    expect(problems(english)).toContain('the letter as sent holds the English label [your name]');
  });

  test('an option of a choice that no passage of the letter holds', () => {
    const broken = text
      .replace('{?ground=unlawful} byly zpracovány protiprávně.{/ground}', '')
      .replace('{?ground=unlawful} they have been unlawfully processed.{/ground}', '');
    expect(problems(broken)).toContain('option "unlawful" of choice "ground" has no passage {?ground=unlawful}…{/ground}');
  });

  test('a passage that hangs on an option the letter does not declare', () => {
    expect(
      problems(
        text.replace('{?ground=unlawful} byly', '{?ground=illegal} byly').replace('{?ground=unlawful} they', '{?ground=illegal} they'),
      ),
    ).toContain('{?ground=illegal} is not an option of a choice this letter declares');
  });

  test('the file name must say its jurisdiction and language', () => {
    expect(() => parseTemplate(text, 'src/content/letters/eu-lv.yaml', jurisdictions)).toThrow('the file name must be "eu-cs.yaml"');
  });
});

describe('a letter’s optional passages', () => {
  const label = (f: string) => englishLabel(f);
  const text =
    'My name is [[name]].{?order} My order number is [[order]].{/order}{?ground=a} Ground A.{/ground}{?ground=b} Ground B.{/ground}';

  test('drop out whole, sentence and space, while their field is empty, and come in once it is filled', () => {
    expect(renderLetter(text, { label, choices: { ground: 'a' } })).toBe('My name is [your name]. Ground A.');
    expect(renderLetter(text, { label, values: { name: 'Ana', order: ' 42 ' }, choices: { ground: 'b' } })).toBe(
      'My name is Ana. My order number is 42. Ground B.',
    );
  });

  test('a stray, mismatched or nested marker is a syntax error', () => {
    expect(() => parseLetter('a{/order}')).toThrow('{/order} closes no optional passage');
    expect(() => parseLetter('{?order}a{/name}')).toThrow('{/name} closes {?order}; write {/order}');
    expect(() => parseLetter('{?order}{?name}x{/name}{/order}')).toThrow('optional passages do not nest');
  });

  test('the layout check finds what a dropped passage can leave behind', () => {
    expect(layoutProblems('a  b')).toEqual(['a double space']);
    expect(layoutProblems('a\n\n\nb')).toEqual(['an empty line where a passage was left out']);
    expect(layoutProblems('a [[order]] b')).toEqual(['a [[field]] left unfilled']);
    expect(layoutProblems('a {?order} b')).toEqual(['an optional-passage marker left in the text']);
    expect(layoutProblems('Dear A,\n\nb.')).toEqual([]);
  });
});

test('placeholders are read from a text in order', () => {
  expect(placeholdersOf('Dear {controller}, I am [[name]] ({article})')).toEqual(['[[name]]', '{article}', '{controller}']);
});
