import type { TabSpec } from '../../ports';

/**
 * The outreach matrix's tabs (issue 10). *Doelgroepen* and *Planning* are the worker's: setup seeds them once,
 * she edits, adds rows and columns, and the script only ever updates a few columns of Planning in place
 * (the action's code and name, the status gepland → gedaan, when and how often it was done).
 * *Matrix* is generated: rewritten wholesale, its first row says so. It is not in ALL_TABS, because its first
 * row is that notice, not headers.
 */

export const TARGET_GROUPS_TAB = {
  name: 'Doelgroepen',
  frozenRows: 1,
  headers: ['Doelgroep', 'Omschrijving', 'Partners die hen bereiken', 'Notities'],
} as const satisfies TabSpec;

export const PLANNING = {
  name: 'Planning',
  frozenRows: 1,
  headers: [
    'Actiecode',
    'Actie',
    'Doelgroepen',
    'Partners',
    'Gepland op',
    'Frequentie',
    'Tot',
    'Status',
    'Gedaan op',
    'Keer gedaan',
    'Notities',
  ],
} as const satisfies TabSpec;

export const MATRIX_TAB = 'Matrix';

/** Status of a planned action. */
export const PLAN_STATUS = { planned: 'gepland', done: 'gedaan', cancelled: 'geschrapt' } as const;
export const PLAN_STATUSES: readonly string[] = Object.values(PLAN_STATUS);

/** How often a planned action comes back. Empty = one moment on "Gepland op" (or, without a date, not yet planned). */
export const FREQUENCIES = ['eenmalig', 'elke week', 'elke 2 weken', 'elke maand', 'elk kwartaal'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** The optional column of Dossiers where the worker notes a household's target group(s). */
export const CASE_TARGET_GROUP_COLUMN = 'Doelgroep';

/** The letters feature's batches (issue 11): read when the tab exists, a missing tab is empty. */
export const LETTERS_TAB = 'Brieven';
/** The outreach action a direct-mailing batch counts for when the batch names none. */
export const DIRECT_MAILING_CODE = 'A07';

export const MATRIX_TABS: readonly TabSpec[] = [TARGET_GROUPS_TAB, PLANNING];
