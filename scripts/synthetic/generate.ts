/**
 * One synthetic policy, in small steps: invent the shop, choose what its
 * policy says, build the sections and clauses, annotate them, derive the
 * findings and the summary, and write the file with the project's own writer
 * (src/lib/policy/format.ts), so it reads back as written.
 *
 * Every step draws from one seeded sequence, in a fixed order: policy `i` of
 * seed `s` is the same file whatever the size of the library. Changing the
 * order of the draws changes every policy after the change.
 */
import { stringify } from 'yaml';
import { writePolicyFile, type ClauseDraft, type SectionDraft } from '../../src/lib/policy/format.ts';
import { webAddressesIn } from '../../src/lib/provenance.ts';
import { ASPECTS, type AspectId, type AssessmentId, type TopicId } from '../../src/lib/taxonomy.ts';
import { kebab } from '../new-policy/segment.ts';
import {
  JURISDICTIONS,
  LANGS,
  NATIONAL_LAW,
  SECTION_ROLES,
  SYNTHETIC_LANGUAGES,
  type LanguageData,
  type Pair,
  type SectionRole,
  type SyntheticLanguage,
} from './languages.ts';
import { ASSESSMENT_REASONS, ELABORATIONS, NOTE_FILLERS, PHRASES, TN_FILLERS, type Phrase } from './phrases.ts';
import { policySeed, Random } from './random.ts';

export interface SyntheticPolicy {
  readonly index: number;
  readonly slug: string;
  readonly language: SyntheticLanguage;
  /** File name in `sources/`. */
  readonly sourceName: string;
  /** The source text: the originals of all clauses, joined in order. */
  readonly sourceText: string;
  /** The complete `src/content/policies/<slug>.mdx` file. */
  readonly mdx: string;
  readonly clauseCount: number;
}

/** A clause while it is being built: the writer's fields, and what the findings and the note are derived from. */
interface DraftClause {
  id: string;
  kind: 'policy' | 'heading' | 'chrome';
  label?: string;
  topics?: readonly TopicId[];
  gdpr?: readonly string[];
  assessment?: AssessmentId;
  /** The comparison aspects the clause is evidence for. */
  aspects?: readonly AspectId[];
  original: string;
  translation: string;
  note?: string;
  translatorNote?: string;
  seeAlso?: string[];
  /** National-law provisions the clause cites (`law="…"`). */
  laws?: readonly { law: string; article: string }[];
  /** The clause's own English gist, for the note. */
  gist?: string;
}

interface DraftSection {
  id: string;
  clauses: DraftClause[];
}

/** The made-up shop a policy belongs to. */
interface Identity {
  readonly slug: string;
  readonly sourceName: string;
  readonly domain: string;
  /** A date in the policy's year (YYYY-MM-DD), its effective date if it states one. */
  readonly isoDate: string;
  /** What `{name}` placeholders are filled with. */
  readonly values: Readonly<Record<string, string>>;
}

/** How a policy is laid out. */
interface Shape {
  /** Clauses in all, like the real five (18–53). */
  readonly total: number;
  readonly chromeCount: number;
  readonly numberHeadings: boolean;
  readonly numberClauses: boolean;
}

