import { referralForm } from '../../forms/referral';
import { registrationForm } from '../../forms/registration';
import { eligibilityRules } from '../../src/app/householdIntake';
import { REFERRAL_INTAKE } from '../../src/app/processReferral';
import { addWorkdays } from '../../src/domain/common/workdays';
import type { RawAnswers } from '../../src/domain/forms/answers';
import { parseAnswers } from '../../src/domain/forms/schema';
import { caseRow, LINK } from '../../src/domain/referral/records';
import { readSettings } from '../../src/domain/settings/settings';
import type { Row } from '../../src/ports';
import { registrationAnswers } from './formAnswers';
import { referralAnswers } from './referralAnswers';

/**
 * A labelled corpus for household matching, written the way Eeklo-area partners and households really fill in
 * the forms: a register of 45 cases, and 110 new responses (referrals and self-registrations), each labelled
 * with the case it truly belongs to, or none. Every response is one pair (response, the case it resembles most).
 *
 * The hard cases are on purpose: social services that give their office number for every family they refer,
 * a volunteer interpreter's mobile, family landlines shared with adult children who live elsewhere, households
 * with two family names, neighbours in one building, namesakes, transliterated names (Mohammed / Muhammad,
 * Олена / Olena), nicknames (Magda / Magdalena, Jef / Jozef, Lies / Elisabeth), particles written every way,
 * swapped first and family names, typos in names, streets and phone numbers, households that moved.
 *
 * `expected` is what the rules should do with the pair (docs/intake.md): `link` to the labelled case, `review`
 * (Te controleren, the labelled case among the candidates when there is one) or `new` case. The figures (precision,
 * recall, share of non-duplicates sent to review) are computed from `truth`, not from `expected`.
 *
 * No response resembles another response: each is measured against the register alone, whether it runs through
 * the pure function, the built bundle or the local twin (a new case one response makes is never a candidate for
 * a later one; the tests check that all three give the same outcome per pair).
 */

type Postcode = keyof typeof PLACE;

const PLACE = {
  '9900': 'Eeklo',
  '9880': 'Aalter',
  '9910': 'Knesselare',
  '9920': 'Lovendegem',
  '9930': 'Zomergem',
  '9950': 'Waarschoot',
  '9960': 'Assenede',
  '9968': 'Bassevelde',
  '9970': 'Kaprijke',
  '9971': 'Lembeke',
  '9980': 'Sint-Laureins',
} as const;

interface Household {
  first: string;
  last: string;
  phone: string;
  email?: string;
  street?: string;
  postcode: Postcode;
}

export interface RegisterCase extends Household {
  ref: string;
}

export type PairKind =
  | 'office phone'
  | 'interpreter phone'
  | 'family landline'
  | 'two family names'
  | 'neighbours'
  | 'namesake'
  | 'transliteration'
  | 'nickname'
  | 'particles'
  | 'swapped names'
  | 'typo'
  | 'moved'
  | 'e-mail'
  | 'no street'
  | 'unrelated';

export interface Pair extends Household {
  id: string;
  kind: PairKind;
  form: 'doorverwijzing' | 'aanmelding';
  /** "Woont u samen met iemand die al hulp krijgt van ons?" */
  lives?: 'Ja' | 'Nee' | 'Weet ik niet';
  organisation?: string;
  truth: string | null;
  expected: 'link' | 'review' | 'new';
  note: string;
}

// Numbers that many families share: the Sociaal Huis front desk, the CAW office, a volunteer interpreter.
const SOCIAL_HOUSE = '09 218 29 00';
const CAW = '09 265 04 80';
const INTERPRETER = '0478 55 12 90';

const ref = (n: number) => `DT-2025-${String(n).padStart(4, '0')}`;

const c = (n: number, first: string, last: string, phone: string, street: string, postcode: Postcode, email = '') => ({
  ref: ref(n),
  first,
  last,
  phone,
  street,
  postcode,
  email,
});

