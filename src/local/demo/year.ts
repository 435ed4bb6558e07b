import { OTHER_ORGANISATION } from '../../../forms/referral';
import { addWorkdays } from '../../domain/common/workdays';
import {
  type DemoHousehold,
  FLEMISH,
  type GeneratedReferral,
  generateLabelledReferrals,
  householdEmail,
  type LabelledReferral,
  makeHousehold,
  mobile,
  ORIGINS,
  timestamps,
} from '../demoReferrals';
import { Dice } from '../dice';
import { DEMO_ACTIONS, type DemoAction } from './actions';
import { DEMO_PARTNERS, type DemoPartner } from './partners';

/**
 * A seeded, reproducible demo year of Allemaal Digi.Taal in the Eeklo area: about 740 households (about 2,000
 * people) reached through three intake channels, 60 partners, the 14 outreach actions, 300 devices and
 * 40 courses, with plausible journeys and messy entries in realistic proportions.
 *
 * Everything is plain data, cut into months (`DemoYear.months`). The local cycle feeds each month through the
 * real use cases, one step per use case (`src/local/cycle.ts`). What a month holds:
 *
 * | field             | fed through                         | shape                                         |
 * |-------------------|-------------------------------------|-----------------------------------------------|
 * | `referrals`       | the Doorverwijzing form (intake)    | answers by question title, as Forms gives them |
 * | `registrations`   | the Aanmelding form                 | `DemoRegistration`: answers by field           |
 * | `fieldLog`        | the Veldwerk form                   | `DemoFieldNote`                               |
 * | `donations`       | the Schenking form                  | `DemoDonation` (+ its `DemoDevice`s)          |
 * | `journeyEvents`   | status edits in Dossiers            | `DemoJourneyEvent` per household              |
 * | `supportSessions` | Ondersteuning                       | `DemoSupportSession`                          |
 * | `deviceEvents`    | Toestellen (chain of custody)       | `DemoDeviceEvent`                             |
 * | `courseSessions`  | Vormingen                           | `DemoCourseSession` (+ `coursesStarting`)     |
 *
 * Households are identified by a demo id (`H0001`); a step that needs the register's case reference finds it
 * by the contact's phone number and name, exactly as the worker would. Answers for forms other than the
 * referral are given by field (not by question title), because those forms are defined by their own steps;
 * each such step maps the fields to its form's titles.
 */

export const DEMO_SEED = 20_261_127;

export type IntakeChannel = 'doorverwijzing' | 'aanmelding' | 'veldwerk';

/** The internet journey, in the order a household usually goes through it. */
export const JOURNEY_STATUSES = [
  'Aangemeld',
  'Gebeld',
  'Niet bereikt',
  'Aanvraag ingediend',
  'Installatie gepland',
  'Internet actief',
  'Doorverwezen',
  'Afgehaakt',
  'Afgesloten',
] as const;
export type JourneyStatus = (typeof JOURNEY_STATUSES)[number];

/** Right to the social internet tariff, stored as a category only (never the reason behind it). */
export const SOCIAL_CATEGORIES = [
  'Categorie 1 (OCMW-steun, leefloon)',
  'Categorie 2A (inkomensvervangende tegemoetkoming)',
  'Categorie 2B (tegemoetkoming hulp aan bejaarden)',
  'Categorie 2C (zorgtoeslag)',
  'Categorie 3 (IGO)',
  'Alleen verhoogde tegemoetkoming',
  'Geen',
] as const;

export interface DemoPerson {
  firstName: string;
  lastName: string;
  birthYear: number;
  role: 'contactpersoon' | 'partner' | 'kind' | 'familielid';
}

export interface DemoJourneyEvent {
  at: Date;
  status: JourneyStatus;
  /** What the worker writes in the Notities/Logboek (no health data). */
  note: string;
}

export interface DemoYearHousehold {
  /** Demo id, stable for a seed: `H0001`. */
  id: string;
  arrivesAt: Date;
  channel: IntakeChannel;
  /** The outreach action that brought the household in (`A01`…`A14`). */
  actionCode: string;
  /** Referring or hosting partner; null for a household that registered on its own. */
  partner: string | null;
  /** The contact details as a clean form answer would give them. */
  contact: DemoHousehold;
  members: DemoPerson[];
  socialCategory: (typeof SOCIAL_CATEGORIES)[number];
  /** From the first call on; the first event (`Aangemeld`) is what intake writes. */
  journey: DemoJourneyEvent[];
}

