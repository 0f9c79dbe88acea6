/**
 * Synthetic policies for the scaling benchmark (scripts/bench-scale.ts).
 *
 * Each synthetic policy is shaped like the five real ones: 18–53 clauses in
 * 7–11 sections, originals of about 150–260 characters on average (some lists
 * run to ~1,000), translations of about the same length, notes of 250–700
 * characters, translator notes on about a fifth of the clauses (each over a
 * slip really made in the original), some page chrome, and 26 findings that
 * cite the clauses they rest on. The originals are written in Czech, Latvian,
 * Albanian or Russian (diacritics and Cyrillic), with names, addresses,
 * products and numbers made up per policy so that the vocabulary grows with
 * the library as a real one would.
 *
 * Every policy comes with its own source text (its originals joined in
 * order), so the project's parser and fidelity check accept it unchanged.
 *
 * Everything is pure and deterministic: policy `i` of seed `s` is always the
 * same file, whatever the size of the library it is generated into.
 * `writeSyntheticLibrary` is the only function that touches the disk.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { ASPECTS, type AspectId, type AssessmentId, type TopicId } from '../../src/lib/taxonomy.ts';

// --- Randomness --------------------------------------------------------------

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same sequence. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes a library seed and a policy index into one 32-bit seed. */
export function policySeed(seed: number, index: number): number {
  let h = (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca77)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

class Random {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((n, [, w]) => n + w, 0);
    let r = this.next() * total;
    for (const [value, w] of entries) {
      r -= w;
      if (r < 0) return value;
    }
    return entries.at(-1)![0];
  }
  /** `k` distinct items of `xs`, in their original order. */
  sample<T>(xs: readonly T[], k: number): T[] {
    const idx = xs.map((_, i) => i);
    for (let i = idx.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [idx[i], idx[j]] = [idx[j]!, idx[i]!];
    }
    return idx
      .slice(0, Math.min(k, xs.length))
      .sort((a, b) => a - b)
      .map((i) => xs[i]!);
  }
  hex(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += Math.floor(this.next() * 16).toString(16);
    return s;
  }
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(Math.floor(this.next() * 10));
    return s;
  }
}

// --- Languages ---------------------------------------------------------------

export const SYNTHETIC_LANGUAGES = ['cs', 'lv', 'sq', 'ru'] as const;
export type SyntheticLanguage = (typeof SYNTHETIC_LANGUAGES)[number];

type Pair = readonly [original: string, translation: string];

interface LanguageData {
  readonly weight: number;
  readonly country: 'CZ' | 'LV' | 'AL' | 'KZ';
  readonly tld: string;
  readonly title: readonly Pair[];
  readonly headings: Readonly<Record<SectionRole, Pair>>;
  readonly chrome: readonly Pair[];
  /** Syllables for made-up names (may carry diacritics). */
  readonly syllables: readonly string[];
  readonly cities: readonly string[];
  readonly carriers: readonly string[];
  readonly payments: readonly string[];
  readonly company: (name: string) => string;
  readonly street: (name: string, n: number, city: string) => string;
  readonly regno: (r: Random) => string;
  readonly phone: (r: Random) => string;
  readonly date: (y: number, m: number, d: number) => string;
  readonly legalContext: string;
}

/** The jurisdictions a synthetic policy names, by its language (the real jurisdiction files are used as they are). */
const JURISDICTIONS: Record<SyntheticLanguage, { id: string; basis: string; reason: string }[]> = {
  cs: [
    { id: 'eu', basis: 'addresses-eu', reason: 'Synthetic: a Czech-language shop offering goods to people in Czechia.' },
    { id: 'cz', basis: 'inferred', reason: 'Synthetic: written in Czech for buyers in Czechia.' },
  ],
  lv: [
    { id: 'eu', basis: 'inferred', reason: 'Synthetic: a shop in Latvia, an EU member state.' },
    { id: 'lv', basis: 'inferred', reason: 'Synthetic: written in Latvian for buyers in Latvia.' },
  ],
  sq: ['al', 'xk', 'mk'].map((id) => ({ id, basis: 'candidate', reason: 'Synthetic: Albanian is an official language there, and the policy names no country.' })),
  ru: [{ id: 'kz', basis: 'inferred', reason: 'Synthetic: a Russian-language shop on a .kz domain.' }],
};

const SECTION_ROLES = ['intro', 'controller', 'data', 'purposes', 'marketing', 'sharing', 'retention', 'rights', 'cookies', 'security', 'final'] as const;
type SectionRole = (typeof SECTION_ROLES)[number];

const LANGS: Record<SyntheticLanguage, LanguageData> = {
  cs: {
    weight: 4,
    country: 'CZ',
    tld: 'cz',
    title: [
      ['Zásady ochrany osobních údajů', 'Privacy Policy'],
      ['Ochrana osobních údajů', 'Protection of Personal Data'],
      ['Informace o zpracování osobních údajů', 'Information on the Processing of Personal Data'],
    ],
    headings: {
      intro: ['Úvodní ustanovení', 'Introductory provisions'],
      controller: ['Správce osobních údajů', 'Controller of personal data'],
      data: ['Jaké údaje zpracováváme', 'What data we process'],
      purposes: ['Účely a právní základ zpracování', 'Purposes and legal basis of processing'],
      marketing: ['Obchodní sdělení', 'Commercial communications'],
      sharing: ['Příjemci osobních údajů', 'Recipients of personal data'],
      retention: ['Doba uchování', 'Retention period'],
      rights: ['Vaše práva', 'Your rights'],
      cookies: ['Soubory cookies', 'Cookies'],
      security: ['Zabezpečení údajů', 'Data security'],
      final: ['Závěrečná ustanovení', 'Final provisions'],
    },
    chrome: [
      ['Kontakty', 'Contacts'],
      ['Všechny kategorie', 'All categories'],
      ['Košík', 'Basket'],
      ['Přihlásit se', 'Log in'],
      ['Zpět na úvodní stránku', 'Back to the home page'],
      ['Vážený zákazníku, máte-li dotaz, napište nám přes chat', 'Dear customer, if you have a question, write to us via the chat'],
    ],
    syllables: ['ko', 'vo', 'mar', 'lu', 'bo', 'ře', 'ša', 'tek', 'dom', 'ví', 'zá', 'rok', 'ne', 'stě', 'luk', 'há', 'jar', 'mí'],
    cities: ['Praha', 'Brno', 'Ostrava', 'Plzeň', 'Olomouc', 'České Budějovice', 'Hradec Králové', 'Liberec', 'Pardubice', 'Zlín'],
    carriers: ['Zásilkovna', 'PPL', 'DPD', 'Česká pošta', 'GLS'],
    payments: ['GoPay', 'ComGate', 'ThePay', 'Stripe'],
    company: (n) => `${n} s.r.o.`,
    street: (n, k, city) => `${n}ova ${k}, ${city}`,
    regno: (r) => r.digits(8),
    phone: (r) => `+420 ${r.int(601, 799)} ${r.digits(3)} ${r.digits(3)}`,
    date: (y, m, d) => `${d}. ${m}. ${y}`,
    legalContext:
      'The EU GDPR (Regulation (EU) 2016/679) applies directly, supplemented in Czechia by Act No. 110/2019 Coll., on personal data processing; the supervisory authority is the Úřad pro ochranu osobních údajů (ÚOOÚ).',
  },
  lv: {
    weight: 2,
    country: 'LV',
    tld: 'lv',
    title: [
      ['Privātuma politika', 'Privacy Policy'],
      ['PRIVĀTUMA POLITIKA', 'PRIVACY POLICY'],
      ['Personas datu apstrādes noteikumi', 'Rules on the Processing of Personal Data'],
    ],
    headings: {
      intro: ['Vispārīgie noteikumi', 'General provisions'],
      controller: ['Personas datu pārzinis', 'Controller of personal data'],
      data: ['Kādus datus mēs apstrādājam', 'What data we process'],
      purposes: ['Apstrādes nolūki un tiesiskais pamats', 'Purposes and legal basis of processing'],
      marketing: ['Komerciāli paziņojumi', 'Commercial communications'],
      sharing: ['Datu saņēmēji', 'Recipients of data'],
      retention: ['Datu glabāšanas ilgums', 'Duration of data storage'],
      rights: ['Jūsu tiesības', 'Your rights'],
      cookies: ['Sīkdatnes', 'Cookies'],
      security: ['Datu drošība', 'Data security'],
      final: ['Noslēguma noteikumi', 'Final provisions'],
    },
    chrome: [
      ['Kontakti', 'Contacts'],
      ['Visas kategorijas', 'All categories'],
      ['Grozs', 'Cart'],
      ['Pieslēgties', 'Log in'],
      ['Atpakaļ uz sākumlapu', 'Back to the home page'],
    ],
    syllables: ['lā', 'ze', 'ri', 'ņa', 'tu', 'kal', 'vē', 'sā', 'dze', 'mē', 'ļu', 'gu', 'pil', 'ja', 'ro', 'vi'],
    cities: ['Rīga', 'Daugavpils', 'Liepāja', 'Jelgava', 'Jūrmala', 'Ventspils', 'Rēzekne', 'Valmiera', 'Cēsis'],
    carriers: ['Omniva', 'DPD Latvija', 'Latvijas Pasts', 'Venipak'],
    payments: ['Montonio', 'Paysera', 'Maksekeskus', 'Stripe'],
    company: (n) => `SIA „${n}”`,
    street: (n, k, city) => `${n} iela ${k}, ${city}`,
    regno: (r) => `4000${r.digits(7)}`,
    phone: (r) => `+371 2${r.digits(3)} ${r.digits(4)}`,
    date: (y, m, d) => `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}.`,
    legalContext:
      "The GDPR (Regulation (EU) 2016/679) applies, together with Latvia's Personal Data Processing Law (Fizisko personu datu apstrādes likums); the supervisory authority is the Data State Inspectorate (Datu valsts inspekcija).",
  },
  sq: {
    weight: 2,
    country: 'AL',
    tld: 'al',
    title: [
      ['Politika e privatësisë', 'Privacy Policy'],
      ['Politika e privatësisë (pajtueshmëria me GDPR)', 'Privacy Policy (GDPR compliance)'],
      ['Mbrojtja e të dhënave personale', 'Protection of Personal Data'],
    ],
    headings: {
      intro: ['Dispozita të përgjithshme', 'General provisions'],
      controller: ['Kontrolluesi i të dhënave', 'The data controller'],
      data: ['Çfarë të dhënash përpunojmë', 'What data we process'],
      purposes: ['Qëllimet dhe baza ligjore', 'Purposes and legal basis'],
      marketing: ['Komunikimet tregtare', 'Commercial communications'],
      sharing: ['Marrësit e të dhënave', 'Recipients of the data'],
      retention: ['Periudha e ruajtjes', 'Retention period'],
      rights: ['Të drejtat tuaja', 'Your rights'],
      cookies: ['Cookies', 'Cookies'],
      security: ['Siguria e të dhënave', 'Data security'],
      final: ['Dispozita përfundimtare', 'Final provisions'],
    },
    chrome: [
      ['Kontakt', 'Contact'],
      ['Të gjitha kategoritë', 'All categories'],
      ['Shporta', 'Basket'],
      ['Hyr', 'Log in'],
      ['Kthehu në faqen kryesore', 'Back to the home page'],
    ],
    syllables: ['dri', 'në', 'ço', 'ba', 'ke', 'ri', 'lu', 'më', 'ta', 'gje', 'rë', 'sha', 'ho', 'ti', 'za', 'bë'],
    cities: ['Tiranë', 'Durrës', 'Vlorë', 'Shkodër', 'Elbasan', 'Korçë', 'Fier', 'Berat', 'Gjirokastër'],
    carriers: ['Posta Shqiptare', 'DHL', 'Eagle Mail', 'Euro Express'],
    payments: ['PayPal', 'Raiffeisen', 'Stripe', 'POK'],
    company: (n) => `${n} sh.p.k.`,
    street: (n, k, city) => `Rruga ${n}, nr. ${k}, ${city}`,
    regno: (r) => `L${r.digits(8)}${String.fromCharCode(65 + r.int(0, 25))}`,
    phone: (r) => `+355 6${r.int(7, 9)} ${r.digits(3)} ${r.digits(4)}`,
    date: (y, m, d) => `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`,
    legalContext:
      'Albania is not an EU member, so the GDPR (Regulation (EU) 2016/679) does not apply there as national law; Albania has its own personal-data protection law, overseen by the Information and Data Protection Commissioner. GDPR articles are given for comparison.',
  },
  ru: {
    weight: 2,
    country: 'KZ',
    tld: 'kz',
    title: [
      ['Политика конфиденциальности', 'Privacy Policy'],
      ['Политика в отношении обработки персональных данных', 'Policy on the Processing of Personal Data'],
      ['Положение о защите персональных данных', 'Regulation on the Protection of Personal Data'],
    ],
    headings: {
      intro: ['Общие положения', 'General provisions'],
      controller: ['Оператор персональных данных', 'Operator of personal data'],
      data: ['Какие данные мы обрабатываем', 'What data we process'],
      purposes: ['Цели и правовые основания обработки', 'Purposes and legal grounds of processing'],
      marketing: ['Рекламные рассылки', 'Promotional mailings'],
      sharing: ['Передача данных третьим лицам', 'Transfer of data to third parties'],
      retention: ['Сроки хранения', 'Storage periods'],
      rights: ['Ваши права', 'Your rights'],
      cookies: ['Файлы cookie', 'Cookie files'],
      security: ['Защита данных', 'Data protection'],
      final: ['Заключительные положения', 'Final provisions'],
    },
    chrome: [
      ['Контакты', 'Contacts'],
      ['Все категории', 'All categories'],
      ['Корзина', 'Cart'],
      ['Войти', 'Log in'],
      ['Вернуться на главную', 'Back to the home page'],
    ],
    syllables: ['ка', 'ра', 'жан', 'ба', 'ту', 'сай', 'мир', 'ле', 'ша', 'ку', 'дос', 'не', 'тал', 'зы', 'ма', 'гу'],
    cities: ['Алматы', 'Астана', 'Шымкент', 'Караганда', 'Актобе', 'Павлодар', 'Усть-Каменогорск', 'Костанай'],
    carriers: ['Казпочта', 'СДЭК', 'DPD', 'Exline'],
    payments: ['Kaspi Pay', 'CloudPayments', 'Halyk Epay', 'ЮKassa'],
    company: (n) => `ТОО «${n}»`,
    street: (n, k, city) => `г. ${city}, ул. ${n}, д. ${k}`,
    regno: (r) => r.digits(12),
    phone: (r) => `+7 7${r.digits(2)} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`,
    date: (y, m, d) => `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`,
    legalContext:
      'The policy applies the law of the Republic of Kazakhstan, whose data-protection law is the Law "On Personal Data and Their Protection" (No. 94-V, 21 May 2013). The EU GDPR does not govern it on its face; GDPR article references are for comparison only.',
  },
};

