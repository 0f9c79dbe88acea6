/**
 * The concept vocabulary: what the library's policies talk about, in every
 * language of the library, so that a word in any language reaches the
 * clauses that mean it in every language. Part of the taxonomy (taxonomy.ts
 * re-exports it; the one source of truth), kept in its own module for its
 * size.
 *
 * Each concept gives, per language, the words and terms that mean it
 * wherever they stand (`terms`: in a query, and in a clause, whose text then
 * counts as being about the concept), and the English phrasings readers use
 * in a question but a policy's text would not mean that way (`asked`:
 * "how long", "get rid of", "change my mind"; read in queries only). Where a
 * concept is one of the taxonomy's topics or comparison aspects, it names
 * them, and the clauses filed under those are reached as well.
 *
 * Where the words come from (`source`):
 * - The legal terms are those of the official language versions of the GDPR
 *   (Regulation (EU) 2016/679, OJ L 119, 4.5.2016, in English, Czech and
 *   Latvian, as published on EUR-Lex); the article is named on each entry.
 * - Russian has no GDPR version: its legal terms are those of the Russian
 *   Federal Law No. 152-FZ "On Personal Data" (the words the library's
 *   Russian policy uses too).
 * - Albanian has no GDPR version either, and no Albanian legal term is given
 *   as one: the Albanian words are ordinary words for the concept, most of
 *   them as the library's Albanian policy writes them.
 * - Ordinary words ("cops", "birthday", "reward points") are the readers'
 *   and the policies' own, cited as such.
 *
 * Rules the entries keep (tests/unit/search-meaning.test.ts checks them):
 * a word of another language is never also an English word of the
 * policies' translations unless it means the same concept there
 * ("marketing"); no entry invents a translation (a language with no sure
 * term is left out). Each language's words are matched after its stemmer,
 * so list the inflected forms a stemmer does not join.
 */
import type { AspectId, LanguageId, TopicId } from './taxonomy.ts';

export interface Concept {
  readonly id: string;
  /** The taxonomy's topics and comparison aspects the concept is, if any. */
  readonly topics: readonly TopicId[];
  readonly aspects: readonly AspectId[];
  /** Where the words come from. */
  readonly source: string;
  /** Words and terms that mean the concept, in a query and in a clause, per language. */
  readonly terms: Readonly<Partial<Record<LanguageId, readonly string[]>>>;
  /** English phrasings of a question about it, read in queries only. */
  readonly asked?: readonly string[];
}

const GDPR = 'GDPR (Regulation (EU) 2016/679), official English, Czech and Latvian versions';
const OWN = "the readers' and the policies' own words";