/** A self-registration (Aanmelding), by field. `messes` says what was made messy, as for referrals. */
export interface DemoRegistration {
  householdId: string;
  submittedAt: Date;
  /** Filled in by the household itself or by a volunteer of a digispreekuur. */
  filledBy: 'gezin' | 'vrijwilliger';
  answers: {
    firstName: string;
    lastName: string;
    phone: string;
    email: string;
    street: string;
    postcode: string;
    municipality: string;
    language: string;
    householdSize: number;
    helpNeeded: string[];
    internetNow: string;
    callMoment: string;
    howHeard: string;
  };
  messes: string[];
}

/** A field-log entry (Veldwerk) the worker types on her phone after an outreach moment. */
export interface DemoFieldNote {
  at: Date;
  actionCode: string;
  place: string;
  /** People she talked to. */
  peopleSpoken: number;
  /** Flyers or letters handed out. */
  flyers: number;
  /** Households that want help and left their details (they arrive through this channel). */
  newContacts: Array<{ householdId: string; firstName: string; lastName: string; phone: string; postcode: string }>;
  note: string;
}

export type DeviceStatus = 'Ontvangen' | 'Bij refurbisher' | 'Gewist en klaar' | 'Uitgegeven' | 'Defect';

export interface DemoDevice {
  /** `T-0001` */
  id: string;
  kind: 'Laptop' | 'Chromebook' | 'Tablet';
  brand: string;
  model: string;
  serial: string;
  /** Null for the Chromebooks of the project request. */
  donationId: string | null;
  refurbisher: 'Ondernemers voor een Warm België' | 'CTG Circular' | 'Wijkcentrum De Kring';
  /** Household that received it, if it was handed out this year. */
  householdId: string | null;
  /** Through which partner it was handed out (a school or the Sociaal Huis). */
  handedOutVia: string | null;
}

export interface DemoDeviceEvent {
  deviceId: string;
  at: Date;
  status: DeviceStatus;
  householdId?: string;
  note: string;
}

export interface DemoDonation {
  /** `S-001` */
  id: string;
  at: Date;
  donor: { name: string; kind: 'bedrijf' | 'particulier'; email: string; phone: string; municipality: string };
  deviceIds: string[];
  /** The donor asks for a certificate that the data was wiped. */
  wantsWipeCertificate: boolean;
  messes: string[];
}

export interface DemoCourse {
  /** `V-01` */
  id: string;
  title: string;
  partner: string;
  vindplaats: string;
  /** One of the four new vindplaatsen of the brief. */
  newVindplaats: boolean;
  sessions: Date[];
  capacity: number;
  /** Household members who take part (adults). */
  participants: Array<{ householdId: string; member: number }>;
}

export interface DemoCourseSession {
  courseId: string;
  at: Date;
  /** Indexes into the course's participants who were there. */
  present: number[];
}

export interface DemoSupportSession {
  householdId: string;
  at: Date;
  kind: 'Digispreekuur' | 'Huisbezoek' | 'Telefonisch' | 'Op kantoor';
  by: 'projectmedewerker' | 'vrijwilliger';
  topics: string[];
  minutes: number;
}

export interface DemoMonth {
  /** 0 = January. */
  index: number;
  /** First day, 00:00 local time. */
  start: Date;
  /** Last day, 18:00 local time. */
  end: Date;
  /** Households taken in this month, through any channel. */
  arrivals: DemoYearHousehold[];
  /** Referral form responses (answers by question title), with ~15% messy ones and ~3% double deliveries. */
  referrals: GeneratedReferral[];
  /** The same, with what was made messy (for tests and the bench). */
  labelledReferrals: LabelledReferral[];
  registrations: DemoRegistration[];
  fieldLog: DemoFieldNote[];
  donations: DemoDonation[];
  deviceEvents: DemoDeviceEvent[];
  journeyEvents: Array<{ householdId: string; event: DemoJourneyEvent }>;
  supportSessions: DemoSupportSession[];
  coursesStarting: DemoCourse[];
  courseSessions: DemoCourseSession[];
}

export interface DemoYear {
  year: number;
  seed: number;
  partners: readonly DemoPartner[];
  actions: readonly DemoAction[];
  households: DemoYearHousehold[];
  devices: DemoDevice[];
  donations: DemoDonation[];
  courses: DemoCourse[];
  months: DemoMonth[];
}

export interface DemoYearOptions {
  year: number;
  seed?: number;
  /** Households taken in over the year (≈ 2.75 people each). */
  households?: number;
}

// ---- proportions --------------------------------------------------------------------------------------------

