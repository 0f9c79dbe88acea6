/**
 * Loads the letter templates (Node only) and checks each against the
 * jurisdiction data it cites, with file, line and column like the policies:
 * every right the law gives has its letter and every letter a right the law
 * gives, with the very article the data gives (or none where it gives none);
 * both language versions hold the same placeholders and optional passages;
 * every letter reads cleanly as sent, with every field empty and filled
 * (no label, marker, double space or empty line left behind, no English
 * label in another language); and a complaint letter exists only where the
 * authority is known to take written complaints.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { Jurisdiction } from '../jurisdiction/model.ts';
import { ContentError, type Problem } from '../policy/errors.ts';
import { yamlOffset } from '../policy/frontmatter.ts';
import { Problems } from '../policy/problems.ts';
import { didYouMean } from '../policy/suggest.ts';
import { englishLabel } from './fields.ts';
import { assemble } from './fill.ts';
import type { LetterTemplate, Pair, TemplateLetter } from './model.ts';
import { conditionsOf, layoutProblems, LetterSyntaxError, parseLetter, renderLetter, shapeOf } from './render.ts';
import { DATA_PLACEHOLDERS, letterTemplateFileSchema, READER_FIELDS } from './schema.ts';

export const LETTERS_DIR = 'src/content/letters';

/** The placeholders of a text: `{controller}` and `[[name]]`. */
export const placeholdersOf = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}|\[\[(\w+)\]\]/g)].map((m) => (m[1] ? `{${m[1]}}` : `[[${m[2]}]]`)).sort();

type At = (path: (string | number)[], message: string) => void;

/** Whether both sides of a pair parse; reports the first syntax error of each. */
function parses(pair: Pair, path: (string | number)[], at: At): boolean {
  let ok = true;
  for (const side of ['text', 'english'] as const)
    try {
      parseLetter(pair[side]);
    } catch (error) {
      if (!(error instanceof LetterSyntaxError)) throw error;
      at([...path, side], `${error.message} (at "${pair[side].slice(error.offset, error.offset + 30)}")`);
      ok = false;
    }
  return ok;
}

/** Problems with one pair: its two versions must hold the same placeholders and the same optional passages, all known. */
function checkPair(pair: Pair, path: (string | number)[], at: At): void {
  if (!parses(pair, path, at)) return;
  const text = [...placeholdersOf(pair.text).filter((p) => p.startsWith('{')), ...shapeOf(pair.text)].sort();
  const english = [...placeholdersOf(pair.english).filter((p) => p.startsWith('{')), ...shapeOf(pair.english)].sort();
  if (text.join() !== english.join())
    at(
      [...path, 'english'],
      `the English holds ${english.join(' ') || 'no placeholder'}, the letter ${text.join(' ') || 'none'}; they must hold the same`,
    );
  for (const p of new Set(placeholdersOf(pair.text))) {
    const name = p.replace(/[{}[\]]/g, '');
    const known: readonly string[] = p.startsWith('{') ? DATA_PLACEHOLDERS : READER_FIELDS;
    if (!known.includes(name)) at([...path, 'text'], `unknown placeholder ${p};${didYouMean(name, known)} known: ${known.join(', ')}`);
  }
}

/** Problems with what a template says against its jurisdiction's data. */
function checkAgainstData(t: LetterTemplate, j: Jurisdiction, at: (path: (string | number)[], message: string) => void): void {
  const keyOf = (right: string, article?: string) => `${right}@${article ?? ''}`;
  const given = new Set(j.rights.map((r) => keyOf(r.right, r.article)));
  const dataArticles = new Set([
    ...j.rights.flatMap((r) => (r.article ? [r.article] : [])),
    ...(j.responseDeadline?.article ? [j.responseDeadline.article] : []),
  ]);
  t.letters.forEach((l, i) => {
    const complaint = l.right === 'complaint';
    if (l.to === 'authority' && !complaint) at(['letters', i, 'to'], 'only a complaint is addressed to the authority');
    if (complaint && l.to !== 'authority') at(['letters', i, 'to'], 'a complaint is addressed to the authority: write to: authority');
    if (!given.has(keyOf(l.right, l.article)) && !(complaint && !l.article))
      at(
        ['letters', i],
        `right "${l.right}"${l.article ? ` with article "${l.article}"` : ' without an article'} is not a right of ${j.id}.yaml; its rights are: ${j.rights.map((r) => `${r.right}${r.article ? ` (${r.article})` : ''}`).join(', ')}`,
      );
    const cites = /\{article\}/.test(l.subject.text + l.body.text);
    if (l.article && !cites)
      at(['letters', i, 'body', 'text'], `cites no {article}, though ${j.id}.yaml gives article ${l.article} for this right`);
    if (!l.article && cites) at(['letters', i, 'body', 'text'], `uses {article}, but ${j.id}.yaml gives no article for this right`);
    if (l.article && !t.articles[l.article]) at(['articles'], `has no way to cite article "${l.article}" (add it to articles)`);
  });
  // A complaint letter is optional here: it is shown only where the policy's authority is known to take written complaints (fill.ts).
  for (const r of j.rights)
    if (r.right !== 'other' && r.right !== 'complaint' && !t.letters.some((l) => keyOf(l.right, l.article) === keyOf(r.right, r.article)))
      at(
        ['letters'],
        `has no letter for ${j.id}.yaml's right "${r.right}"${r.article ? ` (${r.article})` : ''}; every right the law gives needs one`,
      );
  for (const key of Object.keys(t.articles))
    if (!dataArticles.has(key)) at(['articles', key], `"${key}" is not an article of ${j.id}.yaml's rights or deadline`);
  if (/\{deadlineArticle\}/.test(t.deadline.text) && !(j.responseDeadline?.article && t.articles[j.responseDeadline.article]))
    at(['deadline', 'text'], `uses {deadlineArticle}, but ${j.id}.yaml has no response deadline with an article this file can cite`);
}