const SEVERITY: Record<AssessmentId, number> = { positive: 0, neutral: 1, concern: 2, serious: 3 };
const cap = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);
const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);
const stripNumber = (s: string) => s.replace(/^\d+(\.\d+)?\.? /, '').replace(/\n\s*•\s*/g, ' ');
const truncate = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1).trimEnd()}…`);

/** Fills `{name}` placeholders with the policy's values (unknown names stay as they are). */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
}

/** An attribute value the policy format can hold: straight double quotes become typographic ones. */
export function attributeText(s: string): string {
  return s.replace(/"([^"]*)"/g, '“$1”').replace(/"/g, '”');
}

/** A made-up name in the language's letters, two or three syllables. */
function inventName(r: Random, L: LanguageData): string {
  return cap(Array.from({ length: r.int(2, 3) }, () => r.pick(L.syllables)).join(''));
}

/** Invents the shop: names, ASCII domain and slug (transliterated like `npm run new-policy` does), source file, date and contact values. */
function inventIdentity(r: Random, index: number, language: SyntheticLanguage): Identity {
  const L = LANGS[language];
  const baseName = inventName(r, L);
  const latinBase = kebab(baseName).replace(/-/g, '') || 'shop';
  const domain = `${latinBase}${r.pick(['', 'shop', '-store', 'market', 'mall', ''])}.${L.tld}`;
  const num = String(index + 1).padStart(5, '0');
  const slug = `syn-${num}-${latinBase.slice(0, 20)}-${language}`;
  const sourceName = `syn-${num}_${r.hex(16)}.txt`;
  const [year, month, day] = [r.int(2018, 2025), r.int(1, 12), r.int(1, 28)] as const;
  const city = r.pick(L.cities);
  const values: Record<string, string> = {
    company: L.company(baseName),
    city,
    domain,
    address: L.street(inventName(r, L), r.int(1, 180), city),
    regno: L.regno(r),
    email: `${r.pick(['info', 'shop', 'gdpr', 'support', 'privacy'])}@${domain}`,
    dpo: `dpo@${domain}`,
    phone: L.phone(r),
    payment: r.pick(L.payments),
    carrier: r.sample(L.carriers, r.int(1, 3)).join(', '),
    cloud: r.pick(['Google Cloud', 'Amazon Web Services', 'Microsoft Azure', 'Mailchimp', 'Shopify']),
    tracker: r.sample(['Google Analytics', 'Meta Pixel', 'Yandex.Metrica', 'Hotjar', 'TikTok Pixel'], r.int(1, 2)).join(', '),
    product: `${inventName(r, L)} ${String.fromCharCode(65 + r.int(0, 25))}${r.int(1, 99)}`,
    program: `${inventName(r, L)} Club`,
    years: String(r.int(2, 10)),
    age: String(r.pick([13, 15, 16, 18])),
    date: L.date(year, month, day),
  };
  const isoDate = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { slug, sourceName, domain, isoDate, values };
}

/** Chooses the layout: clause count, page chrome, and whether headings and clauses are numbered. */
function chooseShape(r: Random): Shape {
  const total = r.int(18, 53);
  const chromeCount = r.chance(0.45) ? r.int(1, 3) : 0;
  const numberHeadings = r.chance(0.6);
  const numberClauses = numberHeadings && r.chance(0.6);
  return { total, chromeCount, numberHeadings, numberClauses };
}

/** Chooses what the policy says: each phrase by its own probability (more when the policy is long), in at least seven sections. */
function choosePhrases(r: Random, total: number): { chosen: Phrase[]; roles: SectionRole[] } {
  const boost = (total - 18) / 35; // 0 … 1
  let chosen = PHRASES.filter((p) => r.chance(Math.min(0.98, p.p * (0.75 + 0.6 * boost))));
  if (!chosen.some((p) => p.section === 'intro')) chosen.unshift(PHRASES[0]!);
  const rolesOf = () => SECTION_ROLES.filter((role) => chosen.some((p) => p.section === role));
  let roles = rolesOf();
  // Too few sections: add the likeliest missing phrase from a missing section.
  while (roles.length < 7) {
    chosen.push(PHRASES.filter((p) => !roles.includes(p.section)).sort((a, b) => b.p - a.p)[0]!);
    roles = rolesOf();
  }
  chosen = PHRASES.filter((p) => chosen.includes(p));
  return { chosen, roles };
}

/** Groups the phrases into `count` units of text, one clause each: restating a phrase when short (as real policies do), merging neighbours in a section when over. */
function planUnits(r: Random, chosen: readonly Phrase[], count: number): Phrase[][] {
  const units: Phrase[][] = chosen.map((p) => [p]);
  while (units.length < count) units.splice(r.int(0, units.length), 0, [r.pick(chosen)]);
  units.sort((a, b) => SECTION_ROLES.indexOf(a[0]!.section) - SECTION_ROLES.indexOf(b[0]!.section));
  for (let guard = 0; units.length > count && guard < 1000; guard++) {
    const i = r.int(0, units.length - 2);
    if (units[i]![0]!.section === units[i + 1]![0]!.section) units.splice(i, 2, [...units[i]!, ...units[i + 1]!]);
  }
  return units;
}

/** Hands out ids unique within a policy (`s2-heading`, then `s2-heading-2`). */
function idClaimer(): (base: string) => string {
  const used = new Set<string>();
  return (base) => {
    let id = base;
    for (let k = 2; used.has(id); k++) id = `${base}-${k}`;
    used.add(id);
    return id;
  };
}

/** A section of `count` clauses of page chrome (menu words, buttons) captured with the text, at the top or the bottom. */
function chromeSection(r: Random, L: LanguageData, claim: (base: string) => string, where: 'top' | 'bottom', count: number): DraftSection {
  const id = claim(`${where}-chrome`);
  const clauses = Array.from({ length: count }, (_, k): DraftClause => {
    const [original, translation] = r.pick(L.chrome);
    const note = `Page chrome: a menu or widget label from the web page ("${translation}"), captured with the text. It is not part of the policy.`;
    return { id: claim(`${where}-chrome-${k + 1}`), kind: 'chrome', original, translation, note };
  });
  return { id, clauses };
}

/** A policy clause saying the phrases of `unit`, then 0–3 qualifying sentences, annotated from its phrases. */
function policyClause(
  r: Random,
  language: SyntheticLanguage,
  values: Identity['values'],
  unit: readonly Phrase[],
  id: string,
  prefix: string,
): DraftClause {
  const extra = r.sample(
    ELABORATIONS[language],
    r.weighted([
      [0, 18],
      [1, 38],
      [2, 30],
      [3, 14],
    ] as const),
  );
  const pairs: Pair[] = [...unit.map((p) => p.text[language]), ...extra].map(([o, e]) => [fill(o, values), fill(e, values)] as const);
  const sep = pairs.length > 1 && r.chance(0.25) ? '\n' : ' ';
  const worst = unit.map((p) => p.assessment).sort((a, b) => SEVERITY[b] - SEVERITY[a])[0]!;
  return {
    id,
    kind: 'policy',
    label: attributeText(unit[0]!.label),
    topics: [...new Set(unit.flatMap((p) => p.topics))].slice(0, 4),
    gdpr: [...new Set(unit.flatMap((p) => p.gdpr))],
    assessment: r.chance(0.8) ? worst : r.pick(['positive', 'neutral', 'concern'] as const),
    aspects: [...new Set(unit.flatMap((p) => p.aspects))],
    original: prefix + pairs.map(([o]) => o).join(sep),
    translation: prefix + pairs.map(([, e]) => e).join(sep),
    gist: unit.map((p) => fill(p.text[language][1], values)).join(' '),
  };
}

/** Section number `n` of `role`: its heading (the policy's title in the first) and the clauses of its units. */
function roleSection(
  r: Random,
  language: SyntheticLanguage,
  identity: Identity,
  shape: Shape,
  units: readonly Phrase[][],
  role: SectionRole,
  n: number,
  title: Pair,
  claim: (base: string) => string,
): DraftSection {
  const id = claim(`s${n}-${role}`);
  const [ho, he] = LANGS[language].headings[role];
  const heading: DraftClause =
    n === 1
      ? { id: claim('title'), kind: 'heading', original: title[0], translation: title[1] }
      : {
          id: claim(`s${n}-heading`),
          kind: 'heading',
          original: shape.numberHeadings ? `${n}. ${ho}` : ho,
          translation: shape.numberHeadings ? `${n}. ${he}` : he,
        };
  const clauses = [heading];
  units
    .filter((u) => u[0]!.section === role)
    .forEach((unit, ci) => {
      const prefix = shape.numberClauses ? `${n}.${ci + 1} ` : '';
      clauses.push(policyClause(r, language, identity.values, unit, claim(`s${n}-${ci + 1}-${unit[0]!.key}`), prefix));
    });
  return { id, clauses };
}

/** Every section of the policy in order, page chrome on top and at the bottom included; and the title it was given. */
function buildSections(
  r: Random,
  language: SyntheticLanguage,
  identity: Identity,
  shape: Shape,
  units: readonly Phrase[][],
  roles: readonly SectionRole[],
): { sections: DraftSection[]; title: Pair } {
  const L = LANGS[language];
  const claim = idClaimer();
  const sections: DraftSection[] = [];
  const topChrome = shape.chromeCount > 0 && r.chance(0.5) ? shape.chromeCount : 0;
  if (topChrome) sections.push(chromeSection(r, L, claim, 'top', topChrome));
  const title = r.pick(L.title);
  roles.forEach((role, si) => sections.push(roleSection(r, language, identity, shape, units, role, si + 1, title, claim)));
  if (shape.chromeCount > topChrome) sections.push(chromeSection(r, L, claim, 'bottom', shape.chromeCount - topChrome));
  return { sections, title };
}

/** A policy clause's note: what it says, why it has its assessment, stock sentences, and now and then a link to another clause. */
function writeNote(r: Random, c: DraftClause, policyIds: readonly string[]): string {
  const parts = [
    `${cap(c.label!)}. The clause says that ${lowerFirst(stripNumber(c.gist!))}`,
    r.pick(ASSESSMENT_REASONS[c.assessment!]),
    ...r.sample(NOTE_FILLERS, r.int(1, 3)),
  ];
  if (policyIds.length > 1 && r.chance(0.35))
    parts.push(`See also [the related clause](#${r.pick(policyIds.filter((id) => id !== c.id))}).`);
  return parts.join(' ');
}

