/**
 * `npm run new-policy`: the five real sources scaffolded into a temporary
 * project; what it writes, that the written file's originals reproduce the
 * source through the project's own parser and loader, that what validation
 * reports is only the to-do list, and that every refusal writes nothing.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ContentError, type Problem } from '../../src/lib/policy/errors.ts';
import { checkFidelity } from '../../src/lib/policy/fidelity.ts';
import { loadLibrary } from '../../src/lib/policy/library-fs.ts';
import { parsePolicy } from '../../src/lib/policy/parse.ts';
import { frontmatterSchema, ID_PATTERN } from '../../src/lib/policy/schema.ts';
import { newPolicy, ScaffoldError, type NewPolicyOptions } from '../../scripts/new-policy/scaffold.ts';
import { ASPECT_IDS } from '../../src/lib/taxonomy.ts';

const PROJECT = fileURLToPath(new URL('../../', import.meta.url));
const SOURCES = readdirSync(join(PROJECT, 'sources'))
  .filter((f) => f.endsWith('.txt'))
  .sort();
const LANG: Record<string, string> = { '000': 'cs', '001': 'cs', '002': 'lv', '003': 'sq', '004': 'ru' };
/** The first web address each source names, read off the texts by hand. */
const NAMED: Record<string, string | null> = {
  '000': 'https://kivismart.com/cz/',
  '001': 'www.clsmart.com',
  '002': null,
  '003': null,
  '004': 'www.caviar.com.kz',
};

let tmp: string;
/** A captured text waiting to be added, outside the temporary project's sources/. */
let incoming: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'new-policy-test-'));
  incoming = join(tmp, 'incoming');
  mkdirSync(incoming);
  for (const f of SOURCES) copyFileSync(join(PROJECT, 'sources', f), join(incoming, f));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A fresh, empty project root. */
let roots = 0;
function freshRoot(): string {
  const root = join(tmp, `root-${++roots}`);
  mkdirSync(join(root, 'sources'), { recursive: true });
  mkdirSync(join(root, 'src/content/policies'), { recursive: true });
  // The fixture's fictional jurisdiction, for the filled-in policies to name.
  cpSync('tests/fixtures/library/src/content/jurisdictions', join(root, 'src/content/jurisdictions'), { recursive: true });
  return root;
}

