/**
 * Builds the search index from the model (not from the pages): one record per
 * clause, scored with BM25F over its label, translation and original, with
 * the keys and files described in index-format.ts. Pure: policies in, files
 * out; src/integrations/search-index.ts writes them into the built site.
 * Build-time only (it hashes with node:crypto); the browser reads the files.
 */
import { createHash } from 'node:crypto';
import { CLAUSE_KIND_IDS, FINDING_STATUS_IDS, ASPECT_IDS, type AspectId, type FindingStatus, type LanguageId } from '../taxonomy.ts';
import type { Clause, Policy } from '../policy/model.ts';
import { notePlainText } from '../policy/notes.ts';
import { meaningsIn } from './concepts.ts';
import { durations } from './durations.ts';
import { nameCandidates } from './names.ts';
import { vocabularyFiles } from './spelling.ts';
import { stemmerFor } from './stemmers.ts';
import { isStopWord, tokenize } from './text.ts';
import {
  CHUNK_SLOTS,
  chunkPath,
  encodePostings,
  encodeShard,
  facetKey,
  INDEX_VERSION,
  manifestPath,
  meaningKey,
  nameKey,
  NO_COUNTRY,
  pairKey,
  shardPath,
  stemKey,
  tailPath,
  wordsPath,
  type Chunk,
  type EncodedTerm,
  type Manifest,
} from './index-format.ts';

export interface IndexFile {
  /** Path from the site's root, e.g. `/search-index/manifest.json`. */
  readonly path: string;
  readonly bytes: Uint8Array | string;
}

export interface BuildOptions {
  /** Postings a shard keeps for one key; the rest go to its tail. */
  readonly tierSize?: number;
  /** A shard is closed once its postings pass this many bytes. */
  readonly shardBytes?: number;
  /** A chunk of clauses is closed once its text passes this many characters. */
  readonly chunkChars?: number;
  /** A file of the vocabulary is closed once its words pass about this many characters. */
  readonly vocabularyChars?: number;
}

/** BM25's term-frequency saturation and length normalisation (the usual values). */
const K1 = 1.2;
const B = 0.75;
/**
 * Words in a clause's label count double: it is the annotator's summary of
 * the clause. Words only in its note (the annotation, in the analyst's
 * vocabulary: "analytics", "profiling") count a third, so a clause that says
 * a thing ranks above one whose note mentions it.
 */
const FIELD_WEIGHT = { label: 2, translation: 1, original: 1, note: 0.35 } as const;
/** Page chrome is kept findable but never outranks policy text; headings rank a little below. */
const KIND_FACTOR: Record<(typeof CLAUSE_KIND_IDS)[number], number> = { policy: 1, heading: 0.4, chrome: 0.3 };

interface PlacedClause {
  readonly doc: number;
  readonly policy: Policy;
  readonly clause: Clause;
}

/** Clauses in library order, in chunks of one policy each, with their ids. */
function placeClauses(policies: readonly Policy[], chunkChars: number): { placed: PlacedClause[]; chunks: Chunk[] } {
  const placed: PlacedClause[] = [];
  const chunks: Chunk[] = [];
  for (const policy of policies) {
    let current: Chunk['clauses'][number][] = [];
    let chars = 0;
    const close = () => {
      if (current.length)
        chunks.push({ policy: { slug: policy.slug, name: policy.shortName, language: policy.language }, clauses: current });
      current = [];
      chars = 0;
    };
    for (const clause of policy.clauses) {
      const size = clause.original.length + clause.translation.length + clause.label.length;
      if (current.length === CHUNK_SLOTS || (current.length > 0 && chars + size > chunkChars)) close();
      placed.push({ doc: chunks.length * CHUNK_SLOTS + current.length, policy, clause });
      current.push({ id: clause.id, label: clause.label, kind: clause.kind, original: clause.original, translation: clause.translation });
      chars += size;
    }
    close();
  }
  return { placed, chunks };
}

/** The weighted term frequencies of one clause's words, stems, word pairs, periods of time and concepts, and its length in words. */
function clauseTerms(clause: Clause, language: string): { tf: Map<string, number>; length: number } {
  const tf = new Map<string, number>();
  const add = (key: string, weight: number) => tf.set(key, (tf.get(key) ?? 0) + weight);
  let length = 0;
  for (const [field, text, lang] of [
    ['label', clause.label, 'en'],
    ['translation', clause.translation, 'en'],
    ['original', clause.original, language],
    ['note', clause.note ? notePlainText(clause.note) : '', 'en'],
  ] as const) {
    const weight = FIELD_WEIGHT[field];
    const stem = stemmerFor(lang);
    const tokens = tokenize(text);
    // A clause's length is its own text's: a long note does not make a clause say less.
    if (field !== 'note') length += tokens.filter((t) => !t.joined).length;
    let previous: string | null = null;
    for (const t of tokens) {
      add(t.term, weight);
      add(stemKey(stem(t.lower), lang), weight);
      if (t.joined) continue;
      if (isStopWord(t.term)) continue;
      if (previous) add(pairKey(previous, t.term), weight);
      previous = t.term;
    }
    for (const d of durations(
      tokens.filter((t) => !t.joined),
      [lang],
    ))
      add(d.key, weight); // What the field speaks of, in its language's words: the concepts' keys (a query naming a concept in any language reaches it).
    for (const [concept, n] of meaningsIn(tokens, lang as LanguageId)) add(meaningKey(concept), weight * n);
  }
  return { tf, length };
}

