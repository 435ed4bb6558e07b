import type { TabSpec } from '../../ports';

/**
 * Tabs and columns of the privacy feature (issue 13). The tab names are literal strings (not imported from
 * ../tabs) so ../tabs can list these specs without an import cycle.
 */

/** Append-only record of who exported, merged, sent, anonymised or erased what, and when. Setup protects it. */
export const AUDIT = {
  name: 'Audit',
  frozenRows: 1,
  headers: ['Tijdstip', 'Door', 'Handeling', 'Dossiernummers', 'Aantal', 'Toelichting'],
} as const satisfies TabSpec;

/**
 * Columns the anonymiser keeps on the rows that take part in the unique-people count (Bereik): when the row was
 * anonymised, and a random label of the person (never derived from a name, phone or address) so the person
 * keeps counting once after the name and phone are gone. Setup appends them to existing tabs.
 */
export const ANONYMISED_AT = 'Geanonimiseerd op';
export const PERSON_TOKEN = 'Anonieme persoon';

/** The anonymiser's columns, part of the one definition of *Dossiers* (../tabs) and *Deelnames* (../register/tabs). */
export const PRIVACY_HEADERS = [ANONYMISED_AT, PERSON_TOKEN] as const;

/** The tab of merged letter batches (issue 11, built elsewhere): handled when it exists. */
export const LETTERS_TAB = 'Brieven';

/** Tabs setup protects so only the owner can change them (the script appends as the owner). */
export const OWNER_ONLY_TABS: readonly string[] = [AUDIT.name, 'Logboek'];

export const PRIVACY_TABS: readonly TabSpec[] = [AUDIT];

/** What the Audit tab says was done (Dutch, one place). */
export const AUDIT_ACTIONS = {
  exported: 'Inzage gemaakt',
  erased: 'Gewist op verzoek',
  anonymised: 'Geanonimiseerd (bewaartermijn)',
  retentionRun: 'Bewaartermijn toegepast',
  merged: 'Brieven samengevoegd',
  sent: 'Verstuurd',
} as const;
