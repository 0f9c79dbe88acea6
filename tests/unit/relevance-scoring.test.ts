/**
 * The relevance runners' shared scoring (scripts/bench-relevance/scoring.ts):
 * query files read with the line of every problem, result links turned back
 * into clauses, and the scores, on hand-made results whose figures are worked
 * out by hand.
 */
import { describe, expect, test } from 'vitest';
import {
  checkAnswers,
  clauseRef,
  parseQueries,
  resultOf,
  score,
  summarize,
  type RelevanceQuery,
} from '../../scripts/bench-relevance/scoring.ts';
import { withHighlight } from '../../src/lib/search/search.ts';
import { clausePath } from '../../src/lib/urls.ts';

const GOOD = `# a comment
- query: police
  kind: word
  answers:
    - latvian-shop-lv#s6-authorities
  why: wants to know about the police

- query: kartës
  kind: misspelling
  answers: [albanian-shop-sq#orders-contact-card-data-marketing, caviar-kz#s1-financial-data-confidential]
  why: a card
`;

const query = (kind: string, answers: string[], line = 1): RelevanceQuery => ({ query: `q${line}`, kind, answers, why: 'w', line });

describe('query files', () => {
  test('a well-formed file gives each query with the line it starts on; any kebab-case kind is accepted', () => {
    const queries = parseQueries(GOOD, 'held-out.yaml');
    expect(queries.map((q) => [q.query, q.kind, q.answers.length, q.line])).toEqual([
      ['police', 'word', 1, 2],
      ['kartës', 'misspelling', 2, 8],
    ]);
  });

  test('every problem is reported with its file and line, all at once', () => {
    const text = `- query: police
  kind: word
  answer: [latvian-shop-lv#s6-authorities]
  why: x
- query: cookies
  kind: Word
  answers: [cookies]
- query: police
  kind: word
  answers: [latvian-shop-lv#s6-authorities]
  why: again
`;
    const error = (() => {
      try {
        parseQueries(text, 'q.yaml');
      } catch (e) {
        return (e as Error).message;
      }
      return '';
    })();
    expect(error).toContain('q.yaml:1: “police”: unknown field “answer”');
    expect(error).toContain('q.yaml:1: “police”: answers: expected a list');
    expect(error).toContain('q.yaml:5: “cookies”: kind: expected a kebab-case word');
    expect(error).toContain('q.yaml:5: “cookies”: answers: "cookies" is not “<policy-slug>#<clause-id>”');
    expect(error).toContain('q.yaml:5: “cookies”: why: expected');
    expect(error).toContain('q.yaml:8: “police”: the same query as line 1');
  });

  test('a file that is not a list, or is broken YAML, is refused with a line', () => {
    expect(() => parseQueries('query: police\n', 'q.yaml')).toThrow('q.yaml:1: expected a list of queries');
    expect(() => parseQueries('- query: [police\n', 'q.yaml')).toThrow(/^q\.yaml:\d+: /);
    expect(() => parseQueries('', 'q.yaml')).toThrow('q.yaml:1: expected a list');
  });

  test('an answer naming a clause the library does not hold is refused with its line', () => {
    const queries = parseQueries(GOOD, 'held-out.yaml');
    const ids = new Set(['latvian-shop-lv#s6-authorities', 'albanian-shop-sq#orders-contact-card-data-marketing']);
    expect(() => checkAnswers(queries, 'held-out.yaml', ids)).toThrow(
      'held-out.yaml:8: “kartës”: no clause caviar-kz#s1-financial-data-confidential in the library',
    );
    expect(() => checkAnswers(queries.slice(0, 1), 'held-out.yaml', ids)).not.toThrow();
  });
});

describe('result links', () => {
  test('a clause URL, with or without the search page’s highlight or a host, names its policy and clause', () => {
    const url = clausePath('clsmart-cz', 'risk-balancing-and-two-year-retention');
    expect(clauseRef(url)).toBe('clsmart-cz#risk-balancing-and-two-year-retention');
    expect(clauseRef(withHighlight(url, 'how long do they keep my data'))).toBe('clsmart-cz#risk-balancing-and-two-year-retention');
    expect(clauseRef(`http://127.0.0.1:4321${url}`)).toBe('clsmart-cz#risk-balancing-and-two-year-retention');
  });

  test('a link to anything but a clause stays as it is, so it never counts as right', () => {
    expect(clauseRef('/policies/clsmart-cz/')).toBe('/policies/clsmart-cz/');
    expect(clauseRef('/topics/retention/#x')).toBe('/topics/retention/#x');
  });
});

describe('scores', () => {
  test('the rank is that of the first right answer among the first 20; the top three are kept', () => {
    const q = query('word', ['p#b', 'p#c']);
    expect(resultOf(q, ['p#a', 'p#c', 'p#b', 'p#d'])).toMatchObject({ rank: 2, top: ['p#a', 'p#c', 'p#b'] });
    expect(resultOf(q, ['p#x'])).toMatchObject({ rank: null, top: ['p#x'] });
    const far = [...Array.from({ length: 20 }, (_, i) => `p#n${i}`), 'p#b'];
    expect(resultOf(q, far).rank).toBeNull();
    expect(resultOf(q, far.slice(1)).rank).toBe(20);
  });

  test('success at 1 and 3 and the mean reciprocal rank, overall and per kind in the order the file uses them', () => {
    // ranks 1, 3, none (kind "word") and 2 (kind "name")
    const results = [
      resultOf(query('name', ['p#a'], 1), ['p#x', 'p#a']),
      resultOf(query('word', ['p#a'], 2), ['p#a']),
      resultOf(query('word', ['p#a'], 3), ['p#x', 'p#y', 'p#a']),
      resultOf(query('word', ['p#a'], 4), []),
    ];
    expect(score(results)).toEqual({ queries: 4, at1: 0.25, at3: 0.75, mrr: (1 / 2 + 1 + 1 / 3) / 4 });
    const { byKind } = summarize(results);
    expect(Object.keys(byKind)).toEqual(['name', 'word']);
    expect(byKind['word']).toEqual({ queries: 3, at1: 1 / 3, at3: 2 / 3, mrr: (1 + 1 / 3) / 3 });
    expect(score([])).toEqual({ queries: 0, at1: 0, at3: 0, mrr: 0 });
  });
});
