/**
 * `npm run new-policy`: from a captured source text to a policy file whose
 * originals already reproduce the source, with everything a human must write
 * left empty, so that `npm run validate` lists it clause by clause.
 *
 * `renderPolicy()` is pure (a segmentation in, MDX text out); `newPolicy()`
 * checks everything first and writes nothing unless every check passes.
 * @see docs/content-format.md
 */
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { checkFidelity } from '../../src/lib/policy/fidelity.ts';
import { POLICIES_DIR, SOURCES_DIR, SUMS_FILE } from '../../src/lib/policy/library-fs.ts';
import { FORMAT_TAG_RE, writePolicyFile } from '../../src/lib/policy/format.ts';
import type { Frontmatter } from '../../src/lib/policy/schema.ts';
import { frontmatterSchema, ID_PATTERN, provenanceSchema } from '../../src/lib/policy/schema.ts';
import { webAddressesIn } from '../../src/lib/provenance.ts';
import { ASPECTS, COUNTRY_IDS, FINDING_STATUS_IDS, LANGUAGES } from '../../src/lib/taxonomy.ts';
import { kebab, segment, type Segmentation } from './segment.ts';

export { SUMS_FILE };

// --- Rendering ------------------------------------------------------------------

export interface RenderOptions {
  /** Language id (LANGUAGES in taxonomy.ts). */
  readonly language: string;
  /** File name of the source in sources/. */
  readonly source: string;
  /** The policy file's path relative to the project root, for the instructions in the comment. */
  readonly file: string;
  /** What is known of the capture (from --url and --captured, or the address the text names); null is "not recorded". */
  readonly provenance: Frontmatter['provenance'];
}

/** What the author writes in each frontmatter field; fields left "" fail validation until filled in. */
const FIELD_HINTS: Record<string, string> = {
  title: 'the policy’s title in English',
  shortName: 'a short name for tables and lists (at most 40 characters)',
  originalTitle: 'the title as the source gives it',
  owner: 'the owner exactly as the policy names it, or null if it names none',
  website: 'the site’s full URL (https://…), or null if unknown',
  language: 'the source’s language (from --lang)',
  country: `where the business is established: ${COUNTRY_IDS.join(', ')} (src/lib/taxonomy.ts), or null if the policy does not say`,
  countryBasis: 'the evidence for country, or why it is null',
  source: 'the captured text in sources/, byte for byte',
  updated: 'the policy’s own "last updated" date, YYYY-MM-DD, or null if it states none',
  effective: 'the policy’s own effective date, YYYY-MM-DD, or null if it states none',
  jurisdictions:
    'each jurisdiction whose law applies (src/content/jurisdictions/): - { id, basis: stated | inferred | addresses-eu | candidate, reason }',
  contacts:
    'how the policy says to reach the controller, if it does: - { kind: email | address | phone | form | website, value: as the clause writes it, clause }',
  legalContext: 'one or two sentences: which data-protection law governs it, named correctly',
  summary: 'one paragraph of plain English: who, what, why, with whom, how long, your rights, what is missing',
};

const yamlScalar = (s: string) => (/^[A-Za-z0-9_][\w.-]*$/.test(s) ? s : JSON.stringify(s));

function line(key: string, value: string, hint: string | undefined, indent = ''): string {
  const text = `${indent}${key}: ${value}`;
  return hint ? `${text.padEnd(24)} # ${hint}` : text;
}

/** The provenance block: written in full, since it states only what the command was told or read in the text. */
function renderProvenance({ address, captured }: Frontmatter['provenance']): string[] {
  const head = `${'provenance:'.padEnd(24)} # what is known of the capture; null is "not recorded", never a guess`;
  const dated = line(
    'captured',
    captured ?? 'null',
    'the day the text was captured, YYYY-MM-DD (--captured), or null if not recorded',
    '  ',
  );
  if (address === null) return [head, line('address', 'null', 'the text names no web address, and no --url was given', '  '), dated];
  const why =
    address.basis === 'captured' ? 'the URL the text was captured from (--url)' : 'as the text names it: not where it was captured';
  return [
    head,
    '  address:',
    line('value', yamlScalar(address.value), why, '    '),
    line('basis', address.basis, undefined, '    '),
    dated,
  ];
}

