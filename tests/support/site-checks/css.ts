/**
 * Rules of the shipped (minified) CSS, with the cascade layer each sits in, so
 * that a test can see a class written by hand that Tailwind also generates:
 * two definitions that differ (the hand-written `.sr-only` used `clip`, Tailwind's
 * `clip-path`) and whose winner depends on layer order, not on intent.
 */

export interface CssRule {
  /** The selector as written, e.g. `.sr-only` or `table.comparison td`. */
  readonly selector: string;
  /** The innermost `@layer` the rule sits in, or '' outside any layer. */
  readonly layer: string;
  /** The `@media`/`@supports` conditions around it, outermost first. */
  readonly conditions: readonly string[];
}

/** Every style rule of a stylesheet, with its layer and conditions (comments and strings are not expected in minified CSS). */
export function cssRules(css: string): CssRule[] {
  const rules: CssRule[] = [];
  const stack: { prelude: string; rule: boolean }[] = [];
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    const ch = css[i];
    if (ch === '{') {
      const prelude = css.slice(start, i).trim();
      const inRule = stack.some((s) => s.rule);
      const isRule = !prelude.startsWith('@') && !inRule;
      if (isRule) {
        const layers = stack.filter((s) => s.prelude.startsWith('@layer')).map((s) => s.prelude.slice(6).trim());
        const conditions = stack.filter((s) => /^@(media|supports|container)/.test(s.prelude)).map((s) => s.prelude);
        for (const selector of prelude.split(',')) rules.push({ selector: selector.trim(), layer: layers.at(-1) ?? '', conditions });
      }
      stack.push({ prelude, rule: isRule || inRule });
      start = i + 1;
    } else if (ch === '}') {
      stack.pop();
      start = i + 1;
    } else if (ch === ';' && !stack.some((s) => s.rule)) {
      start = i + 1;
    }
  }
  return rules;
}
