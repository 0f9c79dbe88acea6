/**
 * Open data: the whole library as JSON (validated against a published JSON
 * Schema) and the comparison as CSV (RFC 4180). Pure functions; the endpoints
 * in src/pages/data/ only serialise what these return.
 */
import { SCHEMA_VERSION, type ExportedLibrary } from './exports-schema.ts';
import type { Policy } from './policy/model.ts';
import { notePlainText } from './policy/notes.ts';
import { ASPECTS, TOPICS } from './taxonomy.ts';
import { clausePath, policyPath } from './urls.ts';

/** Absolute URL when the site's address is known, else a root-relative path. */
const absolute = (site: URL | undefined, path: string) => (site ? new URL(path, site).href : path);

export function toPoliciesJson(policies: readonly Policy[], site?: URL): ExportedLibrary {
  return {
    schemaVersion: SCHEMA_VERSION,
    aspects: ASPECTS.map((a) => ({ id: a.id, label: a.label, group: a.group, gdpr: [...a.gdpr], checklist: a.checklist })),
    topics: TOPICS.map((t) => ({ id: t.id, label: t.label })),
    policies: policies.map((p) => ({
      slug: p.slug,
      url: absolute(site, policyPath(p.slug)),
      title: p.title,
      originalTitle: p.originalTitle,
      owner: p.owner,
      website: p.website,
      language: p.language,
      country: p.country,
      source: { file: p.source, sha256: p.sourceSha256 },
      dates: { updated: p.updated, effective: p.effective },
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
        assessment: c.assessment,
        note: c.note === null ? null : notePlainText(c.note),
        translatorNote: c.translatorNote === null ? null : notePlainText(c.translatorNote),
        seeAlso: c.seeAlso.map((ref) => absolute(site, clausePath(ref.policy ?? p.slug, ref.clause))),
      })),
      // Object.fromEntries cannot know that every aspect is a key; ASPECTS lists them all.
      findings: Object.fromEntries(
        ASPECTS.map((a) => {
          const f = p.findings[a.id];
          return [a.id, { status: f.status, value: f.value, clauses: [...f.clauses] }];
        }),
      ) as ExportedLibrary['policies'][number]['findings'],
    })),
  };
}

/** One RFC 4180 field: quoted when it holds a comma, a quote, CR or LF; quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export const COMPARISON_CSV_HEADER = ['policy', 'aspect', 'status', 'value', 'evidence'] as const;

/** One row per policy and aspect; evidence URLs separated by spaces. */
export function toComparisonCsv(policies: readonly Policy[], site?: URL): string {
  const rows: string[][] = [[...COMPARISON_CSV_HEADER]];
  for (const p of policies)
    for (const a of ASPECTS) {
      const f = p.findings[a.id];
      rows.push([p.slug, a.id, f.status, f.value, f.clauses.map((id) => absolute(site, clausePath(p.slug, id))).join(' ')]);
    }
  return toCsv(rows);
}
