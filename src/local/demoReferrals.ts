import { SOCIAL_TARIFF_CATEGORIES, YES_NO_UNKNOWN } from '../../forms/eligibility';
import { CALL_MOMENTS, HELP_NEEDED, INTERNET_NOW, OTHER_ORGANISATION, referralForm } from '../../forms/referral';
import { brusselsOffsetMinutes } from '../domain/common/brussels';
import { Dice } from './dice';

/**
 * Seeded generator of realistic partner referrals for the Eeklo area, keyed by question title exactly as
 * Google Forms delivers them. About 15% are messy the way real forms are (capitals, swapped names, a
 * French place name, a short phone number, two e-mail addresses…) and about 3% are duplicate deliveries.
 * Every address and e-mail domain is fictitious and ends in `.example`, so nothing can be mailed for real.
 */

export interface ReferralOptions {
  readonly count: number;
  readonly seed: number;
  readonly start: Date;
  readonly end: Date;
  /** Organisation names as the form's dropdown lists them (the Partners tab). */
  readonly partners: readonly string[];
  /**
   * The households to refer, in order (the demo year decides who arrives when). Without it each referral
   * gets a fresh household. With it, `count` must not exceed the number of households.
   */
  readonly households?: readonly DemoHousehold[];
}

export interface GeneratedReferral {
  timestamp: Date;
  answers: Record<string, string | string[]>;
}

/** The ways a referral is made messy, in the order they are applied. */
export const MESSES = [
  'nameCase',
  'swappedNames',
  'htmlName',
  'outOfArea',
  'foreignSpelling',
  'doubleSpaces',
  'shortPhone',
  'invalidEmail',
  'twoEmails',
  'formulaNote',
  'consentMissing',
] as const;
export type Mess = (typeof MESSES)[number];

/** A generated referral with what was done to it, for tests and benchmarks. */
export interface LabelledReferral extends GeneratedReferral {
  messes: Mess[];
  /** Index of the referral this one repeats (a duplicate delivery). */
  duplicateOf?: number;
}

const MESSY_SHARE = 0.15;
const DUPLICATE_SHARE = 0.03;

const MESS_WEIGHTS: Record<Mess, number> = {
  nameCase: 14,
  swappedNames: 8,
  htmlName: 6,
  doubleSpaces: 14,
  outOfArea: 10,
  foreignSpelling: 6,
  shortPhone: 10,
  invalidEmail: 10,
  twoEmails: 10,
  formulaNote: 8,
  consentMissing: 2,
};

/** Messes that change the same answer and so never go together. */
const CONFLICTS: ReadonlyArray<readonly [Mess, Mess]> = [
  ['outOfArea', 'foreignSpelling'],
  ['invalidEmail', 'twoEmails'],
];

// ---- data ---------------------------------------------------------------------------------------------------

/** A comma-separated list written over several lines, as an array. */
function list(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.replace(/\s+/g, ' ').trim())
    .filter((item) => item !== '');
}

export interface Place {
  readonly postcode: string;
  /** The place (deelgemeente) people write. */
  readonly name: string;
  /** The municipality it belongs to. */
  readonly municipality: string;
  readonly weight: number;
  readonly streets: readonly string[];
}

const EEKLO_STREETS = list(`
  Zuidmoerstraat, Stationsstraat, Boelare, Raamstraat, Markt, Kerkstraat, Koning Albertstraat,
  Tieltsesteenweg, Oostveldstraat, Brugsesteenweg, Molenstraat, Kaaistraat, Visstraat
`);

