import * as fs from 'node:fs';
import {
  type CellValue,
  type Style,
  stream,
  ValueType,
  Workbook,
  type Worksheet,
  type WorksheetViewFrozen,
} from 'exceljs';
import { unneutralise } from '../domain/common/neutralise';
import { cellText, provideLookup } from '../domain/common/table';
import type { Dropdown } from '../domain/register/dropdowns';
import type { Cell, Row, StoredRow, TableSnapshot, Tables, TabSpec } from '../ports';

/**
 * `Tables` over an xlsx workbook, with the same semantics as the Sheets adapter: rows by header name,
 * 1-based row numbers (row 1 is the header), empty cells read as ''.
 *
 * The whole workbook lives in memory; `load` reads it with exceljs and `save` writes it back. Strings are
 * written as string cells, never as formulas, so a form answer like `=IMPORTDATA(…)` stays text.
 * Formulas the worker typed in her own cells survive a load → save as long as the engine does not
 * overwrite them.
 */

interface Formula {
  readonly formula: string;
  readonly result: Cell;
}

interface Tab {
  headers: string[];
  /** Data rows; rows[0] is sheet row 2. A row may be wider than the headers (cells without a header). */
  rows: Cell[][];
  frozenRows: number;
  /** Formulas loaded from the file, by `rowIndex:columnIndex` (0-based, over `rows`). */
  formulas: Map<string, Formula>;
}

const DATE_FORMAT = 'dd/mm/yyyy hh:mm';
const DATE_STYLE: Partial<Style> = { numFmt: DATE_FORMAT };
const PLAIN_STYLE: Partial<Style> = {};
const MIN_WIDTH = 10;
const MAX_WIDTH = 50;
/** Rows looked at to size a column. */
const WIDTH_SAMPLE = 200;

export class WorkbookTables implements Tables {
  /** Bulk operations done, for the benchmark: one read per `read`, one write per `append` or `update`. */
  readonly stats = { reads: 0, writes: 0 };
  private readonly tabs = new Map<string, Tab>();
  /**
   * Rows as last read, per tab, kept up to date by `append` and `update` (and dropped by `ensureTab` when
   * headers change), so a read of a 20,000-row tab does not rebuild 20,000 row objects every time. The rows
   * handed out are shared and read-only: row objects are frozen and dates throw when changed (copy them
   * first, as `addWorkdays` does). Writing goes through `append` and `update` only.
   */
  private readonly snapshots = new Map<string, StoredRow[]>();
  /**
   * The snapshot object handed out, per tab, until the next write to that tab: reading an unchanged tab twice
   * gives the same (frozen) object, so look-up indexes built on it (`firstRowWhere`) are reused.
   */
  private readonly lastRead = new Map<string, TableSnapshot>();
  /**
   * Column indexes over the cached rows, per tab and header: value (as `cellText`) → positions in the cached
   * rows, ascending. Built on the first look-up of a column and kept in step by `append` and `update`, so a
   * look-up in a fresh snapshot after a write costs no scan. Dropped with the cached rows.
   */
  private readonly indexes = new Map<string, Map<string, Map<string, number[]>>>();
  private dropdowns: Dropdown[] = [];

  /** Reads the workbook at `path`, or starts empty when there is no file yet. */
  static async load(path: string): Promise<WorkbookTables> {
    const tables = new WorkbookTables();
    if (!fs.existsSync(path)) return tables;
    const workbook = new Workbook();
    await workbook.xlsx.readFile(path);
    for (const sheet of workbook.worksheets) {
      if (sheet.name !== LISTS_SHEET) tables.tabs.set(sheet.name, readSheet(sheet));
    }
    return tables;
  }

