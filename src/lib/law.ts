/**
 * The law layer as the pages use it: which jurisdictions a policy answers to
 * and on what basis, their laws and authorities, the national rules and the
 * clauses that bear on them, and the links to the official texts. Pure
 * functions over the model and the jurisdiction data.
 */
import type { Jurisdiction, Law, Rule } from './jurisdiction/model.ts';
import type { RuleTopic } from './jurisdiction/schema.ts';
import type { Clause, JurisdictionRef, LawRef, Policy } from './policy/model.ts';
import { clausePath, jurisdictionPath, lawAnchor } from './urls.ts';

/** What each basis means, for a reader. */
export const BASIS_LABEL: Record<JurisdictionRef['basis'], string> = {
  stated: 'named by the policy',
  inferred: 'inferred from the text',
  'addresses-eu': 'the GDPR reaches it: it addresses people in the EU (Art. 3(2))',
  candidate: 'possible: the policy does not say where the shop is',
};

/** The rule topics in reading order, with a reader's name for each. */
export const RULE_TOPIC_LABEL: Record<RuleTopic, string> = {
  'notice-contents': 'What a privacy notice must say',
  'consent-formalities': 'What valid consent takes',
  'cookie-consent': 'Cookies',
  'commercial-email': 'Marketing e-mail',
  'age-of-digital-consent': 'Children’s consent',
  'data-localisation': 'Where data must be stored',
  'local-representative': 'A local representative or responsible person',
  'breach-notification': 'Telling the authority (and you) of a breach',
};

/** The EU languages of the library in which EUR-Lex publishes the GDPR, by the policy's language. */
const EURLEX_LANGUAGES: Record<string, string> = { cs: 'CS', lv: 'LV' };

/**
 * EUR-Lex's text of a GDPR article (`17`, `13(1)(c)` → Article 17, 13). In
 * English, the regulation's ELI address, whose HTML gives each article the
 * anchor art_N (as eu.yaml records); in Czech and Latvian, EUR-Lex's text in
 * that language, with the same anchor.
 */
export function gdprArticleUrl(ref: string, language = 'en'): string {
  const article = /^\d+/.exec(ref)?.[0] ?? ref;
  const lang = EURLEX_LANGUAGES[language];
  return lang
    ? `https://eur-lex.europa.eu/legal-content/${lang}/TXT/HTML/?uri=CELEX:32016R0679#art_${article}`
    : `https://eur-lex.europa.eu/eli/reg/2016/679/oj/eng#art_${article}`;
}

/** The languages besides English in which a policy's GDPR references are also linked. */
export const gdprLanguagesFor = (language: string): string[] => (EURLEX_LANGUAGES[language] ? [language] : []);

/** Every law in the data, by id, with its jurisdiction. */
export function lawIndex(jurisdictions: Iterable<Jurisdiction>): Map<string, { law: Law; jurisdiction: Jurisdiction }> {
  const out = new Map<string, { law: Law; jurisdiction: Jurisdiction }>();
  for (const j of jurisdictions) for (const law of j.laws) out.set(law.id, { law, jurisdiction: j });
  return out;
}

/** Where a law's text is: its official text, or its English one, or failing both its entry on the jurisdiction's page. */
export function lawUrl(law: Law, jurisdiction: Jurisdiction): string {
  return law.officialText ?? law.officialTextEnglish ?? `${jurisdictionPath(jurisdiction.id)}#${lawAnchor(law.id)}`;
}

/** A law's short English name: its English title with its number where the title lacks it. */
export function lawName(law: Law): string {
  return law.number && !law.titleEnglish.includes(law.number.replace(/ Sb\.$/, ''))
    ? `${law.titleEnglish} (${law.number})`
    : law.titleEnglish;
}

/** A policy's jurisdictions resolved, each with its union (for a member state). */
export function jurisdictionsOf(policy: Pick<Policy, 'jurisdictions'>, all: ReadonlyMap<string, Jurisdiction>) {
  return policy.jurisdictions.map((ref) => {
    const jurisdiction = all.get(ref.id);
    if (!jurisdiction) throw new Error(`Unknown jurisdiction "${ref.id}" (the loader checks this)`);
    return { ref, jurisdiction, union: jurisdiction.memberOf ? (all.get(jurisdiction.memberOf) ?? null) : null };
  });
}

/** Where a reader of the policy can complain: the authorities of its jurisdictions (a union has none of its own). */
export function authoritiesFor(policy: Pick<Policy, 'jurisdictions'>, all: ReadonlyMap<string, Jurisdiction>) {
  return jurisdictionsOf(policy, all).flatMap(({ ref, jurisdiction }) =>
    jurisdiction.authority ? [{ ref, jurisdiction, authority: jurisdiction.authority }] : [],
  );
}

/** Whether a clause's law reference is about a rule: the same law, and the rule's article (when it has one) named in the reference. */
const bearsOn = (ref: LawRef, rule: Rule) =>
  ref.law === rule.law &&
  (!rule.article || normalise(ref.article).includes(normalise(rule.article).replace(/^(art(icle)?|section|§)\s*/, '')));
const normalise = (s: string) =>
  s
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^(art\.?|article|section|§)\s*/, '')
    .trim();

export interface RuleReading {
  readonly jurisdiction: Jurisdiction;
  readonly rule: Rule;
  readonly law: Law | null;
  /** The clauses whose notes apply this rule, with their assessment; empty when the policy does not mention it. */
  readonly clauses: readonly { readonly clause: Clause; readonly url: string }[];
}

/** Every national (or EU) rule of the policy's jurisdictions, with the clauses that bear on it. */
export function rulesFor(policy: Policy, all: ReadonlyMap<string, Jurisdiction>): RuleReading[] {
  const laws = lawIndex(all.values());
  const seen = new Set<Rule>();
  const out: RuleReading[] = [];
  for (const { jurisdiction, union } of jurisdictionsOf(policy, all))
    for (const j of [jurisdiction, ...(union && !policy.jurisdictions.some((r) => r.id === union.id) ? [union] : [])])
      for (const rule of j.rules) {
        if (seen.has(rule)) continue;
        seen.add(rule);
        const clauses = policy.clauses
          .filter((c) => c.laws.some((ref) => bearsOn(ref, rule)))
          .map((clause) => ({ clause, url: clausePath(policy.slug, clause.id) }));
        out.push({ jurisdiction: j, rule, law: laws.get(rule.law)?.law ?? null, clauses });
      }
  return out;
}

const CYRILLIC_LANGUAGES = ['ru', 'mk', 'sr', 'bg', 'uk', 'kk'];

/** The language of a name in a jurisdiction's own words (for `lang`): of its official languages, one written in the name's script. */
export function nameLanguage(name: string, jurisdiction: Pick<Jurisdiction, 'languages'>): string {
  const cyrillic = /\p{Script=Cyrillic}/u.test(name);
  const fits = jurisdiction.languages.filter((l) => CYRILLIC_LANGUAGES.includes(l) === cyrillic);
  return (cyrillic && fits.includes('ru') ? 'ru' : fits[0]) ?? jurisdiction.languages[0] ?? 'en';
}

/** The policies that name a jurisdiction, with their basis. */
export function policiesUnder(id: string, policies: readonly Policy[]) {
  return policies.flatMap((policy) => policy.jurisdictions.filter((r) => r.id === id).map((ref) => ({ policy, ref })));
}
