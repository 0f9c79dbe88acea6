/**
 * The search index's files, written at build time (build-index.ts) and read
 * in the browser (engine.ts): where they are, what the manifest holds, and
 * the binary encoding of a shard of terms.
 *
 * - `/search-index/manifest.json`: counts, the first key of every shard, what
 *   the library's findings say per aspect, and the hash that names every
 *   other file. Small, the only file every search reads, and the one file
 *   whose name never changes: it is revalidated on every page (fetched with
 *   `cache: 'no-cache'`), and every other file is named by the content of
 *   the whole index (`<n>.<hash>`), so it can be cached for good, and a
 *   manifest of one build (cached, or read by a tab left open across a
 *   deploy) never reads the files of another: it finds its own, or a "not
 *   found". The hash is one for the whole index, not one per file, because a
 *   hash per file listed in the manifest would cost every first search about
 *   5 bytes a file (some 90 KB at 10,000 policies).
 * - `/search-index/terms/<n>.<hash>.bin`: a shard of keys in sorted order, each with its
 *   postings (clause ids and impacts). A key is a folded word (`cookies`),
 *   a stem with its language (`cooki~en`), a pair of neighbouring words
 *   (`date birth`), or a facet (`@t:retention`). Stems and pairs sort next
 *   to their words, so one query reads few shards.
 * - `/search-index/tails/<n>.<hash>.bin`: for a key held by more clauses than a shard
 *   keeps (a very common word in a large library), the rest of its
 *   postings, read only when the ranking needs them.
 * Shards and tails are stored gzip-compressed, so they travel compressed from any host, even one that does not
 * compress binary files; the browser unpacks them with DecompressionStream.
 * A host may instead send them with `Content-Encoding: gzip` (an upload to a
 * bucket with that metadata, a `_headers` rule), and then the browser has
 * already unpacked them: so each starts, inside the gzip stream, with a
 * signature (FILE_SIGNATURE; Pagefind's `pagefind_dcd` is the model), and the reader
 * unpacks only bytes that start with gzip's magic number, not the signature.
 * - `/search-index/docs/<n>.<hash>.json`: a chunk of consecutive clauses of one policy
 *   (label, original, translation) for showing results and their excerpts.
 *   A clause's id is `chunk × CHUNK_SLOTS + slot`, so its chunk is known
 *   without a table.
 * - `/search-index/words/<n>.<hash>.json`: the library's words for correcting a
 *   misspelt one (spelling.ts), read only for a word the library lacks.
 */
import type { AspectId, FindingStatus } from '../taxonomy.ts';

export const SEARCH_BASE = '/search-index/';
/** The format of the files; the reader refuses a manifest of another (a page of one build, an index of another). */
export const INDEX_VERSION = 2;
/** Clause ids per chunk of documents. */
export const CHUNK_SLOTS = 32;

/** Folders of the files named by the index's hash (every file but the manifest). */
export const HASHED_FOLDERS = ['terms', 'tails', 'docs', 'words'] as const;
export const manifestPath = () => `${SEARCH_BASE}manifest.json`;
export const shardPath = (hash: string, n: number) => `${SEARCH_BASE}terms/${n}.${hash}.bin`;
export const tailPath = (hash: string, n: number) => `${SEARCH_BASE}tails/${n}.${hash}.bin`;
export const chunkPath = (hash: string, n: number) => `${SEARCH_BASE}docs/${n}.${hash}.json`;
export const wordsPath = (hash: string, n: number) => `${SEARCH_BASE}words/${n}.${hash}.json`;
export const chunkOf = (doc: number) => Math.floor(doc / CHUNK_SLOTS);
/** Whether the file at `path` is stored gzip-compressed (shards and tails). */
export const isCompressed = (path: string) => path.endsWith('.bin');
/** What every shard and tail starts with inside its gzip stream ("PiPs" and the format), so bytes a host already unpacked are known. */
export const FILE_SIGNATURE = Uint8Array.of(0x50, 0x69, 0x50, 0x73, INDEX_VERSION);

const startsWith = (bytes: Uint8Array, prefix: ArrayLike<number>) =>
  bytes.length >= prefix.length && Array.prototype.every.call(prefix, (b: number, i: number) => bytes[i] === b);
/** Whether `bytes` are a gzip stream (its magic number, 0x1f 0x8b). */
export const isGzip = (bytes: Uint8Array) => startsWith(bytes, [0x1f, 0x8b]);

/** A shard or tail as stored (before gzip): the signature, then the file. */
export function signed(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(FILE_SIGNATURE.length + bytes.length);
  out.set(FILE_SIGNATURE);
  out.set(bytes, FILE_SIGNATURE.length);
  return out;
}

/**
 * A shard or tail from the bytes a host sent: unpacked with `gunzip` if they
 * are still compressed, left as they are if the host's Content-Encoding had
 * the browser unpack them already; then checked and stripped of the signature.
 */
