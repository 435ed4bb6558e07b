import type { Cell, StoredRow, TableSnapshot } from '../../ports';

/** A cell as trimmed text ('' for empty). Dates become ISO strings. */
export function cellText(value: Cell | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  return String(value).trim();
}

/** Rows whose `header` column equals `value` (as text). */
export function rowsWhere(snapshot: TableSnapshot, header: string, value: string): StoredRow[] {
  return snapshot.rows.filter((row) => cellText(row.values[header]) === value);
}

export function firstRowWhere(snapshot: TableSnapshot, header: string, value: string): StoredRow | undefined {
  return snapshot.rows.find((row) => cellText(row.values[header]) === value);
}

/** All non-empty values of one column. */
export function columnValues(snapshot: TableSnapshot, header: string): string[] {
  return snapshot.rows.map((row) => cellText(row.values[header])).filter((v) => v !== '');
}
