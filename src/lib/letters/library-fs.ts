/**
 * Loads the letter templates (Node only) and checks each against the
 * jurisdiction data it cites, with file, line and column like the policies:
 * every right the law gives has its letter and every letter a right the law
 * gives, with the very article the data gives (or none where it gives none);
 * both language versions hold the same placeholders; and a complaint letter
 * exists only where the authority is known to take written complaints.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { Jurisdiction } from '../jurisdiction/model.ts';
import { ContentError, type Problem } from '../policy/errors.ts';
import { yamlOffset } from '../policy/frontmatter.ts';
import { Problems } from '../policy/problems.ts';
import { didYouMean } from '../policy/suggest.ts';
import type { LetterTemplate, Pair } from './model.ts';
import { DATA_PLACEHOLDERS, letterTemplateFileSchema, READER_FIELDS } from './schema.ts';

export const LETTERS_DIR = 'src/content/letters';

/** The placeholders of a text: `{controller}` and `[[name]]`. */
export const placeholdersOf = (text: string): string[] => [...text.matchAll(/\{(\w+)\}|\[\[(\w+)\]\]/g)].map((m) => (m[1] ? `{${m[1]}}` : `[[${m[2]}]]`)).sort();

/** Problems with one pair: its two versions must hold the same placeholders, all known. */
function checkPair(pair: Pair, path: (string | number)[], at: (path: (string | number)[], message: string) => void): void {
  const text = placeholdersOf(pair.text);
  const english = placeholdersOf(pair.english);
  if (text.join() !== english.join()) at([...path, 'english'], `the English holds ${english.join(' ') || 'no placeholder'}, the letter ${text.join(' ') || 'none'}; they must hold the same`);
  for (const p of new Set(text)) {
    const name = p.replace(/[{}[\]]/g, '');
    const known: readonly string[] = p.startsWith('{') ? DATA_PLACEHOLDERS : READER_FIELDS;
    if (!known.includes(name)) at([...path, 'text'], `unknown placeholder ${p};${didYouMean(name, known)} known: ${known.join(', ')}`);
  }
}

/** Problems with what a template says against its jurisdiction's data. */
function checkAgainstData(t: LetterTemplate, j: Jurisdiction, at: (path: (string | number)[], message: string) => void): void {
  const keyOf = (right: string, article?: string) => `${right}@${article ?? ''}`;
  const given = new Set(j.rights.map((r) => keyOf(r.right, r.article)));
  const dataArticles = new Set([...j.rights.flatMap((r) => (r.article ? [r.article] : [])), ...(j.responseDeadline?.article ? [j.responseDeadline.article] : [])]);
  t.letters.forEach((l, i) => {
    const complaint = l.right === 'complaint';
    if (l.to === 'authority' && !complaint) at(['letters', i, 'to'], 'only a complaint is addressed to the authority');
    if (complaint && l.to !== 'authority') at(['letters', i, 'to'], 'a complaint is addressed to the authority: write to: authority');
    if (!given.has(keyOf(l.right, l.article)) && !(complaint && !l.article))
      at(['letters', i], `right "${l.right}"${l.article ? ` with article "${l.article}"` : ' without an article'} is not a right of ${j.id}.yaml; its rights are: ${j.rights.map((r) => `${r.right}${r.article ? ` (${r.article})` : ''}`).join(', ')}`);
    const cites = /\{article\}/.test(l.subject.text + l.body.text);
    if (l.article && !cites) at(['letters', i, 'body', 'text'], `cites no {article}, though ${j.id}.yaml gives article ${l.article} for this right`);
    if (!l.article && cites) at(['letters', i, 'body', 'text'], `uses {article}, but ${j.id}.yaml gives no article for this right`);
    if (l.article && !t.articles[l.article]) at(['articles'], `has no way to cite article "${l.article}" (add it to articles)`);
  });
  // A complaint letter is optional here: it is shown only where the policy's authority is known to take written complaints (fill.ts).
  for (const r of j.rights)
    if (r.right !== 'other' && r.right !== 'complaint' && !t.letters.some((l) => keyOf(l.right, l.article) === keyOf(r.right, r.article)))
      at(['letters'], `has no letter for ${j.id}.yaml's right "${r.right}"${r.article ? ` (${r.article})` : ''}; every right the law gives needs one`);
  for (const key of Object.keys(t.articles)) if (!dataArticles.has(key)) at(['articles', key], `"${key}" is not an article of ${j.id}.yaml's rights or deadline`);
  if (/\{deadlineArticle\}/.test(t.deadline.text) && !(j.responseDeadline?.article && t.articles[j.responseDeadline.article]))
    at(['deadline', 'text'], `uses {deadlineArticle}, but ${j.id}.yaml has no response deadline with an article this file can cite`);
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
  if (id !== `${t.jurisdiction}-${t.language}`) at(['jurisdiction'], `the file name must be "${t.jurisdiction}-${t.language}.yaml" (jurisdiction-language)`);
  const j = jurisdictions.get(t.jurisdiction);
  if (!j) at(['jurisdiction'], `unknown jurisdiction "${t.jurisdiction}";${didYouMean(t.jurisdiction, jurisdictions.keys())}`.replace(/;$/, ''));
  else checkAgainstData(t, j, at);
  for (const key of ['operatorOf', 'operatorUnknown', 'addressee', 'salutation', 'closing', 'deadline'] as const) {
    const pair = t[key];
    if (pair) checkPair(pair, [key], at);
  }
  Object.entries(t.articles).forEach(([k, pair]) => checkPair(pair, ['articles', k], at));
  t.letters.forEach((l, i) => {
    checkPair(l.subject, ['letters', i, 'subject'], at);
    checkPair(l.body, ['letters', i, 'body'], at);
  });
  if (problems.count) throw new ContentError(problems.list, 'letter templates');
  return t;
}

/** Every template, checked; an absent folder is no templates. */
export function loadTemplates(root: string, jurisdictions: ReadonlyMap<string, Jurisdiction>, dir = LETTERS_DIR): LetterTemplate[] {
  if (!existsSync(join(root, dir))) return [];
  const problems: Problem[] = [];
  const out: LetterTemplate[] = [];
  for (const name of readdirSync(join(root, dir)).filter((f) => /\.ya?ml$/.test(f)).sort()) {
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
