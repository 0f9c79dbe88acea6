/**
 * Validates the content: `npm run validate` checks every policy file, the
 * jurisdiction data they cite and the letter templates built on it;
 * `npm run validate -- src/content/policies/<slug>.mdx …` checks only those
 * policies (the others are still read, so links to them resolve).
 * Prints every problem with file:line:column and exits 1 if there is one.
 */
import { parseArgs } from 'node:util';
import { loadJurisdictions } from '../src/lib/jurisdiction/library-fs.ts';
import { loadTemplates } from '../src/lib/letters/library-fs.ts';
import { ContentError } from '../src/lib/policy/errors.ts';
import { loadLibrary } from '../src/lib/policy/library-fs.ts';

const USAGE = `Usage: npm run validate [-- src/content/policies/<slug>.mdx …]
  Checks every policy, jurisdiction and letter template, or only the policies named.
  -h, --help  this text`;

// A mistyped flag is an error, not an argument silently dropped: the check would otherwise pass without doing what was asked.
let only: string[];
try {
  const args = parseArgs({ options: { help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
  if (args.values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  only = args.positionals;
} catch (error) {
  console.error(`validate: ${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const root = process.cwd();
try {
  const policies = loadLibrary({ root, ...(only.length ? { only } : {}) });
  for (const policy of policies)
    console.log(`ok  ${policy.file}: ${policy.clauses.length} clauses in ${policy.sections.length} sections, ${Object.keys(policy.findings).length} findings`);
  if (!only.length) {
    const jurisdictions = loadJurisdictions(root);
    const templates = loadTemplates(root, jurisdictions);
    console.log(`ok  ${jurisdictions.size} jurisdictions, ${templates.length} letter templates (${templates.reduce((n, t) => n + t.letters.length, 0)} letters)`);
  }
} catch (error) {
  if (error instanceof ContentError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
