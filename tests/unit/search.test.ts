/**
 * Search, below the browser: how words are read, how queries are planned,
 * how clauses are ranked, how the index is written and read back, and what a
 * search of the real library returns. The browser tests (tests/e2e/search)
 * check the same search on the built site.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { groupByPolicy, statusText } from '../../src/client/search/render.ts';
import { loadLibrary } from '../../src/lib/policy/library-fs.ts';
import { buildSearchIndex } from '../../src/lib/search/build-index.ts';
import { matchConcepts } from '../../src/lib/search/concepts.ts';
import { clauseExcerpt, excerpt, matcherFor } from '../../src/lib/search/excerpt.ts';
import {
  decodePostings,
  encodePostings,
  facetKey,
  INDEX_VERSION,
  manifestPath,
  meaningKey,
  Shard,
  shardFor,
  signed,
  unpackFile,
  CHUNK_SLOTS,
  type Chunk,
  type Manifest,
} from '../../src/lib/search/index-format.ts';
import { mergePostings, SearchIndex, type IndexLoader } from '../../src/lib/search/index-reader.ts';
import { planQuery } from '../../src/lib/search/query.ts';
import { headsSettle, idf, rankClauses, type VariantPostings } from '../../src/lib/search/rank.ts';
import { search, withHighlight, type SearchHit } from '../../src/lib/search/search.ts';
import { stemAlbanian, stemCzech, stemLatvian, stemmerFor } from '../../src/lib/search/stemmers.ts';
import { fold, isStopWord, tokenize } from '../../src/lib/search/text.ts';
import { memoryIndex } from '../../scripts/bench-relevance/relevance.ts';

const library = loadLibrary({ root: '.' });
const clauseOf = (url: string) => {
  const [, slug, id] = /^\/policies\/([^/]+)\/#(.+)$/.exec(url)!;
  return library.find((p) => p.slug === slug)!.clauses.find((c) => c.id === id)!;
};

describe('words', () => {
  test('folding removes case and diacritics in every script of the library', () => {
    expect(fold('Údajů')).toBe('udaju');
    expect(fold('SĪKDATNES')).toBe('sikdatnes');
    expect(fold('të dhënat')).toBe('te dhenat');
    expect(fold('Её')).toBe('ее');
  });

  test('a hyphenated word is read in parts and whole, single letters are dropped, digits kept', () => {
    expect(tokenize('Send an e-mail within 5 days').map((t) => [t.term, t.joined])).toEqual([
      ['send', false],
      ['an', false],
      ['mail', false],
      ['email', true],
      ['within', false],
      ['5', false],
      ['days', false],
    ]);
  });

  test('question words and small words of every language are stop words; content words are not', () => {
    for (const w of ['do', 'they', 'how', 'my', 'what', 'a', 'na', 'un', 'te', 'и']) expect(isStopWord(w), w).toBe(true);
    for (const w of ['sell', 'data', 'cookies', 'udaju', 'данных']) expect(isStopWord(w), w).toBe(false);
  });
});

describe('stemmers', () => {
  test('Czech forms of a word share a stem, with or without diacritics', () => {
    const stems = ['údaje', 'údajů', 'údajích', 'udaje'].map(stemCzech);
    expect(new Set(stems).size).toBe(1);
  });

  test('Latvian forms of a word share a stem', () => {
    expect(stemLatvian('sīkdatnes')).toBe(stemLatvian('sīkdatnēm'));
  });

  test('Albanian forms of a noun share a stem, with or without diacritics; a short word keeps its letters', () => {
    expect(new Set(['karta', 'kartës', 'kartave', 'kartes'].map(stemAlbanian)).size).toBe(1);
    expect(new Set(['treta', 'tretë', 'trete'].map(stemAlbanian)).size).toBe(1);
    expect(stemAlbanian('kreditit')).toBe(stemAlbanian('kreditin'));
    expect(new Set(['dhëna', 'dhënat', 'dhënave'].map(stemAlbanian))).toEqual(new Set(['dhen']));
    expect(stemAlbanian('ndryshimet')).toBe('ndrys');
    expect(stemAlbanian('të')).toBe('te');
    expect(stemmerFor('sq')).toBe(stemAlbanian);
  });

  test('an English stem is the same with or without diacritics', () => {
    const en = stemmerFor('en');
    expect(en('dhënave')).toBe(en('dhenave'));
  });

  test('Russian forms of a word share a stem', () => {
    const ru = stemmerFor('ru');
    expect(new Set(['удаление', 'удаления', 'удалению'].map(ru)).size).toBe(1);
  });

  test('English: "cookies" and "cookie" share a stem; "police" and "policy" do not', () => {
    const en = stemmerFor('en');
    expect(en('cookies')).toBe(en('cookie'));
    expect(en('police')).not.toBe(en('policy'));
  });

  test('English: a verb and its "-ion" noun share a stem (delete, deletion; protect, protection)', () => {
    const en = stemmerFor('en');
    const pairs: [string, string][] = [
      ['delete', 'deletion'],
      ['protect', 'protection'],
      ['collect', 'collection'],
      ['object', 'objection'],
      ['restrict', 'restriction'],
    ];
    for (const [verb, noun] of pairs) expect(en(noun), `${verb} ~ ${noun}`).toBe(en(verb));
  });

  test('languages without a stemmer fall back to the first five letters', () => {
    expect(stemmerFor('de')('Verträge')).toBe('vertr');
  });
});

describe('queries as people type them', () => {
  const languages = ['cs', 'en', 'lv', 'ru', 'sq'];

  test('question words never count: "do they sell my data" is about selling and data', () => {
    expect(planQuery('do they sell my data', languages).words.map((w) => w.term)).toEqual(['sell', 'data']);
  });

  test('a query of only small words still searches them', () => {
    expect(planQuery('what is it', languages).words.map((w) => w.term)).toEqual(['what', 'is', 'it']);
  });

  test('each word is matched as typed and by its stem in each language of its script', () => {
    const [word] = planQuery('удалению', languages).words;
    // Its own keys: as typed, and by the Russian stem only; the erasure it names comes on top (concepts.ts).
    const own = word!.variants.filter((v) => v.kind === 'exact' || v.kind === 'stem');
    expect(own.map((v) => v.kind)).toEqual(['exact', 'stem']);
    expect(own[1]!.key).toMatch(/~ru$/);
    expect(word!.variants.map((v) => v.key)).toContain(meaningKey('erasure'));
    const latin = planQuery('cookies', languages)
      .words[0]!.variants.filter((v) => v.kind === 'stem')
      .map((v) => v.key.split('~')[1]);
    expect(latin.sort()).toEqual(['cs', 'en', 'lv', 'sq']);
  });

  test('only the last word, while typing, is taken as unfinished', () => {
    const typed = planQuery('credit ca', languages, true).words;
    expect(typed.map((w) => w.unfinished)).toEqual([false, true]);
    expect(planQuery('credit ca ', languages, true).words.map((w) => w.unfinished)).toEqual([false, false]);
    expect(planQuery('credit ca', languages, false).words.map((w) => w.unfinished)).toEqual([false, false]);
  });

  test('neighbouring words become a phrase key, across small words', () => {
    expect(planQuery('date of birth', languages).pairs).toEqual(['date birth']);
  });

  test('a hyphenated word counts once, whole', () => {
    expect(planQuery('e-mail marketing', languages).words.map((w) => w.term)).toEqual(['email', 'marketing']);
  });
});

describe('concepts from the taxonomy', () => {
  test.each([
    ['delete my data', 'right-to-erasure'],
    ['can they erase it', 'right-to-erasure'],
    ['how long do they keep it', 'retention-period'],
    ['do they sell my data', 'recipients'],
    ['is my data sent abroad', 'international-transfers'],
    ['kids', 'children'],
  ])('“%s” asks about %s', (query, aspect) => {
    expect(matchConcepts(query).aspects).toContain(aspect);
  });

  test('a word that names a concept also matches the clauses filed under it, below the word itself', () => {
    const [del] = planQuery('delete', ['en']).words;
    const aspect = del!.variants.find((v) => v.kind === 'aspect')!;
    expect(aspect.key).toBe(facetKey('aspect', 'right-to-erasure'));
    expect(aspect.weight).toBeLessThan(del!.variants.find((v) => v.kind === 'exact')!.weight);
  });

  test('an idiom of several words names its concept more surely than one word, and its words count less as themselves', () => {
    const long = planQuery('how long', ['en']).words[0]!;
    const keep = planQuery('keep', ['en']).words[0]!;
    expect(long.variants.find((v) => v.kind === 'topic')!.weight).toBeGreaterThan(keep.variants.find((v) => v.kind === 'topic')!.weight);
    expect(long.variants.find((v) => v.kind === 'exact')!.weight).toBeLessThan(1);
  });
});

describe('ranking', () => {
  const postings = (docs: number[], impacts: number[]) => ({ docs: Uint32Array.from(docs), impacts: Uint8Array.from(impacts) });
  const variant = (weight: number, df: number, docs: number[], impacts: number[]): VariantPostings => ({
    weight,
    idf: idf(df, 100),
    postings: postings(docs, impacts),
  });

  test('the exact word ranks above its stem sibling', () => {
    const ranked = rankClauses({ words: [[variant(1, 2, [1], [200]), variant(0.7, 2, [2], [200])]], pairs: [], allowed: null });
    expect(ranked.map((r) => r.doc)).toEqual([1, 2]);
  });

  test('a clause holding both words ranks above one that holds one word strongly', () => {
    const ranked = rankClauses({ words: [[variant(1, 5, [1, 2], [255, 120])], [variant(1, 5, [2], [120])]], pairs: [], allowed: null });
    expect(ranked[0]!.doc).toBe(2);
    expect(ranked[0]!.coverage).toBeCloseTo(1);
    expect(ranked[1]!.coverage).toBeCloseTo(0.5);
  });

  test('a phrase found together ranks above the same words apart', () => {
    const words = [[variant(1, 5, [1, 2], [150, 150])], [variant(1, 5, [1, 2], [150, 150])]];
    const ranked = rankClauses({ words, pairs: [variant(1, 3, [2], [150])], allowed: null });
    expect(ranked.map((r) => r.doc)).toEqual([2, 1]);
  });

  test('a word matched only through its concept counts towards the ranking, but not as a word the clause holds', () => {
    // "sell data": clause 1 says both words; clause 2 says "data" and is filed under the concept "sell" names.
    const sell = [variant(1, 2, [1], [200]), { ...variant(0.45, 3, [1, 2], [255, 255]), literal: false }];
    const data = [variant(1, 5, [1, 2], [150, 150])];
    const ranked = rankClauses({ words: [sell, data], pairs: [], allowed: null });
    expect(ranked.map((r) => [r.doc, r.coverage, r.literal])).toEqual([
      [1, 1, 1],
      [2, 1, expect.closeTo(idf(5, 100) / (idf(2, 100) + idf(5, 100)), 9)],
    ]);
  });

  test('filters keep only the allowed clauses; ties keep library order', () => {
    const ranked = rankClauses({ words: [[variant(1, 5, [3, 1, 2], [100, 100, 100])]], pairs: [], allowed: new Set([1, 3]) });
    expect(ranked.map((r) => r.doc)).toEqual([1, 3]);
  });

  describe('reading the tails of very common keys only when they could change the first results', () => {
    /** A key's head and tail as one set of postings. */
    const mergePostingsOf = (head: VariantPostings, tail: VariantPostings): VariantPostings => ({
      ...head,
      postings: mergePostings(head.postings, tail.postings),
    });
    /** A key's postings split as the index stores them: the `head` of highest impact, the rest in the tail. */
    function split(weight: number, docs: number[], impacts: number[], head: number, libraryDocs = 5000) {
      const order = docs.map((_, i) => i).sort((a, b) => impacts[b]! - impacts[a]! || docs[a]! - docs[b]!);
      const part = (ix: number[]) => {
        const sorted = [...ix].sort((a, b) => docs[a]! - docs[b]!);
        return postings(
          sorted.map((i) => docs[i]!),
          sorted.map((i) => impacts[i]!),
        );
      };
      const tail = order.slice(head);
      const idfValue = idf(docs.length, libraryDocs);
      return {
        full: { weight, idf: idfValue, postings: part(order) },
        head: { weight, idf: idfValue, postings: part(order.slice(0, head)) },
        bound: tail.length ? (weight * idfValue * Math.max(...tail.map((i) => impacts[i]!))) / 255 : 0,
      };
    }
    type Split = ReturnType<typeof split>;
    /**
     * A rare phrase over clauses that hold both its words, mostly clauses where both words are in their
     * tails: where a clause outside every word's head can still be the best.
     */
    function phraseOf(a: Split, b: Split, next: () => number, libraryDocs: number): Split {
      const impactIn = (k: Split, doc: number) => k.full.postings.impacts[k.full.postings.docs.indexOf(doc)] ?? 0;
      const inHead = (k: Split, doc: number) => k.head.postings.docs.includes(doc);
      const both = [...a.full.postings.docs].filter((d) => b.full.postings.docs.includes(d));
      const strength = (d: number) => impactIn(a, d) + impactIn(b, d);
      // The strongest of them half the time (a phrase that can win), else the weakest (one that cannot).
      const strongest = next() < 0.5;
      const tails = both
        .filter((d) => !inHead(a, d) && !inHead(b, d))
        .sort((x, y) => (strongest ? strength(y) - strength(x) : strength(x) - strength(y)));
      const heads = both.filter((d) => inHead(a, d) || inHead(b, d));
      const docs = [...new Set([...tails.slice(0, 1 + Math.floor(next() * 3)), ...heads.slice(0, Math.floor(next() * 3))])].sort(
        (x, y) => x - y,
      );
      if (docs.length === 0) return split(1, [1, 2, 3, 5, 8, 13], [200, 180, 150, 140, 130, 120], 3, libraryDocs);
      return split(
        1,
        docs,
        docs.map(() => 60 + Math.floor(next() * 196)),
        docs.length,
        libraryDocs,
      );
    }
    /** A small deterministic generator (mulberry32: integer arithmetic, so it does not cycle early), so every run checks the same cases. */
    function random(seed: number) {
      let x = seed >>> 0;
      return () => {
        x = (x + 0x6d2b79f5) >>> 0;
        let t = Math.imul(x ^ (x >>> 15), 1 | x);
        t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
    }

    test('when the heads settle the first results, they are the full ranking’s first results, in order', () => {
      const next = random(42);
      const more = random(7);
      let settled = 0;
      let unsettled = 0;
      let settledWithPhrase = 0;
      let withConcept = 0;
      let withBoth = 0;
      let settledWithConcept = 0;
      for (let round = 0; round < 300; round++) {
        const wordCount = 1 + Math.floor(next() * 3);
        // Half the rounds are "topical": common words (held by half the library) that share a set of clauses
        // where they weigh most, their tails far below their heads, as "personal" and "data" in a large library.
        const topical = next() < 0.5;
        const universe = topical ? 40 + Math.floor(next() * 40) : 400;
        const libraryDocs = topical ? universe * 2 : 5000;
        const strong = new Set(Array.from({ length: 12 + Math.floor(next() * 14) }, () => Math.floor(next() * universe)));
        const keys = Array.from({ length: wordCount }, () =>
          Array.from({ length: 1 + Math.floor(next() * 2) }, (_, k) => {
            const docs = [...new Set(Array.from({ length: 40 + Math.floor(next() * 200) }, () => Math.floor(next() * universe)))];
            // Otherwise, common words have many clauses of similar weight: impacts close together.
            const impacts = docs.map((d) =>
              topical
                ? strong.has(d) && next() < 0.9
                  ? 200 + Math.floor(next() * 56)
                  : 40 + Math.floor(next() * 60)
                : 120 + Math.floor(next() * (next() < 0.5 ? 40 : 135)),
            );
            const head = topical ? impacts.filter((x) => x >= 200).length : 20 + Math.floor(next() * 40);
            return split(k === 0 ? 1 : 0.7, docs, impacts, head, libraryDocs);
          }),
        );
        const pairKeys = wordCount > 1 && next() < 0.5 ? [phraseOf(keys[0]![0]!, keys[1]![0]!, next, libraryDocs)] : [];
        // Half the words also name a concept: a key of its own (the clauses that mean it), not literal, which adds to the word's.
        // (Drawn from a generator of their own, so the other keys are those of the rounds without them.)
        const conceptual = more() < 0.5;
        // A concept's own key (the clauses that say it) and its facet (the clauses filed under it), either or both, which rank.ts combines.
        const conceptKey = (facet: boolean) => {
          // Like a topical word's: strongest in the clauses the words weigh most in, weak in its tail.
          const docs = [
            ...new Set([...strong, ...Array.from({ length: 20 + Math.floor(more() * 120) }, () => Math.floor(more() * universe))]),
          ];
          const impacts = docs.map((d) => (strong.has(d) && more() < 0.8 ? 200 + Math.floor(more() * 56) : 30 + Math.floor(more() * 70)));
          const c = split(facet ? 0.45 : 0.6, docs, impacts, impacts.filter((x) => x >= 200).length, libraryDocs);
          const notLiteral = (v: VariantPostings) => ({ ...v, literal: false, facet });
          return { head: notLiteral(c.head), full: notLiteral(c.full), bound: c.bound };
        };
        const concepts = keys.map(() => {
          if (!conceptual || more() < 0.5) return null;
          const which = more();
          return { said: which < 0.7 ? conceptKey(false) : null, filed: which > 0.3 ? conceptKey(true) : null };
        });
        if (concepts.some((c) => c)) withConcept++;
        if (concepts.some((c) => c?.said && c.filed)) withBoth++;
        const withOwn = (w: Split[], i: number, part: 'head' | 'full') => [
          ...w.map((k) => k[part]),
          ...[concepts[i]?.said, concepts[i]?.filed].flatMap((c) => (c ? [c[part]] : [])),
        ];
        const factors = keys.map(() => (conceptual && more() < 0.3 ? 0.3 : 1));
        const heads = { words: keys.map((w, i) => withOwn(w, i, 'head')), pairs: pairKeys.map((p) => p.head), allowed: null, factors };
        const full = { words: keys.map((w, i) => withOwn(w, i, 'full')), pairs: pairKeys.map((p) => p.full), allowed: null, factors };
        const bounds = {
          words: keys.map((w) => Math.max(0, ...w.map((k) => k.bound))),
          meaning: concepts.map((c) => c?.said?.bound ?? 0),
          facets: concepts.map((c) => c?.filed?.bound ?? 0),
          pairs: pairKeys.map((p) => p.bound),
        };
        const needed = 10;
        const fromHeads = rankClauses(heads);
        if (headsSettle(heads, bounds, fromHeads, needed)) {
          settled++;
          if (pairKeys.length) settledWithPhrase++;
          if (concepts.some((c) => c)) settledWithConcept++;
          const truth = rankClauses(full);
          const trueScore = new Map(truth.map((r) => [r.doc, r.score]));
          // The clause the heads put at each rank has the true score of that rank (ties may fall either way).
          fromHeads
            .slice(0, needed)
            .forEach((r, i) => expect(trueScore.get(r.doc), `round ${round}, rank ${i + 1}`).toBeCloseTo(truth[i]!.score, 9));
        } else unsettled++;
      }
      // Both outcomes occur, phrases included, so the test checks the bound, not an always-true answer.
      expect(settled).toBeGreaterThan(20);
      expect(unsettled).toBeGreaterThan(20);
      expect(settledWithPhrase).toBeGreaterThan(2);
      expect(withConcept).toBeGreaterThan(50);
      expect(withBoth).toBeGreaterThan(20);
      expect(settledWithConcept).toBeGreaterThan(5);
    });

    test('a clause found only by a phrase’s head, its words both in their tails, keeps the heads from settling', () => {
      // Two common words whose heads hold clauses 1 and 2; clause 3 holds both only weakly (in their tails),
      // but it is the one clause with the rare phrase, whose head it is in. Its true score puts it first.
      const wordA = { weight: 1, idf: 0.5, postings: postings([1, 2], [255, 200]) };
      const wordB = { weight: 1, idf: 0.5, postings: postings([1, 2], [255, 200]) };
      const phrase = { weight: 1, idf: 8, postings: postings([3], [255]) };
      const heads = { words: [[wordA], [wordB]], pairs: [phrase], allowed: null };
      const tail = { weight: 1, idf: 0.5, postings: postings([3], [100]) };
      const full = { words: [[mergePostingsOf(wordA, tail)], [mergePostingsOf(wordB, tail)]], pairs: [phrase], allowed: null };
      const bound = (0.5 * 100) / 255;
      const fromHeads = rankClauses(heads);
      expect(fromHeads.map((r) => r.doc)).toEqual([1, 2]);
      expect(rankClauses(full).map((r) => r.doc)).toEqual([3, 1, 2]);
      expect(headsSettle(heads, { words: [bound, bound], pairs: [0] }, fromHeads, 2)).toBe(false);
    });

    test('a tail that could hold a better clause than the last one shown is read', () => {
      const common = split(1, [1, 2, 3, 4], [250, 249, 248, 247], 2);
      const heads = { words: [[common.head]], pairs: [], allowed: null };
      expect(headsSettle(heads, { words: [common.bound], pairs: [] }, rankClauses(heads), 2)).toBe(true);
      expect(headsSettle(heads, { words: [common.bound], pairs: [] }, rankClauses(heads), 3)).toBe(false);
      // A word whose only key is all in its tail leaves every clause's ceiling open.
      const other = split(1, [5, 6], [250, 250], 0);
      const two = { words: [[common.head], [other.head]], pairs: [], allowed: null };
      expect(headsSettle(two, { words: [common.bound, other.bound], pairs: [] }, rankClauses(two), 1)).toBe(false);
    });
  });
});