const HOUSEHOLDS_PER_YEAR = 760;
/** How intake is spread over the year: busy after the summer and the new year, quiet in July–August. */
const MONTH_WEIGHTS = [1.0, 1.1, 1.15, 1.0, 0.9, 0.8, 0.4, 0.45, 1.3, 1.4, 1.2, 0.8];
const CHANNEL_SHARE: ReadonlyArray<readonly [IntakeChannel, number]> = [
  ['doorverwijzing', 55],
  ['aanmelding', 30],
  ['veldwerk', 15],
];
const HOUSEHOLD_SIZES: ReadonlyArray<readonly [number, number]> = [
  [1, 30],
  [2, 20],
  [3, 20],
  [4, 15],
  [5, 10],
  [6, 5],
];
const CATEGORY_WEIGHTS = [30, 10, 5, 6, 4, 20, 25];
const DEVICES = 300;
const CHROMEBOOKS = 75;
const COURSES = 40;

const COURSE_TITLES = [
  'Aan de slag met je smartphone',
  'E-mail voor beginners',
  'Itsme en MyMinfin',
  'Veilig online',
  'Online solliciteren',
  'Digibanken: betalen met de app',
  'Smartschool voor ouders',
  'Videobellen met familie',
];

/** Where courses happen; the last four are the new vindplaatsen the brief asks for. */
const VINDPLAATSEN: ReadonlyArray<readonly [string, string, boolean]> = [
  ['Wijkcentrum De Kring', 'Ligo Oost-Vlaanderen', false],
  ['LDC Zonneheem', 'Ligo Oost-Vlaanderen', false],
  ['Bibliotheek Eeklo', 'Bibliotheek Eeklo', false],
  ['CVO Leerdorp Eeklo', 'CVO Leerdorp Eeklo (NT2)', false],
  ['LDC De Vlaschaard Aalter', 'Ligo Oost-Vlaanderen', false],
  ['Bibliotheek Lievegem', 'Bibliotheek Lievegem', false],
  ['Dienstencentrum Assenede', 'Ligo Oost-Vlaanderen', false],
  ['Sociaal Huis Eeklo', 'Sociaal Huis Eeklo (OCMW)', false],
  ['Stedelijke Basisschool Oostveld', 'Ligo Oost-Vlaanderen', true],
  ['Atheneum Eeklo', 'Ligo Oost-Vlaanderen', true],
  ['Buurtwerk Sint-Jozef', 'Ligo Oost-Vlaanderen', true],
  ['Sociale kruidenier Eeklo', 'Ligo Oost-Vlaanderen', true],
];

const SUPPORT_TOPICS = [
  'E-mailadres maken',
  'Itsme installeren',
  'MyMinfin',
  'Mijn Burgerprofiel',
  'Afspraak maken bij de gemeente',
  'Smartschool',
  'Wifi thuis instellen',
  'Laptop opstarten en updaten',
  'Bankapp',
  'Online formulier invullen',
  'Sociaal tarief aanvragen',
];

const LAPTOPS: ReadonlyArray<readonly [string, string]> = [
  ['Dell', 'Latitude 5490'],
  ['Dell', 'Latitude 7280'],
  ['HP', 'EliteBook 840 G5'],
  ['HP', 'ProBook 450 G6'],
  ['Lenovo', 'ThinkPad T480'],
  ['Lenovo', 'ThinkPad L390'],
  ['Fujitsu', 'Lifebook E549'],
  ['Acer', 'TravelMate P214'],
];

const COMPANY_DONORS = [
  'Boekhoudkantoor Van Acker',
  'Garage De Muynck',
  'Bouwbedrijf Standaert',
  'Apotheek Lippens',
  'Verzekeringen De Paepe',
  'Drukkerij Roegiers',
  'Transport Haelterman',
  'IT-bedrijf Meetjesland Digital',
  'Notariskantoor Vercruysse',
  'Stad Eeklo, ICT-dienst',
  'AZ Alma, ICT-dienst',
  'Bakkerij Schelfhout',
];

const FIELD_PLACES: Record<string, readonly string[]> = {
  A10: ['Zorgzame buurt Sint-Jozef', 'Buurtbabbel LDC Zonneheem', 'Buurtfeest Oostveld'],
  A12: ['Les Actief Met Taal', 'Hanguur De Plek', 'Ligo-cursus Nederlands'],
  A13: [
    'Restaurant Zonneheem',
    'De Pretbazaar',
    'Schoolpoort Oostveld',
    'Sociale kruidenier',
    'Wachtzaal Sociaal Huis',
  ],
  A14: ['Seniorenfeest', 'Opendeurdag sportclub', 'Kaartersclub Eeklo'],
  A06: ['Teamvergadering Sociaal Huis'],
  A11: ['Huisbezoek met thuiszorg'],
};

// ---- helpers ------------------------------------------------------------------------------------------------

