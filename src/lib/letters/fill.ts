/**
 * The letters a reader of one policy can send, filled at build time from the
 * policy (its controller, website and contacts) and the jurisdiction data
 * (the right's article, the authority, the deadline), in the policy's
 * language with the English beside it. Pure functions.
 */
import type { Authority, Jurisdiction, Law, Right } from '../jurisdiction/model.ts';
import type { Finding, Policy } from '../policy/model.ts';
import type { AspectId } from '../taxonomy.ts';
import { englishLabel } from './fields.ts';
import type { LetterTemplate, Pair, TemplateLetter } from './model.ts';
import { plainName } from './plain-names.ts';
import { renderLetter } from './render.ts';

/** The comparison aspect that asks whether a policy offers each right. */
export const RIGHT_ASPECT: Record<Right['right'], AspectId | null> = {
  access: 'right-of-access',
  rectification: 'right-to-rectification',
  erasure: 'right-to-erasure',
  restriction: 'right-to-restriction',
  objection: 'right-to-object',
  portability: 'right-to-portability',
  'withdraw-consent': 'consent-withdrawal',
  complaint: 'complaint-to-supervisory-authority',
  other: null,
};

export interface FilledLetter {
  /** The letter's anchor on the rights page, unique in the policy. */
  readonly id: string;
  readonly right: Right['right'];
  /** The right as the law names it, in English (the statute's words). */
  readonly name: string;
  /** The right in plain words ("Get your data deleted"), shown first, the law's name beside it (plain-names.ts). */
  readonly plainName: string;
  /** The jurisdiction whose law the letter cites. */
  readonly jurisdiction: string;
  /** The article the letter cites (the jurisdiction data's), if any. */
  readonly article: string | null;
  readonly law: Law;
  readonly to: 'controller' | 'authority';
  readonly language: string;
  readonly subject: Pair;
  /** The whole letter, in its language and in English; reader's details still as [[field]]. */
  readonly letter: Pair;
  /** Whether the policy's own finding offers the right (null for rights the comparison does not ask about). */
  readonly finding: Finding | null;
  /** How each empty field is marked, in the letter's language and in English. */
  readonly labels: { readonly text: Readonly<Record<string, string>>; readonly english: Readonly<Record<string, string>> };
  /** The choices the reader makes in this letter (the ground for erasure), the first option by default. */
  readonly choices: NonNullable<TemplateLetter['choices']>;
  /** For a complaint: what the authority requires, each with its source. */
  readonly requirements: NonNullable<TemplateLetter['requirements']>;
}

/** Each choice's first option: what a letter shows until the reader chooses. */
export const defaultChoices = (letter: Pick<FilledLetter, 'choices'>): Record<string, string> =>
  Object.fromEntries(letter.choices.map((c) => [c.id, c.options[0]!.value]));

/** A letter as it reads before the reader types anything (or with `values`): one side, labels in that side's language. */
export const letterAsSent = (
  letter: FilledLetter,
  side: keyof Pair,
  values: Readonly<Record<string, string>> = {},
  choices = defaultChoices(letter),
): string => renderLetter(letter.letter[side], { values, choices, label: (f) => letter.labels[side][f] ?? englishLabel(f) });

export interface RightsBook {
  /** The jurisdiction whose law the letters cite, and its main data-protection law. */
  readonly jurisdiction: Jurisdiction;
  readonly law: Law;
  readonly template: LetterTemplate;
  /** The authority a reader complains to (a member state's, for EU law), and its jurisdiction. */
  readonly authority: { readonly authority: Authority; readonly jurisdiction: Jurisdiction } | null;
  /** The law's deadline for answering, where the data gives one. */
  readonly deadline: { readonly statement: string; readonly law: Law; readonly article: string | null } | null;
  readonly letters: readonly FilledLetter[];
}

const fillIn = (text: string, values: Readonly<Record<string, string>>) => text.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);

/** The controller as the letter names it: as the policy names it, else the operator of its website, else the shop's operator. */
function controllerOf(policy: Policy, t: LetterTemplate): Pair {
  if (policy.owner) return { text: policy.owner, english: policy.owner };
  if (policy.website)
    return {
      text: fillIn(t.operatorOf.text, { website: policy.website }),
      english: fillIn(t.operatorOf.english, { website: policy.website }),
    };
  return (
    t.operatorUnknown ?? {
      text: fillIn(t.operatorOf.text, { website: policy.shortName }),
      english: fillIn(t.operatorOf.english, { website: policy.shortName }),
    }
  );
}

/** One letter, whole (still with its [[fields]] and passages): addressee, salutation, body, deadline and closing (a complaint's body carries its own). */
export function assemble(t: LetterTemplate, l: TemplateLetter, values: Record<string, string>, side: keyof Pair): string {
  const parts =
    l.to === 'authority'
      ? [l.body[side]]
      : [t.salutation[side], l.body[side], ...(l.deadline === false ? [] : [t.deadline[side]]), t.closing[side]];
  // A complaint's body opens with its own addressee (the authority); a letter to the shop gets the template's addressee line.
  const head = t.addressee && l.to !== 'authority' ? [fillIn(t.addressee[side], values)] : [];
  return [...head, ...parts].map((p) => fillIn(p, values)).join('\n\n');
}

