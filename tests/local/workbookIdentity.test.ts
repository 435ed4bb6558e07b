/** @jest-environment ./tests/support/scriptZoneEnvironment.js */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Workbook } from 'exceljs';
import { setupWorkbook } from '../../src/app/setupWorkbook';
import { CASES } from '../../src/domain/tabs';
import { localPorts } from '../../src/local/localPorts';
import { META_SHEET, WorkbookTables } from '../../src/local/workbookTables';
import type { TabSpec } from '../../src/ports';

let dir: string;
let file: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'identity-'));
  file = path.join(dir, 'werkboek.xlsx');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const PEOPLE: TabSpec = { name: 'Mensen', headers: ['Nummer', 'Naam', 'Telefoon'] };

/** What the worker does in a spreadsheet program: change the file and save it (exceljs stands in for Excel). */
async function edit(change: (book: Workbook) => void): Promise<void> {
  const book = new Workbook();
  await book.xlsx.readFile(file);
  change(book);
  await book.xlsx.writeFile(file);
}

async function startingWorkbook(): Promise<void> {
  const tables = new WorkbookTables();
  tables.ensureTab(PEOPLE);
  tables.append('Mensen', [{ Nummer: 'DT-1', Naam: 'An', Telefoon: '0470 12 34 56' }]);
  tables.properties.set('teller.DT.2026', '17');
  await tables.save(file);
}

describe('the twin finds its tabs by id and its columns by header', () => {
  it('follows a renamed tab: reads and writes the same sheet, makes no new one', async () => {
    await startingWorkbook();
    await edit((book) => {
      book.getWorksheet('Mensen')!.name = 'Mijn mensen';
    });
    const tables = await WorkbookTables.load(file);
    tables.ensureTab(PEOPLE);
    expect(tables.sheetName('Mensen')).toBe('Mijn mensen');
    expect(tables.read('Mensen').rows.map((r) => r.values.Naam)).toEqual(['An']);
    tables.append('Mensen', [{ Nummer: 'DT-2', Naam: 'Bo' }]);
    await tables.save(file);

    const book = new Workbook();
    await book.xlsx.readFile(file);
    expect(book.worksheets.filter((s) => s.state === 'visible').map((s) => s.name)).toEqual(['Mijn mensen']);
    expect(book.getWorksheet('Mijn mensen')!.getRow(3).getCell(2).value).toBe('Bo');
  });

  it('stops with a Dutch message naming the tab and header when she renamed or cleared a header, and changes nothing', async () => {
    await startingWorkbook();
    await edit((book) => {
      book.getWorksheet('Mensen')!.getCell('C1').value = 'Gsm';
    });
    const before = fs.readFileSync(file);
    const tables = await WorkbookTables.load(file);
    expect(() => tables.ensureTab(PEOPLE)).toThrow(/tabblad "Mensen" ontbreekt de kolom "Telefoon"/);
    expect(tables.read('Mensen').headers).toEqual(['Nummer', 'Naam', 'Gsm']);
    expect(fs.readFileSync(file).equals(before)).toBe(true);

    await edit((book) => {
      book.getWorksheet('Mensen')!.getCell('C1').value = null;
    });
    await expect(WorkbookTables.load(file).then((t) => t.ensureTab(PEOPLE))).rejects.toThrow(
      /ontbreekt de kolom "Telefoon"/,
    );
  });

  it('stops on a required header that is there twice', async () => {
    await startingWorkbook();
    await edit((book) => {
      book.getWorksheet('Mensen')!.getCell('D1').value = 'Naam';
    });
    const tables = await WorkbookTables.load(file);
    expect(() => tables.ensureTab(PEOPLE)).toThrow(/"Mensen" staat de kolom "Naam" 2 keer/);
  });

  it('adds a header a newer version needs, but never one it created before', async () => {
    await startingWorkbook();
    const tables = await WorkbookTables.load(file);
    tables.ensureTab({ name: 'Mensen', headers: [...PEOPLE.headers, 'E-mail'] });
    expect(tables.read('Mensen').headers).toEqual(['Nummer', 'Naam', 'Telefoon', 'E-mail']);
  });

  it('refuses to make a deleted tab again (that would restart its numbers), unless she makes an empty one herself', async () => {
    await startingWorkbook();
    await edit((book) => {
      book.addWorksheet('Eigen tab').getCell('A1').value = 'van mij';
      book.removeWorksheet(book.getWorksheet('Mensen')!.id);
    });
    const tables = await WorkbookTables.load(file);
    expect(() => tables.ensureTab(PEOPLE)).toThrow(/tabblad "Mensen" is verwijderd[\s\S]*reservekopie/);

    await edit((book) => {
      book.addWorksheet('Mensen');
    });
    const again = await WorkbookTables.load(file);
    again.ensureTab(PEOPLE);
    expect(again.read('Mensen').headers).toEqual(PEOPLE.headers);
  });

  it('keeps the properties (reference counters, cursors) in the workbook, in a very hidden sheet', async () => {
    await startingWorkbook();
    const tables = await WorkbookTables.load(file);
    const ports = localPorts(tables, { send: () => undefined, remainingQuota: () => 1 }, { now: () => new Date() });
    expect(ports.properties.get('teller.DT.2026')).toBe('17');
    ports.properties.set('teller.DT.2026', '18');
    ports.properties.set('cursor', 'a=b;c');
    ports.properties.delete('niet-er');
    await tables.save(file);

    const reloaded = await WorkbookTables.load(file);
    expect(reloaded.properties.get('teller.DT.2026')).toBe('18');
    expect(reloaded.properties.get('cursor')).toBe('a=b;c');
    expect(reloaded.tabNames()).toEqual(['Mensen']);
    const book = new Workbook();
    await book.xlsx.readFile(file);
    expect(book.getWorksheet(META_SHEET)!.state).toBe('veryHidden');
  });

  it('runs setup on a workbook where she renamed Dossiers without making a new Dossiers tab', async () => {
    const tables = new WorkbookTables();
    setupWorkbook(tables);
    await tables.save(file);
    await edit((book) => {
      book.getWorksheet(CASES.name)!.name = 'Huishoudens';
    });
    const reloaded = await WorkbookTables.load(file);
    setupWorkbook(reloaded);
    expect(reloaded.sheetName(CASES.name)).toBe('Huishoudens');
    await reloaded.save(file);
    const book = new Workbook();
    await book.xlsx.readFile(file);
    expect(book.getWorksheet(CASES.name)).toBeUndefined();
    expect(book.getWorksheet('Huishoudens')).toBeDefined();
  });
});
