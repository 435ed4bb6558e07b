import type { TabSpec } from '../ports';
import { DASHBOARD_TABS } from './dashboard/tabs';
import { INTAKE_TABS } from './intakeTabs';
import { CASE_LETTER_HEADERS, LETTER_TABS } from './letters/tabs';
import { MATRIX_TABS } from './matrix/tabs';
import { PRIVACY_HEADERS, PRIVACY_TABS } from './privacy/tabs';
import { REGISTER_TABS } from './register/tabs';

/**
 * Every tab the script owns and its columns, defined once. The names are what the worker sees.
 * Tabs are read by header name, so the worker may reorder columns or add her own.
 */

/** Columns of *Dossiers* the internet journey keeps (issue 4): milestone dates, last logged status, a note. */
export const CASE_JOURNEY_HEADERS = [
  'Contact opgenomen op',
  'Geïnformeerd op',
  'Aanvraag ingediend op',
  'Betaling geregeld op',
  'Opvolging provider op',
  'Installatie gepland op',
  'Actief op',
  'Nazorg op',
  'Afgesloten op',
  'Dagen tot actief',
  'Laatste statuswijziging',
  'Gelogde status',
  'Melding',
] as const;

/**
 * The case register: one row per household. The first 23 columns come from intake; the rest is the internet
 * journey the worker keeps (issue 4): milestone dates, days to active, the last logged status, a visible note.
 */
export const CASES = {
  name: 'Dossiers',
  frozenRows: 1,
  headers: [
    'Dossiernummer',
    'Aangemaakt op',
    'Voornaam',
    'Familienaam',
    'Telefoon',
    'E-mail',
    'Straat en nummer',
    'Postcode',
    'Gemeente',
    'In projectgebied',
    'Taal',
    'Hulpvraag',
    'Internet nu',
    'Beste moment om te bellen',
    'Status',
    'Volgende actie',
    'Datum volgende actie',
    'Notities',
    'Bron',
    'Sociaal tarief',
    'Verhoogde tegemoetkoming',
    'Voorgestelde route',
    'Let op bij de route',
    // The journey (issue 4).
    ...CASE_JOURNEY_HEADERS,
    // Letters (issue 11): the target group a letter may select on.
    ...CASE_LETTER_HEADERS,
    // Privacy (issue 13): when the row was anonymised, and the person's random label for Bereik.
    ...PRIVACY_HEADERS,
  ],
} as const satisfies TabSpec;

export const REFERRALS = {
  name: 'Doorverwijzingen',
  frozenRows: 1,
  headers: [
    'Antwoord-ID',
    'Ontvangen op',
    'Dossiernummer',
    'Organisatie',
    'Naam doorverwijzer',
    'E-mail doorverwijzer',
    'Gezin geïnformeerd',
    'Opmerkingen',
    'Koppeling',
    'Rij in antwoordtab',
  ],
} as const satisfies TabSpec;

export const REVIEW = {
  name: 'Te controleren',
  frozenRows: 1,
  headers: [
    'Antwoord-ID',
    'Ontvangen op',
    'Formulier',
    'Reden',
    'Antwoordtab',
    'Rij in antwoordtab',
    'Antwoorden',
    'Status',
    'Kandidaat-dossiers',
    'Koppelen aan dossier',
    'Resultaat',
  ],
} as const satisfies TabSpec;

export const PARTNERS = {
  name: 'Partners',
  frozenRows: 1,
  headers: ['Organisatie', 'Soort', 'Gemeente', 'Contactpersoon', 'E-mail', 'Meldingen'],
} as const satisfies TabSpec;

export const SETTINGS = {
  name: 'Instellingen',
  frozenRows: 1,
  headers: ['Instelling', 'Waarde', 'Uitleg'],
} as const satisfies TabSpec;

/** Every e-mail the script sends, with its send status (write-ahead, so nothing is sent twice). */
export const MESSAGES = {
  name: 'Berichten',
  frozenRows: 1,
  headers: ['Bericht-ID', 'Dossiernummer', 'Soort', 'Aan', 'Onderwerp', 'Status', 'Laatste wijziging', 'Fout'],
} as const satisfies TabSpec;

/** Tabs `setup` creates, in the order the worker sees them. */
export const ALL_TABS: readonly TabSpec[] = [
  CASES,
  REFERRALS,
  REVIEW,
  PARTNERS,
  MESSAGES,
  SETTINGS,
  // Intake (issue 3): records of the other forms, the outreach actions.
  ...INTAKE_TABS,
  // Case register (issue 4).
  ...REGISTER_TABS,
  // Outreach matrix (issue 10): target groups and the planning (the Matrix tab itself is generated).
  ...MATRIX_TABS,
  // Letters (issue 11): Brieven, Brieven per ontvanger.
  ...LETTER_TABS,
  // Privacy (issue 13): the Audit tab and the anonymiser's columns on Dossiers and Deelnames.
  ...PRIVACY_TABS,
  // Dashboard (issue 12): quick scans, the Dashboard view, the published figures.
  ...DASHBOARD_TABS,
];

export type HeaderOf<T extends { headers: readonly string[] }> = T['headers'][number];