// --- Phrases -----------------------------------------------------------------

/**
 * One thing a policy can say, in each language with its English translation.
 * `{name}` placeholders are filled per policy.
 */
interface Phrase {
  readonly key: string;
  readonly section: SectionRole;
  readonly label: string;
  readonly topics: readonly TopicId[];
  readonly gdpr: readonly string[];
  readonly assessment: AssessmentId;
  /** The comparison aspects a clause saying this is evidence for. */
  readonly aspects: readonly AspectId[];
  /** How likely a policy is to say it. */
  readonly p: number;
  readonly text: Readonly<Record<SyntheticLanguage, Pair>>;
}

const PHRASES: readonly Phrase[] = [
  {
    key: 'scope',
    section: 'intro',
    label: 'Scope: customers of the online shop',
    topics: ['other'],
    gdpr: [],
    assessment: 'neutral',
    aspects: [],
    p: 0.95,
    text: {
      cs: ['Tyto zásady popisují, jak společnost {company} zpracovává osobní údaje zákazníků internetového obchodu {domain}.', 'These rules describe how the company {company} processes the personal data of customers of the online shop {domain}.'],
      lv: ['Šie noteikumi apraksta, kā {company} apstrādā interneta veikala {domain} klientu personas datus.', 'These rules describe how {company} processes the personal data of customers of the online shop {domain}.'],
      sq: ['Kjo politikë përshkruan se si {company} përpunon të dhënat personale të klientëve të dyqanit online {domain}.', 'This policy describes how {company} processes the personal data of the customers of the online shop {domain}.'],
      ru: ['Настоящая политика описывает, как {company} обрабатывает персональные данные покупателей интернет-магазина {domain}.', 'This policy describes how {company} processes the personal data of buyers of the online shop {domain}.'],
    },
  },
  {
    key: 'consent-by-use',
    section: 'intro',
    label: 'Consent assumed from using the site',
    topics: ['consent', 'legal-basis'],
    gdpr: ['6(1)(a)', '7'],
    assessment: 'concern',
    aspects: ['legal-bases'],
    p: 0.5,
    text: {
      cs: ['Používáním webu vyjadřujete souhlas se zpracováním svých osobních údajů podle těchto zásad.', 'By using the website you express your consent to the processing of your personal data under these rules.'],
      lv: ['Izmantojot vietni, jūs piekrītat savu personas datu apstrādei saskaņā ar šiem noteikumiem.', 'By using the site, you agree to the processing of your personal data in accordance with these rules.'],
      sq: ['Duke përdorur faqen, ju pranoni përpunimin e të dhënave tuaja personale sipas kësaj politike.', 'By using the site, you accept the processing of your personal data under this policy.'],
      ru: ['Используя сайт, вы соглашаетесь на обработку своих персональных данных в соответствии с настоящей политикой.', 'By using the site, you agree to the processing of your personal data in accordance with this policy.'],
    },
  },
  {
    key: 'definitions',
    section: 'intro',
    label: 'Terms defined by the shop’s conditions',
    topics: ['other'],
    gdpr: [],
    assessment: 'neutral',
    aspects: [],
    p: 0.4,
    text: {
      cs: ['Pojmy použité v těchto zásadách mají význam uvedený v obchodních podmínkách obchodu.', 'Terms used in these rules have the meaning given in the terms and conditions of the shop.'],
      lv: ['Šajos noteikumos lietotajiem terminiem ir tāda pati nozīme kā veikala lietošanas noteikumos.', 'The terms used in these rules have the same meaning as in the terms of use of the shop.'],
      sq: ['Termat e përdorur në këtë politikë kanë kuptimin që u jepet në kushtet e përdorimit të dyqanit.', 'The terms used in this policy have the meaning given to them in the terms of use of the shop.'],
      ru: ['Термины, используемые в настоящей политике, имеют значение, указанное в пользовательском соглашении магазина.', 'The terms used in this policy have the meaning given in the user agreement of the shop.'],
    },
  },
  {
    key: 'user-duties',
    section: 'intro',
    label: 'The user must give true and complete data',
    topics: ['other'],
    gdpr: [],
    assessment: 'neutral',
    aspects: [],
    p: 0.45,
    text: {
      cs: ['Uživatel je povinen uvádět pravdivé a úplné údaje a aktualizovat je v případě změny.', 'The user is obliged to give true and complete data and to update it in the event of a change.'],
      lv: ['Lietotājam ir pienākums sniegt patiesus un pilnīgus datus un tos atjaunināt, ja tie mainās.', 'The user has a duty to provide true and complete data and to update it if it changes.'],
      sq: ['Përdoruesi është i detyruar të japë të dhëna të vërteta dhe të plota dhe t’i përditësojë kur ndryshojnë.', 'The user is obliged to give true and complete data and to update it when it changes.'],
      ru: ['Пользователь обязан предоставлять достоверные и полные данные и обновлять их при изменении.', 'The user is obliged to provide accurate and complete data and to update it when it changes.'],
    },
  },
  {
    key: 'controller',
    section: 'controller',
    label: 'Controller named, with address and registration number',
    topics: ['controller'],
    gdpr: ['13(1)(a)'],
    assessment: 'positive',
    aspects: ['controller-identity'],
    p: 0.8,
    text: {
      cs: ['Správcem osobních údajů je společnost {company}, se sídlem {address}, IČO {regno}.', 'The controller of personal data is the company {company}, with its registered office at {address}, company ID {regno}.'],
      lv: ['Personas datu pārzinis ir {company}, juridiskā adrese {address}, reģistrācijas numurs {regno}.', 'The controller of personal data is {company}, legal address {address}, registration number {regno}.'],
      sq: ['Kontrolluesi i të dhënave personale është {company}, me seli në {address}, NIPT {regno}.', 'The controller of the personal data is {company}, with its seat at {address}, tax ID {regno}.'],
      ru: ['Оператором персональных данных является {company}, юридический адрес: {address}, БИН {regno}.', 'The operator of personal data is {company}, legal address: {address}, BIN {regno}.'],
    },
  },
  {
    key: 'contact',
    section: 'controller',
    label: 'Privacy contact by e-mail and phone',
    topics: ['controller', 'rights'],
    gdpr: ['13(1)(a)'],
    assessment: 'positive',
    aspects: ['controller-identity'],
    p: 0.75,
    text: {
      cs: ['V záležitostech osobních údajů nás můžete kontaktovat na e-mailu {email} nebo na telefonu {phone}.', 'In matters of personal data you can contact us at the e-mail {email} or by telephone at {phone}.'],
      lv: ['Jautājumos par personas datiem ar mums var sazināties, rakstot uz {email} vai zvanot pa tālruni {phone}.', 'On questions about personal data you can contact us by writing to {email} or by calling {phone}.'],
      sq: ['Për çështje që lidhen me të dhënat personale mund të na kontaktoni në {email} ose në telefon {phone}.', 'For matters relating to personal data you can contact us at {email} or by phone at {phone}.'],
      ru: ['По вопросам, связанным с персональными данными, вы можете связаться с нами по адресу {email} или по телефону {phone}.', 'On questions relating to personal data you can contact us at {email} or by phone at {phone}.'],
    },
  },
  {
    key: 'dpo',
    section: 'controller',
    label: 'Data protection officer and how to reach them',
    topics: ['dpo'],
    gdpr: ['13(1)(b)', '37'],
    assessment: 'positive',
    aspects: ['dpo-contact'],
    p: 0.3,
    text: {
      cs: ['Jmenovali jsme pověřence pro ochranu osobních údajů, kterého lze kontaktovat na adrese {dpo}.', 'We have appointed a data protection officer, who can be contacted at {dpo}.'],
      lv: ['Esam iecēluši datu aizsardzības speciālistu, ar kuru var sazināties, rakstot uz {dpo}.', 'We have appointed a data protection officer, whom you can contact by writing to {dpo}.'],
      sq: ['Kemi caktuar një zyrtar për mbrojtjen e të dhënave, i cili mund të kontaktohet në {dpo}.', 'We have appointed a data protection officer, who can be contacted at {dpo}.'],
      ru: ['Назначено лицо, ответственное за организацию обработки персональных данных, с которым можно связаться по адресу {dpo}.', 'A person responsible for organising the processing of personal data has been appointed and can be contacted at {dpo}.'],
    },
  },
  {
    key: 'data-basic',
    section: 'data',
    label: 'Contact and delivery data collected',
    topics: ['data-collected'],
    gdpr: ['14(1)(d)'],
    assessment: 'neutral',
    aspects: ['data-categories'],
    p: 0.9,
    text: {
      cs: ['Zpracováváme zejména Vaše jméno, příjmení, doručovací adresu, telefonní číslo a e-mailovou adresu.', 'We process in particular your name, surname, delivery address, telephone number and e-mail address.'],
      lv: ['Mēs apstrādājam jūsu vārdu, uzvārdu, piegādes adresi, tālruņa numuru un e-pasta adresi.', 'We process your first name, surname, delivery address, telephone number and e-mail address.'],
      sq: ['Ne përpunojmë veçanërisht emrin, mbiemrin, adresën e dorëzimit, numrin e telefonit dhe adresën e email-it.', 'We process in particular the first name, surname, delivery address, telephone number and e-mail address.'],
      ru: ['Мы обрабатываем, в частности, ваши имя, фамилию, адрес доставки, номер телефона и адрес электронной почты.', 'We process, in particular, your first name, surname, delivery address, telephone number and e-mail address.'],
    },
  },
  {
    key: 'data-list',
    section: 'data',
    label: 'Order data, history and device data listed',
    topics: ['data-collected'],
    gdpr: ['14(1)(d)'],
    assessment: 'concern',
    aspects: ['data-categories'],
    p: 0.55,
    text: {
      cs: [
        'Při vytvoření objednávky shromažďujeme:\n  • jméno a příjmení;\n  • fakturační a doručovací adresu;\n  • historii objednávek, včetně zakoupeného zboží ({product}) a jeho ceny;\n  • IP adresu a informace o zařízení, prohlížeči a operačním systému.',
        'When an order is created we collect:\n  • first name and surname;\n  • billing and delivery address;\n  • order history, including the goods purchased ({product}) and their price;\n  • IP address and information about the device, browser and operating system.',
      ],
      lv: [
        'Veicot pasūtījumu, mēs vācam:\n  • vārdu un uzvārdu;\n  • norēķinu un piegādes adresi;\n  • pasūtījumu vēsturi, tostarp iegādātās preces ({product}) un to cenu;\n  • IP adresi un informāciju par ierīci, pārlūkprogrammu un operētājsistēmu.',
        'When an order is placed, we collect:\n  • first name and surname;\n  • billing and delivery address;\n  • order history, including the goods bought ({product}) and their price;\n  • IP address and information about the device, browser and operating system.',
      ],
      sq: [
        'Kur bëni një porosi, ne mbledhim:\n  • emrin dhe mbiemrin;\n  • adresën e faturimit dhe të dorëzimit;\n  • historikun e porosive, përfshirë mallrat e blera ({product}) dhe çmimin e tyre;\n  • adresën IP dhe informacion për pajisjen, shfletuesin dhe sistemin operativ.',
        'When you place an order, we collect:\n  • first name and surname;\n  • billing and delivery address;\n  • order history, including the goods bought ({product}) and their price;\n  • IP address and information about the device, browser and operating system.',
      ],
      ru: [
        'При оформлении заказа мы собираем:\n  • имя и фамилию;\n  • адрес для выставления счёта и адрес доставки;\n  • историю заказов, включая приобретённые товары ({product}) и их стоимость;\n  • IP-адрес и сведения об устройстве, браузере и операционной системе.',
        'When an order is placed we collect:\n  • first name and surname;\n  • billing address and delivery address;\n  • order history, including the goods purchased ({product}) and their cost;\n  • IP address and information about the device, browser and operating system.',
      ],
    },
  },
  {
    key: 'account',
    section: 'data',
    label: 'Account data: login, encrypted password, preferences',
    topics: ['data-collected', 'security'],
    gdpr: [],
    assessment: 'neutral',
    aspects: ['data-categories'],
    p: 0.45,
    text: {
      cs: ['Při registraci účtu ukládáme Vaše přihlašovací jméno, heslo v šifrované podobě a Vaše preference doručení.', 'When an account is registered we store your login name, your password in encrypted form and your delivery preferences.'],
      lv: ['Reģistrējot kontu, mēs saglabājam jūsu lietotājvārdu, paroli šifrētā veidā un jūsu piegādes izvēles.', 'When an account is registered, we store your user name, your password in encrypted form and your delivery choices.'],
      sq: ['Kur regjistroni një llogari, ruajmë emrin e përdoruesit, fjalëkalimin në formë të enkriptuar dhe preferencat tuaja të dorëzimit.', 'When you register an account, we store the user name, the password in encrypted form and your delivery preferences.'],
      ru: ['При регистрации учётной записи мы сохраняем ваш логин, пароль в зашифрованном виде и предпочтения по доставке.', 'When an account is registered we store your login, your password in encrypted form and your delivery preferences.'],
    },
  },
  {
    key: 'loyalty',
    section: 'data',
    label: 'Loyalty programme records purchases and points',
    topics: ['data-collected', 'marketing'],
    gdpr: [],
    assessment: 'concern',
    aspects: ['data-categories'],
    p: 0.3,
    text: {
      cs: ['Členům věrnostního programu {program} evidujeme také nákupy a získané bonusové body.', 'For members of the loyalty programme {program} we also record purchases and the bonus points earned.'],
      lv: ['Lojalitātes programmas {program} dalībniekiem mēs reģistrējam arī pirkumus un uzkrātos bonusa punktus.', 'For members of the loyalty programme {program} we also record purchases and the bonus points collected.'],
      sq: ['Për anëtarët e programit të besnikërisë {program} regjistrojmë gjithashtu blerjet dhe pikët bonus.', 'For members of the loyalty programme {program} we also record purchases and bonus points.'],
      ru: ['Для участников программы лояльности {program} мы также учитываем покупки и накопленные бонусные баллы.', 'For members of the loyalty programme {program} we also record purchases and accumulated bonus points.'],
    },
  },
  {
    key: 'data-source',
    section: 'data',
    label: 'Some data obtained from partners and registers',
    topics: ['data-source'],
    gdpr: ['14(2)(f)'],
    assessment: 'concern',
    aspects: ['data-categories'],
    p: 0.3,
    text: {
      cs: ['Některé údaje získáváme od našich obchodních partnerů a z veřejně dostupných rejstříků.', 'Some data we obtain from our business partners and from publicly available registers.'],
      lv: ['Daļu datu mēs saņemam no mūsu sadarbības partneriem un publiski pieejamiem reģistriem.', 'Part of the data we receive from our cooperation partners and publicly available registers.'],
      sq: ['Disa të dhëna i marrim nga partnerët tanë të biznesit dhe nga regjistrat e disponueshëm publikisht.', 'Some data we receive from our business partners and from publicly available registers.'],
      ru: ['Некоторые данные мы получаем от наших деловых партнёров и из общедоступных реестров.', 'Some data we receive from our business partners and from publicly available registers.'],
    },
  },
  {
    key: 'call-recording',
    section: 'data',
    label: 'Customer-service calls may be recorded',
    topics: ['data-collected', 'purposes'],
    gdpr: [],
    assessment: 'concern',
    aspects: ['data-categories'],
    p: 0.25,
    text: {
      cs: ['Telefonní hovory se zákaznickou podporou mohou být nahrávány pro účely kontroly kvality.', 'Telephone calls with customer support may be recorded for the purposes of quality control.'],
      lv: ['Tālruņa sarunas ar klientu apkalpošanas dienestu var tikt ierakstītas kvalitātes kontroles nolūkos.', 'Telephone conversations with the customer service may be recorded for quality-control purposes.'],
      sq: ['Telefonatat me shërbimin e klientit mund të regjistrohen për qëllime të kontrollit të cilësisë.', 'Telephone calls with customer service may be recorded for the purposes of quality control.'],
      ru: ['Телефонные разговоры со службой поддержки могут записываться в целях контроля качества.', 'Telephone conversations with the support service may be recorded for the purpose of quality control.'],
    },
  },
  {
    key: 'obligation',
    section: 'data',
    label: 'Giving data is voluntary but needed for an order',
    topics: ['obligation-to-provide'],
    gdpr: ['13(2)(e)'],
    assessment: 'positive',
    aspects: ['statutory-contractual-requirement'],
    p: 0.45,
    text: {
      cs: ['Poskytnutí osobních údajů je dobrovolné, bez nich však nemůžeme Vaši objednávku vyřídit.', 'Providing personal data is voluntary, but without it we cannot process your order.'],
      lv: ['Personas datu sniegšana ir brīvprātīga, taču bez tiem mēs nevaram izpildīt jūsu pasūtījumu.', 'Providing personal data is voluntary, but without it we cannot fulfil your order.'],
      sq: ['Dhënia e të dhënave është vullnetare, por pa to nuk mund ta përpunojmë porosinë tuaj.', 'Giving the data is voluntary, but without it we cannot process your order.'],
      ru: ['Предоставление персональных данных является добровольным, однако без них мы не сможем выполнить ваш заказ.', 'Providing personal data is voluntary; however, without it we will not be able to fulfil your order.'],
    },
  },
  {
    key: 'payment',
    section: 'data',
    label: 'Card payments handled by the payment provider',
    topics: ['payment', 'sharing'],
    gdpr: [],
    assessment: 'positive',
    aspects: ['payment-data', 'recipients'],
    p: 0.6,
    text: {
      cs: ['Platby kartou zpracovává platební brána {payment}; k údajům o Vaší platební kartě nemáme přístup.', 'Card payments are processed by the payment gateway {payment}; we have no access to the details of your payment card.'],
      lv: ['Maksājumus ar karti apstrādā maksājumu pakalpojumu sniedzējs {payment}; mums nav piekļuves jūsu kartes datiem.', 'Card payments are processed by the payment service provider {payment}; we have no access to your card data.'],
      sq: ['Pagesat me kartë përpunohen nga ofruesi i pagesave {payment}; ne nuk kemi qasje në të dhënat e kartës suaj.', 'Card payments are processed by the payment provider {payment}; we have no access to your card data.'],
      ru: ['Оплата банковской картой обрабатывается платёжным сервисом {payment}; мы не имеем доступа к данным вашей карты.', 'Payment by bank card is processed by the payment service {payment}; we have no access to your card data.'],
    },
  },
  {
    key: 'purposes',
    section: 'purposes',
    label: 'Purposes: orders, delivery, contact, complaints',
    topics: ['purposes'],
    gdpr: ['13(1)(c)'],
    assessment: 'neutral',
    aspects: ['purposes'],
    p: 0.9,
    text: {
      cs: ['Osobní údaje používáme k vyřízení a doručení objednávek, ke komunikaci s Vámi a k vyřízení reklamací.', 'We use personal data to process and deliver orders, to communicate with you and to handle complaints.'],
      lv: ['Personas datus mēs izmantojam pasūtījumu apstrādei un piegādei, saziņai ar jums un sūdzību izskatīšanai.', 'We use personal data to process and deliver orders, to communicate with you and to examine complaints.'],
      sq: ['Të dhënat personale i përdorim për përpunimin dhe dorëzimin e porosive, për komunikim me ju dhe për trajtimin e ankesave.', 'We use personal data for processing and delivering orders, for communication with you and for handling complaints.'],
      ru: ['Персональные данные используются для обработки и доставки заказов, связи с вами и рассмотрения претензий.', 'Personal data is used to process and deliver orders, to contact you and to consider claims.'],
    },
  },
  {
    key: 'reviews',
    section: 'purposes',
    label: 'Reviews published with first name and city',
    topics: ['purposes', 'other'],
    gdpr: [],
    assessment: 'neutral',
    aspects: ['purposes'],
    p: 0.3,
    text: {
      cs: ['Pokud napíšete recenzi produktu {product}, zveřejníme u ní Vaše křestní jméno a město.', 'If you write a review of the product {product}, we will publish your first name and town with it.'],
      lv: ['Ja jūs uzrakstāt atsauksmi par produktu {product}, kopā ar to tiek publicēts jūsu vārds un pilsēta.', 'If you write a review of the product {product}, your first name and town are published with it.'],
      sq: ['Nëse shkruani një vlerësim për produktin {product}, bashkë me të publikohen emri dhe qyteti juaj.', 'If you write a review of the product {product}, your name and town are published with it.'],
      ru: ['Если вы оставляете отзыв о товаре {product}, вместе с ним публикуются ваше имя и город.', 'If you leave a review of the product {product}, your first name and city are published with it.'],
    },
  },
  {
    key: 'basis-contract',
    section: 'purposes',
    label: 'Legal basis: performance of the contract',
    topics: ['legal-basis'],
    gdpr: ['6(1)(b)', '13(1)(c)'],
    assessment: 'positive',
    aspects: ['legal-bases', 'statutory-contractual-requirement'],
    p: 0.6,
    text: {
      cs: ['Zpracování je nezbytné pro plnění kupní smlouvy (čl. 6 odst. 1 písm. b) GDPR).', 'The processing is necessary for the performance of the purchase contract (Art. 6(1)(b) GDPR).'],
      lv: ['Apstrāde ir nepieciešama pirkuma līguma izpildei (VDAR 6. panta 1. punkta b) apakšpunkts).', 'The processing is necessary for the performance of the purchase contract (GDPR Article 6(1)(b)).'],
      sq: ['Përpunimi është i nevojshëm për zbatimin e kontratës së blerjes (neni 6, paragrafi 1, shkronja b) e GDPR-së).', 'The processing is necessary for the performance of the purchase contract (Article 6(1)(b) of the GDPR).'],
      ru: ['Обработка необходима для исполнения договора купли-продажи, стороной которого является покупатель.', 'The processing is necessary for the performance of the sale contract to which the buyer is a party.'],
    },
  },
  {
    key: 'basis-interest',
    section: 'purposes',
    label: 'Legitimate interest claimed for improving services',
    topics: ['legal-basis', 'purposes'],
    gdpr: ['6(1)(f)'],
    assessment: 'concern',
    aspects: ['legal-bases', 'purposes'],
    p: 0.4,
    text: {
      cs: ['Údaje zpracováváme také na základě našeho oprávněného zájmu, například za účelem zlepšování služeb.', 'We also process data on the basis of our legitimate interest, for example for the purpose of improving services.'],
      lv: ['Datus mēs apstrādājam arī, pamatojoties uz mūsu leģitīmajām interesēm, piemēram, lai uzlabotu pakalpojumus.', 'We also process data on the basis of our legitimate interests, for example to improve services.'],
      sq: ['Ne i përpunojmë të dhënat edhe në bazë të interesit tonë të ligjshëm, për shembull për të përmirësuar shërbimet.', 'We also process the data on the basis of our legitimate interest, for example to improve the services.'],
      ru: ['Мы также обрабатываем данные на основании наших законных интересов, например для улучшения качества услуг.', 'We also process data on the basis of our legitimate interests, for example to improve the quality of services.'],
    },
  },
  {
    key: 'basis-law',
    section: 'purposes',
    label: 'Invoices kept under accounting and tax law',
    topics: ['legal-basis', 'retention'],
    gdpr: ['6(1)(c)'],
    assessment: 'neutral',
    aspects: ['legal-bases', 'retention-period'],
    p: 0.35,
    text: {
      cs: ['Daňové doklady uchováváme na základě zákonné povinnosti podle účetních a daňových předpisů.', 'We keep tax documents on the basis of a legal obligation under accounting and tax regulations.'],
      lv: ['Rēķinus mēs glabājam, pamatojoties uz juridisku pienākumu saskaņā ar grāmatvedības un nodokļu normatīvajiem aktiem.', 'We keep invoices on the basis of a legal obligation under the accounting and tax regulations.'],
      sq: ['Faturat i ruajmë në bazë të një detyrimi ligjor sipas rregullave të kontabilitetit dhe tatimeve.', 'We keep the invoices on the basis of a legal obligation under the rules of accounting and taxation.'],
      ru: ['Счета и платёжные документы хранятся на основании требований бухгалтерского и налогового законодательства.', 'Invoices and payment documents are kept on the basis of the requirements of accounting and tax legislation.'],
    },
  },
  {
    key: 'automated',
    section: 'purposes',
    label: 'No automated decisions or profiling',
    topics: ['automated-decisions'],
    gdpr: ['13(2)(f)', '22'],
    assessment: 'positive',
    aspects: ['automated-decision-making'],
    p: 0.35,
    text: {
      cs: ['Neprovádíme automatizované individuální rozhodování ani profilování.', 'We do not carry out automated individual decision-making or profiling.'],
      lv: ['Mēs neveicam automatizētu lēmumu pieņemšanu, tostarp profilēšanu.', 'We do not carry out automated decision-making, including profiling.'],
      sq: ['Ne nuk kryejmë vendimmarrje të automatizuar as profilizim.', 'We do not carry out automated decision-making or profiling.'],
      ru: ['Мы не принимаем решений на основе исключительно автоматизированной обработки и не осуществляем профилирование.', 'We do not take decisions based solely on automated processing and do not carry out profiling.'],
    },
  },
  {
    key: 'newsletter',
    section: 'marketing',
    label: 'Newsletters only with consent; unsubscribe link',
    topics: ['marketing', 'consent'],
    gdpr: ['21(2)', '7(3)'],
    assessment: 'positive',
    aspects: ['marketing-and-ads', 'consent-withdrawal'],
    p: 0.55,
    text: {
      cs: ['Obchodní sdělení Vám zasíláme pouze s Vaším souhlasem; odhlásit se můžete odkazem v každém e-mailu.', 'We send you commercial communications only with your consent; you can unsubscribe by the link in every e-mail.'],
      lv: ['Jaunumu vēstules mēs sūtām tikai ar jūsu piekrišanu; atteikties var, izmantojot saiti katrā e-pastā.', 'We send newsletters only with your consent; you can opt out using the link in every e-mail.'],
      sq: ['Buletinet ju dërgohen vetëm me pëlqimin tuaj; mund të çregjistroheni përmes lidhjes në çdo email.', 'Newsletters are sent to you only with your consent; you can unsubscribe through the link in every e-mail.'],
      ru: ['Рекламные рассылки направляются только с вашего согласия; отказаться от них можно по ссылке в каждом письме.', 'Promotional mailings are sent only with your consent; you can refuse them by the link in every letter.'],
    },
  },
  {
    key: 'marketing-partners',
    section: 'marketing',
    label: 'Contact details passed to partners for their offers',
    topics: ['marketing', 'sharing'],
    gdpr: ['6(1)(a)', '21(2)'],
    assessment: 'serious',
    aspects: ['marketing-and-ads', 'recipients'],
    p: 0.2,
    text: {
      cs: ['Vaše kontaktní údaje můžeme předat partnerům, aby Vám mohli nabízet své produkty.', 'We may pass your contact details to partners so that they can offer you their products.'],
      lv: ['Jūsu kontaktinformāciju mēs varam nodot partneriem, lai tie varētu jums piedāvāt savus produktus.', 'We may pass your contact information to partners so that they can offer you their products.'],
      sq: ['Të dhënat tuaja të kontaktit mund t’ua kalojmë partnerëve, që ata t’ju ofrojnë produktet e tyre.', 'We may pass your contact details to partners, so that they offer you their products.'],
      ru: ['Мы можем передавать ваши контактные данные партнёрам, чтобы они могли предлагать вам свои товары.', 'We may transfer your contact details to partners so that they can offer you their goods.'],
    },
  },
  {
    key: 'recipients',
    section: 'sharing',
    label: 'Recipients: carriers, payment operator, accountant',
    topics: ['sharing'],
    gdpr: ['13(1)(e)'],
    assessment: 'neutral',
    aspects: ['recipients'],
    p: 0.8,
    text: {
      cs: ['Údaje předáváme dopravcům ({carrier}), provozovateli platební brány a naší účetní firmě.', 'We pass data to carriers ({carrier}), to the operator of the payment gateway and to our accounting firm.'],
      lv: ['Datus nododam pārvadātājiem ({carrier}), maksājumu sistēmas uzturētājam un mūsu grāmatvedim.', 'We pass data to carriers ({carrier}), to the operator of the payment system and to our accountant.'],
      sq: ['Të dhënat ua kalojmë transportuesve ({carrier}), operatorit të sistemit të pagesave dhe kontabilistit tonë.', 'We pass the data to carriers ({carrier}), to the operator of the payment system and to our accountant.'],
      ru: ['Данные передаются службам доставки ({carrier}), оператору платёжной системы и нашей бухгалтерии.', 'Data is transferred to delivery services ({carrier}), to the operator of the payment system and to our accounts department.'],
    },
  },
  {
    key: 'authorities',
    section: 'sharing',
    label: 'Disclosure to authorities where the law requires',
    topics: ['authorities', 'sharing'],
    gdpr: ['6(1)(c)'],
    assessment: 'neutral',
    aspects: ['recipients'],
    p: 0.5,
    text: {
      cs: ['Údaje můžeme poskytnout orgánům veřejné moci, pokud to vyžaduje zákon.', 'We may provide data to public authorities where the law requires it.'],
      lv: ['Datus mēs varam izpaust valsts iestādēm, ja to pieprasa likums.', 'We may disclose data to state institutions if the law requires it.'],
      sq: ['Të dhënat mund t’u jepen autoriteteve publike kur këtë e kërkon ligji.', 'The data may be given to public authorities when the law requires it.'],
      ru: ['Мы можем раскрывать данные государственным органам в случаях, предусмотренных законодательством.', 'We may disclose data to state bodies in cases provided for by legislation.'],
    },
  },
  {
    key: 'no-transfers',
    section: 'sharing',
    label: 'No transfers outside the country or the EU',
    topics: ['transfers'],
    gdpr: ['13(1)(f)'],
    assessment: 'positive',
    aspects: ['international-transfers'],
    p: 0.4,
    text: {
      cs: ['Osobní údaje nepředáváme do zemí mimo Evropskou unii.', 'We do not transfer personal data to countries outside the European Union.'],
      lv: ['Personas dati netiek nodoti uz valstīm ārpus Eiropas Savienības.', 'Personal data is not transferred to countries outside the European Union.'],
      sq: ['Të dhënat personale nuk transferohen jashtë Republikës së Shqipërisë.', 'Personal data is not transferred outside the Republic of Albania.'],
      ru: ['Персональные данные не передаются за пределы Республики Казахстан.', 'Personal data is not transferred outside the Republic of Kazakhstan.'],
    },
  },
  {
    key: 'cloud-transfers',
    section: 'sharing',
    label: 'Service providers may store data in the United States',
    topics: ['transfers', 'sharing'],
    gdpr: ['13(1)(f)', '46'],
    assessment: 'concern',
    aspects: ['international-transfers', 'recipients'],
    p: 0.3,
    text: {
      cs: ['Někteří naši dodavatelé, například {cloud}, mohou ukládat údaje na serverech ve Spojených státech.', 'Some of our suppliers, for example {cloud}, may store data on servers in the United States.'],
      lv: ['Daži mūsu pakalpojumu sniedzēji, piemēram, {cloud}, var glabāt datus serveros Amerikas Savienotajās Valstīs.', 'Some of our service providers, for example {cloud}, may store data on servers in the United States of America.'],
      sq: ['Disa nga ofruesit tanë të shërbimeve, si {cloud}, mund t’i ruajnë të dhënat në serverë në Shtetet e Bashkuara.', 'Some of our service providers, such as {cloud}, may store the data on servers in the United States.'],
      ru: ['Некоторые наши поставщики услуг, например {cloud}, могут хранить данные на серверах в США.', 'Some of our service providers, for example {cloud}, may store data on servers in the USA.'],
    },
  },
  {
    key: 'retention-years',
    section: 'retention',
    label: 'Data kept for a fixed number of years, then deleted',
    topics: ['retention'],
    gdpr: ['13(2)(a)'],
    assessment: 'positive',
    aspects: ['retention-period'],
    p: 0.5,
    text: {
      cs: ['Osobní údaje uchováváme po dobu {years} let od poslední objednávky, poté je vymažeme.', 'We keep personal data for {years} years from the last order, after which we erase it.'],
      lv: ['Personas datus mēs glabājam {years} gadus no pēdējā pasūtījuma, pēc tam tos dzēšam.', 'We keep personal data for {years} years from the last order, then we delete it.'],
      sq: ['Të dhënat personale i ruajmë për {years} vjet nga porosia e fundit, pastaj i fshijmë.', 'We keep the personal data for {years} years from the last order, then we delete it.'],
      ru: ['Мы храним персональные данные в течение {years} лет с момента последнего заказа, после чего удаляем их.', 'We store personal data for {years} years from the moment of the last order, after which we delete it.'],
    },
  },
  {
    key: 'retention-vague',
    section: 'retention',
    label: 'Kept “as long as necessary”, no period',
    topics: ['retention'],
    gdpr: ['13(2)(a)'],
    assessment: 'concern',
    aspects: ['retention-period'],
    p: 0.55,
    text: {
      cs: ['Údaje uchováváme po dobu nezbytně nutnou k naplnění účelů, pro které byly shromážděny.', 'We keep data for the period strictly necessary to fulfil the purposes for which it was collected.'],
      lv: ['Dati tiek glabāti tik ilgi, cik nepieciešams nolūkiem, kādiem tie tika savākti.', 'Data is kept for as long as necessary for the purposes for which it was collected.'],
      sq: ['Të dhënat ruhen për aq kohë sa është e nevojshme për qëllimet për të cilat janë mbledhur.', 'The data is kept for as long as is necessary for the purposes for which it was collected.'],
      ru: ['Данные хранятся в течение срока, необходимого для достижения целей, для которых они были собраны.', 'Data is stored for the period necessary to achieve the purposes for which it was collected.'],
    },
  },
  {
    key: 'right-access',
    section: 'rights',
    label: 'Right of access and rectification',
    topics: ['rights'],
    gdpr: ['13(2)(b)', '15', '16'],
    assessment: 'positive',
    aspects: ['right-of-access', 'right-to-rectification'],
    p: 0.75,
    text: {
      cs: ['Máte právo na přístup ke svým osobním údajům a na jejich opravu.', 'You have the right of access to your personal data and to its rectification.'],
      lv: ['Jums ir tiesības piekļūt saviem personas datiem un pieprasīt to labošanu.', 'You have the right to access your personal data and to request its correction.'],
      sq: ['Ju keni të drejtë të keni qasje në të dhënat tuaja personale dhe t’i korrigjoni ato.', 'You have the right to have access to your personal data and to correct it.'],
      ru: ['Вы имеете право на доступ к своим персональным данным и на их исправление.', 'You have the right of access to your personal data and to its correction.'],
    },
  },
  {
    key: 'right-erasure',
    section: 'rights',
    label: 'Right to erasure and to restriction',
    topics: ['rights'],
    gdpr: ['13(2)(b)', '17', '18'],
    assessment: 'positive',
    aspects: ['right-to-erasure', 'right-to-restriction'],
    p: 0.65,
    text: {
      cs: ['Můžete požádat o výmaz svých údajů nebo o omezení jejich zpracování.', 'You may request the erasure of your data or the restriction of its processing.'],
      lv: ['Jūs varat pieprasīt savu datu dzēšanu vai to apstrādes ierobežošanu.', 'You may request the deletion of your data or the restriction of its processing.'],
      sq: ['Ju mund të kërkoni fshirjen e të dhënave tuaja ose kufizimin e përpunimit të tyre.', 'You may request the deletion of your data or the restriction of its processing.'],
      ru: ['Вы можете потребовать удаления своих данных или ограничения их обработки.', 'You may demand the deletion of your data or the restriction of its processing.'],
    },
  },
  {
    key: 'right-object',
    section: 'rights',
    label: 'Right to object and to data portability',
    topics: ['rights', 'marketing'],
    gdpr: ['13(2)(b)', '20', '21'],
    assessment: 'positive',
    aspects: ['right-to-object', 'right-to-portability'],
    p: 0.45,
    text: {
      cs: ['Máte právo vznést námitku proti zpracování a právo na přenositelnost údajů.', 'You have the right to object to processing and the right to data portability.'],
      lv: ['Jums ir tiesības iebilst pret apstrādi un tiesības uz datu pārnesamību.', 'You have the right to object to processing and the right to data portability.'],
      sq: ['Ju keni të drejtën të kundërshtoni përpunimin dhe të drejtën e transferueshmërisë së të dhënave.', 'You have the right to object to processing and the right to the portability of data.'],
      ru: ['Вы вправе возразить против обработки и получить свои данные в структурированном машиночитаемом формате.', 'You may object to processing and receive your data in a structured machine-readable format.'],
    },
  },
  {
    key: 'withdraw-consent',
    section: 'rights',
    label: 'Consent can be withdrawn at any time by e-mail',
    topics: ['consent', 'rights'],
    gdpr: ['7(3)', '13(2)(c)'],
    assessment: 'positive',
    aspects: ['consent-withdrawal'],
    p: 0.5,
    text: {
      cs: ['Souhlas se zpracováním můžete kdykoli odvolat zasláním e-mailu na adresu {email}.', 'You may withdraw your consent to processing at any time by sending an e-mail to {email}.'],
      lv: ['Piekrišanu jūs varat jebkurā laikā atsaukt, rakstot uz {email}.', 'You may withdraw your consent at any time by writing to {email}.'],
      sq: ['Pëlqimin tuaj mund ta tërhiqni në çdo kohë duke shkruar në {email}.', 'You may withdraw your consent at any time by writing to {email}.'],
      ru: ['Вы можете в любое время отозвать своё согласие, направив письмо на адрес {email}.', 'You may withdraw your consent at any time by sending a letter to {email}.'],
    },
  },
  {
    key: 'answer-deadline',
    section: 'rights',
    label: 'Requests answered within one month',
    topics: ['rights'],
    gdpr: ['12(3)'],
    assessment: 'positive',
    aspects: ['right-of-access'],
    p: 0.35,
    text: {
      cs: ['Na Vaši žádost odpovíme nejpozději do jednoho měsíce od jejího obdržení.', 'We will reply to your request within one month of its receipt at the latest.'],
      lv: ['Uz jūsu pieprasījumu mēs atbildēsim viena mēneša laikā no tā saņemšanas.', 'We will answer your request within one month of its receipt.'],
      sq: ['Kërkesës suaj do t’i përgjigjemi brenda një muaji nga marrja e saj.', 'We will answer your request within one month of receiving it.'],
      ru: ['Мы ответим на ваш запрос в течение одного месяца с момента его получения.', 'We will answer your request within one month from the moment of its receipt.'],
    },
  },
  {
    key: 'complaint',
    section: 'rights',
    label: 'Complaint to the supervisory authority',
    topics: ['complaint', 'rights'],
    gdpr: ['13(2)(d)', '77'],
    assessment: 'positive',
    aspects: ['complaint-to-supervisory-authority'],
    p: 0.5,
    text: {
      cs: ['Máte právo podat stížnost u Úřadu pro ochranu osobních údajů.', 'You have the right to lodge a complaint with the Office for Personal Data Protection.'],
      lv: ['Jums ir tiesības iesniegt sūdzību Datu valsts inspekcijā.', 'You have the right to submit a complaint to the Data State Inspectorate.'],
      sq: ['Ju keni të drejtë të paraqisni ankesë pranë Komisionerit për të Drejtën e Informimit dhe Mbrojtjen e të Dhënave Personale.', 'You have the right to lodge a complaint with the Commissioner for the Right to Information and Personal Data Protection.'],
      ru: ['Вы вправе обжаловать действия оператора в уполномоченный орган по защите прав субъектов персональных данных или в суд.', 'You may appeal against the actions of the operator to the authorised body for the protection of the rights of personal data subjects or to a court.'],
    },
  },
  {
    key: 'cookies',
    section: 'cookies',
    label: 'Cookies record visits and pages viewed',
    topics: ['cookies-tracking'],
    gdpr: [],
    assessment: 'neutral',
    aspects: ['cookies-and-tracking'],
    p: 0.75,
    text: {
      cs: ['Web {domain} používá soubory cookies, které ukládají informace o Vaší návštěvě a prohlížených stránkách.', 'The website {domain} uses cookies, which store information about your visit and the pages viewed.'],
      lv: ['Vietne {domain} izmanto sīkdatnes, kas saglabā informāciju par jūsu apmeklējumu un skatītajām lapām.', 'The site {domain} uses cookies, which save information about your visit and the pages viewed.'],
      sq: ['Faqja {domain} përdor cookies, të cilat ruajnë informacion për vizitën tuaj dhe faqet që shikoni.', 'The site {domain} uses cookies, which store information about your visit and the pages you view.'],
      ru: ['Сайт {domain} использует файлы cookie, которые сохраняют сведения о вашем посещении и просмотренных страницах.', 'The site {domain} uses cookie files, which store information about your visit and the pages viewed.'],
    },
  },
  {
    key: 'trackers',
    section: 'cookies',
    label: 'Analytics and advertising trackers named',
    topics: ['cookies-tracking', 'sharing', 'marketing'],
    gdpr: ['6(1)(a)'],
    assessment: 'concern',
    aspects: ['cookies-and-tracking', 'marketing-and-ads'],
    p: 0.45,
    text: {
      cs: ['Používáme analytické a reklamní nástroje, jako je {tracker}, které Vás mohou sledovat napříč weby.', 'We use analytical and advertising tools, such as {tracker}, which may track you across websites.'],
      lv: ['Mēs izmantojam analītikas un reklāmas rīkus, piemēram, {tracker}, kas var jūs izsekot dažādās vietnēs.', 'We use analytics and advertising tools, for example {tracker}, which may track you on various sites.'],
      sq: ['Ne përdorim mjete analitike dhe reklamuese si {tracker}, të cilat mund t’ju ndjekin në faqe të ndryshme.', 'We use analytical and advertising tools such as {tracker}, which may follow you on different sites.'],
      ru: ['Мы используем инструменты аналитики и рекламы, например {tracker}, которые могут отслеживать вас на разных сайтах.', 'We use analytics and advertising tools, for example {tracker}, which may track you on different sites.'],
    },
  },
  {
    key: 'cookies-refuse',
    section: 'cookies',
    label: 'Cookies can be refused in the browser',
    topics: ['cookies-tracking', 'consent'],
    gdpr: [],
    assessment: 'neutral',
    aspects: ['cookies-and-tracking'],
    p: 0.6,
    text: {
      cs: ['Soubory cookies můžete odmítnout nebo smazat v nastavení svého prohlížeče.', 'You can refuse or delete cookies in the settings of your browser.'],
      lv: ['Sīkdatnes jūs varat atteikt vai dzēst savas pārlūkprogrammas iestatījumos.', 'You can refuse or delete cookies in the settings of your browser.'],
      sq: ['Cookies mund t’i refuzoni ose t’i fshini në cilësimet e shfletuesit tuaj.', 'You can refuse cookies or delete them in the settings of your browser.'],
      ru: ['Вы можете отказаться от файлов cookie или удалить их в настройках браузера.', 'You can refuse cookie files or delete them in the browser settings.'],
    },
  },
  {
    key: 'security',
    section: 'security',
    label: 'Technical and organisational security measures',
    topics: ['security'],
    gdpr: ['32'],
    assessment: 'neutral',
    aspects: ['security-measures'],
    p: 0.75,
    text: {
      cs: ['Přijali jsme technická a organizační opatření k ochraně osobních údajů před ztrátou a zneužitím.', 'We have adopted technical and organisational measures to protect personal data against loss and misuse.'],
      lv: ['Mēs esam ieviesuši tehniskus un organizatoriskus pasākumus, lai aizsargātu personas datus pret nozaudēšanu un ļaunprātīgu izmantošanu.', 'We have introduced technical and organisational measures to protect personal data against loss and misuse.'],
      sq: ['Kemi marrë masa teknike dhe organizative për të mbrojtur të dhënat personale nga humbja dhe keqpërdorimi.', 'We have taken technical and organisational measures to protect personal data from loss and misuse.'],
      ru: ['Мы принимаем технические и организационные меры для защиты персональных данных от утраты и неправомерного использования.', 'We take technical and organisational measures to protect personal data against loss and unlawful use.'],
    },
  },
  {
    key: 'ssl',
    section: 'security',
    label: 'Connection encrypted with SSL',
    topics: ['security'],
    gdpr: ['32'],
    assessment: 'positive',
    aspects: ['security-measures'],
    p: 0.4,
    text: {
      cs: ['Komunikace s webem je šifrována pomocí certifikátu SSL.', 'Communication with the website is encrypted by means of an SSL certificate.'],
      lv: ['Saziņa ar vietni tiek šifrēta, izmantojot SSL sertifikātu.', 'Communication with the site is encrypted using an SSL certificate.'],
      sq: ['Komunikimi me faqen është i enkriptuar me certifikatë SSL.', 'Communication with the site is encrypted with an SSL certificate.'],
      ru: ['Обмен данными с сайтом защищён с помощью SSL-сертификата.', 'The exchange of data with the site is protected by an SSL certificate.'],
    },
  },
  {
    key: 'liability',
    section: 'security',
    label: 'No liability for data users publish themselves',
    topics: ['other', 'security'],
    gdpr: [],
    assessment: 'concern',
    aspects: [],
    p: 0.3,
    text: {
      cs: ['Obchod neodpovídá za údaje, které uživatel na webu sám zveřejní.', 'The shop is not liable for data that the user publishes on the website himself.'],
      lv: ['Veikals neatbild par datiem, kurus lietotājs pats publicē vietnē.', 'The shop is not responsible for data which the user publishes on the site himself.'],
      sq: ['Dyqani nuk mban përgjegjësi për të dhënat që përdoruesi i publikon vetë në faqe.', 'The shop bears no responsibility for the data that the user publishes on the site himself.'],
      ru: ['Магазин не несёт ответственности за данные, которые пользователь самостоятельно размещает на сайте.', 'The shop bears no responsibility for data that the user places on the site himself.'],
    },
  },
  {
    key: 'children',
    section: 'security',
    label: 'Services not meant for children under an age limit',
    topics: ['children'],
    gdpr: ['8'],
    assessment: 'neutral',
    aspects: ['children'],
    p: 0.35,
    text: {
      cs: ['Naše služby nejsou určeny osobám mladším {age} let.', 'Our services are not intended for persons under {age} years of age.'],
      lv: ['Mūsu pakalpojumi nav paredzēti personām, kas jaunākas par {age} gadiem.', 'Our services are not intended for persons younger than {age} years.'],
      sq: ['Shërbimet tona nuk janë të destinuara për persona nën moshën {age} vjeç.', 'Our services are not intended for persons under the age of {age}.'],
      ru: ['Наши услуги не предназначены для лиц младше {age} лет.', 'Our services are not intended for persons under {age} years of age.'],
    },
  },
  {
    key: 'policy-change',
    section: 'final',
    label: 'Policy may change at any time, effective on posting',
    topics: ['policy-change'],
    gdpr: [],
    assessment: 'concern',
    aspects: ['policy-changes'],
    p: 0.7,
    text: {
      cs: ['Tyto zásady můžeme kdykoli změnit; nová verze je účinná okamžikem zveřejnění na webu.', 'We may change these rules at any time; the new version is effective from the moment of publication on the website.'],
      lv: ['Mēs varam jebkurā laikā grozīt šos noteikumus; jaunā versija stājas spēkā ar tās publicēšanu vietnē.', 'We may amend these rules at any time; the new version takes effect upon its publication on the site.'],
      sq: ['Ne mund ta ndryshojmë këtë politikë në çdo kohë; versioni i ri hyn në fuqi me publikimin në faqe.', 'We may change this policy at any time; the new version enters into force on publication on the site.'],
      ru: ['Мы вправе изменять настоящую политику в любое время; новая редакция вступает в силу с момента её размещения на сайте.', 'We may change this policy at any time; the new version enters into force from the moment it is posted on the site.'],
    },
  },
  {
    key: 'governing-law',
    section: 'final',
    label: 'Governing law named',
    topics: ['governing-law'],
    gdpr: [],
    assessment: 'neutral',
    aspects: ['governing-law'],
    p: 0.5,
    text: {
      cs: ['Tyto zásady se řídí právním řádem České republiky.', 'These rules are governed by the legal order of the Czech Republic.'],
      lv: ['Šiem noteikumiem piemērojami Latvijas Republikas normatīvie akti.', 'The laws and regulations of the Republic of Latvia apply to these rules.'],
      sq: ['Kjo politikë rregullohet nga legjislacioni i Republikës së Shqipërisë.', 'This policy is governed by the legislation of the Republic of Albania.'],
      ru: ['К настоящей политике применяется законодательство Республики Казахстан.', 'The legislation of the Republic of Kazakhstan applies to this policy.'],
    },
  },
  {
    key: 'effective-date',
    section: 'final',
    label: 'Date the policy takes effect',
    topics: ['policy-change'],
    gdpr: [],
    assessment: 'neutral',
    aspects: ['last-updated'],
    p: 0.45,
    text: {
      cs: ['Tyto zásady nabývají účinnosti dne {date}.', 'These rules take effect on {date}.'],
      lv: ['Šie noteikumi stājas spēkā {date}', 'These rules enter into force on {date}'],
      sq: ['Kjo politikë hyn në fuqi më {date}.', 'This policy enters into force on {date}.'],
      ru: ['Настоящая политика вступает в силу с {date}.', 'This policy enters into force on {date}.'],
    },
  },
];