/** The project area (postcodes as in shared/data/projectgebied-postcodes.json); Eeklo weighs ≈60%. */
export const PLACES: readonly Place[] = [
  place('9900', 'Eeklo', 'Eeklo', 60, EEKLO_STREETS),
  place('9880', 'Aalter', 'Aalter', 6, ['Stationsstraat', 'Markt', 'Kerkstraat', 'Lostraat', 'Molenstraat']),
  place('9880', 'Lotenhulle', 'Aalter', 1, ['Kerkstraat', 'Molenstraat']),
  place('9880', 'Poeke', 'Aalter', 0.5, ['Kasteelstraat', 'Kerkstraat']),
  place('9881', 'Bellem', 'Aalter', 0.5, ['Kerkstraat', 'Schoolstraat']),
  place('9910', 'Knesselare', 'Aalter', 2, ['Kerkstraat', 'Molenstraat', 'Nieuwstraat']),
  place('9910', 'Ursel', 'Aalter', 1, ['Kerkstraat', 'Schoolstraat']),
  place('9960', 'Assenede', 'Assenede', 4, ['Kerkstraat', 'Markt', 'Kloosterstraat', 'Molenstraat']),
  place('9961', 'Boekhoute', 'Assenede', 1, ['Kerkstraat', 'Schoolstraat']),
  place('9968', 'Bassevelde', 'Assenede', 1, ['Kerkstraat', 'Schoolstraat']),
  place('9968', 'Oosteeklo', 'Assenede', 1.5, ['Kerkstraat', 'Molenstraat']),
  place('9970', 'Kaprijke', 'Kaprijke', 3, ['Kerkstraat', 'Molenstraat', 'Nieuwstraat']),
  place('9971', 'Lembeke', 'Kaprijke', 2, ['Kerkstraat', 'Schoolstraat', 'Molenstraat']),
  place('9920', 'Lovendegem', 'Lievegem', 3, ['Kerkstraat', 'Stationsstraat', 'Molenstraat']),
  place('9921', 'Vinderhoute', 'Lievegem', 1, ['Kerkstraat', 'Schoolstraat']),
  place('9930', 'Zomergem', 'Lievegem', 2.5, ['Kerkstraat', 'Stationsstraat', 'Molenstraat']),
  place('9931', 'Oostwinkel', 'Lievegem', 0.5, ['Kerkstraat']),
  place('9932', 'Ronsele', 'Lievegem', 0.5, ['Kerkstraat']),
  place('9950', 'Waarschoot', 'Lievegem', 3, ['Stationsstraat', 'Schoolstraat', 'Kerkstraat', 'Molenstraat']),
  place('9980', 'Sint-Laureins', 'Sint-Laureins', 2, ['Kerkstraat', 'Molenstraat']),
  place('9981', 'Sint-Margriete', 'Sint-Laureins', 0.5, ['Kerkstraat']),
  place('9982', 'Sint-Jan-in-Eremo', 'Sint-Laureins', 0.5, ['Kerkstraat']),
  place('9988', 'Watervliet', 'Sint-Laureins', 1, ['Kerkstraat', 'Molenstraat']),
  place('9988', 'Waterland-Oudeman', 'Sint-Laureins', 0.5, ['Kerkstraat']),
];

function place(
  postcode: string,
  name: string,
  municipality: string,
  weight: number,
  streets: readonly string[],
): Place {
  return { postcode, name, municipality, weight, streets };
}

/** Out of the project area, with the French name people sometimes write. */
const ELSEWHERE = [
  { postcode: '9000', dutch: 'Gent', french: 'Gand', streets: ['Brabantdam', 'Overpoortstraat', 'Sleepstraat'] },
  { postcode: '9300', dutch: 'Aalst', french: 'Alost', streets: ['Molenstraat', 'Nieuwstraat'] },
  { postcode: '8000', dutch: 'Brugge', french: 'Bruges', streets: ['Langestraat', 'Smedenstraat'] },
] as const;

/** In the area but spelled the French or old way. */
const FOREIGN_SPELLINGS = [
  { postcode: '9880', typed: 'Aeltre', streets: ['Stationsstraat', 'Markt'] },
  { postcode: '9900', typed: 'Eecloo', streets: EEKLO_STREETS },
  { postcode: '9980', typed: 'Saint-Laurent', streets: ['Kerkstraat'] },
] as const;