/** Stand-ins for the data a letter is filled with, to read every letter as it will be sent. */
function sampleValues(t: LetterTemplate, l: TemplateLetter, side: keyof Pair, controller: Pair, website: string): Record<string, string> {
  const cite = (key?: string) => (key ? (t.articles[key]?.[side] ?? '') : '');
  return {
    controller: controller[side],
    website,
    article: cite(l.article),
    deadlineArticle: Object.values(t.articles)[0]?.[side] ?? '',
    authority: 'Authority',
  };
}

/** Problems with a letter's choices and optional passages: each hangs on a field it holds or an option the letter declares. */
function checkConditions(l: TemplateLetter, i: number, at: At): void {
  const choices = new Map((l.choices ?? []).map((c) => [c.id, c]));
  for (const c of l.choices ?? [])
    if ((READER_FIELDS as readonly string[]).includes(c.id))
      at(['letters', i, 'choices'], `choice "${c.id}" has the name of a reader's field; name it otherwise`);
  for (const side of ['text', 'english'] as const) {
    const used = conditionsOf(l.body[side]);
    for (const cond of used) {
      const [key, value] = cond.split('=') as [string, string | undefined];
      if (value === undefined && !(READER_FIELDS as readonly string[]).includes(key))
        at(
          ['letters', i, 'body', side],
          `{?${key}} hangs on an unknown field;${didYouMean(key, READER_FIELDS)} fields: ${READER_FIELDS.join(', ')}`,
        );
      if (value !== undefined && !choices.get(key)?.options.some((o) => o.value === value))
        at(
          ['letters', i, 'body', side],
          `{?${cond}} is not an option of a choice this letter declares (choices: ${[...choices.keys()].join(', ') || 'none'})`,
        );
    }
    for (const s of parseLetter(l.body[side]))
      if (s.kind === 'optional' && s.value === null && !s.parts.some((p) => p.kind === 'field' && p.field === s.key))
        at(['letters', i, 'body', side], `the passage {?${s.key}} must hold [[${s.key}]], the detail it hangs on`);
    for (const c of choices.values())
      for (const o of c.options)
        if (!used.includes(`${c.id}=${o.value}`))
          at(['letters', i, 'body', side], `option "${o.value}" of choice "${c.id}" has no passage {?${c.id}=${o.value}}…{/${c.id}}`);
    if (conditionsOf(l.subject[side]).length) at(['letters', i, 'subject', side], 'a subject line has no optional passages');
  }
}

/** Problems with a letter as the reader sends it: with every field empty and every field filled, under each option of each choice, with and without the shop's website, no label, marker, double space or empty line is left behind, no English label in the letter's language, and the shop's website is named at most once. */
function checkLayout(t: LetterTemplate, l: TemplateLetter, i: number, at: At): void {
  const filled = Object.fromEntries(READER_FIELDS.map((f) => [f, `Sample ${f}`]));
  const scenarios = [{}, ...(l.choices ?? []).flatMap((c) => c.options.map((o) => ({ [c.id]: o.value })))].map((chosen) => ({
    ...Object.fromEntries((l.choices ?? []).map((c) => [c.id, c.options[0]!.value])),
    ...chosen,
  }));
  const reported = new Set<string>();
  for (const side of ['text', 'english'] as const) {
    const label = (f: string) => (side === 'text' ? (t.fields[f] ?? englishLabel(f)) : englishLabel(f));
    const controllers: [Pair, string][] = [
      [
        {
          text: t.operatorOf.text.replace('{website}', 'https://shop.example'),
          english: t.operatorOf.english.replace('{website}', 'https://shop.example'),
        },
        'https://shop.example',
      ],
      ...(t.operatorUnknown ? [[t.operatorUnknown, '[[website]]'] as [Pair, string]] : []),
      ...(l.to === 'authority' && t.controllerUnnamed
        ? [[t.controllerUnnamed, 'https://shop.example'] as [Pair, string], [t.controllerUnnamed, '[[website]]'] as [Pair, string]]
        : []),
    ];
    for (const [controller, website] of controllers)
      for (const choices of scenarios)
        for (const [how, values] of [
          ['every field empty', {}],
          ['every field filled', filled],
        ] as const) {
          const letter = renderLetter(assemble(t, l, sampleValues(t, l, side, controller, website), side), { values, choices, label });
          const problems = layoutProblems(letter);
          // The shop's website, named once: by the addressee line (the operator of the website) or by a complaint's website line.
          // A complaint with `controllerUnnamed` never names the operator by its website (fill.ts), so that pairing is not read.
          if (!(l.to === 'authority' && t.controllerUnnamed && controller !== t.controllerUnnamed)) {
            const site = website === '[[website]]' ? (values === filled ? filled.website! : `[${label('website')}]`) : website;
            const times = letter.split(site).length - 1;
            if (times > 1)
              problems.push(
                `the shop's website ${times} times (name it once: the addressee line already names the operator of the website)`,
              );
          }
          if (side === 'text' && t.language !== 'en')
            for (const f of READER_FIELDS)
              if (t.fields[f] && letter.includes(`[${englishLabel(f)}]`)) problems.push(`the English label [${englishLabel(f)}]`);
          for (const p of problems) {
            const key = `${side} ${p}`;
            if (reported.has(key)) continue;
            reported.add(key);
            at(
              ['letters', i, 'body', side],
              `with ${how}${
                Object.keys(choices).length
                  ? ` (${Object.entries(choices)
                      .map(([k, v]) => `${k}=${v}`)
                      .join(', ')})`
                  : ''
              }, the letter as sent holds ${p}`,
            );
          }
        }
  }
}

