/**
 * Reads the search index's files on demand, each at most once: the manifest,
 * the shards a query's keys fall in, a tail when the ranking needs it, and the
 * chunks of the clauses shown. A file that failed to load is not kept, so the
 * next search asks for it again. The loader is injected, so the same code
 * runs in the browser (fetch) and in Node (the relevance benchmark reads dist/).
 */
import type { WordsFile } from './spelling.ts';
import {
  chunkOf,
  chunkPath,
  CHUNK_SLOTS,
  decodePostings,
  INDEX_VERSION,
  manifestPath,
  Shard,
  shardFor,
  shardPath,
  tailPath,
  wordsPath,
  type Chunk,
  type ChunkClause,
  type ChunkPolicy,
  type Manifest,
  type Postings,
  type TermEntry,
} from './index-format.ts';

export interface IndexLoader {
  json(path: string): Promise<unknown>;
  bytes(path: string): Promise<Uint8Array>;
}

/** The manifest, checked: of this format, and with what the reader needs; else an error that says what to do. */
function checkedManifest(data: unknown): Manifest {
  const m = data as Partial<Manifest> | null;
  if (typeof m !== 'object' || m === null || typeof m.version !== 'number')
    throw new Error(`${manifestPath()} is not a search index manifest.`);
  if (m.version !== INDEX_VERSION)
    throw new Error(
      `The search index is of another version of the site (format ${m.version}; this page reads format ${INDEX_VERSION}): reload the page.`,
    );
  if (typeof m.hash !== 'string' || !Array.isArray(m.shards) || typeof m.docs !== 'number')
    throw new Error(`${manifestPath()} is not a search index manifest of format ${INDEX_VERSION}.`);
  return m as Manifest;
}

/** The promise for `key` in `cache`, made once; dropped if it fails, so the next call tries again. */
function once<T>(cache: Map<number, Promise<T>>, key: number, make: () => Promise<T>): Promise<T> {
  let p = cache.get(key);
  if (!p) {
    p = make();
    cache.set(key, p);
    p.catch(() => cache.delete(key));
  }
  return p;
}

/** Keys that are words (not stems, pairs or facets): what a prefix completes to. */
const isWordKey = (key: string) => !/[~ @]/.test(key);

export class SearchIndex {
  readonly manifest: Manifest;
  readonly #load: IndexLoader;
  readonly #shards = new Map<number, Promise<Shard>>();
  readonly #tails = new Map<number, Promise<Uint8Array>>();
  readonly #chunks = new Map<number, Promise<Chunk>>();
  readonly #words = new Map<number, Promise<WordsFile>>();

  private constructor(manifest: Manifest, loader: IndexLoader) {
    this.manifest = manifest;
    this.#load = loader;
  }

  /** Reads the manifest, refusing one of another format. */
  static async open(loader: IndexLoader): Promise<SearchIndex> {
    return new SearchIndex(checkedManifest(await loader.json(manifestPath())), loader);
  }

  /** Shard `n`, read once. */
  shard(n: number): Promise<Shard> {
    return once(this.#shards, n, () => this.#load.bytes(shardPath(this.manifest.hash, n)).then((bytes) => new Shard(n, bytes)));
  }

  /** The entries of those `keys` the index holds, reading each shard they fall in once. */
  async entries(keys: readonly string[]): Promise<Map<string, TermEntry>> {
    const unique = [...new Set(keys)];
    const shards = await Promise.all(unique.map((k) => this.shard(shardFor(this.manifest.shards, k))));
    const out = new Map<string, TermEntry>();
    unique.forEach((key, i) => {
      const entry = shards[i]!.entry(key);
      if (entry) out.set(key, entry);
    });
    return out;
  }

  /** The `limit` most common words that begin with `prefix` (not `prefix` itself). */
  async completions(prefix: string, limit: number): Promise<TermEntry[]> {
    const shards = this.manifest.shards;
    const end = `${prefix}\uffff`;
    const found: { key: string; df: number; shard: Shard }[] = [];
    const first = shardFor(shards, prefix);
    for (let n = first; n < shards.length && (n === first || shards[n]! < end); n++) {
      const shard = await this.shard(n);
      for (const key of shard.keys)
        if (key !== prefix && key.startsWith(prefix) && isWordKey(key)) found.push({ key, df: shard.df(key), shard });
    }
    return found
      .sort((a, b) => b.df - a.df)
      .slice(0, limit)
      .map((f) => f.shard.entry(f.key)!);
  }

  /** All of a key's postings: its head, and its tail if it has one. */
  async full(entry: TermEntry): Promise<Postings> {
    if (!entry.tail) return entry.head;
    const { shard, offset, count } = entry.tail;
    const bytes = await once(this.#tails, shard, () => this.#load.bytes(tailPath(this.manifest.hash, shard)));
    const tail = decodePostings(bytes, offset, count);
    return mergePostings(entry.head, tail);
  }

  /** Chunk `n` of the clauses, read once. */
  chunk(n: number): Promise<Chunk> {
    return once(this.#chunks, n, () => this.#load.json(chunkPath(this.manifest.hash, n)) as Promise<Chunk>);
  }

  /** File `n` of the vocabulary (spelling.ts), read once. */
  words(n: number): Promise<WordsFile> {
    return once(this.#words, n, () => this.#load.json(wordsPath(this.manifest.hash, n)) as Promise<WordsFile>);
  }

  /** A clause and its policy, by clause id. */
  async clause(doc: number): Promise<{ policy: ChunkPolicy; clause: ChunkClause }> {
    const chunk = await this.chunk(chunkOf(doc));
    return { policy: chunk.policy, clause: chunk.clauses[doc % CHUNK_SLOTS]! };
  }
}

/** Two sets of postings as one, in id order. */
export function mergePostings(a: Postings, b: Postings): Postings {
  const docs = new Uint32Array(a.docs.length + b.docs.length);
  const impacts = new Uint8Array(docs.length);
  let i = 0;
  let j = 0;
  for (let k = 0; k < docs.length; k++) {
    const fromA = j >= b.docs.length || (i < a.docs.length && a.docs[i]! <= b.docs[j]!);
    docs[k] = fromA ? a.docs[i]! : b.docs[j]!;
    impacts[k] = fromA ? a.impacts[i++]! : b.impacts[j++]!;
  }
  return { docs, impacts };
}
