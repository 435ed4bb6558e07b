import type { TabSpec } from '../../ports';
import { PRIVACY_HEADERS } from '../privacy/tabs';

/**
 * Tabs of the case register (issue 4), defined once. Names and headers are what the worker sees.
 * The journey columns of *Dossiers* (milestone dates, last logged status, note) are part of `CASES` in
 * ../tabs, so the tab's full width is defined in one place.
 * The tab names are literal strings here (not imported from ../tabs) so ../tabs can list these specs
 * without an import cycle.
 */

/** Append-only history of every tracked change: old → new, who, when. */
export const LOGBOOK = {
  name: 'Logboek',
  frozenRows: 1,
  headers: ['Tijdstip', 'Tabblad', 'Sleutel', 'Kolom', 'Oud', 'Nieuw', 'Door', 'Melding'],
} as const satisfies TabSpec;

export const SUPPORT = {
  name: 'Ondersteuning',
  frozenRows: 1,
  headers: ['Sessie-ID', 'Datum', 'Dossiernummer', 'Onderwerp', 'Waar', 'Duur (minuten)', 'Door', 'Bron', 'Notitie'],
} as const satisfies TabSpec;

export const ONWARD = {
  name: 'Doorverwijzingen naar aanbod',
  frozenRows: 1,
  headers: [
    'Verwijzing-ID',
    'Datum',
    'Dossiernummer',
    'Aanbod',
    'Organisatie of plaats',
    'Drempel',
    'Eerste keer meegegaan',
    'Resultaat',
    'Resultaat op',
    'Notitie',
  ],
} as const satisfies TabSpec;

/**
 * The donation-side columns the devices chain reads (agreed with the intake helper). The donation form owns
 * and creates this tab; the register only reads it when it is there, so it is not in REGISTER_TABS.
 * `DONATION_ALIASES` (devices.ts) also accepts the intake branch's current names.
 */
export const DONATIONS = {
  name: 'Schenkingen',
  frozenRows: 1,
  headers: ['Schenking-ID', 'Ontvangen op', 'Schenker', 'Aantal toestellen', 'Soort toestel'],
} as const satisfies TabSpec;

/** One row per device: the chain of custody from donation to hand-out. */
export const DEVICES = {
  name: 'Toestellen',
  frozenRows: 1,
  headers: [
    'Toestel-ID',
    'Schenking-ID',
    'Ontvangen op',
    'Schenker',
    'Soort toestel',
    'Serienummer',
    'Status',
    'Refurbisher',
    'Batch refurbisher',
    'Wisbewijs',
    'Gewist op',
    'Klaar op',
    'Toegewezen aan (soort)',
    'Toegewezen aan',
    'Toegewezen op',
    'Uitgedeeld op',
    'Gelogde status',
    'Melding',
  ],
} as const satisfies TabSpec;

/** Chromebook request batches (e.g. 75 requested) tracked to distribution. */
export const CHROMEBOOK_BATCHES = {
  name: 'Chromebookaanvragen',
  frozenRows: 1,
  headers: [
    'Aanvraag',
    'Aangevraagd op',
    'Aantal aangevraagd',
    'Aantal ontvangen',
    'Ontvangen op',
    'Aantal toegewezen',
    'Aantal uitgedeeld',
    'Notitie',
  ],
} as const satisfies TabSpec;

/** A view the script rewrites: devices allocated and handed out per destination (counts per school). */
export const DEVICES_PER_DESTINATION = {
  name: 'Toestellen per bestemming',
  frozenRows: 1,
  headers: ['Soort bestemming', 'Bestemming', 'Soort toestel', 'Toegewezen', 'Uitgedeeld'],
} as const satisfies TabSpec;

export const COURSES = {
  name: 'Vormingen',
  frozenRows: 1,
  headers: ['Vorming-ID', 'Titel', 'Opleidingspartner', 'Vindplaats', 'Startdatum', 'Aantal sessies', 'Notitie'],
} as const satisfies TabSpec;

/** Participants per course and session; Dossiernummer when the person has a case. */
export const ATTENDANCE = {
  name: 'Deelnames',
  frozenRows: 1,
  headers: ['Vorming-ID', 'Sessie', 'Datum', 'Dossiernummer', 'Deelnemer', 'Telefoon', 'Aanwezig', ...PRIVACY_HEADERS],
} as const satisfies TabSpec;

export const VINDPLAATSEN = {
  name: 'Vindplaatsen',
  frozenRows: 1,
  headers: ['Vindplaats', 'Soort', 'Gemeente', 'Nieuw sinds projectstart', 'Sinds', 'Contactpersoon'],
} as const satisfies TabSpec;

export const DIGIPUNTEN = {
  name: 'Digipunten',
  frozenRows: 1,
  headers: ['Naam', 'Soort', 'Adres', 'Gemeente', 'Openingsuren', 'Bemanning', 'Nieuw sinds projectstart'],
} as const satisfies TabSpec;

/** A view the script rewrites: overdue and upcoming next actions. */
export const FOLLOW_UP = {
  name: 'Opvolging',
  frozenRows: 1,
  headers: ['Soort', 'Dossiernummer', 'Status', 'Volgende actie', 'Datum volgende actie', 'Dagen', 'Rij in Dossiers'],
} as const satisfies TabSpec;

/** A view the script rewrites: unique people reached, per domain and in total. */
export const REACH = {
  name: 'Bereik',
  frozenRows: 1,
  headers: ['Domein', 'Unieke personen', 'Berekend op'],
} as const satisfies TabSpec;

export const REGISTER_TABS: readonly TabSpec[] = [
  LOGBOOK,
  SUPPORT,
  ONWARD,
  DEVICES,
  CHROMEBOOK_BATCHES,
  COURSES,
  ATTENDANCE,
  VINDPLAATSEN,
  DIGIPUNTEN,
  FOLLOW_UP,
  REACH,
  DEVICES_PER_DESTINATION,
];
