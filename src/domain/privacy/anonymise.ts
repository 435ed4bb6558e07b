import type { Cell, Row, StoredRow, TableSnapshot } from '../../ports';
import { cellText } from '../common/table';
import { formByResponseTab } from '../forms/registry';
import { ATTENDANCE } from '../register/tabs';
import { REVIEW } from '../tabs';
import type { Footprint, FootprintSection } from './footprint';
import {
  ATTENDANCE_PERSONAL_COLUMNS,
  CASE_LINKED_TABS,
  CASE_PERSONAL_COLUMNS,
  LOGBOOK_CATEGORY_COLUMNS,
  LOGBOOK_VALUE_COLUMNS,
  personalResponseColumns,
  REVIEW_PERSONAL_COLUMNS,
} from './personalData';
import { ANONYMISED_AT, PERSON_TOKEN } from './tabs';

/**
 * The cell writes that anonymise a footprint: personal cells become empty, and the rows that count people get
 * the date and the person's label. A row with nothing left to clear is not written, so running it again after an
 * interruption writes nothing twice and a finished row costs no write at all.
 */
export interface CellUpdate {
  tab: string;
  rowNumber: number;
  values: Row;
}

function isEmpty(value: Cell | undefined): boolean {
  if (value === undefined || value === null) return true;
  // A text cell is the common case: cellText of a string is the string trimmed.
  if (typeof value === 'string') return value === '' || value.trim() === '';
  return cellText(value) === '';
}

/** `columns` that are in `headers`, per pair of (read-only) lists: a tab's headers, a list of personal columns. */
const present = new WeakMap<readonly string[], WeakMap<readonly string[], readonly string[]>>();

function presentColumns(headers: readonly string[], columns: readonly string[]): readonly string[] {
  let byColumns = present.get(headers);
  if (!byColumns) {
    byColumns = new WeakMap();
    present.set(headers, byColumns);
  }
  let found = byColumns.get(columns);
  if (!found) {
    found = columns.filter((column) => headers.includes(column));
    byColumns.set(columns, found);
  }
  return found;
}

/**
 * When any personal cell of the row still holds something, every personal column of the row is written empty
 * (also the ones already empty: they are the script's own columns, so nothing of the worker's is touched), which
 * lets the adapter write neighbouring columns as one block. A finished row is not written at all.
 */
function clearing(row: StoredRow, headers: readonly string[], columns: readonly string[]): Row {
  const present = presentColumns(headers, columns);
  const values: Row = {};
  if (holdsAny(row, present)) for (const column of present) values[column] = '';
  return values;
}

function holdsAny(row: StoredRow, columns: readonly string[]): boolean {
  for (const column of columns) if (!isEmpty(row.values[column])) return true;
  return false;
}

/** Date and label on a row that counts people (Dossiers, Deelnames), when the tab has those columns. */
function marking(row: StoredRow, headers: readonly string[], now: Date, token: string | undefined): Row {
  const values: Row = {};
  if (headers.includes(ANONYMISED_AT) && isEmpty(row.values[ANONYMISED_AT])) values[ANONYMISED_AT] = now;
  if (token && headers.includes(PERSON_TOKEN) && isEmpty(row.values[PERSON_TOKEN])) values[PERSON_TOKEN] = token;
  return values;
}

/** The personal columns of a section's rows that its tab has, worked out once per section (per row in Logboek). */
function presentFor(section: FootprintSection): (row: StoredRow) => readonly string[] {
  const { headers } = section;
  const fixed = (columns: readonly string[]) => {
    const present = presentColumns(headers, columns);
    return () => present;
  };
  switch (section.kind) {
    case 'case':
      return fixed(CASE_PERSONAL_COLUMNS);
    case 'review':
      return fixed(REVIEW_PERSONAL_COLUMNS);
    case 'logbook': {
      // A status change (a category) keeps its old and new values.
      const none = presentColumns(headers, []);
      const values = presentColumns(headers, LOGBOOK_VALUE_COLUMNS);
      return (row) => (LOGBOOK_CATEGORY_COLUMNS.includes(cellText(row.values.Kolom)) ? none : values);
    }
    case 'response': {
      const form = formByResponseTab(section.tab);
      return fixed(form ? personalResponseColumns(form) : []);
    }
    case 'linked':
      return fixed(CASE_LINKED_TABS.find((l) => l.tab === section.tab)?.clear ?? []);
  }
}

/**
 * `tokenOf(tab, row)` gives the person label of a Dossiers or Deelnames row (see tombstone.ts). The case rows
 * come last, so a case with its date set is a finished case.
 */
