import type { MatrixWriter } from '../../app/matrix/refreshMatrix';
import { neutralise } from '../../domain/common/neutralise';
import { COVERAGE_ORDER, type GridArea, type MatrixGrid } from '../../domain/matrix/grid';
import { MATRIX_TAB } from '../../domain/matrix/tabs';
import { COVERAGE_LABEL, REPETITION_FLAG } from '../../domain/matrix/texts';
import type { TabIds } from '../sheetTables';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Cell colours of the generated tab; the coverage colours match the HTML (domain/matrix/html.ts). */
export const MATRIX_COLOURS = {
  notice: '#fce5cd',
  header: '#d9e2f3',
  coverage: {
    gedaan: '#d9ead3',
    deels: '#fff2cc',
    'nog-niet': '#f4cccc',
    gepland: '#cfe2f3',
    'zonder-plan': '#e6e6e6',
  },
  flag: '#f4cccc',
} as const;

const FIRST_COLUMN_WIDTH = 260;
const COLUMN_WIDTH = 150;

function rangeOf(sheet: Sheet, area: GridArea) {
  return sheet.getRange(area.row, area.column, area.numRows, area.numColumns);
}

/** Makes room first: a new sheet is 1000 × 26, and only inserting rows or columns grows it. */
function ensureSize(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

/**
 * Rewrites the Matrix tab: one clear, one write of every value (user text neutralised), bold and backgrounds in
 * one call each, frozen header rows and first column, column widths, and the coverage colours as conditional
 * formatting (so a colour always follows the words in the cell). A constant number of calls, whatever the number
 * of actions, groups or households.
 */
export function writeMatrixSheet(spreadsheet: Spreadsheet, grid: MatrixGrid, ids: TabIds): void {
  const sheet = matrixSheet(spreadsheet, ids);
  ensureSize(sheet, grid.height, grid.width);
  sheet.clear();
  const all = sheet.getRange(1, 1, grid.height, grid.width);
  all.setValues(grid.rows.map((row) => row.map((v) => (typeof v === 'string' ? neutralise(v) : v))));
  const bold = new Set([1, ...grid.titleRows, ...grid.headerRows]);
  const header = new Set(grid.headerRows);
  all.setFontWeights(grid.rows.map((_, r) => grid.rows[r].map(() => (bold.has(r + 1) ? 'bold' : 'normal'))));
  all.setBackgrounds(
    grid.rows.map((_, r) =>
      grid.rows[r].map(() => (r === 0 ? MATRIX_COLOURS.notice : header.has(r + 1) ? MATRIX_COLOURS.header : null)),
    ),
  );
  all.setWrap(true);
  sheet.setFrozenRows(grid.frozenRows);
  sheet.setFrozenColumns(grid.frozenColumns);
  sheet.setColumnWidths(1, 1, FIRST_COLUMN_WIDTH);
  if (grid.width > 1) sheet.setColumnWidths(2, grid.width - 1, COLUMN_WIDTH);

  const coverageRanges = grid.coverageAreas.map((area) => rangeOf(sheet, area));
  const rules = COVERAGE_ORDER.map((c) =>
    SpreadsheetApp.newConditionalFormatRule()
      .whenTextStartsWith(COVERAGE_LABEL[c])
      .setBackground(MATRIX_COLOURS.coverage[c])
      .setRanges(coverageRanges)
      .build(),
  );
  if (grid.flagArea) {
    const flag = REPETITION_FLAG(0).split(' (')[0];
    rules.push(
      SpreadsheetApp.newConditionalFormatRule()
        .whenTextStartsWith(flag)
        .setBackground(MATRIX_COLOURS.flag)
        .setBold(true)
        .setRanges([rangeOf(sheet, grid.flagArea)])
        .build(),
    );
  }
  sheet.setConditionalFormatRules(rules);
}

/** The Matrix tab by its stable id (renamed by the worker: still found), else by name, else a new one. */
function matrixSheet(spreadsheet: Spreadsheet, ids: TabIds): Sheet {
  const id = ids.get(MATRIX_TAB);
  const known = id === null ? null : spreadsheet.getSheetById(id);
  if (known) return known;
  const sheet = spreadsheet.getSheetByName(MATRIX_TAB) ?? spreadsheet.insertSheet(MATRIX_TAB);
  ids.set(MATRIX_TAB, sheet.getSheetId());
  return sheet;
}

export function sheetMatrixWriter(spreadsheet: Spreadsheet, ids: TabIds): MatrixWriter {
  return { write: (grid) => writeMatrixSheet(spreadsheet, grid, ids) };
}
