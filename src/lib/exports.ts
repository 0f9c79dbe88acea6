/**
 * Open data: the library as JSON, one file per policy with an index (each
 * validated against a published JSON Schema), the law layer, and the
 * comparison as CSV (RFC 4180). Pure functions; the endpoints in
 * src/pages/data/ only serialise what these return.
 */
import { createHash } from 'node:crypto';
import {
  SCHEMA_VERSION,
  type ExportedIndex,
  type ExportedJurisdictions,
  type ExportedLetters,
  type ExportedPolicy,
} from './exports-schema.ts';
import type { RightsBook } from './letters/fill.ts';
import type { Jurisdiction } from './jurisdiction/model.ts';
import type { Policy } from './policy/model.ts';
import { notePlainText } from './policy/notes.ts';
import { ASPECTS, TOPICS } from './taxonomy.ts';
import {
  clausePath,
  comparisonCsvPath,
  JURISDICTIONS_DATA_PATH,
  jurisdictionPath,
  lawPath,
  policyDataPath,
  policyPath,
  rightsPath,
} from './urls.ts';
import { paginate } from './pagination.ts';
import { sourcePath } from './provenance.ts';
import { COMPARISON_CSV_HEADER, toCsv } from './csv.ts';

/** Absolute URL when the site's address is known, else a root-relative path. */
const absolute = (site: URL | undefined, path: string) => (site ? new URL(path, site).href : path);

/** One policy, whole, as its data file holds it. */
export function toPolicyJson(p: Policy, site?: URL): ExportedPolicy {
  return {
    schemaVersion: SCHEMA_VERSION,
    slug: p.slug,
    url: absolute(site, policyPath(p.slug)),
    title: p.title,
    originalTitle: p.originalTitle,
    owner: p.owner,
    website: p.website,
    language: p.language,
    country: p.country,
    source: { file: p.source, sha256: p.sourceSha256, url: absolute(site, sourcePath(p.source)), ...p.provenance },
    dates: { updated: p.updated, effective: p.effective },
    jurisdictions: p.jurisdictions.map((j) => ({ ...j, url: absolute(site, jurisdictionPath(j.id)) })),
    legalContext: p.legalContext,
    summary: p.summary,
    clauses: p.clauses.map((c) => ({
      id: c.id,
      url: absolute(site, clausePath(p.slug, c.id)),
      section: c.section,
      kind: c.kind,
      label: c.label,
      original: c.original,
      translation: c.translation,
      topics: [...c.topics],
      gdpr: [...c.gdpr],
      laws: c.laws.map((l) => ({ ...l, url: absolute(site, lawPath(l.law)) })),
      assessment: c.assessment,
      note: c.note === null ? null : notePlainText(c.note),
      translatorNote: c.translatorNote === null ? null : notePlainText(c.translatorNote),
      seeAlso: c.seeAlso.map((ref) => absolute(site, clausePath(ref.policy ?? p.slug, ref.clause))),
    })),
    // Object.fromEntries cannot know that every aspect is a key; ASPECTS lists them all.
    findings: Object.fromEntries(
      ASPECTS.map((a) => [
        a.id,
        { status: p.findings[a.id].status, value: p.findings[a.id].value, clauses: [...p.findings[a.id].clauses] },
      ]),
    ) as ExportedPolicy['findings'],
  };
}

/** The text of a policy's data file (the index hashes exactly these bytes). */
export const policyFileText = (p: Policy, site?: URL): string => JSON.stringify(toPolicyJson(p, site), null, 2);

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The index: the taxonomy and, for each policy, its URL, its data file and the file's hash. */
export function toLibraryIndex(policies: readonly Policy[], jurisdictions: readonly Jurisdiction[], site?: URL): ExportedIndex {
  return {
    schemaVersion: SCHEMA_VERSION,
    aspects: ASPECTS.map((a) => ({ id: a.id, label: a.label, group: a.group, gdpr: [...a.gdpr], checklist: a.checklist })),
    topics: TOPICS.map((t) => ({ id: t.id, label: t.label })),
    jurisdictions: { url: absolute(site, JURISDICTIONS_DATA_PATH), ids: jurisdictions.map((j) => j.id) },
    comparison: comparisonCsvParts(policies).map((part) => absolute(site, part.path)),
    policies: policies.map((p) => ({
      slug: p.slug,
      url: absolute(site, policyPath(p.slug)),
      title: p.title,
      language: p.language,
      country: p.country,
      jurisdictions: p.jurisdictions.map((j) => j.id),
      data: { url: absolute(site, policyDataPath(p.slug)), sha256: sha256(policyFileText(p, site)) },
      sourceSha256: p.sourceSha256,
      source: { url: absolute(site, sourcePath(p.source)), ...p.provenance },
    })),
  };
}

