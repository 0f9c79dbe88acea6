/**
 * Errors for content authors, written like a good compiler's: where (file,
 * line, column, clause id), what is wrong, and what would be right.
 */
export interface Problem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** The clause, section or finding the problem is in, where there is one. */
  readonly subject?: string;
  readonly message: string;
}

/** `file:line:column subject: message`, the form editors and terminals turn into a link. */
export function formatProblem(p: Problem): string {
  const where = `${p.file}:${p.line}:${p.column}`;
  return p.subject ? `${where} ${p.subject}: ${p.message}` : `${where} ${p.message}`;
}

/** Thrown with every problem found in one pass, so an author fixes them all at once. */
export class ContentError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[], what = 'policy content') {
    const n = problems.length;
    super(`${n} problem${n === 1 ? '' : 's'} in ${what}:\n` + problems.map((p) => `  ${formatProblem(p)}`).join('\n'));
    this.name = 'ContentError';
    this.problems = problems;
  }
}
