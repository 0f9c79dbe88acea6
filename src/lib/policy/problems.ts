/**
 * Collects the problems of one policy file as the parser finds them, turning
 * offsets in the file into lines and columns, so every stage reports in the
 * same form and the author gets all of them at once.
 */
import { ContentError, type Problem } from './errors.ts';

/** Maps string offsets to 1-based lines and columns. */
export class LineIndex {
  readonly #starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.#starts.push(i + 1);
  }

  /** The line and column of `offset`. */
  at(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.#starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.#starts[lo]! + 1 };
  }
}

/** The problems found in one file. */
export class Problems {
  readonly file: string;
  readonly lines: LineIndex;
  readonly list: Problem[] = [];

  constructor(file: string, text: string) {
    this.file = file;
    this.lines = new LineIndex(text);
  }

  /** Records a problem at an offset of the file. */
  at(offset: number, message: string, subject?: string): void {
    this.list.push({ file: this.file, ...this.lines.at(offset), message, ...(subject ? { subject } : {}) });
  }

  /** The 1-based line of an offset. */
  lineOf(offset: number): number {
    return this.lines.at(offset).line;
  }

  get count(): number {
    return this.list.length;
  }

  /** Throws a `ContentError` with every problem, if there is any. */
  throwIfAny(): void {
    if (this.list.length > 0) throw new ContentError(this.list);
  }
}