/** Sentences that can follow any clause, as real policies pad and qualify (with their translations). */
const ELABORATIONS: Readonly<Record<SyntheticLanguage, readonly Pair[]>> = {
  cs: [
    ['Tato pravidla se vztahují i na objednávky učiněné telefonicky nebo e-mailem.', 'These rules also apply to orders placed by telephone or by e-mail.'],
    ['Údaje zpracováváme ručně i automatizovaně v elektronické podobě.', 'We process the data manually as well as automatically in electronic form.'],
    ['Podrobnosti jsou uvedeny v obchodních podmínkách, které jsou dostupné na webu {domain}.', 'Details are given in the terms and conditions, which are available on the website {domain}.'],
    ['V případě pochybností nás kontaktujte na adrese {email}.', 'In case of doubt, contact us at {email}.'],
    ['Zpracování probíhá v sídle správce v {city} a na serverech našeho poskytovatele hostingu.', 'Processing takes place at the controller’s seat in {city} and on the servers of our hosting provider.'],
    ['Totéž platí pro údaje zákazníků, kteří nakupují bez registrace.', 'The same applies to the data of customers who buy without registration.'],
    ['Tím nejsou dotčena práva, která Vám přiznávají právní předpisy.', 'This does not affect the rights granted to you by legal regulations.'],
    ['Údaje nezveřejňujeme ani je neprodáváme třetím osobám.', 'We do not publish the data or sell it to third parties.'],
    ['Pokud se Vaše údaje změní, oznamte nám to prosím bez zbytečného odkladu.', 'If your data changes, please inform us without undue delay.'],
    ['Rozsah zpracovávaných údajů závisí na tom, které služby obchodu {domain} využíváte.', 'The scope of the data processed depends on which services of the shop {domain} you use.'],
    ['Zaměstnanci správce jsou vázáni mlčenlivostí.', 'The controller’s employees are bound by confidentiality.'],
    ['Objednávky zboží {product} vyřizujeme zpravidla do tří pracovních dnů.', 'Orders for the goods {product} are usually handled within three working days.'],
  ],
  lv: [
    ['Šie noteikumi attiecas arī uz pasūtījumiem, kas veikti pa tālruni vai e-pastu.', 'These rules also apply to orders placed by telephone or e-mail.'],
    ['Datus mēs apstrādājam gan manuāli, gan automatizēti elektroniskā veidā.', 'We process the data both manually and automatically in electronic form.'],
    ['Sīkāka informācija ir pieejama lietošanas noteikumos vietnē {domain}.', 'More detailed information is available in the terms of use on the site {domain}.'],
    ['Šaubu gadījumā sazinieties ar mums, rakstot uz {email}.', 'In case of doubt, contact us by writing to {email}.'],
    ['Apstrāde notiek pārziņa birojā {city} un mūsu mitināšanas pakalpojumu sniedzēja serveros.', 'Processing takes place at the controller’s office in {city} and on the servers of our hosting provider.'],
    ['Tas pats attiecas uz klientiem, kuri iepērkas bez reģistrācijas.', 'The same applies to customers who shop without registration.'],
    ['Tas neierobežo tiesības, kas jums ir saskaņā ar normatīvajiem aktiem.', 'This does not limit the rights that you have under the laws and regulations.'],
    ['Mēs nepublicējam un nepārdodam datus trešajām personām.', 'We do not publish or sell data to third parties.'],
    ['Ja jūsu dati mainās, lūdzu, nekavējoties par to paziņojiet mums.', 'If your data changes, please notify us of it without delay.'],
    ['Apstrādāto datu apjoms ir atkarīgs no tā, kurus veikala {domain} pakalpojumus jūs izmantojat.', 'The scope of the data processed depends on which services of the shop {domain} you use.'],
    ['Pārziņa darbiniekiem ir pienākums ievērot konfidencialitāti.', 'The controller’s employees are obliged to observe confidentiality.'],
    ['Preču {product} pasūtījumus parasti izpildām trīs darba dienu laikā.', 'Orders for the goods {product} are usually fulfilled within three working days.'],
  ],
  sq: [
    ['Këto rregulla zbatohen edhe për porositë e bëra me telefon ose me email.', 'These rules also apply to orders made by telephone or by e-mail.'],
    ['Të dhënat i përpunojmë si manualisht ashtu edhe në mënyrë të automatizuar në formë elektronike.', 'We process the data both manually and in an automated way in electronic form.'],
    ['Hollësitë jepen në kushtet e përdorimit, të cilat gjenden në faqen {domain}.', 'The details are given in the terms of use, which can be found on the site {domain}.'],
    ['Në rast dyshimi, na kontaktoni në {email}.', 'In case of doubt, contact us at {email}.'],
    ['Përpunimi kryhet në selinë e kontrolluesit në {city} dhe në serverët e ofruesit tonë të hostimit.', 'Processing is carried out at the controller’s seat in {city} and on the servers of our hosting provider.'],
    ['E njëjta gjë vlen edhe për klientët që blejnë pa u regjistruar.', 'The same applies to customers who buy without registering.'],
    ['Kjo nuk cenon të drejtat që ju jep legjislacioni në fuqi.', 'This does not affect the rights given to you by the legislation in force.'],
    ['Ne nuk i publikojmë dhe nuk ua shesim të dhënat palëve të treta.', 'We do not publish the data and do not sell it to third parties.'],
    ['Nëse të dhënat tuaja ndryshojnë, ju lutemi të na njoftoni pa vonesë.', 'If your data changes, please notify us without delay.'],
    ['Vëllimi i të dhënave që përpunohen varet nga shërbimet e dyqanit {domain} që përdorni.', 'The amount of data processed depends on the services of the shop {domain} that you use.'],
    ['Punonjësit e kontrolluesit janë të detyruar të ruajnë konfidencialitetin.', 'The controller’s employees are obliged to keep confidentiality.'],
    ['Porositë për mallrat {product} zakonisht përpunohen brenda tri ditëve të punës.', 'Orders for the goods {product} are usually processed within three working days.'],
  ],
  ru: [
    ['Настоящие правила распространяются также на заказы, оформленные по телефону или по электронной почте.', 'These rules also apply to orders placed by telephone or by e-mail.'],
    ['Обработка данных осуществляется как вручную, так и с использованием средств автоматизации.', 'Data is processed both manually and with the use of automation tools.'],
    ['Подробности изложены в пользовательском соглашении, размещённом на сайте {domain}.', 'Details are set out in the user agreement posted on the site {domain}.'],
    ['В случае сомнений свяжитесь с нами по адресу {email}.', 'In case of doubt, contact us at {email}.'],
    ['Обработка осуществляется по месту нахождения оператора в городе {city} и на серверах нашего хостинг-провайдера.', 'Processing is carried out at the operator’s location in the city of {city} and on the servers of our hosting provider.'],
    ['То же относится к данным покупателей, оформляющих заказ без регистрации.', 'The same applies to the data of buyers who place an order without registration.'],
    ['Это не ограничивает прав, предоставленных вам законодательством.', 'This does not limit the rights granted to you by legislation.'],
    ['Мы не публикуем данные и не продаём их третьим лицам.', 'We do not publish data and do not sell it to third parties.'],
    ['Если ваши данные изменились, пожалуйста, сообщите нам об этом без промедления.', 'If your data has changed, please inform us of it without delay.'],
    ['Объём обрабатываемых данных зависит от того, какими услугами магазина {domain} вы пользуетесь.', 'The volume of data processed depends on which services of the shop {domain} you use.'],
    ['Сотрудники оператора обязаны соблюдать конфиденциальность.', 'The operator’s employees are obliged to observe confidentiality.'],
    ['Заказы на товары {product} обычно обрабатываются в течение трёх рабочих дней.', 'Orders for the goods {product} are usually processed within three working days.'],
  ],
};

