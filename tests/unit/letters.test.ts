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
import { fieldText, layoutProblems, parseLetter, renderLetter, shapeOf } from '../../src/lib/letters/render.ts';
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

test('a complaint names the shop’s website once, and says the controller is unnamed, wherever the policy names no controller', () => {
  const unnamed = books.filter((b) => !b.policy.owner);
  // Every policy but kivismart-cz names no controller: clsmart-cz and caviar-kz give a website, latvian-shop-lv and albanian-shop-sq none.
  expect(unnamed.map((b) => b.policy.slug).sort()).toEqual(['albanian-shop-sq', 'caviar-kz', 'clsmart-cz', 'latvian-shop-lv']);
  const seen: string[] = [];
  for (const { policy, books: b } of unnamed)
    for (const book of b)
      for (const l of book.letters.filter((x) => x.to === 'authority')) {
        seen.push(l.id);
        const website = policy.website ?? '[[website]]';
        for (const side of ['text', 'english'] as const) {
          expect(l.letter[side].split(website).length - 1, `${policy.slug} ${l.id} ${side}`).toBe(1);
          expect(l.letter[side], `${policy.slug} ${l.id} ${side}`).toContain(book.template.controllerUnnamed![side]);
          expect(l.letter[side], `${policy.slug} ${l.id} ${side}`).not.toContain(
            book.template.operatorOf[side].replace('{website}', website),
          );
        }
      }
  expect([...new Set(seen)].sort()).toEqual(['al-complaint', 'eu-complaint-77', 'kz-complaint-30', 'mk-complaint']);
});

