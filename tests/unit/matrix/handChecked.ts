import { brusselsDate } from '../../../src/domain/matrix/calendar';
import type { Row, TableSnapshot } from '../../../src/ports';

/**
 * A small sheet worked out by hand (see the expectations in compute.test.ts): four actions (one renamed), four
 * target groups, six planning rows (one worker-marked "gedaan", one "geschrapt"), six field notes (October empty
 * for the monthly A05), three registrations, five referrals and eight cases. Dates at noon in Brussels.
 */
export const d = (month: number, day: number) => brusselsDate(2026, month, day, 12);

export function snap(rows: Row[]): TableSnapshot {
  const headers = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return { headers, rows: rows.map((values, i) => ({ rowNumber: i + 2, values })) };
}

export const ACTIES = snap([
  { Code: 'A01', Actie: 'Eikenblad', 'Antwoord in aanmelding': 'In het Eikenblad' },
  { Code: 'A05', Actie: 'Digispreekuur', 'Antwoord in aanmelding': 'Bij een digispreekuur' },
  // Renamed by the worker: it was "Infostand".
  { Code: 'A13', Actie: 'Infostand op de markt', 'Antwoord in aanmelding': 'Aan een infostand' },
  { Code: 'A14', Actie: 'Verenigingen', 'Antwoord in aanmelding': 'Via een club' },
]);

export const DOELGROEPEN = snap([
  { Doelgroep: 'Senioren', 'Partners die hen bereiken': 'LDC Zonneheem', Notities: 'mijn notitie' },
  { Doelgroep: 'Gezinnen', 'Partners die hen bereiken': 'Basisschool' },
  { Doelgroep: 'Nieuwkomers', 'Partners die hen bereiken': 'Ligo' },
  { Doelgroep: 'Werkzoekenden', 'Partners die hen bereiken': 'VDAB' },
]);

export const PLANNING_ROWS: Row[] = [
  // r2: code left empty, current name
  {
    Actiecode: '',
    Actie: 'Infostand op de markt',
    Doelgroepen: 'Senioren, Gezinnen',
    Partners: 'LDC Zonneheem',
    'Gepland op': d(10, 5),
    Frequentie: 'eenmalig',
    Status: 'gepland',
  },
  // r3: the old name of A13
  {
    Actiecode: 'A13',
    Actie: 'Infostand',
    Doelgroepen: 'Gezinnen',
    Partners: 'Basisschool',
    'Gepland op': d(11, 20),
    Status: 'gepland',
  },
  // r4: monthly from 7 September to the end of the year
  {
    Actiecode: 'A05',
    Actie: 'Digispreekuur',
    Doelgroepen: 'Senioren; Nieuwkomers',
    Partners: 'Ligo, VDAB',
    'Gepland op': '07/09/2026',
    Frequentie: 'elke maand',
    Tot: d(12, 31),
    Status: 'gepland',
  },
  // r5: marked done by the worker, no date, no partner
  { Actiecode: 'A01', Actie: 'Eikenblad', Doelgroepen: 'Senioren', Status: 'gedaan', 'Gedaan op': d(10, 15) },
  // r6: cancelled, with a group name that is not in Doelgroepen
  { Actiecode: 'A14', Actie: 'Verenigingen', Doelgroepen: 'Sportclubs', 'Gepland op': d(8, 1), Status: 'geschrapt' },
];
export const PLANNING = snap(PLANNING_ROWS);

export const VELDWERK = snap([
  {
    Datum: d(10, 6),
    Actie: 'Infostand',
    Actiecode: 'A13',
    Plaats: 'Restaurant Zonneheem',
    'Bereikte mensen': 20,
    'Aanmeldingen ter plaatse': 2,
  },
  { Datum: d(9, 8), Actie: 'Digispreekuur', Actiecode: 'A05', Plaats: 'Bibliotheek', 'Bereikte mensen': 10 },
  { Datum: d(11, 9), Actie: 'Digispreekuur', Actiecode: 'A05', Plaats: 'Bibliotheek', 'Bereikte mensen': 5 },
  { Datum: d(11, 25), Actie: 'Infostand op de markt', Actiecode: 'A13', Plaats: 'Markt', 'Bereikte mensen': 15 },
  { Datum: d(7, 1), Actie: 'Buurtfeest', Actiecode: '', Plaats: 'Oostveld', 'Bereikte mensen': 7 },
  { Datum: d(11, 28), Actie: 'Verenigingen', Actiecode: 'A14', Plaats: 'Kaartclub', 'Bereikte mensen': 3 },
]);

export const AANMELDINGEN = snap([
  { 'Ontvangen op': d(10, 7), Dossiernummer: 'DT-1', 'Gehoord via': 'Aan een infostand', Actiecode: 'A13' },
  { 'Ontvangen op': d(11, 10), Dossiernummer: 'DT-2', 'Gehoord via': 'Bij een digispreekuur', Actiecode: '' },
  { 'Ontvangen op': d(11, 12), Dossiernummer: 'DT-3', 'Gehoord via': 'Weet ik niet meer', Actiecode: '' },
]);

export const DOORVERWIJZINGEN = snap([
  { 'Ontvangen op': d(10, 20), Dossiernummer: 'DT-4', Organisatie: 'LDC Zonneheem' },
  { 'Ontvangen op': d(11, 26), Dossiernummer: 'DT-5', Organisatie: 'Basisschool' },
  { 'Ontvangen op': d(11, 15), Dossiernummer: 'DT-6', Organisatie: 'Ligo' },
  { 'Ontvangen op': d(11, 16), Dossiernummer: 'DT-7', Organisatie: 'CAW' },
  { 'Ontvangen op': d(6, 1), Dossiernummer: 'DT-8', Organisatie: 'Ligo' },
]);

export const DOSSIERS = snap([
  {
    Dossiernummer: 'DT-1',
    'Aangemaakt op': d(10, 7),
    Status: 'Actief',
    'Contact opgenomen op': d(10, 8),
    'Actief op': d(10, 20),
  },
  { Dossiernummer: 'DT-2', 'Aangemaakt op': d(11, 10), Status: 'Contact opgenomen', 'Contact opgenomen op': d(11, 12) },
  { Dossiernummer: 'DT-3', 'Aangemaakt op': d(11, 12), Status: 'Aangemeld' },
  {
    Dossiernummer: 'DT-4',
    'Aangemaakt op': d(10, 20),
    Status: 'Afgesloten: geholpen',
    'Contact opgenomen op': d(10, 21),
    'Actief op': d(11, 3),
  },
  { Dossiernummer: 'DT-5', 'Aangemaakt op': d(11, 26), Status: 'Aangemeld' },
  { Dossiernummer: 'DT-6', 'Aangemaakt op': d(11, 15), Status: 'Nazorg', 'Actief op': d(11, 25) },
  { Dossiernummer: 'DT-7', 'Aangemaakt op': d(11, 16), Status: 'Aangemeld', Doelgroep: 'Nieuwkomers' },
  { Dossiernummer: 'DT-8', 'Aangemaakt op': d(6, 1), Status: 'Afgesloten: niet bereikbaar' },
]);

export const PARTNERS = snap([
  { Organisatie: 'LDC Zonneheem' },
  { Organisatie: 'Basisschool' },
  { Organisatie: 'Ligo' },
  { Organisatie: 'CAW' },
  { Organisatie: 'VDAB' },
]);

export const TODAY = d(11, 30);
