/** @jest-environment ./tests/support/scriptZoneEnvironment.js */

import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { type Cell, Workbook, type Worksheet } from 'exceljs';
import { FORMS } from '../../src/domain/forms/registry';
import { MATRIX_TAB } from '../../src/domain/matrix/tabs';
import { ALL_TABS } from '../../src/domain/tabs';
import { responseHeaders } from '../../src/local/responseTab';
import { LISTS_SHEET, META_SHEET } from '../../src/local/workbookTables';

/**
 * The worker's own work survives `npm start` and `import`: a workbook made by the twin, then edited the way a
 * worker edits it in Excel (exceljs stands in: fills, fonts, borders, comments, column widths, a filter, a
 * conditional format, her own column with formulas and her own dropdown, her own tab with formulas), then
 * run through another month and an import. Compared cell by cell and style by style, outside the script's cells.
 */
const cli = path.resolve('build/local/cli.cjs');
const MONTH_ONE = '2026-10';
const MONTH_TWO = '2026-11';

/** Columns the script writes, per tab (headers of its specs and of the response tabs). */
const SCRIPT_COLUMNS = new Map<string, Set<string>>();
for (const [name, headers] of [
  ...ALL_TABS.map((t) => [t.name, t.headers] as const),
  ...FORMS.map((f) => [f.responseTab, responseHeaders(f)] as const),
]) {
  const set = SCRIPT_COLUMNS.get(name) ?? new Set<string>();
  for (const h of headers) set.add(h);
  SCRIPT_COLUMNS.set(name, set);
}

const YELLOW = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } } as const;

function styleOf(cell: Cell, withNumFmt: boolean): string {
  const { font, fill, border, alignment, protection, numFmt } = cell.style;
  return JSON.stringify({ font, fill, border, alignment, protection, numFmt: withNumFmt ? numFmt : undefined });
}

interface Picture {
  /** "row:col" → value + style, for every cell that exists. */
  cells: Map<string, { value: string; style: string; scriptCell: boolean; styleAll: string }>;
  widths: Array<number | undefined>;
  autoFilter: unknown;
  conditional: string;
  validations: Record<string, unknown>;
  comments: Map<string, string>;
  state: string;
}

function picture(sheet: Worksheet, scriptName?: string): Picture {
  const headers = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? '').trim());
  const script = SCRIPT_COLUMNS.get(scriptName ?? sheet.name) ?? new Set<string>();
  // A tab the script generates whole (the outreach matrix) is the script's in every cell, its first row too.
  const generated = (scriptName ?? sheet.name) === MATRIX_TAB;
  const cells: Picture['cells'] = new Map();
  const comments = new Map<string, string>();
  sheet.eachRow({ includeEmpty: true }, (row, r) => {
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const scriptCell = generated || (r > 1 && script.has(headers[c] ?? ''));
      cells.set(`${r}:${c}`, {
        value: JSON.stringify(cell.value),
        style: styleOf(cell, false),
        styleAll: styleOf(cell, true),
        scriptCell,
      });
      if (cell.note) comments.set(`${r}:${c}`, JSON.stringify(cell.note));
    });
  });
  return {
    cells,
    widths: Array.from({ length: Math.max(sheet.columnCount, 30) }, (_, i) => sheet.getColumn(i + 1).width),
    autoFilter: sheet.autoFilter,
    conditional: JSON.stringify((sheet as unknown as { conditionalFormattings: unknown }).conditionalFormattings),
    validations: (sheet as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model,
    comments,
    state: sheet.state,
  };
}

/** Everything of hers is there as it was; in the script's cells only values may differ (style kept). */
function expectKept(before: Picture, after: Picture, label: string): void {
  for (const [key, cell] of before.cells) {
    const now = after.cells.get(key);
    const where = `${label} ${key}`;
    // Her style (fill, font, border, alignment) stays on every cell, also where the script writes a value.
    if (cell.style !== '{}') expect({ where, style: now?.style }).toEqual({ where, style: cell.style });
    if (!cell.scriptCell) {
      expect({ where, value: now?.value, style: now?.styleAll }).toEqual({
        where,
        value: cell.value,
        style: cell.styleAll,
      });
    }
  }
  expect(after.comments).toEqual(before.comments);
  expect({ label, widths: after.widths }).toEqual({ label, widths: before.widths });
  expect({ label, conditional: after.conditional }).toEqual({ label, conditional: before.conditional });
  expect(after.state).toBe(before.state);
  for (const [address, rule] of Object.entries(before.validations)) {
    if (JSON.stringify(rule).includes('Keuzelijsten')) continue;
    expect({ label, address, rule: after.validations[address] }).toEqual({ label, address, rule });
  }
}