// --- Notes ---------------------------------------------------------------------

const ASSESSMENT_REASONS: Record<AssessmentId, readonly string[]> = {
  positive: [
    'This is good for the reader: it is specific, and it tells them what happens and how to act.',
    'Positive: a clear commitment the reader could hold the shop to.',
    'It is positive because it names something concrete instead of a general promise.',
  ],
  neutral: [
    'Neutral: ordinary information that neither helps nor harms the reader much.',
    'It is what most shops say, and the reader learns little that is new from it; hence neutral.',
    'Neutral: accurate as far as it goes, but it leaves the details to the reader’s imagination.',
  ],
  concern: [
    'It is a concern because the reader cannot tell what really happens to their data.',
    'The wording is vague enough that almost any processing would fit it, which is why it is a concern.',
    'A concern: it takes something from the reader without saying how far it goes or how to refuse it.',
  ],
  serious: [
    'Serious: it works directly against the reader and offers no way to refuse.',
    'This is serious because it hands data to unnamed parties for their own purposes.',
  ],
};

const NOTE_FILLERS: readonly string[] = [
  'No period, recipient or legal basis is tied to it here.',
  'GDPR Art. 13 asks for this information at the time the data is collected, not somewhere later in the text.',
  'The policy does not say how the reader would check this in practice.',
  'Nothing says whether the same applies to people who buy without an account.',
  'The clause is short, and the rest of the policy does not fill in what it leaves open.',
  'A reader who wants more has to write to the shop and ask.',
  'Compare how other policies in the library handle the same point on the topic pages.',
  'The wording follows a template that many small shops use, with the shop’s details filled in.',
  'It does not say who inside the company can see the data.',
  'Nothing here tells the reader what happens if the shop is sold or closes.',
];

