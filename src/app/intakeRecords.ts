import { cellText } from '../domain/common/table';
import { DONATIONS, FIELD_LOG, REGISTRATIONS } from '../domain/intakeTabs';
import { REFERRALS, REVIEW } from '../domain/tabs';
import type { Tables } from '../ports';

/** The tab that holds one row per taken-in response of each form (with its key and raw row). */
export const RECORD_TABS: Readonly<Record<string, string>> = {
  doorverwijzing: REFERRALS.name,
  aanmelding: REGISTRATIONS.name,
  schenking: DONATIONS.name,
  veldwerk: FIELD_LOG.name,
};

/**
 * What has been taken in already: response keys in the record tabs and the review tab, and the raw rows
 * they point at ("tab#row"). A raw row is done when its key or its row is known; the row covers a raw row
 * the worker corrected after it was taken in (its key changed with its answers).
 */
export interface TakenIn {
  keys: Set<string>;
  rows: Set<string>;
  /** The key recorded for each raw row ("tab#row" → key). */
  rowKeys: Map<string, string>;
  /** Keys of responses that went to Te controleren (the worker finishes them). */
  reviewed: Set<string>;
}

export const rowId = (tab: string, row: number | string) => `${tab}#${row}`;

export function takenIn(tables: Tables, responseTabs: Readonly<Record<string, string>>): TakenIn {
  const keys = new Set<string>();
  const rows = new Set<string>();
  const reviewed = new Set<string>();
  const rowKeys = new Map<string, string>();
  for (const [formKey, tab] of Object.entries(RECORD_TABS)) {
    for (const row of tables.read(tab).rows) {
      const key = cellText(row.values['Antwoord-ID']);
      keys.add(key);
      const raw = cellText(row.values['Rij in antwoordtab']);
      if (raw !== '' && responseTabs[formKey]) {
        rows.add(rowId(responseTabs[formKey], raw));
        rowKeys.set(rowId(responseTabs[formKey], raw), key);
      }
    }
  }
  for (const row of tables.read(REVIEW.name).rows) {
    const key = cellText(row.values['Antwoord-ID']);
    keys.add(key);
    reviewed.add(key);
    const raw = cellText(row.values['Rij in antwoordtab']);
    if (raw !== '') {
      rows.add(rowId(cellText(row.values.Antwoordtab), raw));
      rowKeys.set(rowId(cellText(row.values.Antwoordtab), raw), key);
    }
  }
  keys.delete('');
  return { keys, rows, rowKeys, reviewed };
}