export interface Origin {
  readonly weight: number;
  readonly first: readonly string[];
  readonly last: readonly string[];
  readonly languages: ReadonlyArray<readonly [string, number]>;
}

export const FLEMISH: Origin = {
  weight: 55,
  first: list(`
    Jan, An, Els, Lieve, Marc, Dirk, Hilde, Sofie, Tom, Kevin, Jana, Lotte, Nathalie, Kristof, Ingrid,
    Rita, Luc, Patrick, Sarah, Nele, Bram, Wim, Katrien, Griet, Frank, Yvonne, Roger, Georgette, Jeroen,
    Sandra, Chantal, Bart, Ilse, Zoë, Noël, Anaïs, Daniël, Michaël, Renée
  `),
  last: list(`
    Peeters, De Clercq, Van de Velde, De Smet, Claeys, Goethals, Vermeulen, De Vos, Martens, Maes,
    Verstraete, Van Damme, De Meyer, Standaert, Verhaeghe, De Wilde, Van Hecke, Bauwens, De Bruyne,
    Van Acker, Roegiers, Lippens, Van Kerckhove, De Paepe, D'Hondt, Vandenberghe, De Baets,
    Van Hoorebeke, Geerts, Vercruysse, Mortier, De Muynck, Van Landschoot, De Rijcke, Schelfhout,
    Van Waes, Haelterman
  `),
  languages: [['Nederlands', 1]],
};

const MOROCCAN: Origin = {
  weight: 13,
  first: list('Mohamed, Fatima, Youssef, Khadija, Said, Naima, Rachid, Samira, Hamza, Amina, Bilal, Meryem'),
  last: list('El Amrani, Benali, Bouzid, El Idrissi, Aït Ouali, Azzouzi, El Khattabi, Boukhari, Chaoui'),
  languages: [
    ['Nederlands', 4],
    ['Arabisch', 4],
    ['Frans', 2],
  ],
};

const TURKISH: Origin = {
  weight: 8,
  first: list('Mehmet, Ayşe, Emre, Elif, Hatice, Mustafa, Zeynep, Hüseyin, Fatma, Murat, Özlem'),
  last: list('Yılmaz, Demir, Kaya, Çelik, Şahin, Öztürk, Aydın, Arslan, Doğan, Koç'),
  languages: [
    ['Nederlands', 5],
    ['Turks', 5],
  ],
};

export const ORIGINS: readonly Origin[] = [
  FLEMISH,
  MOROCCAN,
  TURKISH,
  {
    weight: 6,
    first: list('Oleksandr, Olena, Iryna, Dmytro, Nataliia, Andrii, Yuliia, Serhii, Oksana, Viktoriia'),
    last: list('Shevchenko, Kovalenko, Bondarenko, Tkachenko, Kravchenko, Melnyk, Boiko, Lysenko'),
    languages: [
      ['Oekraïens', 7],
      ['Engels', 2],
      ['Andere taal', 1],
    ],
  },
  {
    weight: 3,
    first: list('Katarzyna, Andrzej, Agnieszka, Piotr, Magdalena, Tomasz, Małgorzata, Krzysztof'),
    last: list('Nowak, Wójcik, Kaczmarek, Kowalczyk, Mazur, Krawczyk, Dudek, Pawlak'),
    languages: [
      ['Andere taal', 5],
      ['Engels', 3],
      ['Nederlands', 2],
    ],
  },
  {
    weight: 3,
    first: list('Ioana, Mihai, Elena, Andrei, Maria, Gheorghe, Florin, Alina'),
    last: list('Popescu, Ionescu, Dumitru, Stan, Munteanu, Constantin, Georgescu, Rusu'),
    languages: [
      ['Andere taal', 4],
      ['Engels', 2],
      ['Frans', 2],
      ['Nederlands', 2],
    ],
  },
  {
    weight: 7,
    first: list('Jean-Pierre, Grâce, Espérance, Patience, Dieudonné, Christelle, Trésor, Joséphine, Gloire'),
    last: list('Mbuyi, Kabongo, Tshibangu, Ilunga, Kalala, Lukusa, Mukendi, Ngalula, Mwamba, Kasongo'),
    languages: [
      ['Frans', 7],
      ['Nederlands', 3],
    ],
  },
  {
    weight: 3,
    first: list('Ahmad, Rania, Omar, Lina, Mahmoud, Hiba, Khaled, Nour, Yara'),
    last: list('Al-Hassan, Haddad, Khalil, Nasser, Al-Khatib, Hamdan, Darwish, Suleiman'),
    languages: [
      ['Arabisch', 8],
      ['Engels', 2],
    ],
  },
  {
    weight: 2,
    first: list('Farid, Zahra, Mariam, Sahar, Nasir, Hamid, Fereshta'),
    last: list('Ahmadi, Hosseini, Rahimi, Sultani, Noori, Karimi, Popal'),
    languages: [
      ['Andere taal', 7],
      ['Engels', 2],
      ['Nederlands', 1],
    ],
  },
];

