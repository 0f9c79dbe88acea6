/**
 * Bad content never reaches a reader: every kind of bad input fails with a
 * message that names the file, the line, the clause and what is wrong.
 *
 * Each case starts from a small valid policy (tests/fixtures/library) and
 * breaks one thing in it; the expected line is found by searching the broken
 * text, not taken from the parser.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { loadJurisdictions } from '../../src/lib/jurisdiction/library-fs.ts';
import { ContentError, formatProblem } from '../../src/lib/policy/errors.ts';
import { loadLibrary } from '../../src/lib/policy/library-fs.ts';
import { parsePolicy } from '../../src/lib/policy/parse.ts';

const FIXTURE_ROOT = 'tests/fixtures/library';
const FILE = 'src/content/policies/tiny-shop.mdx';
const valid = readFileSync(join(FIXTURE_ROOT, FILE), 'utf8');

/** 1-based line of the first occurrence of `needle` in `text`. */
function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`fixture does not contain ${JSON.stringify(needle)}`);
  return text.slice(0, at).split('\n').length;
}

/** `line:column` of the first occurrence of `needle` in `text` (1-based), as an editor shows it. */
function placeOf(text: string, needle: string): string {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`fixture does not contain ${JSON.stringify(needle)}`);
  const before = text.slice(0, at).split('\n');
  return `${before.length}:${before.at(-1)!.length + 1}`;
}

function patch(find: string, replace: string, text = valid): string {
  if (!text.includes(find)) throw new Error(`fixture does not contain ${JSON.stringify(find)}`);
  return text.replace(find, replace);
}

/** The problems parsePolicy reports for `text`, formatted as an author sees them. */
function problemsOf(text: string): string[] {
  try {
    parsePolicy(text, { file: FILE });
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).problems.map(formatProblem);
  }
  throw new Error('expected the policy to be rejected, but it parsed');
}

test('the valid fixture parses into sections, clauses and findings', () => {
  const policy = parsePolicy(valid, { file: FILE });
  expect(policy.slug).toBe('tiny-shop');
  expect(policy.sections.map((s) => s.id)).toEqual(['chrome', 'policy']);
  expect(policy.clauses.map((c) => c.id)).toEqual(['shop-name', 'policy-heading', 'data-name-email', 'retention-two-years', 'contact']);
  expect(policy.clauses[0]!.kind).toBe('chrome');
  expect(policy.sections[1]!.heading?.id).toBe('policy-heading');
  expect(policy.findings['retention-period']).toEqual({
    aspect: 'retention-period',
    status: 'stated',
    value: '2 years',
    clauses: ['retention-two-years'],
  });
  // A note's links to clauses are kept apart from the clauses an author names in seeAlso.
  expect(policy.clauses.find((c) => c.id === 'data-name-email')!.noteRefs).toEqual([{ policy: null, clause: 'retention-two-years' }]);
  expect(policy.clauses.find((c) => c.id === 'data-name-email')!.seeAlso).toEqual([]);
  expect(policy.clauses.find((c) => c.id === 'contact')!.seeAlso).toEqual([{ policy: null, clause: 'data-name-email' }]);
});

