/**
 * What a synthetic policy can say, as data: each phrase in every language
 * with its English translation and its annotation (label, topics, GDPR
 * articles, assessment, the comparison aspects it is evidence for); the
 * sentences that pad and qualify a clause; and the stock sentences of notes
 * and translator's notes.
 */
import type { AspectId, AssessmentId, TopicId } from '../../src/lib/taxonomy.ts';
import type { Pair, SectionRole, SyntheticLanguage } from './languages.ts';

/**
 * One thing a policy can say, in each language with its English translation.
 * `{name}` placeholders are filled per policy.
 */
export interface Phrase {
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

/** Every phrase, in the order a policy gives them (by section). */
export const PHRASES: readonly Phrase[] = [
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
      cs: [
        'Tyto zásady popisují, jak společnost {company} zpracovává osobní údaje zákazníků internetového obchodu {domain}.',
        'These rules describe how the company {company} processes the personal data of customers of the online shop {domain}.',
      ],
      lv: [
        'Šie noteikumi apraksta, kā {company} apstrādā interneta veikala {domain} klientu personas datus.',
        'These rules describe how {company} processes the personal data of customers of the online shop {domain}.',
      ],
      sq: [
        'Kjo politikë përshkruan se si {company} përpunon të dhënat personale të klientëve të dyqanit online {domain}.',
        'This policy describes how {company} processes the personal data of the customers of the online shop {domain}.',
      ],
      ru: [
        'Настоящая политика описывает, как {company} обрабатывает персональные данные покупателей интернет-магазина {domain}.',
        'This policy describes how {company} processes the personal data of buyers of the online shop {domain}.',
      ],
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
      cs: [
        'Používáním webu vyjadřujete souhlas se zpracováním svých osobních údajů podle těchto zásad.',
        'By using the website you express your consent to the processing of your personal data under these rules.',
      ],
      lv: [
        'Izmantojot vietni, jūs piekrītat savu personas datu apstrādei saskaņā ar šiem noteikumiem.',
        'By using the site, you agree to the processing of your personal data in accordance with these rules.',
      ],
      sq: [
        'Duke përdorur faqen, ju pranoni përpunimin e të dhënave tuaja personale sipas kësaj politike.',
        'By using the site, you accept the processing of your personal data under this policy.',
      ],
      ru: [
        'Используя сайт, вы соглашаетесь на обработку своих персональных данных в соответствии с настоящей политикой.',
        'By using the site, you agree to the processing of your personal data in accordance with this policy.',
      ],
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
      cs: [
        'Pojmy použité v těchto zásadách mají význam uvedený v obchodních podmínkách obchodu.',
        'Terms used in these rules have the meaning given in the terms and conditions of the shop.',
      ],
      lv: [
        'Šajos noteikumos lietotajiem terminiem ir tāda pati nozīme kā veikala lietošanas noteikumos.',
        'The terms used in these rules have the same meaning as in the terms of use of the shop.',
      ],
      sq: [
        'Termat e përdorur në këtë politikë kanë kuptimin që u jepet në kushtet e përdorimit të dyqanit.',
        'The terms used in this policy have the meaning given to them in the terms of use of the shop.',
      ],
      ru: [
        'Термины, используемые в настоящей политике, имеют значение, указанное в пользовательском соглашении магазина.',
        'The terms used in this policy have the meaning given in the user agreement of the shop.',
      ],
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
      cs: [
        'Uživatel je povinen uvádět pravdivé a úplné údaje a aktualizovat je v případě změny.',
        'The user is obliged to give true and complete data and to update it in the event of a change.',
      ],
      lv: [
        'Lietotājam ir pienākums sniegt patiesus un pilnīgus datus un tos atjaunināt, ja tie mainās.',
        'The user has a duty to provide true and complete data and to update it if it changes.',
      ],
      sq: [
        'Përdoruesi është i detyruar të japë të dhëna të vërteta dhe të plota dhe t’i përditësojë kur ndryshojnë.',
        'The user is obliged to give true and complete data and to update it when it changes.',
      ],
      ru: [
        'Пользователь обязан предоставлять достоверные и полные данные и обновлять их при изменении.',
        'The user is obliged to provide accurate and complete data and to update it when it changes.',
      ],
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
      cs: [
        'Správcem osobních údajů je společnost {company}, se sídlem {address}, IČO {regno}.',
        'The controller of personal data is the company {company}, with its registered office at {address}, company ID {regno}.',
      ],
      lv: [
        'Personas datu pārzinis ir {company}, juridiskā adrese {address}, reģistrācijas numurs {regno}.',
        'The controller of personal data is {company}, legal address {address}, registration number {regno}.',
      ],
      sq: [
        'Kontrolluesi i të dhënave personale është {company}, me seli në {address}, NIPT {regno}.',
        'The controller of the personal data is {company}, with its seat at {address}, tax ID {regno}.',
      ],
      ru: [
        'Оператором персональных данных является {company}, юридический адрес: {address}, БИН {regno}.',
        'The operator of personal data is {company}, legal address: {address}, BIN {regno}.',
      ],
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
      cs: [
        'V záležitostech osobních údajů nás můžete kontaktovat na e-mailu {email} nebo na telefonu {phone}.',
        'In matters of personal data you can contact us at the e-mail {email} or by telephone at {phone}.',
      ],
      lv: [
        'Jautājumos par personas datiem ar mums var sazināties, rakstot uz {email} vai zvanot pa tālruni {phone}.',
        'On questions about personal data you can contact us by writing to {email} or by calling {phone}.',
      ],
      sq: [
        'Për çështje që lidhen me të dhënat personale mund të na kontaktoni në {email} ose në telefon {phone}.',
        'For matters relating to personal data you can contact us at {email} or by phone at {phone}.',
      ],
      ru: [
        'По вопросам, связанным с персональными данными, вы можете связаться с нами по адресу {email} или по телефону {phone}.',
        'On questions relating to personal data you can contact us at {email} or by phone at {phone}.',
      ],
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
      cs: [
        'Jmenovali jsme pověřence pro ochranu osobních údajů, kterého lze kontaktovat na adrese {dpo}.',
        'We have appointed a data protection officer, who can be contacted at {dpo}.',
      ],
      lv: [
        'Esam iecēluši datu aizsardzības speciālistu, ar kuru var sazināties, rakstot uz {dpo}.',
        'We have appointed a data protection officer, whom you can contact by writing to {dpo}.',
      ],
      sq: [
        'Kemi caktuar një zyrtar për mbrojtjen e të dhënave, i cili mund të kontaktohet në {dpo}.',
        'We have appointed a data protection officer, who can be contacted at {dpo}.',
      ],
      ru: [
        'Назначено лицо, ответственное за организацию обработки персональных данных, с которым можно связаться по адресу {dpo}.',
        'A person responsible for organising the processing of personal data has been appointed and can be contacted at {dpo}.',
      ],
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
      cs: [
        'Zpracováváme zejména Vaše jméno, příjmení, doručovací adresu, telefonní číslo a e-mailovou adresu.',
        'We process in particular your name, surname, delivery address, telephone number and e-mail address.',
      ],
      lv: [
        'Mēs apstrādājam jūsu vārdu, uzvārdu, piegādes adresi, tālruņa numuru un e-pasta adresi.',
        'We process your first name, surname, delivery address, telephone number and e-mail address.',
      ],
      sq: [
        'Ne përpunojmë veçanërisht emrin, mbiemrin, adresën e dorëzimit, numrin e telefonit dhe adresën e email-it.',
        'We process in particular the first name, surname, delivery address, telephone number and e-mail address.',
      ],
      ru: [
        'Мы обрабатываем, в частности, ваши имя, фамилию, адрес доставки, номер телефона и адрес электронной почты.',
        'We process, in particular, your first name, surname, delivery address, telephone number and e-mail address.',
      ],
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
      cs: [
        'Při registraci účtu ukládáme Vaše přihlašovací jméno, heslo v šifrované podobě a Vaše preference doručení.',
        'When an account is registered we store your login name, your password in encrypted form and your delivery preferences.',
      ],
      lv: [
        'Reģistrējot kontu, mēs saglabājam jūsu lietotājvārdu, paroli šifrētā veidā un jūsu piegādes izvēles.',
        'When an account is registered, we store your user name, your password in encrypted form and your delivery choices.',
      ],
      sq: [
        'Kur regjistroni një llogari, ruajmë emrin e përdoruesit, fjalëkalimin në formë të enkriptuar dhe preferencat tuaja të dorëzimit.',
        'When you register an account, we store the user name, the password in encrypted form and your delivery preferences.',
      ],
      ru: [
        'При регистрации учётной записи мы сохраняем ваш логин, пароль в зашифрованном виде и предпочтения по доставке.',
        'When an account is registered we store your login, your password in encrypted form and your delivery preferences.',
      ],
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
      cs: [
        'Členům věrnostního programu {program} evidujeme také nákupy a získané bonusové body.',
        'For members of the loyalty programme {program} we also record purchases and the bonus points earned.',
      ],
      lv: [
        'Lojalitātes programmas {program} dalībniekiem mēs reģistrējam arī pirkumus un uzkrātos bonusa punktus.',
        'For members of the loyalty programme {program} we also record purchases and the bonus points collected.',
      ],
      sq: [
        'Për anëtarët e programit të besnikërisë {program} regjistrojmë gjithashtu blerjet dhe pikët bonus.',
        'For members of the loyalty programme {program} we also record purchases and bonus points.',
      ],
      ru: [
        'Для участников программы лояльности {program} мы также учитываем покупки и накопленные бонусные баллы.',
        'For members of the loyalty programme {program} we also record purchases and accumulated bonus points.',
      ],
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
      cs: [
        'Některé údaje získáváme od našich obchodních partnerů a z veřejně dostupných rejstříků.',
        'Some data we obtain from our business partners and from publicly available registers.',
      ],
      lv: [
        'Daļu datu mēs saņemam no mūsu sadarbības partneriem un publiski pieejamiem reģistriem.',
        'Part of the data we receive from our cooperation partners and publicly available registers.',
      ],
      sq: [
        'Disa të dhëna i marrim nga partnerët tanë të biznesit dhe nga regjistrat e disponueshëm publikisht.',
        'Some data we receive from our business partners and from publicly available registers.',
      ],
      ru: [
        'Некоторые данные мы получаем от наших деловых партнёров и из общедоступных реестров.',
        'Some data we receive from our business partners and from publicly available registers.',
      ],
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
      cs: [
        'Telefonní hovory se zákaznickou podporou mohou být nahrávány pro účely kontroly kvality.',
        'Telephone calls with customer support may be recorded for the purposes of quality control.',
      ],
      lv: [
        'Tālruņa sarunas ar klientu apkalpošanas dienestu var tikt ierakstītas kvalitātes kontroles nolūkos.',
        'Telephone conversations with the customer service may be recorded for quality-control purposes.',
      ],
      sq: [
        'Telefonatat me shërbimin e klientit mund të regjistrohen për qëllime të kontrollit të cilësisë.',
        'Telephone calls with customer service may be recorded for the purposes of quality control.',
      ],
      ru: [
        'Телефонные разговоры со службой поддержки могут записываться в целях контроля качества.',
        'Telephone conversations with the support service may be recorded for the purpose of quality control.',
      ],
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
      cs: [
        'Poskytnutí osobních údajů je dobrovolné, bez nich však nemůžeme Vaši objednávku vyřídit.',
        'Providing personal data is voluntary, but without it we cannot process your order.',
      ],
      lv: [
        'Personas datu sniegšana ir brīvprātīga, taču bez tiem mēs nevaram izpildīt jūsu pasūtījumu.',
        'Providing personal data is voluntary, but without it we cannot fulfil your order.',
      ],
      sq: [
        'Dhënia e të dhënave është vullnetare, por pa to nuk mund ta përpunojmë porosinë tuaj.',
        'Giving the data is voluntary, but without it we cannot process your order.',
      ],
      ru: [
        'Предоставление персональных данных является добровольным, однако без них мы не сможем выполнить ваш заказ.',
        'Providing personal data is voluntary; however, without it we will not be able to fulfil your order.',
      ],
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
      cs: [
        'Platby kartou zpracovává platební brána {payment}; k údajům o Vaší platební kartě nemáme přístup.',
        'Card payments are processed by the payment gateway {payment}; we have no access to the details of your payment card.',
      ],
      lv: [
        'Maksājumus ar karti apstrādā maksājumu pakalpojumu sniedzējs {payment}; mums nav piekļuves jūsu kartes datiem.',
        'Card payments are processed by the payment service provider {payment}; we have no access to your card data.',
      ],
      sq: [
        'Pagesat me kartë përpunohen nga ofruesi i pagesave {payment}; ne nuk kemi qasje në të dhënat e kartës suaj.',
        'Card payments are processed by the payment provider {payment}; we have no access to your card data.',
      ],
      ru: [
        'Оплата банковской картой обрабатывается платёжным сервисом {payment}; мы не имеем доступа к данным вашей карты.',
        'Payment by bank card is processed by the payment service {payment}; we have no access to your card data.',
      ],
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
      cs: [
        'Osobní údaje používáme k vyřízení a doručení objednávek, ke komunikaci s Vámi a k vyřízení reklamací.',
        'We use personal data to process and deliver orders, to communicate with you and to handle complaints.',
      ],
      lv: [
        'Personas datus mēs izmantojam pasūtījumu apstrādei un piegādei, saziņai ar jums un sūdzību izskatīšanai.',
        'We use personal data to process and deliver orders, to communicate with you and to examine complaints.',
      ],
      sq: [
        'Të dhënat personale i përdorim për përpunimin dhe dorëzimin e porosive, për komunikim me ju dhe për trajtimin e ankesave.',
        'We use personal data for processing and delivering orders, for communication with you and for handling complaints.',
      ],
      ru: [
        'Персональные данные используются для обработки и доставки заказов, связи с вами и рассмотрения претензий.',
        'Personal data is used to process and deliver orders, to contact you and to consider claims.',
      ],
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
      cs: [
        'Pokud napíšete recenzi produktu {product}, zveřejníme u ní Vaše křestní jméno a město.',
        'If you write a review of the product {product}, we will publish your first name and town with it.',
      ],
      lv: [
        'Ja jūs uzrakstāt atsauksmi par produktu {product}, kopā ar to tiek publicēts jūsu vārds un pilsēta.',
        'If you write a review of the product {product}, your first name and town are published with it.',
      ],
      sq: [
        'Nëse shkruani një vlerësim për produktin {product}, bashkë me të publikohen emri dhe qyteti juaj.',
        'If you write a review of the product {product}, your name and town are published with it.',
      ],
      ru: [
        'Если вы оставляете отзыв о товаре {product}, вместе с ним публикуются ваше имя и город.',
        'If you leave a review of the product {product}, your first name and city are published with it.',
      ],
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
      cs: [
        'Zpracování je nezbytné pro plnění kupní smlouvy (čl. 6 odst. 1 písm. b) GDPR).',
        'The processing is necessary for the performance of the purchase contract (Art. 6(1)(b) GDPR).',
      ],
      lv: [
        'Apstrāde ir nepieciešama pirkuma līguma izpildei (VDAR 6. panta 1. punkta b) apakšpunkts).',
        'The processing is necessary for the performance of the purchase contract (GDPR Article 6(1)(b)).',
      ],
      sq: [
        'Përpunimi është i nevojshëm për zbatimin e kontratës së blerjes (neni 6, paragrafi 1, shkronja b) e GDPR-së).',
        'The processing is necessary for the performance of the purchase contract (Article 6(1)(b) of the GDPR).',
      ],
      ru: [
        'Обработка необходима для исполнения договора купли-продажи, стороной которого является покупатель.',
        'The processing is necessary for the performance of the sale contract to which the buyer is a party.',
      ],
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
      cs: [
        'Údaje zpracováváme také na základě našeho oprávněného zájmu, například za účelem zlepšování služeb.',
        'We also process data on the basis of our legitimate interest, for example for the purpose of improving services.',
      ],
      lv: [
        'Datus mēs apstrādājam arī, pamatojoties uz mūsu leģitīmajām interesēm, piemēram, lai uzlabotu pakalpojumus.',
        'We also process data on the basis of our legitimate interests, for example to improve services.',
      ],
      sq: [
        'Ne i përpunojmë të dhënat edhe në bazë të interesit tonë të ligjshëm, për shembull për të përmirësuar shërbimet.',
        'We also process the data on the basis of our legitimate interest, for example to improve the services.',
      ],
      ru: [
        'Мы также обрабатываем данные на основании наших законных интересов, например для улучшения качества услуг.',
        'We also process data on the basis of our legitimate interests, for example to improve the quality of services.',
      ],
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
      cs: [
        'Daňové doklady uchováváme na základě zákonné povinnosti podle účetních a daňových předpisů.',
        'We keep tax documents on the basis of a legal obligation under accounting and tax regulations.',
      ],
      lv: [
        'Rēķinus mēs glabājam, pamatojoties uz juridisku pienākumu saskaņā ar grāmatvedības un nodokļu normatīvajiem aktiem.',
        'We keep invoices on the basis of a legal obligation under the accounting and tax regulations.',
      ],
      sq: [
        'Faturat i ruajmë në bazë të një detyrimi ligjor sipas rregullave të kontabilitetit dhe tatimeve.',
        'We keep the invoices on the basis of a legal obligation under the rules of accounting and taxation.',
      ],
      ru: [
        'Счета и платёжные документы хранятся на основании требований бухгалтерского и налогового законодательства.',
        'Invoices and payment documents are kept on the basis of the requirements of accounting and tax legislation.',
      ],
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
      cs: [
        'Neprovádíme automatizované individuální rozhodování ani profilování.',
        'We do not carry out automated individual decision-making or profiling.',
      ],
      lv: [
        'Mēs neveicam automatizētu lēmumu pieņemšanu, tostarp profilēšanu.',
        'We do not carry out automated decision-making, including profiling.',
      ],
      sq: ['Ne nuk kryejmë vendimmarrje të automatizuar as profilizim.', 'We do not carry out automated decision-making or profiling.'],
      ru: [
        'Мы не принимаем решений на основе исключительно автоматизированной обработки и не осуществляем профилирование.',
        'We do not take decisions based solely on automated processing and do not carry out profiling.',
      ],
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
      cs: [
        'Obchodní sdělení Vám zasíláme pouze s Vaším souhlasem; odhlásit se můžete odkazem v každém e-mailu.',
        'We send you commercial communications only with your consent; you can unsubscribe by the link in every e-mail.',
      ],
      lv: [
        'Jaunumu vēstules mēs sūtām tikai ar jūsu piekrišanu; atteikties var, izmantojot saiti katrā e-pastā.',
        'We send newsletters only with your consent; you can opt out using the link in every e-mail.',
      ],
      sq: [
        'Buletinet ju dërgohen vetëm me pëlqimin tuaj; mund të çregjistroheni përmes lidhjes në çdo email.',
        'Newsletters are sent to you only with your consent; you can unsubscribe through the link in every e-mail.',
      ],
      ru: [
        'Рекламные рассылки направляются только с вашего согласия; отказаться от них можно по ссылке в каждом письме.',
        'Promotional mailings are sent only with your consent; you can refuse them by the link in every letter.',
      ],
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
      cs: [
        'Vaše kontaktní údaje můžeme předat partnerům, aby Vám mohli nabízet své produkty.',
        'We may pass your contact details to partners so that they can offer you their products.',
      ],
      lv: [
        'Jūsu kontaktinformāciju mēs varam nodot partneriem, lai tie varētu jums piedāvāt savus produktus.',
        'We may pass your contact information to partners so that they can offer you their products.',
      ],
      sq: [
        'Të dhënat tuaja të kontaktit mund t’ua kalojmë partnerëve, që ata t’ju ofrojnë produktet e tyre.',
        'We may pass your contact details to partners, so that they offer you their products.',
      ],
      ru: [
        'Мы можем передавать ваши контактные данные партнёрам, чтобы они могли предлагать вам свои товары.',
        'We may transfer your contact details to partners so that they can offer you their goods.',
      ],
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
      cs: [
        'Údaje předáváme dopravcům ({carrier}), provozovateli platební brány a naší účetní firmě.',
        'We pass data to carriers ({carrier}), to the operator of the payment gateway and to our accounting firm.',
      ],
      lv: [
        'Datus nododam pārvadātājiem ({carrier}), maksājumu sistēmas uzturētājam un mūsu grāmatvedim.',
        'We pass data to carriers ({carrier}), to the operator of the payment system and to our accountant.',
      ],
      sq: [
        'Të dhënat ua kalojmë transportuesve ({carrier}), operatorit të sistemit të pagesave dhe kontabilistit tonë.',
        'We pass the data to carriers ({carrier}), to the operator of the payment system and to our accountant.',
      ],
      ru: [
        'Данные передаются службам доставки ({carrier}), оператору платёжной системы и нашей бухгалтерии.',
        'Data is transferred to delivery services ({carrier}), to the operator of the payment system and to our accounts department.',
      ],
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
      cs: [
        'Údaje můžeme poskytnout orgánům veřejné moci, pokud to vyžaduje zákon.',
        'We may provide data to public authorities where the law requires it.',
      ],
      lv: [
        'Datus mēs varam izpaust valsts iestādēm, ja to pieprasa likums.',
        'We may disclose data to state institutions if the law requires it.',
      ],
      sq: [
        'Të dhënat mund t’u jepen autoriteteve publike kur këtë e kërkon ligji.',
        'The data may be given to public authorities when the law requires it.',
      ],
      ru: [
        'Мы можем раскрывать данные государственным органам в случаях, предусмотренных законодательством.',
        'We may disclose data to state bodies in cases provided for by legislation.',
      ],
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
      cs: [
        'Osobní údaje nepředáváme do zemí mimo Evropskou unii.',
        'We do not transfer personal data to countries outside the European Union.',
      ],
      lv: [
        'Personas dati netiek nodoti uz valstīm ārpus Eiropas Savienības.',
        'Personal data is not transferred to countries outside the European Union.',
      ],
      sq: [
        'Të dhënat personale nuk transferohen jashtë Republikës së Shqipërisë.',
        'Personal data is not transferred outside the Republic of Albania.',
      ],
      ru: [
        'Персональные данные не передаются за пределы Республики Казахстан.',
        'Personal data is not transferred outside the Republic of Kazakhstan.',
      ],
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
      cs: [
        'Někteří naši dodavatelé, například {cloud}, mohou ukládat údaje na serverech ve Spojených státech.',
        'Some of our suppliers, for example {cloud}, may store data on servers in the United States.',
      ],
      lv: [
        'Daži mūsu pakalpojumu sniedzēji, piemēram, {cloud}, var glabāt datus serveros Amerikas Savienotajās Valstīs.',
        'Some of our service providers, for example {cloud}, may store data on servers in the United States of America.',
      ],
      sq: [
        'Disa nga ofruesit tanë të shërbimeve, si {cloud}, mund t’i ruajnë të dhënat në serverë në Shtetet e Bashkuara.',
        'Some of our service providers, such as {cloud}, may store the data on servers in the United States.',
      ],
      ru: [
        'Некоторые наши поставщики услуг, например {cloud}, могут хранить данные на серверах в США.',
        'Some of our service providers, for example {cloud}, may store data on servers in the USA.',
      ],
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
      cs: [
        'Osobní údaje uchováváme po dobu {years} let od poslední objednávky, poté je vymažeme.',
        'We keep personal data for {years} years from the last order, after which we erase it.',
      ],
      lv: [
        'Personas datus mēs glabājam {years} gadus no pēdējā pasūtījuma, pēc tam tos dzēšam.',
        'We keep personal data for {years} years from the last order, then we delete it.',
      ],
      sq: [
        'Të dhënat personale i ruajmë për {years} vjet nga porosia e fundit, pastaj i fshijmë.',
        'We keep the personal data for {years} years from the last order, then we delete it.',
      ],
      ru: [
        'Мы храним персональные данные в течение {years} лет с момента последнего заказа, после чего удаляем их.',
        'We store personal data for {years} years from the moment of the last order, after which we delete it.',
      ],
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
      cs: [
        'Údaje uchováváme po dobu nezbytně nutnou k naplnění účelů, pro které byly shromážděny.',
        'We keep data for the period strictly necessary to fulfil the purposes for which it was collected.',
      ],
      lv: [
        'Dati tiek glabāti tik ilgi, cik nepieciešams nolūkiem, kādiem tie tika savākti.',
        'Data is kept for as long as necessary for the purposes for which it was collected.',
      ],
      sq: [
        'Të dhënat ruhen për aq kohë sa është e nevojshme për qëllimet për të cilat janë mbledhur.',
        'The data is kept for as long as is necessary for the purposes for which it was collected.',
      ],
      ru: [
        'Данные хранятся в течение срока, необходимого для достижения целей, для которых они были собраны.',
        'Data is stored for the period necessary to achieve the purposes for which it was collected.',
      ],
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
      cs: [
        'Máte právo na přístup ke svým osobním údajům a na jejich opravu.',
        'You have the right of access to your personal data and to its rectification.',
      ],
      lv: [
        'Jums ir tiesības piekļūt saviem personas datiem un pieprasīt to labošanu.',
        'You have the right to access your personal data and to request its correction.',
      ],
      sq: [
        'Ju keni të drejtë të keni qasje në të dhënat tuaja personale dhe t’i korrigjoni ato.',
        'You have the right to have access to your personal data and to correct it.',
      ],
      ru: [
        'Вы имеете право на доступ к своим персональным данным и на их исправление.',
        'You have the right of access to your personal data and to its correction.',
      ],
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
      cs: [
        'Můžete požádat o výmaz svých údajů nebo o omezení jejich zpracování.',
        'You may request the erasure of your data or the restriction of its processing.',
      ],
      lv: [
        'Jūs varat pieprasīt savu datu dzēšanu vai to apstrādes ierobežošanu.',
        'You may request the deletion of your data or the restriction of its processing.',
      ],
      sq: [
        'Ju mund të kërkoni fshirjen e të dhënave tuaja ose kufizimin e përpunimit të tyre.',
        'You may request the deletion of your data or the restriction of its processing.',
      ],
      ru: [
        'Вы можете потребовать удаления своих данных или ограничения их обработки.',
        'You may demand the deletion of your data or the restriction of its processing.',
      ],
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
      cs: [
        'Máte právo vznést námitku proti zpracování a právo na přenositelnost údajů.',
        'You have the right to object to processing and the right to data portability.',
      ],
      lv: [
        'Jums ir tiesības iebilst pret apstrādi un tiesības uz datu pārnesamību.',
        'You have the right to object to processing and the right to data portability.',
      ],
      sq: [
        'Ju keni të drejtën të kundërshtoni përpunimin dhe të drejtën e transferueshmërisë së të dhënave.',
        'You have the right to object to processing and the right to the portability of data.',
      ],
      ru: [
        'Вы вправе возразить против обработки и получить свои данные в структурированном машиночитаемом формате.',
        'You may object to processing and receive your data in a structured machine-readable format.',
      ],
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
      cs: [
        'Souhlas se zpracováním můžete kdykoli odvolat zasláním e-mailu na adresu {email}.',
        'You may withdraw your consent to processing at any time by sending an e-mail to {email}.',
      ],
      lv: [
        'Piekrišanu jūs varat jebkurā laikā atsaukt, rakstot uz {email}.',
        'You may withdraw your consent at any time by writing to {email}.',
      ],
      sq: [
        'Pëlqimin tuaj mund ta tërhiqni në çdo kohë duke shkruar në {email}.',
        'You may withdraw your consent at any time by writing to {email}.',
      ],
      ru: [
        'Вы можете в любое время отозвать своё согласие, направив письмо на адрес {email}.',
        'You may withdraw your consent at any time by sending a letter to {email}.',
      ],
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
      cs: [
        'Na Vaši žádost odpovíme nejpozději do jednoho měsíce od jejího obdržení.',
        'We will reply to your request within one month of its receipt at the latest.',
      ],
      lv: [
        'Uz jūsu pieprasījumu mēs atbildēsim viena mēneša laikā no tā saņemšanas.',
        'We will answer your request within one month of its receipt.',
      ],
      sq: [
        'Kërkesës suaj do t’i përgjigjemi brenda një muaji nga marrja e saj.',
        'We will answer your request within one month of receiving it.',
      ],
      ru: [
        'Мы ответим на ваш запрос в течение одного месяца с момента его получения.',
        'We will answer your request within one month from the moment of its receipt.',
      ],
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
      cs: [
        'Máte právo podat stížnost u Úřadu pro ochranu osobních údajů.',
        'You have the right to lodge a complaint with the Office for Personal Data Protection.',
      ],
      lv: [
        'Jums ir tiesības iesniegt sūdzību Datu valsts inspekcijā.',
        'You have the right to submit a complaint to the Data State Inspectorate.',
      ],
      sq: [
        'Ju keni të drejtë të paraqisni ankesë pranë Komisionerit për të Drejtën e Informimit dhe Mbrojtjen e të Dhënave Personale.',
        'You have the right to lodge a complaint with the Commissioner for the Right to Information and Personal Data Protection.',
      ],
      ru: [
        'Вы вправе обжаловать действия оператора в уполномоченный орган по защите прав субъектов персональных данных или в суд.',
        'You may appeal against the actions of the operator to the authorised body for the protection of the rights of personal data subjects or to a court.',
      ],
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
      cs: [
        'Web {domain} používá soubory cookies, které ukládají informace o Vaší návštěvě a prohlížených stránkách.',
        'The website {domain} uses cookies, which store information about your visit and the pages viewed.',
      ],
      lv: [
        'Vietne {domain} izmanto sīkdatnes, kas saglabā informāciju par jūsu apmeklējumu un skatītajām lapām.',
        'The site {domain} uses cookies, which save information about your visit and the pages viewed.',
      ],
      sq: [
        'Faqja {domain} përdor cookies, të cilat ruajnë informacion për vizitën tuaj dhe faqet që shikoni.',
        'The site {domain} uses cookies, which store information about your visit and the pages you view.',
      ],
      ru: [
        'Сайт {domain} использует файлы cookie, которые сохраняют сведения о вашем посещении и просмотренных страницах.',
        'The site {domain} uses cookie files, which store information about your visit and the pages viewed.',
      ],
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
      cs: [
        'Používáme analytické a reklamní nástroje, jako je {tracker}, které Vás mohou sledovat napříč weby.',
        'We use analytical and advertising tools, such as {tracker}, which may track you across websites.',
      ],
      lv: [
        'Mēs izmantojam analītikas un reklāmas rīkus, piemēram, {tracker}, kas var jūs izsekot dažādās vietnēs.',
        'We use analytics and advertising tools, for example {tracker}, which may track you on various sites.',
      ],
      sq: [
        'Ne përdorim mjete analitike dhe reklamuese si {tracker}, të cilat mund t’ju ndjekin në faqe të ndryshme.',
        'We use analytical and advertising tools such as {tracker}, which may follow you on different sites.',
      ],
      ru: [
        'Мы используем инструменты аналитики и рекламы, например {tracker}, которые могут отслеживать вас на разных сайтах.',
        'We use analytics and advertising tools, for example {tracker}, which may track you on different sites.',
      ],
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
      cs: [
        'Soubory cookies můžete odmítnout nebo smazat v nastavení svého prohlížeče.',
        'You can refuse or delete cookies in the settings of your browser.',
      ],
      lv: [
        'Sīkdatnes jūs varat atteikt vai dzēst savas pārlūkprogrammas iestatījumos.',
        'You can refuse or delete cookies in the settings of your browser.',
      ],
      sq: [
        'Cookies mund t’i refuzoni ose t’i fshini në cilësimet e shfletuesit tuaj.',
        'You can refuse cookies or delete them in the settings of your browser.',
      ],
      ru: [
        'Вы можете отказаться от файлов cookie или удалить их в настройках браузера.',
        'You can refuse cookie files or delete them in the browser settings.',
      ],
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
      cs: [
        'Přijali jsme technická a organizační opatření k ochraně osobních údajů před ztrátou a zneužitím.',
        'We have adopted technical and organisational measures to protect personal data against loss and misuse.',
      ],
      lv: [
        'Mēs esam ieviesuši tehniskus un organizatoriskus pasākumus, lai aizsargātu personas datus pret nozaudēšanu un ļaunprātīgu izmantošanu.',
        'We have introduced technical and organisational measures to protect personal data against loss and misuse.',
      ],
      sq: [
        'Kemi marrë masa teknike dhe organizative për të mbrojtur të dhënat personale nga humbja dhe keqpërdorimi.',
        'We have taken technical and organisational measures to protect personal data from loss and misuse.',
      ],
      ru: [
        'Мы принимаем технические и организационные меры для защиты персональных данных от утраты и неправомерного использования.',
        'We take technical and organisational measures to protect personal data against loss and unlawful use.',
      ],
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
      cs: [
        'Komunikace s webem je šifrována pomocí certifikátu SSL.',
        'Communication with the website is encrypted by means of an SSL certificate.',
      ],
      lv: [
        'Saziņa ar vietni tiek šifrēta, izmantojot SSL sertifikātu.',
        'Communication with the site is encrypted using an SSL certificate.',
      ],
      sq: [
        'Komunikimi me faqen është i enkriptuar me certifikatë SSL.',
        'Communication with the site is encrypted with an SSL certificate.',
      ],
      ru: [
        'Обмен данными с сайтом защищён с помощью SSL-сертификата.',
        'The exchange of data with the site is protected by an SSL certificate.',
      ],
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
      cs: [
        'Obchod neodpovídá za údaje, které uživatel na webu sám zveřejní.',
        'The shop is not liable for data that the user publishes on the website himself.',
      ],
      lv: [
        'Veikals neatbild par datiem, kurus lietotājs pats publicē vietnē.',
        'The shop is not responsible for data which the user publishes on the site himself.',
      ],
      sq: [
        'Dyqani nuk mban përgjegjësi për të dhënat që përdoruesi i publikon vetë në faqe.',
        'The shop bears no responsibility for the data that the user publishes on the site himself.',
      ],
      ru: [
        'Магазин не несёт ответственности за данные, которые пользователь самостоятельно размещает на сайте.',
        'The shop bears no responsibility for data that the user places on the site himself.',
      ],
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
      lv: [
        'Mūsu pakalpojumi nav paredzēti personām, kas jaunākas par {age} gadiem.',
        'Our services are not intended for persons younger than {age} years.',
      ],
      sq: [
        'Shërbimet tona nuk janë të destinuara për persona nën moshën {age} vjeç.',
        'Our services are not intended for persons under the age of {age}.',
      ],
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
      cs: [
        'Tyto zásady můžeme kdykoli změnit; nová verze je účinná okamžikem zveřejnění na webu.',
        'We may change these rules at any time; the new version is effective from the moment of publication on the website.',
      ],
      lv: [
        'Mēs varam jebkurā laikā grozīt šos noteikumus; jaunā versija stājas spēkā ar tās publicēšanu vietnē.',
        'We may amend these rules at any time; the new version takes effect upon its publication on the site.',
      ],
      sq: [
        'Ne mund ta ndryshojmë këtë politikë në çdo kohë; versioni i ri hyn në fuqi me publikimin në faqe.',
        'We may change this policy at any time; the new version enters into force on publication on the site.',
      ],
      ru: [
        'Мы вправе изменять настоящую политику в любое время; новая редакция вступает в силу с момента её размещения на сайте.',
        'We may change this policy at any time; the new version enters into force from the moment it is posted on the site.',
      ],
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
      lv: [
        'Šiem noteikumiem piemērojami Latvijas Republikas normatīvie akti.',
        'The laws and regulations of the Republic of Latvia apply to these rules.',
      ],
      sq: [
        'Kjo politikë rregullohet nga legjislacioni i Republikës së Shqipërisë.',
        'This policy is governed by the legislation of the Republic of Albania.',
      ],
      ru: [
        'К настоящей политике применяется законодательство Республики Казахстан.',
        'The legislation of the Republic of Kazakhstan applies to this policy.',
      ],
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
export const ELABORATIONS: Readonly<Record<SyntheticLanguage, readonly Pair[]>> = {
  cs: [
    [
      'Tato pravidla se vztahují i na objednávky učiněné telefonicky nebo e-mailem.',
      'These rules also apply to orders placed by telephone or by e-mail.',
    ],
    [
      'Údaje zpracováváme ručně i automatizovaně v elektronické podobě.',
      'We process the data manually as well as automatically in electronic form.',
    ],
    [
      'Podrobnosti jsou uvedeny v obchodních podmínkách, které jsou dostupné na webu {domain}.',
      'Details are given in the terms and conditions, which are available on the website {domain}.',
    ],
    ['V případě pochybností nás kontaktujte na adrese {email}.', 'In case of doubt, contact us at {email}.'],
    [
      'Zpracování probíhá v sídle správce v {city} a na serverech našeho poskytovatele hostingu.',
      'Processing takes place at the controller’s seat in {city} and on the servers of our hosting provider.',
    ],
    [
      'Totéž platí pro údaje zákazníků, kteří nakupují bez registrace.',
      'The same applies to the data of customers who buy without registration.',
    ],
    [
      'Tím nejsou dotčena práva, která Vám přiznávají právní předpisy.',
      'This does not affect the rights granted to you by legal regulations.',
    ],
    ['Údaje nezveřejňujeme ani je neprodáváme třetím osobám.', 'We do not publish the data or sell it to third parties.'],
    [
      'Pokud se Vaše údaje změní, oznamte nám to prosím bez zbytečného odkladu.',
      'If your data changes, please inform us without undue delay.',
    ],
    [
      'Rozsah zpracovávaných údajů závisí na tom, které služby obchodu {domain} využíváte.',
      'The scope of the data processed depends on which services of the shop {domain} you use.',
    ],
    ['Zaměstnanci správce jsou vázáni mlčenlivostí.', 'The controller’s employees are bound by confidentiality.'],
    [
      'Objednávky zboží {product} vyřizujeme zpravidla do tří pracovních dnů.',
      'Orders for the goods {product} are usually handled within three working days.',
    ],
  ],
  lv: [
    [
      'Šie noteikumi attiecas arī uz pasūtījumiem, kas veikti pa tālruni vai e-pastu.',
      'These rules also apply to orders placed by telephone or e-mail.',
    ],
    [
      'Datus mēs apstrādājam gan manuāli, gan automatizēti elektroniskā veidā.',
      'We process the data both manually and automatically in electronic form.',
    ],
    [
      'Sīkāka informācija ir pieejama lietošanas noteikumos vietnē {domain}.',
      'More detailed information is available in the terms of use on the site {domain}.',
    ],
    ['Šaubu gadījumā sazinieties ar mums, rakstot uz {email}.', 'In case of doubt, contact us by writing to {email}.'],
    [
      'Apstrāde notiek pārziņa birojā {city} un mūsu mitināšanas pakalpojumu sniedzēja serveros.',
      'Processing takes place at the controller’s office in {city} and on the servers of our hosting provider.',
    ],
    ['Tas pats attiecas uz klientiem, kuri iepērkas bez reģistrācijas.', 'The same applies to customers who shop without registration.'],
    [
      'Tas neierobežo tiesības, kas jums ir saskaņā ar normatīvajiem aktiem.',
      'This does not limit the rights that you have under the laws and regulations.',
    ],
    ['Mēs nepublicējam un nepārdodam datus trešajām personām.', 'We do not publish or sell data to third parties.'],
    ['Ja jūsu dati mainās, lūdzu, nekavējoties par to paziņojiet mums.', 'If your data changes, please notify us of it without delay.'],
    [
      'Apstrādāto datu apjoms ir atkarīgs no tā, kurus veikala {domain} pakalpojumus jūs izmantojat.',
      'The scope of the data processed depends on which services of the shop {domain} you use.',
    ],
    ['Pārziņa darbiniekiem ir pienākums ievērot konfidencialitāti.', 'The controller’s employees are obliged to observe confidentiality.'],
    [
      'Preču {product} pasūtījumus parasti izpildām trīs darba dienu laikā.',
      'Orders for the goods {product} are usually fulfilled within three working days.',
    ],
  ],
  sq: [
    [
      'Këto rregulla zbatohen edhe për porositë e bëra me telefon ose me email.',
      'These rules also apply to orders made by telephone or by e-mail.',
    ],
    [
      'Të dhënat i përpunojmë si manualisht ashtu edhe në mënyrë të automatizuar në formë elektronike.',
      'We process the data both manually and in an automated way in electronic form.',
    ],
    [
      'Hollësitë jepen në kushtet e përdorimit, të cilat gjenden në faqen {domain}.',
      'The details are given in the terms of use, which can be found on the site {domain}.',
    ],
    ['Në rast dyshimi, na kontaktoni në {email}.', 'In case of doubt, contact us at {email}.'],
    [
      'Përpunimi kryhet në selinë e kontrolluesit në {city} dhe në serverët e ofruesit tonë të hostimit.',
      'Processing is carried out at the controller’s seat in {city} and on the servers of our hosting provider.',
    ],
    ['E njëjta gjë vlen edhe për klientët që blejnë pa u regjistruar.', 'The same applies to customers who buy without registering.'],
    [
      'Kjo nuk cenon të drejtat që ju jep legjislacioni në fuqi.',
      'This does not affect the rights given to you by the legislation in force.',
    ],
    ['Ne nuk i publikojmë dhe nuk ua shesim të dhënat palëve të treta.', 'We do not publish the data and do not sell it to third parties.'],
    ['Nëse të dhënat tuaja ndryshojnë, ju lutemi të na njoftoni pa vonesë.', 'If your data changes, please notify us without delay.'],
    [
      'Vëllimi i të dhënave që përpunohen varet nga shërbimet e dyqanit {domain} që përdorni.',
      'The amount of data processed depends on the services of the shop {domain} that you use.',
    ],
    [
      'Punonjësit e kontrolluesit janë të detyruar të ruajnë konfidencialitetin.',
      'The controller’s employees are obliged to keep confidentiality.',
    ],
    [
      'Porositë për mallrat {product} zakonisht përpunohen brenda tri ditëve të punës.',
      'Orders for the goods {product} are usually processed within three working days.',
    ],
  ],
  ru: [
    [
      'Настоящие правила распространяются также на заказы, оформленные по телефону или по электронной почте.',
      'These rules also apply to orders placed by telephone or by e-mail.',
    ],
    [
      'Обработка данных осуществляется как вручную, так и с использованием средств автоматизации.',
      'Data is processed both manually and with the use of automation tools.',
    ],
    [
      'Подробности изложены в пользовательском соглашении, размещённом на сайте {domain}.',
      'Details are set out in the user agreement posted on the site {domain}.',
    ],
    ['В случае сомнений свяжитесь с нами по адресу {email}.', 'In case of doubt, contact us at {email}.'],
    [
      'Обработка осуществляется по месту нахождения оператора в городе {city} и на серверах нашего хостинг-провайдера.',
      'Processing is carried out at the operator’s location in the city of {city} and on the servers of our hosting provider.',
    ],
    [
      'То же относится к данным покупателей, оформляющих заказ без регистрации.',
      'The same applies to the data of buyers who place an order without registration.',
    ],
    ['Это не ограничивает прав, предоставленных вам законодательством.', 'This does not limit the rights granted to you by legislation.'],
    ['Мы не публикуем данные и не продаём их третьим лицам.', 'We do not publish data and do not sell it to third parties.'],
    [
      'Если ваши данные изменились, пожалуйста, сообщите нам об этом без промедления.',
      'If your data has changed, please inform us of it without delay.',
    ],
    [
      'Объём обрабатываемых данных зависит от того, какими услугами магазина {domain} вы пользуетесь.',
      'The volume of data processed depends on which services of the shop {domain} you use.',
    ],
    ['Сотрудники оператора обязаны соблюдать конфиденциальность.', 'The operator’s employees are obliged to observe confidentiality.'],
    [
      'Заказы на товары {product} обычно обрабатываются в течение трёх рабочих дней.',
      'Orders for the goods {product} are usually processed within three working days.',
    ],
  ],
};

// --- Notes ---------------------------------------------------------------------

/** Why a clause has its assessment, as a note says it. */
export const ASSESSMENT_REASONS: Record<AssessmentId, readonly string[]> = {
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

/** Further sentences of a note. */
export const NOTE_FILLERS: readonly string[] = [
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

/** Further sentences of a translator's note. */
export const TN_FILLERS: readonly string[] = [
  'It does not change the meaning of the clause.',
  'The same word appears correctly elsewhere in the policy.',
  'Nothing else in the clause is affected.',
  'It is most likely a slip made when the text was edited on the website, not a difference in meaning.',
  'The original keeps the slip as captured; the translation reads it as intended.',
];
