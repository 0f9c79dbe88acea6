/**
 * The `policies` collection. Its loader runs the library's one parser over
 * `src/content/policies/*.mdx` (and checks every original against `sources/`),
 * so the build fails with file, line, column and clause id on any invalid
 * content, and pages receive the typed model. Under `astro dev` it reloads
 * when a policy or a source changes, and keeps the last good library (with
 * the problems in the terminal) while an edit is half done.
 */
import { defineCollection } from 'astro:content';
import { AstroError } from 'astro/errors';
import type { Loader, LoaderContext } from 'astro/loaders';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentError, formatProblem } from './lib/policy/errors.ts';
import { loadLibrary, POLICIES_DIR, SOURCES_DIR } from './lib/policy/library-fs.ts';
import { shareLoadedLibrary } from './lib/policy/loaded-library.ts';
import { policySchema } from './lib/policy/schema.ts';

/** Content problems as Astro shows errors: a summary, every problem as the hint, and the first one's location (no stack trace). */
function toAstroError(error: ContentError, root: string): AstroError {
  const n = error.problems.length;
  const astroError = new AstroError(`${n} problem${n === 1 ? '' : 's'} in policy content`, error.problems.map(formatProblem).join('\n'));
  const first = error.problems[0];
  if (first) (astroError as AstroError & { loc?: object }).loc = { file: resolve(root, first.file), line: first.line, column: first.column };
  astroError.stack = '';
  return astroError;
}

/** Loads the whole library into the store. */
async function syncPolicies({ store, parseData, generateDigest, logger }: LoaderContext, root: string): Promise<void> {
  let policies;
  try {
    policies = loadLibrary({ root });
  } catch (error) {
    throw error instanceof ContentError ? toAstroError(error, root) : error;
  }
  store.clear();
  for (const policy of policies) {
    const data = await parseData({ id: policy.slug, data: policy, filePath: policy.file });
    store.set({ id: policy.slug, data, filePath: policy.file, digest: generateDigest(JSON.stringify(data)) });
  }
  shareLoadedLibrary(root, policies);
  logger.info(`${policies.length} policies, ${policies.reduce((n, p) => n + p.clauses.length, 0)} clauses`);
}

/** Reloads the library whenever a file under the policies or sources folder changes (as Astro's own file loader does). */
function watchLibrary(context: LoaderContext, root: string): void {
  const dirs = [POLICIES_DIR, SOURCES_DIR].map((d) => join(root, d));
  context.watcher?.add(dirs);
  const reload = async (path: string) => {
    if (!dirs.some((d) => path.startsWith(d + sep))) return;
    try {
      await syncPolicies(context, root);
      context.logger.info(`reloaded after a change to ${relative(root, path)}`);
    } catch (error) {
      // Mid-edit content is often invalid: say what is wrong and keep serving the last good library.
      const hint = error instanceof AstroError && error.hint ? `\n${error.hint}` : '';
      context.logger.error(`${error instanceof Error ? error.message : String(error)}${hint}`);
    }
  };
  for (const event of ['change', 'add', 'unlink'] as const) context.watcher?.on(event, (path: string) => void reload(path));
}

function policyLoader(): Loader {
  let watching = false;
  return {
    name: 'policy-loader',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      await syncPolicies(context, root);
      if (!watching && context.watcher) {
        watching = true;
        watchLibrary(context, root);
      }
    },
  };
}

export const collections = {
  policies: defineCollection({ loader: policyLoader(), schema: policySchema }),
};