export async function unpackFile(path: string, sent: Uint8Array, gunzip: (bytes: Uint8Array) => Promise<Uint8Array>): Promise<Uint8Array> {
  const bytes = isGzip(sent) ? await gunzip(sent) : sent;
  if (!startsWith(bytes, FILE_SIGNATURE)) {
    const what = startsWith(bytes, FILE_SIGNATURE.subarray(0, 4))
      ? `a file of index format ${bytes[4]}, not ${INDEX_VERSION}`
      : 'not a file of the search index';
    throw new Error(
      `${path} is ${what} (the host sent ${bytes.length} bytes starting ${[...bytes.subarray(0, 4)].map((b) => b.toString(16).padStart(2, '0')).join(' ')}).`,
    );
  }
  return bytes.subarray(FILE_SIGNATURE.length);
}

/** Keys of facets: `@<facet>:<value>`. */
export const FACET_KEYS = { policy: 'p', language: 'l', country: 'c', topic: 't', assessment: 's', kind: 'k', aspect: 'a' } as const;
export type FacetKey = keyof typeof FACET_KEYS;
export const facetKey = (facet: FacetKey, value: string) => `@${FACET_KEYS[facet]}:${value}`;
/**
 * The key of a concept of the vocabulary (concepts.ts): its postings are the
 * clauses whose own words say it, in any language, weighted as a word is.
 */
export const meaningKey = (concept: string) => `@m:${concept}`;
/** The key of a word's stem in one language. */
export const stemKey = (stem: string, language: string) => `${stem}~${language}`;
/** The key of two neighbouring words. */
export const pairKey = (a: string, b: string) => `${a} ${b}`;
/**
 * The key of a policy's name (names.ts): its first word, `~#`, the rest of
 * its words, `#`, the policy's slug ("caviar~##caviar-kz", "kivi~#smart
 * purchasing#kivismart-cz"), so it sorts next to that word and is found in
 * the word's own shard. Its postings are the policy's clauses.
 */
export const nameKey = (words: readonly string[], slug: string) => `${words[0]}~#${words.slice(1).join(' ')}#${slug}`;
/** The beginning every name key starting with `word` shares. */
export const namePrefix = (word: string) => `${word}~#`;
/** A name key's other words and slug. */
export function parseNameKey(key: string): { words: string[]; slug: string } {
  const at = key.indexOf('~#');
  const hash = key.lastIndexOf('#');
  const rest = key.slice(at + 2, hash);
  return { words: [key.slice(0, at), ...(rest ? rest.split(' ') : [])], slug: key.slice(hash + 1) };
}
/** The value for a policy that names no country. */
export const NO_COUNTRY = 'none';

export interface Manifest {
  readonly version: number;
  /** The hash of the index's content that names every other file (12 hex digits). */
  readonly hash: string;
  /** Clauses indexed. */
  readonly docs: number;
  readonly policies: number;
  /** The first key of each shard, in order. */
  readonly shards: readonly string[];
  /** Postings a shard keeps for one key before the rest go to its tail. */
  readonly tierSize: number;
  /** Languages whose stems are in the index (the originals'; English for translations). */
  readonly languages: readonly string[];
  /** For each aspect, how many policies give each finding status. */
  readonly aspects: Readonly<Record<AspectId, Readonly<Record<FindingStatus, number>>>>;
  /** The first key of each file of the vocabulary (spelling.ts); absent in an index without one. */
  readonly vocabulary?: readonly string[];
}

/** A policy's fields a result shows. */
export interface ChunkPolicy {
  readonly slug: string;
  readonly name: string;
  readonly language: string;
}

export interface ChunkClause {
  readonly id: string;
  readonly label: string;
  readonly kind: string;
  readonly original: string;
  readonly translation: string;
}

export interface Chunk {
  readonly policy: ChunkPolicy;
  /** The clauses in slots 0, 1, …, in policy order. */
  readonly clauses: readonly ChunkClause[];
}

/** One key's postings: clause ids in ascending order and an impact (1–255) for each. */
export interface Postings {
  readonly docs: Uint32Array;
  readonly impacts: Uint8Array;
}

/** What a shard says about one key. */
export interface TermEntry {
  readonly key: string;
  /** Clauses holding the key, tail included. */
  readonly df: number;
  /** The postings kept in the shard: all of them, or the highest-impact `tierSize`. */
  readonly head: Postings;
  /** Where the rest are, and the highest impact among them; null when the head holds all. */
  readonly tail: { readonly shard: number; readonly offset: number; readonly count: number; readonly maxImpact: number } | null;
}

interface ShardHeader {
  keys: string[];
  df: number[];
  /** Byte offset of each key's head in the body. */
  at: number[];
  /** Postings in each key's head. */
  count: number[];
  /** [offset, byte length, postings, max impact] in the tail file, or 0. */
  tail: ([number, number, number, number] | 0)[];
}