/** Every file under `dir` with a hash of its bytes: proves nothing was written. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) {
        out[`${path}/`] = 'dir';
        walk(path);
      } else out[path] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

function problemsOf(text: string, file: string): Problem[] {
  try {
    parsePolicy(text, { file });
  } catch (error) {
    if (error instanceof ContentError) return [...error.problems];
    throw error;
  }
  throw new Error('expected the scaffolded policy to be reported as unfinished');
}

/** Does mechanically what the author would: fills every placeholder the validator asks for. */
function fillTodos(mdx: string): string {
  const end = mdx.indexOf('\n---', 3);
  const filled: Record<string, string> = { owner: 'null', website: 'null', country: 'null', updated: 'null', effective: 'null' };
  const frontmatter = mdx
    .slice(0, end)
    .replace(/^(\w+): ""/gm, (_m, key: string) => `${key}: ${filled[key] ?? 'Filled in'}`)
    .replace(/^jurisdictions: \[\]/m, 'jurisdictions: [{ id: zz, basis: stated, reason: Filled in }]')
    .replace(/^ {4}status: ""/gm, '    status: not-stated')
    .replace(/^ {4}value: ""/gm, '    value: Nothing');
  const body = mdx
    .slice(end)
    .replace(/<Clause id="([a-z0-9-]+)">/g, '<Clause id="$1" label="A label" topics="other" assessment="neutral">')
    .replace(
      /<Translation>\n<\/Translation>\n<\/Clause>/g,
      '<Translation>\nA translation\n</Translation>\n<Note>\nA note\n</Note>\n</Clause>',
    );
  return frontmatter + body;
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe.each(SOURCES)('scaffolding %s', (name) => {
  let root: string;
  let result: ReturnType<typeof newPolicy>;
  let mdx: string;
  beforeAll(() => {
    root = freshRoot();
    result = newPolicy({ root, source: join(incoming, name), lang: LANG[name.slice(0, 3)]! });
    mdx = readFileSync(join(root, result.policyFile), 'utf8');
  });

  test('copies the source byte for byte and records its sha256 in sha256sum format', () => {
    const original = readFileSync(join(PROJECT, 'sources', name));
    expect(result.sourceFile).toBe(`sources/${name}`);
    expect(readFileSync(join(root, 'sources', name)).equals(original)).toBe(true);
    expect(readFileSync(join(root, 'sources/SHA256SUMS'), 'utf8')).toBe(`${sha256(original)}  ${name}\n`);
    // The same hash the project itself records for this file.
    expect(readFileSync(join(PROJECT, 'sources/SHA256SUMS'), 'utf8')).toContain(`${sha256(original)}  ${name}`);
  });

  test('writes the policy under the slug taken from the file name', () => {
    const slug = name.replace('.txt', '').replace('_', '-');
    expect(result.slug).toBe(slug);
    expect(result.policyFile).toBe(`src/content/policies/${slug}.mdx`);
    expect(readdirSync(join(root, 'src/content/policies'))).toEqual([`${slug}.mdx`]);
  });

  test('what validation reports is only the to-do list, and it names every clause and aspect', () => {
    const problems = problemsOf(mdx, result.policyFile);
    const { clauses } = result.segmentation;
    // Contacts may stay empty (a policy may give none), so an empty list is not a to-do; provenance is written whole.
    const fields = Object.keys(frontmatterSchema.shape).filter(
      (k) => !['language', 'source', 'findings', 'contacts', 'provenance'].includes(k),
    );
    const expected = new Set<string>();
    for (const field of fields) expected.add(`frontmatter "${field}"`);
    for (const aspect of ASPECT_IDS) {
      expected.add(`frontmatter "findings.${aspect}.status" unknown finding status ""`);
      expected.add(`frontmatter "findings.${aspect}.value" needs a short English value`);
    }
    for (const c of clauses) {
      expected.add(`clause "${c.id}": has no translation`);
      if (c.kind === 'policy')
        for (const need of ['a label=', 'at least one topic', 'an assessment=', 'a <Note>'])
          expected.add(`clause "${c.id}": policy clause needs ${need}`);
    }
    const seen = new Set<string>();
    for (const p of problems) {
      const text = p.subject ? `${p.subject}: ${p.message}` : p.message;
      const match = [...expected].find((e) => text.startsWith(e));
      expect(match, `unexpected problem: ${text}`).toBeDefined();
      seen.add(match!);
    }
    expect([...expected].filter((e) => !seen.has(e))).toEqual([]);
  });

  test('once the to-dos are filled in, it parses and its originals reproduce the source, with no fidelity fix', () => {
    const filledText = fillTodos(mdx);
    const policy = parsePolicy(filledText, { file: result.policyFile });
    const source = readFileSync(join(root, 'sources', name), 'utf8');
    expect(checkFidelity(policy, source)).toBeNull();
    expect(policy.clauses.map((c) => c.id)).toEqual(result.segmentation.clauses.map((c) => c.id));
    expect(policy.clauses.map((c) => c.original)).toEqual(result.segmentation.clauses.map((c) => c.original));
    // The project's loader agrees: source found, fidelity checked.
    writeFileSync(join(root, result.policyFile), filledText);
    try {
      const [loaded] = loadLibrary({ root, only: [result.policyFile] });
      expect(loaded!.sourceSha256).toBe(sha256(readFileSync(join(PROJECT, 'sources', name))));
    } finally {
      writeFileSync(join(root, result.policyFile), mdx);
    }
    // And the check is not blind: leaving out one clause's original breaks it.
    expect(checkFidelity({ clauses: policy.clauses.slice(1) }, source)).not.toBeNull();
  });

  test('without --url and --captured it records the address the text names, as named in the text, and no capture date', () => {
    const named = NAMED[name.slice(0, 3)]!;
    const policy = parsePolicy(fillTodos(mdx), { file: result.policyFile });
    expect(policy.provenance).toEqual({ address: named === null ? null : { value: named, basis: 'named-in-text' }, captured: null });
  });

  test('ids are unique and kebab-case; headings are marked', () => {
    const { sections, clauses } = result.segmentation;
    const ids = [...sections.map((s) => s.id), ...clauses.map((c) => c.id)];
    expect(ids.filter((id) => !ID_PATTERN.test(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(mdx.match(/kind="heading"/g)?.length).toBe(clauses.filter((c) => c.kind === 'heading').length);
    expect(clauses.some((c) => c.kind === 'heading')).toBe(true);
  });
});

describe('numbered headings start sections in the written file', () => {
  const sectionsOf = (name: string, lang: string) => {
    const root = freshRoot();
    const r = newPolicy({ root, source: join(incoming, name), lang });
    return parsePolicy(fillTodos(readFileSync(join(root, r.policyFile), 'utf8')), { file: r.policyFile }).sections;
  };

  test('002: "2. KĀDUS DATUS MĒS APKOPOJAM UN APSTRĀDĀJAM?"', () => {
    const sections = sectionsOf(
      SOURCES.find((f) => f.startsWith('002_'))!,
      'lv',
    );
    const s2 = sections.find((s) => s.heading?.original === '2. KĀDUS DATUS MĒS APKOPOJAM UN APSTRĀDĀJAM?');
    expect(s2?.id).toBe('s2-kadus-datus-mes');
    expect(s2?.heading?.id).toBe('s2-heading');
    expect(s2?.clauses.map((c) => c.original).slice(3, 5)).toEqual(['- klienta vārds un uzvārds;', '- tālruņa numurs;']);
  });

  test('004: "1. 2. ЦЕЛИ СБОРА…", and 5.1 as a clause of section 5', () => {
    const sections = sectionsOf(
      SOURCES.find((f) => f.startsWith('004_'))!,
      'ru',
    );
    const s2 = sections.find((s) => s.heading?.original.trim().startsWith('1. 2. ЦЕЛИ СБОРА'));
    expect(s2?.id).toBe('s2-tseli-sbora-obrabotki');
    expect(s2?.heading?.id).toBe('s2-heading');
    const s5 = sections.find((s) => s.heading?.id === 's5-heading');
    expect(s5?.clauses.map((c) => c.id)).toEqual(['s5-heading', 's5-1-kompaniya-prinimaet-neobkhodimye']);
  });
});

describe('refuses bad input with a clear message and writes nothing', () => {
  const file = (name: string, content: string | Buffer) => {
    const dir = join(incoming, `case-${Math.random().toString(36).slice(2)}`);
    mkdirSync(dir);
    writeFileSync(join(dir, name), content);
    return join(dir, name);
  };
  const GOOD = 'Privacy policy\n\nWe collect your name.\n';

  /** Runs newPolicy expecting a refusal; checks nothing under the root changed. */
  function refusal(options: Omit<NewPolicyOptions, 'root'>, root = freshRoot()): ScaffoldError {
    const before = snapshot(root);
    let error: unknown;
    try {
      newPolicy({ root, ...options });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ScaffoldError);
    expect(snapshot(root)).toEqual(before);
    return error as ScaffoldError;
  }

  test('a missing file', () => {
    const e = refusal({ source: join(incoming, 'no-such-file.txt'), lang: 'cs' });
    expect(e.message).toBe(`source file not found: ${join(incoming, 'no-such-file.txt')}`);
  });

  test('an empty file, and one holding only white space', () => {
    for (const content of ['', ' \n\u00a0\n\t\r\n\n']) {
      const path = file('005_blank.txt', content);
      expect(refusal({ source: path, lang: 'cs' }).message).toBe(
        `${path} is empty or holds only white space; there is nothing to scaffold`,
      );
    }
  });

  test('a file that is not UTF-8', () => {
    // "Политика" in windows-1251 on line 2.
    const path = file(
      '005_cp1251.txt',
      Buffer.concat([Buffer.from('Privacy\n'), Buffer.from([0xcf, 0xee, 0xeb, 0xe8, 0xf2, 0xe8, 0xea, 0xe0])]),
    );
    const e = refusal({ source: path, lang: 'ru' });
    expect(e.message).toMatch(/is not valid UTF-8 \(the first bad byte is on line 2\); .*convert it/);
  });

  test('an unknown language code', () => {
    const path = file('005_ok.txt', GOOD);
    const e = refusal({ source: path, lang: 'xx' });
    expect(e.message).toBe(
      'unknown language "xx"; known: cs (Czech), lv (Latvian), sq (Albanian), ru (Russian), en (English). To add a language, add it to LANGUAGES in src/lib/taxonomy.ts',
    );
    expect(refusal({ source: path, lang: 'RU' }).message).toContain('Did you mean "ru"?');
  });

  test('a slug that is not kebab-case, or one that cannot be derived', () => {
    const path = file('005_ok.txt', GOOD);
    expect(refusal({ source: path, lang: 'cs', slug: 'Bad_Slug' }).message).toMatch(
      /^slug "Bad_Slug" is not kebab-case .* choose another with --slug$/,
    );
    expect(refusal({ source: path, lang: 'cs', slug: '' }).message).toMatch(/^slug "" is not kebab-case/);
    expect(refusal({ source: file('___.txt', GOOD), lang: 'cs' }).message).toMatch(
      /^cannot derive a kebab-case slug from "___.txt"; choose one with --slug/,
    );
  });

  test('a slug whose policy file exists', () => {
    const root = freshRoot();
    newPolicy({ root, source: file('005_first.txt', GOOD), lang: 'cs', slug: 'taken' });
    const e = refusal({ source: file('006_second.txt', GOOD), lang: 'cs', slug: 'taken' }, root);
    expect(e.message).toBe('src/content/policies/taken.mdx already exists; choose another slug with --slug');
  });

  test('a source name already in sources/, with the same bytes or not', () => {
    const name = SOURCES[0]!;
    const root = freshRoot();
    copyFileSync(join(PROJECT, 'sources', name), join(root, 'sources', name));
    const same = refusal({ source: join(incoming, name), lang: 'cs' }, root);
    expect(same.message).toMatch(
      new RegExp(
        `^sources/${name} already exists \\(with the same bytes\\) and a source is never overwritten; if you put it there yourself, move it out`,
      ),
    );
    // Run on the copy already in sources/: the same refusal.
    expect(refusal({ source: join(root, 'sources', name), lang: 'cs' }, root).message).toBe(same.message);
    const other = refusal({ source: file(name, GOOD), lang: 'cs' }, root);
    expect(other.message).toMatch(new RegExp(`^sources/${name} already exists \\(with different bytes\\) .* give it another name$`));
  });

  test('a source name SHA256SUMS already records', () => {
    const root = freshRoot();
    writeFileSync(join(root, 'sources/SHA256SUMS'), `${'0'.repeat(64)}  005_ghost.txt\n`);
    const e = refusal({ source: file('005_ghost.txt', GOOD), lang: 'cs' }, root);
    expect(e.message).toBe('sources/SHA256SUMS already records a file named 005_ghost.txt; give the source another name');
  });

  test('a source name the policy format cannot name', () => {
    const e = refusal({ source: file('my policy.txt', GOOD), lang: 'cs', slug: 'my-policy' });
    expect(e.message).toMatch(/^the source file name "my policy.txt" cannot be a policy's source: .*ending in "\.txt"/);
  });

  test('a source holding the format’s own tags', () => {
    const closing = file('005_tag.txt', 'Privacy\n\nWe keep <b>this</b>.\nSee </Original> here.\n');
    expect(refusal({ source: closing, lang: 'en' }).message).toMatch(
      /005_tag\.txt line 4 contains "<\/Original>", which would break the policy file: an <Original> cannot hold the format's own tags/,
    );
    const clause = file('005_tag.txt', 'Privacy\n\n<Clause id="x">\n');
    expect(refusal({ source: clause, lang: 'en' }).message).toMatch(/line 3 contains "<Clause id="x">"/);
  });

  test('several problems are reported together', () => {
    const e = refusal({ source: file('005_ok.txt', GOOD), lang: 'xx', slug: 'No' });
    expect(e.problems).toHaveLength(2);
    expect(e.message).toMatch(/^2 problems:\n {2}- unknown language "xx"[^\n]*\n {2}- slug "No" is not kebab-case/);
  });

  test('a --url that is not a full URL, and a --captured that is not a past date', () => {
    const path = file('005_ok.txt', GOOD);
    expect(refusal({ source: path, lang: 'en', url: 'shop.example.com/privacy' }).message).toBe(
      '--url "shop.example.com/privacy" must be the full URL the text was captured from (https://…)',
    );
    expect(refusal({ source: path, lang: 'en', captured: '14.03.2025' }).message).toBe(
      '--captured "14.03.2025" must be a date written YYYY-MM-DD: give the day the text was captured, e.g. --captured 2025-03-14',
    );
    expect(refusal({ source: path, lang: 'en', captured: '2025-02-29' }).message).toContain('is not a real calendar date');
    expect(refusal({ source: path, lang: 'en', captured: '2999-01-01' }).message).toContain('is in the future');
  });

  test('an existing SHA256SUMS is appended to, never rewritten', () => {
    const root = freshRoot();
    const earlier = `${'a'.repeat(64)}  000_earlier.txt`; // no final newline
    writeFileSync(join(root, 'sources/SHA256SUMS'), earlier);
    const r = newPolicy({ root, source: file('005_new.txt', GOOD), lang: 'en' });
    expect(readFileSync(join(root, 'sources/SHA256SUMS'), 'utf8')).toBe(`${earlier}\n${r.sha256}  005_new.txt\n`);
  });
});

describe('the command line', () => {
  const script = join(PROJECT, 'scripts/new-policy/main.ts');
  const env = { ...process.env };
  delete env.npm_lifecycle_event;
  const run = (args: string[], extraEnv: Record<string, string> = {}) =>
    spawnSync(process.execPath, [script, ...args], { cwd: PROJECT, env: { ...env, ...extraEnv }, encoding: 'utf8' });

  test('scaffolds a policy, prints what it wrote and the next step', () => {
    const root = freshRoot();
    const name = SOURCES.find((f) => f.startsWith('003_'))!;
    const r = run([join(incoming, name), '--lang', 'sq', '--slug', 'albanian-shop', '--root', root]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`Copied   sources/${name} (`);
    expect(r.stdout).toContain('Recorded its hash in sources/SHA256SUMS');
    expect(r.stdout).toMatch(/Wrote {4}src\/content\/policies\/albanian-shop\.mdx: \d+ sections, \d+ clauses \(\d+ headings\)/);
    expect(r.stdout).toContain('npm run validate -- src/content/policies/albanian-shop.mdx');
    expect(readFileSync(join(root, 'sources', name)).equals(readFileSync(join(PROJECT, 'sources', name)))).toBe(true);
    expect(readFileSync(join(root, 'src/content/policies/albanian-shop.mdx'), 'utf8')).toMatch(/^---\n[\s\S]*\nlanguage: sq /);
  });

  test('--url and --captured are written as the capture record, and read back so', () => {
    const root = freshRoot();
    const name = SOURCES.find((f) => f.startsWith('001_'))!;
    const r = run([
      join(incoming, name),
      '--lang',
      'cs',
      '--slug',
      'clsmart',
      '--url',
      'https://www.clsmart.com/pages/privacy-policy',
      '--captured',
      '2024-05-06',
      '--root',
      root,
    ]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const mdx = readFileSync(join(root, 'src/content/policies/clsmart.mdx'), 'utf8');
    const policy = parsePolicy(fillTodos(mdx), { file: 'src/content/policies/clsmart.mdx' });
    expect(policy.provenance).toEqual({
      address: { value: 'https://www.clsmart.com/pages/privacy-policy', basis: 'captured' },
      captured: '2024-05-06',
    });
    const bad = run([join(incoming, SOURCES[0]!), '--lang', 'cs', '--captured', 'yesterday', '--root', root]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('new-policy: --captured "yesterday" must be a date written YYYY-MM-DD');
  });

  test('under npm, a relative source path is taken from where the command was typed', () => {
    const root = freshRoot();
    const r = run([SOURCES[1]!, '--lang', 'cs', '--root', root], { npm_lifecycle_event: 'new-policy', INIT_CWD: incoming });
    expect(r.status).toBe(0);
    expect(existsSync(join(root, 'sources', SOURCES[1]!))).toBe(true);
  });

  test('refuses with exit code 1 and a message, writing nothing', () => {
    const root = freshRoot();
    const before = snapshot(root);
    const unknown = run([join(incoming, SOURCES[0]!), '--lang', 'de', '--root', root]);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('new-policy: unknown language "de"; known: cs (Czech)');
    expect(unknown.stderr).toContain('Nothing was written.');
    const noLang = run([join(incoming, SOURCES[0]!), '--root', root]);
    expect(noLang.status).toBe(1);
    expect(noLang.stderr).toContain('--lang is required');
    const badOption = run([join(incoming, SOURCES[0]!), '--lang', 'cs', '--language', 'cs', '--root', root]);
    expect(badOption.status).toBe(1);
    expect(badOption.stderr).toContain("Unknown option '--language'");
    expect(snapshot(root)).toEqual(before);
  });
});
