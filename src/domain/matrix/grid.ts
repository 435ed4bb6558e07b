import { formatDayNl } from './calendar';
import { actionLabel, type CellResult, type Funnel, type MatrixReport } from './compute';
import {
  COVERAGE_HELP,
  COVERAGE_LABEL,
  type Coverage,
  FUNNEL_HEADERS,
  MATRIX_TEXT,
  REPETITION_FLAG,
  REPETITION_HEADERS,
} from './texts';

/**
 * The Matrix tab as a grid of values plus where its formats go. Both worlds write this grid: Apps Script with one
 * setValues and a few format calls (gas/matrix/sheet.ts), the local twin into the workbook.
 */

export type GridValue = string | number;

export interface GridArea {
  /** 1-based, like a sheet range. */
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export interface MatrixGrid {
  rows: GridValue[][];
  width: number;
  height: number;
  frozenRows: number;
  frozenColumns: number;
  /** Rows (1-based) of section titles. */
  titleRows: number[];
  /** Rows (1-based) of table headers. */
  headerRows: number[];
  /** The target groups × actions cells and the legend cells: coloured by their first words. */
  coverageAreas: GridArea[];
  /** The repetition table's signal column: coloured when it flags too few channels. */
  flagArea: GridArea | null;
}

export const COVERAGE_ORDER: readonly Exclude<Coverage, 'leeg'>[] = [
  'gedaan',
  'deels',
  'nog-niet',
  'gepland',
  'zonder-plan',
];

/** The text of one matrix cell: the coverage words first (the colour depends on them), then the details. */
export function cellText(cell: CellResult): string {
  if (cell.coverage === 'leeg') return '';
  const lines = [
    cell.planned > 0
      ? `${COVERAGE_LABEL[cell.coverage]} (${MATRIX_TEXT.cellCount(cell.planned, cell.done)})`
      : COVERAGE_LABEL[cell.coverage],
  ];
  if (cell.partners.length > 0) lines.push(cell.partners.join(', '));
  if (cell.lastDay !== null) lines.push(MATRIX_TEXT.last(cell.lastDay));
  else if (cell.nextDay !== null) lines.push(MATRIX_TEXT.next(cell.nextDay));
  const brought = MATRIX_TEXT.brought(cell.households, cell.connected);
  if (brought !== '') lines.push(brought);
  return lines.join('\n');
}

export function funnelValues(f: Funnel): GridValue[] {
  return [
    f.reached,
    f.onSpot,
    f.registrations,
    f.referrals,
    f.households,
    f.contacted,
    f.connected,
    f.helped,
    f.medianDays === null ? MATRIX_TEXT.none : f.medianDays,
  ];
}

export function buildGrid(report: MatrixReport): MatrixGrid {
  const groupNames = report.groups.map((g) => g.group.name);
  const rows: GridValue[][] = [];
  const titleRows: number[] = [];
  const headerRows: number[] = [];
  const coverageAreas: GridArea[] = [];
  const add = (cells: GridValue[]) => {
    rows.push(cells);
    return rows.length;
  };
  const title = (text: string) => titleRows.push(add([text]));
  const header = (cells: GridValue[]) => headerRows.push(add(cells));

  add([MATRIX_TEXT.notice(report.today)]);
  title(MATRIX_TEXT.title);
  header([
    MATRIX_TEXT.actionHeader,
    ...groupNames,
    MATRIX_TEXT.partnersHeader,
    MATRIX_TEXT.plannedDoneHeader,
    MATRIX_TEXT.lastHeader,
  ]);
  const firstCell = rows.length + 1;
  report.actions.forEach((a, i) => {
    add([
      actionLabel(a.action),
      ...report.cells[i].map(cellText),
      a.partners.join(', '),
      MATRIX_TEXT.plannedDone(a.planned, a.done),
      a.lastDay !== null ? formatDayNl(a.lastDay) : a.nextDay !== null ? MATRIX_TEXT.next(a.nextDay) : '',
    ]);
  });
  if (report.actions.length > 0 && groupNames.length > 0)
    coverageAreas.push({ row: firstCell, column: 2, numRows: report.actions.length, numColumns: groupNames.length });

  add([]);
  title(MATRIX_TEXT.legendTitle);
  const legendStart = rows.length + 1;
  for (const c of COVERAGE_ORDER) add([COVERAGE_LABEL[c], COVERAGE_HELP[c]]);
  coverageAreas.push({ row: legendStart, column: 1, numRows: COVERAGE_ORDER.length, numColumns: 1 });

  add([]);
  title(MATRIX_TEXT.funnelActionsTitle);
  header([MATRIX_TEXT.actionHeader, ...FUNNEL_HEADERS, MATRIX_TEXT.placesHeader]);
  for (const a of report.actions) add([actionLabel(a.action), ...funnelValues(a.funnel), a.places.join(', ')]);
  add([MATRIX_TEXT.unknownChannel, ...funnelValues(report.unknownChannel)]);
  add([MATRIX_TEXT.noAction, ...funnelValues(report.noAction)]);

  add([]);
  title(MATRIX_TEXT.funnelGroupsTitle);
  header(['Doelgroep', ...FUNNEL_HEADERS]);
  for (const g of report.groups) add([g.group.name, ...funnelValues(g.funnel)]);
  add([MATRIX_TEXT.unknownGroup, ...funnelValues(report.unknownGroup)]);
  add([MATRIX_TEXT.funnelNote]);

  add([]);
  title(MATRIX_TEXT.repetitionTitle);
  header([...REPETITION_HEADERS]);
  const repetitionStart = rows.length + 1;
  for (const g of report.groups)
    add([
      g.group.name,
      g.channels.length,
      g.times,
      g.channels.join(', '),
      g.flagged ? REPETITION_FLAG(report.settings.minChannels) : 'ok',
    ]);

  add([]);
  title(MATRIX_TEXT.signalsTitle);
  if (report.signals.length === 0) add([MATRIX_TEXT.noSignals]);
  for (const s of report.signals) add([s.text]);

  const width = Math.max(...rows.map((r) => r.length), 1);
  const padded = rows.map((r) => [...r, ...new Array<GridValue>(width - r.length).fill('')]);
  return {
    rows: padded,
    width,
    height: padded.length,
    frozenRows: 3,
    frozenColumns: 1,
    titleRows,
    headerRows,
    coverageAreas,
    flagArea:
      report.groups.length > 0
        ? { row: repetitionStart, column: REPETITION_HEADERS.length, numRows: report.groups.length, numColumns: 1 }
        : null,
  };
}