function monthStart(year: number, index: number): Date {
  return new Date(year, index, 1, 0, 0, 0);
}

function monthEnd(year: number, index: number): Date {
  return new Date(year, index + 1, 0, 18, 0, 0);
}

/** A moment on a working day between 9 and 17 h, `workdays` working days after `from`. */
function later(dice: Dice, from: Date, minWorkdays: number, maxWorkdays: number): Date {
  const day = addWorkdays(from, dice.int(minWorkdays, maxWorkdays));
  day.setHours(dice.int(9, 16), dice.int(0, 59), 0, 0);
  return day;
}

/** Splits `total` over the months by weight (largest remainder), so the sum is exact. */
function spread(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const counts = exact.map(Math.floor);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  for (let k = 0; k < total - counts.reduce((a, b) => a + b, 0); k++) counts[order[k][1]]++;
  return counts;
}

function runningActions(index: number): DemoAction[] {
  return DEMO_ACTIONS.filter((a) => a.months.includes(index));
}

function pickAction(dice: Dice, index: number, partner: string | null): DemoAction {
  const running = runningActions(index);
  const withPartner = partner ? running.filter((a) => a.partners.includes(partner)) : [];
  const pool = withPartner.length > 0 ? withPartner : running.length > 0 ? running : DEMO_ACTIONS;
  return dice.weighted(pool, (a) => a.weight);
}

function members(dice: Dice, year: number, contact: DemoHousehold): DemoPerson[] {
  const size = dice.weighted(HOUSEHOLD_SIZES, ([, w]) => w)[0];
  const adultBirth = dice.int(year - 78, year - 22);
  const people: DemoPerson[] = [
    { firstName: contact.firstName, lastName: contact.lastName, birthYear: adultBirth, role: 'contactpersoon' },
  ];
  const origin = ORIGINS.find((o) => o.last.includes(contact.lastName)) ?? FLEMISH;
  const young = year - adultBirth < 60;
  if (size >= 2 && dice.chance(young ? 0.55 : 0.8)) {
    people.push({
      firstName: dice.pick(origin.first),
      lastName: dice.chance(0.6) ? contact.lastName : dice.pick(origin.last),
      birthYear: adultBirth + dice.int(-5, 5),
      role: 'partner',
    });
  }
  while (people.length < size) {
    const child = young;
    people.push({
      firstName: dice.pick(origin.first),
      lastName: contact.lastName,
      birthYear: child ? dice.int(Math.max(adultBirth + 18, year - 20), year - 1) : dice.int(year - 90, year - 40),
      role: child ? 'kind' : 'familielid',
    });
  }
  return people;
}

/** The journey after intake: calls, application, installation, onward referral, or dropping out. */
function journey(dice: Dice, household: DemoYearHousehold): DemoJourneyEvent[] {
  const events: DemoJourneyEvent[] = [{ at: household.arrivesAt, status: 'Aangemeld', note: '' }];
  let at = household.arrivesAt;
  const push = (status: JourneyStatus, min: number, max: number, note: string) => {
    at = later(dice, at, min, max);
    events.push({ at, status, note });
  };
  let reached = false;
  for (let attempt = 0; attempt < 3 && !reached; attempt++) {
    if (dice.chance(attempt === 0 ? 0.78 : 0.6)) {
      push('Gebeld', attempt === 0 ? 1 : 2, attempt === 0 ? 5 : 6, 'Eerste gesprek gehad, afspraak gemaakt.');
      reached = true;
    } else push('Niet bereikt', 1, 4, `Poging ${attempt + 1}: geen antwoord, sms gestuurd.`);
  }
  if (!reached) {
    push('Afgehaakt', 5, 10, 'Drie keer niet bereikt. Doorverwijzer op de hoogte gebracht.');
    return events;
  }
  const wantsInternet =
    household.contact.helpNeeded.includes('Goedkoper internet') && household.contact.internetNow !== 'In orde';
  if (!wantsInternet) {
    push('Doorverwezen', 2, 8, 'Doorverwezen naar digispreekuur en cursus.');
    push('Afgesloten', 10, 30, 'Vraag beantwoord.');
    return events;
  }
  const social = household.socialCategory.startsWith('Categorie');
  push(
    'Aanvraag ingediend',
    2,
    8,
    social ? 'Sociaal tarief aangevraagd met eID.' : 'Telenet Essential Internet aangevraagd via De Kring.',
  );
  if (dice.chance(0.1)) {
    push('Afgehaakt', 5, 15, 'Gezin wil toch geen abonnement.');
    return events;
  }
  push('Installatie gepland', 4, 12, 'Installatie samen met het gezin gepland.');
  push('Internet actief', 3, 10, 'Internet werkt, e-mailadres gemaakt.');
  if (dice.chance(0.35)) push('Doorverwezen', 5, 20, 'Doorverwezen naar een cursus.');
  push('Afgesloten', 20, 60, 'Nazorg gedaan: alles werkt.');
  return events;
}

