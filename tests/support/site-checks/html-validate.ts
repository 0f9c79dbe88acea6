/**
 * html-validate, with its recommended rules, as the site uses it. Three rules
 * are adjusted, each for a reason:
 * - `no-trailing-whitespace`: the HTML is generated; white space at the end
 *   of a line means nothing to a reader and comes from template indentation.
 * - `prefer-native-element`: the search box is an ARIA 1.2 combobox
 *   (`<input role="combobox">` with a `role="listbox"` of results), which a
 *   native <select> cannot replace: its options are links found as you type.
 * - `form-dup-name`: the search filters are groups of checkboxes sharing a
 *   name, which is how HTML sends several values for one field.
 */
import { HtmlValidate, type ConfigData } from 'html-validate';

export const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    'no-trailing-whitespace': 'off',
    'prefer-native-element': ['error', { exclude: ['combobox', 'listbox'] }],
    'form-dup-name': ['error', { shared: ['radio', 'button', 'reset', 'submit', 'checkbox'] }],
  },
};

export interface HtmlProblem {
  readonly line: number;
  readonly column: number;
  readonly rule: string;
  readonly message: string;
}

const validator = new HtmlValidate(HTML_VALIDATE_CONFIG);

export async function validateHtml(html: string, name: string): Promise<HtmlProblem[]> {
  const report = await validator.validateString(html, name);
  return report.results.flatMap((r) =>
    r.messages.filter((m) => m.severity === 2).map((m) => ({ line: m.line, column: m.column, rule: m.ruleId, message: m.message })),
  );
}