/** Puts a real slip into an original (a repeated word, swapped letters or a stray backslash) and writes the translator's note on it; null if the text has too few words. */
function garble(r: Random, original: string): { original: string; note: string } | null {
  const words = [...original.matchAll(/[\p{L}]{5,}/gu)];
  if (words.length < 2) return null;
  const m = words[r.int(1, words.length - 1)]!;
  const [w, at] = [m[0], m.index];
  const kind = r.pick(['repeat', 'swap', 'backslash'] as const);
  const [before, after] = [original.slice(0, at), original.slice(at)];
  let out: string;
  let note: string;
  if (kind === 'repeat') {
    out = `${before}${w} ${after}`;
    note = `The source repeats the word "${w}" ("${w} ${w}"), a slip of the keyboard or the editor; the translation gives it once. Certain.`;
  } else if (kind === 'swap') {
    const i = r.int(1, w.length - 3);
    const typo = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
    if (typo === w) return null;
    out = `${before}${typo}${original.slice(at + w.length)}`;
    note = `"${typo}" is a typo for "${w}": two letters are swapped. The intended word is clear from the context and is translated as such. Certain.`;
  } else {
    out = `${before}\\${after}`;
    note = `The source has a stray backslash before "${w}". It is very likely an escape character left over from the website's code or the capture, not part of the text. It is kept in the original and left out of the translation. Near certain.`;
  }
  return { original: out, note: `${note} ${r.sample(TN_FILLERS, r.int(1, 3)).join(' ')}` };
}

