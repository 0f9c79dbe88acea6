/**
 * The W3C's Nu HTML Checker (the reference validator, from the vnu-jar
 * package, run on the machine's Java) over built pages, beside
 * html-validate. Its messages, as JSON.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

export interface NuMessage {
  readonly type: 'error' | 'info' | 'non-document-error';
  readonly subType?: string;
  readonly url: string;
  readonly lastLine?: number;
  readonly message: string;
}

/**
 * Warnings accepted, each with its reason. Nothing else may appear.
 * - The checker reads files, which have no origin, so a CSP of `'self'` in a
 *   page's meta tag matches none of its own scripts and styles; in a browser
 *   the same policy allows them (the browser tests enforce it and see no
 *   violation).
 */
export const ACCEPTED_WARNINGS: readonly { readonly pattern: RegExp; readonly reason: string }[] = [
  {
    pattern: /^Resource violates Content Security Policy \(meta tag\): external (script|stylesheet) “\/[^”]*” blocked by/,
    reason: "files have no origin, so the checker cannot match 'self'; browsers can",
  },
];

/** Runs the checker over `files`; throws if it cannot run at all. */
export function checkWithNu(files: readonly string[]): NuMessage[] {
  const jar = String(createRequire(import.meta.url)('vnu-jar') as unknown);
  const run = spawnSync('java', ['-Xss4m', '-jar', jar, '--format', 'json', '--skip-non-html', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw new Error(`The Nu HTML checker needs Java (npm run test:setup installs it): ${run.error.message}`);
  const json = JSON.parse(run.stderr || '{"messages":[]}') as { messages: NuMessage[] };
  return json.messages;
}

/** The messages that are neither errors' nor accepted warnings'; i.e. what a page must not have. */
export function unacceptable(messages: readonly NuMessage[]): NuMessage[] {
  return messages.filter((m) => m.type !== 'info' || !ACCEPTED_WARNINGS.some((w) => w.pattern.test(m.message)));
}

export const formatNu = (m: NuMessage): string =>
  `${m.url.replace(/^file:.*?\/(dist|fixtures)\//, '$1/')}:${m.lastLine ?? '?'} ${m.type}${m.subType ? `/${m.subType}` : ''}: ${m.message}`;