export const PAIR_REGISTER: readonly RegisterCase[] = [
  c(1, 'Fatima', 'Bouzid', SOCIAL_HOUSE, 'Zuidmoerstraat 136', '9900'),
  c(2, 'Maria', 'Vermeulen', '09 377 41 26', 'Oostveldstraat 45', '9900'),
  c(3, 'Zahra', 'Ahmadi', '0486 21 33 70', 'Raamstraat 8', '9900'),
  c(4, 'Khadija', 'El Amrani', '0472 18 90 44', 'Stationsstraat 23 bus 3', '9900', 'khadija.elamrani@gmail.example'),
  c(5, 'Magdalena', 'Nowak', '0493 66 10 27', 'Molenstraat 5', '9970'),
  c(6, 'Mohammed', 'Benali', '0488 40 12 77', 'Brugsesteenweg 112', '9900'),
  c(7, 'Olena', 'Melnyk', '0465 28 11 90', 'Kaaistraat 4', '9900'),
  c(8, 'Marc', 'Van den Bossche', '09 379 12 05', 'Tieltsesteenweg 18', '9900', 'marc.vdbossche@telenet.example'),
  c(9, 'Hilde', "D'Hondt", '0476 33 21 09', 'Boelare 77', '9900'),
  c(10, 'Yusuf', 'Yılmaz', '0485 11 22 33', 'Visstraat 3', '9900'),
  c(11, 'Jozef', 'Claeys', '0475 61 88 02', 'Kerkstraat 4', '9960'),
  c(12, 'Aïcha', 'El Idrissi', '0497 70 31 55', 'Koning Albertstraat 9', '9900'),
  c(13, 'Grâce', 'Mbuyi', '0489 02 44 18', 'Markt 28', '9900'),
  c(14, 'Saïd', 'Haddad', INTERPRETER, 'Molenstraat 41', '9900'),
  c(15, 'Elif', 'Demir', '0468 12 90 33', 'Zuidmoerstraat 40', '9900', 'elif.demir@hotmail.example'),
  c(16, 'Nathalie', 'De Smet', '0471 55 66 21', 'Stationsstraat 7', '9880'),
  c(17, 'Kevin', 'Maes', CAW, 'Nieuwstraat 14', '9970'),
  c(18, 'Rita', 'Goethals', '09 378 22 14', 'Schoolstraat 2', '9971'),
  c(19, 'Yuliia', 'Kovalenko', '0466 71 40 18', 'Kerkstraat 19', '9950'),
  c(20, 'Hüseyin', 'Öztürk', '0479 12 80 55', 'Stationsstraat 60', '9920'),
  c(21, 'Nour', 'Khalil', '0484 30 19 76', 'Markt 3', '9900', 'nour.khalil@gmail.example'),
  c(22, 'Piotr', 'Wójcik', '0492 44 01 87', 'Kasteelstraat 6', '9880'),
  c(23, 'Katarzyna', 'Kaczmarek', '0490 18 27 36', 'Kerkstraat 8', '9910'),
  c(24, 'Patience', 'Kabongo', '0487 90 11 45', 'Raamstraat 31 bus 2', '9900'),
  c(25, 'Elisabeth', 'Verstraete', '09 377 90 12', 'Molenstraat 17', '9930'),
  c(26, 'Ahmad', 'Al-Hassan', '0483 27 61 90', 'Kaaistraat 22', '9900'),
  c(27, 'Mohamed', 'El Amrani', '0474 20 11 31', 'Zuidmoerstraat 88', '9900'),
  c(28, 'Jan', 'Peeters', '0477 88 12 30', 'Kerkstraat 30', '9960'),
  c(29, 'Ana', 'García López', '0491 30 55 12', 'Stationsstraat 41', '9900'),
  c(30, 'Ayşe', 'Yılmaz', '0482 14 77 30', 'Visstraat 15', '9900'),
  c(31, 'Dieudonné', 'Ilunga', '0467 33 90 12', 'Markt 51', '9900'),
  c(32, 'Mariam', 'Karimi', '09 377 12 85', 'Boelare 12', '9900'),
  c(33, 'Oleksandr', 'Shevchenko', '0469 10 20 30', 'Stationsstraat 2', '9950'),
  c(34, 'Sofie', 'Van de Velde', '0473 21 09 87', 'Markt 9', '9960', 'sofie.vandevelde@gmail.example'),
  c(35, 'Bilal', 'Azzouzi', SOCIAL_HOUSE, 'Visstraat 21', '9900'),
  c(36, 'Greet', 'Lippens', '0470 98 76 54', 'Raamstraat 50', '9900'),
  c(37, 'Andrii', 'Boiko', '0462 55 10 90', 'Molenstraat 3', '9971'),
  c(38, 'Naima', 'Chaoui', '0480 44 55 66', 'Tieltsesteenweg 120', '9900', 'onthaal@caw-meetjesland.example'),
  c(39, 'Tom', 'Vercruysse', '0499 12 12 12', 'Kerkstraat 11', '9980'),
  c(40, 'Fereshta', 'Popal', '0461 77 20 11', 'Kaaistraat 10 bus 1', '9900'),
  c(41, 'Hamza', 'Boukhari', '0478 90 30 12', 'Oostveldstraat 100', '9900'),
  c(42, 'Lotte', 'De Bruyne', '0494 20 30 40', 'Stationsstraat 15', '9930'),
  c(43, 'Mustafa', 'Kaya', '0485 30 60 90', 'Brugsesteenweg 5', '9900', 'm.kaya@outlook.example'),
  c(44, 'Viktoriia', 'Tkachenko', '0460 12 80 40', 'Markt 14', '9900'),
  c(45, 'Ingrid', 'Van Acker', '09 377 55 10', 'Kerkstraat 2', '9968'),
];

type PairInput = Omit<Pair, 'id'>;
type Answered = Household & Partial<Pick<Pair, 'lives' | 'organisation'>>;
const truthOf = (n: number | null) => (n === null ? null : ref(n));

/** A referral: the partner fills in every field. */
const r = (kind: PairKind, truth: number | null, expected: Pair['expected'], h: Answered, note: string): PairInput => ({
  ...h,
  kind,
  form: 'doorverwijzing',
  truth: truthOf(truth),
  expected,
  note,
});