/** The facet keys of a clause: its policy's, its own, and the aspects whose findings cite it. */
function facetKeysOf(policy: Policy, clause: Clause, cited: ReadonlyMap<string, readonly AspectId[]>): string[] {
  return [
    facetKey('policy', policy.slug),
    facetKey('language', policy.language),
    facetKey('country', policy.country ?? NO_COUNTRY),
    facetKey('kind', clause.kind),
    ...(clause.assessment ? [facetKey('assessment', clause.assessment)] : []),
    ...clause.topics.map((t) => facetKey('topic', t)),
    ...(cited.get(clause.id) ?? []).map((a) => facetKey('aspect', a)),
  ];
}

/** Clause id → the aspects whose finding cites it as evidence (not-stated findings cite none). */
function citedBy(policy: Policy): Map<string, AspectId[]> {
  const out = new Map<string, AspectId[]>();
  for (const aspect of ASPECT_IDS) for (const id of policy.findings[aspect].clauses) out.set(id, [...(out.get(id) ?? []), aspect]);
  return out;
}

/** Every key's postings, with weighted term frequencies still to be turned into impacts. */
interface Collected {
  readonly postings: Map<string, { docs: number[]; tf: number[] }>;
  readonly lengths: Map<number, number>;
  readonly kinds: Map<number, Clause['kind']>;
}

function collect(placed: readonly PlacedClause[]): Collected {
  const postings = new Map<string, { docs: number[]; tf: number[] }>();
  const lengths = new Map<number, number>();
  const kinds = new Map<number, Clause['kind']>();
  const cited = new Map<string, Map<string, AspectId[]>>();
  const put = (key: string, doc: number, tf: number) => {
    let p = postings.get(key);
    if (!p) postings.set(key, (p = { docs: [], tf: [] }));
    p.docs.push(doc);
    p.tf.push(tf);
  };
  for (const { doc, policy, clause } of placed) {
    if (!cited.has(policy.slug)) cited.set(policy.slug, citedBy(policy));
    const { tf, length } = clauseTerms(clause, policy.language);
    lengths.set(doc, length);
    kinds.set(doc, clause.kind);
    for (const [key, f] of tf) put(key, doc, f);
    for (const key of facetKeysOf(policy, clause, cited.get(policy.slug)!)) put(key, doc, 0);
  }
  return { postings, lengths, kinds };
}

/** BM25F's weight of a key in a clause, scaled to 1–255 (facets, which have no frequency, are 255). */
function impact(tf: number, length: number, averageLength: number, kind: Clause['kind']): number {
  if (tf === 0) return 255;
  const saturated = tf / (tf + K1 * (1 - B + (B * length) / averageLength));
  return Math.max(1, Math.round(255 * saturated * KIND_FACTOR[kind]));
}

/** The policies' names (names.ts), each a key whose postings are its policy's clauses. */
function addNames(policies: readonly Policy[], placed: readonly PlacedClause[], collected: Collected): void {
  const slugOf = new Map(placed.map((p) => [p.doc, p.policy.slug]));
  const heldElsewhere = (word: string, slug: string) => (collected.postings.get(word)?.docs ?? []).some((doc) => slugOf.get(doc) !== slug);
  const docsOf = new Map<string, number[]>();
  for (const p of placed) {
    if (!docsOf.has(p.policy.slug)) docsOf.set(p.policy.slug, []);
    docsOf.get(p.policy.slug)!.push(p.doc);
  }
  for (const { words, slug } of nameCandidates(policies, heldElsewhere).values()) {
    const docs = docsOf.get(slug) ?? [];
    collected.postings.set(nameKey(words, slug), { docs, tf: docs.map(() => 0) });
  }
}

/** One key's postings as the shard stores them: all of them, or the `tierSize` of highest impact and a tail. */
function encodeTerm(key: string, docs: readonly number[], impacts: readonly number[], tierSize: number): EncodedTerm {
  if (docs.length <= tierSize) return { key, df: docs.length, head: encodePostings(docs, impacts), headCount: docs.length, tail: null };
  const order = docs.map((_, i) => i).sort((a, b) => impacts[b]! - impacts[a]! || docs[a]! - docs[b]!);
  const pick = (idx: number[]) => idx.sort((a, b) => docs[a]! - docs[b]!);
  const head = pick(order.slice(0, tierSize));
  const rest = pick(order.slice(tierSize));
  const tailImpacts = rest.map((i) => impacts[i]!);
  return {
    key,
    df: docs.length,
    head: encodePostings(
      head.map((i) => docs[i]!),
      head.map((i) => impacts[i]!),
    ),
    headCount: head.length,
    tail: {
      bytes: encodePostings(
        rest.map((i) => docs[i]!),
        tailImpacts,
      ),
      count: rest.length,
      maxImpact: tailImpacts.reduce((m, x) => Math.max(m, x), 0),
    },
  };
}

