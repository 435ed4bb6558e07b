import { checkHeaders } from '../domain/common/headerCheck';
import { neutralise, unneutralise } from '../domain/common/neutralise';
import type { Cell, Row, StoredRow, TableSnapshot, Tables, TabSpec } from '../ports';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Rows a full tab grows by at once. Only `appendRow`/`insertRows…` grow a sheet in Google (a write past the
 * last row is refused), so the adapter inserts a block when an append does not fit: the extra calls come once
 * per 500 rows, and the calls of a use case stay constant.
 */
export const GROW_ROWS = 500;

/**
 * Where the adapter keeps what it knows of each tab it owns: the sheet id (a tab is found by id, so a renamed
 * tab is followed) and the headers it wrote there (so a header the worker cleared or renamed is told apart
 * from a column a new version adds).
 */
export interface TabIds {
  get(tab: string): number | null;
  set(tab: string, sheetId: number): void;
  createdHeaders(tab: string): string[];
  setCreatedHeaders(tab: string, headers: readonly string[]): void;
}

export const tabIdProperty = (tab: string) => `tab.${tab}.id`;
export const tabHeadersProperty = (tab: string) => `tab.${tab}.headers`;

/** A tab whose header row lacks a column the script needs (or has it twice): the run stops, nothing is written. */
export class HeaderProblem extends Error {
  /** Its message quotes only tab and column names (the error guard keeps them for the worker). */
  readonly namesNoPerson = true;

  constructor(readonly problems: readonly string[]) {
    super(problems.join(' '));
    this.name = 'HeaderProblem';
  }
}

/** Every value goes through the one neutraliser on its way into a cell. */
function toCell(value: Cell | undefined): string | number | boolean | Date {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? neutralise(value) : value;
}

function fromCell(value: unknown): Cell {
  if (typeof value === 'string') return unneutralise(value);
  if (value instanceof Date || typeof value === 'number' || typeof value === 'boolean') return value;
  return value === null || value === undefined ? '' : String(value);
}

/** A row as a read returns it: every named header present, empty cells as ''. */
function asRead(headers: readonly string[], row: Row): Row {
  const out: Row = {};
  for (const h of headers) if (h !== '') out[h] = row[h] ?? '';
  return out;
}

/**
 * Tables over the bound spreadsheet. A tab is read with one getValues, a block written with one setValues;
 * sheets and header rows are cached for the execution, so the calls per use case do not grow with the data.
 *
 * While the script lock is held, a tab read once is not read again: the snapshot is kept in step with this
 * execution's own appends and updates (copy on write, so a snapshot a caller holds never changes), and the
 * row count is known without asking. `forget()` drops both; the Apps Script lock calls it every time it is
 * acquired, because between two lock holds other executions (and the worker) may have written.
 */
export class SheetTables implements Tables {
  private readonly sheets = new Map<string, Sheet | null>();
  private readonly headerCache = new Map<string, string[]>();
  /** Last row with content, known from this execution's own read or append (saves a getLastRow call). */
  private readonly lastRows = new Map<string, number>();
  private readonly snapshots = new Map<string, TableSnapshot>();

  private readonly specs: ReadonlyMap<string, TabSpec>;

  /** `specs`: the tabs the script owns, whose required headers are checked on every first read of a tab. */
  constructor(
    private readonly spreadsheet: Spreadsheet,
    private readonly flushAll: () => void,
    private readonly ids: TabIds,
    specs: readonly TabSpec[] = [],
  ) {
    this.specs = new Map(specs.map((spec) => [spec.name, spec]));
  }

  /**
   * Every column the script needs is in row 1 exactly once; otherwise the run stops with a Dutch message that
   * names the tab and the column (never a new tab or column, so nothing lands where nobody reads it).
   */
  private checkHeaders(name: string, headers: readonly string[]): void {
    const spec = this.specs.get(name);
    if (!spec) return;
    const input = { tab: name, required: spec.headers, actual: headers, createdBefore: this.ids.createdHeaders(name) };
    const result = checkHeaders(input);
    // The message names the tab as the worker sees it now (she may have renamed it): one call, only then.
    if (!result.ok) {
      const tab = this.sheet(name)?.getName() ?? name;
      throw new HeaderProblem((checkHeaders({ ...input, tab }) as { problems: readonly string[] }).problems);
    }
    if (result.add.length > 0) {
      throw new HeaderProblem([
        `In tabblad "${name}" ontbreekt de kolom "${result.add.join('", "')}". Kies Digi.Taal > Alles instellen of bijwerken: dan komt die kolom erbij.`,
      ]);
    }
  }