export function anonymisationUpdates(
  footprint: Footprint,
  now: Date,
  tokenOf: (tab: string, rowNumber: number) => string | undefined,
): CellUpdate[] {
  const updates: CellUpdate[] = [];
  const caseUpdates: CellUpdate[] = [];
  for (const section of footprint.sections) {
    const { tab, headers } = section;
    const counts = section.kind === 'case' || tab === ATTENDANCE.name;
    const list = section.kind === 'case' ? caseUpdates : updates;
    const columnsOf = presentFor(section);
    const dated = counts && headers.includes(ANONYMISED_AT);
    const labelled = counts && headers.includes(PERSON_TOKEN);
    for (const row of section.rows) {
      const present = columnsOf(row);
      const values: Row = {};
      // `clearing` and `marking` of the row, with the section's columns worked out once.
      let written = false;
      if (holdsAny(row, present)) {
        for (const column of present) values[column] = '';
        written = true;
      }
      if (dated && isEmpty(row.values[ANONYMISED_AT])) {
        values[ANONYMISED_AT] = now;
        written = true;
      }
      if (labelled && isEmpty(row.values[PERSON_TOKEN])) {
        const token = tokenOf(tab, row.rowNumber);
        if (token) {
          values[PERSON_TOKEN] = token;
          written = true;
        }
      }
      if (written) list.push({ tab, rowNumber: row.rowNumber, values });
    }
  }
  // The case rows last: a case with its date set has nothing left anywhere else.
  return [...updates, ...caseUpdates];
}

/** A course participation without a case: the person's name and phone go, the label and the date come. */
export function participationUpdate(
  row: StoredRow,
  headers: readonly string[],
  now: Date,
  token: string | undefined,
): CellUpdate | null {
  const values = { ...clearing(row, headers, ATTENDANCE_PERSONAL_COLUMNS), ...marking(row, headers, now, token) };
  return Object.keys(values).length > 0 ? { tab: ATTENDANCE.name, rowNumber: row.rowNumber, values } : null;
}

/** A review row that never became a case, and its raw response (written first). */
export function reviewUpdates(
  row: StoredRow,
  headers: readonly string[],
  response: { tab: string; row: StoredRow; headers: readonly string[] } | null,
): CellUpdate[] {
  const out: CellUpdate[] = [];
  // The raw response first: the review row's answers are what says "still to do".
  const form = response ? formByResponseTab(response.tab) : undefined;
  if (response && form) {
    const raw = clearing(response.row, response.headers, personalResponseColumns(form));
    if (Object.keys(raw).length > 0) out.push({ tab: response.tab, rowNumber: response.row.rowNumber, values: raw });
  }
  const values = clearing(row, headers, REVIEW_PERSONAL_COLUMNS);
  if (Object.keys(values).length > 0) out.push({ tab: 'Te controleren', rowNumber: row.rowNumber, values });
  return out;
}

/** Column of Te controleren that describes, per candidate case, who it is (matchTexts.ts `candidateLine`). */
export const CANDIDATES_COLUMN = 'Kandidaat-dossiers';

/**
 * Te controleren describes candidate cases by name and address in other households' rows ("DT-2026-0001: Fatima
 * El Amrani, Zuidmoerstraat 136, 9900. Zelfde: adres."). When those cases are anonymised, their lines keep only
 * the case number and `erased`; the rest of the cell (other candidates) stays. A line already erased is not
 * written again, so a rerun writes nothing.
 */
export function candidateUpdates(
  review: TableSnapshot | null,
  caseRefs: readonly string[],
  erased: string,
): CellUpdate[] {
  if (!review?.headers.includes(CANDIDATES_COLUMN) || caseRefs.length === 0) return [];
  const refs = new Set(caseRefs);
  const updates: CellUpdate[] = [];
  for (const row of review.rows) {
    const text = cellText(row.values[CANDIDATES_COLUMN]);
    if (!text) continue;
    let changed = false;
    const lines = text.split('\n').map((line) => {
      const colon = line.indexOf(': ');
      if (colon < 0 || !refs.has(line.slice(0, colon)) || line.slice(colon + 2) === erased) return line;
      changed = true;
      return `${line.slice(0, colon)}: ${erased}`;
    });
    if (changed)
      updates.push({ tab: REVIEW.name, rowNumber: row.rowNumber, values: { [CANDIDATES_COLUMN]: lines.join('\n') } });
  }
  return updates;
}