  /** Writes the workbook to `path` (through a temporary file, so a crash never leaves half a workbook). */
  async save(path: string): Promise<void> {
    // The streaming writer: rows go to the file as they are committed, so a 20,000-row register is written
    // in a fraction of the time and memory the in-memory writer needs. Same cells, styles, views and dropdowns.
    const temporary = `${path}.tmp`;
    const workbook = new stream.xlsx.WorkbookWriter({ filename: temporary, useStyles: true, useSharedStrings: true });
    const usable = this.dropdowns.filter((d) => this.tabs.get(d.tab)?.headers.includes(d.column));
    for (const [name, tab] of this.tabs) await writeSheet(workbook, name, tab, validationsFor(name, tab, usable));
    if (usable.length > 0) await writeLists(workbook, usable);
    await workbook.commit();
    fs.renameSync(temporary, path);
  }

  /**
   * Dropdowns (data validation) written on `save`, like the ones `setup` puts on the Google Sheet. Their lists
   * live in a hidden sheet, because Excel allows only 255 characters in a list typed into the rule.
   */
  setDropdowns(dropdowns: readonly Dropdown[]): void {
    this.dropdowns = [...dropdowns];
  }

  tabNames(): string[] {
    return [...this.tabs.keys()];
  }

  hasTab(name: string): boolean {
    return this.tabs.has(name);
  }

  ensureTab(spec: TabSpec): void {
    const tab = this.tabs.get(spec.name);
    if (!tab) {
      this.tabs.set(spec.name, {
        headers: [...spec.headers],
        rows: [],
        frozenRows: spec.frozenRows ?? 1,
        formulas: new Map(),
      });
      return;
    }
    for (const header of spec.headers) {
      if (!tab.headers.includes(header)) {
        tab.headers.push(header);
        this.dropCache(spec.name);
        this.lastRead.delete(spec.name);
      }
    }
  }

  read(tabName: string): TableSnapshot {
    this.stats.reads++;
    const tab = this.tabs.get(tabName);
    if (!tab) return { headers: [], rows: [] };
    let rows = this.snapshots.get(tabName);
    if (!rows) {
      const columns = namedColumns(tab.headers);
      rows = tab.rows
        .slice(0, usedRowCount(tab.rows))
        .map((cells, index) => storedRow(index + 2, rowValues(columns, cells)));
      this.snapshots.set(tabName, rows);
    }
    let snapshot = this.lastRead.get(tabName);
    if (!snapshot) {
      const fresh: TableSnapshot = Object.freeze({
        headers: Object.freeze([...tab.headers]),
        rows: Object.freeze(rows.slice()),
      });
      // Answers look-ups from the live column index while this is the tab's latest snapshot (same rows).
      provideLookup(fresh, (header, value) =>
        this.lastRead.get(tabName) === fresh ? this.lookup(tabName, fresh, header, value) : null,
      );
      snapshot = fresh;
      this.lastRead.set(tabName, snapshot);
    }
    return snapshot;
  }

  append(tabName: string, rows: readonly Row[]): number[] {
    this.stats.writes++;
    this.lastRead.delete(tabName);
    const tab = this.existingTab(tabName);
    tab.rows.length = usedRowCount(tab.rows);
    const prepared = rows.map((row) => {
      const cells: Cell[] = tab.headers.map(() => null);
      for (const [header, value] of Object.entries(row)) cells[columnOf(tab, tabName, header)] = incoming(value);
      return cells;
    });
    const first = tab.rows.length + 2;
    tab.rows.push(...prepared);
    const cached = this.snapshots.get(tabName);
    if (cached && prepared.some((cells) => cells.every(isEmpty))) this.dropCache(tabName);
    else if (cached) {
      const columns = namedColumns(tab.headers);
      const indexes = this.indexes.get(tabName);
      prepared.forEach((cells, index) => {
        const row = storedRow(first + index, rowValues(columns, cells));
        cached.push(row);
        indexes?.forEach((index, header) => {
          addPosition(index, cellText(row.values[header]), cached.length - 1);
        });
      });
    }
    return prepared.map((_, index) => first + index);
  }