/** The templates that speak to this policy's reader: for each jurisdiction (or its union), the one in the policy's language. */
function templatesFor(policy: Policy, all: ReadonlyMap<string, Jurisdiction>, templates: readonly LetterTemplate[]): LetterTemplate[] {
  const ids = [...new Set(policy.jurisdictions.flatMap((r) => [r.id, ...(all.get(r.id)?.memberOf ? [all.get(r.id)!.memberOf!] : [])]))];
  return ids.flatMap((id) => templates.filter((t) => t.jurisdiction === id && t.language === policy.language));
}

/** The authority for letters under `j`'s law: its own, or (for the union's law) the authority of the policy's member state. */
function authorityFor(j: Jurisdiction, policy: Policy, all: ReadonlyMap<string, Jurisdiction>): RightsBook['authority'] {
  if (j.authority) return { authority: j.authority, jurisdiction: j };
  const member = policy.jurisdictions.map((r) => all.get(r.id)).find((x) => x?.memberOf === j.id && x.authority);
  return member ? { authority: member.authority!, jurisdiction: member } : null;
}

/** Every book of letters for a policy: under each law that applies (or may), in the policy's language. */
export function rightsFor(policy: Policy, all: ReadonlyMap<string, Jurisdiction>, templates: readonly LetterTemplate[]): RightsBook[] {
  return templatesFor(policy, all, templates).map((t) => {
    const j = all.get(t.jurisdiction)!;
    const authority = authorityFor(j, policy, all);
    const law = j.laws.find((l) => l.role === 'data-protection') ?? j.laws[0]!;
    const lawOf = (id: string) => [...all.values()].flatMap((x) => x.laws).find((x) => x.id === id) ?? law;
    const controller = controllerOf(policy, t);
    const deadlineArticle = j.responseDeadline?.article ? t.articles[j.responseDeadline.article] : undefined;
    const letters = t.letters
      .filter((l) => l.to !== 'authority' || authority?.authority.writtenComplaints === true)
      .map((l): FilledLetter => {
        const data = j.rights.find((r) => r.right === l.right && r.article === l.article);
        const cite = l.article ? t.articles[l.article] : undefined;
        // Where the policy gives no website, the reader fills in the address they shopped at.
        // A complaint lists the website on its own line, so an unnamed controller is said to be unnamed rather than named by the website again.
        const named = l.to === 'authority' && !policy.owner && t.controllerUnnamed ? t.controllerUnnamed : controller;
        const values = (side: keyof Pair) => ({
          controller: named[side],
          website: policy.website ?? '[[website]]',
          article: cite?.[side] ?? '',
          deadlineArticle: deadlineArticle?.[side] ?? '',
          authority: authority?.authority.name ?? '',
        });
        const aspect = RIGHT_ASPECT[l.right];
        return {
          id: `${j.id}-${l.right}${l.article ? `-${l.article.replace(/[^0-9a-z]+/gi, '-').replace(/-+$/, '')}` : ''}`,
          right: l.right,
          name: data?.name ?? (l.right === 'complaint' ? 'Complaint to the supervisory authority' : l.right),
          plainName: plainName(j.id, l.right, l.article) ?? data?.name ?? l.right,
          jurisdiction: j.id,
          article: l.article ?? null,
          law: data ? lawOf(data.law) : law,
          to: l.to === 'authority' ? 'authority' : 'controller',
          language: t.language,
          subject: { text: fillIn(l.subject.text, values('text')), english: fillIn(l.subject.english, values('english')) },
          letter: { text: assemble(t, l, values('text'), 'text'), english: assemble(t, l, values('english'), 'english') },
          finding: aspect ? policy.findings[aspect] : null,
          labels: { text: t.fields, english: Object.fromEntries(Object.keys(t.fields).map((f) => [f, englishLabel(f)])) },
          choices: l.choices ?? [],
          requirements: l.requirements ?? [],
        };
      });
    const d = j.responseDeadline ?? (j.memberOf ? all.get(j.memberOf)?.responseDeadline : undefined);
    return {
      jurisdiction: j,
      law,
      template: t,
      authority,
      deadline: d ? { statement: d.statement, law: lawOf(d.law), article: d.article ?? null } : null,
      letters,
    };
  });
}

/** The reader's fields a letter asks for, in order of first use (inside optional passages too). */
export const fieldsOf = (text: string): string[] => [...new Set([...text.matchAll(/\[\[(\w+)\]\]/g)].map((m) => m[1]!))];

/**
 * The longest `mailto:` link kept with its body: longer ones lose the body and the reader pastes the letter. A conservative choice of
 * ours, not a documented limit (none we found holds across browsers, systems and mail programs; docs/decisions.md).
 */
export const MAILTO_LIMIT = 1900;

/** A `mailto:` link for a letter to `to`: with subject and body when short enough, else subject only. */
export function mailtoHref(to: string, subject: string, body: string): { href: string; withBody: boolean } {
  const base = `mailto:${encodeURIComponent(to).replace(/%40/g, '@')}?subject=${encodeURIComponent(subject)}`;
  const full = `${base}&body=${encodeURIComponent(body.replace(/\r?\n/g, '\r\n'))}`;
  return full.length <= MAILTO_LIMIT ? { href: full, withBody: true } : { href: base, withBody: false };
}

/** The letter for the right a comparison aspect asks about, in the first book (the law that applies first). */
export function letterFor(books: readonly RightsBook[], aspect: string): FilledLetter | null {
  return books[0]?.letters.find((l) => RIGHT_ASPECT[l.right] === aspect) ?? null;
}
