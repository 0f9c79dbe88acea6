/**
 * Writes the search index into the built site once Astro has written the
 * pages (dist/search-index/, see src/lib/search/index-format.ts). It takes
 * the library the content layer loaded earlier in the same build, rather than
 * parsing, checking and hashing every policy again.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { loadLibrary } from '../lib/policy/library-fs.ts';
import { loadedLibrary } from '../lib/policy/loaded-library.ts';
import type { Policy } from '../lib/policy/model.ts';
import { buildSearchIndex, type BuildOptions } from '../lib/search/build-index.ts';
import { isCompressed, SEARCH_BASE, signed } from '../lib/search/index-format.ts';

/** Writes every file of the index for `policies` under `siteDir`; returns how many files and bytes. */
export function writeSearchIndex(
  policies: readonly Policy[],
  siteDir: string,
  options: BuildOptions = {},
): { files: number; bytes: number } {
  rmSync(join(siteDir, SEARCH_BASE), { recursive: true, force: true });
  let bytes = 0;
  const files = buildSearchIndex(policies, options);
  for (const file of files) {
    const path = join(siteDir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    // Shards and tails travel compressed from any host, whether or not it compresses binary files; signed inside,
    // so the reader knows them when a host's Content-Encoding has had the browser unpack them already.
    const data = isCompressed(file.path) ? gzipSync(signed(file.bytes as Uint8Array), { level: 9 }) : file.bytes;
    writeFileSync(path, data);
    bytes += typeof data === 'string' ? Buffer.byteLength(data) : data.length;
  }
  return { files: files.length, bytes };
}

export default function searchIndexIntegration(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'policy-library:search-index',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        // Only a build writes the index: the search page and the header's box say so where there is none (`astro dev`).
        // Not import.meta.env.DEV, which follows NODE_ENV: a build run under a test runner (NODE_ENV=test) would count as dev.
        updateConfig({ vite: { define: { 'import.meta.env.SEARCH_INDEX_BUILT': JSON.stringify(command === 'build') } } });
      },
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const shared = loadedLibrary(root);
        if (!shared) logger.warn('the content layer did not hand over the library; reading it from disk again');
        const policies = shared ?? loadLibrary({ root });
        // The scale tests build with a small tier (PIP_SEARCH_TIER) so that a library of 53 policies has tails to read.
        const tier = Number(process.env['PIP_SEARCH_TIER']);
        const { files, bytes } = writeSearchIndex(
          policies,
          fileURLToPath(dir),
          Number.isInteger(tier) && tier > 0 ? { tierSize: tier } : {},
        );
        logger.info(
          `search index: ${policies.reduce((n, p) => n + p.clauses.length, 0)} clauses of ${policies.length} policies, ${files} files, ${(bytes / 1024).toFixed(0)} KB`,
        );
      },
    },
  };
}