  update(tabName: string, rowNumber: number, values: Row): void {
    this.stats.writes++;
    this.lastRead.delete(tabName);
    const tab = this.existingTab(tabName);
    if (!Number.isInteger(rowNumber) || rowNumber < 2) {
      throw new Error(`Rij ${rowNumber} van tab "${tabName}" is geen gegevensrij.`);
    }
    const changes = Object.entries(values).map(([header, value]) => [columnOf(tab, tabName, header), value] as const);
    const rowIndex = rowNumber - 2;
    while (tab.rows.length <= rowIndex) tab.rows.push([]);
    const cells = tab.rows[rowIndex];
    for (const [column, value] of changes) {
      while (cells.length <= column) cells.push(null);
      cells[column] = incoming(value);
      tab.formulas.delete(`${rowIndex}:${column}`);
    }
    this.refreshCachedRow(tabName, tab, rowIndex);
  }

  /** In memory, row by row (counted as one write, as in Apps Script: one block per column run). */
  updateMany(tabName: string, updates: ReadonlyArray<{ rowNumber: number; values: Row }>): void {
    if (updates.length === 0) return;
    for (const u of updates) this.update(tabName, u.rowNumber, u.values);
    this.stats.writes -= updates.length - 1;
  }

  /** Keeps the cached rows in step with one changed row (or drops the cache when the row is new or emptied). */
  private refreshCachedRow(tabName: string, tab: Tab, rowIndex: number): void {
    const cached = this.snapshots.get(tabName);
    if (!cached) return;
    const rowNumber = rowIndex + 2;
    // Cached rows are dense from row 2 (empty rows in the middle included, as `read` gives them).
    const position = cached[rowIndex]?.rowNumber === rowNumber ? rowIndex : -1;
    const cells = tab.rows[rowIndex];
    if (position < 0 || cells.every(isEmpty) || rowIndex >= usedRowCount(tab.rows)) {
      this.dropCache(tabName);
      return;
    }
    const before = cached[position];
    const after = storedRow(rowNumber, rowValues(namedColumns(tab.headers), cells));
    cached[position] = after;
    this.indexes.get(tabName)?.forEach((index, header) => {
      const was = cellText(before.values[header]);
      const is = cellText(after.values[header]);
      if (was === is) return;
      removePosition(index, was, position);
      addPosition(index, is, position);
    });
  }

  /** The first row of the latest snapshot whose column equals `value`, from the live index of that column. */
  private lookup(tabName: string, snapshot: TableSnapshot, header: string, value: string): StoredRow | undefined {
    let byHeader = this.indexes.get(tabName);
    if (!byHeader) {
      byHeader = new Map();
      this.indexes.set(tabName, byHeader);
    }
    let index = byHeader.get(header);
    if (!index) {
      index = new Map();
      for (let position = 0; position < snapshot.rows.length; position++) {
        addPosition(index, cellText(snapshot.rows[position].values[header]), position);
      }
      byHeader.set(header, index);
    }
    const positions = index.get(value);
    return positions ? snapshot.rows[positions[0]] : undefined;
  }

  private dropCache(tabName: string): void {
    this.snapshots.delete(tabName);
    this.indexes.delete(tabName);
  }

  /** Drops the cached rows: the next read rebuilds them from the cells (tests compare both). */
  forgetSnapshots(): void {
    this.snapshots.clear();
    this.indexes.clear();
    this.lastRead.clear();
  }

  flush(): void {
    // Everything is in memory until `save`: nothing to flush.
  }

  readRows(tabName: string, firstRow: number, count: number): TableSnapshot {
    this.stats.reads++;
    const tab = this.tabs.get(tabName);
    if (!tab) return { headers: [], rows: [] };
    const columns = namedColumns(tab.headers);
    const rows: StoredRow[] = [];
    for (let rowNumber = Math.max(2, firstRow); rowNumber < firstRow + count; rowNumber++) {
      const cells = tab.rows[rowNumber - 2];
      if (!cells || cells.every(isEmpty)) continue;
      rows.push(storedRow(rowNumber, rowValues(columns, cells)));
    }
    return { headers: [...tab.headers], rows };
  }