  /**
   * The tab by its stable id (the worker may have renamed it); a tab not yet known by id is looked up by name
   * once and its id remembered. One call either way.
   */
  private sheet(name: string): Sheet | null {
    if (this.sheets.has(name)) return this.sheets.get(name) ?? null;
    const id = this.ids.get(name);
    let sheet = id === null ? null : this.spreadsheet.getSheetById(id);
    if (!sheet) {
      sheet = this.spreadsheet.getSheetByName(name);
      if (sheet) this.ids.set(name, sheet.getSheetId());
    }
    this.sheets.set(name, sheet);
    return sheet;
  }

  /** The sheet id of a tab, after `sheetOf` found it (for callers that must recognise a sheet in an event). */
  sheetOf(name: string): Sheet | null {
    return this.sheet(name);
  }

  private requireSheet(name: string): Sheet {
    const sheet = this.sheet(name);
    if (!sheet) throw new Error(`Het tabblad "${name}" ontbreekt. Kies in het menu Digi.Taal > Alles instellen.`);
    return sheet;
  }

  private headers(name: string): string[] {
    const cached = this.headerCache.get(name);
    if (cached) return cached;
    const sheet = this.requireSheet(name);
    const width = sheet.getLastColumn();
    const headers =
      width === 0
        ? []
        : sheet
            .getRange(1, 1, 1, width)
            .getValues()[0]
            .map((h) => String(h).trim());
    this.checkHeaders(name, headers);
    this.headerCache.set(name, headers);
    return headers;
  }

  /** Row 1 as it is (one call when the sheet is empty, two otherwise). */
  private headerRow(sheet: Sheet): string[] {
    const width = sheet.getLastColumn();
    return width === 0
      ? []
      : sheet
          .getRange(1, 1, 1, width)
          .getValues()[0]
          .map((h) => String(h).trim());
  }

  hasTab(name: string): boolean {
    return this.sheet(name) !== null;
  }

  ensureTab(spec: TabSpec): void {
    let sheet = this.sheet(spec.name);
    if (!sheet) {
      sheet = this.spreadsheet.insertSheet(spec.name);
      this.ids.set(spec.name, sheet.getSheetId());
      this.sheets.set(spec.name, sheet);
      this.headerCache.set(spec.name, []);
    }
    const present = this.headerRow(sheet);
    // A new (or emptied) tab holds nothing that a missing header could hide: it gets every header.
    if (present.every((h) => h === '') && sheet.getLastRow() === 0) this.ids.setCreatedHeaders(spec.name, []);
    const check = checkHeaders({
      tab: sheet.getName(),
      required: spec.headers,
      actual: present,
      createdBefore: this.ids.createdHeaders(spec.name),
    });
    if (!check.ok) throw new HeaderProblem(check.problems);
    this.headerCache.set(spec.name, present);
    const missing = check.add;
    if (spec.headers.some((h) => !this.ids.createdHeaders(spec.name).includes(h))) {
      this.ids.setCreatedHeaders(spec.name, [...new Set([...this.ids.createdHeaders(spec.name), ...spec.headers])]);
    }
    if (missing.length === 0) return;
    // A new sheet has 26 columns; only insertColumns… makes more.
    const needed = present.length + missing.length;
    const columns = sheet.getMaxColumns();
    if (needed > columns) sheet.insertColumnsAfter(columns, needed - columns);
    const header = sheet.getRange(1, present.length + 1, 1, missing.length);
    header.setValues([missing.map((h) => neutralise(h))]);
    header.setFontWeight('bold');
    if (spec.frozenRows) sheet.setFrozenRows(spec.frozenRows);
    this.headerCache.set(spec.name, [...present, ...missing]);
    this.snapshots.delete(spec.name);
    const known = this.lastRows.get(spec.name);
    if (known !== undefined) this.lastRows.set(spec.name, Math.max(known, 1));
  }

  /** Forgets what this execution knows of the tabs' contents (not their headers). */
  forget(): void {
    this.snapshots.clear();
    this.lastRows.clear();
  }

