/**
 * Stage three of parsing: what the clauses, references and findings say.
 * Each check reports to the file's `Problems` and returns what it built, so
 * every problem in a file is found in one pass.
 */
import { ASPECT_IDS, type AspectId } from '../taxonomy.ts';
import { attributeRecord, type Attribute } from './format.ts';
import type { RawClause, RawSection } from './body.ts';
import type { FrontmatterResult } from './frontmatter.ts';
import type { Clause, ClauseRef, Finding, Section } from './model.ts';
import { noteLinks } from './notes.ts';
import type { Problems } from './problems.ts';
import { clauseAttributesSchema, ID_PATTERN, sectionAttributesSchema } from './schema.ts';
import { didYouMean } from './suggest.ts';

/** A reference from a clause to a clause, with where it is written. */
export interface Reference {
  readonly from: string;
  readonly ref: ClauseRef;
  readonly offset: number;
}

/** `clause-id` or `policy-slug#clause-id`. */
export function parseClauseRef(ref: string): ClauseRef | null {
  const m = /^(?:([a-z0-9-]+)#)?([a-z0-9-]+)$/.exec(ref.trim());
  return m ? { policy: m[1] ?? null, clause: m[2]! } : null;
}

const truncate = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1).trimEnd()}…`);

/** The offset of the `index`-th item of a comma-separated attribute value. */
function itemOffset(attribute: Attribute, index: number): number {
  let seen = -1;
  let at = 0;
  for (const part of attribute.value.split(',')) {
    if (part.trim()) seen += 1;
    if (seen === index) return attribute.valueOffset + at + (part.length - part.trimStart().length);
    at += part.length + 1;
  }
  return attribute.offset;
}

/** Where an attribute problem is: the bad item of a list, the attribute, or else the tag. */
function attributeProblemOffset(attributes: readonly Attribute[], path: readonly PropertyKey[], tagStart: number): number {
  const attribute = attributes.find((a) => a.name === path[0]);
  if (!attribute) return tagStart;
  return typeof path[1] === 'number' ? itemOffset(attribute, path[1]) : attribute.offset;
}

/** Checks every section and clause id: kebab-case, and unique across both. Returns the ids of all clauses written. */
export function claimIds(sections: readonly RawSection[], problems: Problems): Set<string> {
  const first = new Map<string, number>();
  const clauseIds = new Set<string>();
  const claim = (attributes: readonly Attribute[], start: number, what: 'section' | 'clause') => {
    const id = attributes.find((a) => a.name === 'id');
    if (!id) return;
    const subject = `${what} "${id.value}"`;
    if (!ID_PATTERN.test(id.value))
      problems.at(
        start,
        `${what} id "${id.value}" must be kebab-case: lower-case letters and digits joined by single hyphens, e.g. "s5-retention-period"`,
        subject,
      );
    const earlier = first.get(id.value);
    if (earlier !== undefined)
      problems.at(
        start,
        `duplicate id: "${id.value}" is already used at line ${problems.lineOf(earlier)}; ids must be unique in a policy`,
        subject,
      );
    else first.set(id.value, start);
    if (what === 'clause') clauseIds.add(id.value);
  };
  for (const section of sections) {
    claim(section.attributes, section.start, 'section');
    for (const clause of section.clauses) claim(clause.attributes, clause.start, 'clause');
  }
  return clauseIds;
}

/** A section's id, and its clauses checked; null when its attributes are wrong. */
export function checkSection(
  raw: RawSection,
  problems: Problems,
  references: Reference[],
  law?: { known: KnownLaw | undefined; allowed: ReadonlySet<string> | null },
): Section | null {
  const attributes = sectionAttributesSchema.safeParse(attributeRecord(raw.attributes));
  if (!attributes.success) {
    for (const issue of attributes.error.issues)
      problems.at(raw.start, `<Section> ${issue.path.join('.')} ${issue.message}`.replace(/\s+/g, ' '));
    return null;
  }
  const subject = `section "${attributes.data.id}"`;
  if (raw.clauses.length === 0) problems.at(raw.start, 'section has no clauses', subject);
  const clauses = raw.clauses
    .filter((c) => !c.incomplete)
    .map((c) => checkClause(c, attributes.data.id, problems, references, law))
    .filter((c): c is Clause => c !== null);
  const heading = clauses[0]?.kind === 'heading' ? clauses[0] : null;
  return { id: attributes.data.id, heading, clauses, line: problems.lineOf(raw.start) };
}

/** What every clause needs, and what a policy clause needs besides. */
function checkContent(
  raw: RawClause,
  kind: Clause['kind'],
  has: { label: boolean; topics: boolean; assessment: boolean },
  problems: Problems,
  subject: string,
): void {
  const { Original: original, Translation: translation, Note: note } = raw.children;
  if (!original) problems.at(raw.start, 'has no <Original>; every clause holds its source text', subject);
  else if (!original.text.trim()) problems.at(original.start, '<Original> is empty; it must hold the source text exactly', subject);
  if (!translation?.text.trim()) problems.at(translation?.start ?? raw.start, 'has no translation; add a non-empty <Translation>', subject);
  if (kind !== 'policy') return;
  if (!has.label) problems.at(raw.start, 'policy clause needs a label="…" (a short English label)', subject);
  if (!has.topics) problems.at(raw.start, 'policy clause needs at least one topic in topics="…"', subject);
  if (!has.assessment) problems.at(raw.start, 'policy clause needs an assessment="positive|neutral|concern|serious"', subject);
  if (!note?.text.trim()) problems.at(raw.start, 'policy clause needs a <Note> that says what it means for the reader', subject);
}

/** The references a clause makes: its `seeAlso` entries and the clause links in its notes. */
function clauseReferences(raw: RawClause, id: string, seeAlso: readonly string[], problems: Problems, subject: string) {
  const attribute = raw.attributes.find((a) => a.name === 'seeAlso');
  const authored: Reference[] = [];
  seeAlso.forEach((entry, i) => {
    const ref = parseClauseRef(entry);
    const offset = attribute ? itemOffset(attribute, i) : raw.start;
    if (ref) authored.push({ from: id, ref, offset });
    else problems.at(offset, `seeAlso entry "${entry}" must be "clause-id" or "policy-slug#clause-id"`, subject);
  });
  const inNotes: Reference[] = [];
  for (const field of ['Note', 'TranslatorNote'] as const) {
    const child = raw.children[field];
    if (!child) continue;
    const lead = child.text.length - child.text.trimStart().length;
    for (const link of noteLinks(child.text.trim())) {
      const offset = child.textOffset + lead + link.index;
      if (link.kind === 'invalid')
        problems.at(
          offset,
          `<${field}> link "${link.href}" must be "#clause-id", "/policies/<slug>/#clause-id" or an https:// URL`,
          subject,
        );
      else if (link.kind === 'clause') inNotes.push({ from: id, ref: link.ref, offset });
    }
  }
  return { authored, inNotes };
}

