/**
 * Validates the content: `npm run validate` checks every policy file, the
 * jurisdiction data they cite and the letter templates built on it;
 * `npm run validate -- src/content/policies/<slug>.mdx …` checks only those
 * policies (the others are still read, so links to them resolve).
 * Prints every problem with file:line:column and exits 1 if there is one.
 * Warns, without failing, about a jurisdiction whose law was last read more
 * than 180 days ago; `--today=YYYY-MM-DD` sets the date it counts from.
 */
import { parseArgs } from 'node:util';
import { staleLawWarnings } from '../src/lib/jurisdiction/currency.ts';
import { loadJurisdictions } from '../src/lib/jurisdiction/library-fs.ts';
import { loadTemplates } from '../src/lib/letters/library-fs.ts';
import { ContentError } from '../src/lib/policy/errors.ts';
import { loadLibrary } from '../src/lib/policy/library-fs.ts';

const USAGE = `Usage: npm run validate [-- src/content/policies/<slug>.mdx …]
  Checks every policy, jurisdiction and letter template, or only the policies named.
  --today=YYYY-MM-DD  the date the age of each law's reading is counted from (default: today)
  -h, --help  this text`;

// A mistyped flag is an error, not an argument silently dropped: the check would otherwise pass without doing what was asked.
let only: string[];
let todayArg: string | undefined;
try {
  const args = parseArgs({ options: { help: { type: 'boolean', short: 'h' }, today: { type: 'string' } }, allowPositionals: true });
  if (args.values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  only = args.positionals;
  todayArg = args.values.today;
} catch (error) {
  console.error(`validate: ${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const root = process.cwd();
if (todayArg !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(todayArg)) {
  console.error(`--today must be a date written YYYY-MM-DD (got "${todayArg}")`);
  process.exit(1);
}
const today = todayArg ? new Date(`${todayArg}T00:00:00Z`) : new Date();
try {
  const policies = loadLibrary({ root, ...(only.length ? { only } : {}) });
  for (const policy of policies)
    console.log(
      `ok  ${policy.file}: ${policy.clauses.length} clauses in ${policy.sections.length} sections, ${Object.keys(policy.findings).length} findings`,
    );
  if (!only.length) {
    const jurisdictions = loadJurisdictions(root);
    const templates = loadTemplates(root, jurisdictions);
    console.log(
      `ok  ${jurisdictions.size} jurisdictions, ${templates.length} letter templates (${templates.reduce((n, t) => n + t.letters.length, 0)} letters)`,
    );
    for (const warning of staleLawWarnings(jurisdictions.values(), today)) console.warn(`warn ${warning}`);
  }
} catch (error) {
  if (error instanceof ContentError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