describe('the index files', () => {
  test('postings survive encoding, large ids and gaps included', () => {
    const docs = [0, 1, 31, 32, 1000, 70_000, 2_000_000];
    const impacts = [1, 2, 255, 128, 7, 9, 200];
    const bytes = encodePostings(docs, impacts);
    const back = decodePostings(bytes, 0, docs.length);
    expect([...back.docs]).toEqual(docs);
    expect([...back.impacts]).toEqual(impacts);
  });

  test('a key is looked up in the last shard whose first key is not after it', () => {
    const shards = ['', 'date', 'policy', '@'];
    expect(shardFor(['', 'd', 'p'], 'cookies')).toBe(0);
    expect(shardFor(['', 'd', 'p'], 'data')).toBe(1);
    expect(shardFor(['', 'd', 'p'], 'zzz')).toBe(2);
    expect(shardFor(shards.slice(0, 3), 'date birth')).toBe(1);
  });

  const files = buildSearchIndex(library, { tierSize: 12, shardBytes: 6000 });
  const manifest = JSON.parse(String(files.find((f) => f.path.endsWith('manifest.json'))!.bytes)) as Manifest;
  const chunks = files.filter((f) => f.path.includes('/docs/')).map((f) => JSON.parse(String(f.bytes)) as Chunk);

  test('every clause of the library is in exactly one chunk, in library order, and chunks never mix policies', () => {
    const inChunks = chunks.flatMap((c) => c.clauses.map((cl) => `${c.policy.slug}#${cl.id}`));
    expect(inChunks).toEqual(library.flatMap((p) => p.clauses.map((c) => `${p.slug}#${c.id}`)));
    for (const c of chunks) expect(c.clauses.length).toBeLessThanOrEqual(CHUNK_SLOTS);
    expect(manifest.docs).toBe(inChunks.length);
  });

  test('shards hold their keys in order, and their first keys are the manifest’s', () => {
    const shards = files
      .filter((f) => f.path.includes('/terms/'))
      .map((f) => new Shard(Number(/(\d+)\.[0-9a-f]+\.bin$/.exec(f.path)![1]), f.bytes as Uint8Array));
    shards.sort((a, b) => a.number - b.number);
    expect(shards.map((s, i) => (i === 0 ? '' : s.keys[0]))).toEqual(manifest.shards);
    const keys = shards.flatMap((s) => s.keys);
    expect(keys).toEqual([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  test('a key held by more clauses than a shard keeps has its best postings in the shard and the rest in a tail', () => {
    const shards = files
      .filter((f) => f.path.includes('/terms/'))
      .map((f) => new Shard(Number(/(\d+)\.[0-9a-f]+\.bin$/.exec(f.path)![1]), f.bytes as Uint8Array));
    const data = shards.map((s) => s.entry('data')).find(Boolean)!;
    expect(data.df).toBeGreaterThan(12);
    expect(data.head.docs.length).toBe(12);
    expect(data.tail!.count).toBe(data.df - 12);
    expect(Math.min(...data.head.impacts)).toBeGreaterThanOrEqual(data.tail!.maxImpact);
  });

  test('the manifest counts, per aspect, the policies giving each status', () => {
    expect(manifest.policies).toBe(library.length);
    const children = manifest.aspects.children;
    expect(Object.values(children).reduce((a, b) => a + b, 0)).toBe(library.length);
    expect(children['not-stated']).toBe(library.filter((p) => p.findings.children.status === 'not-stated').length);
  });
});

describe('searching the library', () => {
  let index: SearchIndex;
  beforeAll(async () => {
    index = await memoryIndex(library);
  });
  const ids = (hits: readonly SearchHit[]) => hits.map((h) => `${h.policy}#${h.url.split('#')[1]}`);

  test('“police” finds the clause about the police before any clause that only says “policy”', async () => {
    const { hits } = await search(index, 'police');
    expect(ids(hits)[0]).toBe('latvian-shop-lv#s6-authorities');
    for (const hit of hits) expect(clauseOf(hit.url).translation.toLowerCase()).not.toMatch(/\bpolic(y|ies)\b(?![\s\S]*\bpolice\b)/);
  });

  test('“N with every word” counts the clauses that hold every word, not those filed under a word’s concept', async () => {
    // A small library: one clause says both words; one says "data" and is cited for the recipients,
    // the concept "sell" names; one says "data" alone.
    const [tiny] = loadLibrary({ root: 'tests/fixtures/library' });
    const clause = (id: string, text: string) => ({
      ...tiny!.clauses[2]!,
      id,
      label: id,
      original: text,
      translation: text,
      note: null,
      noteRefs: [],
      topics: ['sharing' as const],
    });
    const policy = {
      ...tiny!,
      clauses: [
        clause('sale', 'We sell your data to advertisers.'),
        clause('couriers', 'We give your data to the couriers.'),
        clause('kept', 'Your data is kept here.'),
      ],
      findings: { ...tiny!.findings, recipients: { ...tiny!.findings.recipients, status: 'stated' as const, clauses: ['couriers'] } },
    };
    const small = await memoryIndex([policy]);
    const outcome = await search(small, 'sell data');
    expect(outcome.concepts.aspects).toContain('recipients');
    expect(ids(outcome.hits)).toEqual(['tiny-shop#sale', 'tiny-shop#couriers', 'tiny-shop#kept']);
    expect(outcome.allWords).toBe(1);
  });

  test('a query where no clause has every word still returns the clauses with most of them', async () => {
    const outcome = await search(index, 'sell data xyzzyqv');
    expect(outcome.total).toBeGreaterThan(0);
    expect(outcome.allWords).toBe(0);
    expect(ids(outcome.hits)[0]).toBe('kivismart-cz#sharing-no-sale-aggregated-data');
  });

  test('a word found nowhere is matched by the nearest words the library has', async () => {
    const { hits } = await search(index, 'anonymised');
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits.slice(0, 3))
      expect(fold(clauseOf(hit.url).translation + clauseOf(hit.url).label + (clauseOf(hit.url).note ?? ''))).toMatch(/anonym/);
  });

  test('a word being typed finds the words it begins', async () => {
    const typing = await search(index, 'singap', {}, { typing: true });
    expect(ids(typing.hits)).toContain('clsmart-cz#transfers-china-singapore');
  });

  test('excerpts come from the clause’s own text, with the matched words marked, never the topic line', async () => {
    const { hits } = await search(index, 'retention');
    expect(hits.length).toBeGreaterThan(2);
    for (const hit of hits) {
      const text = hit.excerpt.map((s) => s.text).join('');
      expect(text).not.toMatch(/Topics:/);
      const clause = clauseOf(hit.url);
      const source = hit.field === 'original' ? clause.original : clause.translation;
      for (const piece of text
        .replace(/^… | …$/g, '')
        .split(/\s+/)
        .filter(Boolean)
        .slice(0, 5))
        expect(source.replace(/\s+/g, ' ')).toContain(piece);
    }
    const cookies = await search(index, 'cookies');
    expect(cookies.hits[0]!.excerpt.some((s) => s.mark && /cookie/i.test(s.text))).toBe(true);
  });

  test('filters narrow to the policy, topic and assessment ticked', async () => {
    const all = await search(index, 'cookies');
    const narrowed = await search(index, 'cookies', { policy: ['caviar-kz'], assessment: ['concern'] });
    expect(narrowed.total).toBeGreaterThan(0);
    expect(narrowed.total).toBeLessThan(all.total);
    for (const hit of narrowed.hits) {
      expect(hit.policy).toBe('caviar-kz');
      expect(clauseOf(hit.url).assessment).toBe('concern');
    }
  });

  test('filters without words list every clause they allow, in library order', async () => {
    const outcome = await search(index, '', { policy: ['caviar-kz'] }, { limit: 100 });
    const caviar = library.find((p) => p.slug === 'caviar-kz')!;
    expect(outcome.total).toBe(caviar.clauses.length);
    expect(ids(outcome.hits)).toEqual(caviar.clauses.map((c) => `caviar-kz#${c.id}`));
  });

  test('a concept no policy states is reported as unanswered', async () => {
    const outcome = await search(index, 'children');
    expect(outcome.concepts.aspects).toContain('children');
    expect(outcome.unanswered).toEqual(library.every((p) => p.findings.children.status === 'not-stated') ? ['children'] : []);
  });

  test('the header box’s eight results are the page’s first eight', async () => {
    for (const q of ['delete my data', 'cookies', 'sīkdatnes']) {
      const box = await search(index, q, {}, { limit: 8 });
      const page = await search(index, q, {}, { limit: 20 });
      expect(ids(box.hits)).toEqual(ids(page.hits).slice(0, 8));
    }
  });

  test('an index whose common words are split into tails ranks exactly as one that keeps them whole', async () => {
    const tiered = await memoryIndex(library, { tierSize: 8 });
    for (const q of ['data', 'personal data', 'delete my data', 'cookies identify the user', 'údaje']) {
      expect(ids((await search(tiered, q)).hits), q).toEqual(ids((await search(index, q)).hits));
    }
    // Ten searches, half of them reading tails, on a machine other tests share: more than the default five seconds when it is busy.
  }, 30_000);

  test('every result links to its clause with the words for marking on arrival', async () => {
    const { hits } = await search(index, 'court order');
    expect(hits[0]!.href).toBe(withHighlight(hits[0]!.url, 'court order'));
    expect(hits[0]!.href).toMatch(/^\/policies\/[a-z0-9-]+\/\?highlight=court%20order#/);
  });
});

describe('reading the index from a real host', () => {
  type Files = ReturnType<typeof buildSearchIndex>;
  const manifestOf = (files: Files) => files.find((f) => f.path === manifestPath())!;
  /** A host (or a cache in front of it) holding these files: any other path is not found, as over HTTP. */
  function host(files: Files, fail: (path: string) => boolean = () => false): IndexLoader & { asked: string[] } {
    const byPath = new Map(files.map((f) => [f.path, f.bytes]));
    const asked: string[] = [];
    const get = (path: string) => {
      asked.push(path);
      if (fail(path)) throw new TypeError(`Failed to fetch ${path}`);
      const bytes = byPath.get(path);
      if (bytes === undefined) throw new Error(`HTTP 404: ${path}`);
      return bytes;
    };
    return { asked, json: async (path) => JSON.parse(String(get(path))) as unknown, bytes: async (path) => get(path) as Uint8Array };
  }
  const four = buildSearchIndex(library.slice(0, 4));
  const five = buildSearchIndex(library);
  const ids = (hits: readonly SearchHit[]) => hits.map((h) => `${h.policy}#${h.url.split('#')[1]}`);

  test('a cached manifest of the last build beside the next build’s files fails with the host’s “not found”, never a crash', async () => {
    const mixed = [manifestOf(four), ...five.filter((f) => f.path !== manifestPath())];
    const index = await SearchIndex.open(host(mixed));
    await expect(search(index, 'police')).rejects.toThrow(/^HTTP 404: \/search-index\//);
  });

  test('a cache holding both builds’ files gives the old manifest the old build’s results', async () => {
    // Where two files share a name, the cache holds the newer.
    const both = [...four.filter((f) => f.path !== manifestPath()), ...five.filter((f) => f.path !== manifestPath()), manifestOf(four)];
    const mixed = await SearchIndex.open(host(both));
    const alone = await SearchIndex.open(host(four));
    for (const q of ['police', 'personal data', 'cookies'])
      expect(ids((await search(mixed, q)).hits), q).toEqual(ids((await search(alone, q)).hits));
  });

  test('every file but the manifest is named by the index’s content: the same library gives the same names, another library others', () => {
    const names = (files: Files) => files.map((f) => f.path).filter((p) => p !== manifestPath());
    expect(names(buildSearchIndex(library.slice(0, 4)))).toEqual(names(four));
    const fourNames = new Set(names(four));
    expect(names(five).filter((p) => fourNames.has(p))).toEqual([]);
    for (const path of names(five)) expect(path).toMatch(/^\/search-index\/(terms|tails|docs|words)\/\d+\.[0-9a-f]{12}\.(bin|json)$/);
  });

  test('a manifest of another index format is refused with a message that says to reload', async () => {
    const old = JSON.stringify({ ...JSON.parse(String(manifestOf(five).bytes)), version: INDEX_VERSION - 1 });
    await expect(SearchIndex.open(host([{ path: manifestPath(), bytes: old }]))).rejects.toThrow(
      `The search index is of another version of the site (format ${INDEX_VERSION - 1}; this page reads format ${INDEX_VERSION}): reload the page.`,
    );
    await expect(SearchIndex.open(host([{ path: manifestPath(), bytes: '<!doctype html><p>Not here' }]))).rejects.toThrow();
    await expect(SearchIndex.open(host([{ path: manifestPath(), bytes: '{"docs": 3}' }]))).rejects.toThrow(/not a search index manifest/);
  });

  test('a shard reads the same whether the host sent the stored gzip bytes or had the browser unpack them (Content-Encoding: gzip)', async () => {
    const shard = five.find((f) => f.path.includes('/terms/'))!;
    const stored = gzipSync(signed(shard.bytes as Uint8Array));
    const gunzip = async (b: Uint8Array) => new Uint8Array(gunzipSync(b));
    expect(Buffer.from(await unpackFile(shard.path, stored, gunzip)).equals(Buffer.from(shard.bytes as Uint8Array))).toBe(true);
    expect(Buffer.from(await unpackFile(shard.path, gunzipSync(stored), gunzip)).equals(Buffer.from(shard.bytes as Uint8Array))).toBe(true);
    // What a host sends in place of a missing file (its HTML page, with status 200) is named as such.
    for (const other of [Buffer.from('<!doctype html><title>Not found</title>'), gzipSync('<!doctype html>')])
      await expect(unpackFile(shard.path, other, gunzip)).rejects.toThrow(`${shard.path} is not a file of the search index (the host sent`);
  });

  test.each([
    ['a shard', '/terms/'],
    ['a chunk of clauses', '/docs/'],
    ['a tail', '/tails/'],
  ])('%s that failed to load once is fetched again by the next search', async (_, part) => {
    const files = buildSearchIndex(library, { tierSize: 8 });
    let failures = 0;
    const loader = host(files, (path) => path.includes(part) && failures++ === 0);
    const index = await SearchIndex.open(loader);
    const query = 'personal data';
    await expect(search(index, query)).rejects.toThrow(/Failed to fetch/);
    expect(failures).toBeGreaterThan(0);
    const again = await search(index, query);
    expect(ids(again.hits)).toEqual(ids((await search(await SearchIndex.open(host(files)), query)).hits));
    expect(again.hits.length).toBeGreaterThan(0);
  });
});

describe('results as shown', () => {
  const hit = (policy: string, n: number): SearchHit => ({
    doc: n,
    score: 1,
    url: `/policies/${policy}/#c${n}`,
    href: '',
    policy,
    policyName: policy.toUpperCase(),
    label: `c${n}`,
    kind: 'policy',
    field: 'translation',
    language: 'en',
    excerpt: [],
    original: [],
    originalLanguage: 'cs',
    translation: [],
    matchedIn: 'text',
  });

  test('grouping keeps the ranking: policies in the order of their best hit, hits in rank order', () => {
    const groups = groupByPolicy([hit('b', 1), hit('a', 2), hit('b', 3), hit('c', 4), hit('a', 5)]);
    expect(groups.map((g) => [g.policy, g.hits.map((h) => h.doc)])).toEqual([
      ['b', [1, 3]],
      ['a', [2, 5]],
      ['c', [4]],
    ]);
  });

  test('the status line says how many match, how many hold every word, and what is shown', () => {
    const outcome = {
      query: 'delete my data',
      hits: [hit('a', 1), hit('b', 2)],
      total: 99,
      exact: true,
      allWords: 26,
      concepts: { aspects: [], topics: [] },
      unanswered: [],
      suggestion: null,
      named: [],
    };
    expect(statusText(outcome, 'page')).toBe('99 matching clauses (26 with every word), best first; showing 2.');
    expect(statusText({ ...outcome, exact: false }, 'page')).toMatch(/^At least 99 matching clauses/);
    expect(statusText({ ...outcome, total: 0, hits: [] }, 'box')).toBe('No clause matches “delete my data”.');
  });

  test('the excerpt window falls on the densest run of matches', () => {
    const text = `${'filler '.repeat(60)}we delete your data on request ${'filler '.repeat(60)}`;
    const segments = excerpt(text, 'en', matcherFor(planQuery('delete data', ['en'])));
    expect(segments[0]!.text).toBe('… ');
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['delete', 'data']);
    expect(clauseExcerpt({ original: 'nic', translation: text }, 'cs', matcherFor(planQuery('delete', ['en']))).field).toBe('translation');
  });
});
