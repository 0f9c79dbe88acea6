/**
 * The one parser: a policy file in, a typed `Policy` out, or a `ContentError`
 * listing every problem with its file, line, column and clause id.
 *
 * Why not let MDX parse the body? The originals must stay exactly as captured,
 * and Markdown would rewrite them: a line "1. Общие положения" becomes a list,
 * `\„` loses its backslash, `*` and `_` turn into emphasis. So the body is a
 * small, strict subset of MDX (`<Section>`, `<Clause>`, `<Original>`,
 * `<Translation>`, `<Note>`, `<TranslatorNote>`) whose text we read verbatim.
 * @see docs/content-format.md
 */
import { isMap, isNode, LineCounter, parseDocument, type Document } from 'yaml';
import { ASPECT_IDS, type AspectId } from '../taxonomy.ts';
import { ContentError, LineIndex, type Problem } from './errors.ts';
import type { Clause, ClauseRef, Finding, Policy, Section } from './model.ts';
import { clauseAttributesSchema, frontmatterSchema, ID_PATTERN, sectionAttributesSchema } from './schema.ts';
import { noteLinks } from './notes.ts';

const CHILD_TAGS = ['Original', 'Translation', 'Note', 'TranslatorNote'] as const;
type ChildTag = (typeof CHILD_TAGS)[number];

export interface ParseOptions {
  /** The file's path, used in messages and as the policy's `file`. */
  readonly file: string;
  /** The policy's slug; defaults to the file name without `.mdx`. */
  readonly slug?: string;
}

export function slugFromFile(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.mdx?$/, '');
}