/** A self-registration: no e-mail question, the street may stay empty. */
const g = (
  kind: PairKind,
  truth: number | null,
  expected: Pair['expected'],
  h: Omit<Answered, 'email' | 'organisation'>,
  note: string,
): PairInput => ({ ...h, kind, form: 'aanmelding', truth: truthOf(truth), expected, note });

// biome-ignore format: one pair per line reads as a table
const pairs: PairInput[] = [
  // ---- shared office and interpreter numbers ------------------------------------------------------------------
  r('office phone', null, 'review', { first: 'Fatima', last: 'El Amrani', phone: SOCIAL_HOUSE, street: 'Kaaistraat 15', postcode: '9900' }, 'another family referred by the Sociaal Huis with its front-desk number: same first name as case 1, other family name and address (the issue)'),
  r('office phone', null, 'review', { first: 'Samira', last: 'Benali', phone: '09/218.29.00', street: 'Molenstraat 9', postcode: '9900' }, 'another family with the front-desk number; the family name is that of case 6 at another address'),
  r('office phone', 1, 'link', { first: 'BOUZID', last: 'Fatima', phone: '092182900', street: 'Zuidmoerstr. 136', postcode: '9900' }, 'case 1 referred again by the Sociaal Huis: names swapped, capitals, street abbreviated'),
  r('office phone', 35, 'link', { first: 'Bilal', last: 'Azzouzi', phone: '+32 9 218 29 00', street: 'Visstraat 21', postcode: '9900' }, 'case 35 again through the front desk'),
  g('office phone', 1, 'link', { first: 'Fatima', last: 'Bouzid', phone: '0489 33 22 11', street: 'Zuidmoerstraat 136', postcode: '9900' }, 'case 1 registers herself with her own mobile'),
  r('office phone', null, 'review', { first: 'Fatima', last: 'Bouzid', phone: SOCIAL_HOUSE, street: 'Kaaistraat 25', postcode: '9900' }, 'a namesake of case 1 at another address, also with the front-desk number: the worker must decide'),
  r('office phone', null, 'review', { first: 'Jeroen', last: 'Maes', phone: CAW, street: 'Molenstraat 2', postcode: '9970', organisation: 'CAW Oost-Vlaanderen' }, 'another Maes family in Kaprijke, referred by the CAW with its office number'),
  r('office phone', null, 'review', { first: 'Sandra', last: 'Standaert', phone: CAW, street: 'Nieuwstraat 20', postcode: '9970', organisation: 'CAW Oost-Vlaanderen' }, 'an unrelated family with the CAW office number'),
  r('office phone', 17, 'link', { first: 'Kevin', last: 'Maes', phone: '+32 9 265 04 80', street: 'Nieuwstraat 14', postcode: '9970', organisation: 'CAW Oost-Vlaanderen' }, 'case 17 again through the CAW'),
  r('interpreter phone', null, 'review', { first: 'Iryna', last: 'Bondarenko', phone: INTERPRETER, street: 'Stationsstraat 30', postcode: '9900' }, "a Ukrainian family given the volunteer interpreter's mobile (case 14 has it too)"),
  r('interpreter phone', 14, 'link', { first: 'Said', last: 'Haddad', phone: '0478/55.12.90', street: 'Molenstraat 41', postcode: '9900' }, 'case 14 again, without the diaeresis'),
  r('interpreter phone', null, 'review', { first: 'Hiba', last: 'Haddad', phone: INTERPRETER, street: 'Kerkstraat 7', postcode: '9900' }, 'another Haddad family with the same interpreter'),

  // ---- family landlines -----------------------------------------------------------------------------------------
  r('family landline', null, 'review', { first: 'Kristof', last: 'Vermeulen', phone: '09 377 41 26', street: 'Molenstraat 77', postcode: '9900' }, "adult son with his own household gives his mother's landline (the issue)"),
  g('family landline', 2, 'link', { first: 'Luc', last: 'Vermeulen', phone: '093774126', street: 'Oostveldstraat 45', postcode: '9900' }, 'her husband registers: same landline, same address, same family name'),
  g('family landline', 2, 'link', { first: 'Maria', last: 'Vermeulen', phone: '09 377 41 26', postcode: '9900' }, 'case 2 registers herself, no street'),
  r('family landline', null, 'review', { first: 'Ilse', last: 'Goethals', phone: '09 378 22 14', street: 'Kerkstraat 5', postcode: '9970' }, "a daughter in Kaprijke with her mother's landline in Lembeke"),
  r('family landline', 25, 'link', { first: 'Lies', last: 'Verstraete', phone: '09 377 90 12', street: 'Molenstraat 17', postcode: '9930' }, 'Elisabeth as everyone calls her'),
  g('family landline', 25, 'link', { first: 'Elisabeth', last: 'Verstraete', phone: '0495 12 40 40', street: 'Molenstraat 17', postcode: '9930' }, 'case 25 with a new mobile'),
  r('family landline', null, 'review', { first: 'Bram', last: 'Van Acker', phone: '09 377 55 10', street: 'Raamstraat 9', postcode: '9900' }, "a grandson in Eeklo with his grandmother's landline"),
  r('family landline', 45, 'link', { first: 'Ingrid', last: 'VAN ACKER', phone: '09/377.55.10', street: 'Kerkstr. 2', postcode: '9968' }, 'case 45 again'),
  r('family landline', 8, 'link', { first: 'Marc', last: 'Vandenbossche', phone: '09/379.12.05', street: 'Tieltsesteenweg 18', postcode: '9900' }, 'particles glued'),
  r('family landline', null, 'review', { first: 'Mieke', last: 'Vermeulen', phone: '09 377 41 26', street: 'Kaaistraat 40', postcode: '9900' }, 'a daughter called Mieke (also a short form of Maria) with her own household and the family landline'),

  // ---- two family names in one household --------------------------------------------------------------------
  g('two family names', 3, 'review', { first: 'Ahmad', last: 'Rahimi', phone: '0465 90 12 44', street: 'Raamstraat 8', postcode: '9900' }, "the father, with his own family name and mobile, at his wife's exact address (the issue)"),
  r('two family names', 32, 'review', { first: 'Farid', last: 'Sultani', phone: '09 377 12 85', street: 'Boelare 12', postcode: '9900' }, 'the husband with the household landline'),
  g('two family names', 32, 'review', { first: 'Farid', last: 'Sultani', phone: '09 377 12 85', postcode: '9900', lives: 'Ja' }, 'the husband again through the registration form, no street, says he lives with someone already helped'),
  r('two family names', 4, 'link', { first: 'Khadija', last: 'El Amrani-Bouzid', phone: '0472 18 90 44', street: 'Stationsstraat 23 bus 3', postcode: '9900' }, "she added her husband's family name"),
  r('two family names', 29, 'link', { first: 'Ana', last: 'Garcia', phone: '0491 30 55 12', street: 'Stationsstraat 41', postcode: '9900' }, 'a Spanish double family name, only the first written'),
  g('two family names', 30, 'link', { first: 'Ayse', last: 'Yilmaz Demir', phone: '0482 14 77 30', postcode: '9900' }, 'both family names, no Turkish letters, no street'),
  r('two family names', 15, 'review', { first: 'Murat', last: 'Kaya', phone: '0486 30 30 01', email: 'elif.demir@hotmail.example', street: 'Zuidmoerstraat 40', postcode: '9900' }, "the husband (another family name) with the household's e-mail address"),
  r('two family names', 15, 'link', { first: 'Murat', last: 'Demir', phone: '0486 30 30 02', email: 'elif.demir@hotmail.example', street: 'Zuidmoerstraat 40', postcode: '9900' }, 'a brother-in-law in the same household, same family e-mail'),
  r('two family names', 34, 'review', { first: 'Bart', last: 'Roegiers', phone: '0476 12 12 99', email: 'sofie.vandevelde@gmail.example', street: 'Markt 9', postcode: '9960' }, 'her partner with her e-mail address and his own family name'),
  r('two family names', 29, 'link', { first: 'Ana', last: 'López García', phone: '0491 30 55 12', street: 'Stationsstraat 41', postcode: '9900' }, 'the two family names the other way round'),

  // ---- neighbours -------------------------------------------------------------------------------------------------
  g('neighbours', null, 'new', { first: 'Jana', last: 'Haelterman', phone: '0471 40 40 40', street: 'Zuidmoerstraat 40', postcode: '9900', lives: 'Nee' }, 'a second family in a split house, says it does not live with anyone already helped'),
  g('neighbours', null, 'review', { first: 'Omar', last: 'Azzouzi', phone: '0466 60 60 61', street: 'Raamstraat 50', postcode: '9900' }, "another family at case 36's address, question not answered"),
  r('neighbours', null, 'new', { first: 'Patrick', last: 'Roegiers', phone: '0475 10 10 10', street: 'Zuidmoerstraat 138', postcode: '9900' }, 'next door to case 1'),
  r('neighbours', null, 'new', { first: 'Tomasz', last: 'Mazur', phone: '0493 20 20 20', street: 'Raamstraat 31 bus 4', postcode: '9900' }, 'another flat in the building of case 24'),
  r('neighbours', null, 'review', { first: 'Said', last: 'Bouzid', phone: '0484 40 40 41', street: 'Kaaistraat 10', postcode: '9900' }, 'a flat in the building of case 40, box number not written'),
  g('neighbours', null, 'new', { first: 'Emre', last: 'Arslan', phone: '0489 50 50 51', street: 'Kaaistraat 10', postcode: '9900', lives: 'Nee' }, 'another flat in that building, box not written, says new household'),
  r('neighbours', null, 'new', { first: 'Dirk', last: 'Van de Velde', phone: '0479 70 70 71', street: 'Markt 11', postcode: '9960' }, 'a Van de Velde two doors from case 34, not related'),
  r('neighbours', null, 'new', { first: 'Rania', last: 'Nasser', phone: '0470 80 80 81', street: 'Markt 51A', postcode: '9900' }, 'house 51A next to case 31 at 51'),
  g('neighbours', null, 'review', { first: 'Lina', last: 'Darwish', phone: '0468 90 90 91', street: 'Boelare 77 bus 2', postcode: '9900', lives: 'Weet ik niet' }, 'a flat above case 9\'s house, the box on one side only, "Weet ik niet": the worker decides'),

  // ---- namesakes --------------------------------------------------------------------------------------------------
  r('namesake', null, 'new', { first: 'Jan', last: 'Peeters', phone: '0472 11 11 12', street: 'Markt 5', postcode: '9900' }, 'a Jan Peeters in Eeklo; case 28 lives in Assenede'),
  r('namesake', null, 'new', { first: 'Jan', last: 'Peters', phone: '0472 11 11 13', street: 'Kerkstraat 50', postcode: '9960' }, 'a Jan Peters in Assenede, one letter from case 28, other address and phone'),
  r('namesake', null, 'review', { first: 'Mohamed', last: 'El Amrani', phone: '0476 11 11 14', street: 'Stationsstraat 99', postcode: '9900' }, 'the son, named after his father (case 27), own household and mobile'),
  r('namesake', null, 'review', { first: 'Mohamed', last: 'El Amrani', phone: '0474 20 11 31', street: 'Kaaistraat 30', postcode: '9900' }, "the son with his father's mobile and his own address: never linked"),
  r('namesake', null, 'review', { first: 'Mohammed', last: 'Benali', phone: '0471 11 11 15', street: 'Raamstraat 70', postcode: '9900' }, 'another Mohammed Benali in Eeklo'),
  r('namesake', null, 'review', { first: 'Nathalie', last: 'Desmet', phone: '0471 11 11 16', street: 'Stationsstraat 70', postcode: '9880' }, 'a Nathalie Desmet in Aalter, ten houses from case 16'),
  r('namesake', null, 'new', { first: 'Fatima', last: 'Bouzid', phone: '0471 11 11 17', street: 'Kerkstraat 3', postcode: '9960' }, 'a Fatima Bouzid in Assenede'),
  r('namesake', null, 'new', { first: 'Khalid', last: 'Benali', phone: '0471 11 11 18', street: 'Tieltsesteenweg 2', postcode: '9900' }, 'another Benali family in Eeklo'),
  r('namesake', null, 'review', { first: 'Kevin', last: 'Maes', phone: '0471 11 11 19', street: 'Molenstraat 1', postcode: '9970' }, 'another Kevin Maes in Kaprijke'),

  // ---- transliterations -------------------------------------------------------------------------------------------
  r('transliteration', 6, 'link', { first: 'Mohamed', last: 'Benali', phone: '0488/40.12.77', street: 'Brugsesteenweg 112', postcode: '9900' }, 'Mohammed written Mohamed'),
  g('transliteration', 6, 'link', { first: 'Muhammad', last: 'Ben Ali', phone: '0488 40 12 77', postcode: '9900' }, 'Muhammad, family name in two words, no street'),
  g('transliteration', 7, 'link', { first: 'Олена', last: 'Мельник', phone: '0465 28 11 90', postcode: '9900' }, 'Olena Melnyk in Cyrillic, on her phone'),
  r('transliteration', 19, 'link', { first: 'Yulia', last: 'Kovalenko', phone: '0466 71 40 18', street: 'Kerkstraat 19', postcode: '9950' }, 'Yuliia written Yulia'),
  r('transliteration', 12, 'link', { first: 'Aisha', last: 'Idrissi', phone: '0497 70 31 55', street: 'Koning Albertstraat 9', postcode: '9900' }, 'Aïcha written Aisha, the article El left out'),
  g('transliteration', 20, 'link', { first: 'Huseyin', last: 'Ozturk', phone: '0479 12 80 55', street: 'Stationsstraat 60', postcode: '9920' }, 'without Turkish letters'),
  r('transliteration', 10, 'link', { first: 'Youssef', last: 'Yilmaz', phone: '0470 31 31 32', street: 'Visstraat 3', postcode: '9900' }, 'Yusuf written Youssef, new phone'),
  r('transliteration', 26, 'link', { first: 'Ahmed', last: 'Al Hassan', phone: '0483 27 61 90', street: 'Kaaistraat 22', postcode: '9900' }, 'Ahmad written Ahmed, no hyphen'),
  g('transliteration', 26, 'link', { first: 'Ahmad', last: 'Hasan', phone: '0483276190', postcode: '9900' }, 'the article left out and Hassan with one s'),
  r('transliteration', 33, 'review', { first: 'Oleksandr', last: 'Sjevtsjenko', phone: '0469 10 20 30', street: 'Stationsstraat 2', postcode: '9950' }, 'the Dutch transliteration of Шевченко: too far for the name rules, found through phone and address'),
  r('transliteration', 33, 'link', { first: 'Alexander', last: 'Shevchenko', phone: '0469 10 20 30', street: 'Stationsstraat 2', postcode: '9950' }, 'Oleksandr as Alexander'),
  r('transliteration', 44, 'link', { first: 'Victoria', last: 'Tkachenko', phone: '0460 12 80 40', street: 'Markt 14', postcode: '9900' }, 'Viktoriia as Victoria'),
  g('transliteration', 44, 'link', { first: 'Вікторія', last: 'Ткаченко', phone: '0460 12 80 40', postcode: '9900' }, 'in Cyrillic'),
  g('transliteration', 27, 'link', { first: 'Mohammed', last: 'Elamrani', phone: '0474 20 11 31', postcode: '9900' }, 'article glued, Mohammed with two m'),
  r('transliteration', 1, 'link', { first: 'Fatma', last: 'Bouzid', phone: '0489 77 66 55', street: 'Zuidmoerstraat 136', postcode: '9900', organisation: 'Kind en Gezin' }, 'Fatima as Fatma, her own mobile'),

  // ---- nicknames ----------------------------------------------------------------------------------------------------
  r('nickname', 5, 'link', { first: 'Magda', last: 'Nowak', phone: '0493 66 10 27', street: 'Molenstraat 5', postcode: '9970' }, 'Magdalena as Magda'),
  g('nickname', 5, 'link', { first: 'Magda', last: 'Nowak', phone: '0493661027', postcode: '9970' }, 'Magda, no street'),
  g('nickname', 11, 'review', { first: 'Jef', last: 'Claeys', phone: '0475 99 88 77', street: 'Kerkstraat 4', postcode: '9960' }, 'Jozef as Jef with a new phone: a short form and one kind of evidence against another'),
  r('nickname', 23, 'link', { first: 'Kasia', last: 'Kaczmarek', phone: '+32 490 18 27 36', street: 'Kerkstraat 8', postcode: '9910' }, 'Katarzyna as Kasia'),
  g('nickname', 25, 'link', { first: 'Lies', last: 'Verstraete', phone: '09 377 90 12', postcode: '9930' }, 'Lies, no street'),

  // ---- particles ----------------------------------------------------------------------------------------------------
  r('particles', 8, 'link', { first: 'VAN DEN BOSSCHE', last: 'Marc', phone: '09 379 12 05', street: 'Tieltsesteenweg 18', postcode: '9900' }, 'swapped, capitals'),
  r('particles', 8, 'link', { first: 'Marc', last: 'Van Den Bossche', phone: '0477 01 02 03', email: 'marc.vdbossche@telenet.example', street: 'Tieltsestwg 18', postcode: '9900' }, 'new mobile, same e-mail, street abbreviated'),
  r('particles', 9, 'link', { first: 'Hilde', last: 'Dhondt', phone: '0476 33 21 09', street: 'Boelare 77', postcode: '9900' }, "D'Hondt without apostrophe"),
  g('particles', 9, 'link', { first: 'hilde', last: 'd hondt', phone: '0470 44 44 45', street: 'Boelare 77', postcode: '9900' }, 'no capitals, particle apart, new phone'),
  r('particles', 16, 'link', { first: 'Nathalie', last: 'Desmet', phone: '0471 55 66 21', street: 'Stationsstraat 7', postcode: '9880' }, 'De Smet glued'),
  r('particles', 34, 'link', { first: 'Sofie', last: 'Vandevelde', phone: '0470 55 55 56', email: 'Sofie.VandeVelde@gmail.example', street: 'Markt 9', postcode: '9960' }, 'glued, new phone, e-mail in capitals'),
  r('particles', 45, 'link', { first: 'Ingrid', last: 'Acker', phone: '09 377 55 10', street: 'Kerkstraat 2', postcode: '9968' }, 'the particle left out'),
  r('particles', 4, 'link', { first: 'Khadija', last: 'Al-Amrani', phone: '0472 18 90 44', street: 'Stationsstraat 23', postcode: '9900' }, 'El written Al, box number left out'),

  // ---- swapped names -----------------------------------------------------------------------------------------------
  r('swapped names', 28, 'link', { first: 'Peeters', last: 'Jan', phone: '0477 88 12 30', street: 'Kerkstraat 30', postcode: '9960' }, 'family name first'),
  g('swapped names', 31, 'link', { first: 'ILUNGA', last: 'Dieudonne', phone: '0467 33 90 12', postcode: '9900' }, 'family name first in capitals, no accent'),
  r('swapped names', 22, 'link', { first: 'Wojcik', last: 'Piotr', phone: '0492 99 00 11', street: 'Kasteelstraat 6', postcode: '9880' }, 'swapped, no Polish letters, new phone'),

  // ---- typos --------------------------------------------------------------------------------------------------------
  r('typo', 36, 'link', { first: 'Greet', last: 'Lipens', phone: '0470 98 76 54', street: 'Raamstraat 50', postcode: '9900' }, 'one p'),
  g('typo', 39, 'link', { first: 'Tom', last: 'Vercruyse', phone: '0499 12 12 12', postcode: '9980' }, 'one s, no street'),
  g('typo', 42, 'review', { first: 'Lotte', last: 'De Bruyn', phone: '0494 99 30 40', street: 'Stationstraat 15', postcode: '9930' }, 'typos in the family name and the street, new phone'),
  r('typo', 13, 'link', { first: 'Grace', last: 'Mbuyi', phone: '0489 02 44 19', street: 'Markt 28', postcode: '9900' }, 'one digit of the phone wrong'),
  r('typo', 37, 'link', { first: 'Andriy', last: 'Boyko', phone: '0462 55 10 90', street: 'Molenstraat 3', postcode: '9971' }, 'other transliteration, y for i'),
  r('typo', 24, 'link', { first: 'Patience', last: 'Kabongo', phone: '0487 90 11 45', street: 'Raamstraat 31/2', postcode: '9900' }, 'box written 31/2'),
  r('typo', 43, 'link', { first: 'Mustfa', last: 'Kaya', phone: '0485 30 60 90', street: 'Brugsesteenweg 5', postcode: '9900' }, 'a letter missing in the given name'),

  // ---- moved households ----------------------------------------------------------------------------------------------
  r('moved', 38, 'review', { first: 'Naima', last: 'Chaoui', phone: '0480 44 55 66', street: 'Stationsstraat 80', postcode: '9900' }, 'moved within Eeklo, same mobile'),
  r('moved', 41, 'review', { first: 'Hamza', last: 'Boukhari', phone: '0478 90 30 12', street: 'Kerkstraat 20', postcode: '9970' }, 'moved to Kaprijke, same mobile'),
  r('moved', 43, 'review', { first: 'Mustafa', last: 'Kaya', phone: '0470 12 12 13', email: 'm.kaya@outlook.example', street: 'Molenstraat 12', postcode: '9900' }, 'moved, new phone, same e-mail'),
  g('moved', 21, 'review', { first: 'Nour', last: 'Khalil', phone: '0470 12 12 14', postcode: '9900' }, 'new phone, no street: only the name and postcode'),
  r('moved', 3, 'link', { first: 'Zahra', last: 'Ahmadi', phone: '0470 12 12 15', street: 'Raamstraat 8 bus 1', postcode: '9900' }, 'same house, the box now written, new phone'),
  r('moved', 38, 'link', { first: 'Naima', last: 'Chaoui', phone: '0480 44 55 66', email: 'onthaal@caw-meetjesland.example', street: 'Stationsstraat 80', postcode: '9900' }, 'moved, same phone and the same (partner) e-mail'),

  // ---- e-mail -------------------------------------------------------------------------------------------------------
  r('e-mail', 4, 'link', { first: 'Khadija', last: 'El Amrani', phone: '0470 12 12 16', email: 'khadija.elamrani@gmail.example', street: 'Stationsstraat 23 bus 3', postcode: '9900' }, 'new phone, same e-mail and address'),
  r('e-mail', 21, 'link', { first: 'Noor', last: 'Khalil', phone: '0470 12 12 17', email: 'nour.khalil@gmail.example', street: 'Markt 3', postcode: '9900' }, 'Nour as Noor, new phone'),
  r('e-mail', null, 'review', { first: 'Luc', last: 'Mortier', phone: '0470 12 12 18', email: 'onthaal@caw-meetjesland.example', street: 'Raamstraat 120', postcode: '9900' }, "the partner wrote its own front-desk e-mail as the household's (as for case 38)"),

  // ---- no street (self-registration) ---------------------------------------------------------------------------------
  g('no street', 15, 'link', { first: 'Elif', last: 'Demir', phone: '0468 12 90 33', postcode: '9900' }, 'same phone, no street'),
  g('no street', 43, 'link', { first: 'KAYA', last: 'mustafa', phone: '0485 30 60 90', postcode: '9900' }, 'swapped, capitals, no street'),
  g('no street', 18, 'link', { first: 'Rita', last: 'Goethals', phone: '09 378 22 14', street: 'Schoolstraat 2', postcode: '9971' }, 'with a volunteer at the digispreekuur'),
  g('no street', null, 'new', { first: 'Sarah', last: 'Claeys', phone: '0470 12 12 19', postcode: '9960' }, 'a Claeys in Assenede (case 11 is Jozef Claeys), no street'),

  // ---- unrelated households ------------------------------------------------------------------------------------------
  r('unrelated', null, 'new', { first: 'Ivo', last: 'Schelfhout', phone: '0470 11 90 23', street: 'Molenstraat 60', postcode: '9900' }, ''),
  g('unrelated', null, 'new', { first: 'Zeynep', last: 'Koç', phone: '0485 77 12 60', street: 'Boelare 3', postcode: '9900' }, ''),
  r('unrelated', null, 'new', { first: 'Katrien', last: 'Bauwens', phone: '09 377 80 80', street: 'Markt 40', postcode: '9960' }, ''),
  g('unrelated', null, 'new', { first: 'Oksana', last: 'Lysenko', phone: '0463 22 11 00', street: 'Kerkstraat 1', postcode: '9950' }, ''),
  r('unrelated', null, 'new', { first: 'Gheorghe', last: 'Popescu', phone: '0488 12 00 45', street: 'Stationsstraat 5', postcode: '9900' }, ''),
  r('unrelated', null, 'new', { first: 'Christelle', last: 'Mukendi', phone: '0471 10 20 30', street: 'Raamstraat 12', postcode: '9900' }, ''),
  g('unrelated', null, 'new', { first: 'Hamid', last: 'Noori', phone: '0476 90 81 72', street: 'Kaaistraat 7', postcode: '9900' }, ''),
  r('unrelated', null, 'new', { first: 'Wim', last: 'De Paepe', phone: '0472 33 44 55', street: 'Kerkstraat 3', postcode: '9980' }, ''),
  r('unrelated', null, 'new', { first: 'Jean-Pierre', last: 'Kalala', phone: '0487 11 22 34', street: 'Markt 22', postcode: '9900' }, ''),
  g('unrelated', null, 'new', { first: 'Mehmet', last: 'Şahin', phone: '0485 40 41 42', postcode: '9900' }, ''),
];

