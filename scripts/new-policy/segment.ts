/**
 * Proposes how a captured source text falls into sections and clauses, with
 * readable ids, for `npm run new-policy`. Pure: text in, proposal out.
 *
 * It is a first cut for a human to check, not a parser of policies. The rules:
 * - Blank lines (white space only, non-breaking spaces included) separate
 *   paragraphs; every other line lands in exactly one clause, verbatim and in
 *   order, so the originals always reproduce the source.
 * - A numbered heading ("2. TEXT", or "1. 2. TEXT" where a list number was
 *   captured in front of the real one) starts a section; so does an unnumbered
 *   upper-case line, or a short title-like line standing alone.
 * - A line numbered "5.1." starts a clause of its own.
 * - Each bullet or dash list item is a clause; deeper-indented lines after it
 *   belong to it.
 * - Run-in headings ("Security. We take…") stay inside their paragraph.
 */

export type ProposedKind = 'heading' | 'policy';

export interface ProposedClause {
  readonly id: string;
  readonly kind: ProposedKind;
  /** The source lines of the clause, verbatim (without their line-break characters), joined with "\n". */
  readonly original: string;
  /** 1-based line of the source where the clause starts. */
  readonly line: number;
}

export interface ProposedSection {
  readonly id: string;
  readonly clauses: readonly ProposedClause[];
}

export interface Segmentation {
  readonly sections: readonly ProposedSection[];
  /** Every clause, in order. */
  readonly clauses: readonly ProposedClause[];
}

// --- Transliteration and ids ---------------------------------------------------

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  // Ukrainian, Belarusian, Kazakh, Serbian, Macedonian
  і: 'i',
  ї: 'yi',
  є: 'ye',
  ґ: 'g',
  ў: 'u',
  ә: 'a',
  ғ: 'g',
  қ: 'q',
  ң: 'n',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
  ђ: 'dj',
  ј: 'j',
  љ: 'lj',
  њ: 'nj',
  ћ: 'c',
  џ: 'dz',
  ѓ: 'gj',
  ќ: 'kj',
  ѕ: 'dz',
};

/** Latin letters that do not decompose into a base letter and a mark. */
const LATIN_SPECIAL: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŀ: 'l',
  ŧ: 't',
  ŋ: 'n',
  ĸ: 'k',
};

/** Lower-case ASCII for `text`: Cyrillic transliterated, diacritics folded; other scripts dropped. */
export function transliterate(text: string): string {
  let out = '';
  for (const ch of text.toLowerCase()) out += CYRILLIC[ch] ?? LATIN_SPECIAL[ch] ?? ch;
  return out
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\P{ASCII}/gu, ' ');
}

