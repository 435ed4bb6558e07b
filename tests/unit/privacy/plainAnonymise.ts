/**
 * anonymisationUpdates and applyUpdates as they were on main c3b8fb2 (before the columns were worked out once per
 * section and updates with all their columns present were written as they are): the oracles of
 * anonymiseProperty.test.ts.
 */

import { cellText } from '../../../src/domain/common/table';
import { formByResponseTab } from '../../../src/domain/forms/registry';
import type { CellUpdate } from '../../../src/domain/privacy/anonymise';
import type { Footprint, FootprintSection } from '../../../src/domain/privacy/footprint';
import {
  CASE_LINKED_TABS,
  CASE_PERSONAL_COLUMNS,
  LOGBOOK_CATEGORY_COLUMNS,
  LOGBOOK_VALUE_COLUMNS,
  personalResponseColumns,
  REVIEW_PERSONAL_COLUMNS,
} from '../../../src/domain/privacy/personalData';
import { ANONYMISED_AT, PERSON_TOKEN } from '../../../src/domain/privacy/tabs';
import { ATTENDANCE } from '../../../src/domain/register/tabs';
import type { Cell, Row, StoredRow, Tables } from '../../../src/ports';

function isEmpty(value: Cell | undefined): boolean {
  return value === undefined || value === null || cellText(value) === '';
}

function clearing(row: StoredRow, headers: readonly string[], columns: readonly string[]): Row {
  const present = columns.filter((column) => headers.includes(column));
  if (present.every((column) => isEmpty(row.values[column]))) return {};
  return Object.fromEntries(present.map((column) => [column, '']));
}

function marking(row: StoredRow, headers: readonly string[], now: Date, token: string | undefined): Row {
  const values: Row = {};
  if (headers.includes(ANONYMISED_AT) && isEmpty(row.values[ANONYMISED_AT])) values[ANONYMISED_AT] = now;
  if (token && headers.includes(PERSON_TOKEN) && isEmpty(row.values[PERSON_TOKEN])) values[PERSON_TOKEN] = token;
  return values;
}

function columnsFor(section: FootprintSection, row: StoredRow): readonly string[] {
  switch (section.kind) {
    case 'case':
      return CASE_PERSONAL_COLUMNS;
    case 'review':
      return REVIEW_PERSONAL_COLUMNS;
    case 'logbook':
      return LOGBOOK_CATEGORY_COLUMNS.includes(cellText(row.values.Kolom)) ? [] : LOGBOOK_VALUE_COLUMNS;
    case 'response': {
      const form = formByResponseTab(section.tab);
      return form ? personalResponseColumns(form) : [];
    }
    case 'linked':
      return CASE_LINKED_TABS.find((l) => l.tab === section.tab)?.clear ?? [];
  }
}

export function plainAnonymisationUpdates(
  footprint: Footprint,
  now: Date,
  tokenOf: (tab: string, rowNumber: number) => string | undefined,
): CellUpdate[] {
  const updates: CellUpdate[] = [];
  const caseUpdates: CellUpdate[] = [];
  for (const section of footprint.sections) {
    const counts = section.kind === 'case' || section.tab === ATTENDANCE.name;
    for (const row of section.rows) {
      const values = clearing(row, section.headers, columnsFor(section, row));
      if (counts) Object.assign(values, marking(row, section.headers, now, tokenOf(section.tab, row.rowNumber)));
      if (Object.keys(values).length > 0)
        (section.kind === 'case' ? caseUpdates : updates).push({ tab: section.tab, rowNumber: row.rowNumber, values });
    }
  }
  return [...updates, ...caseUpdates];
}

export function plainApplyUpdates(tables: Tables, updates: readonly CellUpdate[]): number {
  let cells = 0;
  const headersOf = new Map<string, ReadonlySet<string>>();
  for (const u of updates) {
    let headers = headersOf.get(u.tab);
    if (!headers) {
      headers = new Set(tables.read(u.tab).headers);
      headersOf.set(u.tab, headers);
    }
    const values = Object.fromEntries(Object.entries(u.values).filter(([k]) => headers.has(k)));
    if (Object.keys(values).length === 0) continue;
    tables.update(u.tab, u.rowNumber, values);
    cells += Object.keys(values).length;
  }
  return cells;
}