export const PAIRS: readonly Pair[] = pairs.map((p, i) => ({ ...p, id: `P${String(i + 1).padStart(3, '0')}` }));

/** The form's answers keyed by question title, as Google Forms delivers them. */
export function pairAnswers(p: Pair): RawAnswers {
  if (p.form === 'aanmelding') {
    return registrationAnswers({
      firstName: p.first,
      lastName: p.last,
      phone: p.phone,
      street: p.street ?? '',
      postcode: p.postcode,
      livesWithKnown: p.lives ?? '',
    });
  }
  return referralAnswers({
    organisation: p.organisation ?? 'Sociaal Huis Eeklo (OCMW)',
    firstName: p.first,
    lastName: p.last,
    phone: p.phone,
    email: p.email ?? '',
    street: p.street ?? '',
    postcode: p.postcode,
    municipality: PLACE[p.postcode],
    livesWithKnown: p.lives ?? '',
  });
}

export function pairForm(p: Pair) {
  return p.form === 'aanmelding' ? registrationForm : referralForm;
}

/** When each pair's response arrives: distinct, in corpus order, in June 2025 (in the past wherever the twin runs). */
export function pairTimestamp(index: number): Date {
  return new Date(Date.UTC(2025, 5, 2 + Math.floor(index / 30), 8 + Math.floor((index % 30) / 4), (index % 4) * 15));
}

