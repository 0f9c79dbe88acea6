/**
 * The policy file format in one place: its tag names, the attribute reader,
 * and the writers. The parser (parse.ts) reads files with these; `npm run
 * new-policy` and the synthetic benchmark library write them with these, so a
 * file written here always reads back as written (tests/unit/format.test.ts).
 *
 * Why a format of our own and not MDX proper: the originals must stay exactly
 * as captured, and Markdown would rewrite them (a line "1. Общие положения"
 * becomes a list, `\„` loses its backslash). The body is a small, strict
 * subset of MDX's syntax whose text is read verbatim.
 * @see docs/content-format.md
 */

export const SECTION_TAG = 'Section';
export const CLAUSE_TAG = 'Clause';
/** The elements a `<Clause>` holds, in the order they are written. */
export const CHILD_TAGS = ['Original', 'Translation', 'Note', 'TranslatorNote'] as const;
export type ChildTag = (typeof CHILD_TAGS)[number];
export const TAGS = [SECTION_TAG, CLAUSE_TAG, ...CHILD_TAGS] as const;

/** Any of the format's own tags, open or closed; text holding one could not be kept verbatim inside an element. */
export const FORMAT_TAG_RE = new RegExp(`</?(?:${TAGS.join('|')})\\b[^<>\\n]{0,40}>?`);

/** One `name="value"` pair of a tag, with the offsets of its name and value in the file. */
export interface Attribute {
  readonly name: string;
  readonly value: string;
  /** Offset of the attribute's name in the file. */
  readonly offset: number;
  /** Offset of the first character of its value. */
  readonly valueOffset: number;
}

const ATTRIBUTE = /([A-Za-z]+)="([^"]*)"/g;

/** Reads `name="value"` pairs from `source`, which starts at `baseOffset` in the file. Values are plain strings: no escapes, no expressions. */
export function readAttributes(source: string, baseOffset = 0): Attribute[] {
  return [...source.matchAll(ATTRIBUTE)].map((m) => ({
    name: m[1]!,
    value: m[2]!,
    offset: baseOffset + m.index,
    valueOffset: baseOffset + m.index + m[1]!.length + 2,
  }));
}

/** The attributes as a plain record (the last of a repeated name wins). */
export const attributeRecord = (attributes: readonly Attribute[]): Record<string, string> =>
  Object.fromEntries(attributes.map((a) => [a.name, a.value]));

// --- Writing ------------------------------------------------------------------

/** A value the format cannot hold: written, it would not read back the same. */
export class FormatError extends Error {
  override name = 'FormatError';
}

/** A clause as an author writes it: attributes and the text of each child element. */
export interface ClauseDraft {
  readonly id: string;
  /** `policy` is the default and is not written. */
  readonly kind?: 'policy' | 'heading' | 'chrome';
  readonly label?: string | undefined;
  readonly topics?: readonly string[] | undefined;
  readonly gdpr?: readonly string[] | undefined;
  readonly assessment?: string | null | undefined;
  /** `clause-id` or `policy-slug#clause-id`. */
  readonly seeAlso?: readonly string[] | undefined;
  /** Provisions of national law or the ePrivacy Directive: written `law="<law-id> <article>; …"`. */
  readonly laws?: readonly { readonly law: string; readonly article: string }[] | undefined;
  readonly original: string;
  /** May be empty in a scaffold: the element is written empty, for the author to fill in. */
  readonly translation: string;
  readonly note?: string | null | undefined;
  readonly translatorNote?: string | null | undefined;
}

export interface SectionDraft {
  readonly id: string;
  readonly clauses: readonly ClauseDraft[];
}

function attribute(name: string, value: string | undefined | null, where: string): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (value.includes('"'))
    throw new FormatError(`${where}: attribute ${name} cannot hold a double quote (${JSON.stringify(value)}); use “ ” or ' instead`);
  return `${name}="${value}"`;
}

function element(tag: ChildTag, text: string, where: string): string[] {
  const inside = FORMAT_TAG_RE.exec(text);
  if (inside) throw new FormatError(`${where}: <${tag}> cannot hold the format's own tag "${inside[0]}"`);
  return text === '' ? [`<${tag}>`, `</${tag}>`] : [`<${tag}>`, text, `</${tag}>`];
}

/** The `law` attribute's value; refuses a reference the reader would split or join differently. */
function lawAttribute(laws: ClauseDraft['laws'], where: string): string | undefined {
  return laws
    ?.map(({ law, article }) => {
      if (law === '' || /[\s;]/.test(law))
        throw new FormatError(`${where}: law id ${JSON.stringify(law)} cannot hold white space or a semicolon`);
      if (article.includes(';') || article.split(/\s+/).join(' ').trim() !== article || article === '')
        throw new FormatError(
          `${where}: the article ${JSON.stringify(article)} of law "${law}" must be non-empty and single-spaced, without a semicolon`,
        );
      return `${law} ${article}`;
    })
    .join('; ');
}

/** One `<Clause>` element, children in the format's order; refuses a value that would not read back the same. */
export function writeClause(c: ClauseDraft): string {
  const where = `clause "${c.id}"`;
  const attributes = [
    attribute('id', c.id, where),
    c.kind && c.kind !== 'policy' ? attribute('kind', c.kind, where) : null,
    attribute('label', c.label, where),
    attribute('topics', c.topics?.join(', '), where),
    attribute('gdpr', c.gdpr?.join(', '), where),
    attribute('law', lawAttribute(c.laws, where), where),
    attribute('assessment', c.assessment, where),
    attribute('seeAlso', c.seeAlso?.join(', '), where),
  ].filter((a): a is string => a !== null);
  const lines = [
    `<${CLAUSE_TAG} ${attributes.join(' ')}>`,
    ...element('Original', c.original, where),
    ...element('Translation', c.translation, where),
  ];
  if (c.note) lines.push(...element('Note', c.note, where));
  if (c.translatorNote) lines.push(...element('TranslatorNote', c.translatorNote, where));
  lines.push(`</${CLAUSE_TAG}>`);
  return lines.join('\n');
}

/** One `<Section>` with its clauses, a blank line between elements. */
export function writeSection(section: SectionDraft): string {
  const id = attribute('id', section.id, `section "${section.id}"`);
  return [`<${SECTION_TAG} ${id}>`, ...section.clauses.map(writeClause), `</${SECTION_TAG}>`].join('\n\n');
}

/** A whole policy file: the frontmatter's YAML text, an optional `{/* comment *\/}` block, then the sections. */
export function writePolicyFile(file: {
  readonly frontmatter: string;
  readonly comment?: string;
  readonly sections: readonly SectionDraft[];
}): string {
  const yaml = file.frontmatter.endsWith('\n') ? file.frontmatter : `${file.frontmatter}\n`;
  if (file.comment?.includes('*/')) throw new FormatError('the comment cannot hold "*/"');
  const parts = [`---\n${yaml}---`, ...(file.comment ? [`{/*\n${file.comment}\n*/}`] : []), ...file.sections.map(writeSection)];
  return `${parts.join('\n\n')}\n`;
}
