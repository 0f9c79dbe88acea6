/**
 * Loads every jurisdiction from disk (Node only) and checks what crosses
 * files: a member of a union names one that exists, every rule, right and
 * deadline cites a law of its own jurisdiction or of its union, and no two
 * laws share an id.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError, type Problem } from '../policy/errors.ts';
import { didYouMean } from '../policy/suggest.ts';
import type { Jurisdiction, Law } from './model.ts';
import { parseJurisdiction, type ParsedJurisdiction } from './parse.ts';

export const JURISDICTIONS_DIR = 'src/content/jurisdictions';

/** The laws a jurisdiction's facts may cite: its own and its union's. */
export function lawsInForce(jurisdiction: Jurisdiction, all: ReadonlyMap<string, Jurisdiction>): Law[] {
  const union = jurisdiction.memberOf ? all.get(jurisdiction.memberOf) : undefined;
  return [...jurisdiction.laws, ...(union?.laws ?? [])];
}

/** Problems with what one jurisdiction names in other files. */
function checkAcross(parsed: ParsedJurisdiction, all: ReadonlyMap<string, Jurisdiction>, lawOwners: Map<string, string>): Problem[] {
  const j = parsed.jurisdiction;
  const problems: Problem[] = [];
  const at = (path: (string | number)[], message: string, subject?: string) =>
    problems.push({ file: j.file, ...parsed.placeOf(path), message, ...(subject ? { subject } : {}) });
  if (j.memberOf && !all.has(j.memberOf))
    at(['memberOf'], `names jurisdiction "${j.memberOf}", which does not exist;${didYouMean(j.memberOf, all.keys())}`.replace(/;$/, ''));
  j.laws.forEach((law, i) => {
    const owner = lawOwners.get(law.id);
    if (owner && owner !== j.file) at(['laws', i, 'id'], `law id "${law.id}" is already used in ${owner}`);
    else lawOwners.set(law.id, j.file);
  });
  const known = new Set(lawsInForce(j, all).map((l) => l.id));
  const cite = (path: (string | number)[], law: string, subject: string) => {
    if (!known.has(law))
      at(
        path,
        `cites law "${law}", which is not a law of ${j.id}${j.memberOf ? ` or ${j.memberOf}` : ''};${didYouMean(law, known)}`.replace(
          /;$/,
          '',
        ),
        subject,
      );
  };
  j.rules.forEach((r, i) => cite(['rules', i, 'law'], r.law, `rule "${r.topic}"`));
  j.rights.forEach((r, i) => cite(['rights', i, 'law'], r.law, `right "${r.right}"`));
  if (j.responseDeadline) cite(['responseDeadline', 'law'], j.responseDeadline.law, 'responseDeadline');
  return problems;
}

/**
 * The last jurisdictions read under each root and folder, with the texts they were read from. A build reads them
 * three times (for the policies, the jurisdictions and the letters); parsing is the cost, reading the files is not,
 * so the texts are read each time and the parse is reused while they are unchanged (under `astro dev` they change).
 */
const cache = new Map<string, { texts: string; jurisdictions: ReadonlyMap<string, Jurisdiction> }>();

/** Every jurisdiction under `root`, by id; throws `ContentError` with every problem. An absent folder is an empty library. */
export function loadJurisdictions(root: string, dir = JURISDICTIONS_DIR): Map<string, Jurisdiction> {
  if (!existsSync(join(root, dir))) return new Map();
  const files = readdirSync(join(root, dir))
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((name) => ({ file: join(dir, name), text: readFileSync(join(root, dir, name), 'utf8') }));
  const key = `${root}\0${dir}`;
  const texts = files.map((f) => `${f.file}\0${f.text}`).join('\0');
  const cached = cache.get(key);
  if (cached?.texts === texts) return new Map(cached.jurisdictions);
  const all = parseAll(files);
  cache.set(key, { texts, jurisdictions: all });
  return new Map(all);
}

/** The jurisdictions of these files, checked within and across files. */
function parseAll(files: readonly { file: string; text: string }[]): Map<string, Jurisdiction> {
  const problems: Problem[] = [];
  const parsed: ParsedJurisdiction[] = [];
  for (const { file, text } of files) {
    try {
      parsed.push(parseJurisdiction(text, file));
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems);
    }
  }
  const all = new Map(parsed.map((p) => [p.jurisdiction.id, p.jurisdiction]));
  const lawOwners = new Map<string, string>();
  for (const p of parsed) problems.push(...checkAcross(p, all, lawOwners));
  if (problems.length) throw new ContentError(problems, 'jurisdiction data');
  return all;
}