/** Parses and validates one policy file. Throws `ContentError` with every problem found. */
export function parsePolicy(text: string, options: ParseOptions): Policy {
  const { file } = options;
  const slug = options.slug ?? slugFromFile(file);
  const lines = new LineIndex(text);
  const problems: Problem[] = [];
  const report = (offset: number, message: string, subject?: string) => {
    const { line, column } = lines.at(offset);
    problems.push({ file, line, column, message, ...(subject ? { subject } : {}) });
  };

  if (!ID_PATTERN.test(slug)) report(0, `the file name must be a kebab-case slug (got "${slug}")`);

  // --- Frontmatter -------------------------------------------------------
  const fm = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!fm) {
    report(0, 'must start with YAML frontmatter between two "---" lines');
    throw new ContentError(problems);
  }
  const yamlStart = fm[0].indexOf('\n') + 1;
  const lineCounter = new LineCounter();
  const doc = parseDocument(fm[1]!, { lineCounter, prettyErrors: false });
  for (const error of doc.errors) report(yamlStart + error.pos[0], `invalid YAML: ${error.message.split('\n')[0]}`);
  let meta: ReturnType<typeof frontmatterSchema.parse> | null = null;
  if (doc.errors.length === 0) {
    const result = frontmatterSchema.safeParse(doc.toJS());
    if (result.success) meta = result.data;
    else
      for (const issue of result.error.issues) {
        const path = issue.path.map(String);
        report(yamlStart + yamlOffset(doc, path), `frontmatter "${path.join('.')}" ${issue.message}`);
      }
  }

  // --- Body ----------------------------------------------------------------
  const sections: Section[] = [];
  const clauses: Clause[] = [];
  const idOffsets = new Map<string, number>();
  /** Ids of every clause written, even one with other problems, so references to it are not reported twice. */
  const declaredClauseIds = new Set<string>();
  const claimId = (id: string, offset: number, what: string) => {
    if (!ID_PATTERN.test(id)) {
      report(offset, `${what} id "${id}" must be kebab-case: lower-case letters and digits joined by single hyphens, e.g. "s5-retention-period"`, `${what} "${id}"`);
    }
    const first = idOffsets.get(id);
    if (first !== undefined) {
      report(offset, `duplicate id: "${id}" is already used at line ${lines.at(first).line}; ids must be unique in a policy`, `${what} "${id}"`);
    } else idOffsets.set(id, offset);
  };

  const tag = /<(\/?)([A-Za-z]+)((?:\s+[A-Za-z]+="[^"]*")*)\s*(\/?)>/y;
  const skip = /(?:\s+|\{\/\*[\s\S]*?\*\/\})*/y;
  let pos = fm[0].length;
  const skipSpace = () => {
    skip.lastIndex = pos;
    skip.exec(text);
    pos = skip.lastIndex;
  };
  const readTag = () => {
    tag.lastIndex = pos;
    const m = tag.exec(text);
    if (!m) return null;
    return { closing: m[1] === '/', name: m[2]!, attrs: m[3] ?? '', selfClosing: m[4] === '/', start: pos, end: tag.lastIndex };
  };
  const unexpected = (what: string) => {
    const snippet = text.slice(pos, pos + 40).split('\n')[0];
    report(pos, `expected ${what}, found "${snippet}"`);
  };

  let currentSection: { id: string; line: number; offset: number; clauses: Clause[]; written: number } | null = null;

  outer: while (true) {
    skipSpace();
    if (pos >= text.length) break;
    const t = readTag();
    if (!t) {
      unexpected(currentSection ? '<Clause> or </Section>' : '<Section>');
      break;
    }
    pos = t.end;
    if (!currentSection) {
      if (t.name !== 'Section' || t.closing) {
        report(t.start, `expected <Section>, found <${t.closing ? '/' : ''}${t.name}>; every clause must be inside a <Section>`);
        break;
      }
      const attrs = sectionAttributesSchema.safeParse(parseAttributes(t.attrs));
      if (!attrs.success) {
        for (const issue of attrs.error.issues) report(t.start, `<Section> ${issue.path.join('.') || ''} ${issue.message}`.replace(/\s+/g, ' '));
        break;
      }
      claimId(attrs.data.id, t.start, 'section');
      currentSection = { id: attrs.data.id, line: lines.at(t.start).line, offset: t.start, clauses: [], written: 0 };
      continue;
    }
    if (t.name === 'Section' && t.closing) {
      const heading = currentSection.clauses[0]?.kind === 'heading' ? currentSection.clauses[0] : null;
      if (currentSection.written === 0) report(currentSection.offset, 'section has no clauses', `section "${currentSection.id}"`);
      sections.push({ id: currentSection.id, heading, clauses: currentSection.clauses, line: currentSection.line });
      currentSection = null;
      continue;
    }
    if (t.name !== 'Clause' || t.closing) {
      report(t.start, `expected <Clause> or </Section>, found <${t.closing ? '/' : ''}${t.name}>`, `section "${currentSection.id}"`);
      break;
    }
    // A clause.
    currentSection.written += 1;
    const raw = parseAttributes(t.attrs);
    const rawId = typeof raw.id === 'string' ? raw.id : '(no id)';
    const subject = `clause "${rawId}"`;
    if (t.attrs.trim() && Object.keys(raw).length === 0) report(t.start, 'could not read the attributes; write them as name="value"', subject);
    const attrs = clauseAttributesSchema.safeParse(raw);
    if (typeof raw.id === 'string') {
      claimId(raw.id, t.start, 'clause');
      declaredClauseIds.add(raw.id);
    }
    if (!attrs.success)
      for (const issue of attrs.error.issues) {
        const name = issue.path[0] === undefined ? '' : `attribute "${String(issue.path[0])}" `;
        report(t.start, `${name}${issue.message}`, subject);
      }

    const children: Partial<Record<ChildTag, { text: string; offset: number }>> = {};
    while (true) {
      skipSpace();
      const c = readTag();
      if (!c) {
        unexpected(`<Original>, <Translation>, <Note>, <TranslatorNote> or </Clause> in ${subject}`);
        break outer;
      }
      pos = c.end;
      if (c.name === 'Clause' && c.closing) break;
      if (c.closing || !(CHILD_TAGS as readonly string[]).includes(c.name)) {
        report(c.start, `unexpected <${c.closing ? '/' : ''}${c.name}> inside a clause; expected ${CHILD_TAGS.map((x) => `<${x}>`).join(', ')} or </Clause>`, subject);
        break outer;
      }
      const name = c.name as ChildTag;
      const close = `</${name}>`;
      const endAt = text.indexOf(close, pos);
      if (endAt < 0) {
        report(c.start, `<${name}> is never closed with ${close}`, subject);
        break outer;
      }
      // A missing close tag would otherwise swallow the clauses after it, up to the next one.
      const swallowed = /<\/?(?:Section|Clause|Original|Translation|Note|TranslatorNote)\b/.exec(text.slice(pos, endAt));
      if (swallowed) {
        report(c.start, `<${name}> is never closed with ${close} before ${swallowed[0]}>`, subject);
        break outer;
      }
      if (children[name]) report(c.start, `has more than one <${name}>`, subject);
      let body = text.slice(pos, endAt);
      // Only the line breaks that frame the text belong to the markup.
      body = body.replace(/^\r?\n/, '').replace(/\r?\n$/, '');
      children[name] = { text: body, offset: c.start };
      pos = endAt + close.length;
    }

    if (!attrs.success) continue;
    const a = attrs.data;
    const original = children.Original?.text ?? '';
    const translation = (children.Translation?.text ?? '').trim();
    const note = children.Note?.text.trim() || null;
    const translatorNote = children.TranslatorNote?.text.trim() || null;
    if (!children.Original) report(t.start, 'has no <Original>; every clause holds its source text', subject);
    else if (!original.trim()) report(children.Original.offset, '<Original> is empty; it must hold the source text exactly', subject);
    if (!translation) report(children.Translation?.offset ?? t.start, 'has no translation; add a non-empty <Translation>', subject);
    if (a.kind === 'policy') {
      if (!a.label) report(t.start, 'policy clause needs a label="…" (a short English label)', subject);
      if (a.topics.length === 0) report(t.start, 'policy clause needs at least one topic in topics="…"', subject);
      if (!a.assessment) report(t.start, 'policy clause needs an assessment="positive|neutral|concern|serious"', subject);
      if (!note) report(t.start, 'policy clause needs a <Note> that says what it means for the reader', subject);
    }
    const seeAlso: ClauseRef[] = [];
    for (const ref of a.seeAlso) {
      const parsed = parseClauseRef(ref);
      if (parsed) seeAlso.push(parsed);
      else report(t.start, `seeAlso entry "${ref}" must be "clause-id" or "policy-slug#clause-id"`, subject);
    }
    for (const [field, child] of [['Note', children.Note], ['TranslatorNote', children.TranslatorNote]] as const) {
      if (!child) continue;
      for (const link of noteLinks(child.text)) {
        if (link.kind === 'invalid')
          report(child.offset, `<${field}> link "${link.href}" must be "#clause-id", "/policies/<slug>/#clause-id" or an https:// URL`, subject);
        else if (link.kind === 'clause') seeAlso.push(link.ref);
      }
    }
    const firstLine = translation.split('\n')[0]!.trim();
    const label = a.label ?? (a.kind === 'heading' ? truncate(firstLine, 80) : a.kind === 'chrome' ? 'Page chrome' : a.id);
    const clause: Clause = {
      id: a.id,
      kind: a.kind,
      label,
      original,
      translation,
      topics: a.topics,
      gdpr: a.gdpr,
      assessment: a.assessment ?? null,
      note,
      translatorNote,
      seeAlso,
      section: currentSection.id,
      line: lines.at(t.start).line,
    };
    currentSection.clauses.push(clause);
    clauses.push(clause);
  }
  if (currentSection && problems.length === 0) report(currentSection.offset, 'section is never closed with </Section>', `section "${currentSection.id}"`);
  if (sections.length === 0 && problems.length === 0) report(fm[0].length, 'the policy has no <Section> with clauses');

  // --- References: everything that names a clause must name one that exists.
  const clauseIds = declaredClauseIds;
  for (const c of clauses)
    for (const ref of c.seeAlso)
      if (ref.policy === null && !clauseIds.has(ref.clause))
        problems.push({ file, line: c.line, column: 1, subject: `clause "${c.id}"`, message: `refers to clause "${ref.clause}", which does not exist in this policy` });

  const findings = {} as Record<AspectId, Finding>;
  if (meta) {
    const at = (path: string[]) => yamlStart + yamlOffset(doc, path);
    for (const key of Object.keys(meta.findings))
      if (!(ASPECT_IDS as readonly string[]).includes(key))
        report(at(['findings', key]), `unknown aspect "${key}"; the aspects are listed in src/lib/taxonomy.ts`, `finding "${key}"`);
    for (const aspect of ASPECT_IDS) {
      const f = meta.findings[aspect];
      if (!f) {
        report(at(['findings']), `has no finding for aspect "${aspect}"; every aspect needs one (use status: not-stated after reading the whole policy)`, 'findings');
        continue;
      }
      const subject = `finding "${aspect}"`;
      if (f.status === 'not-stated' && f.clauses.length > 0)
        report(at(['findings', aspect, 'clauses']), 'is "not-stated" but cites clauses; cite none, or choose another status', subject);
      if (f.status !== 'not-stated' && f.clauses.length === 0)
        report(at(['findings', aspect, 'clauses']), `is "${f.status}" but cites no clause; list the ids of its evidence in clauses: [...]`, subject);
      f.clauses.forEach((id, i) => {
        if (!clauseIds.has(id)) report(at(['findings', aspect, 'clauses', String(i)]), `cites clause "${id}", which does not exist in this policy`, subject);
      });
      findings[aspect] = { aspect, status: f.status, value: f.value, clauses: f.clauses };
    }
  }

  if (problems.length > 0 || !meta) throw new ContentError(problems);
  const { findings: _ignored, ...rest } = meta;
  return { ...rest, slug, file, sections, clauses, findings };
}

/** Reads `name="value"` pairs. Values are plain strings: no expressions. */
export function parseAttributes(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of source.matchAll(/([A-Za-z]+)="([^"]*)"/g)) out[m[1]!] = m[2]!;
  return out;
}

/** `clause-id` or `policy-slug#clause-id`. */
export function parseClauseRef(ref: string): ClauseRef | null {
  const m = /^(?:([a-z0-9-]+)#)?([a-z0-9-]+)$/.exec(ref.trim());
  return m ? { policy: m[1] ?? null, clause: m[2]! } : null;
}

function truncate(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1).trimEnd()}…`;
}

/** The offset, within the YAML text, of the node at `path` (or of its nearest existing parent). */
function yamlOffset(doc: Document, path: readonly string[]): number {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) {
      // Point at the key, not the value, where the parent is a map.
      if (n > 0) {
        const parent = doc.getIn(path.slice(0, n - 1), true);
        if (isMap(parent)) {
          const pair = parent.items.find((p) => isNode(p.key) && String((p.key as { value?: unknown }).value) === path[n - 1]);
          if (pair && isNode(pair.key) && pair.key.range) return pair.key.range[0];
        }
      }
      return node.range[0];
    }
  }
  return 0;
}