/** A little mess in a self-registration, in about 20% of them. */
function messyRegistration(dice: Dice, answers: DemoRegistration['answers']): string[] {
  if (!dice.chance(0.2)) return [];
  const mess = dice.weighted(
    ['nameCase', 'noPostcode', 'phoneSpaces', 'lowercasePlace', 'noEmailAt'] as const,
    (m) => ({ nameCase: 3, noPostcode: 2, phoneSpaces: 3, lowercasePlace: 3, noEmailAt: 1 })[m],
  );
  if (mess === 'nameCase') answers.lastName = answers.lastName.toUpperCase();
  if (mess === 'noPostcode') answers.postcode = '';
  if (mess === 'phoneSpaces')
    answers.phone = answers.phone
      .replace(/\s+/g, '')
      .replace(/(\d{2})/g, '$1 ')
      .trim();
  if (mess === 'lowercasePlace') answers.municipality = answers.municipality.toLowerCase();
  if (mess === 'noEmailAt' && answers.email !== '') answers.email = answers.email.replace('@', ' ');
  return [mess];
}

// ---- the generator ------------------------------------------------------------------------------------------

/** The demo year: the same for the same year and seed, on every machine. */
export function generateDemoYear(options: DemoYearOptions): DemoYear {
  const year = options.year;
  const seed = (options.seed ?? DEMO_SEED) + year;
  const dice = new Dice(seed);
  const total = options.households ?? HOUSEHOLDS_PER_YEAR;
  const perMonth = spread(total, MONTH_WEIGHTS);
  const partnerNames = DEMO_PARTNERS.flatMap((p) => Array.from({ length: p.weight }, () => p.organisation));

  const households: DemoYearHousehold[] = [];
  const months: DemoMonth[] = [];
  const newHousehold = (contact: DemoHousehold, channel: IntakeChannel, at: Date, partner: string | null) => {
    const household: DemoYearHousehold = {
      id: `H${String(households.length + 1).padStart(4, '0')}`,
      arrivesAt: at,
      channel,
      actionCode: pickAction(dice, at.getMonth(), partner).code,
      partner,
      contact,
      members: [],
      socialCategory: dice.weighted(SOCIAL_CATEGORIES, (c) => CATEGORY_WEIGHTS[SOCIAL_CATEGORIES.indexOf(c)]),
      journey: [],
    };
    household.members = members(dice, year, contact);
    household.journey = journey(dice, household);
    households.push(household);
    return household;
  };

  for (let index = 0; index < 12; index++) {
    const start = monthStart(year, index);
    const end = monthEnd(year, index);
    const counts = spread(
      perMonth[index],
      CHANNEL_SHARE.map(([, w]) => w),
    );
    const month = emptyMonth(index, start, end);

    // Referrals: the referral generator decides times, referrers and mess; each original is a new household.
    const pool = Array.from({ length: counts[0] }, () => makeHousehold(dice));
    const labelled = generateLabelledReferrals({
      count: counts[0],
      seed: seed * 31 + index,
      start,
      end,
      partners: partnerNames,
      households: pool,
    });
    let used = 0;
    for (const referral of labelled) {
      if (referral.duplicateOf !== undefined) continue;
      const organisation = String(referral.answers['Uw organisatie'] ?? '');
      const partner = organisation === OTHER_ORGANISATION ? null : organisation;
      month.arrivals.push(newHousehold(pool[used++], 'doorverwijzing', referral.timestamp, partner));
    }
    month.labelledReferrals = labelled;
    month.referrals = labelled.map(({ timestamp, answers }) => ({ timestamp, answers }));

    // Self-registrations, partly filled in by volunteers at a digispreekuur.
    for (const at of timestamps(dice, counts[1], start, end)) {
      const contact = makeHousehold(dice);
      const volunteer = dice.chance(0.4);
      const household = newHousehold(contact, 'aanmelding', at, volunteer ? 'Vrijwilliger digispreekuur' : null);
      month.arrivals.push(household);
      const answers: DemoRegistration['answers'] = {
        firstName: contact.firstName,
        lastName: contact.lastName,
        phone: contact.phone,
        email: contact.email,
        street: contact.street,
        postcode: contact.postcode,
        municipality: contact.municipality,
        language: contact.language,
        householdSize: household.members.length,
        helpNeeded: [...contact.helpNeeded],
        internetNow: contact.internetNow,
        callMoment: contact.callMoment,
        howHeard: DEMO_ACTIONS.find((a) => a.code === household.actionCode)?.channel ?? '',
      };
      month.registrations.push({
        householdId: household.id,
        submittedAt: at,
        filledBy: volunteer ? 'vrijwilliger' : 'gezin',
        answers,
        messes: messyRegistration(dice, answers),
      });
    }

    month.fieldLog = fieldLog(dice, month, counts[2], newHousehold);
    months.push(month);
  }

  for (const household of households) {
    for (const event of household.journey.slice(1)) {
      if (event.at.getFullYear() === year)
        months[event.at.getMonth()].journeyEvents.push({ householdId: household.id, event });
    }
  }
  for (const m of months) m.journeyEvents.sort((a, b) => a.event.at.getTime() - b.event.at.getTime());

  supportSessions(dice, year, households, months);
  const { devices, donations } = devicesAndDonations(dice, year, households, months);
  const courses = coursesOfYear(dice, year, households, months);

  return {
    year,
    seed,
    partners: DEMO_PARTNERS,
    actions: DEMO_ACTIONS,
    households,
    devices,
    donations,
    courses,
    months,
  };
}

