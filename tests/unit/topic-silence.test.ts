/**
 * The policies a topic's page names as saying nothing on it
 * (src/lib/topics.ts, silentOnTopic) and the topic-to-aspects map it reads
 * (src/lib/taxonomy.ts, TOPIC_ASPECTS).
 */
import { describe, expect, test } from 'vitest';
import { loadLibrary } from '../../src/lib/policy/library-fs.ts';
import type { Finding, Policy } from '../../src/lib/policy/model.ts';
import { ASPECTS, TOPIC_ASPECTS, TOPICS } from '../../src/lib/taxonomy.ts';
import { silentOnTopic } from '../../src/lib/topics.ts';

const library = loadLibrary({ root: '.' });

describe('the topic-to-aspects map', () => {
  test('every topic has an entry, and every aspect named exists', () => {
    expect(Object.keys(TOPIC_ASPECTS).sort()).toEqual(TOPICS.map((t) => t.id).sort());
    const ids = new Set<string>(ASPECTS.map((a) => a.id));
    for (const [topic, aspects] of Object.entries(TOPIC_ASPECTS)) for (const a of aspects) expect(ids.has(a), `${topic} → ${a}`).toBe(true);
  });

  test('the rows a reader would look under for the common topics', () => {
    expect(TOPIC_ASPECTS.retention).toEqual(['retention-period']);
    expect(TOPIC_ASPECTS['legal-basis']).toEqual(['legal-bases']);
    expect(TOPIC_ASPECTS.transfers).toEqual(['international-transfers']);
    expect(TOPIC_ASPECTS.rights).toContain('right-to-erasure');
  });
});

describe('silent policies', () => {
  test('on the real library: those whose every finding on the topic is not stated, in library order', () => {
    const silence = silentOnTopic(library, 'retention');
    expect(silence.by).toBe('findings');
    const expected = library.filter((p) => p.findings['retention-period'].status === 'not-stated').map((p) => p.slug);
    expect(silence.policies.map((s) => s.policy.slug)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
    for (const { policy, index } of silence.policies) expect(library[index]).toBe(policy);
  });

  test('a topic of several aspects is silent only when all of them are', () => {
    const base = library[0]!;
    const findings = (status: Finding['status'], except?: string) =>
      Object.fromEntries(
        Object.entries(base.findings).map(([a, f]) => [
          a,
          { ...f, status: TOPIC_ASPECTS.rights.includes(a as never) && a !== except ? status : f.status },
        ]),
      ) as Policy['findings'];
    const silent = { ...base, slug: 'silent', findings: findings('not-stated') };
    const oneRight = {
      ...base,
      slug: 'one-right',
      findings: { ...findings('not-stated'), 'right-of-access': { ...base.findings['right-of-access'], status: 'partial' as const } },
    };
    expect(silentOnTopic([silent, oneRight], 'rights').policies.map((s) => s.policy.slug)).toEqual(['silent']);
  });

  test('a topic without an aspect counts the policies with no clause on it', () => {
    const silence = silentOnTopic(library, 'authorities');
    expect(silence.by).toBe('clauses');
    expect(silence.aspects).toEqual([]);
    const expected = library.filter((p) => !p.clauses.some((c) => c.topics.includes('authorities'))).map((p) => p.slug);
    expect(silence.policies.map((s) => s.policy.slug)).toEqual(expected);
  });
});
