/**
 * The build keeps the site's privacy promise: Astro's telemetry (on by
 * default) is off in every npm script that runs Astro, directly or through
 * the tests and benchmarks that build the site, and in CI.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

const scripts: Record<string, string> = JSON.parse(readFileSync('package.json', 'utf8')).scripts;
const OFF = 'ASTRO_TELEMETRY_DISABLED=1 ';

test('every astro command in an npm script runs with telemetry off', () => {
  const commands = Object.entries(scripts).flatMap(([name, line]) => line.split('&&').map((c) => [name, c.trim()] as const));
  const astro = commands.filter(([, c]) => /(^|\s)astro\s/.test(c));
  expect(astro.length).toBeGreaterThanOrEqual(5);
  for (const [name, command] of astro) expect(command, `npm run ${name}`).toMatch(/^ASTRO_TELEMETRY_DISABLED=1 astro /);
});

test('scripts that build the site in a child process (tests, benchmarks) pass telemetry off to it', () => {
  for (const name of ['test', 'test:browser', 'bench', 'bench:scale']) expect(scripts[name], name).toContain(OFF);
  // `npm test` builds through `npm run build`, which sets it itself.
  expect(scripts['test']).toContain('npm run build');
});

test('CI turns it off for everything it runs', () => {
  expect(readFileSync('.ci/run', 'utf8')).toMatch(/^export ASTRO_TELEMETRY_DISABLED=1$/m);
});