/** The words of `text` as ASCII, apostrophes dropped ("users’" → "users"). */
export function asciiWords(text: string): string[] {
  return transliterate(text.replace(/['’ʼ`]/g, ''))
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * A kebab-case id from the first few meaningful words of `text` (words of at
 * least three characters), at most `maxLength` characters; '' if none remain.
 */
export function idWords(text: string, maxWords = 4, maxLength = 40): string {
  const words = asciiWords(text).filter((w) => w.length >= 3 && !/^\d+$/.test(w));
  const picked: string[] = [];
  for (const w of words) {
    if (picked.length >= maxWords) break;
    const next = [...picked, w].join('-');
    if (next.length > maxLength) {
      if (picked.length === 0) picked.push(w.slice(0, maxLength));
      break;
    }
    picked.push(w);
  }
  return picked.join('-');
}

/** Every word of `text` as one kebab-case string ("004_Ab12.txt" stem → "004-ab12"); '' if none. */
export function kebab(text: string): string {
  return asciiWords(text).join('-');
}

// --- Lines --------------------------------------------------------------------

/** A list marker at the start of a line: bullets, dashes, "a)" and "1)". */
const BULLET = /^\s*(?:[•·▪●◦‣∙■□►▸➢✓✔]|[-–—*](?=\s)|(?:\d{1,3}|[a-zа-я])\)(?=\s))\s*/u;
/** A clause or heading number: "2.", "5.1.", "2.1", or a doubled list number "1. 2.". */
const NUMBERED = /^\s*((?:\d{1,3}\.)+(?:\d{1,3}(?=\s))?(?:[ \t\u00a0]+(?:\d{1,3}\.)+)*)\s+(?=\S)/u;

interface Numbered {
  /** The number as the policy means it: for "1. 2." the captured list number is dropped → [2]. */
  readonly numbers: number[];
  /** The text after the number. */
  readonly rest: string;
}

function numberOf(line: string): Numbered | null {
  const m = NUMBERED.exec(line);
  if (!m) return null;
  const groups = m[1]!.trim().split(/\s+/);
  const numbers = groups.at(-1)!.split('.').filter(Boolean).map(Number);
  return { numbers, rest: line.slice(m[0].length) };
}

const indentOf = (line: string) => /^\s*/u.exec(line)![0].length;

/** All letters upper-case, at least three of them. */
function isUpperCase(text: string): boolean {
  return !/\p{Ll}/u.test(text) && (text.match(/\p{Lu}/gu)?.length ?? 0) >= 3;
}

/** Reads like a title: short, few words, no sentence punctuation at the end, no colon, not starting lower-case. */
function isTitleLike(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 80 || t.split(/\s+/).length > 10) return false;
  if (/[.,;:!…]$/.test(t) || t.includes(':')) return false;
  const firstLetter = /\p{L}/u.exec(t);
  return firstLetter !== null && !/\p{Ll}/u.test(firstLetter[0]);
}

/** Upper-case heading: no lower-case letters, not too long, not ending like a list item. */
function isUpperHeading(text: string): boolean {
  const t = text.trim();
  return t.length <= 120 && isUpperCase(t) && !/[,;]$/.test(t);
}

type LineClass =
  | { readonly type: 'section'; readonly number: number | null; readonly title: string }
  | { readonly type: 'subheading'; readonly numbers: number[]; readonly title: string }
  | { readonly type: 'numbered'; readonly numbers: number[]; readonly text: string }
  | { readonly type: 'bullet'; readonly text: string }
  | { readonly type: 'text'; readonly text: string };

/** What a line is; `alone` says whether it is a paragraph of its own (blank lines around it). */
function classify(line: string, alone: boolean): LineClass {
  const bullet = BULLET.exec(line);
  if (bullet) return { type: 'bullet', text: line.slice(bullet[0].length) };
  const numbered = numberOf(line);
  if (numbered) {
    const heading = isUpperHeading(numbered.rest) || (alone && isTitleLike(numbered.rest));
    if (numbered.numbers.length === 1)
      return heading ? { type: 'section', number: numbered.numbers[0]!, title: numbered.rest } : { type: 'bullet', text: numbered.rest }; // an item of a numbered list
    return heading
      ? { type: 'subheading', numbers: numbered.numbers, title: numbered.rest }
      : { type: 'numbered', numbers: numbered.numbers, text: numbered.rest };
  }
  if (isUpperHeading(line) || (alone && isTitleLike(line))) return { type: 'section', number: null, title: line };
  return { type: 'text', text: line };
}

// --- Segmentation -------------------------------------------------------------

interface Draft {
  kind: ProposedKind;
  lines: string[];
  line: number;
  /** Text the id's words come from (without number or list marker). */
  idText: string;
  /** The clause's own number, e.g. [5, 1] for "5.1.". */
  numbers: number[] | null;
  /** For list items: the indentation of the marker, to tell continuation lines. */
  indent: number | null;
  /** Id of a heading that starts a section: "s2-heading" or "<section>-heading". */
  headingOf: boolean;
}

interface DraftSection {
  number: number | null;
  title: string | null;
  clauses: Draft[];
}

/** Splits a source text into proposed sections and clauses with unique kebab-case ids. */
export function segment(text: string): Segmentation {
  const lines = text.split(/\r\n|\n|\r/);
  const sections: DraftSection[] = [];
  let section: DraftSection | null = null;
  const push = (draft: Draft) => {
    if (!section) {
      section = { number: null, title: null, clauses: [] };
      sections.push(section);
    }
    section.clauses.push(draft);
  };

  let i = 0;
  while (i < lines.length) {
    if (lines[i]!.trim() === '') {
      i++;
      continue;
    }
    // A block: lines up to the next blank line.
    const start = i;
    while (i < lines.length && lines[i]!.trim() !== '') i++;
    const block = lines.slice(start, i);
    const alone = block.length === 1;
    let current: Draft | null = null;
    const flush = () => {
      if (current) push(current);
      current = null;
    };
    block.forEach((line, k) => {
      const lineNo = start + k + 1;
      const c = classify(line, alone);
      const base = { lines: [line], line: lineNo, indent: null, headingOf: false };
      switch (c.type) {
        case 'section':
          flush();
          section = { number: c.number, title: c.title, clauses: [] };
          sections.push(section);
          section.clauses.push({ ...base, kind: 'heading', idText: c.title, numbers: null, headingOf: true });
          break;
        case 'subheading':
          flush();
          push({ ...base, kind: 'heading', idText: c.title, numbers: c.numbers });
          break;
        case 'numbered':
          flush();
          current = { ...base, kind: 'policy', idText: c.text, numbers: c.numbers };
          break;
        case 'bullet':
          flush();
          current = { ...base, kind: 'policy', idText: c.text, numbers: null, indent: indentOf(line) };
          break;
        case 'text': {
          const open = current as Draft | null;
          if (open && (open.indent === null || indentOf(line) > open.indent)) open.lines.push(line);
          else {
            flush();
            current = { ...base, kind: 'policy', idText: c.text, numbers: null };
          }
          break;
        }
      }
    });
    flush();
  }

  // Ids: sections and clauses share one namespace.
  const used = new Set<string>();
  const unique = (base: string) => {
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
  let clauseNo = 0;
  let sectionNo = 0;
  const out: ProposedSection[] = [];
  const all: ProposedClause[] = [];
  for (const s of sections) {
    sectionNo += 1;
    const prefix = s.number !== null ? `s${s.number}` : '';
    const words = s.title !== null ? idWords(s.title, 3, 40) : '';
    const sectionId = unique(s.title === null ? 'preamble' : [prefix, words].filter(Boolean).join('-') || `section-${sectionNo}`);
    const clauses: ProposedClause[] = [];
    for (const d of s.clauses) {
      clauseNo += 1;
      let base: string;
      if (d.headingOf) base = `${prefix || sectionId}-heading`;
      else {
        const own = d.numbers ? `s${d.numbers.join('-')}` : prefix;
        const w = idWords(d.idText);
        base = w ? [own, w].filter(Boolean).join('-') : d.numbers ? own : `clause-${clauseNo}`;
      }
      const clause: ProposedClause = { id: unique(base), kind: d.kind, original: d.lines.join('\n'), line: d.line };
      clauses.push(clause);
      all.push(clause);
    }
    out.push({ id: sectionId, clauses });
  }
  return { sections: out, clauses: all };
}