// --- Encoding --------------------------------------------------------------------

/** Appends `n` as a LEB128 varint. */
function pushVarint(out: number[], n: number): void {
  while (n >= 0x80) {
    out.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  out.push(n);
}

/** Postings as bytes: the ids' gaps as varints, then one byte of impact per id. */
export function encodePostings(docs: ArrayLike<number>, impacts: ArrayLike<number>): Uint8Array {
  const out: number[] = [];
  let last = 0;
  for (let i = 0; i < docs.length; i++) {
    pushVarint(out, docs[i]! - last);
    last = docs[i]!;
  }
  for (let i = 0; i < impacts.length; i++) out.push(impacts[i]!);
  return Uint8Array.from(out);
}

/** Reads `count` postings from `bytes` at `offset`. */
export function decodePostings(bytes: Uint8Array, offset: number, count: number): Postings {
  const docs = new Uint32Array(count);
  let pos = offset;
  let last = 0;
  for (let i = 0; i < count; i++) {
    let n = 0;
    let shift = 0;
    let b: number;
    do {
      b = bytes[pos++]!;
      n += (b & 0x7f) * 2 ** shift;
      shift += 7;
    } while (b & 0x80);
    last += n;
    docs[i] = last;
  }
  return { docs, impacts: bytes.slice(pos, pos + count) };
}

/** One key as the builder hands it to the shard writer. */
export interface EncodedTerm {
  readonly key: string;
  readonly df: number;
  readonly head: Uint8Array;
  readonly headCount: number;
  readonly tail: { readonly bytes: Uint8Array; readonly count: number; readonly maxImpact: number } | null;
}

const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder();

/** A shard file and its tail file (null when no key has a tail). */
export function encodeShard(terms: readonly EncodedTerm[]): { shard: Uint8Array; tail: Uint8Array | null } {
  const header: ShardHeader = { keys: [], df: [], at: [], count: [], tail: [] };
  const body: Uint8Array[] = [];
  const tails: Uint8Array[] = [];
  let at = 0;
  let tailAt = 0;
  for (const t of terms) {
    header.keys.push(t.key);
    header.df.push(t.df);
    header.at.push(at);
    header.count.push(t.headCount);
    header.tail.push(t.tail ? [tailAt, t.tail.bytes.length, t.tail.count, t.tail.maxImpact] : 0);
    body.push(t.head);
    at += t.head.length;
    if (t.tail) {
      tails.push(t.tail.bytes);
      tailAt += t.tail.bytes.length;
    }
  }
  const json = utf8.encode(JSON.stringify(header));
  const shard = new Uint8Array(4 + json.length + at);
  new DataView(shard.buffer).setUint32(0, json.length, true);
  shard.set(json, 4);
  let pos = 4 + json.length;
  for (const b of body) {
    shard.set(b, pos);
    pos += b.length;
  }
  return { shard, tail: tails.length ? concat(tails) : null };
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let pos = 0;
  for (const p of parts) {
    out.set(p, pos);
    pos += p.length;
  }
  return out;
}

/** A shard as read in the browser: its keys in order, each decoded when asked for. */
export class Shard {
  readonly #bytes: Uint8Array;
  readonly #header: ShardHeader;
  readonly #body: number;
  readonly #index = new Map<string, number>();
  readonly number: number;

  constructor(number: number, bytes: Uint8Array) {
    this.number = number;
    this.#bytes = bytes;
    const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0, true);
    this.#header = JSON.parse(fromUtf8.decode(bytes.subarray(4, 4 + length))) as ShardHeader;
    this.#body = 4 + length;
    this.#header.keys.forEach((k, i) => this.#index.set(k, i));
  }

  get keys(): readonly string[] {
    return this.#header.keys;
  }

  /** The entry for `key`, or null if the shard does not hold it. */
  entry(key: string): TermEntry | null {
    const i = this.#index.get(key);
    if (i === undefined) return null;
    const h = this.#header;
    const tail = h.tail[i]!;
    return {
      key,
      df: h.df[i]!,
      head: decodePostings(this.#bytes, this.#body + h.at[i]!, h.count[i]!),
      tail: tail === 0 ? null : { shard: this.number, offset: tail[0], count: tail[2], maxImpact: tail[3] },
    };
  }

  /** The document frequency of `key` without decoding its postings (0 if absent). */
  df(key: string): number {
    const i = this.#index.get(key);
    return i === undefined ? 0 : this.#header.df[i]!;
  }
}

/** The shard that would hold `key`: the last whose first key is not after it. */
export function shardFor(shards: readonly string[], key: string): number {
  let lo = 0;
  let hi = shards.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (shards[mid]! <= key) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
