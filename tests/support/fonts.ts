/**
 * The fonts the test browser renders with: only Debian's fonts-dejavu-core,
 * through the project's own fontconfig file, whatever fonts the machine has.
 * Layout-dependent accessibility rules then give the same result everywhere.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const FONTCONFIG_FILE = fileURLToPath(new URL('fonts.conf', import.meta.url));

/** The font files fonts.conf accepts, read from it so the two cannot disagree. */
export function fixedFontFiles(): string[] {
  return [...readFileSync(FONTCONFIG_FILE, 'utf8').matchAll(/<glob>(\/[^<*]+)<\/glob>/g)].map((m) => m[1]!);
}

/**
 * The environment for a test Chromium: the machine's own, with fontconfig
 * pointed at fonts.conf. Refuses when the fonts are not installed, rather
 * than lay out every page in no font at all.
 */
export function fixedFontsEnv(): Record<string, string> {
  const missing = fixedFontFiles().filter((file) => !existsSync(file));
  if (missing.length)
    throw new Error(
      `The test browser's fonts are missing (${missing.join(', ')}): run \`npm run test:setup\`, which installs Debian's fonts-dejavu-core.`,
    );
  const env = Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined));
  return { ...env, FONTCONFIG_FILE };
}