/** Parses and checks one template; throws `ContentError` with every problem. */
export function parseTemplate(text: string, file: string, jurisdictions: ReadonlyMap<string, Jurisdiction>): LetterTemplate {
  const problems = new Problems(file, text);
  const doc = parseDocument(text, { lineCounter: new LineCounter(), prettyErrors: false });
  for (const error of doc.errors) problems.at(error.pos[0], `invalid YAML: ${error.message.split('\n')[0]}`);
  problems.throwIfAny();
  const at = (path: (string | number)[], message: string) => problems.at(yamlOffset(doc, path.map(String)), message);
  const result = letterTemplateFileSchema.safeParse(doc.toJS());
  if (!result.success) {
    for (const issue of result.error.issues) at(issue.path.map(String), `"${issue.path.join('.')}" ${issue.message}`);
    throw new ContentError(problems.list, 'letter templates');
  }
  const id = (file.split(/[\\/]/).pop() ?? file).replace(/\.ya?ml$/, '');
  const t: LetterTemplate = { ...result.data, id, file };
  if (id !== `${t.jurisdiction}-${t.language}`)
    at(['jurisdiction'], `the file name must be "${t.jurisdiction}-${t.language}.yaml" (jurisdiction-language)`);
  const j = jurisdictions.get(t.jurisdiction);
  if (!j)
    at(['jurisdiction'], `unknown jurisdiction "${t.jurisdiction}";${didYouMean(t.jurisdiction, jurisdictions.keys())}`.replace(/;$/, ''));
  else checkAgainstData(t, j, at);
  for (const key of ['operatorOf', 'operatorUnknown', 'controllerUnnamed', 'addressee', 'salutation', 'closing', 'deadline'] as const) {
    const pair = t[key];
    if (pair) checkPair(pair, [key], at);
  }
  Object.entries(t.articles).forEach(([k, pair]) => checkPair(pair, ['articles', k], at));
  t.letters.forEach((l, i) => {
    checkPair(l.subject, ['letters', i, 'subject'], at);
    checkPair(l.body, ['letters', i, 'body'], at);
  });
  // Every place a reader may leave empty is marked in the letter's own language.
  const used = new Set(
    [t.closing, t.addressee, t.operatorUnknown, ...t.letters.map((l) => l.body)].flatMap((p) =>
      p ? [...`${p.text}${p.english}`.matchAll(/\[\[(\w+)\]\]/g)].map((m) => m[1]!) : [],
    ),
  );
  for (const f of used)
    if (!t.fields[f])
      at(['fields'], `has no label for [[${f}]] in this letter's language; add it to fields (the English one is "${englishLabel(f)}")`);
  for (const f of Object.keys(t.fields))
    if (!(READER_FIELDS as readonly string[]).includes(f))
      at(['fields', f], `"${f}" is not a reader's field;${didYouMean(f, READER_FIELDS)} fields: ${READER_FIELDS.join(', ')}`);
  // The letters as sent are read only once every piece parses and matches its English.
  if (!problems.count)
    t.letters.forEach((l, i) => {
      checkConditions(l, i, at);
      checkLayout(t, l, i, at);
    });
  if (problems.count) throw new ContentError(problems.list, 'letter templates');
  return t;
}

/** Every template, checked; an absent folder is no templates. */
export function loadTemplates(root: string, jurisdictions: ReadonlyMap<string, Jurisdiction>, dir = LETTERS_DIR): LetterTemplate[] {
  if (!existsSync(join(root, dir))) return [];
  const problems: Problem[] = [];
  const out: LetterTemplate[] = [];
  for (const name of readdirSync(join(root, dir))
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()) {
    const file = join(dir, name);
    try {
      out.push(parseTemplate(readFileSync(join(root, file), 'utf8'), file, jurisdictions));
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length) throw new ContentError(problems, 'letter templates');
  return out;
}