/** The register's rows in Dossiers, as the intake wrote them from each case's first referral. */
export function registerRows(): Row[] {
  const rules = eligibilityRules(readSettings({ headers: [], rows: [] }));
  return PAIR_REGISTER.map((h, i) => {
    const parsed = parseAnswers(
      referralForm,
      referralAnswers({
        firstName: h.first,
        lastName: h.last,
        phone: h.phone,
        email: h.email ?? '',
        street: h.street ?? '',
        postcode: h.postcode,
        municipality: PLACE[h.postcode],
      }),
    );
    if (!parsed.ok) throw new Error(`register case ${h.ref}: ${parsed.reasons.join(' ')}`);
    const receivedAt = new Date(Date.UTC(2025, 2, 1 + i, 9));
    return caseRow(REFERRAL_INTAKE.details(parsed.value, rules), {
      caseRef: h.ref,
      responseKey: `seed-${h.ref}`,
      receivedAt,
      callBy: addWorkdays(receivedAt, 5),
      link: LINK.newCase,
    });
  });
}

/** What happened to one pair's response. */
export interface PairOutcome {
  kind: 'link' | 'review' | 'new';
  /** The case it was linked to ('link'). */
  caseRef?: string;
  /** The candidate cases shown to the worker ('review'). */
  candidates?: readonly string[];
}