describe('rejects bad input with file, line, clause id and what is wrong', () => {
  test('a duplicate clause id', () => {
    const text = patch('<Clause id="contact"', '<Clause id="data-name-email"');
    const line = lineOf(text, 'label="Contact"');
    expect(problemsOf(text)).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^${FILE}:${line}:1 clause "data-name-email": duplicate id: "data-name-email" is already used at line ${lineOf(text, 'id="data-name-email"')}`,
        ),
      ),
    );
  });

  test('an id of the wrong form', () => {
    const text = patch('<Clause id="contact"', '<Clause id="Contact_Us"');
    const line = lineOf(text, 'Contact_Us');
    expect(problemsOf(text)).toContainEqual(
      expect.stringContaining(`${FILE}:${line}:1 clause "Contact_Us": clause id "Contact_Us" must be kebab-case`),
    );
  });

  test('an unknown topic, pointed at and answered with the nearest topic', () => {
    const text = patch('topics="retention"', 'topics="retension"');
    expect(problemsOf(text)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${FILE}:${placeOf(text, 'retension')} clause "retention-two-years": attribute "topics" unknown topic "retension"; did you mean "retention"\\? expected one of: controller, `,
        ),
      ),
    ]);
  });

  test('the second item of a topic list, pointed at where it is written', () => {
    const text = patch('topics="retention"', 'topics="retention, purpose"');
    expect(problemsOf(text)).toEqual([
      expect.stringContaining(
        `${FILE}:${placeOf(text, 'purpose"')} clause "retention-two-years": attribute "topics" unknown topic "purpose"; did you mean "purposes"?`,
      ),
    ]);
  });

  test('an unknown id far from any known one gets no suggestion', () => {
    const text = patch('topics="retention"', 'topics="weather"');
    expect(problemsOf(text)).toEqual([expect.not.stringContaining('did you mean')]);
  });

  test('an unknown assessment', () => {
    const text = patch('assessment="positive"', 'assessment="good"');
    expect(problemsOf(text)).toEqual([
      expect.stringContaining(
        `${FILE}:${placeOf(text, 'assessment="good"')} clause "retention-two-years": attribute "assessment" unknown assessment "good"; expected one of: positive, neutral, concern, serious`,
      ),
    ]);
  });

  test('an unknown kind', () => {
    const text = patch('kind="chrome"', 'kind="menu"');
    expect(problemsOf(text)).toEqual([
      expect.stringContaining(
        `${FILE}:${placeOf(text, 'kind="menu"')} clause "shop-name": attribute "kind" unknown kind "menu"; expected one of: policy, heading, chrome`,
      ),
    ]);
  });

  test('a clause with no translation', () => {
    const text = patch('<Translation>\nWrite to us: shop@example.com\n</Translation>\n', '');
    expect(problemsOf(text)).toEqual([
      expect.stringContaining(
        `${FILE}:${lineOf(text, '<Clause id="contact"')}:1 clause "contact": has no translation; add a non-empty <Translation>`,
      ),
    ]);
  });

  test('a clause whose translation is blank', () => {
    const text = patch('<Translation>\nWrite to us: shop@example.com\n</Translation>', '<Translation>\n   \n</Translation>');
    expect(problemsOf(text)).toEqual([expect.stringContaining('clause "contact": has no translation')]);
  });

  test('an empty original', () => {
    const text = patch('<Original>\nWe keep them for 2 years.\n</Original>', '<Original>\n\n</Original>');
    const line = lineOf(text, '<Original>\n\n</Original>');
    expect(problemsOf(text)).toEqual([
      expect.stringContaining(`${FILE}:${line}:1 clause "retention-two-years": <Original> is empty; it must hold the source text exactly`),
    ]);
  });

  test('a finding that cites a clause that does not exist', () => {
    const text = patch('clauses: [retention-two-years]', 'clauses: [retention-2-years]');
    const line = lineOf(text, 'retention-2-years');
    expect(problemsOf(text)).toEqual([
      expect.stringContaining(
        `${FILE}:${line}:15 finding "retention-period": cites clause "retention-2-years", which does not exist in this policy`,
      ),
    ]);
  });

  test('a note that links to a clause that does not exist', () => {
    const text = patch('(#retention-two-years)', '(#retention-forever)');
    expect(problemsOf(text)).toEqual([
      expect.stringContaining(
        `${FILE}:${placeOf(text, '[retention](#retention-forever)')} clause "data-name-email": refers to clause "retention-forever", which does not exist in this policy`,
      ),
    ]);
  });

  test('a "see also" that names a clause that does not exist', () => {
    const text = patch('seeAlso="data-name-email"', 'seeAlso="data-name"');
    expect(problemsOf(text)).toEqual([
      expect.stringContaining(
        `${FILE}:${placeOf(text, 'data-name"')} clause "contact": refers to clause "data-name", which does not exist in this policy; did you mean "data-name-email"?`,
      ),
    ]);
  });

  test('invalid frontmatter: an unknown language and a website that is not a URL', () => {
    const text = patch('language: en', 'language: english', patch('website: https://shop.example.com/', 'website: shop dot com'));
    expect(problemsOf(text)).toEqual([
      expect.stringContaining(`${FILE}:${lineOf(text, 'website:')}:1 frontmatter "website" must be a full URL`),
      expect.stringContaining(`${FILE}:${lineOf(text, 'language:')}:1 frontmatter "language" unknown language "english"`),
    ]);
  });

  test('frontmatter that is not YAML', () => {
    const text = patch('title: Privacy policy', 'title: [Privacy policy');
    expect(problemsOf(text)).toContainEqual(expect.stringMatching(new RegExp(`^${FILE}:\\d+:\\d+ invalid YAML:`)));
  });

  test('a missing finding for one aspect', () => {
    const text = patch('  children:\n    status: not-stated\n    value: Nothing\n    clauses: []\n', '');
    expect(problemsOf(text)).toEqual([
      expect.stringContaining(`${FILE}:${lineOf(text, 'findings:')}:1 findings: has no finding for aspect "children"`),
    ]);
  });

  test('a finding for an aspect that does not exist', () => {
    const text = patch('findings:\n', 'findings:\n  favourite-colour:\n    status: not-stated\n    value: Blue\n    clauses: []\n');
    expect(problemsOf(text)).toEqual([
      expect.stringContaining(
        `${FILE}:${lineOf(text, 'favourite-colour')}:3 finding "favourite-colour": unknown aspect "favourite-colour"`,
      ),
    ]);
  });

  test('a stated finding with no evidence, and a not-stated one that cites some', () => {
    const stated = patch(
      'status: stated\n    value: 2 years\n    clauses: [retention-two-years]',
      'status: stated\n    value: 2 years\n    clauses: []',
    );
    expect(problemsOf(stated)).toEqual([expect.stringContaining('finding "retention-period": is "stated" but cites no clause')]);
    const notStated = patch('status: stated\n    value: 2 years', 'status: not-stated\n    value: 2 years');
    expect(problemsOf(notStated)).toEqual([expect.stringContaining('finding "retention-period": is "not-stated" but cites clauses')]);
  });

  test('a policy clause without label, topic, assessment or note', () => {
    const text = patch(
      '<Clause id="contact" label="Contact" topics="controller" assessment="neutral" seeAlso="data-name-email">',
      '<Clause id="contact">',
    );
    const problems = problemsOf(text);
    expect(problems).toEqual([
      expect.stringContaining('clause "contact": policy clause needs a label'),
      expect.stringContaining('clause "contact": policy clause needs at least one topic'),
      expect.stringContaining('clause "contact": policy clause needs an assessment'),
    ]);
  });

  test('an unclosed element and an element the format does not know', () => {
    expect(problemsOf(patch('</Note>\n</Clause>\n\n<Clause id="contact"', '</Clause>\n\n<Clause id="contact"'))).toEqual([
      expect.stringContaining('clause "retention-two-years": <Note> is never closed with </Note> before </Clause>'),
    ]);
    expect(problemsOf(patch('<Note>\nA clear period.\n</Note>', '<Comment>\nA clear period.\n</Comment>'))).toEqual([
      expect.stringContaining('clause "retention-two-years": unexpected <Comment> inside a clause'),
    ]);
  });

  test('reports every problem at once, not only the first', () => {
    const text = patch('assessment="positive"', 'assessment="good"', patch('topics="data-collected"', 'topics="data"'));
    expect(problemsOf(text)).toHaveLength(2);
  });
});