function emptyMonth(index: number, start: Date, end: Date): DemoMonth {
  return {
    index,
    start,
    end,
    arrivals: [],
    referrals: [],
    labelledReferrals: [],
    registrations: [],
    fieldLog: [],
    donations: [],
    deviceEvents: [],
    journeyEvents: [],
    supportSessions: [],
    coursesStarting: [],
    courseSessions: [],
  };
}

/** Outreach moments of the month's running actions; `newContacts` households arrive through them. */
function fieldLog(
  dice: Dice,
  month: DemoMonth,
  contacts: number,
  newHousehold: (c: DemoHousehold, ch: IntakeChannel, at: Date, p: string | null) => DemoYearHousehold,
): DemoFieldNote[] {
  const running = runningActions(month.index).filter((a) => FIELD_PLACES[a.code]);
  const moments = Math.max(running.length > 0 ? 3 : 0, Math.ceil(contacts / 2));
  if (running.length === 0) {
    running.push(...DEMO_ACTIONS.filter((a) => a.code === 'A11'));
  }
  const notes: DemoFieldNote[] = timestamps(dice, moments, month.start, month.end).map((at) => {
    const action = dice.weighted(running, (a) => a.weight);
    const spoken = dice.int(4, 40);
    return {
      at,
      actionCode: action.code,
      place: dice.pick(FIELD_PLACES[action.code]),
      peopleSpoken: spoken,
      flyers: dice.int(0, spoken * 2),
      newContacts: [],
      note: dice.pick([
        'Veel vragen over het sociaal tarief.',
        'Enkele mensen wisten niet dat De Kring kan helpen met internet.',
        'Rustig moment, goede gesprekken.',
        'Vooral ouders van jonge kinderen.',
        'Tolk was aanwezig, dat hielp.',
      ]),
    };
  });
  for (let i = 0; i < contacts && notes.length > 0; i++) {
    const note = notes[i % notes.length];
    const contact = makeHousehold(dice);
    if (dice.chance(0.3)) contact.email = '';
    const household = newHousehold(contact, 'veldwerk', new Date(note.at.getTime() + 60_000 * (i + 1)), null);
    household.actionCode = note.actionCode;
    month.arrivals.push(household);
    note.newContacts.push({
      householdId: household.id,
      firstName: contact.firstName,
      lastName: dice.chance(0.15) ? contact.lastName.toLowerCase() : contact.lastName,
      phone: contact.phone,
      postcode: dice.chance(0.1) ? '' : contact.postcode,
    });
  }
  return notes;
}

function supportSessions(dice: Dice, year: number, households: DemoYearHousehold[], months: DemoMonth[]): void {
  for (const household of households) {
    const active = household.journey.find((e) => e.status === 'Gebeld');
    if (!active) continue;
    const count = dice.weighted([0, 1, 2, 3, 4], (n) => [20, 35, 25, 12, 8][n]);
    let at = active.at;
    for (let i = 0; i < count; i++) {
      at = later(dice, at, 3, 25);
      if (at.getFullYear() !== year) break;
      const kind = dice.weighted(
        ['Digispreekuur', 'Huisbezoek', 'Telefonisch', 'Op kantoor'] as const,
        (k) => ({ Digispreekuur: 35, Huisbezoek: 25, Telefonisch: 25, 'Op kantoor': 15 })[k],
      );
      const topics = [dice.pick(SUPPORT_TOPICS)];
      if (dice.chance(0.3)) topics.push(dice.pick(SUPPORT_TOPICS.filter((t) => t !== topics[0])));
      months[at.getMonth()].supportSessions.push({
        householdId: household.id,
        at,
        kind,
        by: kind === 'Digispreekuur' && dice.chance(0.6) ? 'vrijwilliger' : 'projectmedewerker',
        topics,
        minutes: kind === 'Telefonisch' ? dice.int(1, 4) * 5 : dice.int(2, 8) * 10,
      });
    }
  }
  for (const m of months) m.supportSessions.sort((a, b) => a.at.getTime() - b.at.getTime());
}