export const MAIL_DOMAINS: ReadonlyArray<readonly [string, number]> = [
  ['gmail.example', 40],
  ['hotmail.example', 20],
  ['telenet.example', 15],
  ['outlook.example', 10],
  ['skynet.example', 5],
  ['icloud.example', 5],
  ['yahoo.example', 5],
];

const OTHER_ORGANISATIONS = [
  'Huisartsenpraktijk De Linde',
  'Basisschool De Vlieger',
  'Kinderopvang Het Ravotje',
  'Vluchtelingenwerk Meetjesland',
  'Buurtwerk Eeklo-Noord',
];

const NOTES = [
  'Mama spreekt weinig Nederlands, de oudste dochter (14) kan tolken.',
  'Heeft een oude laptop die niet meer opstart.',
  'De kinderen hebben een laptop nodig voor school.',
  'Sociaal tarief voor internet nog niet aangevraagd, graag samen bekijken.',
  'Liefst bellen na 16 uur, werkt in de voormiddag.',
  'Gezin is pas verhuisd naar de regio.',
  'Kan niet inloggen met itsme, smartphone is te oud.',
  'Budgetbegeleiding loopt via het OCMW.',
  'Wil graag leren videobellen met familie in het buitenland.',
  'Alleenstaande ouder met drie kinderen, internet werd afgesloten.',
  'Heeft hulp nodig om afspraken te maken via de website van de gemeente.',
  'Geen vast adres voor post, liefst via telefoon contact.',
  'Gsm is gedeeld met de partner, soms moeilijk bereikbaar.',
];

const FORMULA_NOTES = [
  '=IMPORTDATA("http://x.example/lijst.csv")',
  '=HYPERLINK("http://klik.example";"Meer info")',
  '@foo',
  '+ dringend: gezin zit al twee weken zonder internet',
  '-- bellen na 17 uur --',
  '=1+1',
];

/** Categories of the social tariff, roughly as often as partners will know them. */
const SOCIAL_TARIFF_WEIGHTS: Record<(typeof SOCIAL_TARIFF_CATEGORIES)[number], number> = {
  '1 – leefloon of steun van het OCMW': 25,
  '2A – tegemoetkoming voor personen met een handicap': 8,
  '2B – hulp aan bejaarden of zorgbudget': 4,
  '2C – zorgtoeslag (minstens 4 punten)': 3,
  '3 – inkomensgarantie voor ouderen (IGO)': 4,
  'Geen van deze': 21,
  'Weet ik niet': 35,
};

const INTERNET_WEIGHTS: Record<(typeof INTERNET_NOW)[number], number> = {
  'Geen internet': 25,
  'Te duur': 30,
  'Alleen mobiel internet': 30,
  'In orde': 15,
};