  replaceRows(tabName: string, rows: readonly Row[]): void {
    const tab = this.existingTab(tabName);
    tab.rows = [];
    tab.formulas.clear();
    this.dropCache(tabName);
    this.lastRead.delete(tabName);
    if (rows.length > 0) this.append(tabName, rows);
    else this.stats.writes++;
  }

  /**
   * Replaces a generated tab wholesale (the outreach matrix, issue 10): the first row as its header row, the rest as
   * cells, whatever their meaning. Only for tabs the script rewrites and the worker never types in.
   */
  writeGrid(tabName: string, rows: ReadonlyArray<readonly Cell[]>, frozenRows = 1): void {
    this.stats.writes++;
    const [first = [], ...rest] = rows;
    this.tabs.set(tabName, {
      headers: first.map((v) => (v === null || v === undefined ? '' : String(v))),
      rows: rest.map((cells) => cells.map(incoming)),
      frozenRows,
      formulas: new Map(),
    });
    this.dropCache(tabName);
    this.lastRead.delete(tabName);
  }

  private existingTab(name: string): Tab {
    const tab = this.tabs.get(name);
    if (!tab) throw new Error(`Tab "${name}" bestaat niet.`);
    return tab;
  }
}

/** Adds a position to a value's ascending list. */
function addPosition(index: Map<string, number[]>, key: string, position: number): void {
  const positions = index.get(key);
  if (!positions) {
    index.set(key, [position]);
    return;
  }
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (positions[middle] < position) low = middle + 1;
    else high = middle;
  }
  positions.splice(low, 0, position);
}

function removePosition(index: Map<string, number[]>, key: string, position: number): void {
  const positions = index.get(key);
  if (!positions) return;
  const at = positions.indexOf(position);
  if (at >= 0) positions.splice(at, 1);
  if (positions.length === 0) index.delete(key);
}

/** One row's values by header, as handed out: empty cells are '', dates are read-only copies. */
function rowValues(columns: ReadonlyArray<[string, number]>, cells: readonly Cell[]): Row {
  const values: Row = {};
  for (const [header, column] of columns) {
    const value = cells[column];
    values[header] = value === null || value === undefined ? '' : value instanceof Date ? readonlyDate(value) : value;
  }
  return values;
}

function storedRow(rowNumber: number, values: Row): StoredRow {
  return Object.freeze({ rowNumber, values: Object.freeze(values) });
}

/** A date from a read: reading works as usual, changing it throws (take a copy with `new Date(d.getTime())`). */
class ReadonlyDate extends Date {}
for (const name of Object.getOwnPropertyNames(Date.prototype)) {
  if (!name.startsWith('set')) continue;
  Object.defineProperty(ReadonlyDate.prototype, name, {
    value() {
      throw new TypeError('Een datum uit een gelezen tabblad kan niet veranderd worden. Maak eerst een kopie.');
    },
  });
}

function readonlyDate(date: Date): Date {
  return new ReadonlyDate(date.getTime());
}

/** [header, column] for every named column; a header used twice maps to its first column. */
function namedColumns(headers: readonly string[]): Array<[string, number]> {
  const seen = new Set<string>();
  const columns: Array<[string, number]> = [];
  headers.forEach((header, column) => {
    if (header === '' || seen.has(header)) return;
    seen.add(header);
    columns.push([header, column]);
  });
  return columns;
}

function columnOf(tab: Tab, tabName: string, header: string): number {
  const column = header === '' ? -1 : tab.headers.indexOf(header);
  if (column < 0) throw new Error(`Onbekende kolom "${header}" in tab "${tabName}".`);
  return column;
}