/** The frontmatter's YAML: every field of the schema, empty, with a comment saying what goes there. */
function renderFrontmatter(options: RenderOptions): string {
  const out: string[] = [];
  // The schema decides which fields there are, so a field added to it appears here too.
  for (const key of Object.keys(frontmatterSchema.shape)) {
    if (key === 'findings') {
      out.push(`findings:                # one per aspect; status: ${FINDING_STATUS_IDS.join(' | ')}; rules: docs/findings-rules.md`);
      for (const aspect of ASPECTS) {
        out.push(`  ${aspect.id}:`.padEnd(24) + ` # ${aspect.label}: ${aspect.description}`);
        out.push('    status: ""', '    value: ""');
        out.push('    clauses: []');
      }
    } else if (key === 'jurisdictions' || key === 'contacts') out.push(line(key, '[]', FIELD_HINTS[key]));
    else if (key === 'language') out.push(line(key, yamlScalar(options.language), FIELD_HINTS[key]));
    else if (key === 'source') out.push(line(key, yamlScalar(options.source), FIELD_HINTS[key]));
    else if (key === 'provenance') out.push(...renderProvenance(options.provenance));
    else out.push(line(key, '""', FIELD_HINTS[key] ?? 'see docs/content-format.md'));
  }
  return out.join('\n');
}

function renderComment(seg: Segmentation, options: RenderOptions): string {
  const headings = seg.clauses.filter((c) => c.kind === 'heading').length;
  return `  Scaffolded by \`npm run new-policy\` from sources/${options.source}: ${seg.sections.length} sections and
  ${seg.clauses.length} clauses (${headings} of them headings), proposed by machine.

  The <Original> texts are the source, line for line; joined, they reproduce it,
  so never change their words. Everything else is still to do, and
    npm run validate -- ${options.file}
  lists it, clause by clause:
  - Check the proposed split first: join or split clauses (cutting only between
    lines or sentences), move headings, and mark menu words or buttons captured
    with the text kind="chrome". Rename ids now if you like: they are proposals
    until published, and never change after.
  - Every clause needs a <Translation>. Policy clauses (no kind) also need
    label="…", topics="…" and assessment="…" on <Clause>, and a <Note> after the
    <Translation>; add <TranslatorNote> where the source is garbled.
  - Every "" in the frontmatter is a placeholder that fails validation until you
    fill it in (or write null where its comment allows). Each finding needs a
    status, a value and the ids of the clauses it rests on.
  - Delete this comment when you are done.
  The format: docs/content-format.md; the findings: docs/findings-rules.md.`;
}

/** The policy file for a segmentation: frontmatter placeholders, a to-do comment, and every clause with its original and an empty translation. */
export function renderPolicy(seg: Segmentation, options: RenderOptions): string {
  return writePolicyFile({
    frontmatter: renderFrontmatter(options),
    comment: renderComment(seg, options),
    sections: seg.sections.map((s) => ({
      id: s.id,
      clauses: s.clauses.map((c) => ({ id: c.id, kind: c.kind, original: c.original, translation: '' })),
    })),
  });
}

// --- Checks and writing ---------------------------------------------------------

