/**
 * Steps the build runs over its own output: trimming the pages' indentation.
 */
import { expect, test } from 'vitest';
import { trimIndentation } from '../../src/integrations/trim-html.ts';

test('trimming a built page removes indentation after line breaks, never the breaks, and leaves pre, textarea, script and style whole', () => {
  const page =
    '<div>\n    <p class="clause-text">Line one\n   line two\n\nafter a blank line</p>\n  <pre>  kept\n    as is</pre>\n\t<textarea>\n  typed</textarea><script>\n  let a;</script>\n</div>';
  expect(trimIndentation(page)).toBe(
    '<div>\n<p class="clause-text">Line one\nline two\n\nafter a blank line</p>\n<pre>  kept\n    as is</pre>\n<textarea>\n  typed</textarea><script>\n  let a;</script>\n</div>',
  );
});