const TN_FILLERS: readonly string[] = [
  'It does not change the meaning of the clause.',
  'The same word appears correctly elsewhere in the policy.',
  'Nothing else in the clause is affected.',
  'It is most likely a slip made when the text was edited on the website, not a difference in meaning.',
  'The original keeps the slip as captured; the translation reads it as intended.',
];

// --- The policy --------------------------------------------------------------

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

interface DraftClause {
  id: string;
  kind: 'policy' | 'heading' | 'chrome';
  label?: string;
  topics?: readonly TopicId[];
  gdpr?: readonly string[];
  assessment?: AssessmentId;
  aspects?: readonly AspectId[];
  original: string;
  translation: string;
  note?: string;
  translatorNote?: string;
  seeAlso?: string[];
  /** The clause's own English gist, for the note. */
  gist?: string;
}

interface DraftSection {
  id: string;
  clauses: DraftClause[];
}

const cap = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);
const asciiFold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
const CYR_LATIN: Record<string, string> = { а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sch', ы: 'y', э: 'e', ю: 'yu', я: 'ya' };
const toLatin = (s: string) => [...s.toLowerCase()].map((ch) => CYR_LATIN[ch] ?? ch).join('');

const kebab = (s: string, max = 48) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '') || 'x';

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
}

/** Puts a real slip into an original, and writes the translator's note about it. */
function garble(r: Random, original: string): { original: string; note: string } | null {
  const words = [...original.matchAll(/[\p{L}]{5,}/gu)];
  if (words.length < 2) return null;
  const m = words[r.int(1, words.length - 1)]!;
  const w = m[0];
  const at = m.index!;
  const kind = r.pick(['repeat', 'swap', 'backslash'] as const);
  let out: string;
  let note: string;
  if (kind === 'repeat') {
    out = `${original.slice(0, at)}${w} ${original.slice(at)}`;
    note = `The source repeats the word "${w}" ("${w} ${w}"), a slip of the keyboard or the editor; the translation gives it once. Certain.`;
  } else if (kind === 'swap') {
    const i = r.int(1, w.length - 3);
    const typo = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
    if (typo === w) return null;
    out = `${original.slice(0, at)}${typo}${original.slice(at + w.length)}`;
    note = `"${typo}" is a typo for "${w}": two letters are swapped. The intended word is clear from the context and is translated as such. Certain.`;
  } else {
    out = `${original.slice(0, at)}\\${original.slice(at)}`;
    note = `The source has a stray backslash before "${w}". It is very likely an escape character left over from the website's code or the capture, not part of the text. It is kept in the original and left out of the translation. Near certain.`;
  }
  const extra = r.sample(TN_FILLERS, r.int(1, 3)).join(' ');
  return { original: out, note: `${note} ${extra}` };
}