/**
 * The text of /data/index.json: indented like the other data files, except
 * that each policy's entry is one line, which keeps the index a third
 * smaller at thousands of policies and one line per policy for `grep` and diffs.
 */
export function libraryIndexText(index: ExportedIndex): string {
  const head = JSON.stringify({ ...index, policies: [] }, null, 2);
  if (index.policies.length === 0) return head;
  const lines = index.policies.map((p) => `    ${JSON.stringify(p)}`).join(',\n');
  return head.replace(/"policies": \[\]\n\}$/, () => `"policies": [\n${lines}\n  ]\n}`);
}

/** The law layer, every fact with its sources. */
export function toJurisdictionsJson(jurisdictions: readonly Jurisdiction[]): ExportedJurisdictions {
  return {
    schemaVersion: SCHEMA_VERSION,
    jurisdictions: jurisdictions.map(({ file: _file, ...rest }) => rest) as ExportedJurisdictions['jurisdictions'],
  };
}

/** A policy's request letters, filled, with the law and article each cites. */
export function toLettersJson(policy: Policy, books: readonly RightsBook[], site?: URL): ExportedLetters {
  return {
    schemaVersion: SCHEMA_VERSION,
    policy: policy.slug,
    url: absolute(site, rightsPath(policy.slug)),
    books: books.map((b) => ({
      jurisdiction: b.jurisdiction.id,
      law: b.law.id,
      language: b.template.language,
      letters: b.letters.map((l) => ({
        id: l.id,
        right: l.right,
        name: l.name,
        article: l.article,
        law: l.law.id,
        to: l.to,
        subject: { ...l.subject },
        letter: { ...l.letter },
      })),
    })),
  };
}

/**
 * Policies per part of the comparison CSV. A policy takes about 6 KB of CSV,
 * so a part stays near 3 MB, well within the 5 MB this project allows a file.
 */
export const COMPARISON_CSV_POLICIES = 500;

/** A file of the comparison CSV and the policies it holds. */
export interface ComparisonCsvPart {
  /** The file's name in /data/ without `.csv`: `comparison`, or `comparison-1`, `comparison-2`… */
  readonly name: string;
  readonly path: string;
  readonly policies: readonly Policy[];
}

/** The comparison CSV's files: one (`/data/comparison.csv`) while the library fits in one part, else numbered parts. */
export function comparisonCsvParts(policies: readonly Policy[]): ComparisonCsvPart[] {
  const parts = paginate(policies, COMPARISON_CSV_POLICIES);
  const name = (n: number) => (parts.length === 1 ? 'comparison' : `comparison-${n}`);
  return parts.map((p) => ({ name: name(p.number), path: comparisonCsvPath(name(p.number)), policies: p.items }));
}

/** The CSV writer is shared with the comparison page's download (src/lib/csv.ts). */
export { COMPARISON_CSV_HEADER, csvField, toCsv } from './csv.ts';

/** One row per policy and aspect (evidence URLs separated by spaces), then one row per jurisdiction that applies (aspect `jurisdiction`, status its basis, evidence its page). */
export function toComparisonCsv(policies: readonly Policy[], site?: URL, header = true): string {
  const rows: string[][] = header ? [[...COMPARISON_CSV_HEADER]] : [];
  for (const p of policies) {
    for (const a of ASPECTS) {
      const f = p.findings[a.id];
      rows.push([p.slug, a.id, f.status, f.value, f.clauses.map((id) => absolute(site, clausePath(p.slug, id))).join(' ')]);
    }
    for (const j of p.jurisdictions)
      rows.push([p.slug, 'jurisdiction', j.basis, `${j.id}: ${j.reason}`, absolute(site, jurisdictionPath(j.id))]);
  }
  return rows.length ? toCsv(rows) : '';
}
