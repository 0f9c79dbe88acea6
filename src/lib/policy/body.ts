/**
 * Stage two of parsing: the body's structure. Sections hold clauses, clauses
 * hold child elements; anything else stops the reading with a message that
 * says what was expected there. What the clauses say is checked in checks.ts.
 */
import { CHILD_TAGS, CLAUSE_TAG, SECTION_TAG, type Attribute, type ChildTag } from './format.ts';
import { tokens, type Token } from './lexer.ts';
import type { Problems } from './problems.ts';

/** A child element's text and where it is. */
export interface ChildText {
  readonly text: string;
  /** The opening tag. */
  readonly start: number;
  /** The first character of the text. */
  readonly textOffset: number;
}

/** A `<Clause>` as written, before its attributes and children are checked. */
export interface RawClause {
  readonly start: number;
  readonly attributes: readonly Attribute[];
  readonly rawAttributes: string;
  readonly children: Partial<Record<ChildTag, ChildText>>;
  /** True for the clause the reading stopped in: its id counts as written, its content is not checked. */
  readonly incomplete?: boolean;
}

/** A `<Section>` as written. */
export interface RawSection {
  readonly start: number;
  readonly attributes: readonly Attribute[];
  readonly clauses: RawClause[];
}

const CHILD_LIST = `${CHILD_TAGS.map((x) => `<${x}>`).join(', ')} or </${CLAUSE_TAG}>`;
const shown = (t: Token) =>
  t.type === 'text'
    ? `"${t.snippet}"`
    : t.type === 'open' || t.type === 'element'
      ? `<${t.name}>`
      : t.type === 'close'
        ? `</${t.name}>`
        : `<${t.name}>`;

/** Reads the sections and clauses of the body from `from`; stops at the first thing out of place, having reported it. */
export function readBody(text: string, from: number, problems: Problems): { sections: RawSection[]; complete: boolean } {
  const sections: RawSection[] = [];
  let section: RawSection | null = null;
  let clause: {
    start: number;
    attributes: readonly Attribute[];
    rawAttributes: string;
    children: Partial<Record<ChildTag, ChildText>>;
    subject: string;
  } | null = null;
  /** Ends the reading: the sections read so far (an open one too) still declare their ids. */
  const stop = (offset: number, message: string, subject?: string) => {
    problems.at(offset, message, subject);
    if (section && clause) section.clauses.push({ ...clause, incomplete: true });
    if (section) sections.push(section);
    return { sections, complete: false };
  };
  for (const t of tokens(text, from)) {
    if (clause) {
      if (t.type === 'element') {
        if (clause.children[t.name]) problems.at(t.start, `has more than one <${t.name}>`, clause.subject);
        clause.children[t.name] = { text: t.text, start: t.start, textOffset: t.textOffset };
      } else if (t.type === 'close' && t.name === CLAUSE_TAG) {
        section!.clauses.push(clause);
        clause = null;
      } else if (t.type === 'unclosed')
        return stop(t.start, `<${t.name}> is never closed with </${t.name}>${t.before ? ` before ${t.before}` : ''}`, clause.subject);
      else if (t.type === 'text') return stop(t.start, `expected ${CHILD_LIST} in ${clause.subject}, found ${shown(t)}`);
      else return stop(t.start, `unexpected ${shown(t)} inside a clause; expected ${CHILD_LIST}`, clause.subject);
    } else if (section) {
      if (t.type === 'open' && t.name === CLAUSE_TAG) {
        const id = t.attributes.find((a) => a.name === 'id')?.value ?? '(no id)';
        clause = { start: t.start, attributes: t.attributes, rawAttributes: t.rawAttributes, children: {}, subject: `clause "${id}"` };
      } else if (t.type === 'close' && t.name === SECTION_TAG) {
        sections.push(section);
        section = null;
      } else {
        const id = section.attributes.find((a) => a.name === 'id')?.value ?? '';
        const what = t.type === 'text' ? '<Clause> or </Section>' : `<${CLAUSE_TAG}> or </${SECTION_TAG}>`;
        return stop(t.start, `expected ${what}, found ${shown(t)}`, t.type === 'text' ? undefined : `section "${id}"`);
      }
    } else if (t.type === 'open' && t.name === SECTION_TAG) section = { start: t.start, attributes: t.attributes, clauses: [] };
    else if (t.type === 'text') return stop(t.start, `expected <${SECTION_TAG}>, found ${shown(t)}`);
    else return stop(t.start, `expected <${SECTION_TAG}>, found ${shown(t)}; every clause must be inside a <${SECTION_TAG}>`);
  }
  if (clause) return stop(clause.start, `is never closed with </${CLAUSE_TAG}>`, clause.subject);
  if (section) {
    const id = section.attributes.find((a) => a.name === 'id')?.value ?? '';
    // Reported only when nothing else is wrong: an earlier problem may be why.
    if (problems.count === 0) problems.at(section.start, 'section is never closed with </Section>', `section "${id}"`);
    sections.push(section);
    return { sections, complete: false };
  }
  return { sections, complete: true };
}
