/**
 * The languages of the synthetic library, as data: per language its country,
 * headings, page chrome, the letters of made-up names, places, carriers,
 * payment providers, and how it writes a company, an address, a registration
 * number, a phone number and a date; and the jurisdictions a policy in it names.
 */
import type { TopicId } from '../../src/lib/taxonomy.ts';
import type { Random } from './random.ts';

export const SYNTHETIC_LANGUAGES = ['cs', 'lv', 'sq', 'ru'] as const;
export type SyntheticLanguage = (typeof SYNTHETIC_LANGUAGES)[number];

/** A sentence in the original language and its English translation. */
export type Pair = readonly [original: string, translation: string];

/** The parts of a policy, in the order its sections come. */
export const SECTION_ROLES = [
  'intro',
  'controller',
  'data',
  'purposes',
  'marketing',
  'sharing',
  'retention',
  'rights',
  'cookies',
  'security',
  'final',
] as const;
export type SectionRole = (typeof SECTION_ROLES)[number];

/** Everything the generator needs to write in one language. */
export interface LanguageData {
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
export const JURISDICTIONS: Record<SyntheticLanguage, { id: string; basis: string; reason: string }[]> = {
  cs: [
    { id: 'eu', basis: 'addresses-eu', reason: 'Synthetic: a Czech-language shop offering goods to people in Czechia.' },
    { id: 'cz', basis: 'inferred', reason: 'Synthetic: written in Czech for buyers in Czechia.' },
  ],
  lv: [
    { id: 'eu', basis: 'inferred', reason: 'Synthetic: a shop in Latvia, an EU member state.' },
    { id: 'lv', basis: 'inferred', reason: 'Synthetic: written in Latvian for buyers in Latvia.' },
  ],
  sq: ['al', 'xk', 'mk'].map((id) => ({
    id,
    basis: 'candidate',
    reason: 'Synthetic: Albanian is an official language there, and the policy names no country.',
  })),
  ru: [{ id: 'kz', basis: 'inferred', reason: 'Synthetic: a Russian-language shop on a .kz domain.' }],
};

/** Each language's data; `weight` is how often a policy is written in it. */
export const LANGS: Record<SyntheticLanguage, LanguageData> = {
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

/**
 * The national-law provisions a synthetic clause on a topic may cite, by language: only references that the real
 * library's clauses on that topic cite (the law ids are those of the jurisdiction files), so nothing is invented.
 */
export const NATIONAL_LAW: Record<SyntheticLanguage, Partial<Record<TopicId, readonly { law: string; article: string }[]>>> = {
  cs: {
    'cookies-tracking': [
      { law: 'cz-act-127-2005', article: '§ 89(3)' },
      { law: 'eu-eprivacy-directive', article: 'Art. 5(3)' },
    ],
    marketing: [
      { law: 'cz-act-480-2004', article: '§ 7' },
      { law: 'eu-eprivacy-directive', article: 'Art. 13(1)-(2)' },
    ],
  },
  lv: {
    'cookies-tracking': [
      { law: 'lv-information-society-services-law', article: 'Section 7(1)-(2)' },
      { law: 'eu-eprivacy-directive', article: 'Art. 5(3)' },
    ],
    marketing: [
      { law: 'lv-information-society-services-law', article: 'Section 9' },
      { law: 'eu-eprivacy-directive', article: 'Art. 13(1)-(2)' },
    ],
  },
  sq: { complaint: [{ law: 'xk-law-06-l-082', article: 'Art. 64(1)' }] },
  ru: {
    'cookies-tracking': [
      { law: 'kz-law-94-v', article: 'Art. 1(2)' },
      { law: 'kz-law-94-v', article: 'Art. 7(1)' },
    ],
    'data-collected': [{ law: 'kz-law-94-v', article: 'Art. 8(4)' }],
    security: [{ law: 'kz-law-94-v', article: 'Art. 25(2)(8)' }],
  },
};