function isEmpty(value: Cell | undefined): boolean {
  return value === null || value === undefined || value === '';
}

/** Rows up to and including the last one with any content. */
function usedRowCount(rows: readonly Cell[][]): number {
  let count = rows.length;
  while (count > 0 && rows[count - 1].every(isEmpty)) count--;
  return count;
}

/** A value as stored: undefined (a missing key at run time) becomes an empty cell, dates are copied. */
function incoming(value: Cell | undefined): Cell {
  if (value === undefined) return null;
  return value instanceof Date ? new Date(value.getTime()) : value;
}

// ---- xlsx → model -------------------------------------------------------------------------------------------

function readSheet(sheet: Worksheet): Tab {
  const width = sheet.columnCount;
  const headerCells = rowCells(sheet, 1, width);
  const headers = headerCells.map((value) => (isEmpty(value) ? '' : String(value).trim()));
  while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
  const rows: Cell[][] = [];
  const formulas = new Map<string, Formula>();
  for (let rowNumber = 2; rowNumber <= sheet.rowCount; rowNumber++) {
    const rowIndex = rowNumber - 2;
    rows.push(rowCells(sheet, rowNumber, width));
    sheet.getRow(rowNumber).eachCell((cell, column) => {
      if (cell.type === ValueType.Formula && cell.formula) {
        formulas.set(`${rowIndex}:${column - 1}`, { formula: cell.formula, result: rows[rowIndex][column - 1] });
      }
    });
  }
  rows.length = usedRowCount(rows);
  const frozen = (sheet.views ?? []).find((view) => view.state === 'frozen') as WorksheetViewFrozen | undefined;
  return { headers, rows, frozenRows: frozen?.ySplit ?? 1, formulas };
}

function rowCells(sheet: Worksheet, rowNumber: number, width: number): Cell[] {
  const row = sheet.getRow(rowNumber);
  const cells: Cell[] = [];
  for (let column = 1; column <= width; column++) cells.push(fromXlsx(row.getCell(column).value));
  while (cells.length > 0 && isEmpty(cells[cells.length - 1])) cells.pop();
  return cells;
}

/** An exceljs cell value as a plain `Cell`. A string a spreadsheet neutralised loses its apostrophe. */
function fromXlsx(value: CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return unneutralise(value);
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return fromWallClock(value);
  if ('richText' in value) return unneutralise(value.richText.map((part) => part.text).join(''));
  if ('hyperlink' in value) return fromXlsx(value.text as CellValue);
  if ('formula' in value || 'sharedFormula' in value) {
    if (value.result === undefined) return `=${value.formula ?? ''}`;
    return fromXlsx(value.result as CellValue);
  }
  if ('error' in value) return value.error;
  return null;
}

// ---- model → xlsx -------------------------------------------------------------------------------------------

/** Hidden sheet with the values of every dropdown (one column each); never read back as a tab. */
export const LISTS_SHEET = 'Keuzelijsten';
/** Rows below the data that get the dropdown too, so new rows have it. */
const DROPDOWN_SPARE_ROWS = 1000;

interface ValidatedSheet {
  dataValidations: { add(address: string, validation: object): void };
}