/** What the parser knows of the law layer, to check the ids a policy names; absent, those checks are skipped. */
export interface KnownLaw {
  /** Jurisdiction id → its union (if any) and its laws' ids. */
  readonly jurisdictions: ReadonlyMap<string, { readonly memberOf?: string | undefined; readonly laws: readonly string[] }>;
}

/** A clause's `law` attribute read into references, each checked against the laws of the policy's jurisdictions. */
function lawReferences(
  raw: RawClause,
  entries: readonly string[],
  known: KnownLaw | undefined,
  allowed: ReadonlySet<string> | null,
  problems: Problems,
  subject: string,
): Clause['laws'] {
  const attribute = raw.attributes.find((a) => a.name === 'law');
  const out: { law: string; article: string }[] = [];
  entries.forEach((entry) => {
    const [law = '', ...rest] = entry.split(/\s+/);
    const offset = attribute ? attribute.valueOffset + Math.max(0, attribute.value.indexOf(entry)) : raw.start;
    if (rest.length === 0)
      return problems.at(offset, `law reference "${entry}" needs a law id and an article, e.g. "cz-act-127-2005 § 89(3)"`, subject);
    out.push({ law, article: rest.join(' ') });
    if (!known || !allowed) return;
    const all = [...known.jurisdictions.values()].flatMap((j) => j.laws);
    if (!all.includes(law))
      problems.at(offset, `law "${law}" is in no jurisdiction file;${didYouMean(law, all)}`.replace(/;$/, ''), subject);
    else if (!allowed.has(law))
      problems.at(
        offset,
        `law "${law}" is not a law of this policy's jurisdictions (add the jurisdiction to the frontmatter, or cite another law)`,
        subject,
      );
  });
  return out;
}