/** A refusal: nothing was written. `problems` says, one by one, what is wrong and what to do. */
export class ScaffoldError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(problems.length === 1 ? problems[0]! : `${problems.length} problems:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ScaffoldError';
    this.problems = problems;
  }
}

export interface NewPolicyOptions {
  /** Project root: sources/ and src/content/policies/ are below it. */
  readonly root: string;
  /** Path of the captured text. */
  readonly source: string;
  /** Language id of the source (LANGUAGES in taxonomy.ts). */
  readonly lang: string;
  /** The policy's slug; default: derived from the source's file name. */
  readonly slug?: string | undefined;
  /** The URL the text was captured from, if it was recorded (--url). */
  readonly url?: string | undefined;
  /** The day the text was captured, YYYY-MM-DD, if it was recorded (--captured). */
  readonly captured?: string | undefined;
}

export interface NewPolicyResult {
  /** Paths relative to the root. */
  readonly sourceFile: string;
  readonly sumsFile: string;
  readonly policyFile: string;
  readonly slug: string;
  readonly sha256: string;
  readonly bytes: number;
  readonly segmentation: Segmentation;
}

/** The slug a source file name gives: its stem, kebab-cased ("004_B30a.txt" → "004-b30a"). */
function slugFromSourceName(name: string): string {
  return kebab(name.replace(/\.[^.]*$/, ''));
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Every reason the source text itself cannot be scaffolded; decodes it when it can. */
function checkSourceText(bytes: Buffer, shown: string): { text: string | null; problems: string[] } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const at = lossy.indexOf('\uFFFD');
    return {
      text: null,
      problems: [
        `${shown} is not valid UTF-8 (the first bad byte is on line ${lineAt(lossy, Math.max(at, 0))}); the library keeps sources as UTF-8, so convert it (e.g. iconv -f windows-1251 -t utf-8) and run again`,
      ],
    };
  }
  if (text.trim() === '') return { text: null, problems: [`${shown} is empty or holds only white space; there is nothing to scaffold`] };
  const tag = FORMAT_TAG_RE.exec(text);
  if (tag)
    return {
      text: null,
      problems: [
        `${shown} line ${lineAt(text, tag.index)} contains "${tag[0]}", which would break the policy file: an <Original> cannot hold the format's own tags (<Section>, <Clause>, <Original>, <Translation>, <Note>, <TranslatorNote>) verbatim; see docs/content-format.md`,
      ],
    };
  return { text, problems: [] };
}

/** What is wrong with --url and --captured, if anything, checked by the same schema as the policy file. */
function checkCaptureOptions(options: NewPolicyOptions): string[] {
  const problems: string[] = [];
  if (options.url !== undefined) {
    const checked = provenanceSchema.shape.address.safeParse({ value: options.url, basis: 'captured' });
    if (!checked.success)
      problems.push(`--url "${options.url}" ${checked.error.issues[0]!.message.replace('with basis "captured" must be', 'must be')}`);
  }
  if (options.captured !== undefined) {
    const checked = provenanceSchema.shape.captured.safeParse(options.captured);
    if (!checked.success)
      problems.push(
        `--captured "${options.captured}" ${checked.error.issues[0]!.message}: give the day the text was captured, e.g. --captured 2025-03-14`,
      );
  }
  return problems;
}

/** The provenance the file records: the URL and date given, else the first address the text names, else "not recorded". */
function provenanceOf(options: NewPolicyOptions, text: string): Frontmatter['provenance'] {
  const named = webAddressesIn(text)[0];
  const address =
    options.url !== undefined
      ? { value: options.url, basis: 'captured' as const }
      : named
        ? { value: named.value, basis: 'named-in-text' as const }
        : null;
  return { address, captured: options.captured ?? null };
}

/** Names recorded in a SHA256SUMS text. */
function recordedNames(sums: string): Set<string> {
  const names = new Set<string>();
  for (const l of sums.split('\n')) {
    const m = /^[0-9a-fA-F]{64} [ *](.+)$/.exec(l.replace(/\r$/, ''));
    if (m) names.add(m[1]!);
  }
  return names;
}

/**
 * Copies the source into sources/, records its hash in sources/SHA256SUMS and
 * writes the scaffolded policy file. Checks everything first: on any problem
 * it throws `ScaffoldError` listing them all, having written nothing.
 */