test('every letter, to the shop or the authority, gives the shop’s website at most once, as sent with every field filled under every option', () => {
  const filled = Object.fromEntries(READER_FIELDS.map((f) => [f, f === 'website' ? 'https://reader-typed.example' : `Filled ${f}`]));
  let read = 0;
  for (const { policy, books: b } of books)
    for (const book of b)
      for (const l of book.letters) {
        const website = policy.website ?? filled.website!;
        // The site as an address, with or without its scheme and "www.", but not inside an e-mail address.
        const host = website
          .replace(/^https?:\/\//, '')
          .replace(/^www\./, '')
          .replace(/\/$/, '');
        const mentions = new RegExp(`(?<![\\w@.-])(?:https?://)?(?:www\\.)?${host.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'g');
        const options = [{}, ...l.choices.flatMap((c) => c.options.map((o) => ({ [c.id]: o.value })))];
        for (const chosen of options)
          for (const side of ['text', 'english'] as const) {
            const sent = letterAsSent(l, side, filled, {
              ...Object.fromEntries(l.choices.map((c) => [c.id, c.options[0]!.value])),
              ...chosen,
            });
            const count = sent.match(mentions)?.length ?? 0;
            const where = `${policy.slug} ${l.id} ${side} ${JSON.stringify(chosen)}`;
            expect(count, where).toBeLessThanOrEqual(1);
            // Where the policy names no controller, the letter still names the shop: by its website, in the addressee line or the complaint's website line.
            if (!policy.owner) expect(count, where).toBe(1);
            read += 1;
          }
      }
  // Every policy's letters were read: five policies, 54 letters, each side under each option.
  expect(read).toBeGreaterThan(100);
});

/** A template's letter for one right (and article), filled for a policy, by jurisdiction. */
const letterOf = (slug: string, id: string) =>
  books
    .find((b) => b.policy.slug === slug)!
    .books.flatMap((b) => b.letters)
    .find((l) => l.id === id)!;

describe('the corrections of the letters’ third round (2026-12-08)', () => {
  test('the Czech objection states both limbs of the controller’s test in Art. 21(1) GDPR, legal claims included', () => {
    const l = letterOf('clsmart-cz', 'eu-objection-21-1');
    expect(letterAsSent(l, 'text')).toContain(
      'pokud neprokážete závažné oprávněné důvody pro zpracování, které převažují nad mými zájmy nebo právy a svobodami, nebo pro určení, výkon nebo obhajobu právních nároků.',
    );
    expect(letterAsSent(l, 'english')).toContain('or for the establishment, exercise or defence of legal claims.');
  });

  test('a Czech or Latvian complaint offers a line for the controller’s name that drops out while it is empty', () => {
    for (const [slug, id, text, english] of [
      ['clsmart-cz', 'eu-complaint-77', 'Název a sídlo správce: ', 'Name and registered office of the controller: '],
      ['latvian-shop-lv', 'eu-complaint-77', 'Pārziņa nosaukums un adrese: ', 'Name and address of the controller: '],
    ] as const) {
      const l = letterOf(slug, id);
      expect(letterAsSent(l, 'text'), slug).not.toContain(text);
      expect(letterAsSent(l, 'english'), slug).not.toContain(english);
      expect(letterAsSent(l, 'text', { controllerName: 'Shop s.r.o., Praha' }), slug).toContain(`\n${text}Shop s.r.o., Praha\n`);
      expect(letterAsSent(l, 'english', { controllerName: 'Shop s.r.o., Praha' }), slug).toContain(`\n${english}Shop s.r.o., Praha\n`);
    }
  });

  test('the Latvian access letter transfers data “uz trešo valsti”, and the complaint gives the partial compliance its auxiliary', () => {
    expect(letterAsSent(letterOf('latvian-shop-lv', 'eu-access-15'), 'text')).toContain(
      'nosūtāt uz trešo valsti vai uz starptautisku organizāciju',
    );
    const complaint = letterOf('latvian-shop-lv', 'eu-complaint-77');
    expect(letterAsSent(complaint, 'text', {}, { outcome: 'refused' })).toContain('nav izpildījis vai ir to izpildījis tikai daļēji.');
  });

  test('the Kazakh complaint’s name-and-address and BIN sentences drop out while empty and come in, in Russian, once filled', () => {
    const l = letterOf('caviar-kz', 'kz-complaint-30');
    for (const side of ['text', 'english'] as const) {
      expect(letterAsSent(l, side), side).not.toMatch(/БИН|BIN|Наименование|Name and address/);
    }
    const filled = letterAsSent(l, 'text', { controllerName: 'ТОО «Икра», Алматы', bin: '123456789012' });
    expect(filled).toContain('Наименование и адрес собственника и (или) оператора: ТОО «Икра», Алматы.');
    expect(filled).toContain('БИН собственника и (или) оператора: 123456789012.');
    expect(letterAsSent(l, 'english', { bin: '123456789012' })).toContain('BIN of the owner and/or operator: 123456789012.');
    // One may be known without the other: the BIN alone leaves no trace of the name sentence.
    expect(letterAsSent(l, 'text', { bin: '123456789012' })).not.toContain('Наименование');
  });

  test('the Kazakh destruction letter gives its ground with the demand, and the one working day only for unlawful data', () => {
    const l = letterOf('caviar-kz', 'kz-erasure-24-1-4');
    const ended = letterAsSent(l, 'text', {}, { ground: 'relationship-ended' });
    expect(ended).toContain(
      'имеющиеся у Вас, поскольку правоотношения между мною и Вами прекращены, и письменно подтвердить их уничтожение.',
    );
    expect(ended).not.toContain('одного рабочего дня');
    const unlawful = letterAsSent(l, 'text', {}, { ground: 'unlawful' });
    expect(unlawful).toContain('с нарушением законодательства Республики Казахстан, и письменно подтвердить их уничтожение.');
    expect(unlawful).toContain('Прошу уничтожить их в течение одного рабочего дня в силу подпункта 8) пункта 2 статьи 25 Закона.');
    expect(letterAsSent(l, 'english', {}, { ground: 'unlawful' })).toContain(
      'within one working day by virtue of Article 25(2)(8) of the Law.',
    );
  });

  test('the Albanian complaint attaches the Commissioner’s form and closes before the date and signature', () => {
    const l = letterOf('albanian-shop-sq', 'al-complaint');
    const sent = letterAsSent(l, 'text');
    expect(sent).toContain('Bashkëlidhur: formulari i ankesës i plotësuar, ');
    expect(sent).toContain('Kontrolluesi: nuk përmendet me emër në politikën e privatësisë së dyqanit');
    expect(sent.indexOf('Me respekt,')).toBeGreaterThan(-1);
    expect(sent.indexOf('Me respekt,')).toBeLessThan(sent.indexOf('Data: ____________'));
    expect(sent.indexOf('Data: ____________')).toBeLessThan(sent.indexOf('Nënshkrimi: ____________'));
    expect(letterAsSent(l, 'english').indexOf('Yours faithfully,')).toBeLessThan(letterAsSent(l, 'english').indexOf('Signature:'));
  });

  test('the Kosovo and North Macedonia letters say legitimate (legjitim), not lawful (i ligjshëm), and keep the establishment of legal claims', () => {
    const sq = books.find((b) => b.policy.slug === 'albanian-shop-sq')!.books.flatMap((b) => b.letters);
    for (const l of sq)
      for (const chosen of [{}, ...l.choices.flatMap((c) => c.options.map((o) => ({ [c.id]: o.value })))])
        expect(
          letterAsSent(l, 'text', {}, { ...Object.fromEntries(l.choices.map((c) => [c.id, c.options[0]!.value])), ...chosen }),
          l.id,
        ).not.toMatch(/(?<!pa)ligjsh/);
    for (const id of ['mk-restriction', 'xk-restriction']) {
      const l = sq.find((x) => x.id === id)!;
      expect(letterAsSent(l, 'text', {}, { condition: 'objection' }), id).toContain('arsyet tuaja legjitime mbizotërojnë');
      expect(letterAsSent(l, 'text', {}, { condition: 'legal-claims' }), id).toContain(
        'për ngritjen, ushtrimin ose mbrojtjen e pretendimeve ligjore',
      );
      expect(letterAsSent(l, 'english', {}, { condition: 'legal-claims' }), id).toContain(
        'for the establishment, exercise or defence of legal claims',
      );
    }
    const objection = letterAsSent(
      sq.find((x) => x.id === 'xk-objection')!,
      'text',
      {},
      { ground: 'situation' },
    );
    expect(objection).toContain('interesit tuaj legjitim');
    expect(objection).toContain('arsye legjitime bindëse');
  });
});

describe('the corrections of the letters’ fourth round (2026-12-08)', () => {
  test('a letter to the shop speaks to it in its first sentence, “that you process”, instead of naming the operator again', () => {
    for (const [slug, id, text, english] of [
      [
        'caviar-kz',
        'kz-access-24-1-1',
        'являюсь субъектом персональных данных, которые Вы обрабатываете (',
        'am the subject of the personal data that you process (',
      ],
      [
        'albanian-shop-sq',
        'al-access',
        'jam subjekt i të dhënave personale që ju i përpunoni (',
        'am the subject of the personal data that you process (',
      ],
      [
        'albanian-shop-sq',
        'xk-objection',
        'jam subjekt i të dhënave personale që ju i përpunoni (',
        'am the subject of the personal data that you process (',
      ],
      [
        'albanian-shop-sq',
        'mk-erasure',
        'jam subjekt i të dhënave personale që ju i përpunoni (',
        'am the subject of the personal data that you process (',
      ],
    ] as const) {
      const l = letterOf(slug, id);
      expect(letterAsSent(l, 'text'), id).toContain(text);
      expect(letterAsSent(l, 'english'), id).toContain(english);
    }
    const kz = letterAsSent(letterOf('caviar-kz', 'kz-access-24-1-1'), 'text');
    expect(kz.startsWith('Кому: оператор сайта https://www.caviar.com.kz\n')).toBe(true);
  });

  test('the Albanian erasure letter gives its ground straight after the data, before the written confirmation', () => {
    const l = letterOf('albanian-shop-sq', 'al-erasure');
    expect(letterAsSent(l, 'text', {}, { ground: 'not-needed' })).toContain(
      'që më përkasin, sepse ato nuk janë më të nevojshme për qëllimet për të cilat u mblodhën, dhe të më konfirmoni me shkrim fshirjen e tyre.',
    );
    expect(letterAsSent(l, 'text', {}, { ground: 'consent' })).toContain(
      'që më përkasin, sepse tërheq pëlqimin mbi të cilin bazohet përpunimi i tyre, dhe të më konfirmoni me shkrim fshirjen e tyre.',
    );
    expect(letterAsSent(l, 'english', {}, { ground: 'consent' })).toContain(
      'concerning me, because I withdraw the consent on which their processing is based, and to confirm their erasure to me in writing.',
    );
  });

  test('the Kosovo objection does not presume the shop’s legal basis and states the legal-claims limb', () => {
    const l = letterOf('albanian-shop-sq', 'xk-objection');
    const text = letterAsSent(l, 'text', {}, { ground: 'situation' });
    expect(text).toContain('përpunimin e të dhënave të mia personale, për aq sa e kryeni në bazë të interesit tuaj legjitim');
    expect(text).not.toContain('që kryeni në bazë');
    expect(text).toContain('ose provoni se përpunimi nevojitet për ngritjen, ushtrimin ose mbrojtjen e pretendimeve ligjore.');
    const english = letterAsSent(l, 'english', {}, { ground: 'situation' });
    expect(english).toContain('insofar as you carry it out on the basis of your legitimate interest');
    expect(english).toContain('or that the processing is needed for the establishment, exercise or defence of legal claims.');
    // The marketing ground is untouched by the change.
    expect(letterAsSent(l, 'text', {}, { ground: 'marketing' })).not.toContain('pretendimeve ligjore');
  });

  test('the Czech complaint attaches proof of the purchase or registration first, for either outcome', () => {
    for (const slug of ['clsmart-cz', 'kivismart-cz']) {
      const l = letterOf(slug, 'eu-complaint-77');
      for (const outcome of ['no-reply', 'refused'])
        expect(letterAsSent(l, 'text', {}, { outcome }), `${slug} ${outcome}`).toContain(
          'Přílohy: doklad o nákupu nebo registraci (např. potvrzení objednávky nebo faktura), kopie žádosti, doklad o jejím odeslání',
        );
      expect(letterAsSent(l, 'english'), slug).toContain(
        'Annexes: proof of the purchase or registration (for example the order confirmation or the invoice), a copy of the request',
      );
    }
  });

  test('the Czech and Latvian erasure on the marketing ground asks to erase the data processed for marketing, the other grounds all data', () => {
    for (const [slug, marketing, all] of [
      [
        'clsmart-cz',
        'vymazali osobní údaje, které se mě týkají a které zpracováváte pro účely přímého marketingu, neboť proti tomuto zpracování vznáším námitku.',
        'vymazali veškeré osobní údaje, které se mě týkají, neboť',
      ],
      [
        'latvian-shop-lv',
        'dzēst tos personas datus, kas attiecas uz mani un ko apstrādājat tiešās tirgvedības vajadzībām, jo es iebilstu pret šādu apstrādi.',
        'dzēst visus personas datus, kas attiecas uz mani, jo',
      ],
    ] as const) {
      const l = letterOf(slug, 'eu-erasure-17');
      const sent = letterAsSent(l, 'text', {}, { ground: 'marketing' });
      expect(sent, slug).toContain(marketing);
      expect(sent, slug).not.toContain(all);
      for (const ground of ['not-needed', 'consent', 'unlawful'])
        expect(letterAsSent(l, 'text', {}, { ground }), `${slug} ${ground}`).toContain(all);
      expect(letterAsSent(l, 'english', {}, { ground: 'marketing' }), slug).toMatch(
        /the personal data (concerning|relating to) me that you process for direct marketing/,
      );
    }
  });

  test('the North Macedonian request gives the order number in its header, under the website, and not in the narrative', () => {
    const l = letterOf('albanian-shop-sq', 'mk-complaint');
    const text = letterAsSent(l, 'text', { website: 'https://dyqani.example', order: '12345' });
    expect(text).toContain('\nFaqja e internetit: https://dyqani.example\nNumri i porosisë ose i klientit: 12345\n\nTë nderuar,');
    expect(text.split('12345').length - 1).toBe(1);
    expect(letterAsSent(l, 'english', { order: '12345' })).toMatch(
      /\nWebsite: [^\n]+\nOrder or customer number: 12345\n\nDear Sir or Madam,/,
    );
    // Without an order number the header ends with the website line.
    expect(letterAsSent(l, 'text')).toMatch(/\nFaqja e internetit: \[[^\]]+\]\n\nTë nderuar,/);
  });
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

  test('a letter to the shop that names the operator of its website again in its body', () => {
    // The Kazakh letters' opening before the fourth round: the addressee line and the first sentence both named the operator of the website.
    const kz = readFileSync('src/content/letters/kz-ru.yaml', 'utf8');
    expect(kz.split('которые Вы обрабатываете (').length - 1).toBe(6);
    let message = '';
    try {
      parseTemplate(
        kz
          .replaceAll('которые Вы обрабатываете (', 'которые обрабатывает {controller} (')
          .replaceAll('personal data that you process (', 'personal data that {controller} processes ('),
        'src/content/letters/kz-ru.yaml',
        jurisdictions,
      );
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      message = (error as ContentError).message;
    }
    expect(message).toMatch(/kz-ru\.yaml:\d+:\d+ .*the letter as sent holds the shop's website 2 times/);
    // The complaint, which gives the website on its own line, may not name the operator by it either.
    expect(
      problems(
        text
          .replace('Internetové stránky: {website}', 'Internetové stránky: {website} ({website})')
          .replace('Website: {website}', 'Website: {website} ({website})'),
      ),
    ).toContain("the shop's website 2 times");
  });

  test('an option of a choice that no passage of the letter holds', () => {
    const broken = text
      .replace('{?ground=unlawful} veškeré osobní údaje, které se mě týkají, neboť byly zpracovány protiprávně.{/ground}', '')
      .replace('{?ground=unlawful} all personal data concerning me, because they have been unlawfully processed.{/ground}', '');
    expect(problems(broken)).toContain('option "unlawful" of choice "ground" has no passage {?ground=unlawful}…{/ground}');
  });

  test('a passage that hangs on an option the letter does not declare', () => {
    expect(
      problems(
        text
          .replace('{?ground=unlawful} veškeré', '{?ground=illegal} veškeré')
          .replace('{?ground=unlawful} all personal', '{?ground=illegal} all personal'),
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

  test('a detail the reader ends with a full stop does not double the letter’s own, inside a passage too', () => {
    expect(renderLetter(text, { label, values: { name: 'Ana.', order: '42. ' }, choices: { ground: 'a' } })).toBe(
      'My name is Ana. My order number is 42. Ground A.',
    );
    // Only before the letter's own full stop: elsewhere the reader's words stay as typed.
    expect(renderLetter('Reason: [[why]] and more.', { label, values: { why: 'I asked.' } })).toBe('Reason: I asked. and more.');
    expect(fieldText('  nestojím. ', '. Žádám')).toBe('nestojím');
    expect(fieldText('nestojím?', '. Žádám')).toBe('nestojím?');
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

describe('the corrections of the letters’ fifth round (2026-12-08)', () => {
  const erasures = books.flatMap(({ policy, books: b }) =>
    b.flatMap((book) => book.letters.filter((l) => l.right === 'erasure').map((l) => ({ policy, book, l }))),
  );

  test('every erasure letter states its ground under every option, with every field left empty, on both sides', () => {
    // eu-cs twice, eu-lv, kz-ru, and al-sq, mk-sq and xk-sq for the Albanian shop.
    expect(erasures.map(({ l }) => l.id).sort()).toEqual(
      ['al-erasure', 'eu-erasure-17', 'eu-erasure-17', 'eu-erasure-17', 'kz-erasure-24-1-4', 'mk-erasure', 'xk-erasure'].sort(),
    );
    for (const { policy, l } of erasures) {
      const ground = l.choices.find((c) => c.id === 'ground');
      expect(ground, `${policy.slug} ${l.id}`).toBeDefined();
      for (const side of ['text', 'english'] as const) {
        const sent = ground!.options.map((o) => letterAsSent(l, side, {}, { ground: o.value }));
        // Each option words the letter differently: the ground is in the letter, not left to a field.
        expect(new Set(sent).size, `${policy.slug} ${l.id} ${side}`).toBe(ground!.options.length);
        // The reason field's empty place, as the letter shows it: "[sqarimi]", "[основание]".
        const reasonLabel = `[${l.labels[side].erasureReason ?? englishLabel('erasureReason')}]`;
        for (const [i, s] of sent.entries())
          expect(s, `${policy.slug} ${l.id} ${side} ${ground!.options[i]!.value}`).not.toContain(reasonLabel);
      }
    }
  });

  test('the Albanian-language erasure letters offer the same four grounds, labelled as in the other templates, and keep the explanation optional', () => {
    const labelOf = new Map(
      erasures.flatMap(({ l }) =>
        l.id === 'eu-erasure-17' ? l.choices.flatMap((c) => c.options.map((o) => [o.value, o.label] as const)) : [],
      ),
    );
    for (const id of ['mk-erasure', 'xk-erasure']) {
      const l = letterOf('albanian-shop-sq', id);
      const options = l.choices.find((c) => c.id === 'ground')!.options;
      expect(
        options.map((o) => o.value),
        id,
      ).toEqual(['not-needed', 'consent', 'objection', 'unlawful']);
      for (const o of options) if (labelOf.has(o.value)) expect(o.label, `${id} ${o.value}`).toBe(labelOf.get(o.value));
      expect(letterAsSent(l, 'text', {}, { ground: 'objection' }), id).toContain(
        'që më përkasin, sepse kam kundërshtuar përpunimin e tyre dhe nuk ka arsye legjitime mbizotëruese për të vazhduar,',
      );
      expect(letterAsSent(l, 'english', {}, { ground: 'unlawful' }), id).toContain(
        'concerning me, because they have been processed unlawfully,',
      );
      expect(letterAsSent(l, 'text'), id).not.toContain('Arsyeja e kërkesës sime');
      expect(letterAsSent(l, 'text', { erasureReason: 'llogaria u mbyll' }), id).toContain('fshirjen e tyre. Sqaroj: llogaria u mbyll.');
      expect(letterAsSent(l, 'english', { erasureReason: 'account closed' }), id).toContain(
        'erasure to me in writing. To be specific: account closed.',
      );
    }
    // The 30 days are North Macedonia's (the Agency's FAQ); the Kosovo letter sets no deadline of its own.
    expect(letterAsSent(letterOf('albanian-shop-sq', 'mk-erasure'), 'text')).toContain('brenda 30 ditëve nga marrja e kësaj kërkese');
    expect(letterAsSent(letterOf('albanian-shop-sq', 'xk-erasure'), 'text')).not.toMatch(/30 ditë/);
    expect(letterAsSent(letterOf('albanian-shop-sq', 'xk-erasure'), 'english')).not.toMatch(/30 days/);
  });

  test('the Latvian erasure letter refers back to “the said Article”, as its English does', () => {
    const l = letterOf('latvian-shop-lv', 'eu-erasure-17');
    for (const { value } of l.choices.find((c) => c.id === 'ground')!.options) {
      const text = letterAsSent(l, 'text', {}, { ground: value });
      expect(text, value).not.toContain('šajā pantā');
      expect(text, value).toContain('kāds no minētajā pantā paredzētajiem izņēmumiem');
      expect(letterAsSent(l, 'english', {}, { ground: value }), value).toContain('one of the exceptions provided for in that Article');
    }
  });

  test('the Kosovo portability letter puts “portabilitetit” in the genitive, agreeing with “transferimit”', () => {
    const text = letterAsSent(letterOf('albanian-shop-sq', 'xk-portability'), 'text');
    expect(text).toContain('të drejtën e transferimit të të dhënave (portabilitetit).');
    expect(text).not.toContain('(portabilitetin)');
  });
});