export interface Figures {
  pairs: number;
  duplicates: number;
  nonDuplicates: number;
  links: number;
  /** Automatic links to the right case / all automatic links. */
  precision: number;
  /** Duplicates linked automatically to the right case / duplicates. */
  recall: number;
  /** Duplicates linked to the right case or sent to review with the right case among the candidates. */
  recallWithReview: number;
  /** Non-duplicates sent to review / non-duplicates. */
  reviewShareOfNonDuplicates: number;
  /** Duplicates sent to review / duplicates. */
  reviewShareOfDuplicates: number;
}

export function figures(labelled: ReadonlyArray<{ truth: string | null }>, outcomes: readonly PairOutcome[]): Figures {
  let links = 0;
  let correctLinks = 0;
  let duplicates = 0;
  let found = 0;
  let reviewedDuplicates = 0;
  let reviewedOthers = 0;
  labelled.forEach((pair, i) => {
    const o = outcomes[i];
    if (o.kind === 'link') {
      links++;
      if (o.caseRef === pair.truth) correctLinks++;
    }
    if (pair.truth) {
      duplicates++;
      if (o.kind === 'review') reviewedDuplicates++;
      if (
        (o.kind === 'link' && o.caseRef === pair.truth) ||
        (o.kind === 'review' && o.candidates?.includes(pair.truth))
      )
        found++;
    } else if (o.kind === 'review') reviewedOthers++;
  });
  const nonDuplicates = labelled.length - duplicates;
  return {
    pairs: labelled.length,
    duplicates,
    nonDuplicates,
    links,
    precision: links === 0 ? 1 : correctLinks / links,
    recall: correctLinks / duplicates,
    recallWithReview: found / duplicates,
    reviewShareOfNonDuplicates: reviewedOthers / nonDuplicates,
    reviewShareOfDuplicates: reviewedDuplicates / duplicates,
  };
}