/** Chance of each HELP_NEEDED choice, in form order, given how the internet is at home. */
const HELP_CHANCES: Record<(typeof INTERNET_NOW)[number], readonly number[]> = {
  'Geen internet': [0.8, 0.4, 0.3, 0.2, 0.2],
  'Te duur': [0.9, 0.3, 0.2, 0.2, 0.1],
  'Alleen mobiel internet': [0.6, 0.5, 0.3, 0.2, 0.2],
  'In orde': [0.05, 0.4, 0.5, 0.4, 0.3],
};

// ---- random -------------------------------------------------------------------------------------------------

// ---- one referral -------------------------------------------------------------------------------------------

/** Answers by question id, before they are keyed by title: the household, plus the referrer's part. */
interface Draft extends DemoHousehold {
  organisation: string;
  referrerName: string;
  referrerEmail: string;
  householdInformed: boolean;
}

export interface Referrer {
  readonly organisation: string;
  readonly name: string;
  readonly email: string;
}

/** Lower-case ASCII letters and digits only: for e-mail addresses and domains. */
export function ascii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

export function domainOf(organisation: string): string {
  const words = organisation.split(/\s+/).map(ascii).filter(Boolean);
  return `${words.join('-')}.example`;
}

export function makeReferrer(dice: Dice, organisation: string): Referrer {
  const origin = dice.weighted([FLEMISH, MOROCCAN, TURKISH], (o) => (o === FLEMISH ? 85 : 7.5));
  const first = dice.pick(origin.first);
  const last = dice.pick(origin.last);
  return { organisation, name: `${first} ${last}`, email: `${ascii(first)}.${ascii(last)}@${domainOf(organisation)}` };
}

export function mobile(dice: Dice): string {
  const prefix = String(dice.int(470, 499));
  const d = dice.digits(6);
  const formats: ReadonlyArray<readonly [string, number]> = [
    [`0${prefix} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)}`, 35],
    [`0${prefix}${d}`, 25],
    [`0${prefix}/${d.slice(0, 2)}.${d.slice(2, 4)}.${d.slice(4)}`, 10],
    [`0${prefix} ${d.slice(0, 3)} ${d.slice(3)}`, 10],
    [`+32 ${prefix} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)}`, 12],
    [`0032${prefix}${d}`, 5],
    [`+32${prefix}${d}`, 3],
  ];
  return dice.weighted(formats, ([, weight]) => weight)[0];
}

export function landline(dice: Dice): string {
  const d = `3${dice.digits(6)}`;
  const formats: ReadonlyArray<readonly [string, number]> = [
    [`09 ${d.slice(0, 3)} ${d.slice(3, 5)} ${d.slice(5)}`, 40],
    [`09/${d.slice(0, 3)}.${d.slice(3, 5)}.${d.slice(5)}`, 30],
    [`09${d}`, 20],
    [`+32 9 ${d.slice(0, 3)} ${d.slice(3, 5)} ${d.slice(5)}`, 10],
  ];
  return dice.weighted(formats, ([, weight]) => weight)[0];
}

export function householdEmail(dice: Dice, first: string, last: string): string {
  const f = ascii(first);
  const l = ascii(last);
  const local = dice.weighted<readonly [string, number]>(
    [
      [`${f}.${l}`, 40],
      [`${f}${l}${dice.int(60, 99)}`, 20],
      [`${f[0]}.${l}`, 15],
      [`${f}_${l}`, 10],
      [`${f}${dice.int(1, 99)}`, 15],
    ],
    ([, weight]) => weight,
  )[0];
  return `${local}@${dice.weighted(MAIL_DOMAINS, ([, weight]) => weight)[0]}`;
}

