/**
 * The content collections. Their loaders run the library's own parsers over
 * the files (policies in `src/content/policies/*.mdx`, checked against
 * `sources/`; jurisdictions in `src/content/jurisdictions/*.yaml`; letter
 * templates in `src/content/letters/*.yaml`), so the build fails with file,
 * line, column and id on any invalid content, and pages receive the typed
 * model (policies through the loaded library; see readPolicies). Under `astro dev` each reloads when its files change, and keeps the
 * last good content (with the problems in the terminal) while an edit is half
 * done.
 */
import { defineCollection } from 'astro:content';
import { AstroError } from 'astro/errors';
import type { Loader, LoaderContext } from 'astro/loaders';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JURISDICTIONS_DIR, loadJurisdictions } from './lib/jurisdiction/library-fs.ts';
import { jurisdictionSchema } from './lib/jurisdiction/schema.ts';
import { LETTERS_DIR, loadTemplates } from './lib/letters/library-fs.ts';
import { letterTemplateSchema } from './lib/letters/schema.ts';
import { ContentError, formatProblem } from './lib/policy/errors.ts';
import { loadLibrary, POLICIES_DIR, SOURCES_DIR } from './lib/policy/library-fs.ts';
import { shareLoadedLibrary } from './lib/policy/loaded-library.ts';
import type { Policy } from './lib/policy/model.ts';
import { policySchema, storedPolicySchema } from './lib/policy/schema.ts';

/** Content problems as Astro shows errors: a summary, every problem as the hint, and the first one's location (no stack trace). */
function toAstroError(error: ContentError, root: string): AstroError {
  const astroError = new AstroError(error.message.split(':\n')[0]!, error.problems.map(formatProblem).join('\n'));
  const first = error.problems[0];
  if (first)
    (astroError as AstroError & { loc?: object }).loc = { file: resolve(root, first.file), line: first.line, column: first.column };
  astroError.stack = '';
  return astroError;
}

/** One entry of a collection: its id, its data, the file it comes from, and what its digest is made of (its data by default). */
interface Entry {
  readonly id: string;
  readonly data: Record<string, unknown>;
  readonly file: string;
  readonly digestOf?: unknown;
}

/**
 * A loader that reads its whole collection with `read` (which throws
 * `ContentError`), stores every entry, and under `astro dev` reads it again
 * whenever a file under `dirs` changes (as Astro's own file loader does).
 */
function contentLoader(name: string, dirs: readonly string[], read: (root: string) => Entry[]): Loader {
  let watching = false;
  const sync = async ({ store, parseData, generateDigest, logger }: LoaderContext, root: string) => {
    let entries: Entry[];
    try {
      entries = read(root);
    } catch (error) {
      throw error instanceof ContentError ? toAstroError(error, root) : error;
    }
    store.clear();
    for (const entry of entries) {
      const data = await parseData({ id: entry.id, data: entry.data, filePath: entry.file });
      store.set({ id: entry.id, data, filePath: entry.file, digest: generateDigest(JSON.stringify(entry.digestOf ?? data)) });
    }
    logger.info(`${entries.length} ${name}`);
  };
  const watch = (context: LoaderContext, root: string) => {
    const watched = dirs.map((d) => join(root, d));
    context.watcher?.add(watched);
    const reload = async (path: string) => {
      if (!watched.some((d) => path.startsWith(d + sep))) return;
      try {
        await sync(context, root);
        context.logger.info(`reloaded after a change to ${relative(root, path)}`);
      } catch (error) {
        // Mid-edit content is often invalid: say what is wrong and keep serving the last good content.
        const hint = error instanceof AstroError && error.hint ? `\n${error.hint}` : '';
        context.logger.error(`${error instanceof Error ? error.message : String(error)}${hint}`);
      }
    };
    for (const event of ['change', 'add', 'unlink'] as const) context.watcher?.on(event, (path: string) => void reload(path));
  };
  return {
    name: `${name}-loader`,
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      await sync(context, root);
      if (!watching && context.watcher) {
        watching = true;
        watch(context, root);
      }
    },
  };
}

/**
 * Policies, checked against their sources, the jurisdictions and the model's
 * schema. The content layer's store keeps only each policy's slug and file
 * (and a digest of the whole policy, so that an edit reloads the pages under
 * `astro dev`); the pages and the search-index step take the policies from
 * this process's loaded library (src/lib/policy/loaded-library.ts). The store
 * reaches the pages as one JavaScript module, and with every clause in it
 * that module took minutes to compile at thousands of policies (docs/benchmarks.md).
 */
function readPolicies(root: string): Entry[] {
  const policies = loadLibrary({ root }).map((p): Policy => {
    const checked = policySchema.safeParse(p);
    if (checked.success) return checked.data as Policy;
    const issue = checked.error.issues[0];
    throw new Error(
      `${p.file}: the parsed policy does not match the model (a bug in the parser): ${issue?.path.join('.')}: ${issue?.message}`,
    );
  });
  shareLoadedLibrary(root, policies);
  return policies.map((p) => ({ id: p.slug, data: { slug: p.slug, file: p.file }, file: p.file, digestOf: p }));
}

function readJurisdictions(root: string): Entry[] {
  return [...loadJurisdictions(root).values()].map((j) => ({ id: j.id, data: j as unknown as Record<string, unknown>, file: j.file }));
}

function readTemplates(root: string): Entry[] {
  return loadTemplates(root, loadJurisdictions(root)).map((t) => ({
    id: t.id,
    data: t as unknown as Record<string, unknown>,
    file: t.file,
  }));
}

export const collections = {
  policies: defineCollection({
    loader: contentLoader('policies', [POLICIES_DIR, SOURCES_DIR, JURISDICTIONS_DIR], readPolicies),
    schema: storedPolicySchema,
  }),
  jurisdictions: defineCollection({
    loader: contentLoader('jurisdictions', [JURISDICTIONS_DIR], readJurisdictions),
    schema: jurisdictionSchema,
  }),
  letters: defineCollection({
    loader: contentLoader('letter templates', [LETTERS_DIR, JURISDICTIONS_DIR], readTemplates),
    schema: letterTemplateSchema,
  }),
};