function devicesAndDonations(
  dice: Dice,
  year: number,
  households: DemoYearHousehold[],
  months: DemoMonth[],
): { devices: DemoDevice[]; donations: DemoDonation[] } {
  const devices: DemoDevice[] = [];
  const donations: DemoDonation[] = [];
  const events: DemoDeviceEvent[] = [];
  const wanting = households.filter((h) => h.contact.helpNeeded.includes('Een laptop'));
  const served = new Set<string>();

  const addDevice = (kind: DemoDevice['kind'], donationId: string | null, arrived: Date): DemoDevice => {
    const [brand, model] = kind === 'Chromebook' ? ['Acer', 'Chromebook 314'] : dice.pick(LAPTOPS);
    const device: DemoDevice = {
      id: `T-${String(devices.length + 1).padStart(4, '0')}`,
      kind,
      brand,
      model,
      serial: `${brand.slice(0, 2).toUpperCase()}${dice.digits(8)}`,
      donationId,
      refurbisher:
        kind === 'Chromebook'
          ? 'Wijkcentrum De Kring'
          : dice.chance(0.6)
            ? 'Ondernemers voor een Warm België'
            : 'CTG Circular',
      householdId: null,
      handedOutVia: null,
    };
    devices.push(device);
    events.push({ deviceId: device.id, at: arrived, status: 'Ontvangen', note: '' });
    let at = arrived;
    if (kind !== 'Chromebook') {
      at = later(dice, at, 2, 10);
      events.push({ deviceId: device.id, at, status: 'Bij refurbisher', note: device.refurbisher });
    }
    at = later(dice, at, 5, 25);
    if (kind !== 'Chromebook' && dice.chance(0.08)) {
      events.push({ deviceId: device.id, at, status: 'Defect', note: 'Niet meer te herstellen, gerecycleerd.' });
      return device;
    }
    events.push({ deviceId: device.id, at, status: 'Gewist en klaar', note: 'Gegevens gewist, certificaat bewaard.' });
    const receiver = wanting.find((h) => !served.has(h.id) && h.arrivesAt.getTime() < at.getTime() + 30 * 86_400_000);
    if (receiver) {
      served.add(receiver.id);
      const handed = later(dice, new Date(Math.max(at.getTime(), receiver.arrivesAt.getTime())), 2, 15);
      device.householdId = receiver.id;
      device.handedOutVia = receiver.partner?.includes('chool') ? receiver.partner : 'Sociaal Huis Eeklo (OCMW)';
      events.push({ deviceId: device.id, at: handed, status: 'Uitgegeven', householdId: receiver.id, note: '' });
    }
    return device;
  };

  // The Chromebooks of the project request arrive in one batch in September.
  const chromebookDay = new Date(year, 8, dice.int(8, 20), 10, 0, 0);
  for (let i = 0; i < CHROMEBOOKS; i++) addDevice('Chromebook', null, chromebookDay);

  // Donated laptops: companies give batches, citizens one or two.
  const donationTimes = timestamps(dice, 70, new Date(year, 0, 2), new Date(year, 11, 15));
  for (const at of donationTimes) {
    if (devices.length >= DEVICES) break;
    const company = dice.chance(0.25);
    const first = dice.pick(FLEMISH.first);
    const last = dice.pick(FLEMISH.last);
    const name = company ? dice.pick(COMPANY_DONORS) : `${first} ${last}`;
    const donation: DemoDonation = {
      id: `S-${String(donations.length + 1).padStart(3, '0')}`,
      at,
      donor: {
        name,
        kind: company ? 'bedrijf' : 'particulier',
        email: company
          ? `info@${name.toLowerCase().replace(/[^a-z]+/g, '-')}.example`
          : householdEmail(dice, first, last),
        phone: mobile(dice),
        municipality: dice.weighted(['Eeklo', 'Aalter', 'Assenede', 'Kaprijke', 'Lievegem', 'Sint-Laureins'], (m) =>
          m === 'Eeklo' ? 6 : 1,
        ),
      },
      deviceIds: [],
      wantsWipeCertificate: company || dice.chance(0.4),
      messes: [],
    };
    if (dice.chance(0.1)) {
      donation.donor.phone = donation.donor.phone.replace(/\d\D*$/, '');
      donation.messes.push('shortPhone');
    }
    const count = Math.min(DEVICES - devices.length, company ? dice.int(4, 12) : dice.int(1, 2));
    for (let i = 0; i < count; i++) {
      const kind = dice.chance(0.9) ? 'Laptop' : 'Tablet';
      donation.deviceIds.push(addDevice(kind, donation.id, at).id);
    }
    donations.push(donation);
    months[at.getMonth()].donations.push(donation);
  }
  // Top up with one more company donation if the year fell short of the 300 devices.
  while (devices.length < DEVICES) {
    const at = new Date(year, 11, 1, 11, 0, 0);
    const id = `S-${String(donations.length + 1).padStart(3, '0')}`;
    const donation: DemoDonation = {
      id,
      at,
      donor: {
        name: 'Stad Eeklo, ICT-dienst',
        kind: 'bedrijf',
        email: 'ict@stad-eeklo.example',
        phone: '09 218 28 00',
        municipality: 'Eeklo',
      },
      deviceIds: [],
      wantsWipeCertificate: true,
      messes: [],
    };
    while (devices.length < DEVICES) donation.deviceIds.push(addDevice('Laptop', id, at).id);
    donations.push(donation);
    months[11].donations.push(donation);
  }
  for (const event of events) {
    if (event.at.getFullYear() === year) months[event.at.getMonth()].deviceEvents.push(event);
  }
  for (const m of months) m.deviceEvents.sort((a, b) => a.at.getTime() - b.at.getTime());
  return { devices, donations };
}