  read(tab: string): TableSnapshot {
    const cached = this.snapshots.get(tab);
    if (cached) return cached;
    const sheet = this.sheet(tab);
    if (!sheet) return { headers: [], rows: [] };
    const values = sheet.getDataRange().getValues();
    const headers = values[0].map((h) => String(h).trim());
    if (!this.headerCache.has(tab)) this.checkHeaders(tab, headers);
    this.headerCache.set(tab, headers);
    this.lastRows.set(tab, values.length === 1 && headers.every((h) => h === '') ? 0 : values.length);
    const rows: StoredRow[] = [];
    for (let i = 1; i < values.length; i++) {
      if (values[i].every((v) => v === '' || v === null)) continue;
      const row: Row = {};
      headers.forEach((h, col) => {
        if (h !== '') row[h] = fromCell(values[i][col]);
      });
      rows.push({ rowNumber: i + 1, values: row });
    }
    const snapshot = { headers, rows };
    this.snapshots.set(tab, snapshot);
    return snapshot;
  }

  append(tab: string, rows: readonly Row[]): number[] {
    if (rows.length === 0) return [];
    const sheet = this.requireSheet(tab);
    const headers = this.headers(tab);
    const matrix = rows.map((row) => {
      for (const key of Object.keys(row)) {
        if (!headers.includes(key)) throw new Error(`Kolom "${key}" ontbreekt in tabblad "${tab}".`);
      }
      return headers.map((h) => toCell(row[h]));
    });
    const first = (this.lastRows.get(tab) ?? sheet.getLastRow()) + 1;
    this.rangeWithRoom(sheet, first, matrix.length, headers.length).setValues(matrix);
    this.lastRows.set(tab, first + matrix.length - 1);
    const cached = this.snapshots.get(tab);
    if (cached) {
      const added = rows.map((row, i) => ({ rowNumber: first + i, values: asRead(cached.headers, row) }));
      this.snapshots.set(tab, { headers: cached.headers, rows: [...cached.rows, ...added] });
    }
    return matrix.map((_, i) => first + i);
  }

  update(tab: string, rowNumber: number, values: Row): void {
    const sheet = this.requireSheet(tab);
    const headers = this.headers(tab);
    const columns = Object.keys(values)
      .map((key) => {
        const index = headers.indexOf(key);
        if (index < 0) throw new Error(`Kolom "${key}" ontbreekt in tabblad "${tab}".`);
        return index;
      })
      .sort((a, b) => a - b);
    // One write per contiguous block of columns.
    let start = 0;
    while (start < columns.length) {
      let end = start;
      while (end + 1 < columns.length && columns[end + 1] === columns[end] + 1) end++;
      const block = columns.slice(start, end + 1).map((c) => toCell(values[headers[c]]));
      sheet.getRange(rowNumber, columns[start] + 1, 1, block.length).setValues([block]);
      start = end + 1;
    }
    const cached = this.snapshots.get(tab);
    if (cached) {
      const rows = cached.rows.map((r) =>
        r.rowNumber === rowNumber ? { rowNumber, values: { ...r.values, ...asRead(Object.keys(values), values) } } : r,
      );
      if (!rows.some((r) => r.rowNumber === rowNumber)) this.snapshots.delete(tab);
      else this.snapshots.set(tab, { headers: cached.headers, rows });
    }
  }

