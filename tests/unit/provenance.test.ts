/**
 * Provenance: each policy states what is known of its capture and nothing
 * more. The address "named in the text" must be in the text; a text that names
 * one must record it; a source must hash as sources/SHA256SUMS recorded it; and
 * a date or URL that is not a date or URL is refused with file and line.
 *
 * The expected addresses below were read off the five sources by hand.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { toLibraryIndex, toPolicyJson } from '../../src/lib/exports.ts';
import { ContentError, formatProblem } from '../../src/lib/policy/errors.ts';
import { loadLibrary } from '../../src/lib/policy/library-fs.ts';
import { parsePolicy } from '../../src/lib/policy/parse.ts';
import { addressStatement, captureStatement, webAddressesIn } from '../../src/lib/provenance.ts';

const FIXTURE_ROOT = 'tests/fixtures/library';
const FILE = 'src/content/policies/tiny-shop.mdx';
const valid = readFileSync(join(FIXTURE_ROOT, FILE), 'utf8');
const library = loadLibrary({ root: '.' });

/** 1-based line of the first occurrence of `needle` in `text`. */
function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`text does not contain ${JSON.stringify(needle)}`);
  return text.slice(0, at).split('\n').length;
}

function patch(find: string, replace: string, text = valid): string {
  if (!text.includes(find)) throw new Error(`text does not contain ${JSON.stringify(find)}`);
  return text.replace(find, replace);
}

/** The problems the parser reports for `text`, as an author sees them. */
function problemsOf(text: string): string[] {
  try {
    parsePolicy(text, { file: FILE });
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).problems.map(formatProblem);
  }
  throw new Error('expected the policy to be rejected, but it parsed');
}

describe('the five policies', () => {
  const expected: Record<string, { value: string; line: number } | null> = {
    'kivismart-cz': { value: 'https://kivismart.com/cz/', line: 5 },
    'clsmart-cz': { value: 'www.clsmart.com', line: 69 },
    'latvian-shop-lv': null,
    'albanian-shop-sq': null,
    'caviar-kz': { value: 'www.caviar.com.kz', line: 3 },
  };

  test.each(Object.entries(expected))('%s records the address its text names, on that basis, and no capture date', (slug, named) => {
    const policy = library.find((p) => p.slug === slug)!;
    expect(policy.provenance.address).toEqual(named ? { value: named.value, basis: 'named-in-text' } : null);
    expect(policy.provenance.captured).toBeNull();
    const source = readFileSync(`sources/${policy.source}`, 'utf8');
    if (named) expect(source.split('\n')[named.line - 1]).toContain(named.value);
  });

  test('the statements say "named in the text", never "captured from", for these', () => {
    for (const p of library) {
      expect(addressStatement(p.provenance.address)).not.toContain('captured');
      expect(captureStatement(p.provenance.captured)).toBe('capture date not recorded');
    }
    expect(addressStatement(null)).toBe('no address named in the text');
  });

  test('the open data carries it, with where the raw text is published', () => {
    const caviar = library.find((p) => p.slug === 'caviar-kz')!;
    expect(toPolicyJson(caviar).source).toEqual({
      file: '004_b30a68c9a073095e.txt',
      sha256: '94401807ab9905874a28d7d88af75621a72444b951fa1d72387fcbca1ad16b73',
      url: '/sources/004_b30a68c9a073095e.txt',
      address: { value: 'www.caviar.com.kz', basis: 'named-in-text' },
      captured: null,
    });
    const entry = toLibraryIndex(library, []).policies.find((p) => p.slug === 'latvian-shop-lv')!;
    expect(entry.source).toEqual({ url: '/sources/002_8b8d51d1121e808e.txt', address: null, captured: null });
  });
});

describe('webAddressesIn', () => {
  test('finds https:// and www. addresses with their lines, without the punctuation after them, and not e-mail domains', () => {
    const text = 'Site: https://shop.cz/cz/ (the "site").\nWrite to info@shop.cz.\nOr visit www.shop.cz, or www.other.lv.';
    expect(webAddressesIn(text)).toEqual([
      { value: 'https://shop.cz/cz/', line: 1 },
      { value: 'www.shop.cz', line: 3 },
      { value: 'www.other.lv', line: 3 },
    ]);
  });

  test('a bare "https" or "www." names nothing', () => {
    expect(webAddressesIn('look for “https” at the start of the address, or www. alone')).toEqual([]);
  });
});