export const CONCEPTS: readonly Concept[] = [
  {
    id: 'legal-basis',
    topics: ['legal-basis'],
    aspects: ['legal-bases'],
    source: `${GDPR}, Art. 6 (lawfulness of processing) and 6(1)(f) (legitimate interests); 152-FZ Art. 6`,
    terms: {
      en: ['lawful basis', 'legal basis', 'legal ground', 'lawfulness of processing', 'legitimate interest', 'legitimate interests'],
      cs: ['právní základ', 'oprávněný zájem', 'oprávněné zájmy', 'oprávněných zájmů', 'oprávněného zájmu', 'zákonnost zpracování'],
      lv: ['tiesiskais pamats', 'leģitīmās intereses', 'leģitīmo interešu', 'leģitīmās interesēs', 'apstrādes likumīgums'],
      ru: ['законные интересы', 'законных интересов', 'правовое основание', 'правовые основания'],
    },
    asked: ['basis for processing', 'ground for processing', 'why are they allowed'],
  },
  {
    id: 'contract',
    topics: ['legal-basis'],
    aspects: ['legal-bases'],
    source: `${GDPR}, Art. 6(1)(b) (performance of a contract); ${OWN}`,
    terms: {
      en: ['contract', 'contractual', 'performance of a contract', 'offer agreement', 'sale contract'],
      cs: ['smlouva', 'smlouvy', 'smluvní', 'smluvního', 'splnění smlouvy'],
      lv: ['līgums', 'līguma izpilde'],
      ru: ['договор', 'договора', 'договору', 'оферта', 'оферты'],
    },
  },
  {
    id: 'recipients',
    topics: ['sharing'],
    aspects: ['recipients'],
    source: `${GDPR}, Art. 4(9) (recipient) and 4(10) (third party); 152-FZ Art. 3 and 6; ${OWN}`,
    terms: {
      en: [
        'third party',
        'third parties',
        'recipient',
        'recipients',
        'share',
        'shares',
        'shared',
        'sharing',
        'disclose',
        'disclosure',
        'pass on',
        'passed to',
        'hand over',
      ],
      cs: [
        'třetí strana',
        'třetí strany',
        'třetím stranám',
        'třetích stran',
        'příjemce',
        'příjemci',
        'sdílet',
        'sdílíme',
        'nesdílíme',
        'sdílení',
      ],
      lv: [
        'trešā persona',
        'trešās personas',
        'trešajām personām',
        'trešo personu',
        'saņēmējs',
        'saņēmēji',
        'nodošana',
        'nodošanu',
        'nodot',
        'nodoti',
        'nodots',
      ],
      sq: ['palë të treta', 'palë të tretë', 'palët e treta', 'palë e tretë', 'palëve të treta', 'ndajmë', 'ndarja', 'ndarje'],
      ru: ['третьи лица', 'третьим лицам', 'третьих лиц', 'третьему лицу', 'передача третьим лицам', 'передать', 'передача'],
    },
    asked: ['who gets', 'who receives', 'who can see', 'give my data to', 'sell', 'sold'],
  },
  {
    id: 'processors',
    topics: ['sharing'],
    aspects: ['recipients'],
    source: `${GDPR}, Art. 4(8) (processor) and Art. 28; ${OWN}`,
    terms: {
      en: [
        'processor',
        'processors',
        'sub-processor',
        'subprocessor',
        'service provider',
        'service providers',
        'data centre',
        'data centres',
        'cloud storage',
        'subcontractor',
      ],
      cs: [
        'zpracovatel',
        'zpracovatelé',
        'zpracovatele',
        'poskytovatel služeb',
        'poskytovatele služeb',
        'poskytovatelů služeb',
        'poskytovatelé',
      ],
      lv: ['apstrādātājs', 'apstrādātāji', 'apstrādātājiem', 'datu centri'],
    },
    asked: ['vendors', 'suppliers'],
  },
  {
    id: 'transfers',
    topics: ['transfers'],
    aspects: ['international-transfers'],
    source: `${GDPR}, Chapter V (transfers of personal data to third countries) and Art. 46 (appropriate safeguards); 152-FZ Art. 12 (cross-border transfer); ${OWN}`,
    terms: {
      en: [
        'abroad',
        'third country',
        'third countries',
        'transfers of personal data',
        'international transfer',
        'international transfers',
        'cross-border',
        'overseas',
        'other countries',
        'outside the eu',
        'across borders',
        'transfer to servers',
        'appropriate safeguards',
      ],
      cs: [
        'zahraničí',
        'přes hranice',
        'přenosu na servery',
        'třetí země',
        'třetích zemí',
        'předávání osobních údajů',
        'vhodné záruky',
        'vhodných zárukách',
      ],
      lv: ['trešās valstis', 'trešajām valstīm', 'trešo valstu', 'ārvalstīm', 'ārvalstis', 'atbilstošas garantijas'],
      ru: ['трансграничная передача', 'трансграничной передачи', 'трансграничную передачу', 'за границу', 'за рубеж'],
    },
    asked: ['sent abroad', 'send abroad', 'other country', 'foreign servers', 'servers in'],
  },
  {
    id: 'consent',
    topics: ['consent'],
    aspects: [],
    source: `${GDPR}, Art. 4(11) (consent); 152-FZ Art. 9; ${OWN}`,
    terms: {
      en: ['consent', 'consents', 'permission', 'opt in', 'opt-in'],
      cs: ['souhlas', 'souhlasu', 'souhlasem', 'svolení'],
      lv: ['piekrišana', 'piekrišanu', 'piekrišanas', 'piekrītat'],
      sq: ['pëlqim', 'pëlqimi', 'pëlqimin'],
      ru: ['согласие', 'согласия', 'согласие на обработку'],
    },
    asked: ['agree', 'agreed', 'approval'],
  },
  {
    id: 'consent-withdrawal',
    topics: ['consent', 'rights'],
    aspects: ['consent-withdrawal'],
    source: `${GDPR}, Art. 7(3) (withdraw consent); 152-FZ Art. 9(2) (withdrawal of consent); ${OWN}`,
    terms: {
      en: ['withdraw consent', 'withdraw your consent', 'withdrawal of consent', 'revoke consent', 'take back consent'],
      cs: ['odvolat souhlas', 'odvolání souhlasu', 'odvolat svůj souhlas', 'odvolat'],
      lv: ['atsaukt piekrišanu', 'atsaukt savu piekrišanu', 'piekrišanas atsaukšana', 'atsaukt'],
      ru: ['отзыв согласия', 'отозвать согласие', 'отозвать'],
    },
    asked: ['withdraw', 'revoke', 'change my mind', 'cancel consent', 'cancel my consent'],
  },
  {
    id: 'rights',
    topics: ['rights'],
    aspects: [],
    source: `${GDPR}, Chapter III (rights of the data subject) and Art. 4(1) (data subject); 152-FZ Chapter 3 and Art. 3(1); ${OWN}`,
    terms: {
      en: ['data subject', 'rights of the data subject', 'data subject rights', 'your rights', 'my rights'],
      cs: ['práva subjektu údajů', 'subjekt údajů', 'subjektu údajů', 'práva', 'právo'],
      lv: ['datu subjekta tiesības', 'datu subjekts', 'datu subjekta', 'tiesības', 'tiesību'],
      sq: ['të drejtat', 'të drejtat tuaja', 'të drejtën'],
      ru: ['права субъекта персональных данных', 'субъект персональных данных', 'права', 'право'],
    },
    asked: ['user rights', 'what rights', 'what can i do'],
  },
  {
    id: 'access',
    topics: ['rights'],
    aspects: ['right-of-access'],
    source: `${GDPR}, Art. 15 (right of access by the data subject); 152-FZ Art. 14; ${OWN}`,
    terms: {
      en: ['right of access', 'subject access', 'copy of your personal information', 'copy of my data', 'confirmation of the processing'],
      cs: ['právo na přístup', 'přístup k vašim osobním údajům'],
      lv: ['piekļuves tiesības', 'kopiju', 'pārskatīt apstrādātos datus'],
      ru: ['право на доступ', 'доступ к своим персональным данным'],
    },
    asked: [
      'see my data',
      'see what data',
      'what data they have',
      'what data do they have',
      'data they hold',
      'access request',
      'access my data',
    ],
  },
  {
    id: 'rectification',
    topics: ['rights'],
    aspects: ['right-to-rectification'],
    source: `${GDPR}, Art. 16 (right to rectification); ${OWN}`,
    terms: {
      en: ['right to rectification', 'rectification', 'rectify', 'correct', 'correction', 'inaccurate'],
      cs: ['právo na opravu', 'opravu', 'oprava', 'opravit'],
      lv: ['tiesības labot', 'labot', 'labotu', 'atjauninātu'],
      sq: ['korrigjoni', 'korrigjim'],
      ru: ['исправить', 'исправление', 'изменить', 'обновить', 'дополнить'],
    },
    asked: ['fix', 'wrong', 'mistake', 'out of date', 'update my data', 'change my data', 'amend'],
  },
  {
    id: 'erasure',
    topics: ['rights'],
    aspects: ['right-to-erasure'],
    source: `${GDPR}, Art. 17 (right to erasure, "right to be forgotten"); 152-FZ Art. 3(8) and 21 (destruction of personal data); ${OWN}`,
    terms: {
      en: [
        'right to erasure',
        'right to be forgotten',
        'erasure',
        'erase',
        'delete',
        'deleted',
        'deletion',
        'destroy',
        'destroyed',
        'destruction',
      ],
      cs: ['právo na výmaz', 'výmaz', 'vymazání', 'vymažeme', 'vymazat', 'smazat', 'smazání', 'právo být zapomenut'],
      lv: ['tiesības uz dzēšanu', 'tiesības tikt aizmirstam', 'dzēšana', 'dzēšanu', 'dzēst', 'izdzēsta', 'iznīcināti'],
      sq: ['fshijmë', 'fshirja', 'fshirje', 'fshini'],
      ru: ['удаление', 'удаления', 'удалить', 'удалению', 'уничтожение', 'уничтожить', 'уничтожение персональных данных'],
    },
    asked: ['get rid of', 'remove', 'wipe', 'forget me', 'close my account'],
  },
  {
    id: 'restriction',
    topics: ['rights'],
    aspects: ['right-to-restriction'],
    source: `${GDPR}, Art. 18 (right to restriction of processing)`,
    terms: {
      en: ['restriction of processing', 'restrict processing', 'restriction'],
      cs: ['omezení zpracování', 'omezení'],
      lv: ['ierobežot apstrādi'],
    },
    asked: ['limit processing', 'pause processing'],
  },
  {
    id: 'portability',
    topics: ['rights'],
    aspects: ['right-to-portability'],
    source: `${GDPR}, Art. 20 (right to data portability)`,
    terms: {
      en: ['data portability', 'portability', 'another service provider'],
      cs: ['přenositelnost údajů', 'přenositelnost', 'přenesení na jiného poskytovatele'],
      lv: ['datu pārnesamību', 'pārnesamība'],
    },
    asked: ['export my data', 'download my data', 'move my data'],
  },
  {
    id: 'objection',
    topics: ['rights', 'marketing'],
    aspects: ['right-to-object'],
    source: `${GDPR}, Art. 21 (right to object); ${OWN}`,
    terms: {
      en: ['right to object', 'objection', 'opt out', 'opt-out', 'unsubscribe', 'refuse to receive'],
      cs: ['vznést námitku', 'vznesení námitky', 'námitka', 'námitku', 'odhlásit', 'odhlášení'],
      lv: ['tiesības iebilst', 'iebilst', 'atteikties saņemt'],
      sq: ['dilni nga'],
      ru: ['отписаться', 'отказаться от рассылки'],
    },
    asked: ['object', 'stop sending', 'stop emails', 'no more emails', 'stop processing'],
  },
  {
    id: 'complaint',
    topics: ['complaint'],
    aspects: ['complaint-to-supervisory-authority'],
    source: `${GDPR}, Art. 4(21) (supervisory authority) and Art. 77 (lodge a complaint); 152-FZ Art. 17 and 23; ${OWN}`,
    terms: {
      en: ['lodge a complaint', 'supervisory authority', 'data protection authority', 'complain', 'complaint', 'complaints', 'regulator'],
      cs: ['stížnost', 'stížnosti', 'podat stížnost', 'stěžovat', 'dozorový úřad', 'dozorovému úřadu', 'úřad pro ochranu osobních údajů'],
      lv: ['sūdzība', 'sūdzību', 'iesniegt sūdzību', 'uzraudzības iestāde', 'uzraudzības iestādē'],
      sq: ['shqetësim', 'ankesë'],
      ru: ['обжаловать', 'уполномоченный орган', 'жалоба', 'жалобу'],
    },
    asked: ['watchdog', 'ombudsman', 'report them'],
  },
  {
    id: 'dpo',
    topics: ['dpo'],
    aspects: ['dpo-contact'],
    source: `${GDPR}, Art. 37 (designation of the data protection officer); 152-FZ Art. 22.1 (the person responsible for organising processing)`,
    terms: {
      en: ['data protection officer', 'dpo', 'privacy officer'],
      cs: ['pověřenec pro ochranu osobních údajů', 'pověřenec'],
      lv: ['datu aizsardzības speciālists', 'datu aizsardzības speciālistu'],
      ru: ['ответственный за организацию обработки персональных данных'],
    },
  },
  {
    id: 'controller',
    topics: ['controller'],
    aspects: ['controller-identity'],
    source: `${GDPR}, Art. 4(7) (controller); 152-FZ Art. 3(2) (operator); ${OWN}`,
    terms: {
      en: ['controller', 'data controller', 'sole owners', 'administrator of the site', 'site administrator'],
      cs: ['správce', 'správce osobních údajů', 'provozovatel'],
      lv: ['pārzinis', 'pārziņa'],
      sq: ['zotëruesit e vetëm'],
      ru: ['оператор', 'оператора', 'администратором сайта', 'администратор сайта'],
    },
    asked: ['who is responsible', 'who runs', 'who owns', 'who is behind', 'company name', 'operator'],
  },
  {
    id: 'retention',
    topics: ['retention'],
    aspects: ['retention-period'],
    source: `${GDPR}, Art. 5(1)(e) (storage limitation) and 13(2)(a) (the period for which the data will be stored); 152-FZ Art. 5(7); ${OWN}`,
    terms: {
      en: [
        'storage limitation',
        'period for which the personal data will be stored',
        'retention',
        'retention period',
        'retain',
        'storage period',
        'how long we keep',
        'keep your data for',
      ],
      cs: ['omezení uložení', 'doba uložení', 'doba uchování', 'uchování', 'uchovávat', 'uchováváme', 'jak dlouho'],
      lv: ['glabāšanas ierobežojums', 'glabāšanas laiks', 'glabāšanas termiņš', 'glabājam', 'glabāt', 'termiņš', 'termiņa'],
      sq: ['ruajtja e të dhënave', 'ruajtje'],
      ru: ['срок хранения', 'хранение', 'хранить', 'хранения', 'в течение срока'],
    },
    asked: ['how long', 'keep', 'kept', 'stored', 'storage', 'for how long', 'retention schedule'],
  },
  {
    id: 'security',
    topics: ['security'],
    aspects: ['security-measures'],
    source: `${GDPR}, Art. 4(12) (personal data breach), 5(1)(f) (integrity and confidentiality) and Art. 32 (security of processing); 152-FZ Art. 19; ${OWN}`,
    terms: {
      en: [
        'security',
        'secure',
        'securely',
        'security measures',
        'personal data breach',
        'security of processing',
        'encryption',
        'encrypted',
        'unauthorised access',
        'unauthorized access',
        'keep your personal data safe',
      ],
      cs: [
        'bezpečnost',
        'bezpečnosti',
        'bezpečnostní',
        'zabezpečení',
        'porušení zabezpečení',
        'zabezpečení zpracování',
        'neoprávněným přístupem',
      ],
      lv: ['drošība', 'drošību', 'drošībā', 'datu aizsardzības pārkāpums', 'apstrādes drošība'],
      sq: ['të koduara', 'kriptimin', 'kriptim', 'të sigurt', 'mënyrë të sigurt'],
      ru: ['безопасность', 'технические меры', 'неправомерного доступа', 'меры защиты'],
    },
    asked: ['hack', 'hacked', 'hacker', 'hackers', 'breach', 'leak', 'leaked', 'stolen', 'safe', 'protect my data'],
  },
  {
    id: 'marketing',
    topics: ['marketing'],
    aspects: ['marketing-and-ads'],
    source: OWN,
    terms: {
      en: [
        'marketing',
        'direct marketing',
        'advertising',
        'advertisers',
        'ads',
        'promotional',
        'promotions',
        'newsletter',
        'mailing list',
        'spam',
      ],
      cs: ['marketing', 'marketingové', 'marketingovými', 'reklama', 'reklamní', 'inzerenty', 'seznamu adresátů', 'novinky'],
      lv: ['reklāma', 'reklāmas', 'reklāmu', 'nevēlamu vēstuļu'],
      sq: ['promovues', 'reklama'],
      ru: ['реклама', 'рекламы', 'рекламные', 'рассылка', 'рассылки'],
    },
    asked: ['offers', 'adverts', 'commercial emails', 'sell me'],
  },
  {
    id: 'authorities',
    topics: ['authorities'],
    aspects: [],
    source: OWN,
    terms: {
      en: ['police', 'law enforcement', 'court order', 'subpoena', 'state authority', 'public authorities'],
      cs: ['soudní příkaz', 'předvolání', 'policie'],
      lv: ['policijai', 'policija', 'tiesībsargājošajām iestādēm', 'valsts varas'],
      ru: ['полиция', 'правоохранительные органы', 'государственные органы', 'суд'],
    },
    asked: ['cops', 'government', 'authorities', 'court'],
  },
  {
    id: 'cookies',
    topics: ['cookies-tracking'],
    aspects: ['cookies-and-tracking'],
    source: OWN,
    terms: {
      en: ['cookie', 'cookies', 'tracking', 'tracking technologies', 'tracker', 'trackers', 'track'],
      cs: ['cookie', 'cookies', 'soubory cookie', 'souborů cookie', 'sledování', 'sledovací'],
      lv: ['sīkdatnes', 'sīkdatnēm', 'sīkdatņu', 'sīkfaili', 'sīkfailus', 'sīkfailu'],
      sq: ['cookies', 'cookie'],
      ru: ['cookies', 'cookie', 'файлы cookie', 'файлов cookies', 'куки'],
    },
    asked: ['browsing', 'browsing habits', 'pages i visit', 'web beacons', 'pixel', 'pixels'],
  },
  {
    id: 'payment-card',
    topics: ['payment'],
    aspects: ['payment-data'],
    source: OWN,
    terms: {
      en: [
        'credit card',
        'payment card',
        'bank card',
        'card data',
        'card details',
        'card number',
        'financial data',
        'financial information',
      ],
      cs: ['platební karta', 'platební karty', 'kreditní karta', 'zpracování plateb', 'finanční informace'],
      lv: ['norēķinu karte', 'norēķinu karti', 'bankas konta numurs', 'bankas karte'],
      sq: ['karta e kreditit', 'kartës së kreditit', 'kartave të kreditit', 'numri i kartës', 'informacionin financiar'],
      ru: ['банковская карта', 'банковской карты', 'финансовых данных', 'финансовые данные'],
    },
    asked: ['debit card', 'card', 'visa', 'mastercard'],
  },
  {
    id: 'telephone',
    topics: ['data-collected'],
    aspects: ['data-categories'],
    source: OWN,
    terms: {
      en: ['telephone', 'telephone number', 'phone number', 'phone', 'contact telephone'],
      cs: ['telefonní číslo', 'telefonní'],
      lv: ['tālruņa numurs', 'tālruņa', 'tālrunis'],
      sq: ['numrit të telefonit', 'telefonit'],
      ru: ['телефон', 'телефона', 'контактный телефон'],
    },
    asked: ['mobile number', 'mobile', 'cell phone', 'phone no'],
  },
  {
    id: 'birth-date',
    topics: ['data-collected'],
    aspects: ['data-categories'],
    source: OWN,
    terms: {
      en: ['date of birth', 'birth date'],
      cs: ['datum narození'],
      lv: ['dzimšanas datums'],
      ru: ['дата рождения', 'даты рождения', 'день рождения'],
    },
    asked: ['birthday', 'born', 'birthdate'],
  },
  {
    id: 'delivery-address',
    topics: ['data-collected'],
    aspects: ['data-categories'],
    source: OWN,
    terms: {
      en: ['delivery address', 'shipping address', 'postal address'],
      cs: ['poštovní adresa', 'poštovní adresu'],
      lv: ['piegādes adrese'],
      sq: ['adresën e transportit'],
      ru: ['адрес доставки', 'почтовый адрес'],
    },
    asked: ['home address', 'where i live', 'mailing address'],
  },
  {
    id: 'loyalty',
    topics: ['data-collected'],
    aspects: [],
    source: OWN,
    terms: {
      en: ['bonuses', 'accumulated bonuses', 'loyalty programme', 'loyalty program'],
      ru: ['бонусах', 'бонусы', 'накопленных бонусах', 'бонусная программа'],
    },
    asked: ['loyalty', 'loyalty points', 'bonus points', 'reward points', 'rewards', 'points balance', 'bonus'],
  },
  {
    id: 'identity-document',
    topics: ['rights'],
    aspects: [],
    source: OWN,
    terms: {
      en: [
        'identity document',
        'identification documents',
        'proof of identity',
        'verify your identity',
        'verify identity',
        'prove your identity',
      ],
      cs: ['identifikačních dokladů', 'identifikační doklady', 'doklad totožnosti'],
      lv: ['personu apliecinošu dokumentu', 'personu apliecinošs dokuments', 'pārbaudītu jūsu identitāti', 'pierādīt savu identitāti'],
      ru: ['удостоверение личности', 'паспорт'],
    },
    asked: ['id card', 'identity card', 'passport', 'show id'],
  },
  {
    id: 'policy-change',
    topics: ['policy-change'],
    aspects: ['policy-changes'],
    source: OWN,
    terms: {
      en: [
        'changes to the policy',
        'changes to this privacy policy',
        'update this privacy policy',
        'new version',
        'changes will be published',
        'make changes',
      ],
      cs: ['aktualizovat', 'změny', 'změníme'],
      lv: ['izmaiņas', 'izmaiņas politikā'],
      sq: ['ndryshimet në politikë', 'ndryshimet në këtë politikë'],
      ru: ['изменения политики', 'изменения в политике', 'внесении изменений', 'новая редакция', 'вносить изменения'],
    },
    asked: ['policy changes', 'policy change', 'notify changes', 'tell me about changes', 'updated policy'],
  },
  {
    id: 'obligation',
    topics: ['obligation-to-provide'],
    aspects: ['statutory-contractual-requirement'],
    source: `${GDPR}, Art. 13(2)(e) (whether the provision of personal data is a requirement); ${OWN}`,
    terms: {
      en: ['mandatory', 'obligatory', 'voluntary', 'voluntarily', 'required to buy', 'you must provide'],
      cs: ['povinné', 'dobrovolně', 'dobrovolné'],
      lv: ['obligāta', 'obligāti'],
      sq: ['vullnetare', 'vullnetarisht', 'duhet të jepni'],
      ru: ['обязательно', 'обязательными'],
    },
    asked: ['must i provide', 'do i have to', 'have to give', 'refuse to give', 'what if i refuse', 'optional', 'required'],
  },
  {
    id: 'purposes',
    topics: ['purposes'],
    aspects: ['purposes'],
    source: `${GDPR}, Art. 5(1)(b) (purpose limitation) and 13(1)(c) (purposes of the processing); ${OWN}`,
    terms: {
      en: ['purpose', 'purposes', 'purpose limitation', 'other purposes'],
      cs: ['účely', 'účel', 'účelům', 'účelu', 'omezení účelu'],
      lv: ['mērķiem', 'mērķis', 'mērķi', 'mērķa ierobežojumi', 'nolūkam'],
      sq: ['qëllime', 'qëllim'],
      ru: ['цели', 'целях', 'целей'],
    },
    asked: ['used for', 'what for', 'what do they use', 'why do they collect'],
  },
  {
    id: 'minimisation',
    topics: ['data-collected', 'purposes'],
    aspects: [],
    source: `${GDPR}, Art. 5(1)(c) (data minimisation); ${OWN}`,
    terms: {
      en: ['data minimisation', 'data minimization', 'minimisation', 'only what we really need', 'necessary to achieve the purpose'],
      cs: ['minimalizace údajů'],
      lv: ['datu minimizēšana', 'minimizēšanas principu'],
      ru: ['только те персональные данные'],
    },
    asked: ['only necessary data', 'collect less', 'minimum data'],
  },
  {
    id: 'governing-law',
    topics: ['governing-law'],
    aspects: ['governing-law'],
    source: OWN,
    terms: {
      en: ['governing law', 'applicable law', 'jurisdiction', 'legislation of the republic'],
      cs: ['rozhodné právo'],
      lv: ['likumdošanu', 'likumdošana'],
      ru: ['законодательство', 'законодательство республики казахстан', 'подлежит применению'],
    },
    asked: ['which law', 'which country law', 'what law applies', 'courts of'],
  },
  {
    id: 'automated-decisions',
    topics: ['automated-decisions'],
    aspects: ['automated-decision-making'],
    source: `${GDPR}, Art. 4(4) (profiling) and Art. 22 (automated individual decision-making)`,
    terms: {
      en: ['automated individual decision-making', 'automated decision', 'automated decisions', 'profiling'],
      cs: ['profilování', 'automatizované rozhodování', 'automatizované individuální rozhodování'],
      lv: ['profilēšana', 'automatizēta lēmumu pieņemšana'],
    },
    asked: ['algorithm', 'ai decides', 'targeting'],
  },
  {
    id: 'anonymisation',
    topics: ['data-collected'],
    aspects: [],
    source: `${GDPR}, Recital 26 (anonymous information); 152-FZ Art. 3(9) (depersonalisation); ${OWN}`,
    terms: {
      en: ['anonymise', 'anonymised', 'anonymize', 'anonymized', 'anonymous'],
      cs: ['anonymizujeme', 'anonymizovat'],
      lv: ['anonīmu', 'anonīma'],
      ru: ['обезличенные', 'обезличивание'],
    },
    asked: ['de-identified', 'not identifiable'],
  },
];

