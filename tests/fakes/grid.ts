import type { CellValue } from './types';
import type { FakeDataValidation } from './validation';

/** Everything one cell holds. Content is `value` (+ `formula`); the rest survives `clearContent`. */
export interface CellData {
  value: CellValue;
  formula?: string;
  note?: string;
  validation?: FakeDataValidation;
  numberFormat?: string;
  fontWeight?: string;
  background?: string;
  wrap?: boolean;
}

const hasContent = (cell: CellData | undefined) => !!cell && (cell.value !== '' || !!cell.formula);

/** The cells of one sheet, 1-based, with the sheet's current dimensions. */
export class Grid {
  maxRows = 1000;
  maxColumns = 26;
  private rows: (CellData | undefined)[][] = [];
  /** Bumped by every change, so the last row and column are computed once per change, not per call. */
  private version = 0;
  private extent: { version: number; lastRow: number; lastColumn: number } = { version: -1, lastRow: 0, lastColumn: 0 };

  get(row: number, column: number): CellData | undefined {
    return this.rows[row - 1]?.[column - 1];
  }

  /** The cells of one row (1-based), for bulk reads; undefined when the row was never written. */
  rowCells(row: number): readonly (CellData | undefined)[] | undefined {
    return this.rows[row - 1];
  }

  /**
   * The cell for writing. Script writes never grow a sheet (Google refuses a range past its dimensions, and
   * `rangeAt` checks before any write), so a cell outside the grid here is a bug in the fake itself.
   */
  edit(row: number, column: number): CellData {
    if (row > this.maxRows || column > this.maxColumns || row < 1 || column < 1) {
      throw new Error(`fake bug: cell (${row}, ${column}) is outside the ${this.maxRows}×${this.maxColumns} grid`);
    }
    this.version++;
    const cells = this.rows[row - 1] ?? [];
    this.rows[row - 1] = cells;
    let cell = cells[column - 1];
    if (!cell) {
      cell = { value: '' };
      cells[column - 1] = cell;
    }
    return cell;
  }

  /**
   * Makes room for (row, column), as Google itself does when a form writes a response, `appendRow` adds a row
   * or a person pastes past the edge in the UI. Never reached by `Range` writes.
   */
  grow(row: number, column: number): void {
    this.maxRows = Math.max(this.maxRows, row);
    this.maxColumns = Math.max(this.maxColumns, column);
  }

  lastRow(): number {
    return this.measure().lastRow;
  }

  lastColumn(): number {
    return this.measure().lastColumn;
  }

  private measure(): { lastRow: number; lastColumn: number } {
    if (this.extent.version === this.version) return this.extent;
    let lastRow = 0;
    for (let r = this.rows.length; r > 0; r--) {
      if (this.rows[r - 1]?.some(hasContent)) {
        lastRow = r;
        break;
      }
    }
    let lastColumn = 0;
    for (const cells of this.rows) {
      if (!cells) continue;
      for (let c = cells.length; c > lastColumn; c--) {
        if (hasContent(cells[c - 1])) {
          lastColumn = c;
          break;
        }
      }
    }
    this.extent = { version: this.version, lastRow, lastColumn };
    return this.extent;
  }

  insertColumns(after: number, count: number): void {
    this.version++;
    for (const cells of this.rows) if (cells && cells.length > after) cells.splice(after, 0, ...new Array(count));
    this.maxColumns += count;
  }

  insertRows(after: number, count: number): void {
    this.version++;
    if (this.rows.length > after) this.rows.splice(after, 0, ...new Array(count));
    this.maxRows += count;
  }

  deleteRows(position: number, count: number): void {
    this.version++;
    this.rows.splice(position - 1, count);
    this.maxRows -= count;
  }

  clear(formatsToo: boolean): void {
    this.version++;
    for (const cells of this.rows) {
      for (const cell of cells ?? []) {
        if (!cell) continue;
        cell.value = '';
        cell.formula = undefined;
        if (formatsToo) Object.assign(cell, { numberFormat: undefined, fontWeight: undefined, background: undefined });
      }
    }
  }
}
