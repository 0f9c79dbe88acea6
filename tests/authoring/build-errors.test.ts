/**
 * Invalid content fails `astro build` with an error an author can act on:
 * every problem with file, line, column and clause id, the first one as the
 * error's location, and no stack trace.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { astroBuild, copyProject } from '../support/project.ts';

const FILE = 'src/content/policies/latvian-shop-lv.mdx';
let project: ReturnType<typeof copyProject>;
let result: ReturnType<typeof astroBuild>;
let text: string;

beforeAll(() => {
  project = copyProject();
  const path = join(project.root, FILE);
  text = readFileSync(path, 'utf8').replace(
    'assessment="concern" seeAlso="s6-processors, s6-authorities"',
    'assessment="concerned" seeAlso="s6-processors, s6-authorities"',
  );
  text = text.replace('status: stated', 'status: stat');
  writeFileSync(path, text);
  result = astroBuild(project.root);
}, 300_000);

afterAll(() => project?.remove());

/** `line:column` of `needle` in the broken file. */
function placeOf(needle: string): string {
  const before = text.slice(0, text.indexOf(needle)).split('\n');
  return `${before.length}:${before.at(-1)!.length + 1}`;
}

test('the build fails, listing every problem with its place', () => {
  expect(result.status).not.toBe(0);
  expect(result.output).toContain('2 problems in policy content');
  expect(result.output).toContain(
    `${FILE}:${placeOf('assessment="concerned"')} clause "s1-no-spam-no-sale": attribute "assessment" unknown assessment "concerned"; did you mean "concern"?`,
  );
  expect(result.output).toMatch(
    new RegExp(`${FILE}:\\d+:\\d+ frontmatter "findings\\.[a-z-]+\\.status" unknown finding status "stat"; did you mean "stated"\\?`),
  );
});

test('the error names the first problem as its location and shows no stack trace', () => {
  expect(result.output).toMatch(
    new RegExp(`Location:\\s*\\n?\\s*${join(project.root, FILE).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+`),
  );
  expect(result.output).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
});
