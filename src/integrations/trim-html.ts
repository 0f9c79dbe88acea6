/**
 * Strips the indentation that component templates leave at the start of each
 * line of the built pages (the site keeps `compressHTML: false`, see
 * astro.config.mjs). Only spaces and tabs after a line break go: the line
 * break stays, so text renders exactly as before, in normal flow and in the
 * clause texts' `white-space: pre-line` (which drops spaces at the start of
 * a line anyway). `<pre>`, `<textarea>`, `<script>` and `<style>` keep every
 * character. About a tenth of a policy page's bytes.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const KEEP = /<(pre|textarea|script|style)\b[\s\S]*?<\/\1>/gi;

/** The page without indentation after line breaks, outside the elements whose white space is content. */
export function trimIndentation(html: string): string {
  let out = '';
  let last = 0;
  for (const m of html.matchAll(KEEP)) {
    out += html.slice(last, m.index).replace(/\n[ \t]+/g, '\n') + m[0];
    last = m.index + m[0].length;
  }
  return out + html.slice(last).replace(/\n[ \t]+/g, '\n');
}

/** Every HTML file under `dir`. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

export default function trimHtml(): AstroIntegration {
  return {
    name: 'policy-library:trim-html',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        let before = 0;
        let after = 0;
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          const trimmed = trimIndentation(html);
          before += Buffer.byteLength(html);
          after += Buffer.byteLength(trimmed);
          if (trimmed !== html) writeFileSync(file, trimmed);
        }
        logger.info(`pages trimmed of indentation: ${(before / 1e6).toFixed(1)} MB → ${(after / 1e6).toFixed(1)} MB`);
      },
    },
  };
}