describe('the frontmatter is checked', () => {
  test('provenance is required, with a message that says what to write', () => {
    const text = patch('provenance:\n  address: null\n  captured: null\n', '');
    expect(problemsOf(text)).toContainEqual(
      expect.stringMatching(
        /^src\/content\/policies\/tiny-shop\.mdx:\d+:\d+ frontmatter "provenance" is required: \{ address: .*null means not recorded$/,
      ),
    );
  });

  test('a capture date that is not a date, or is in the future, is refused at its line', () => {
    const bad = patch('  captured: null', '  captured: 2025-02-30');
    expect(problemsOf(bad)).toContainEqual(
      `${FILE}:${lineOf(bad, '  captured:')}:3 frontmatter "provenance.captured" is not a real calendar date`,
    );
    const future = patch('  captured: null', '  captured: 2999-01-01');
    expect(problemsOf(future)).toContainEqual(
      `${FILE}:${lineOf(future, '  captured:')}:3 frontmatter "provenance.captured" is in the future`,
    );
  });

  test('a "captured" address must be a full URL; an unknown basis gets the list', () => {
    const bare = patch('  address: null', '  address:\n    value: shop.example.com\n    basis: captured');
    expect(problemsOf(bare)).toContainEqual(
      `${FILE}:${lineOf(bare, '    value:')}:5 frontmatter "provenance.address.value" with basis "captured" must be the full URL the text was captured from (https://…)`,
    );
    const guessed = patch('  address: null', '  address:\n    value: https://shop.example.com/\n    basis: guessed');
    expect(problemsOf(guessed)).toContainEqual(
      expect.stringContaining('frontmatter "provenance.address.basis" unknown address basis "guessed";'),
    );
  });
});

describe('the library is checked against its sources', () => {
  let dir: string | null = null;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = null;
  });
  const copyFixture = () => {
    dir = mkdtempSync(join(tmpdir(), 'provenance-'));
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

  test('an address "named in the text" that the text does not name', () => {
    const root = copyFixture();
    const text = patch('  address: null', '  address:\n    value: www.tiny-shop.example\n    basis: named-in-text');
    writeFileSync(join(root, FILE), text);
    expect(rejection(root)).toContain(
      `${FILE}:${lineOf(text, '    value:')}:1 frontmatter "provenance.address.value": "www.tiny-shop.example" is not in tiny.txt as written, so it cannot be "named-in-text". It names no web address: write address: null.`,
    );
  });

  test('a text that names an address, recorded as naming none', () => {
    const root = copyFixture();
    // The fixture is a test's own text (not a captured source): both its source and its original change together.
    const sourcePath = join(root, 'sources/tiny.txt');
    writeFileSync(sourcePath, readFileSync(sourcePath, 'utf8').replace('Write to us: shop@example.com', 'Write to us: www.shop.example'));
    writeFileSync(join(root, FILE), patch('Write to us: shop@example.com', 'Write to us: www.shop.example'));
    expect(rejection(root)).toContain(
      `${FILE}:${lineOf(valid, '  address: null')}:1 frontmatter "provenance.address": is null, but tiny.txt names "www.shop.example" at its line 8; record it: { value: www.shop.example, basis: named-in-text }`,
    );
  });

  test('a source that no longer hashes as SHA256SUMS recorded it, or is not recorded there', () => {
    const root = copyFixture();
    const recorded = 'ab'.repeat(32);
    writeFileSync(join(root, 'sources/SHA256SUMS'), `${recorded}  tiny.txt\n`);
    const message = rejection(root);
    expect(message).toContain(`${FILE}:${lineOf(valid, 'source: tiny.txt')}:1 frontmatter "source": tiny.txt hashes to `);
    expect(message).toContain(`but sources/SHA256SUMS records ${recorded} for it: the source has changed since it was captured`);
    writeFileSync(join(root, 'sources/SHA256SUMS'), `${recorded}  other.txt\n`);
    expect(rejection(root)).toContain('frontmatter "source": tiny.txt is not recorded in sources/SHA256SUMS');
  });
});