describe('the twin keeps the worker’s workbook', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keeps-'));
  const workbook = path.join(dir, 'werkboek.xlsx');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  let before: Map<string, Picture>;
  let statusColumn: string;

  beforeAll(async () => {
    execFileSync('node', [cli, '--workbook', workbook, '--new', '--month', MONTH_ONE], { encoding: 'utf8' });
    const book = new Workbook();
    await book.xlsx.readFile(workbook);
    const cases = book.getWorksheet('Dossiers')!;
    const headers = (cases.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
    const statusIndex = headers.indexOf('Status');
    statusColumn = cases.getColumn(statusIndex).letter;
    const last = cases.rowCount;
    // Her colours, fonts, borders and a comment, on the header and on data cells (also in script columns).
    // (exceljs shares one style object between cells with the same style: give each cell its own.)
    const restyle = (address: string, style: Partial<Cell['style']>) => {
      const cell = cases.getCell(address);
      cell.style = { ...cell.style, ...style };
    };
    restyle('A1', { fill: YELLOW });
    restyle('B2', { fill: YELLOW });
    restyle(`${statusColumn}2`, { font: { italic: true, color: { argb: 'FFFF0000' } } });
    restyle('C3', { border: { bottom: { style: 'thick', color: { argb: 'FF0000FF' } } } });
    cases.getCell('C3').note = 'Gebeld, niet opgenomen';
    cases.getColumn(2).width = 33;
    cases.getColumn(3).width = 7;
    cases.autoFilter = `A1:${cases.getColumn(headers.length - 1).letter}${last}`;
    cases.addConditionalFormatting({
      ref: `${statusColumn}2:${statusColumn}${last}`,
      rules: [
        {
          type: 'containsText',
          operator: 'containsText',
          text: 'Afgesloten',
          priority: 1,
          style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFC6EFCE' } } },
        },
      ],
    });
    // Her own column with a formula per row and her own dropdown.
    const mine = headers.length;
    cases.getCell(1, mine).value = 'Mijn telling';
    cases.getCell(1, mine + 1).value = 'Mijn keuze';
    for (let r = 2; r <= last; r++) {
      cases.getCell(r, mine).value = { formula: `LEN(B${r})`, result: 0 };
      cases.getCell(r, mine + 1).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: ['"ja,nee,later"'],
      };
    }
    cases.getCell(2, mine + 1).value = 'later';
    // Her own tab with formulas over the script's tabs.
    const own = book.addWorksheet('Mijn overzicht');
    own.getCell('A1').value = 'Dossiers';
    own.getCell('B1').value = { formula: 'COUNTA(Dossiers!A:A)-1', result: last - 1 };
    own.getCell('A1').font = { bold: true, size: 14 };
    own.getColumn(1).width = 40;
    own.getCell('A2').note = 'Mijn eigen tabblad';
    await book.xlsx.writeFile(workbook);

    const edited = new Workbook();
    await edited.xlsx.readFile(workbook);
    before = new Map(edited.worksheets.map((s) => [s.name, picture(s)]));

    execFileSync('node', [cli, '--workbook', workbook, '--month', MONTH_TWO], { encoding: 'utf8' });
    execFileSync(
      'node',
      [cli, 'import', 'aanmelding', path.resolve('tests/fixtures/aanmelding-export.csv'), '--workbook', workbook],
      { encoding: 'utf8' },
    );
  }, 180_000);

  it('keeps every cell, style, comment, width, conditional format and dropdown of hers, in every tab', async () => {
    const book = new Workbook();
    await book.xlsx.readFile(workbook);
    for (const [name, was] of before) {
      if (name === META_SHEET || name === LISTS_SHEET) continue; // the twin's own bookkeeping
      const sheet = book.getWorksheet(name);
      expect({ name, present: Boolean(sheet) }).toEqual({ name, present: true });
      expectKept(was, picture(sheet!), name);
    }
  });

  it('adds the month and the import to the register, and keeps the Status dropdown and her filter over the new rows', async () => {
    const book = new Workbook();
    await book.xlsx.readFile(workbook);
    const cases = book.getWorksheet('Dossiers')!;
    const was = before.get('Dossiers')!;
    const rowsBefore = Math.max(...[...was.cells.keys()].map((k) => Number(k.split(':')[0])));
    expect(cases.rowCount).toBeGreaterThan(rowsBefore);
    const validations = picture(cases).validations;
    const status = Object.entries(validations).find(([, rule]) => JSON.stringify(rule).includes('Keuzelijsten'));
    expect(status).toBeDefined();
    expect(cases.getCell(`${statusColumn}${cases.rowCount}`).dataValidation).toMatchObject({ type: 'list' });
    expect(String(cases.autoFilter)).toMatch(new RegExp(`:[A-Z]+${cases.rowCount}$`));
    // Her formulas are formulas still, also in her own tab.
    expect(cases.getCell(2, (cases.getRow(1).values as unknown[]).indexOf('Mijn telling')).formula).toBe('LEN(B2)');
    expect(book.getWorksheet('Mijn overzicht')!.getCell('B1').formula).toBe('COUNTA(Dossiers!A:A)-1');
  });

  it('keeps the previous file as a backup before each save', () => {
    expect(fs.existsSync(`${workbook}.bak`)).toBe(true);
    expect(fs.statSync(`${workbook}.bak`).size).toBeGreaterThan(10_000);
  });
});