export function houseNumber(dice: Dice, street: string): string {
  const number = street === 'Markt' ? dice.int(1, 60) : dice.int(1, 20) * dice.int(1, 10);
  if (dice.chance(0.08)) return `${number} bus ${dice.int(1, 12)}`;
  if (dice.chance(0.08)) return `${number}${dice.pick(['A', 'B', 'C'])}`;
  return String(number);
}

/** What the place field says: for a deelgemeente sometimes the municipality it merged into. */
export function typedMunicipality(dice: Dice, where: Place): string {
  if (where.name === where.municipality) return where.name;
  return dice.chance(0.7) ? where.name : where.municipality;
}

/** A household as a referral describes it: the contact person, how to reach them, what they need. */
export interface DemoHousehold {
  firstName: string;
  lastName: string;
  phone: string;
  email: string;
  street: string;
  postcode: string;
  /** The place as the household (or the referrer) writes it. */
  municipality: string;
  language: string;
  helpNeeded: string[];
  internetNow: string;
  socialTariff: string;
  increasedAllowance: string;
  callMoment: string;
  notes: string;
}

/** A household of the project area with realistic contact details (the dice are thrown in a fixed order). */
export function makeHousehold(dice: Dice): DemoHousehold {
  const origin = dice.weighted(ORIGINS, (o) => o.weight);
  const firstName = dice.pick(origin.first);
  const lastName = dice.pick(origin.last);
  const where = dice.weighted(PLACES, (p) => p.weight);
  const street = dice.pick(where.streets);
  const internetNow = dice.weighted(INTERNET_NOW, (value) => INTERNET_WEIGHTS[value]);
  const chances = HELP_CHANCES[internetNow];
  let helpNeeded = HELP_NEEDED.filter((_, index) => dice.chance(chances[index]));
  if (helpNeeded.length === 0) helpNeeded = [dice.pick(HELP_NEEDED)];
  const notes = dice.chance(0.45) ? dice.pick(NOTES) : '';
  return {
    firstName,
    lastName,
    phone: dice.chance(0.85) ? mobile(dice) : landline(dice),
    email: dice.chance(0.7) ? householdEmail(dice, firstName, lastName) : '',
    street: `${street} ${houseNumber(dice, street)}`,
    postcode: where.postcode,
    municipality: typedMunicipality(dice, where),
    language: dice.weighted(origin.languages, ([, weight]) => weight)[0],
    helpNeeded: [...helpNeeded],
    internetNow,
    socialTariff: dice.weighted(SOCIAL_TARIFF_CATEGORIES, (c) => SOCIAL_TARIFF_WEIGHTS[c]),
    increasedAllowance: dice.weighted(YES_NO_UNKNOWN, (v) => (v === 'Ja' ? 5 : v === 'Nee' ? 2 : 3)),
    callMoment: dice.chance(0.8) ? dice.weighted(CALL_MOMENTS, (m) => (m === 'Maakt niet uit' ? 3 : 2)) : '',
    notes,
  };
}

function cleanDraft(household: DemoHousehold, referrer: Referrer, otherOrganisation: string | undefined): Draft {
  const note = household.notes;
  return {
    ...household,
    helpNeeded: [...household.helpNeeded],
    organisation: otherOrganisation ? OTHER_ORGANISATION : referrer.organisation,
    referrerName: referrer.name,
    referrerEmail: referrer.email,
    householdInformed: true,
    notes: otherOrganisation ? [`Organisatie: ${otherOrganisation}.`, note].filter(Boolean).join(' ') : note,
  };
}

function pickMesses(dice: Dice): Mess[] {
  const first = dice.weighted(MESSES, (mess) => MESS_WEIGHTS[mess]);
  if (!dice.chance(0.2)) return [first];
  const compatible = MESSES.filter(
    (mess) => mess !== first && !CONFLICTS.some(([a, b]) => (a === first && b === mess) || (b === first && a === mess)),
  );
  const second = dice.weighted(compatible, (mess) => MESS_WEIGHTS[mess]);
  return MESSES.filter((mess) => mess === first || mess === second);
}

