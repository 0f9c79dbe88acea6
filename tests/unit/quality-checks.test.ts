/**
 * The site checks catch what they exist to catch: each runs on a small,
 * deliberately broken page (tests/fixtures/broken-site/) and must object.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { validateHtml } from '../support/site-checks/html-validate.ts';
import { findInlineCode, metaCsp } from '../support/site-checks/inline-code.ts';
import { checkLinks, formatBroken } from '../support/site-checks/links.ts';
import { sitePages } from '../support/site-checks/site.ts';
import { cspForHeader, cspForMeta, headersFile } from '../../src/lib/security.ts';
import { parseHeadersFile } from '../../scripts/lib/static-server.ts';
import { checkWithNu, formatNu, unacceptable } from '../support/site-checks/nu.ts';

const BROKEN = 'tests/fixtures/broken-site';
const page = (p: string) => readFileSync(`${BROKEN}/${p}`, 'utf8');

describe('the link check', () => {
  const report = checkLinks(BROKEN);
  const messages = report.broken.map(formatBroken);

  test('finds a fragment that matches no id, and names ids that exist', () => {
    expect(messages).toContainEqual(
      expect.stringMatching(
        /^\/ \(line \d+\): "\/policies\/demo\/#clause-9" has #clause-9, which matches no id on \/policies\/demo\/; ids there include: clause-1, clause-2/,
      ),
    );
  });

  test('finds a page that does not exist, and a link missing its trailing slash', () => {
    expect(messages).toContainEqual(expect.stringContaining('"/topics/nothing/" points to /topics/nothing/, which does not exist'));
    expect(messages).toContainEqual(
      expect.stringContaining('"/policies/demo" points to /policies/demo, which is served only as /policies/demo/'),
    );
  });

  test('accepts good links and text fragments, and lists outside links without fetching them', () => {
    expect(messages.some((m) => m.includes('"/policies/demo/#clause-1"'))).toBe(false);
    expect(messages.some((m) => m.includes(':~:text='))).toBe(false);
    expect(report.external).toEqual([{ page: '/', href: 'https://example.org/somewhere' }]);
    // The three above, the javascript: URL, and two files the fixture never provides.
    expect(messages).toContainEqual(expect.stringContaining('"javascript:alert(1)" uses the javascript: scheme'));
    expect(messages).toContainEqual(expect.stringContaining('"/missing-alt.png" points to /missing-alt.png, which does not exist'));
    expect(messages).toContainEqual(expect.stringContaining('"/app.js" points to /app.js, which does not exist'));
    expect(report.broken).toHaveLength(6);
  });
});

describe('html-validate', () => {
  test('reports an image without alt text', async () => {
    const problems = await validateHtml(page('index.html'), 'index.html');
    expect(problems).toContainEqual(expect.objectContaining({ rule: 'wcag/h37' }));
  });

  test('passes a clean page', async () => {
    expect(await validateHtml(page('policies/demo/index.html'), 'demo.html')).toEqual([]);
  });
});

describe('inline code the Content-Security-Policy forbids', () => {
  test('finds an inline script, an event handler, a style attribute and a javascript: URL', () => {
    const found = findInlineCode(page('index.html')).map((f) => f.what);
    expect(found).toEqual(
      expect.arrayContaining([
        'an inline <script>',
        'an inline event handler onclick="…" on <button>',
        'a style attribute on <p>',
        'a javascript: URL on <a>',
      ]),
    );
  });

  test('ignores data scripts and external scripts', () => {
    expect(findInlineCode(page('policies/demo/index.html'))).toEqual([]);
  });
});

describe('security headers', () => {
  test('the policy forbids inline code, evaluated code (WebAssembly included) and other hosts', () => {
    const csp = cspForMeta();
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('eval');
    expect(csp).not.toMatch(/https?:/);
    expect(cspForHeader()).toContain("frame-ancestors 'none'");
  });

  test('_headers applies every header to every path, and reads back', () => {
    const [rule] = parseHeadersFile(headersFile());
    expect(rule!.pattern.test('/policies/caviar-kz/')).toBe(true);
    const headers = Object.fromEntries(rule!.headers);
    expect(headers['Content-Security-Policy']).toBe(cspForHeader());
    expect(headers['Referrer-Policy']).toBe('no-referrer');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Permissions-Policy']).toMatch(/^(?:[a-z-]+=\(\)(?:, )?)+$/);
  });

  test('reads the meta CSP of a page', () => {
    expect(metaCsp(page('policies/demo/index.html'))).toBe("default-src 'none'");
    expect(metaCsp(page('index.html'))).toBeNull();
  });
});

test('lists the pages of a site with the paths they are served at', () => {
  expect(sitePages(BROKEN).map((p) => p.path)).toEqual(['/', '/policies/demo/']);
});

describe('the Nu HTML checker', () => {
  // The checker runs on Java, whose start-up alone can take seconds on a busy two-core machine.
  test('reports what html-validate lets through: a combobox role on a search input, a script after </html>', () => {
    const messages = unacceptable(checkWithNu(['tests/fixtures/nu/broken.html'])).map(formatNu);
    expect(messages).toContainEqual(
      expect.stringMatching(
        /error: Attribute “role” is not allowed on element “input”|error: Bad value “combobox” for attribute “role” on element “input”/,
      ),
    );
    expect(messages).toContainEqual(expect.stringMatching(/error: Stray start tag “script”/));
  }, 60_000);

  test('accepts only the warnings it is told why to accept', () => {
    expect(
      unacceptable([
        { type: 'info', subType: 'warning', url: 'file:/x', message: 'Section lacks heading. Consider using “h2”-“h6” elements' },
      ]),
    ).toHaveLength(1);
    expect(
      unacceptable([
        {
          type: 'info',
          subType: 'warning',
          url: 'file:/x',
          message: 'Resource violates Content Security Policy (meta tag): external script “/prefs.js” blocked by “script-src” directive.',
        },
      ]),
    ).toHaveLength(0);
  });
});