export function newPolicy(options: NewPolicyOptions): NewPolicyResult {
  const root = resolve(options.root);
  const problems: string[] = [];
  const sourcePath = resolve(options.source);
  const name = basename(sourcePath);

  if (!existsSync(root) || !statSync(root).isDirectory()) problems.push(`the project root ${options.root} is not a directory`);

  let bytes: Buffer | null = null;
  let text: string | null = null;
  if (!existsSync(sourcePath)) problems.push(`source file not found: ${options.source}`);
  else if (!statSync(sourcePath).isFile()) problems.push(`${options.source} is not a file`);
  else {
    bytes = readFileSync(sourcePath);
    const checked = checkSourceText(bytes, options.source);
    text = checked.text;
    problems.push(...checked.problems);
  }

  if (!frontmatterSchema.shape.source.safeParse(name).success)
    problems.push(
      `the source file name "${name}" cannot be a policy's source: use only letters, digits, "_", "." and "-", ending in ".txt" (e.g. 005_3f2a9c1e.txt); rename the file`,
    );

  if (!LANGUAGES.some((l) => l.id === options.lang)) {
    const known = LANGUAGES.map((l) => `${l.id} (${l.label})`).join(', ');
    const hint = LANGUAGES.some((l) => l.id === options.lang.toLowerCase()) ? ` Did you mean "${options.lang.toLowerCase()}"?` : '';
    problems.push(
      `unknown language "${options.lang}"; known: ${known}.${hint} To add a language, add it to LANGUAGES in src/lib/taxonomy.ts`,
    );
  }

  problems.push(...checkCaptureOptions(options));

  const slug = options.slug ?? slugFromSourceName(name);
  const policyPath = join(root, POLICIES_DIR, `${slug}.mdx`);
  if (!ID_PATTERN.test(slug))
    problems.push(
      options.slug === undefined
        ? `cannot derive a kebab-case slug from "${name}"; choose one with --slug (e.g. --slug shop-name-cz)`
        : `slug "${slug}" is not kebab-case (lower-case letters and digits joined by single hyphens, e.g. "caviar-kz"); choose another with --slug`,
    );
  else if (existsSync(policyPath)) problems.push(`${relative(root, policyPath)} already exists; choose another slug with --slug`);

  const sourcesDir = join(root, SOURCES_DIR);
  const destSource = join(sourcesDir, name);
  const sumsPath = join(sourcesDir, SUMS_FILE);
  const sums = existsSync(sumsPath) ? readFileSync(sumsPath, 'utf8') : '';
  if (existsSync(destSource)) {
    const same = bytes !== null && statSync(destSource).isFile() && readFileSync(destSource).equals(bytes);
    problems.push(
      `${relative(root, destSource)} already exists (${same ? 'with the same bytes' : 'with different bytes'}) and a source is never overwritten; ` +
        (same
          ? 'if you put it there yourself, move it out of sources/ and run the command on it again'
          : 'if this is a different capture, give it another name'),
    );
  } else if (recordedNames(sums).has(name))
    problems.push(`${relative(root, sumsPath)} already records a file named ${name}; give the source another name`);

  if (problems.length > 0 || bytes === null || text === null) throw new ScaffoldError(problems);

  // Everything is known to be fine: propose, then check the proposal itself before writing.
  const segmentation = segment(text);
  const policyFile = relative(root, policyPath);
  const mdx = renderPolicy(segmentation, {
    language: options.lang,
    source: name,
    file: policyFile,
    provenance: provenanceOf(options, text),
  });
  const mismatch = checkFidelity(segmentation, text);
  if (mismatch) throw new Error(`internal error: the proposed clauses do not reproduce the source at its line ${mismatch.sourceLine}`);
  const bad = [...segmentation.sections, ...segmentation.clauses].find((x) => !ID_PATTERN.test(x.id));
  if (bad) throw new Error(`internal error: proposed id "${bad.id}" is not kebab-case`);

  const sha256 = createHash('sha256').update(bytes).digest('hex');
  mkdirSync(sourcesDir, { recursive: true });
  mkdirSync(join(root, POLICIES_DIR), { recursive: true });
  const written: string[] = [];
  try {
    writeFileSync(destSource, bytes, { flag: 'wx' });
    written.push(destSource);
    writeFileSync(policyPath, mdx, { flag: 'wx' });
    written.push(policyPath);
    const separator = sums === '' || sums.endsWith('\n') ? '' : '\n';
    appendFileSync(sumsPath, `${separator}${sha256}  ${name}\n`);
  } catch (error) {
    for (const path of written) unlinkSync(path);
    throw error;
  }
  return {
    sourceFile: relative(root, destSource),
    sumsFile: relative(root, sumsPath),
    policyFile,
    slug,
    sha256,
    bytes: bytes.length,
    segmentation,
  };
}