/** Checks one clause's attributes and children; returns the clause, or null when its attributes are wrong. */
export function checkClause(
  raw: RawClause,
  section: string,
  problems: Problems,
  references: Reference[],
  law?: { known: KnownLaw | undefined; allowed: ReadonlySet<string> | null },
): Clause | null {
  const record = attributeRecord(raw.attributes);
  const subject = `clause "${record['id'] ?? '(no id)'}"`;
  const parsed = clauseAttributesSchema.safeParse(record);
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const name = issue.path[0] === undefined ? '' : `attribute "${String(issue.path[0])}" `;
      problems.at(attributeProblemOffset(raw.attributes, issue.path, raw.start), `${name}${issue.message}`, subject);
    }
  // A clause whose attributes are wrong is not checked further: its kind, and so its rules, are unknown.
  if (!parsed.success) return null;
  const a = parsed.data;
  checkContent(raw, a.kind, { label: Boolean(a.label), topics: a.topics.length > 0, assessment: Boolean(a.assessment) }, problems, subject);
  const { authored, inNotes } = clauseReferences(raw, a.id, a.seeAlso, problems, subject);
  references.push(...authored, ...inNotes);
  const translation = (raw.children.Translation?.text ?? '').trim();
  const firstLine = translation.split('\n')[0]!.trim();
  return {
    id: a.id,
    kind: a.kind,
    label: a.label ?? (a.kind === 'heading' ? truncate(firstLine, 80) : a.kind === 'chrome' ? 'Page chrome' : a.id),
    original: raw.children.Original?.text ?? '',
    translation,
    topics: a.topics,
    gdpr: a.gdpr,
    laws: lawReferences(raw, a.law, law?.known, law?.allowed ?? null, problems, subject),
    assessment: a.assessment ?? null,
    note: raw.children.Note?.text.trim() || null,
    translatorNote: raw.children.TranslatorNote?.text.trim() || null,
    seeAlso: authored.map((r) => r.ref),
    noteRefs: inNotes.map((r) => r.ref),
    section,
    line: problems.lineOf(raw.start),
  };
}

/** Every reference within the policy must name a clause written in it (references to other policies are checked by the library). */
export function checkReferences(references: readonly Reference[], clauseIds: ReadonlySet<string>, problems: Problems): void {
  for (const { from, ref, offset } of references)
    if (ref.policy === null && !clauseIds.has(ref.clause))
      problems.at(
        offset,
        `refers to clause "${ref.clause}", which does not exist in this policy;${didYouMean(ref.clause, clauseIds)}`.replace(/;$/, ''),
        `clause "${from}"`,
      );
}

/**
 * Every jurisdiction the frontmatter names must exist; returns the laws a
 * clause of this policy may cite (its jurisdictions' and their unions'), or
 * null when the law layer is not known here.
 */
