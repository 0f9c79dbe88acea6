/**
 * Search by meaning, below the browser: the taxonomy's terms in every
 * language reaching clauses in other languages, periods of time however they
 * are written, misspelt words, policy names read as filters, and what a
 * result says about where it matched.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { loadLibrary } from '../../src/lib/policy/library-fs.ts';
import { matchConcepts, meaningsIn } from '../../src/lib/search/concepts.ts';
import { durations } from '../../src/lib/search/durations.ts';
import type { SearchIndex } from '../../src/lib/search/index-reader.ts';
import { couldNameAlone, domainLabel, nameCandidates, policyNames } from '../../src/lib/search/names.ts';
import { GENERIC_WEIGHT, planQuery } from '../../src/lib/search/query.ts';
import { search, type SearchHit } from '../../src/lib/search/search.ts';
import { editDistance, filesNear, maxEdits, nearestSpellings, vocabularyFiles } from '../../src/lib/search/spelling.ts';
import { fold, isStopWord, tokenize } from '../../src/lib/search/text.ts';
import { CONCEPTS } from '../../src/lib/taxonomy.ts';
import { memoryIndex } from '../../scripts/bench-relevance/relevance.ts';

const library = loadLibrary({ root: '.' });
const policyOf = (slug: string) => library.find((p) => p.slug === slug)!;
const clauseOf = (hit: SearchHit) => policyOf(hit.policy).clauses.find((c) => c.id === hit.url.split('#')[1])!;
const words = (text: string) => new Set(tokenize(text).map((t) => t.term));
let index: SearchIndex;
beforeAll(async () => {
  index = await memoryIndex(library);
});

describe('the concepts’ terms in every language', () => {
  test('every entry names its source and has English terms; one with terms of the GDPR’s languages beyond English cites the GDPR or says they are the policies’ own words', () => {
    expect(new Set(CONCEPTS.map((c) => c.id)).size).toBe(CONCEPTS.length);
    for (const c of CONCEPTS) {
      expect(c.source, c.id).toMatch(/GDPR|152-FZ|own words/);
      if (c.terms.cs || c.terms.lv) expect(c.source, c.id).toMatch(/GDPR|own words/);
      if (c.terms.ru) expect(c.source, c.id).toMatch(/152-FZ|own words/);
      expect(c.terms.en?.length ?? 0, c.id).toBeGreaterThan(0);
    }
    // Anonymisation alone is no topic or aspect of the taxonomy.
    expect(CONCEPTS.filter((c) => c.topics.length + c.aspects.length === 0).map((c) => c.id)).toEqual(['anonymisation']);
  });

  test('a word of another language’s term is no English word of the policies’ translations, unless the concept’s English words hold it too', () => {
    const english = new Set(library.flatMap((p) => p.clauses.flatMap((c) => [...words(`${c.label} ${c.translation}`)])));
    for (const c of CONCEPTS) {
      const own = new Set([...(c.terms.en ?? []), ...(c.asked ?? [])].flatMap((t) => [...words(t)]));
      for (const [language, terms] of Object.entries(c.terms))
        if (language !== 'en')
          for (const term of terms)
            for (const t of tokenize(term).filter((t) => !isStopWord(t.term)))
              expect(!english.has(t.term) || own.has(t.term), `${c.id}: ${language} “${term}” holds the English word “${t.term}”`).toBe(
                true,
              );
    }
  });

  test('every concept reaches clauses: some clause’s own words say it, in its original or its translation', () => {
    const reached = new Set<string>();
    for (const p of library)
      for (const c of p.clauses) {
        for (const id of meaningsIn(tokenize(c.original), p.language).keys()) reached.add(id);
        for (const id of meaningsIn(tokenize(`${c.label} ${c.translation}`), 'en').keys()) reached.add(id);
      }
    // No policy of the library speaks of a data protection officer, nor of automated decisions or profiling in those words.
    expect(CONCEPTS.map((c) => c.id).filter((id) => !reached.has(id))).toEqual(['dpo', 'automated-decisions']);
  });

  test.each([
    ['výmaz', 'erasure'],
    ['dzēšana', 'erasure'],
    ['удаление', 'erasure'],
    ['get rid of my information', 'erasure'],
    ['change my mind about consent', 'consent-withdrawal'],
    ['sub-processors', 'processors'],
    ['zahraničí', 'transfers'],
    ['reward points', 'loyalty'],
  ])('“%s” names the concept %s', (query, concept) => {
    expect(matchConcepts(query).meanings).toContain(concept);
  });

  test('a generic word counts for little beside a word that carries the meaning, unless a concept’s term holds it', () => {
    const [data, breach] = planQuery('data breach', index.manifest.languages).words;
    expect(data!.factor).toBe(GENERIC_WEIGHT);
    expect(breach!.factor).toBe(1);
    for (const query of ['údaje', 'dati', 'данные', 'të dhënat'])
      expect(
        planQuery(query, index.manifest.languages).words.every((w) => w.factor === GENERIC_WEIGHT),
        query,
      ).toBe(true);
    expect(planQuery('personal data breach', index.manifest.languages).words.every((w) => w.factor === 1)).toBe(true);
  });

  test('a clause that holds the word and means it ranks above clauses that only mean it', async () => {
    // "výmaz" is in the vocabulary's erasure concept; clsmart's list of rights says "vymazání", the others say it in their languages.
    const { hits } = await search(index, 'удаление', {}, { limit: 20 });
    const first = clauseOf(hits[0]!);
    expect(fold(first.original)).toMatch(/удален/);
    expect(hits.some((h) => policyOf(h.policy).language !== 'ru')).toBe(true);
  });

  test('a source-language query typed without diacritics asks the index the same keys as with them', () => {
    const pairs: [string, string][] = [
      ['odvolání souhlasu', 'odvolani souhlasu'],
      ['tiesības atsaukt piekrišanu', 'tiesibas atsaukt piekrisanu'],
      ['fshirja e të dhënave', 'fshirja e te dhenave'],
      ['úřad pro ochranu osobních údajů', 'urad pro ochranu osobnich udaju'],
    ];
    for (const [marked, plain] of pairs) {
      const keys = (q: string) =>
        planQuery(q, index.manifest.languages).words.flatMap((w) => w.variants.map((v) => `${v.key}:${v.weight}`));
      expect(keys(plain), plain).toEqual(keys(marked));
    }
  });

  test.each([
    ['oprávněný zájem', 'legal-bases'],
    ['oprávněné zájmy', 'legal-bases'],
    ['leģitīmās intereses', 'legal-bases'],
    ['legitimas intereses', 'legal-bases'],
    ['законные интересы', 'legal-bases'],
    ['trešās personas', 'recipients'],
    ['palë të treta', 'recipients'],
    ['třetí strany', 'recipients'],
    ['передача третьим лицам', 'recipients'],
    ['трансграничная передача', 'international-transfers'],
    ['take back my consent', 'consent-withdrawal'],
  ])('“%s” asks about %s', (query, aspect) => {
    expect(matchConcepts(query).aspects).toContain(aspect);
  });

  test('small words may stand inside a phrase, but other words may not', () => {
    expect(matchConcepts('take back all my consent').aspects).toContain('consent-withdrawal');
    expect(matchConcepts('take back the parcel and consent').aspects).not.toContain('consent-withdrawal');
  });

  test.each([
    ['oprávněný zájem', 'cs'],
    ['leģitīmās intereses', 'lv'],
    ['законные интересы', 'ru'],
  ])('“%s” reaches the legal-basis clauses of policies in other languages, whose text holds none of its words', async (query, language) => {
    const { hits } = await search(index, query, {}, { limit: 20 });
    const asked = words(query);
    const elsewhere = hits.filter((h) => policyOf(h.policy).language !== language && clauseOf(h).topics.includes('legal-basis'));
    expect(elsewhere.length).toBeGreaterThan(0);
    const unworded = elsewhere.filter((h) => {
      const c = clauseOf(h);
      return [...words(`${c.label} ${c.translation} ${c.original}`)].every((w) => !asked.has(w));
    });
    expect(unworded.length, 'a clause reached by meaning alone').toBeGreaterThan(0);
  });

  test('“palë të treta” ranks the Albanian clause that says it above clauses reached by meaning alone', async () => {
    const { hits } = await search(index, 'palë të treta', {}, { limit: 20 });
    const literal = hits.findIndex((h) => fold(clauseOf(h).original).includes('pale te tret'));
    expect(literal).toBeGreaterThanOrEqual(0);
    expect(literal).toBeLessThan(3);
    expect(hits.some((h) => policyOf(h.policy).language !== 'sq' && clauseOf(h).topics.includes('sharing'))).toBe(true);
  });
});

describe('periods of time', () => {
  const keys = (text: string, languages: string[]) =>
    durations(
      tokenize(text).filter((t) => !t.joined),
      languages,
    ).map((d) => d.key);

  test.each([
    ['24 months', 'en'],
    ['two years', 'en'],
    ['a two-year period', 'en'],
    ['dva roky', 'cs'],
    ['divus gadus', 'lv'],
    ['два года', 'ru'],
    ['dy vjet', 'sq'],
  ])('“%s” is two years', (text, language) => {
    expect(keys(text, [language])).toEqual(['24~mo']);
  });

  test.each(['5 let', 'five years', 'pět let', 'piecus gadus', 'пять лет', 'pesë vjet', '60 months'])(
    '“%s” is five years in some language',
    (text) => {
      expect(keys(text, ['en', 'cs', 'lv', 'ru', 'sq'])).toContain('60~mo');
    },
  );

  test('a number word of one language with a unit of another is no period, and a lone number is none', () => {
    expect(keys('pet years', ['en', 'cs'])).toEqual([]);
    expect(keys('within 30', ['en'])).toEqual([]);
  });

  test('a query’s number and unit both carry the period', () => {
    const plan = planQuery('24 months', ['en']);
    for (const w of plan.words)
      expect(
        w.variants.map((v) => v.key),
        w.term,
      ).toContain('24~mo');
  });

  test.each([
    ['24 months', 'clsmart-cz#risk-balancing-and-two-year-retention'],
    ['60 months', 'latvian-shop-lv#s5-retention-five-years'],
    ['pět let', 'latvian-shop-lv#s5-retention-five-years'],
    ['пять лет', 'latvian-shop-lv#s5-retention-five-years'],
  ])('“%s” finds the clause that gives the same period in other words (%s)', async (query, answer) => {
    const { hits } = await search(index, query, {}, { limit: 5 });
    const ids = hits.map((h) => `${h.policy}#${h.url.split('#')[1]}`);
    expect(ids.slice(0, 3)).toContain(answer);
    const [slug, id] = answer.split('#');
    const clause = policyOf(slug!).clauses.find((c) => c.id === id)!;
    // The clause does not hold the query's words themselves.
    for (const w of words(query)) expect(words(`${clause.translation} ${clause.original} ${clause.label}`).has(w), w).toBe(false);
  });
});

describe('misspelt words', () => {
  test('edits allowed grow with the word: none under 4 letters, one to 7, two beyond', () => {
    expect([3, 4, 7, 8, 12].map(maxEdits)).toEqual([0, 1, 1, 2, 2]);
  });

  test('the distance counts a swap of neighbours as one edit, and stops past the limit', () => {
    expect(editDistance('retnetion', 'retention', 2)).toBe(1);
    expect(editDistance('cokies', 'cookies', 1)).toBe(1);
    expect(editDistance('warrenty', 'warranty', 2)).toBe(1);
    expect(editDistance('cookies', 'retention', 2)).toBe(3);
  });

  test('a lookup reads only the vocabulary files that can hold a near word', () => {
    const words = new Map(['apple', 'cookie', 'cookies', 'cooking', 'cookbook', 'dog', 'retention', 'retain'].map((w) => [w, 1]));
    const { files, firstKeys } = vocabularyFiles(words, 8);
    expect(files.length).toBeGreaterThan(3);
    const near = filesNear(firstKeys, 'cokies');
    expect(near.length).toBeLessThan(files.length);
    // "cookie" is two edits away (an o added, the s dropped): too many for a word of six letters.
    expect(
      nearestSpellings(
        'cokies',
        near.map((n) => files[n]!),
      ).map((c) => c.word),
    ).toEqual(['cookies']);
    expect(nearestSpellings('retnetoin', files).map((c) => c.word)).toEqual(['retention']);
  });

  test.each([
    ['cokies', 'cookies', true],
    ['cookeis', 'cookies', true],
    // The clauses on retention say "kept" and "stored"; the word itself is in labels and notes.
    ['retnetion', 'retention', false],
    ['warrenty', 'warranty', true],
  ])('“%s” finds what “%s” finds, ranked below it, and suggests it', async (typo, right, inExcerpts) => {
    const wrong = await search(index, typo, {}, { limit: 10 });
    const correct = await search(index, right, {}, { limit: 10 });
    expect(correct.hits.length).toBeGreaterThan(0);
    const ids = (o: typeof wrong) => o.hits.map((h) => h.doc);
    // The same clauses first (a misspelling reaches no concept by itself, so their order may differ).
    expect(new Set(ids(wrong).slice(0, 3)).size).toBe(3);
    for (const doc of ids(wrong).slice(0, 3)) expect(ids(correct)).toContain(doc);
    const same = correct.hits.find((h) => h.doc === wrong.hits[0]!.doc)!;
    expect(wrong.hits[0]!.score).toBeLessThan(same.score);
    expect(wrong.suggestion).toBe(right);
    expect(correct.suggestion).toBeNull();
    // The corrected word is marked in the excerpts that show it.
    const showing = wrong.hits.filter((h) => h.excerpt.some((s) => fold(s.text).includes(right)));
    expect(showing.length > 0).toBe(inExcerpts);
    for (const h of showing)
      expect(
        h.excerpt.some((s) => s.mark && fold(s.text).startsWith(right)),
        h.url,
      ).toBe(true);
  });

  test('a misspelt last word is corrected while the reader may still be typing it, once it begins no word', async () => {
    // The search page searches as the reader types: the last word counts as unfinished until a space follows it.
    const typed = await search(index, 'warrenty', {}, { limit: 10, typing: true });
    const done = await search(index, 'warrenty', {}, { limit: 10 });
    expect(typed.hits.map((h) => h.doc)).toEqual(done.hits.map((h) => h.doc));
    expect(typed.suggestion).toBe('warranty');
    // A word that begins others is read as their beginning, not corrected.
    expect((await search(index, 'cook', {}, { typing: true })).suggestion).toBeNull();
  });

  test('the suggestion keeps the rest of the query as typed', async () => {
    expect((await search(index, 'Do they keep cokies?')).suggestion).toBe('Do they keep cookies?');
  });

  test('a word the library has is never corrected, nor a short one', async () => {
    expect((await search(index, 'police')).suggestion).toBeNull();
    expect((await search(index, 'gdpe')).suggestion, 'four letters: one edit').toBe('gdpr');
    expect((await search(index, 'gdq')).suggestion, 'three letters: none').toBeNull();
  });
});

describe('policy names as filters', () => {
  test('a policy’s names: its domain’s main label, its short name and owner as phrases, its slug', () => {
    expect(domainLabel('https://www.caviar.com.kz')).toBe('caviar');
    expect(domainLabel('https://kivismart.com/cz/')).toBe('kivismart');
    expect(domainLabel('localhost')).toBeNull();
    const kivi = policyNames(policyOf('kivismart-cz')).map((n) => n.join(' '));
    expect(kivi).toEqual(expect.arrayContaining(['kivismart', 'kivi smart purchasing', 'kivismart cz']));
  });

  test('no word of the taxonomy’s concepts, small word or short word names a policy alone', () => {
    for (const w of ['cookies', 'data', 'the', 'kz', 'consent', 'souhlas']) expect(couldNameAlone(w), w).toBe(false);
    expect(couldNameAlone('caviar')).toBe(true);
  });

  test('a word another policy’s clauses hold, or a name two policies share, is no name', () => {
    const [a, b] = [policyOf('caviar-kz'), policyOf('clsmart-cz')];
    const twins = [a, { ...b, website: 'https://caviar.cz/' }];
    expect([...nameCandidates(twins, () => false).keys()]).not.toContain('caviar');
    expect([...nameCandidates([a], () => true).keys()]).not.toContain('caviar');
    expect(nameCandidates([a], () => false).get('caviar')?.slug).toBe('caviar-kz');
  });

  test('“does caviar sell my data” is about selling data, within caviar.com.kz, and no longer matches its e-mail address', async () => {
    const outcome = await search(index, 'does caviar sell my data', {}, { limit: 20 });
    expect(outcome.named).toEqual([{ slug: 'caviar-kz', name: 'caviar.com.kz', words: ['caviar'] }]);
    expect(outcome.hits.length).toBeGreaterThan(0);
    for (const h of outcome.hits) expect(h.policy).toBe('caviar-kz');
    expect(clauseOf(outcome.hits[0]!).topics).toContain('sharing');
    // Without the filter, the word is a word again: the clause giving the address ranks high.
    const literal = await search(index, 'does caviar sell my data', {}, { limit: 20, names: false });
    expect(literal.named).toEqual([]);
    expect(new Set(literal.hits.map((h) => h.policy)).size).toBeGreaterThan(1);
  });

  test('a name of several words names only when whole: “kivi smart purchasing” does, “latvian shop” and “shop” do not', async () => {
    expect((await search(index, 'kivi smart purchasing cookies')).named.map((n) => n.slug)).toEqual(['kivismart-cz']);
    for (const q of ['latvian shop', 'shop cookies', 'unnamed', 'latvian law', 'smart'])
      expect((await search(index, q)).named, q).toEqual([]);
  });

  test('a query of only a name lists that policy’s clauses in order; a word still being typed names nothing', async () => {
    const only = await search(index, 'clsmart', {}, { limit: 500 });
    expect(only.total).toBe(policyOf('clsmart-cz').clauses.length);
    expect(only.hits.map((h) => h.url.split('#')[1])).toEqual(policyOf('clsmart-cz').clauses.map((c) => c.id));
    expect((await search(index, 'clsmart', {}, { typing: true })).named).toEqual([]);
  });
});

describe('why a result is there', () => {
  test('every hit gives the original’s excerpt in its language beside the English one', async () => {
    const { hits } = await search(index, 'sīkdatnes', {}, { limit: 5 });
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) {
      const c = clauseOf(h);
      expect(h.originalLanguage).toBe(policyOf(h.policy).language);
      expect(c.original.replace(/\s+/g, ' ')).toContain(
        h.original.filter((s) => s.mark)[0]?.text ??
          h.original
            .map((s) => s.text)
            .join('')
            .replace(/^… | …$/g, '')
            .slice(0, 20),
      );
      expect(c.translation.replace(/\s+/g, ' ')).toContain(
        h.translation
          .map((s) => s.text)
          .join('')
          .replace(/^… | …$/g, '')
          .slice(0, 20),
      );
    }
    expect(hits[0]!.original.some((s) => s.mark)).toBe(true);
  });

  test('a clause matched only by our note says so; one whose text holds the word does not', async () => {
    const { hits } = await search(index, 'analytics', {}, { limit: 20 });
    const inNote = hits.filter((h) => h.matchedIn === 'note');
    expect(inNote.length).toBeGreaterThan(0);
    for (const h of inNote) {
      const c = clauseOf(h);
      expect(fold(`${c.label} ${c.translation} ${c.original}`)).not.toMatch(/analytic/);
      expect(fold(c.note ?? '')).toMatch(/analytics/);
    }
    for (const h of hits.filter((h) => h.matchedIn === 'text'))
      expect(fold(`${clauseOf(h).label} ${clauseOf(h).translation}`)).toMatch(/analytic/);
    const cookies = await search(index, 'cookies', {}, { limit: 5 });
    expect(cookies.hits.map((h) => h.matchedIn)).toEqual(cookies.hits.map(() => 'text'));
  });

  test('a clause found only by the topic it is filed under says that, and a period in other words counts as its text', async () => {
    const { hits } = await search(index, 'oprávněný zájem', {}, { limit: 20 });
    const byTopic = hits.filter((h) => h.matchedIn === 'concept');
    expect(byTopic.length).toBeGreaterThan(0);
    for (const h of byTopic)
      expect(fold(`${clauseOf(h).label} ${clauseOf(h).translation} ${clauseOf(h).original}`)).not.toMatch(/opravnen|zajem|zajm/);
    const period = await search(index, '60 months', {}, { limit: 3 });
    expect(period.hits[0]!.matchedIn).toBe('text');
  });
});
