import type { TabSpec } from '../ports';

/**
 * The tabs of intake beyond the foundation's (issue 3): self-registrations, donations, field notes and the
 * outreach actions they are attributed to. Each record tab keeps the response key ("Antwoord-ID") and the row
 * of the raw response, so the reconciler knows which responses were taken in.
 */

/** Self-registrations: one row per registration, linked to a case in Dossiers. */
export const REGISTRATIONS = {
  name: 'Aanmeldingen',
  frozenRows: 1,
  headers: [
    'Antwoord-ID',
    'Ontvangen op',
    'Dossiernummer',
    'Koppeling',
    'Gehoord via',
    'Actiecode',
    'Ingevuld door',
    'Toestemming',
    'Rij in antwoordtab',
  ],
} as const satisfies TabSpec;

/** Laptop donations: one row per donation (the case-register helper turns them into device rows). */
export const DONATIONS = {
  name: 'Schenkingen',
  frozenRows: 1,
  headers: [
    'Schenkingsnummer',
    'Antwoord-ID',
    'Ontvangen op',
    'Schenker',
    'Soort schenker',
    'Contactpersoon',
    'E-mail',
    'Telefoon',
    'Aantal toestellen',
    'Soort toestellen',
    'Leeftijd',
    'Lader',
    'Staat',
    'Afgeven of ophalen',
    'Adres ophalen',
    'Akkoord gegevens wissen',
    'Opmerkingen',
    'Rij in antwoordtab',
  ],
} as const satisfies TabSpec;

/** Field log: one row per outreach moment. */
export const FIELD_LOG = {
  name: 'Veldwerk',
  frozenRows: 1,
  headers: [
    'Antwoord-ID',
    'Ontvangen op',
    'Datum',
    'Actie',
    'Actiecode',
    'Plaats',
    'Ingevuld door',
    'Bereikte mensen',
    'Folders',
    'Aanmeldingen ter plaatse',
    'Notities',
    'Rij in antwoordtab',
  ],
} as const satisfies TabSpec;

/** The outreach actions (channels) of the project; the worker may rename or add actions. */
export const ACTIONS = {
  name: 'Acties',
  frozenRows: 1,
  headers: ['Code', 'Actie', 'Omschrijving', 'Antwoord in aanmelding'],
} as const satisfies TabSpec;

export const INTAKE_TABS: readonly TabSpec[] = [REGISTRATIONS, DONATIONS, FIELD_LOG, ACTIONS];
