/**
 * Starts a new policy from a captured text:
 *   npm run new-policy -- <source.txt> --lang <code> [--url <url>] [--captured <YYYY-MM-DD>] [--slug <slug>] [--root <dir>]
 * Copies the text into sources/, records its hash, and writes
 * src/content/policies/<slug>.mdx with every clause's original in place and
 * everything else left for `npm run validate` to list. --url and --captured
 * record where and when the text was captured, if that is known; without
 * them the file says "not recorded" (and names the address the text names).
 * Writes nothing and exits 1 if anything is wrong. The work is done by scaffold.ts and segment.ts beside it.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { newPolicy, ScaffoldError } from './scaffold.ts';

const USAGE =
  'usage: npm run new-policy -- <source.txt> --lang <code> [--url <url>] [--captured <YYYY-MM-DD>] [--slug <slug>] [--root <dir>]';

function fail(message: string): never {
  console.error(`new-policy: ${message.replace(/\n/g, '\n  ')}\nNothing was written.\n${USAGE}`);
  process.exit(1);
}

const OPTIONS = {
  lang: { type: 'string' },
  slug: { type: 'string' },
  url: { type: 'string' },
  captured: { type: 'string' },
  root: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;
let args: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
try {
  args = parseArgs({ options: OPTIONS, allowPositionals: true });
} catch (error) {
  fail((error as Error).message);
}
const { values, positionals } = args;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (positionals.length !== 1)
  fail(positionals.length === 0 ? 'give the source text file' : `give one source file, not ${positionals.length}`);
if (values.lang === undefined) fail('--lang is required: the language of the source, e.g. --lang cs');

// Under `npm run`, the working directory is the project; paths the user typed are relative to where they typed them.
const typedIn = process.env.npm_lifecycle_event === 'new-policy' && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd();
const root = values.root !== undefined ? resolve(typedIn, values.root) : fileURLToPath(new URL('..', import.meta.url));

try {
  const result = newPolicy({
    root,
    source: resolve(typedIn, positionals[0]!),
    lang: values.lang,
    slug: values.slug,
    url: values.url,
    captured: values.captured,
  });
  const { sections, clauses } = result.segmentation;
  const headings = clauses.filter((c) => c.kind === 'heading').length;
  console.log(`Copied   ${result.sourceFile} (${result.bytes} bytes, sha256 ${result.sha256})`);
  console.log(`Recorded its hash in ${result.sumsFile}`);
  console.log(`Wrote    ${result.policyFile}: ${sections.length} sections, ${clauses.length} clauses (${headings} headings)`);
  console.log('');
  console.log('Next: check the proposed sections and clauses (see the comment at the top of the file), then run');
  console.log(`  npm run validate -- ${result.policyFile}`);
  console.log('to see what is left to do, clause by clause: translations, labels, topics, assessments, notes, metadata and findings.');
} catch (error) {
  if (error instanceof ScaffoldError) fail(error.message);
  throw error;
}
