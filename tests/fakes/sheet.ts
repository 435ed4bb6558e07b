import { MAX_CELL_CHARS, parseA1, typeIn } from './cells';
import { checkRules, type FakeConditionalFormatRule } from './conditional-format';

/** Google Sheets' column limit per sheet. */
export const MAX_COLUMNS = 18278;

import { type Core, GasObject } from './core';
import { FakeEmbeddedChart, FakeEmbeddedChartBuilder } from './embedded-chart';
import { Grid } from './grid';
import { FakeProtection, PROTECTED_EDIT, ProtectionType } from './protection';
import { FakeRange } from './range';
import type { FakeSpreadsheet } from './spreadsheet';
import type { Shape } from './types';

/** Set on a sheet that receives a form's responses. `columns` maps item ids (and 'timestamp', 'email') to columns. */
export interface FormLink {
  formId: string;
  url: string;
  columns: Map<string, number>;
}

export class FakeSheet
  extends GasObject
  implements
    Shape<
      GoogleAppsScript.Spreadsheet.Sheet,
      | 'getName'
      | 'setName'
      | 'getSheetId'
      | 'getIndex'
      | 'getParent'
      | 'getLastRow'
      | 'getLastColumn'
      | 'getMaxRows'
      | 'getMaxColumns'
      | 'getDataRange'
      | 'getRange'
      | 'appendRow'
      | 'setFrozenRows'
      | 'getFrozenRows'
      | 'setFrozenColumns'
      | 'getFrozenColumns'
      | 'insertColumnsAfter'
      | 'insertColumnsBefore'
      | 'insertRowsAfter'
      | 'insertRowsBefore'
      | 'deleteRow'
      | 'deleteRows'
      | 'getFormUrl'
      | 'hideSheet'
      | 'showSheet'
      | 'isSheetHidden'
      | 'setTabColor'
      | 'getTabColor'
      | 'autoResizeColumns'
      | 'autoResizeColumn'
      | 'setColumnWidth'
      | 'setColumnWidths'
      | 'setConditionalFormatRules'
      | 'getConditionalFormatRules'
      | 'clear'
      | 'clearContents'
      | 'clearFormats'
      | 'activate'
      | 'newChart'
      | 'insertChart'
      | 'getCharts'
      | 'removeChart'
      | 'updateChart'
      | 'protect'
      | 'getProtections'
    >
{
  /** Embedded charts, in the order inserted. */
  readonly charts: FakeEmbeddedChart[] = [];
  readonly grid = new Grid();
  formLink?: FormLink;
  /** The sheet's protection, if any (issue 13). */
  protection?: FakeProtection;
  deleted = false;
  private hidden = false;
  private frozenRows = 0;
  private frozenColumns = 0;
  private tabColor: string | null = null;
  /** Set by `setConditionalFormatRules` (raw rules, in order). */
  conditionalRules: FakeConditionalFormatRule[] = [];

  constructor(
    core: Core,
    private readonly spreadsheet: FakeSpreadsheet,
    private name: string,
    private readonly sheetId: number,
  ) {
    super(core, 'SpreadsheetApp', 'Sheet');
  }

  getName(): string {
    return this.name;
  }

  setName(name: string): this {
    this.assertEditable();
    this.spreadsheet.checkNewSheetName(name, this);
    this.name = name;
    return this;
  }

  getSheetId(): number {
    return this.sheetId;
  }

  getIndex(): number {
    return this.spreadsheet.sheetList().indexOf(this) + 1;
  }

  getParent(): FakeSpreadsheet {
    return this.spreadsheet;
  }

  getLastRow(): number {
    return this.grid.lastRow();
  }

  getLastColumn(): number {
    return this.grid.lastColumn();
  }

  getMaxRows(): number {
    return this.grid.maxRows;
  }

  getMaxColumns(): number {
    return this.grid.maxColumns;
  }

  /** A1 to (last row, last column); A1 on an empty sheet. */
  getDataRange(): FakeRange {
    return this.rangeAt(1, 1, Math.max(1, this.grid.lastRow()), Math.max(1, this.grid.lastColumn()));
  }

  getRange(rowOrA1: number | string, column?: number, numRows?: number, numColumns?: number): FakeRange {
    if (typeof rowOrA1 === 'string') {
      const area = parseA1(rowOrA1, this.grid.maxRows, this.grid.maxColumns);
      if (!area) throw this.core.error('Range not found');
      return this.rangeAt(area.row, area.column, area.numRows, area.numColumns);
    }
    if (column === undefined) {
      throw this.core.error(
        "The parameters (number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
      );
    }
    return this.rangeAt(rowOrA1, column, numRows ?? 1, numColumns ?? 1);
  }

  /** Writes after the last row with content, parsing values like typed input. */
  appendRow(rowContents: unknown[]): this {
    this.assertEditable();
    if (!Array.isArray(rowContents)) {
      throw this.core.error(
        "The parameters (String) don't match the method signature for SpreadsheetApp.Sheet.appendRow.",
      );
    }
    if (rowContents.length === 0) throw this.core.error('The number of columns in the range must be at least 1.');
    for (const value of rowContents) this.checkCellInput(value);
    const row = this.grid.lastRow() + 1;
    // appendRow is one of the few writes that makes room: a full sheet gets one more row (and columns).
    this.grid.grow(row, rowContents.length);
    rowContents.forEach((value, i) => {
      this.writeCell(row, i + 1, value);
    });
    return this;
  }

  setFrozenRows(rows: number): void {
    this.frozenRows = rows;
  }

  getFrozenRows(): number {
    return this.frozenRows;
  }

  setFrozenColumns(columns: number): void {
    this.frozenColumns = columns;
  }

  getFrozenColumns(): number {
    return this.frozenColumns;
  }

  insertColumnsAfter(afterPosition: number, howMany: number): this {
    this.assertEditable();
    this.checkPosition(afterPosition, this.grid.maxColumns, 'column');
    this.checkCount(howMany, 'columns');
    if (this.grid.maxColumns + howMany > MAX_COLUMNS) {
      throw this.core.error(
        `This action would increase the number of columns in the sheet above the limit of ${MAX_COLUMNS}.`,
      );
    }
    this.grid.insertColumns(afterPosition, howMany);
    if (this.formLink) {
      for (const [key, col] of this.formLink.columns)
        if (col > afterPosition) this.formLink.columns.set(key, col + howMany);
    }
    return this;
  }

  insertColumnsBefore(beforePosition: number, howMany: number): this {
    return this.insertColumnsAfter(beforePosition - 1, howMany);
  }

  insertRowsAfter(afterPosition: number, howMany: number): this {
    this.assertEditable();
    this.checkPosition(afterPosition, this.grid.maxRows, 'row');
    this.checkCount(howMany, 'rows');
    this.grid.insertRows(afterPosition, howMany);
    return this;
  }

  insertRowsBefore(beforePosition: number, howMany: number): this {
    return this.insertRowsAfter(beforePosition - 1, howMany);
  }

  /** `https://docs.google.com/forms/d/<form id>/viewform` while a form sends its responses here. */
  deleteRow(rowPosition: number): this {
    return this.deleteRows(rowPosition, 1);
  }

  /** Removes rows (their content shifts up); a sheet keeps at least one non-frozen row. */
  deleteRows(rowPosition: number, howMany: number): this {
    if (rowPosition < 1 || howMany < 1 || rowPosition + howMany - 1 > this.grid.maxRows) {
      throw this.core.error('Those rows are out of bounds.');
    }
    if (this.grid.maxRows - howMany <= this.frozenRows) {
      throw this.core.error('Sorry, it is not possible to delete all non-frozen rows.');
    }
    this.grid.deleteRows(rowPosition, howMany);
    return this;
  }

  getFormUrl(): string | null {
    return this.formLink?.url ?? null;
  }

  hideSheet(): this {
    if (this.spreadsheet.sheetList().every((s) => s === this || s.hidden)) {
      throw this.core.error("You can't hide all the sheets in a document.");
    }
    this.hidden = true;
    return this;
  }

  showSheet(): this {
    this.hidden = false;
    return this;
  }

  isSheetHidden(): boolean {
    return this.hidden;
  }

  setTabColor(color: string | null): this {
    this.tabColor = color;
    return this;
  }

  getTabColor(): string | null {
    return this.tabColor;
  }

  autoResizeColumns(_startColumn: number, _numColumns: number): this {
    return this;
  }

  autoResizeColumn(_columnPosition: number): this {
    return this;
  }

  setColumnWidth(_columnPosition: number, _width: number): this {
    return this;
  }

  /** Columns must exist (Google: "Those columns are out of bounds."); the width is not modelled. */
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    if (startColumn < 1 || numColumns < 1 || startColumn + numColumns - 1 > this.grid.maxColumns)
      throw this.core.error('Those columns are out of bounds.');
    if (!(width > 0)) throw this.core.error('Invalid argument: width');
    return this;
  }

  /** Replaces every conditional format rule of the sheet (checked first: ranges inside this sheet). */
  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    this.conditionalRules = checkRules(this.core, this, rules);
  }

  getConditionalFormatRules(): FakeConditionalFormatRule[] {
    return [...this.conditionalRules];
  }

  clear(): this {
    this.assertEditable();
    this.grid.clear(true);
    return this;
  }

  clearContents(): this {
    this.assertEditable();
    this.grid.clear(false);
    return this;
  }

  clearFormats(): this {
    for (let r = 1; r <= this.grid.maxRows; r++) {
      for (let c = 1; c <= this.grid.maxColumns; c++) {
        const cell = this.grid.get(r, c);
        if (cell) Object.assign(cell, { numberFormat: undefined, fontWeight: undefined, background: undefined });
      }
    }
    return this;
  }

  activate(): this {
    this.spreadsheet.makeActive(this);
    return this;
  }

  newChart(): FakeEmbeddedChartBuilder {
    return new FakeEmbeddedChartBuilder(this.core, this);
  }

  /**
   * A built chart is inserted once. The chart in the sheet gets an id unique in the spreadsheet; the object
   * passed in keeps none (read the id back with getCharts: the stricter reading of the reference).
   */
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const raw = this.core.own(chart, FakeEmbeddedChart, 'chart');
    if (raw.state.id !== null || raw.inserted)
      throw this.core.error('This chart is already in a sheet. Use updateChart to change it.');
    raw.inserted = true;
    this.charts.push(raw.copyWithId(1000 + this.core.next('chartId')));
  }

  getCharts(): FakeEmbeddedChart[] {
    return [...this.charts];
  }

  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const raw = this.core.own(chart, FakeEmbeddedChart, 'chart');
    const at = this.charts.findIndex((c) => c.state.id !== null && c.state.id === raw.state.id);
    if (at < 0) throw this.core.error('Invalid argument: chart');
    this.charts.splice(at, 1);
  }

  /** The chart built from `getCharts()[i].modify()` replaces the chart with its id. */
  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const raw = this.core.own(chart, FakeEmbeddedChart, 'chart');
    const at = this.charts.findIndex((c) => c.state.id !== null && c.state.id === raw.state.id);
    if (at < 0) throw this.core.error('Invalid argument: chart');
    this.charts[at] = raw;
  }

  /** The sheet's protection: the existing one, or a new one that mirrors the spreadsheet's editors. */
  protect(): FakeProtection {
    if (this.protection && !this.protection.allows(this.spreadsheet.access.actingUser()))
      throw this.core.error(PROTECTED_EDIT);
    this.protection ??= new FakeProtection(this.core, this, this.spreadsheet.access);
    return this.protection;
  }

  /** SHEET: a one-element array when the sheet is protected; RANGE: none (range protections are not modelled). */
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): FakeProtection[] {
    const kind = String(type);
    if (kind !== ProtectionType.SHEET && kind !== ProtectionType.RANGE) throw this.core.error('Invalid argument: type');
    return kind === ProtectionType.SHEET && this.protection ? [this.protection] : [];
  }

  // --- used by ranges, forms and the world (not Apps Script methods) --------

  /** Validates coordinates like `Sheet.getRange(row, column, numRows, numColumns)`. */
  rangeAt(row: number, column: number, numRows: number, numColumns: number): FakeRange {
    if (![row, column, numRows, numColumns].every(Number.isFinite)) {
      throw this.core.error(
        "The parameters (number,number,number,number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
      );
    }
    if (row < 1) throw this.core.error('The starting row of the range is too small.');
    if (column < 1) throw this.core.error('The starting column of the range is too small.');
    if (numRows < 1) throw this.core.error('The number of rows in the range must be at least 1.');
    if (numColumns < 1) throw this.core.error('The number of columns in the range must be at least 1.');
    const outside = row + numRows - 1 > this.grid.maxRows || column + numColumns - 1 > this.grid.maxColumns;
    if (outside) {
      throw this.core.error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new FakeRange(this.core, this, { row, column, numRows, numColumns });
  }

  checkCellInput(value: unknown): void {
    if (typeof value === 'string' && value.length > MAX_CELL_CHARS) {
      throw this.core.error(
        `Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`,
      );
    }
  }

  /** Throws Google's message when the acting user may not change this (protected) sheet. */
  assertEditable(): void {
    if (this.protection && !this.protection.allows(this.spreadsheet.access.actingUser()))
      throw this.core.error(PROTECTED_EDIT);
  }

  /** Stores `value` parsed like typed input (plain text in cells formatted `@`). */
  writeCell(row: number, column: number, value: unknown, opts: { noFormulas?: boolean } = {}): void {
    this.assertEditable();
    this.checkCellInput(value);
    const cell = this.grid.edit(row, column);
    const typed = typeIn(value, this.core.spreadsheetTimeZone, { plainText: cell.numberFormat === '@', ...opts });
    cell.value = typed.value;
    cell.formula = typed.formula;
  }

  private checkCount(howMany: number, what: 'rows' | 'columns'): void {
    if (!Number.isInteger(howMany) || howMany < 1) {
      throw this.core.error(`The number of ${what} to insert must be at least 1.`);
    }
  }

  private checkPosition(position: number, max: number, what: 'row' | 'column'): void {
    if (position < 0 || position > max) throw this.core.error(`Those ${what}s are out of bounds.`);
  }
}