function applyMess(dice: Dice, draft: Draft, mess: Mess): void {
  switch (mess) {
    case 'nameCase': {
      const style = dice.int(0, 2);
      if (style === 0) draft.lastName = draft.lastName.toUpperCase();
      else {
        const change = (text: string) => (style === 1 ? text.toUpperCase() : text.toLowerCase());
        draft.firstName = change(draft.firstName);
        draft.lastName = change(draft.lastName);
      }
      return;
    }
    case 'swappedNames':
      [draft.firstName, draft.lastName] = [draft.lastName, draft.firstName];
      return;
    case 'htmlName':
      if (dice.chance(0.7)) draft.firstName = `<b>${draft.firstName}</b>`;
      else draft.lastName = `${draft.lastName}<br>`;
      return;
    case 'doubleSpaces':
      if (dice.chance(0.5)) draft.street = draft.street.replace(' ', '  ');
      else draft.lastName = draft.lastName.includes(' ') ? draft.lastName.replace(' ', '  ') : `${draft.lastName}  `;
      return;
    case 'outOfArea': {
      const city = dice.pick(ELSEWHERE);
      const street = dice.pick(city.streets);
      draft.postcode = city.postcode;
      draft.municipality = dice.chance(0.5) ? city.french : city.dutch;
      draft.street = `${street} ${houseNumber(dice, street)}`;
      return;
    }
    case 'foreignSpelling': {
      const spelling = dice.pick(FOREIGN_SPELLINGS);
      const street = dice.pick(spelling.streets);
      draft.postcode = spelling.postcode;
      draft.municipality = spelling.typed;
      draft.street = `${street} ${houseNumber(dice, street)}`;
      return;
    }
    case 'shortPhone': {
      // Two digits short for a mobile number, one for a landline: both leave 7 significant digits.
      const isMobile = /^(\+32|0032|0)\s?4/.test(draft.phone);
      draft.phone = draft.phone.replace(isMobile ? /\d\D*\d$/ : /\d$/, '').trim();
      return;
    }
    case 'invalidEmail': {
      const onReferrer = dice.chance(0.3);
      const valid = onReferrer ? draft.referrerEmail : draft.email || householdEmail(dice, draft.firstName, 'x');
      const [local, domain] = valid.split('@');
      const broken = dice.pick([
        `${local}@`,
        `${local}@@${domain}`,
        `${local}@${domain.replace('.example', '')}`,
        `${local}.${domain}`,
        `${local}@${domain.replace('.', ',')}`,
      ]);
      if (onReferrer) draft.referrerEmail = broken;
      else draft.email = broken;
      return;
    }
    case 'twoEmails': {
      const separator = dice.pick(['; ', ', ', ' / ', ' en ']);
      if (dice.chance(0.4)) {
        draft.referrerEmail += `${separator}onthaal@${draft.referrerEmail.split('@')[1]}`;
      } else {
        const first = draft.email || householdEmail(dice, draft.firstName, draft.lastName);
        draft.email = `${first}${separator}${householdEmail(dice, dice.pick(FLEMISH.first), draft.lastName)}`;
      }
      return;
    }
    case 'formulaNote':
      draft.notes = dice.pick(FORMULA_NOTES);
      return;
    case 'consentMissing':
      draft.householdInformed = false;
      return;
  }
}

function toAnswers(draft: Draft): Record<string, string | string[]> {
  const answers: Record<string, string | string[]> = {};
  for (const question of referralForm.questions) {
    const value = (draft as unknown as Record<string, string | string[] | boolean | undefined>)[question.id];
    if (question.kind === 'confirm') answers[question.title] = value === true ? question.statement : '';
    else if (Array.isArray(value)) answers[question.title] = [...value];
    else answers[question.title] = typeof value === 'string' ? value : '';
  }
  return answers;
}