function coursesOfYear(dice: Dice, year: number, households: DemoYearHousehold[], months: DemoMonth[]): DemoCourse[] {
  const courses: DemoCourse[] = [];
  const schoolMonths = [0, 1, 2, 3, 4, 8, 9, 10, 11];
  const adults = households.flatMap((h) =>
    h.members
      .map((p, member) => ({ h, p, member }))
      .filter(({ p }) => year - p.birthYear >= 16)
      .map(({ h, member }) => ({ householdId: h.id, member, arrivesAt: h.arrivesAt, wants: h.contact.helpNeeded })),
  );
  for (let i = 0; i < COURSES; i++) {
    const [vindplaats, partner, isNew] = VINDPLAATSEN[i % VINDPLAATSEN.length];
    const startMonth = schoolMonths[Math.floor((i * schoolMonths.length) / COURSES)];
    const first = new Date(year, startMonth, dice.int(1, 20), dice.pick([9, 13, 18]), 30, 0);
    const sessionCount = dice.int(4, 8);
    const sessions = Array.from({ length: sessionCount }, (_, k) => new Date(first.getTime() + k * 7 * 86_400_000));
    const capacity = dice.int(8, 12);
    const candidates = adults.filter((a) => a.arrivesAt.getTime() < first.getTime());
    const keen = candidates.filter((a) => a.wants.includes('Een cursus'));
    const participants: DemoCourse['participants'] = [];
    const want = Math.min(capacity, dice.int(5, capacity));
    for (let k = 0; k < want * 4 && participants.length < want && candidates.length > 0; k++) {
      const pick = keen.length > 0 && dice.chance(0.7) ? dice.pick(keen) : dice.pick(candidates);
      if (!participants.some((p) => p.householdId === pick.householdId && p.member === pick.member)) {
        participants.push({ householdId: pick.householdId, member: pick.member });
      }
    }
    const course: DemoCourse = {
      id: `V-${String(i + 1).padStart(2, '0')}`,
      title: COURSE_TITLES[(i * 3 + dice.int(0, 2)) % COURSE_TITLES.length],
      partner,
      vindplaats,
      newVindplaats: isNew,
      sessions,
      capacity,
      participants,
    };
    courses.push(course);
    months[startMonth].coursesStarting.push(course);
    for (const at of sessions) {
      if (at.getFullYear() !== year) continue;
      const present = participants.map((_, k) => k).filter(() => dice.chance(0.82));
      months[at.getMonth()].courseSessions.push({ courseId: course.id, at, present });
    }
  }
  for (const m of months) m.courseSessions.sort((a, b) => a.at.getTime() - b.at.getTime());
  return courses;
}

/** People reached: every member of every household taken in (what Digibank counts as unique users). */
export function peopleReached(year: DemoYear): number {
  return year.households.reduce((sum, h) => sum + h.members.length, 0);
}