export function checkJurisdictions(front: FrontmatterResult, known: KnownLaw | undefined, problems: Problems): ReadonlySet<string> | null {
  if (!known || !front.meta) return null;
  const laws = new Set<string>();
  front.meta.jurisdictions.forEach((ref, i) => {
    const j = known.jurisdictions.get(ref.id);
    if (!j)
      return problems.at(
        front.offsetOf(['jurisdictions', String(i), 'id']),
        `unknown jurisdiction "${ref.id}";${didYouMean(ref.id, known.jurisdictions.keys())} the jurisdictions are the files in src/content/jurisdictions/`,
        `jurisdiction "${ref.id}"`,
      );
    for (const law of j.laws) laws.add(law);
    for (const law of (j.memberOf ? known.jurisdictions.get(j.memberOf)?.laws : undefined) ?? []) laws.add(law);
  });
  return laws;
}

/** Every contact is given by the clause it cites, word for word (white space aside). */
export function checkContacts(front: FrontmatterResult, sections: readonly Section[], problems: Problems): void {
  const squash = (s: string) => s.replace(/\s+/g, ' ');
  const clauses = new Map(sections.flatMap((s) => s.clauses.map((c) => [c.id, c] as const)));
  front.meta?.contacts.forEach((contact, i) => {
    const clause = clauses.get(contact.clause);
    const at = front.offsetOf(['contacts', String(i), 'clause']);
    if (!clause)
      problems.at(
        at,
        `cites clause "${contact.clause}", which does not exist in this policy;${didYouMean(contact.clause, clauses.keys())}`.replace(
          /;$/,
          '',
        ),
        `contact "${contact.value}"`,
      );
    else if (!squash(clause.original).includes(squash(contact.value)))
      problems.at(
        at,
        `clause "${contact.clause}" does not give "${contact.value}" in its original; a contact must be written as the policy writes it`,
        `contact "${contact.value}"`,
      );
  });
}

/** One finding per aspect, each citing clauses that exist; returns them keyed by aspect. */
export function checkFindings(
  front: FrontmatterResult,
  clauseIds: ReadonlySet<string>,
  problems: Problems,
): Record<AspectId, Finding> | null {
  const meta = front.meta;
  if (!meta) return null;
  const at = (path: string[]) => front.offsetOf(path);
  for (const key of Object.keys(meta.findings))
    if (!(ASPECT_IDS as readonly string[]).includes(key))
      problems.at(
        at(['findings', key]),
        `unknown aspect "${key}";${didYouMean(key, ASPECT_IDS)} the aspects are listed in src/lib/taxonomy.ts`,
        `finding "${key}"`,
      );
  const findings: Partial<Record<AspectId, Finding>> = {};
  for (const aspect of ASPECT_IDS) {
    const f = meta.findings[aspect];
    if (!f) {
      problems.at(
        at(['findings']),
        `has no finding for aspect "${aspect}"; every aspect needs one (use status: not-stated after reading the whole policy)`,
        'findings',
      );
      continue;
    }
    const subject = `finding "${aspect}"`;
    if (f.status === 'not-stated' && f.clauses.length > 0)
      problems.at(at(['findings', aspect, 'clauses']), 'is "not-stated" but cites clauses; cite none, or choose another status', subject);
    if (f.status !== 'not-stated' && f.clauses.length === 0)
      problems.at(
        at(['findings', aspect, 'clauses']),
        `is "${f.status}" but cites no clause; list the ids of its evidence in clauses: [...]`,
        subject,
      );
    f.clauses.forEach((id, i) => {
      if (!clauseIds.has(id))
        problems.at(
          at(['findings', aspect, 'clauses', String(i)]),
          `cites clause "${id}", which does not exist in this policy;${didYouMean(id, clauseIds)}`.replace(/;$/, ''),
          subject,
        );
    });
    findings[aspect] = { aspect, status: f.status, value: f.value, clauses: f.clauses };
  }
  return findings as Record<AspectId, Finding>;
}