/** Annotates every clause: notes and "see also" on policy clauses, and slips with translator's notes in about a quarter of the originals. */
function annotate(r: Random, clauses: readonly DraftClause[]): void {
  const policyIds = clauses.filter((c) => c.kind === 'policy').map((c) => c.id);
  for (const c of clauses) {
    if (c.kind === 'policy') {
      c.note = writeNote(r, c, policyIds);
      if (policyIds.length > 1 && r.chance(0.12)) c.seeAlso = [r.pick(policyIds.filter((id) => id !== c.id))];
    }
    if ((c.kind === 'policy' && r.chance(0.28)) || (c.kind === 'heading' && r.chance(0.08))) {
      const slip = garble(r, c.original);
      if (slip) [c.original, c.translatorNote] = [slip.original, slip.note];
    }
  }
}

/** Mixed into the policy's seed for the law citations' own draws, so that adding them changed no other part of a policy. */
const LAW_STREAM = 0x1a3c5e7f;

/** Has about a third of the clauses on a topic the real library cites national law for cite it, as the real policies do. */
function citeNationalLaw(r: Random, language: SyntheticLanguage, clauses: DraftClause[]): void {
  for (const c of clauses) {
    if (c.kind !== 'policy') continue;
    const refs = (c.topics ?? []).flatMap((t) => NATIONAL_LAW[language][t] ?? []);
    if (refs.length === 0 || !r.chance(0.35)) continue;
    c.laws = refs.filter((ref, i) => refs.findIndex((o) => o.law === ref.law && o.article === ref.article) === i);
  }
}

type Findings = Record<string, { status: string; value: string; clauses: string[] }>;

/** Every aspect's finding: stated, partial or unclear citing clauses that say it, or not-stated. */
function deriveFindings(r: Random, clauses: readonly DraftClause[]): Findings {
  const findings: Findings = {};
  for (const aspect of ASPECTS) {
    const evidence = clauses.filter((c) => c.aspects?.includes(aspect.id)).map((c) => c.id);
    if (evidence.length === 0) {
      findings[aspect.id] = { status: 'not-stated', value: `Nothing on ${aspect.label.toLowerCase()}`, clauses: [] };
      continue;
    }
    const cited = r.sample(evidence, r.int(1, Math.min(4, evidence.length)));
    const status = r.weighted([
      ['stated', 5],
      ['partial', 4],
      ['unclear', 1],
    ] as const);
    const labels = [...new Set(cited.map((id) => clauses.find((c) => c.id === id)!.label!))].join('; ');
    const value = status === 'stated' ? labels : `${status === 'partial' ? 'Partly' : 'Unclear'}: ${labels}`;
    findings[aspect.id] = { status, value: truncate(value, 200), clauses: cited };
  }
  return findings;
}

