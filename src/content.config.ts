/**
 * The `policies` collection. Its loader runs the library's one parser over
 * `src/content/policies/*.mdx`, so the build fails with file:line and clause
 * id on any invalid content, and pages receive the typed model.
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { loadLibrary, POLICIES_DIR } from './lib/policy/library-fs.ts';
import { policyEntrySchema } from './lib/policy/schema.ts';

function policyLoader(): Loader {
  return {
    name: 'policy-loader',
    load: async ({ store, config, parseData, generateDigest, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const loaded = loadLibrary({ root });
      store.clear();
      for (const { policy, sourceSha256 } of loaded) {
        const data = await parseData({ id: policy.slug, data: { ...policy, sourceSha256 }, filePath: policy.file });
        store.set({ id: policy.slug, data, filePath: policy.file, digest: generateDigest(JSON.stringify(data)) });
      }
      logger.info(`${loaded.length} policies, ${loaded.reduce((n, l) => n + l.policy.clauses.length, 0)} clauses`);
      watcher?.add(`${root}/${POLICIES_DIR}`);
    },
  };
}

export const collections = {
  policies: defineCollection({ loader: policyLoader(), schema: policyEntrySchema }),
};
