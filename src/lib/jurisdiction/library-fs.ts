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
  const at = (path: (string | number)[], message: string, subject?: string) => problems.push({ file: j.file, ...parsed.placeOf(path), message, ...(subject ? { subject } : {}) });
  if (j.memberOf && !all.has(j.memberOf)) at(['memberOf'], `names jurisdiction "${j.memberOf}", which does not exist;${didYouMean(j.memberOf, all.keys())}`.replace(/;$/, ''));
  j.laws.forEach((law, i) => {
    const owner = lawOwners.get(law.id);
    if (owner && owner !== j.file) at(['laws', i, 'id'], `law id "${law.id}" is already used in ${owner}`);
    else lawOwners.set(law.id, j.file);
  });
  const known = new Set(lawsInForce(j, all).map((l) => l.id));
  const cite = (path: (string | number)[], law: string, subject: string) => {
    if (!known.has(law)) at(path, `cites law "${law}", which is not a law of ${j.id}${j.memberOf ? ` or ${j.memberOf}` : ''};${didYouMean(law, known)}`.replace(/;$/, ''), subject);
  };
  j.rules.forEach((r, i) => cite(['rules', i, 'law'], r.law, `rule "${r.topic}"`));
  j.rights.forEach((r, i) => cite(['rights', i, 'law'], r.law, `right "${r.right}"`));
  if (j.responseDeadline) cite(['responseDeadline', 'law'], j.responseDeadline.law, 'responseDeadline');
  return problems;
}

/** Every jurisdiction under `root`, by id; throws `ContentError` with every problem. An absent folder is an empty library. */
export function loadJurisdictions(root: string, dir = JURISDICTIONS_DIR): Map<string, Jurisdiction> {
  if (!existsSync(join(root, dir))) return new Map();
  const problems: Problem[] = [];
  const parsed: ParsedJurisdiction[] = [];
  for (const name of readdirSync(join(root, dir)).filter((f) => /\.ya?ml$/.test(f)).sort()) {
    const file = join(dir, name);
    try {
      parsed.push(parseJurisdiction(readFileSync(join(root, file), 'utf8'), file));
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