/** A shard's bytes and its tail's (null when no key of it has a tail). */
type ShardFile = ReturnType<typeof encodeShard>;

/** The keys in order, cut into shards of about `shardBytes` each. */
function writeShards(collected: Collected, tierSize: number, shardBytes: number): { shards: ShardFile[]; firstKeys: string[] } {
  const total = [...collected.lengths.values()].reduce((a, b) => a + b, 0);
  const averageLength = Math.max(1, total / Math.max(1, collected.lengths.size));
  const keys = [...collected.postings.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const shards: ShardFile[] = [];
  const firstKeys: string[] = [];
  let pending: EncodedTerm[] = [];
  let bytes = 0;
  const flush = () => {
    if (!pending.length) return;
    firstKeys.push(firstKeys.length === 0 ? '' : pending[0]!.key);
    shards.push(encodeShard(pending));
    pending = [];
    bytes = 0;
  };
  for (const key of keys) {
    const p = collected.postings.get(key)!;
    const impacts = p.docs.map((doc, i) => impact(p.tf[i]!, collected.lengths.get(doc)!, averageLength, collected.kinds.get(doc)!));
    const term = encodeTerm(key, p.docs, impacts, tierSize);
    pending.push(term);
    bytes += term.head.length + key.length + 8;
    if (bytes >= shardBytes) flush();
  }
  flush();
  return { shards, firstKeys };
}

/**
 * The hash that names the index's files: of every shard, tail and chunk (each
 * with its length, so no two sets of files can run together alike) and of the
 * manifest's other fields. The same library always gives the same names.
 */
function contentHash(shards: readonly ShardFile[], chunks: readonly string[], manifest: Omit<Manifest, 'hash'>): string {
  const hash = createHash('sha256');
  const add = (part: Uint8Array | string) =>
    hash.update(`${typeof part === 'string' ? Buffer.byteLength(part) : part.length}:`).update(part);
  add(JSON.stringify(manifest));
  for (const { shard, tail } of shards) {
    add(shard);
    add(tail ?? '');
  }
  for (const chunk of chunks) add(chunk);
  return hash.digest('hex').slice(0, 12);
}

/** For each aspect, how many policies give each status. */
function aspectSummary(policies: readonly Policy[]): Manifest['aspects'] {
  const empty = () => Object.fromEntries(FINDING_STATUS_IDS.map((s) => [s, 0])) as Record<FindingStatus, number>;
  const out = Object.fromEntries(ASPECT_IDS.map((a) => [a, empty()])) as Record<AspectId, Record<FindingStatus, number>>;
  for (const p of policies) for (const a of ASPECT_IDS) out[a][p.findings[a].status] += 1;
  return out;
}

/** Every file of the search index for `policies`, in library order. */
export function buildSearchIndex(policies: readonly Policy[], options: BuildOptions = {}): IndexFile[] {
  const tierSize = options.tierSize ?? 2000;
  const { placed, chunks } = placeClauses(policies, options.chunkChars ?? 12_000);
  const collected = collect(placed);
  addNames(policies, placed, collected);
  const { shards, firstKeys } = writeShards(collected, tierSize, options.shardBytes ?? 24_000);
  const vocabulary = vocabularyFiles(
    new Map([...collected.postings].map(([key, p]) => [key, p.docs.length])),
    options.vocabularyChars ?? 6_000,
  );
  const chunkTexts = chunks.map((chunk) => JSON.stringify(chunk));
  const wordTexts = vocabulary.files.map((words) => JSON.stringify(words));
  const content: Omit<Manifest, 'hash'> = {
    version: INDEX_VERSION,
    docs: placed.length,
    policies: policies.length,
    shards: firstKeys,
    tierSize,
    languages: [...new Set(['en', ...policies.map((p) => p.language)])].sort(),
    aspects: aspectSummary(policies),
    vocabulary: vocabulary.firstKeys,
  };
  const hash = contentHash(shards, [...chunkTexts, ...wordTexts], content);
  const manifest: Manifest = { ...content, hash };
  return [
    { path: manifestPath(), bytes: JSON.stringify(manifest) },
    ...shards.flatMap(({ shard, tail }, n) => [
      { path: shardPath(hash, n), bytes: shard },
      ...(tail ? [{ path: tailPath(hash, n), bytes: tail }] : []),
    ]),
    ...chunkTexts.map((text, n) => ({ path: chunkPath(hash, n), bytes: text })),
    ...wordTexts.map((text, n) => ({ path: wordsPath(hash, n), bytes: text })),
  ];
}