/**
 * Words too common in privacy policies to say what a query is about
 * ("data", "personal", "user", "údaje", "данные"), per language: a query word that
 * is one of them counts for little beside the words that carry its meaning
 * (search's GENERIC_WEIGHT), unless a concept's term holds it ("personal
 * data breach").
 */
export const GENERIC_WORDS: Readonly<Record<LanguageId, readonly string[]>> = {
  en: ['data', 'personal', 'information', 'info', 'details', 'personally', 'user', 'users'],
  cs: [
    'údaje',
    'údajů',
    'údaji',
    'údajům',
    'osobní',
    'osobních',
    'osobním',
    'informace',
    'informací',
    'data',
    'dat',
    'uživatel',
    'uživatelé',
    'uživatelů',
    'uživatelům',
    'uživatele',
  ],
  lv: [
    'dati',
    'datu',
    'datus',
    'datiem',
    'datos',
    'personas',
    'personīgo',
    'personīgā',
    'personiskā',
    'personisko',
    'informācija',
    'informāciju',
    'informācijas',
    'lietotājs',
    'lietotāju',
    'lietotāji',
    'lietotājiem',
  ],
  sq: [
    'të dhënat',
    'dhënat',
    'dhëna',
    'dhënave',
    'dhënash',
    'informacion',
    'informacionin',
    'informacioni',
    'personale',
    'personal',
    'përdorues',
    'përdoruesit',
    'përdoruesve',
  ],
  ru: [
    'данные',
    'данных',
    'данным',
    'персональные',
    'персональных',
    'персональной',
    'персональную',
    'информация',
    'информацию',
    'информации',
    'сведения',
    'пользователь',
    'пользователя',
    'пользователей',
    'пользователю',
    'пользователем',
    'пользователи',
  ],
};