/** Generates synthetic policy number `index` (0-based) of the library with this seed. */
export function generatePolicy(index: number, seed = 1): SyntheticPolicy {
  const r = new Random(policySeed(seed, index));
  const language = r.weighted(SYNTHETIC_LANGUAGES.map((l) => [l, LANGS[l].weight] as const));
  const L = LANGS[language];

  // Made-up names: a base name in the language's letters, an ASCII domain.
  const name = () => cap(Array.from({ length: r.int(2, 3) }, () => r.pick(L.syllables)).join(''));
  const baseName = name();
  const latinBase = asciiFold(toLatin(baseName)) || 'shop';
  const domain = `${latinBase}${r.pick(['', 'shop', '-store', 'market', 'mall', ''])}.${L.tld}`;
  const num = String(index + 1).padStart(5, '0');
  const slug = `syn-${num}-${kebab(latinBase, 20)}-${language}`;
  const sourceName = `syn-${num}_${r.hex(16)}.txt`;
  const year = r.int(2018, 2025);
  const month = r.int(1, 12);
  const day = r.int(1, 28);
  const isoDate = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const city = r.pick(L.cities);
  const values: Record<string, string> = {
    company: L.company(baseName),
    city,
    domain,
    address: L.street(name(), r.int(1, 180), city),
    regno: L.regno(r),
    email: `${r.pick(['info', 'shop', 'gdpr', 'support', 'privacy'])}@${domain}`,
    dpo: `dpo@${domain}`,
    phone: L.phone(r),
    payment: r.pick(L.payments),
    carrier: r.sample(L.carriers, r.int(1, 3)).join(', '),
    cloud: r.pick(['Google Cloud', 'Amazon Web Services', 'Microsoft Azure', 'Mailchimp', 'Shopify']),
    tracker: r.sample(['Google Analytics', 'Meta Pixel', 'Yandex.Metrica', 'Hotjar', 'TikTok Pixel'], r.int(1, 2)).join(', '),
    product: `${name()} ${String.fromCharCode(65 + r.int(0, 25))}${r.int(1, 99)}`,
    program: `${name()} Club`,
    years: String(r.int(2, 10)),
    age: String(r.pick([13, 15, 16, 18])),
    date: L.date(year, month, day),
  };

  // Shape: clause count like the real five (18–53), 7–11 sections.
  const total = r.int(18, 53);
  const chromeCount = r.chance(0.45) ? r.int(1, 3) : 0;
  const numberHeadings = r.chance(0.6);
  const numberClauses = numberHeadings && r.chance(0.6);

  // What this policy says: each phrase by its own probability, more when the policy is long.
  const boost = (total - 18) / 35; // 0 … 1
  let chosen = PHRASES.filter((p) => r.chance(Math.min(0.98, p.p * (0.75 + 0.6 * boost))));
  if (!chosen.some((p) => p.section === 'intro')) chosen.unshift(PHRASES[0]!);
  const roles = SECTION_ROLES.filter((role) => chosen.some((p) => p.section === role));
  // Too few sections: add the likeliest missing phrase from a missing section.
  while (roles.length < 7) {
    const missing = PHRASES.filter((p) => !roles.includes(p.section)).sort((a, b) => b.p - a.p)[0]!;
    chosen.push(missing);
    roles.splice(0, roles.length, ...SECTION_ROLES.filter((role) => chosen.some((p) => p.section === role)));
  }
  chosen = PHRASES.filter((p) => chosen.includes(p));
  const policyClauses = Math.max(roles.length, total - roles.length - chromeCount);

  // Units of text: one phrase each; reuse phrases (a restatement, as real policies do) when short of clauses.
  const units: Phrase[][] = chosen.map((p) => [p]);
  while (units.length < policyClauses) units.splice(r.int(0, units.length), 0, [r.pick(chosen)]);
  units.sort((a, b) => SECTION_ROLES.indexOf(a[0]!.section) - SECTION_ROLES.indexOf(b[0]!.section));
  // Too many: merge neighbours in the same section into multi-sentence clauses.
  let guard = 0;
  while (units.length > policyClauses && guard++ < 1000) {
    const i = r.int(0, units.length - 2);
    if (units[i]![0]!.section === units[i + 1]![0]!.section) units.splice(i, 2, [...units[i]!, ...units[i + 1]!]);
  }

  const sections: DraftSection[] = [];
  const usedIds = new Set<string>();
  const claim = (base: string) => {
    let id = base;
    for (let k = 2; usedIds.has(id); k++) id = `${base}-${k}`;
    usedIds.add(id);
    return id;
  };
  const chromeClause = (where: string, k: number): DraftClause => {
    const [o, e] = r.pick(L.chrome);
    return {
      id: claim(`${where}-chrome-${k}`),
      kind: 'chrome',
      original: o,
      translation: e,
      note: `Page chrome: a menu or widget label from the web page ("${e}"), captured with the text. It is not part of the policy.`,
    };
  };
  const topChrome = chromeCount > 0 && r.chance(0.5) ? chromeCount : 0;
  if (topChrome) sections.push({ id: claim('top-chrome'), clauses: Array.from({ length: topChrome }, (_, k) => chromeClause('top', k + 1)) });

  const [titleO, titleE] = r.pick(L.title);
  roles.forEach((role, si) => {
    const n = si + 1;
    const sectionId = claim(`s${n}-${role}`);
    const clauses: DraftClause[] = [];
    const [ho, he] = L.headings[role];
    if (si === 0) clauses.push({ id: claim('title'), kind: 'heading', original: titleO, translation: titleE });
    else
      clauses.push({
        id: claim(`s${n}-heading`),
        kind: 'heading',
        original: numberHeadings ? `${n}. ${ho}` : ho,
        translation: numberHeadings ? `${n}. ${he}` : he,
      });
    units
      .filter((u) => u[0]!.section === role)
      .forEach((unit, ci) => {
        const lead = unit[0]!;
        const prefix = numberClauses ? `${n}.${ci + 1} ` : '';
        // Real clauses run to several sentences: the phrase(s), then 0–3 qualifying sentences.
        const extra = r.sample(ELABORATIONS[language], r.weighted([[0, 18], [1, 38], [2, 30], [3, 14]] as const));
        const pairs: Pair[] = [...unit.map((p) => p.text[language]), ...extra].map(([o, e]) => [fill(o, values), fill(e, values)] as const);
        const sep = pairs.length > 1 && r.chance(0.25) ? '\n' : ' ';
        const original = prefix + pairs.map(([o]) => o).join(sep);
        const translation = prefix + pairs.map(([, e]) => e).join(sep);
        const topics = [...new Set(unit.flatMap((p) => p.topics))].slice(0, 4);
        const gdpr = [...new Set(unit.flatMap((p) => p.gdpr))];
        const worst = unit.map((p) => p.assessment).sort((a, b) => severity(b) - severity(a))[0]!;
        clauses.push({
          id: claim(`s${n}-${ci + 1}-${lead.key}`),
          kind: 'policy',
          label: lead.label,
          topics,
          gdpr,
          assessment: r.chance(0.8) ? worst : r.pick(['positive', 'neutral', 'concern'] as const),
          aspects: [...new Set(unit.flatMap((p) => p.aspects))],
          original,
          translation,
          gist: unit.map((p) => fill(p.text[language][1], values)).join(' '),
        });
      });
    sections.push({ id: sectionId, clauses });
  });
  if (chromeCount - topChrome > 0)
    sections.push({ id: claim('bottom-chrome'), clauses: Array.from({ length: chromeCount - topChrome }, (_, k) => chromeClause('bottom', k + 1)) });

  const all = sections.flatMap((s) => s.clauses);
  const policyIds = all.filter((c) => c.kind === 'policy').map((c) => c.id);

  // Annotations: notes (with links to other clauses), translator notes over real slips, seeAlso.
  for (const c of all) {
    if (c.kind === 'policy') {
      const parts = [
        `${cap(c.label!)}. The clause says that ${lowerFirst(stripNumber(c.gist!))}`,
        r.pick(ASSESSMENT_REASONS[c.assessment!]),
        ...r.sample(NOTE_FILLERS, r.int(1, 3)),
      ];
      if (policyIds.length > 1 && r.chance(0.35)) {
        const other = r.pick(policyIds.filter((id) => id !== c.id));
        parts.push(`See also [the related clause](#${other}).`);
      }
      c.note = parts.join(' ');
      if (policyIds.length > 1 && r.chance(0.12)) c.seeAlso = [r.pick(policyIds.filter((id) => id !== c.id))];
    }
    if ((c.kind === 'policy' && r.chance(0.28)) || (c.kind === 'heading' && r.chance(0.08))) {
      const g = garble(r, c.original);
      if (g) {
        c.original = g.original;
        c.translatorNote = g.note;
      }
    }
  }

  // Findings: every aspect, citing the clauses that say it, or not-stated.
  const findings: Record<string, { status: string; value: string; clauses: string[] }> = {};
  for (const aspect of ASPECTS) {
    const evidence = all.filter((c) => c.aspects?.includes(aspect.id)).map((c) => c.id);
    if (evidence.length === 0) {
      findings[aspect.id] = { status: 'not-stated', value: `Nothing on ${aspect.label.toLowerCase()}`, clauses: [] };
      continue;
    }
    const cited = r.sample(evidence, r.int(1, Math.min(4, evidence.length)));
    const status = r.weighted([['stated', 5], ['partial', 4], ['unclear', 1]] as const);
    const labels = [...new Set(cited.map((id) => all.find((c) => c.id === id)!.label!))].join('; ');
    const value = status === 'stated' ? labels : `${status === 'partial' ? 'Partly' : 'Unclear'}: ${labels}`;
    findings[aspect.id] = { status, value: truncate(value, 200), clauses: cited };
  }

  const effective = chosen.some((p) => p.key === 'effective-date') ? isoDate : null;
  const missing = ASPECTS.filter((a) => findings[a.id]!.status === 'not-stated').map((a) => a.label.toLowerCase());
  const said = all.filter((c) => c.kind === 'policy').map((c) => stripNumber(c.translation));
  const summary = [
    `A synthetic policy generated for the scaling benchmark, shaped like the real ones: the ${LANGS[language].title[0]![1].toLowerCase()} of the online shop ${domain}, run by ${values['company']!.replace(/\.$/, '')}.`,
    ...r.sample(said, Math.min(said.length, r.int(5, 9))),
    missing.length ? `It says nothing on ${missing.slice(0, 8).join(', ')}${missing.length > 8 ? ' and more' : ''}.` : 'It answers every question of the comparison.',
  ].join(' ');

  const frontmatter = {
    title: titleE,
    shortName: truncate(domain, 40),
    originalTitle: titleO,
    owner: r.chance(0.75) ? values['company'] : null,
    website: r.chance(0.85) ? `https://www.${domain}/` : null,
    language,
    country: r.chance(0.85) ? L.country : null,
    countryBasis: 'Synthetic: the country of the language the policy is written in, as a real policy would name it in its address or governing-law clause.',
    source: sourceName,
    updated: effective && r.chance(0.5) ? effective : null,
    effective,
    jurisdictions: JURISDICTIONS[language],
    legalContext: L.legalContext,
    summary,
    findings,
  };

  const body = sections.map((s) => [`<Section id="${s.id}">`, '', ...s.clauses.map(renderClause), '</Section>', ''].join('\n')).join('\n');
  const mdx = `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${body}`;
  const sourceText = sections
    .map((s) => s.clauses.map((c) => c.original).join('\n'))
    .join('\n\n')
    .concat('\n');
  return { index, slug, language, sourceName, sourceText, mdx, clauseCount: all.length };
}

