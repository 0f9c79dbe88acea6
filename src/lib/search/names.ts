/**
 * Policies named in a query: "does caviar sell my data" asks about one
 * policy, so "caviar" narrows the search to it instead of matching every
 * clause that gives an address at caviar.com.kz.
 *
 * A policy's names are the main part of its website's domain ("caviar" for
 * www.caviar.com.kz), its short name and its owner as whole phrases ("kivi
 * smart purchasing"), and its slug. Being wrong costs more than missing one
 * (a filter that swallows a word the reader meant hides the answers), so
 * the build keeps a name of one word only if it is at least 4 letters, is no
 * small word, no word of the taxonomy's concepts, and no clause of another
 * policy holds it; and a name two policies share is no name. The index holds
 * each name as a key next to its first word (index-format.ts's `nameKey`),
 * with the policy's clauses as postings, so looking it up reads no other
 * file than the word's own shard.
 */
import type { Policy } from '../policy/model.ts';
import { ASPECTS, CONCEPTS, TOPICS } from '../taxonomy.ts';
import { isStopWord, tokenize } from './text.ts';

/** Parts of a domain that name no one: common second-level labels. */
const GENERIC_LABELS = new Set(['www', 'com', 'co', 'org', 'net', 'shop', 'store', 'eshop', 'online']);
/** Legal forms an owner's name carries ("LLC", "s.r.o.", "SIA", "ООО", "SHPK"), left out of the phrase. */
const LEGAL_FORMS = new Set(['llc', 'ltd', 'inc', 'gmbh', 'sro', 'as', 'sia', 'shpk', 'ооо', 'тоо', 'ао', 'plc', 'spol']);

const termsOf = (text: string) =>
  tokenize(text)
    .filter((t) => !t.joined)
    .map((t) => t.term);

/** The words of the taxonomy's concept terms (folded), which no name may be on its own. */
const CONCEPT_WORDS: ReadonlySet<string> = new Set(
  [...TOPICS, ...ASPECTS]
    .flatMap((c) => c.terms.flatMap(termsOf))
    .concat(CONCEPTS.flatMap((c) => [...Object.values(c.terms).flat(), ...(c.asked ?? [])].flatMap(termsOf))),
);

/** The main label of a domain or URL: "caviar" for https://www.caviar.com.kz, null if none. */
export function domainLabel(address: string): string | null {
  const host = address
    .replace(/^[a-z]+:\/\//i, '')
    .split(/[/?#]/)[0]!
    .toLowerCase();
  const labels = host.split('.').filter(Boolean);
  if (labels.length < 2) return null;
  const main = labels.slice(0, -1).filter((l) => !GENERIC_LABELS.has(l));
  const label = main[main.length - 1];
  return label ? termsOf(label).join('') || null : null;
}

/** The names a policy may be asked by, each as its folded words (before the checks of `nameCandidates`). */
export function policyNames(policy: Pick<Policy, 'slug' | 'shortName' | 'owner' | 'website'>): string[][] {
  const names: string[][] = [];
  for (const address of [policy.website, /^[^\s]+\.[a-z]{2,}$/i.test(policy.shortName) ? policy.shortName : null]) {
    const label = address ? domainLabel(address) : null;
    if (label) names.push([label]);
  }
  if (!/^[^\s]+\.[a-z]{2,}$/i.test(policy.shortName)) names.push(termsOf(policy.shortName));
  if (policy.owner) names.push(termsOf(policy.owner).filter((t) => !LEGAL_FORMS.has(t)));
  names.push(termsOf(policy.slug.replace(/-/g, ' ')));
  const seen = new Set<string>();
  return names.filter((n) => n.length > 0 && !seen.has(n.join(' ')) && seen.add(n.join(' ')));
}

/** Whether a word could stand alone as a name, before asking whether other policies hold it. */
export const couldNameAlone = (word: string): boolean =>
  word.length >= 4 && !isStopWord(word) && !CONCEPT_WORDS.has(word) && !/^\d+$/.test(word);

/**
 * Each policy's names that pass the checks: a phrase of several words
 * always; one word if `couldNameAlone` and `heldElsewhere` (does a clause of
 * another policy hold it?) says no; none that two policies share.
 */
export function nameCandidates(
  policies: readonly Policy[],
  heldElsewhere: (word: string, slug: string) => boolean,
): Map<string, { words: string[]; slug: string }> {
  const out = new Map<string, { words: string[]; slug: string }>();
  const shared = new Set<string>();
  for (const policy of policies)
    for (const words of policyNames(policy)) {
      if (words.length === 1 && (!couldNameAlone(words[0]!) || heldElsewhere(words[0]!, policy.slug))) continue;
      const id = words.join(' ');
      if (out.has(id) && out.get(id)!.slug !== policy.slug) shared.add(id);
      else out.set(id, { words, slug: policy.slug });
    }
  for (const id of shared) out.delete(id);
  return out;
}

export interface NamedPolicy {
  readonly slug: string;
  /** The policy's short name, as lists show it. */
  readonly name: string;
  /** The query's words that named it. */
  readonly words: readonly string[];
}
