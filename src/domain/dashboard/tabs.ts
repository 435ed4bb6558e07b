import type { TabSpec } from '../../ports';
import { BATCH_STATUS, LETTERS as LETTERS_TAB } from '../letters/tabs';
import { PLAN_STATUS, PLANNING as PLANNING_TAB, TARGET_GROUPS_TAB } from '../matrix/tabs';
import { SCAN_MOMENTS, SCAN_QUESTIONS, SCAN_SOURCES } from './scan';

/**
 * Tabs of the dashboard feature (issue 12). Tab names are literal here so ../tabs can list these specs
 * without an import cycle.
 */

/** One row per quick scan: at the start of a journey and when the case is closed. */
export const SCAN = {
  name: 'Drempelscan',
  frozenRows: 1,
  headers: [
    'Scan-ID',
    'Datum',
    'Dossiernummer',
    'Moment',
    'Bron',
    ...SCAN_QUESTIONS.map((q) => q.header),
    'Antwoord-ID',
  ],
} as const satisfies TabSpec;

/** The columns of the Dashboard tab, of every monthly snapshot, and of the published figures. */
export const REPORT_COLUMNS = [
  'Onderdeel',
  'Wat',
  'Deze periode',
  'Vorige periode',
  'Project tot nu',
  'Doel',
  'Uitleg',
  'Code',
] as const;

/** The live view of the current month (rewritten by the script). */
export const DASHBOARD = {
  name: 'Dashboard',
  frozenRows: 1,
  headers: REPORT_COLUMNS,
} as const satisfies TabSpec;

/**
 * Everything ever published to the project group or the funder, one row per report line: the record the
 * snapshots, the e-mails and the PDFs are made from, and what later reports must stay consistent with.
 * Append-only; the script never changes a row.
 */
export const PUBLISHED = {
  name: 'Dashboardcijfers',
  frozenRows: 1,
  headers: ['Periode', 'Soort', 'Regel', ...REPORT_COLUMNS, 'Cellen', 'Gemaakt op'],
} as const satisfies TabSpec;

/** "Dashboard 2026-10": the frozen view of one month, made once and never changed. */
export function snapshotTab(monthKey: string): TabSpec {
  return { name: `Dashboard ${monthKey}`, frozenRows: 1, headers: REPORT_COLUMNS };
}

export const DASHBOARD_TABS: readonly TabSpec[] = [SCAN, DASHBOARD, PUBLISHED];

/** Dropdowns of the scan tab (applied by setup, like the register's). */
export const SCAN_DROPDOWNS = [
  { tab: SCAN.name, column: 'Moment', values: [SCAN_MOMENTS.start, SCAN_MOMENTS.end], strict: true },
  {
    tab: SCAN.name,
    column: 'Bron',
    values: [SCAN_SOURCES.firstCall, SCAN_SOURCES.closing, SCAN_SOURCES.registration, SCAN_SOURCES.menu],
    strict: false,
  },
  ...SCAN_QUESTIONS.map((q) => ({ tab: SCAN.name, column: q.header, values: q.choices, strict: true })),
] as const;

/**
 * Tabs other features own (the outreach matrix, issue 10; letters, issue 11), read when they exist; a missing tab
 * counts as empty. Names and the agreed headers come from their own specs; each field lists the header names
 * accepted, the agreed one first.
 */
export const PLANNING = {
  name: PLANNING_TAB.name,
  status: ['Status'],
  done: PLAN_STATUS.done,
  date: ['Gedaan op', 'Datum gedaan', 'Laatste datum', 'Datum'],
} as const;

/** A batch counts once it is finished (Status "Klaar"); a batch still asked for or busy does not count yet. */
export const LETTERS = {
  name: LETTERS_TAB.name,
  status: ['Status'],
  done: BATCH_STATUS.done,
  count: ['Aantal', 'Aantal brieven'],
  date: ['Gemaakt op', 'Wanneer', 'Datum'],
} as const;

export const TARGET_GROUPS = {
  name: TARGET_GROUPS_TAB.name,
  group: ['Doelgroep', 'Naam'],
  partners: ['Partners die hen bereiken', 'Partners die deze groep bereiken', 'Partners'],
} as const;