function renderClause(c: DraftClause): string {
  const attrs = [`id="${c.id}"`];
  if (c.kind !== 'policy') attrs.push(`kind="${c.kind}"`);
  if (c.label) attrs.push(`label="${c.label}"`);
  if (c.topics?.length) attrs.push(`topics="${c.topics.join(', ')}"`);
  if (c.gdpr?.length) attrs.push(`gdpr="${c.gdpr.join(', ')}"`);
  if (c.assessment) attrs.push(`assessment="${c.assessment}"`);
  if (c.seeAlso?.length) attrs.push(`seeAlso="${c.seeAlso.join(', ')}"`);
  const lines = [`<Clause ${attrs.join(' ')}>`, '<Original>', c.original, '</Original>', '<Translation>', c.translation, '</Translation>'];
  if (c.note) lines.push('<Note>', c.note, '</Note>');
  if (c.translatorNote) lines.push('<TranslatorNote>', c.translatorNote, '</TranslatorNote>');
  lines.push('</Clause>', '');
  return lines.join('\n');
}

const SEVERITY: Record<AssessmentId, number> = { positive: 0, neutral: 1, concern: 2, serious: 3 };
const severity = (a: AssessmentId) => SEVERITY[a];
const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);
const stripNumber = (s: string) => s.replace(/^\d+(\.\d+)?\.? /, '').replace(/\n\s*•\s*/g, ' ');
function truncate(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1).trimEnd()}…`;
}

/** Policies 0 … count-1 of the library with this seed. */
export function generateLibrary(count: number, seed = 1): SyntheticPolicy[] {
  return Array.from({ length: count }, (_, i) => generatePolicy(i, seed));
}

export interface WriteOptions {
  readonly seed?: number;
  /** Delete the policies already in `src/content/policies/` (and their sources) first. Default true. */
  readonly removeExisting?: boolean;
}

export interface WriteResult {
  readonly policies: number;
  readonly clauses: number;
  readonly mdxBytes: number;
  readonly sourceBytes: number;
  readonly removed: readonly string[];
}

/**
 * Writes `count` synthetic policies, each with its source, into the project at
 * `root` (meant for a temporary copy, never the real tree). The real sources'
 * SHA256SUMS is left as it is: the build does not read it.
 */
export function writeSyntheticLibrary(root: string, count: number, options: WriteOptions = {}): WriteResult {
  const policiesDir = join(root, 'src/content/policies');
  const sourcesDir = join(root, 'sources');
  mkdirSync(policiesDir, { recursive: true });
  mkdirSync(sourcesDir, { recursive: true });
  const removed: string[] = [];
  if (options.removeExisting ?? true) {
    for (const f of readdirSync(policiesDir)) {
      if (!f.endsWith('.mdx')) continue;
      const text = readFileSync(join(policiesDir, f), 'utf8');
      const source = /^source:\s*["']?([\w.-]+\.txt)/m.exec(text)?.[1];
      rmSync(join(policiesDir, f));
      if (source && existsSync(join(sourcesDir, source))) rmSync(join(sourcesDir, source));
      removed.push(f);
    }
  }
  let clauses = 0;
  let mdxBytes = 0;
  let sourceBytes = 0;
  for (let i = 0; i < count; i++) {
    const p = generatePolicy(i, options.seed ?? 1);
    writeFileSync(join(policiesDir, `${p.slug}.mdx`), p.mdx);
    writeFileSync(join(sourcesDir, p.sourceName), p.sourceText);
    clauses += p.clauseCount;
    mdxBytes += Buffer.byteLength(p.mdx);
    sourceBytes += Buffer.byteLength(p.sourceText);
  }
  return { policies: count, clauses, mdxBytes, sourceBytes, removed };
}
