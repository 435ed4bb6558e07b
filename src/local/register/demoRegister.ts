import type { Row } from '../../ports';

/**
 * Demo reference data for the register tabs the worker keeps by hand: vindplaatsen, digipunten, courses,
 * a Chromebook request and donations. Real places of the Eeklo area; people are invented.
 */

export const DEMO_VINDPLAATSEN: Row[] = [
  { Vindplaats: 'Wijkcentrum De Kring', Soort: 'Buurtwerk', Gemeente: 'Eeklo', 'Nieuw sinds projectstart': 'nee' },
  {
    Vindplaats: 'LDC Zonneheem',
    Soort: 'Lokaal dienstencentrum',
    Gemeente: 'Eeklo',
    'Nieuw sinds projectstart': 'nee',
  },
  { Vindplaats: 'Bibliotheek Eeklo', Soort: 'Bibliotheek', Gemeente: 'Eeklo', 'Nieuw sinds projectstart': 'nee' },
  { Vindplaats: 'Basisschool De Vlindertuin', Soort: 'School', Gemeente: 'Eeklo', 'Nieuw sinds projectstart': 'ja' },
  { Vindplaats: 'Sociaal Huis Eeklo', Soort: 'Welzijnspartner', Gemeente: 'Eeklo', 'Nieuw sinds projectstart': 'ja' },
];

export const DEMO_DIGIPUNTEN: Row[] = [
  {
    Naam: 'Digipunt Wijkcentrum De Kring',
    Soort: 'Digipunt',
    Adres: 'Zuidmoerstraat 136',
    Gemeente: 'Eeklo',
    Openingsuren: 'ma–vr 9–12 u.',
    Bemanning: 'projectmedewerker, 2 vrijwilligers',
    'Nieuw sinds projectstart': 'nee',
  },
  {
    Naam: 'Digipunt LDC Zonneheem',
    Soort: 'Digipunt',
    Adres: 'Zonneheem',
    Gemeente: 'Eeklo',
    Openingsuren: 'di en do 13–16 u.',
    Bemanning: 'vrijwilliger',
    'Nieuw sinds projectstart': 'nee',
  },
  {
    Naam: 'Digipunt Bibliotheek Eeklo',
    Soort: 'Digipunt',
    Adres: 'Bibliotheek',
    Gemeente: 'Eeklo',
    Openingsuren: 'tijdens de openingsuren van de bib',
    Bemanning: 'bibliotheekmedewerkers',
    'Nieuw sinds projectstart': 'nee',
  },
  {
    Naam: 'Digispreekuur Basisschool De Vlindertuin',
    Soort: 'Digispreekuur',
    Adres: 'schoolpoort',
    Gemeente: 'Eeklo',
    Openingsuren: 'vrijdag 15–16 u.',
    Bemanning: 'projectmedewerker',
    'Nieuw sinds projectstart': 'ja',
  },
];

export interface DemoCourse {
  id: string;
  title: string;
  partner: string;
  place: string;
  /** Weekday (0 = Sunday) of the weekly session. */
  weekday: number;
  sessions: number;
}

export const DEMO_COURSES: DemoCourse[] = [
  {
    id: 'VO-0001',
    title: 'Aan de slag met uw smartphone',
    partner: 'Ligo',
    place: 'LDC Zonneheem',
    weekday: 2,
    sessions: 4,
  },
  {
    id: 'VO-0002',
    title: 'Veilig online: itsme en e-mail',
    partner: 'Ligo',
    place: 'Basisschool De Vlindertuin',
    weekday: 4,
    sessions: 4,
  },
];

/** People at a course who have no case (yet). Invented names, example phone numbers. */
export const DEMO_PARTICIPANTS = [
  { name: 'Rita De Smet', phone: '0478 10 20 30' },
  { name: 'Mohamed Azzouzi', phone: '0479 21 32 43' },
  { name: 'Linda Van Hecke', phone: '0476 54 65 76' },
  { name: 'Oksana Melnyk', phone: '0465 87 98 09' },
];

export const DEMO_DONORS = [
  { donor: 'Bakkerij Van Damme', kind: 'Laptop', count: 3 },
  { donor: 'Notariskantoor Eeklo', kind: 'Laptop', count: 5 },
  { donor: 'Mevr. Claeys (particulier)', kind: 'Laptop', count: 1 },
  { donor: 'Stad Eeklo, dienst ICT', kind: 'Laptop', count: 4 },
];

export const DEMO_SCHOOLS = ['GO! Atheneum Eeklo', 'Basisschool De Vlindertuin', 'Sint-Vincentiusschool Eeklo'];