function copyAnswers(answers: Record<string, string | string[]>): Record<string, string | string[]> {
  const copy: Record<string, string | string[]> = {};
  for (const [title, value] of Object.entries(answers)) copy[title] = Array.isArray(value) ? [...value] : value;
  return copy;
}

// ---- timestamps ---------------------------------------------------------------------------------------------

/** How far Brussels is ahead of UTC at this moment, in ms. */
export function brusselsOffsetMs(moment: number): number {
  return brusselsOffsetMinutes(moment) * 60_000;
}

/** Mostly on working days between 8 and 18 h in Eeklo, sometimes in the evening or the weekend; whole seconds. */
export function timestamps(dice: Dice, count: number, start: Date, end: Date): Date[] {
  const from = start.getTime();
  const span = end.getTime() - from;
  const moments: number[] = [];
  for (let i = 0; i < count; i++) {
    let moment = from;
    for (let attempt = 0; attempt < 40; attempt++) {
      moment = from + Math.floor(dice.next() * span);
      const local = new Date(moment + brusselsOffsetMs(moment));
      const workingHours = local.getUTCDay() >= 1 && local.getUTCDay() <= 5 && local.getUTCHours() >= 8;
      if ((workingHours && local.getUTCHours() < 18) || dice.chance(0.1)) break;
    }
    moments.push(Math.floor(moment / 1000) * 1000);
  }
  return moments.sort((a, b) => a - b).map((moment) => new Date(moment));
}

// ---- the generator ------------------------------------------------------------------------------------------

/** Referrals with what was made messy and which ones are duplicates. */
export function generateLabelledReferrals(options: ReferralOptions): LabelledReferral[] {
  if (!Number.isInteger(options.count) || options.count < 0) {
    throw new Error('Het aantal doorverwijzingen moet een geheel getal van 0 of meer zijn.');
  }
  if (!(options.end.getTime() > options.start.getTime())) {
    throw new Error('Het einde van de periode moet na het begin liggen.');
  }
  if (options.households && options.households.length < options.count) {
    throw new Error('Er zijn minder gezinnen dan doorverwijzingen.');
  }
  const dice = new Dice(options.seed);
  let used = 0;
  const referrers = options.partners
    .filter((partner) => partner !== OTHER_ORGANISATION)
    .map((partner) => Array.from({ length: dice.int(1, 3) }, () => makeReferrer(dice, partner)));
  const times = timestamps(dice, options.count, options.start, options.end);
  const result: LabelledReferral[] = [];
  /** Indexes of the last few originals: a duplicate delivery repeats a recent one. */
  const recent: number[] = [];
  for (const timestamp of times) {
    if (recent.length > 0 && dice.chance(DUPLICATE_SHARE)) {
      const index = dice.pick(recent);
      const original = result[index];
      result.push({
        timestamp: new Date(original.timestamp.getTime()),
        answers: copyAnswers(original.answers),
        messes: [...original.messes],
        duplicateOf: index,
      });
      continue;
    }
    const other = referrers.length === 0 || dice.chance(0.03) ? dice.pick(OTHER_ORGANISATIONS) : undefined;
    const referrer = other ? makeReferrer(dice, other) : dice.pick(dice.pick(referrers));
    const household = options.households ? options.households[used++] : makeHousehold(dice);
    const draft = cleanDraft(household, referrer, other);
    const messes = dice.chance(MESSY_SHARE) ? pickMesses(dice) : [];
    for (const mess of messes) applyMess(dice, draft, mess);
    result.push({ timestamp, answers: toAnswers(draft), messes });
    recent.push(result.length - 1);
    if (recent.length > 3) recent.shift();
  }
  return result;
}

/** Referrals as Google Forms delivers them: a timestamp and the answers by question title. */
export function generateReferrals(options: ReferralOptions): GeneratedReferral[] {
  return generateLabelledReferrals(options).map(({ timestamp, answers }) => ({ timestamp, answers }));
}