function columnLetter(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

interface Validation {
  readonly address: string;
  readonly rule: object;
}

/** The dropdowns of one tab as data validations on its column, with the values on the hidden lists sheet. */
function validationsFor(name: string, tab: Tab, usable: readonly Dropdown[]): Validation[] {
  return usable.flatMap((d, i) => {
    if (d.tab !== name) return [];
    const listColumn = columnLetter(i + 1);
    const column = columnLetter(tab.headers.indexOf(d.column) + 1);
    const last = usedRowCount(tab.rows) + 1 + DROPDOWN_SPARE_ROWS;
    return [
      {
        address: `${column}2:${column}${last}`,
        rule: {
          type: 'list',
          allowBlank: true,
          formulae: [`${LISTS_SHEET}!$${listColumn}$1:$${listColumn}$${d.values.length}`],
          showErrorMessage: true,
          errorStyle: d.strict ? 'stop' : 'warning',
          error: 'Kies een waarde uit de lijst.',
        },
      },
    ];
  });
}

/** The hidden sheet with the values of every dropdown, one column each. */
async function writeLists(workbook: stream.xlsx.WorkbookWriter, usable: readonly Dropdown[]): Promise<void> {
  const lists = workbook.addWorksheet(LISTS_SHEET, { state: 'veryHidden' });
  const height = Math.max(...usable.map((d) => d.values.length));
  for (let row = 0; row < height; row++) {
    const cells = lists.getRow(row + 1);
    usable.forEach((d, i) => {
      if (row < d.values.length) cells.getCell(i + 1).value = d.values[row];
    });
    cells.commit();
  }
  await lists.commit();
}

async function writeSheet(
  workbook: stream.xlsx.WorkbookWriter,
  name: string,
  tab: Tab,
  validations: readonly Validation[],
): Promise<void> {
  const frozen = Math.max(1, tab.frozenRows);
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: frozen }] });
  const width = Math.max(tab.headers.length, ...tab.rows.map((cells) => cells.length));
  for (let column = 0; column < width; column++) sheet.getColumn(column + 1).width = columnWidth(tab, column);
  const header = sheet.getRow(1);
  tab.headers.forEach((text, column) => {
    header.getCell(column + 1).value = text;
  });
  header.font = { bold: true };
  header.commit();
  const validated = sheet as unknown as ValidatedSheet;
  for (const v of validations) validated.dataValidations.add(v.address, v.rule);
  tab.rows.slice(0, usedRowCount(tab.rows)).forEach((cells, rowIndex) => {
    const row = sheet.getRow(rowIndex + 2);
    cells.forEach((value, column) => {
      const formula = tab.formulas.get(`${rowIndex}:${column}`);
      const cell = row.getCell(column + 1);
      cell.value = formula ? formulaValue(formula) : toXlsx(value);
      // One shared style object per kind of cell: exceljs then looks the style up once, not per cell.
      cell.style = value instanceof Date ? DATE_STYLE : PLAIN_STYLE;
    });
    row.commit();
  });
  await sheet.commit();
}

/**
 * A cell value for exceljs. A string that would lose its leading apostrophe on reading gets one more, so
 * save → load gives back exactly what was stored.
 */
function toXlsx(value: Cell): CellValue {
  if (typeof value === 'string') return unneutralise(value) === value ? value : `'${value}`;
  return value instanceof Date ? toWallClock(value) : value;
}

/*
 * An xlsx date has no time zone: it is the time on the clock. exceljs reads and writes it as if that clock
 * were UTC, so a date is shifted to the local clock time on saving and back on loading. The worker then
 * sees 14:00 in Excel for a form sent at 14:00 in Eeklo.
 */
function toWallClock(date: Date): Date {
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
}

function fromWallClock(date: Date): Date {
  return new Date(
    date.getUTCFullYear(),
    date.getUTCMonth(),
    date.getUTCDate(),
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
    date.getUTCMilliseconds(),
  );
}

function formulaValue(formula: Formula): CellValue {
  const result = formula.result;
  if (result === null || result === '' || result === `=${formula.formula}`) return { formula: formula.formula };
  return { formula: formula.formula, result: toXlsx(result) as string | number | boolean | Date };
}

function columnWidth(tab: Tab, column: number): number {
  const texts = [tab.headers[column] ?? '', ...tab.rows.slice(0, WIDTH_SAMPLE).map((cells) => cells[column])];
  const longest = Math.max(
    ...texts.map((value) => (value instanceof Date ? DATE_FORMAT.length : String(value ?? '').length)),
  );
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
}
