/**
 * Validates policy files: `npm run validate` (all) or
 * `npm run validate -- src/content/policies/<slug>.mdx …` (only those are
 * checked; the others are still read, so links to them resolve).
 * Prints every problem with file:line:column and exits 1 if there is one.
 */
import { ContentError } from '../src/lib/policy/errors.ts';
import { loadLibrary } from '../src/lib/policy/library-fs.ts';

const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
try {
  const policies = loadLibrary({ root: process.cwd(), ...(only.length ? { only } : {}) });
  for (const policy of policies)
    console.log(`ok  ${policy.file}: ${policy.clauses.length} clauses in ${policy.sections.length} sections, ${Object.keys(policy.findings).length} findings`);
} catch (error) {
  if (error instanceof ContentError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
