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
      | 'getBackground'
      | 'setNumberFormat'
      | 'setNumberFormats'
      | 'getNumberFormat'
      | 'getNumberFormats'
      | 'setWrap'
      | 'getWrap'
      | 'clearContent'
      | 'clearFormat'
      | 'clear'
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
    return this.map((cell) => this.out(cell?.value ?? ''));
  }

  getValue(): CellValue {
    return this.out(this.first()?.value ?? '');
  }

  getDisplayValues(): string[][] {
    return this.map((cell) => displayValue(cell?.value ?? '', this.core.timeZone));
  }

  getDisplayValue(): string {
    return displayValue(this.first()?.value ?? '', this.core.timeZone);
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
    return this.map((cell) => cell?.formula ?? '');
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

  // --- helpers --------------------------------------------------------------

  private out(value: CellValue): CellValue {
    return value instanceof Date ? this.core.date(value) : value;
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
    const out: T[][] = [];
    for (let r = 0; r < this.area.numRows; r++) {
      const row: T[] = [];
      for (let c = 0; c < this.area.numColumns; c++)
        row.push(fn(this.sheet.grid.get(this.area.row + r, this.area.column + c)));
      out.push(row);
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
