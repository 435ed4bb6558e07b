import type { TabSpec } from '../../ports';
import type { Dropdown } from '../register/dropdowns';

/**
 * The letters' tabs. *Brieven* is both the worker's request and the record of every batch: she adds a row
 * (Sjabloon, Selectie, Manier, Status "Maken"), the menu makes the letters and fills in the rest. The outreach
 * matrix counts the rows with an Actiecode (A07 = direct mailing) and their "Aantal".
 * *Brieven per ontvanger* has one row per letter or e-mail: the same case never gets the same Reeks twice.
 */
export const LETTERS = {
  name: 'Brieven',
  frozenRows: 1,
  headers: [
    'Batch-ID',
    'Reeks',
    'Sjabloon',
    'Selectie',
    'Manier',
    'Status',
    'Talen',
    'Actiecode',
    'Door',
    'Gemaakt op',
    'Aantal',
    'Op papier',
    'Per e-mail',
    'Naar Te controleren',
    'Bestand',
    'Opmerking',
  ],
} as const satisfies TabSpec;

export const LETTER_ITEMS = {
  name: 'Brieven per ontvanger',
  frozenRows: 1,
  headers: ['Batch-ID', 'Reeks', 'Nummer', 'Sjabloon', 'Taal', 'Manier', 'Gemaakt op'],
} as const satisfies TabSpec;

/** Columns of *Dossiers* for letters: the household's target group (the outreach matrix may fill it too). */
export const CASE_LETTER_HEADERS = ['Doelgroep'] as const;

export const LETTER_TABS: readonly TabSpec[] = [LETTERS, LETTER_ITEMS];

/** What the worker puts in Status to ask for a batch, and what the script writes back. */
export const BATCH_STATUS = {
  make: 'Maken',
  busy: 'Bezig',
  waitingForQuota: 'Wacht op e-mails: gaat morgen verder',
  done: 'Klaar',
  refused: 'Niet gemaakt',
} as const;

export const MANNER = { post: 'Post', email: 'E-mail', emailElsePost: 'E-mail, anders post' } as const;
export const MANNERS: readonly string[] = Object.values(MANNER);

/** Per-letter "Manier". */
export const ITEM_MANNER = { post: 'Post', email: 'E-mail' } as const;

/** Dropdowns of the Brieven tab (the templates, the ways to send, the status the worker sets). */
export function letterDropdowns(templates: readonly string[]): Dropdown[] {
  return [
    { tab: LETTERS.name, column: 'Sjabloon', values: templates, strict: true },
    { tab: LETTERS.name, column: 'Manier', values: MANNERS, strict: true },
    { tab: LETTERS.name, column: 'Status', values: Object.values(BATCH_STATUS), strict: false },
  ];
}
