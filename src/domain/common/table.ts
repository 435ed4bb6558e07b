import type { Cell, StoredRow, TableSnapshot } from '../../ports';

/** A cell as trimmed text ('' for empty). Dates become ISO strings. */
export function cellText(value: Cell | undefined): string {
  // Text first: most cells are text, and String() of a string is the string itself.
  if (typeof value === 'string') return value.trim();
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  return String(value).trim();
}

/** Rows whose `header` column equals `value` (as text). */
export function rowsWhere(snapshot: TableSnapshot, header: string, value: string): StoredRow[] {
  return snapshot.rows.filter((row) => cellText(row.values[header]) === value);
}

interface LookupState {
  /** Linear look-ups done so far, per header. */
  readonly scans: Map<string, number>;
  /** First row per value, per header: built on the second look-up in the same snapshot and column. */
  readonly indexes: Map<string, Map<string, StoredRow>>;
}

/** Snapshots are read-only, so an index built for one stays right for as long as the snapshot lives. */
const lookups = new WeakMap<TableSnapshot, LookupState>();

/**
 * A faster way to answer `firstRowWhere` for one snapshot, offered by the adapter that made it (the local
 * workbook keeps its column indexes in step with its writes instead of rebuilding them for every new snapshot).
 * It returns `null` when it cannot answer (e.g. the snapshot is no longer the tab's latest); then the look-up
 * scans or indexes the snapshot as usual. It must give exactly the row a scan would.
 */
export type SnapshotLookup = (header: string, value: string) => StoredRow | undefined | null;

const providers = new WeakMap<TableSnapshot, SnapshotLookup>();

/** Registers the adapter's look-up for `snapshot` (see `SnapshotLookup`). */
export function provideLookup(snapshot: TableSnapshot, lookup: SnapshotLookup): void {
  providers.set(snapshot, lookup);
}

/**
 * The first row whose `header` column equals `value` (as text). The first look-up in a snapshot's column scans;
 * a second one indexes the column once, so a loop of look-ups over a 20,000-row tab stays linear.
 */
export function firstRowWhere(snapshot: TableSnapshot, header: string, value: string): StoredRow | undefined {
  const provider = providers.get(snapshot);
  if (provider) {
    const found = provider(header, value);
    if (found !== null) return found;
  }
  let state = lookups.get(snapshot);
  if (!state) {
    state = { scans: new Map(), indexes: new Map() };
    lookups.set(snapshot, state);
  }
  let index = state.indexes.get(header);
  if (!index) {
    const scans = (state.scans.get(header) ?? 0) + 1;
    state.scans.set(header, scans);
    if (scans < 2) return snapshot.rows.find((row) => cellText(row.values[header]) === value);
    index = new Map();
    for (const row of snapshot.rows) {
      const key = cellText(row.values[header]);
      if (!index.has(key)) index.set(key, row);
    }
    state.indexes.set(header, index);
  }
  return index.get(value);
}

/** All non-empty values of one column. */
export function columnValues(snapshot: TableSnapshot, header: string): string[] {
  return snapshot.rows.map((row) => cellText(row.values[header])).filter((v) => v !== '');
}