  /**
   * One write per contiguous block of the columns given, from the first to the last row given: rows in between
   * keep the values of this execution's snapshot of the tab (read first when there is none).
   */
  updateMany(tab: string, updates: ReadonlyArray<{ rowNumber: number; values: Row }>): void {
    if (updates.length === 0) return;
    const sheet = this.requireSheet(tab);
    const snapshot = this.read(tab);
    const headers = this.headers(tab);
    const columns = [...new Set(updates.flatMap((u) => Object.keys(u.values)))]
      .map((key) => {
        const index = headers.indexOf(key);
        if (index < 0) throw new Error(`Kolom "${key}" ontbreekt in tabblad "${tab}".`);
        return index;
      })
      .sort((a, b) => a - b);
    const first = Math.min(...updates.map((u) => u.rowNumber));
    const last = Math.max(...updates.map((u) => u.rowNumber));
    if (first < 2) throw new Error(`Rij ${first} van tabblad "${tab}" is geen gegevensrij.`);
    const byRow = new Map(snapshot.rows.map((r) => [r.rowNumber, r.values]));
    const given = new Map<number, Row>();
    for (const u of updates) given.set(u.rowNumber, { ...(given.get(u.rowNumber) ?? {}), ...u.values });
    const merged = new Map<number, Row>();
    for (let row = first; row <= last; row++) merged.set(row, { ...(byRow.get(row) ?? {}), ...(given.get(row) ?? {}) });
    let start = 0;
    while (start < columns.length) {
      let end = start;
      while (end + 1 < columns.length && columns[end + 1] === columns[end] + 1) end++;
      const block: Array<Array<string | number | boolean | Date>> = [];
      for (let row = first; row <= last; row++) {
        const values = merged.get(row) ?? {};
        block.push(columns.slice(start, end + 1).map((c) => toCell(values[headers[c]])));
      }
      sheet.getRange(first, columns[start] + 1, last - first + 1, end - start + 1).setValues(block);
      start = end + 1;
    }
    const rows = snapshot.rows.map((r) =>
      given.has(r.rowNumber)
        ? {
            rowNumber: r.rowNumber,
            values: { ...r.values, ...asRead(Object.keys(given.get(r.rowNumber)!), given.get(r.rowNumber)!) },
          }
        : r,
    );
    this.snapshots.set(tab, { headers: snapshot.headers, rows });
    if (last > (this.lastRows.get(tab) ?? 0)) this.lastRows.set(tab, last);
  }

  /**
   * The range for rows `first`..`first + count - 1`. Google refuses a range past the sheet's last row, so when
   * the rows do not fit, a block of at least GROW_ROWS rows is inserted after the last one, and the new rows
   * get the data validation (dropdowns) of the row above them. No extra call when the rows fit.
   */
  private rangeWithRoom(sheet: Sheet, first: number, count: number, width: number): GoogleAppsScript.Spreadsheet.Range {
    try {
      return sheet.getRange(first, 1, count, width);
    } catch (error) {
      const max = sheet.getMaxRows();
      const last = first + count - 1;
      if (last <= max) throw error;
      const added = Math.max(last - max, GROW_ROWS);
      sheet.insertRowsAfter(max, added);
      if (max > 1) {
        const columns = sheet.getMaxColumns();
        sheet
          .getRange(max, 1, 1, columns)
          .copyTo(
            sheet.getRange(max + 1, 1, added, columns),
            SpreadsheetApp.CopyPasteType.PASTE_DATA_VALIDATION,
            false,
          );
      }
      return sheet.getRange(first, 1, count, width);
    }
  }

  /** Two calls at most (the header row is cached): the rows asked for, whatever the size of the tab. */
  readRows(tab: string, firstRow: number, count: number): TableSnapshot {
    const sheet = this.sheet(tab);
    if (!sheet || count < 1) return { headers: sheet ? this.headers(tab) : [], rows: [] };
    const headers = this.headers(tab);
    const start = Math.max(2, firstRow);
    let end = firstRow + count - 1;
    if (headers.length === 0 || end < start) return { headers, rows: [] };
    let range: GoogleAppsScript.Spreadsheet.Range;
    try {
      range = sheet.getRange(start, 1, end - start + 1, headers.length);
    } catch (error) {
      // Rows past the end of the sheet read as empty.
      end = Math.min(end, sheet.getMaxRows());
      if (end < start) return { headers, rows: [] };
      if (end === firstRow + count - 1) throw error;
      range = sheet.getRange(start, 1, end - start + 1, headers.length);
    }
    const values = range.getValues();
    const rows: StoredRow[] = [];
    values.forEach((cells, i) => {
      if (cells.every((v) => v === '' || v === null)) return;
      const row: Row = {};
      headers.forEach((h, col) => {
        if (h !== '') row[h] = fromCell(cells[col]);
      });
      rows.push({ rowNumber: start + i, values: row });
    });
    return { headers, rows };
  }

  /** One clear and one write. Only for view tabs the script owns. */
  replaceRows(tab: string, rows: readonly Row[]): void {
    const sheet = this.requireSheet(tab);
    const headers = this.headers(tab);
    const last = sheet.getLastRow();
    if (last > 1) sheet.getRange(2, 1, last - 1, headers.length).clearContent();
    this.snapshots.delete(tab);
    this.lastRows.set(tab, 1);
    if (rows.length > 0) this.append(tab, rows);
  }

  flush(): void {
    this.flushAll();
  }
}
