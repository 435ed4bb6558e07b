import { a1Notation, displayValue, type GridArea } from './cells';
import { type Core, GasObject } from './core';
import type { CellData } from './grid';
import type { FakeSheet } from './sheet';
import type { CellValue, Shape } from './types';
import { FakeDataValidation } from './validation';

type RangeApi = GoogleAppsScript.Spreadsheet.Range;

const DEFAULT_BACKGROUND = '#ffffff';

/** A rectangle of one sheet. Holds no data itself: every read and write goes to the sheet's grid. */
export class FakeRange
  extends GasObject
  implements
    Shape<
      RangeApi,
      | 'getValues'
      | 'getValue'
      | 'setValues'
      | 'setValue'
      | 'getDisplayValues'
      | 'getDisplayValue'
      | 'getFormulas'
      | 'getFormula'
      | 'setFormula'
      | 'setFormulas'
      | 'getRow'
      | 'getColumn'
      | 'getNumRows'
      | 'getNumColumns'
      | 'getLastRow'
      | 'getLastColumn'
      | 'getA1Notation'
      | 'getSheet'
      | 'getCell'
      | 'offset'
      | 'isBlank'
      | 'setDataValidation'
      | 'setDataValidations'
      | 'getDataValidation'
      | 'getDataValidations'
      | 'clearDataValidations'
      | 'setNote'
      | 'setNotes'
      | 'getNote'
      | 'getNotes'
      | 'clearNote'
      | 'setFontWeight'
      | 'getFontWeight'
      | 'setBackground'
      | 'setBackgrounds'
      | 'getBackground'
      | 'getBackgrounds'
      | 'setFontWeights'
      | 'setNumberFormat'
      | 'setNumberFormats'
      | 'getNumberFormat'
      | 'getNumberFormats'
      | 'setWrap'
      | 'getWrap'
      | 'clearContent'
      | 'clearFormat'
      | 'clear'
      | 'copyTo'
    >
{
  constructor(
    core: Core,
    private readonly sheet: FakeSheet,
    private readonly area: GridArea,
  ) {
    super(core, 'SpreadsheetApp', 'Range');
  }

  // --- values -------------------------------------------------------------

  getValues(): CellValue[][] {
    return this.plainGrid(this.map((cell) => this.out(cell?.value ?? '')));
  }

  getValue(): CellValue {
    return this.out(this.first()?.value ?? '');
  }

  getDisplayValues(): string[][] {
    return this.plainGrid(this.map((cell) => displayValue(cell?.value ?? '', this.core.spreadsheetTimeZone)));
  }

  getDisplayValue(): string {
    return displayValue(this.first()?.value ?? '', this.core.spreadsheetTimeZone);
  }

  setValues(values: unknown[][]): this {
    this.checkShape(values, 'setValues');
    values.forEach((row, r) => {
      row.forEach((value, c) => {
        this.sheet.writeCell(this.area.row + r, this.area.column + c, value);
      });
    });
    return this;
  }

  setValue(value: unknown): this {
    this.sheet.checkCellInput(value);
    this.each((row, column) => this.sheet.writeCell(row, column, value));
    return this;
  }

  getFormulas(): string[][] {
    return this.plainGrid(this.map((cell) => cell?.formula ?? ''));
  }

  getFormula(): string {
    return this.first()?.formula ?? '';
  }

  setFormula(formula: string): this {
    return this.setValue(formula.startsWith('=') ? formula : `=${formula}`);
  }

  setFormulas(formulas: string[][]): this {
    this.checkShape(formulas, 'setFormulas');
    return this.setValues(formulas.map((row) => row.map((f) => (f === '' || f.startsWith('=') ? f : `=${f}`))));
  }

  isBlank(): boolean {
    return this.map((cell) => cell?.value ?? '').every((row) => row.every((v) => v === ''));
  }

  // --- geometry -----------------------------------------------------------

  getRow(): number {
    return this.area.row;
  }

  getColumn(): number {
    return this.area.column;
  }

  getNumRows(): number {
    return this.area.numRows;
  }

  getNumColumns(): number {
    return this.area.numColumns;
  }

  getLastRow(): number {
    return this.area.row + this.area.numRows - 1;
  }

  getLastColumn(): number {
    return this.area.column + this.area.numColumns - 1;
  }

  getA1Notation(): string {
    return a1Notation(this.area);
  }

  getSheet(): FakeSheet {
    return this.sheet;
  }

  getCell(row: number, column: number): FakeRange {
    if (row < 1 || row > this.area.numRows || column < 1 || column > this.area.numColumns) {
      throw this.core.error('Cell reference out of range');
    }
    return this.sheet.rangeAt(this.area.row + row - 1, this.area.column + column - 1, 1, 1);
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): FakeRange {
    return this.sheet.rangeAt(
      this.area.row + rowOffset,
      this.area.column + columnOffset,
      numRows ?? this.area.numRows,
      numColumns ?? this.area.numColumns,
    );
  }

  // --- validation, notes, formats ----------------------------------------

  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): this {
    const validation = rule === null ? undefined : this.core.own(rule, FakeDataValidation, 'rule');
    this.each((row, column) => {
      this.sheet.grid.edit(row, column).validation = validation;
    });
    return this;
  }

  setDataValidations(rules: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][]): this {
    this.checkShape(rules, 'setDataValidations');
    const own = rules.map((row) =>
      row.map((r) => (r === null ? undefined : this.core.own(r, FakeDataValidation, 'rules'))),
    );
    this.each((row, column) => {
      this.sheet.grid.edit(row, column).validation = own[row - this.area.row][column - this.area.column];
    });
    return this;
  }

  getDataValidation(): FakeDataValidation | null {
    return this.first()?.validation ?? null;
  }

  getDataValidations(): (FakeDataValidation | null)[][] {
    return this.map((cell) => cell?.validation ?? null);
  }

  clearDataValidations(): this {
    return this.setDataValidation(null);
  }

  setNote(note: string | null): this {
    return this.setEach({ note: note === null || note === '' ? undefined : String(note) });
  }

  setNotes(notes: (string | null)[][]): this {
    this.checkShape(notes, 'setNotes');
    this.each((row, column) => {
      const note = notes[row - this.area.row][column - this.area.column];
      this.sheet.grid.edit(row, column).note = note ? String(note) : undefined;
    });
    return this;
  }

  getNote(): string {
    return this.first()?.note ?? '';
  }

  getNotes(): string[][] {
    return this.map((cell) => cell?.note ?? '');
  }

  clearNote(): this {
    return this.setNote(null);
  }

  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): this {
    return this.setEach({ fontWeight: fontWeight ?? undefined });
  }

  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return this.first()?.fontWeight === 'bold' ? 'bold' : 'normal';
  }

  setBackground(color: string | null): this {
    return this.setEach({ background: color ?? undefined });
  }

  getBackground(): string {
    return this.first()?.background ?? DEFAULT_BACKGROUND;
  }

  setBackgrounds(colors: (string | null)[][]): this {
    this.checkShape(colors, 'setBackgrounds');
    this.each((row, column) => {
      const color = colors[row - this.area.row][column - this.area.column];
      this.sheet.grid.edit(row, column).background = color ?? undefined;
    });
    return this;
  }

  getBackgrounds(): string[][] {
    return this.map((cell) => cell?.background ?? DEFAULT_BACKGROUND);
  }

  setFontWeights(fontWeights: (string | null)[][]): this {
    this.checkShape(fontWeights, 'setFontWeights');
    this.each((row, column) => {
      const weight = fontWeights[row - this.area.row][column - this.area.column];
      if (weight !== null && weight !== 'bold' && weight !== 'normal')
        throw this.core.error(`Invalid argument: ${weight}`);
      this.sheet.grid.edit(row, column).fontWeight = weight ?? undefined;
    });
    return this;
  }

  setNumberFormat(numberFormat: string): this {
    return this.setEach({ numberFormat });
  }

  setNumberFormats(numberFormats: string[][]): this {
    this.checkShape(numberFormats, 'setNumberFormats');
    this.each((row, column) => {
      this.sheet.grid.edit(row, column).numberFormat = numberFormats[row - this.area.row][column - this.area.column];
    });
    return this;
  }

  getNumberFormat(): string {
    return this.first()?.numberFormat ?? '0.###############';
  }

  getNumberFormats(): string[][] {
    return this.map((cell) => cell?.numberFormat ?? '0.###############');
  }

  setWrap(isWrapEnabled: boolean): this {
    return this.setEach({ wrap: isWrapEnabled });
  }

  getWrap(): boolean {
    return this.first()?.wrap ?? true;
  }

  clearContent(): this {
    return this.setEach({ value: '', formula: undefined });
  }

  clearFormat(): this {
    return this.setEach({ numberFormat: undefined, fontWeight: undefined, background: undefined, wrap: undefined });
  }

  clear(): this {
    this.clearContent();
    return this.clearFormat();
  }

  /**
   * `copyTo(destination, copyPasteType?, transposed?)`: the source is repeated over the destination when the
   * destination is larger (as a paste does); only the named part (values, formats, data validation) is copied.
   * Both ranges must be in this spreadsheet; transposing is not faked.
   */
  copyTo(destination: GoogleAppsScript.Spreadsheet.Range, copyPasteType?: unknown, transposed?: boolean): void {
    const target = this.core.own(destination, FakeRange, 'destination');
    if (transposed) throw this.core.error('The fake does not transpose.');
    const type = copyPasteType === undefined ? 'PASTE_NORMAL' : String(copyPasteType);
    const parts: Record<string, (keyof CellData)[]> = {
      PASTE_NORMAL: ['value', 'formula', 'note', 'validation', 'numberFormat', 'fontWeight', 'background', 'wrap'],
      PASTE_VALUES: ['value'],
      PASTE_FORMAT: ['numberFormat', 'fontWeight', 'background', 'wrap'],
      PASTE_DATA_VALIDATION: ['validation'],
      PASTE_FORMULA: ['value', 'formula'],
      PASTE_NO_BORDERS: ['value', 'formula', 'note', 'validation', 'numberFormat', 'fontWeight', 'background', 'wrap'],
    };
    const keys = parts[type];
    if (!keys) throw this.core.error(`Invalid argument: copyPasteType (${type})`);
    const src = this.area;
    const dst = target.area;
    const rows = Math.max(src.numRows, dst.numRows);
    const columns = Math.max(src.numColumns, dst.numColumns);
    if (dst.row + rows - 1 > target.sheet.getMaxRows() || dst.column + columns - 1 > target.sheet.getMaxColumns()) {
      throw this.core.error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    const copies: { row: number; column: number; data: Partial<CellData> }[] = [];
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < columns; c++) {
        const from = this.sheet.grid.get(src.row + (r % src.numRows), src.column + (c % src.numColumns));
        const data: Partial<CellData> = {};
        for (const k of keys) (data as Record<string, unknown>)[k] = from?.[k];
        copies.push({ row: dst.row + r, column: dst.column + c, data });
      }
    }
    for (const { row, column, data } of copies) {
      const cell = target.sheet.grid.edit(row, column);
      for (const [k, v] of Object.entries(data))
        (cell as unknown as Record<string, unknown>)[k] = v ?? (k === 'value' ? '' : undefined);
    }
  }

  // --- helpers --------------------------------------------------------------

  /** Cell values hold no fakes: the grid is handed over without a walk (its rows are never looked at). */
  private plainGrid<T>(grid: T[][]): T[][] {
    return this.core.plain(grid);
  }

  private out(value: CellValue): CellValue {
    return typeof value === 'object' ? this.core.date(value) : value;
  }

  private first(): CellData | undefined {
    return this.sheet.grid.get(this.area.row, this.area.column);
  }

  /** Every write goes through here: a protected sheet refuses a user who is not its editor. */
  private each(fn: (row: number, column: number) => void): void {
    this.sheet.assertEditable();
    for (let r = 0; r < this.area.numRows; r++) {
      for (let c = 0; c < this.area.numColumns; c++) fn(this.area.row + r, this.area.column + c);
    }
  }

  private map<T>(fn: (cell: CellData | undefined) => T): T[][] {
    const { row: top, column: left, numRows, numColumns } = this.area;
    const out: T[][] = new Array(numRows);
    for (let r = 0; r < numRows; r++) {
      const cells = this.sheet.grid.rowCells(top + r);
      const row: T[] = new Array(numColumns);
      for (let c = 0; c < numColumns; c++) row[c] = fn(cells?.[left - 1 + c]);
      out[r] = row;
    }
    return out;
  }

  private setEach(patch: Partial<CellData>): this {
    this.each((row, column) => Object.assign(this.sheet.grid.edit(row, column), patch));
    return this;
  }

  /** Apps Script checks the whole 2-D array against the range before writing anything. */
  private checkShape(data: unknown, method: string): asserts data is unknown[][] {
    if (!Array.isArray(data) || data.some((row) => !Array.isArray(row))) {
      throw this.core.error(
        `The parameters (${describe(data)}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
      );
    }
    if (data.length !== this.area.numRows) {
      throw this.core.error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${this.area.numRows}.`,
      );
    }
    for (const row of data as unknown[][]) {
      if (row.length !== this.area.numColumns) {
        throw this.core.error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this.area.numColumns}.`,
        );
      }
      for (const value of row) this.sheet.checkCellInput(value);
    }
  }
}

function describe(data: unknown): string {
  if (Array.isArray(data)) return 'number[]';
  return data === null ? 'null' : typeof data === 'string' ? 'String' : typeof data;
}
