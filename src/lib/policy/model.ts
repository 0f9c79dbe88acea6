/**
 * The typed model of the library. `parsePolicy()` builds these objects from a
 * policy file; every page, the search index, the comparison and the data
 * exports read them and nothing else.
 */
import type { AspectId, AssessmentId, ClauseKind, CountryId, FindingStatus, LanguageId, TopicId } from '../taxonomy.ts';

/** A reference to a clause: in the same policy (`policy` is null) or in another one. */
export interface ClauseRef {
  readonly policy: string | null;
  readonly clause: string;
}

/** One clause: a unit of the source text with its translation and annotation. */
export interface Clause {
  readonly id: string;
  readonly kind: ClauseKind;
  /** Short English label; for headings their translation, for chrome a fixed phrase. */
  readonly label: string;
  /** The source text exactly as captured (no Markdown, nothing repaired). */
  readonly original: string;
  readonly translation: string;
  readonly topics: readonly TopicId[];
  /** GDPR article references such as `13(1)(c)`. */
  readonly gdpr: readonly string[];
  readonly assessment: AssessmentId | null;
  /** Plain-English annotation; may hold Markdown links to clauses. */
  readonly note: string | null;
  readonly translatorNote: string | null;
  readonly seeAlso: readonly ClauseRef[];
  /** Id of the section the clause belongs to. */
  readonly section: string;
  /** 1-based line in the policy file where the clause starts (for error messages). */
  readonly line: number;
}

export interface Section {
  readonly id: string;
  /** The section's heading clause, when its first clause is a heading. */
  readonly heading: Clause | null;
  readonly clauses: readonly Clause[];
  readonly line: number;
}

/** How one policy answers one comparison aspect. */
export interface Finding {
  readonly aspect: AspectId;
  readonly status: FindingStatus;
  readonly value: string;
  /** Ids of the clauses that are the evidence. Empty only for `not-stated`. */
  readonly clauses: readonly string[];
}

export interface PolicyMeta {
  readonly title: string;
  readonly shortName: string;
  readonly originalTitle: string;
  readonly owner: string | null;
  readonly website: string | null;
  readonly language: LanguageId;
  readonly country: CountryId | null;
  readonly countryBasis: string;
  readonly source: string;
  readonly updated: string | null;
  readonly effective: string | null;
  readonly legalContext: string;
  readonly summary: string;
}

export interface Policy extends PolicyMeta {
  readonly slug: string;
  /** The policy file, relative to the project root. */
  readonly file: string;
  readonly sections: readonly Section[];
  /** All clauses in document order. */
  readonly clauses: readonly Clause[];
  readonly findings: Readonly<Record<AspectId, Finding>>;
}