describe('the library as a whole', () => {
  let dir: string | null = null;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = null;
  });
  const copyFixture = () => {
    dir = mkdtempSync(join(tmpdir(), 'policy-library-'));
    cpSync(FIXTURE_ROOT, dir, { recursive: true });
    return dir;
  };
  const rejection = (root: string) => {
    try {
      loadLibrary({ root });
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      return (error as ContentError).message;
    }
    throw new Error('expected the library to be rejected');
  };

  test('loads the fixture and hashes its source', () => {
    const [loaded] = loadLibrary({ root: FIXTURE_ROOT });
    expect(loaded!.slug).toBe('tiny-shop');
    expect(loaded!.sourceSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  test('an original that differs from the source by one character', () => {
    const root = copyFixture();
    writeFileSync(join(root, FILE), patch('We keep them for 2 years.\n</Original>', 'We keep them for 3 years.\n</Original>'));
    const message = rejection(root);
    expect(message).toContain(
      `${FILE}:${lineOf(valid, '<Clause id="retention-two-years"')}:1 clause "retention-two-years": <Original> does not match tiny.txt at its line 6`,
    );
  });

  test('originals that stop before the source ends', () => {
    const root = copyFixture();
    writeFileSync(
      join(root, 'sources/tiny.txt'),
      `${readFileSync(join(FIXTURE_ROOT, 'sources/tiny.txt'), 'utf8')}\nA last line nobody translated.\n`,
    );
    expect(rejection(root)).toContain(
      'the originals end before tiny.txt does; its text from line 10 is in no clause: "A last line nobody translated."',
    );
  });

  test('a source file that does not exist', () => {
    const root = copyFixture();
    writeFileSync(join(root, FILE), patch('source: tiny.txt', 'source: missing.txt'));
    expect(rejection(root)).toContain(`${FILE}:1:1 frontmatter "source": names sources/missing.txt, which does not exist`);
  });

  test('a link to a clause of another policy that does not exist', () => {
    const root = copyFixture();
    writeFileSync(join(root, FILE), patch('(#retention-two-years)', '(/policies/other-shop/#retention)'));
    expect(rejection(root)).toContain('clause "data-name-email": refers to policy "other-shop", which does not exist');
  });

  /** A second policy in the fixture copy: tiny-shop under another slug and source. */
  const addOtherShop = (root: string) => {
    writeFileSync(join(root, 'src/content/policies/other-shop.mdx'), valid.replace('source: tiny.txt', 'source: other.txt'));
    cpSync(join(root, 'sources/tiny.txt'), join(root, 'sources/other.txt'));
  };

  test('validating one file accepts a valid link to a clause of another policy', () => {
    const root = copyFixture();
    addOtherShop(root);
    writeFileSync(join(root, FILE), patch('(#retention-two-years)', '(/policies/other-shop/#retention-two-years)'));
    const policies = loadLibrary({ root, only: [FILE] });
    expect(policies.map((p) => p.slug)).toEqual(['tiny-shop']);
    expect(policies[0]!.clauses.find((c) => c.id === 'data-name-email')!.noteRefs).toEqual([
      { policy: 'other-shop', clause: 'retention-two-years' },
    ]);
  });

  test('validating one file still rejects a link to a clause another policy does not have, and suggests one it has', () => {
    const root = copyFixture();
    addOtherShop(root);
    const text = patch('(#retention-two-years)', '(/policies/other-shop/#retention-2-years)');
    writeFileSync(join(root, FILE), text);
    expect(() => loadLibrary({ root, only: [FILE] })).toThrow(
      `${FILE}:${placeOf(text, '[retention](/policies/other-shop/')} clause "data-name-email": refers to clause "retention-2-years", which does not exist in policy "other-shop"; did you mean "retention-two-years"?`,
    );
  });

  test('validating one file reports only that file, though another is broken', () => {
    const root = copyFixture();
    addOtherShop(root);
    const other = join(root, 'src/content/policies/other-shop.mdx');
    writeFileSync(other, valid.replace('source: tiny.txt', 'source: other.txt').replace('assessment="positive"', 'assessment="good"'));
    expect(loadLibrary({ root, only: [FILE] })).toHaveLength(1);
    expect(() => loadLibrary({ root })).toThrow('src/content/policies/other-shop.mdx');
  });

  test('white space may differ from the source; nothing else may', () => {
    const root = copyFixture();
    writeFileSync(
      join(root, FILE),
      patch('We collect your name and e-mail.\n</Original>', 'We   collect your name\u00a0and e-mail.\n</Original>'),
    );
    expect(() => loadLibrary({ root })).not.toThrow();
  });
});

describe('npm run validate', () => {
  const run = (cwd: string, ...args: string[]) =>
    spawnSync(process.execPath, [resolve('scripts/validate.ts'), ...args], { cwd, encoding: 'utf8' });
  let dir = '';
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  test('an unknown flag is refused with the usage, not ignored', () => {
    const result = run(FIXTURE_ROOT, '--only-policies', FILE);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain("validate: Unknown option '--only-policies'");
    expect(result.stderr).toContain('Usage: npm run validate');
    const help = run(FIXTURE_ROOT, '--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: npm run validate');
  });

  test('a policy named on the command line is checked alone', () => {
    const result = run(FIXTURE_ROOT, FILE);
    expect(result.status, result.stderr).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^ok  ${FILE}: 5 clauses`));
  });

  test('checks the jurisdictions and the letter templates with the policies, and says what it checked', () => {
    const result = run(FIXTURE_ROOT);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(`ok  ${FILE}: 5 clauses`);
    expect(result.stdout).toContain('ok  1 jurisdictions, 0 letter templates');
  });

  test("warns, without failing, when a jurisdiction's law was last read more than 180 days before today", () => {
    // The fixture's law was read on 2026-12-02: 180 days later is 2027-05-31.
    const fresh = spawnSync(process.execPath, [resolve('scripts/validate.ts'), '--today=2027-05-31'], {
      cwd: FIXTURE_ROOT,
      encoding: 'utf8',
    });
    expect(fresh.status, fresh.stderr).toBe(0);
    expect(fresh.stderr).not.toContain('warn');
    const stale = spawnSync(process.execPath, [resolve('scripts/validate.ts'), '--today=2027-06-01'], {
      cwd: FIXTURE_ROOT,
      encoding: 'utf8',
    });
    expect(stale.status, stale.stderr).toBe(0);
    expect(stale.stderr).toContain(
      'warn src/content/jurisdictions/zz.yaml: the law of Testland was last read on 2026-12-02, 181 days ago (more than 180)',
    );
  });

  test('a --today that is not a date is refused', () => {
    const result = spawnSync(process.execPath, [resolve('scripts/validate.ts'), '--today=June'], { cwd: FIXTURE_ROOT, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--today must be a date written YYYY-MM-DD (got "June")');
  });

  test('a jurisdiction without its currency record fails with its file and what is missing', () => {
    dir = mkdtempSync(join(tmpdir(), 'validate-'));
    cpSync(FIXTURE_ROOT, dir, { recursive: true });
    const file = join(dir, 'src/content/jurisdictions/zz.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\ncurrency:[\s\S]*$/, '\n'));
    const result = run(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('src/content/jurisdictions/zz.yaml:2:1 "currency" Invalid input: expected object, received undefined');
  });

  test('a letter template for an unknown jurisdiction fails with its file, line and a suggestion', () => {
    dir = mkdtempSync(join(tmpdir(), 'validate-'));
    cpSync(FIXTURE_ROOT, dir, { recursive: true });
    const template = [
      'jurisdiction: zy',
      'language: en',
      'operatorOf: { text: "the operator of {website}", english: "the operator of {website}" }',
      'salutation: { text: "Dear Sir or Madam,", english: "Dear Sir or Madam," }',
      'closing: { text: "[[name]]", english: "[[name]]" }',
      'deadline: { text: "Please answer.", english: "Please answer." }',
      'letters:',
      '  - right: access',
      '    subject: { text: "Access", english: "Access" }',
      '    body: { text: "I, [[name]], ask for my data.", english: "I, [[name]], ask for my data." }',
      '',
    ].join('\n');
    mkdirSync(join(dir, 'src/content/letters'), { recursive: true });
    writeFileSync(join(dir, 'src/content/letters/zy-en.yaml'), template);
    const result = run(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`src/content/letters/zy-en.yaml:${lineOf(template, 'jurisdiction: zy')}:`);
    expect(result.stderr).toContain('unknown jurisdiction "zy"');
    expect(result.stderr).toContain('did you mean "zz"');
  });
});

describe('the jurisdictions, read once per build', () => {
  test('are parsed again only when a file under that root changes', () => {
    const root = mkdtempSync(join(tmpdir(), 'jurisdictions-cache-'));
    try {
      cpSync(FIXTURE_ROOT, root, { recursive: true });
      const first = loadJurisdictions(root).get('zz')!;
      // Unchanged files: the same parsed objects, not a second parse.
      expect(loadJurisdictions(root).get('zz')).toBe(first);
      const file = join(root, 'src/content/jurisdictions/zz.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('name: Testland', 'name: Testland Two'));
      const second = loadJurisdictions(root).get('zz')!;
      expect(second).not.toBe(first);
      expect(second.name).toBe('Testland Two');
      // A broken file is reported every time, not hidden behind the last good parse.
      writeFileSync(file, readFileSync(file, 'utf8').replace('kind: country', 'kind: planet'));
      expect(() => loadJurisdictions(root)).toThrow(ContentError);
      expect(() => loadJurisdictions(root)).toThrow(ContentError);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