/** The summary: whose policy it is, a few of its clauses, and what it says nothing on. */
function writeSummary(
  r: Random,
  language: SyntheticLanguage,
  identity: Identity,
  clauses: readonly DraftClause[],
  findings: Findings,
): string {
  const missing = ASPECTS.filter((a) => findings[a.id]!.status === 'not-stated').map((a) => a.label.toLowerCase());
  const said = clauses.filter((c) => c.kind === 'policy').map((c) => stripNumber(c.translation));
  return [
    `A synthetic policy generated for the scaling benchmark, shaped like the real ones: the ${LANGS[language].title[0]![1].toLowerCase()} of the online shop ${identity.domain}, run by ${identity.values['company']!.replace(/\.$/, '')}.`,
    ...r.sample(said, Math.min(said.length, r.int(5, 9))),
    missing.length
      ? `It says nothing on ${missing.slice(0, 8).join(', ')}${missing.length > 8 ? ' and more' : ''}.`
      : 'It answers every question of the comparison.',
  ].join(' ');
}

/** The frontmatter, metadata and jurisdictions included, as YAML. */
function writeFrontmatter(
  r: Random,
  language: SyntheticLanguage,
  identity: Identity,
  title: Pair,
  effective: string | null,
  summary: string,
  findings: Findings,
  sourceText: string,
): string {
  // As a real policy records it: the address its text names, if any; no capture date.
  const named = webAddressesIn(sourceText)[0];
  const L = LANGS[language];
  const frontmatter = {
    title: title[1],
    shortName: truncate(identity.domain, 40),
    originalTitle: title[0],
    owner: r.chance(0.75) ? identity.values['company'] : null,
    website: r.chance(0.85) ? `https://www.${identity.domain}/` : null,
    language,
    country: r.chance(0.85) ? L.country : null,
    countryBasis:
      'Synthetic: the country of the language the policy is written in, as a real policy would name it in its address or governing-law clause.',
    source: identity.sourceName,
    provenance: { address: named ? { value: named.value, basis: 'named-in-text' } : null, captured: null },
    updated: effective && r.chance(0.5) ? effective : null,
    effective,
    jurisdictions: JURISDICTIONS[language],
    legalContext: L.legalContext,
    summary,
    findings,
  };
  return stringify(frontmatter, { lineWidth: 0 });
}

/** A built clause as the format's writer takes it. */
function toClauseDraft(c: DraftClause): ClauseDraft {
  const { id, kind, label, topics, gdpr, laws, assessment, seeAlso, original, translation, note, translatorNote } = c;
  return { id, kind, label, topics, gdpr, laws, assessment, seeAlso, original, translation, note, translatorNote };
}

/** Generates synthetic policy number `index` (0-based) of the library with this seed. */
export function generatePolicy(index: number, seed = 1): SyntheticPolicy {
  const r = new Random(policySeed(seed, index));
  const language = r.weighted(SYNTHETIC_LANGUAGES.map((l) => [l, LANGS[l].weight] as const));
  const identity = inventIdentity(r, index, language);
  const shape = chooseShape(r);
  const { chosen, roles } = choosePhrases(r, shape.total);
  const units = planUnits(r, chosen, Math.max(roles.length, shape.total - roles.length - shape.chromeCount));
  const { sections, title } = buildSections(r, language, identity, shape, units, roles);
  const clauses = sections.flatMap((s) => s.clauses);
  annotate(r, clauses);
  citeNationalLaw(new Random(policySeed(seed, index) ^ LAW_STREAM), language, clauses);
  const findings = deriveFindings(r, clauses);
  const effective = chosen.some((p) => p.key === 'effective-date') ? identity.isoDate : null;
  const summary = writeSummary(r, language, identity, clauses, findings);
  const sourceText = `${sections.map((s) => s.clauses.map((c) => c.original).join('\n')).join('\n\n')}\n`;
  const frontmatter = writeFrontmatter(r, language, identity, title, effective, summary, findings, sourceText);
  const drafts: SectionDraft[] = sections.map((s) => ({ id: s.id, clauses: s.clauses.map(toClauseDraft) }));
  return {
    index,
    slug: identity.slug,
    language,
    sourceName: identity.sourceName,
    sourceText,
    mdx: writePolicyFile({ frontmatter, sections: drafts }),
    clauseCount: clauses.length,
  };
}

/** Policies 0 … count-1 of the library with this seed. */
export function generateLibrary(count: number, seed = 1): SyntheticPolicy[] {
  return Array.from({ length: count }, (_, i) => generatePolicy(i, seed));
}
