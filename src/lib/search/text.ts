/**
 * Words as search sees them, the same at build time and in the browser:
 * lower case, diacritics folded ("údajů" → "udaju", "sīkdatnes" →
 * "sikdatnes"), split on anything that is not a letter or digit, hyphenated
 * words kept whole as well ("e-mail" → "e", "mail" and "email").
 * Pure functions; no Node or DOM.
 */

/** Lower case with diacritics removed; Cyrillic й and ё fold to и and е, as Russian readers often type them. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');
}

export interface Token {
  /** The folded word. */
  readonly term: string;
  /** The word as written, lower-cased but not folded (what the stemmers read). */
  readonly lower: string;
  /** Offset of the word in the text (of the whole compound for a joined one). */
  readonly start: number;
  readonly end: number;
  /** Position among the text's words: a joined compound shares its first part's position. */
  readonly position: number;
  /** True for the joined form of a compound ("email" from "e-mail"), which is not a word of its own in a phrase. */
  readonly joined: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/** The words of `text`, each with its folded form and place; single letters are dropped, single digits kept. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let position = 0;
  for (const m of text.matchAll(WORD)) {
    const whole = m[0];
    const parts = whole.split(/[-'’]/);
    let at = m.index;
    const first = position;
    for (const part of parts) {
      if (part.length > 1 || /\d/.test(part))
        out.push({ term: fold(part), lower: part.toLowerCase(), start: at, end: at + part.length, position: position++, joined: false });
      at += part.length + 1;
    }
    if (parts.length > 1) {
      const joined = parts.join('');
      out.push({
        term: fold(joined),
        lower: joined.toLowerCase(),
        start: m.index,
        end: m.index + whole.length,
        position: first,
        joined: true,
      });
    }
  }
  return out;
}

export const isCyrillic = (text: string): boolean => /\p{Script=Cyrillic}/u.test(text);

/**
 * Words that carry no meaning of their own in a query, in the languages of the
 * library (folded). A query of only these is still answered; otherwise they
 * are left out of the ranking, so "do they sell my data" is about "sell" and
 * "data". Question words are here too.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  [
    // English
    'a an the and or but if of to in on at by for from with without about into over under as is are was were be been being am',
    'do does did doing done have has had having can could may might must shall should will would',
    'i me my mine we us our ours you your yours he him his she her it its they them their theirs this that these those there here',
    'what which who whom whose when where why how whether not no nor any all some each every so than then too very just also',
    'please tell want know get',
    // Czech (folded)
    'a i o u v z k s se si na do od po za ze pro pri je jsou byl bude by aby ze ktery ktera ktere kteri jak co nebo ani ale to ten ta tato tento toto tyto jeho jeji jejich nas vas mu mi me',
    // Latvian (folded)
    'un vai ir bija bus ka ar uz no par pie pa pec lai ja ko kas kur ka tas ta tie tas sis sie mes jus jusu musu vins vina',
    // Albanian (folded)
    'te e dhe ne per me nga se si qe i ju juaj jone tone ka kane do eshte jane nje ky kjo keto ato ose por',
    // Russian (folded)
    'и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот от меня еще нет о из ему или ни быть был него до вас нибудь опять уж вам ведь там потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была сам чтоб без будто чего раз тоже себе под будет ж тогда кто этот того потому этого какои совсем ним здесь этом один почти мои тем чтобы нее сеичас были куда зачем всех никогда можно при наконец два об другои хоть после над больше тот через эти нас про всего них какая много разве три эту моя впрочем хорошо свою этои перед иногда лучше чуть том нельзя такои им более всегда конечно всю между',
  ]
    .join(' ')
    .split(/\s+/),
);

export const isStopWord = (term: string): boolean => STOP_WORDS.has(term);
