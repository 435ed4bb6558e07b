/** @jest-environment ./tests/support/scriptZoneEnvironment.js */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ValueType, Workbook } from 'exceljs';
import fc from 'fast-check';
import { CASES, REFERRALS } from '../../src/domain/tabs';
import { WorkbookTables } from '../../src/local/workbookTables';
import type { TabSpec } from '../../src/ports';

const PEOPLE: TabSpec = { name: 'Mensen', headers: ['Naam', 'Telefoon', 'Notities'], frozenRows: 1 };

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'workbook-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function file(name = 'register.xlsx'): string {
  return path.join(dir, name);
}

/** Writes a workbook the way a worker might have left it in Excel. */
async function writeRaw(target: string, name: string, rows: unknown[][]): Promise<void> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(name);
  rows.forEach((cells, index) => {
    cells.forEach((value, column) => {
      sheet.getRow(index + 1).getCell(column + 1).value = value as never;
    });
  });
  await workbook.xlsx.writeFile(target);
}

async function rawSheet(target: string, name: string) {
  const workbook = new Workbook();
  await workbook.xlsx.readFile(target);
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

describe('WorkbookTables in memory', () => {
  it('starts empty when the file does not exist and reads an absent tab as empty', async () => {
    const tables = await WorkbookTables.load(file('missing.xlsx'));
    expect(tables.tabNames()).toEqual([]);
    expect(tables.hasTab('Dossiers')).toBe(false);
    expect(tables.read('Dossiers')).toEqual({ headers: [], rows: [] });
  });

  it('appends by header name and reads back with 1-based row numbers and empty cells as ""', () => {
    const tables = new WorkbookTables();
    tables.ensureTab(PEOPLE);
    expect(tables.hasTab('Mensen')).toBe(true);
    expect(
      tables.append('Mensen', [
        { Naam: 'An', Telefoon: '0470 12 34 56' },
        { Notities: 'x', Naam: 'Bo' },
      ]),
    ).toEqual([2, 3]);
    expect(tables.read('Mensen')).toEqual({
      headers: ['Naam', 'Telefoon', 'Notities'],
      rows: [
        { rowNumber: 2, values: { Naam: 'An', Telefoon: '0470 12 34 56', Notities: '' } },
        { rowNumber: 3, values: { Naam: 'Bo', Telefoon: '', Notities: 'x' } },
      ],
    });
    expect(tables.append('Mensen', [{ Naam: 'Cas' }])).toEqual([4]);
  });

  it('reads any header text as a key of the row, in column order, whatever it looks like (fast-check)', () => {
    // Rows are made by a function written per list of headers (workbookTables.ts, rowMaker): her header text
    // must come out as the same keys and values as filling an object key by key would give.
    const header = fc.oneof(
      fc.string({ minLength: 1, maxLength: 12 }),
      fc.constantFrom(
        '__proto__',
        'constructor',
        'toString',
        '2026',
        '0',
        'a"b',
        "it's",
        'back\\slash',
        '\u2028',
        '$' + '{x}',
      ),
    );
    fc.assert(
      fc.property(fc.uniqueArray(header, { minLength: 1, maxLength: 40 }), (headers) => {
        const named = headers.filter((h) => h.trim() !== '');
        fc.pre(named.length > 0 && new Set(named.map((h) => h.trim())).size === named.length);
        const tables = new WorkbookTables();
        const spec: TabSpec = { name: 'Kolommen', headers: named.map((h) => h.trim()) };
        tables.ensureTab(spec);
        const row: Record<string, string | number> = {};
        spec.headers.forEach((h, i) => {
          Object.defineProperty(row, h, { value: i % 2 ? `waarde ${i}` : i, enumerable: true });
        });
        tables.append('Kolommen', [row]);
        tables.forgetSnapshots();
        const values = tables.read('Kolommen').rows[0].values;
        const expected: Record<string, unknown> = {};
        spec.headers.forEach((h, i) => {
          if (h === '__proto__') Object.defineProperty(expected, h, { value: i % 2 ? `waarde ${i}` : i });
          else expected[h] = i % 2 ? `waarde ${i}` : i;
        });
        for (const h of spec.headers) {
          if (h === '__proto__') continue;
          expect(Object.getOwnPropertyDescriptor(values, h)?.value).toBe(expected[h]);
        }
        expect(Object.keys(values).filter((k) => k !== '__proto__')).toEqual(
          Object.keys(expected).filter((k) => k !== '__proto__'),
        );
      }),
      { numRuns: 200, seed: 20261202 },
    );
  });

  it('refuses an unknown column, naming it, and writes nothing', () => {
    const tables = new WorkbookTables();
    tables.ensureTab(PEOPLE);
    expect(() => tables.append('Mensen', [{ Naam: 'An' }, { Naam: 'Bo', Leeftijd: 4 }])).toThrow(/Leeftijd/);
    expect(tables.read('Mensen').rows).toEqual([]);
    tables.append('Mensen', [{ Naam: 'An' }]);
    expect(() => tables.update('Mensen', 2, { Naam: 'Bo', Geboortedatum: 'x' })).toThrow(/Geboortedatum/);
    expect(tables.read('Mensen').rows[0].values.Naam).toBe('An');
  });

  it('refuses writes to a missing tab or to the header row', () => {
    const tables = new WorkbookTables();
    expect(() => tables.append('Nergens', [{ a: 1 }])).toThrow(/Nergens/);
    tables.ensureTab(PEOPLE);
    expect(() => tables.update('Mensen', 1, { Naam: 'x' })).toThrow(/Rij 1/);
  });

  it('updates only the given columns', () => {
    const tables = new WorkbookTables();
    tables.ensureTab(PEOPLE);
    tables.append('Mensen', [{ Naam: 'An', Telefoon: '09 378 61 69', Notities: 'eerst' }]);
    tables.update('Mensen', 2, { Notities: 'later' });
    expect(tables.read('Mensen').rows[0].values).toEqual({ Naam: 'An', Telefoon: '09 378 61 69', Notities: 'later' });
  });

  it('appends missing headers at the end and keeps the existing order and extra columns', () => {
    const tables = new WorkbookTables();
    tables.ensureTab({ name: 'Mensen', headers: ['Notities', 'Eigen kolom', 'Naam'] });
    tables.ensureTab(PEOPLE);
    expect(tables.read('Mensen').headers).toEqual(['Notities', 'Eigen kolom', 'Naam', 'Telefoon']);
  });

  it('skips empty trailing rows and appends right after the last filled row', () => {
    const tables = new WorkbookTables();
    tables.ensureTab(PEOPLE);
    tables.append('Mensen', [{ Naam: 'An' }, { Naam: '' }, { Notities: null }]);
    expect(tables.read('Mensen').rows.map((row) => row.rowNumber)).toEqual([2]);
    expect(tables.append('Mensen', [{ Naam: 'Bo' }])).toEqual([3]);
  });

  it('keeps an empty row in the middle, like a sheet does', () => {
    const tables = new WorkbookTables();
    tables.ensureTab(PEOPLE);
    tables.append('Mensen', [{ Naam: 'An' }, {}, { Naam: 'Cas' }]);
    expect(tables.read('Mensen').rows.map((row) => [row.rowNumber, row.values.Naam])).toEqual([
      [2, 'An'],
      [3, ''],
      [4, 'Cas'],
    ]);
  });

  it('keeps its own copy of dates and hands out read-only rows', () => {
    const tables = new WorkbookTables();
    tables.ensureTab({ name: 'T', headers: ['Wanneer'] });
    const when = new Date('2025-03-14T09:30:00Z');
    tables.append('T', [{ Wanneer: when }]);
    when.setFullYear(2000);
    const row = tables.read('T').rows[0];
    const read = row.values.Wanneer as Date;
    expect(read).toBeInstanceOf(Date);
    expect(() => read.setFullYear(1999)).toThrow(/kan niet veranderd worden/);
    expect(() => {
      (row.values as Record<string, unknown>).Wanneer = 'x';
    }).toThrow();
    const copy = new Date(read.getTime());
    copy.setFullYear(1999);
    expect((tables.read('T').rows[0].values.Wanneer as Date).toISOString()).toBe('2025-03-14T09:30:00.000Z');
  });

  it('hands out the same read-only date again after another cell of its row changed, from a saved file too', async () => {
    const tables = new WorkbookTables();
    tables.ensureTab({ name: 'T', headers: ['Wanneer', 'Notitie'] });
    tables.append('T', [{ Wanneer: new Date('2025-03-14T09:30:00Z'), Notitie: 'a' }]);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'readonly-dates-')), 'w.xlsx');
    await tables.save(file);
    for (const source of [tables, await WorkbookTables.load(file)]) {
      const before = source.read('T').rows[0].values.Wanneer as Date;
      source.update('T', 2, { Notitie: 'b' });
      const after = source.read('T').rows[0].values.Wanneer as Date;
      expect(after).toBe(before);
      expect(() => after.setHours(0)).toThrow(/kan niet veranderd worden/);
      source.update('T', 2, { Wanneer: new Date(after.getTime() + 60_000) });
      expect(before.getTime()).toBe(after.getTime());
      expect((source.read('T').rows[0].values.Wanneer as Date).getTime()).toBe(after.getTime() + 60_000);
    }
  });

  it('counts reads and writes', () => {
    const tables = new WorkbookTables();
    tables.ensureTab(PEOPLE);
    tables.read('Mensen');
    tables.append('Mensen', [{ Naam: 'An' }, { Naam: 'Bo' }]);
    tables.update('Mensen', 2, { Notities: 'x' });
    tables.read('Mensen');
    tables.flush();
    expect(tables.stats).toEqual({ reads: 2, writes: 2 });
  });
});

describe('WorkbookTables on disk', () => {
  it('round-trips every tab in order with values, dates and numbers', async () => {
    const tables = new WorkbookTables();
    tables.ensureTab(CASES);
    tables.ensureTab(REFERRALS);
    const created = new Date(2025, 2, 14, 14, 5, 0);
    tables.append('Dossiers', [
      { Dossiernummer: 'AD-2025-0001', 'Aangemaakt op': created, Voornaam: 'Zoë', Postcode: '9900' },
      { Dossiernummer: 'AD-2025-0002', 'In projectgebied': false, Notities: 'twee\nregels' },
    ]);
    tables.append('Doorverwijzingen', [{ 'Antwoord-ID': 7, Organisatie: 'OCMW Eeklo' }]);
    await tables.save(file());

    const loaded = await WorkbookTables.load(file());
    expect(loaded.tabNames()).toEqual(['Dossiers', 'Doorverwijzingen']);
    expect(loaded.read('Dossiers')).toEqual(tables.read('Dossiers'));
    expect(loaded.read('Doorverwijzingen')).toEqual(tables.read('Doorverwijzingen'));
    expect(fs.existsSync(`${file()}.tmp`)).toBe(false);
  });

  it('writes a bold frozen header, column widths and dates as dates on the local clock', async () => {
    const tables = new WorkbookTables();
    tables.ensureTab(PEOPLE);
    tables.ensureTab({ name: 'T', headers: ['Wanneer'] });
    tables.append('T', [{ Wanneer: new Date(2025, 2, 14, 14, 5, 0) }]);
    await tables.save(file());

    const sheet = await rawSheet(file(), 'T');
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual(10);
    const cell = sheet.getRow(2).getCell(1);
    expect(cell.type).toBe(ValueType.Date);
    expect(cell.numFmt).toBe('dd/mm/yyyy hh:mm');
    expect((cell.value as Date).toISOString()).toBe('2025-03-14T14:05:00.000Z');
  });

  it('keeps the worker’s column order and her own column through load → ensureTab → append → save', async () => {
    await writeRaw(file(), 'Mensen', [
      ['Telefoon', 'Mijn opvolging', 'Naam'],
      ['0470 12 34 56', 'gebeld op maandag', 'An'],
    ]);
    const tables = await WorkbookTables.load(file());
    tables.ensureTab(PEOPLE);
    expect(tables.read('Mensen').headers).toEqual(['Telefoon', 'Mijn opvolging', 'Naam', 'Notities']);
    expect(tables.append('Mensen', [{ Naam: 'Bo', Notities: 'nieuw' }])).toEqual([3]);
    await tables.save(file());

    const reloaded = await WorkbookTables.load(file());
    expect(reloaded.read('Mensen')).toEqual({
      headers: ['Telefoon', 'Mijn opvolging', 'Naam', 'Notities'],
      rows: [
        {
          rowNumber: 2,
          values: { Telefoon: '0470 12 34 56', 'Mijn opvolging': 'gebeld op maandag', Naam: 'An', Notities: '' },
        },
        { rowNumber: 3, values: { Telefoon: '', 'Mijn opvolging': '', Naam: 'Bo', Notities: 'nieuw' } },
      ],
    });
    const sheet = await rawSheet(file(), 'Mensen');
    expect(sheet.getRow(3).getCell(3).value).toBe('Bo');
  });

  it('stores a formula-looking answer as a string cell and reads it back unchanged', async () => {
    const tables = new WorkbookTables();
    tables.ensureTab(PEOPLE);
    const sneaky = [
      '=IMPORTDATA("http://x.example")',
      '+32 470 12 34 56',
      '-5',
      '@foo',
      "'=al met apostrof",
      "'gewoon",
    ];
    tables.append(
      'Mensen',
      sneaky.map((text) => ({ Notities: text })),
    );
    await tables.save(file());

    const sheet = await rawSheet(file(), 'Mensen');
    for (let row = 2; row < 2 + sneaky.length; row++) {
      expect(sheet.getRow(row).getCell(3).type).toBe(ValueType.String);
    }
    expect(sheet.getRow(2).getCell(3).value).toBe('=IMPORTDATA("http://x.example")');
    const reloaded = await WorkbookTables.load(file());
    expect(reloaded.read('Mensen').rows.map((row) => row.values.Notities)).toEqual(sneaky);
  });

  it('converts what a spreadsheet program leaves in cells', async () => {
    await writeRaw(file(), 'Mensen', [
      ['Naam', 'Link', 'Som', 'Zonder resultaat', 'Fout', 'Tekst', 'Getal', 'Ja'],
      [
        { richText: [{ text: 'Jan ' }, { text: 'Peeters', font: { bold: true } }] },
        { text: 'De Kring', hyperlink: 'https://dekring.example' },
        { formula: '1+1', result: 2 },
        { formula: 'A2&"x"' },
        { error: '#N/A' },
        "'=SUM(A1:A3)",
        42,
        true,
      ],
    ]);
    const tables = await WorkbookTables.load(file());
    expect(tables.read('Mensen').rows[0].values).toEqual({
      Naam: 'Jan Peeters',
      Link: 'De Kring',
      Som: 2,
      'Zonder resultaat': '=A2&"x"',
      Fout: '#N/A',
      Tekst: '=SUM(A1:A3)',
      Getal: 42,
      Ja: true,
    });
  });

  it('keeps the worker’s formulas unless the engine overwrites them', async () => {
    await writeRaw(file(), 'Mensen', [
      ['Naam', 'Telefoon', 'Notities', 'Lengte'],
      ['An', '', '', { formula: 'LEN(A2)', result: 2 }],
      ['Bo', '', '', { formula: 'LEN(A3)', result: 2 }],
    ]);
    const tables = await WorkbookTables.load(file());
    tables.update('Mensen', 3, { Lengte: 'vast' });
    await tables.save(file());

    const sheet = await rawSheet(file(), 'Mensen');
    expect(sheet.getRow(2).getCell(4).value).toEqual({ formula: 'LEN(A2)', result: 2 });
    expect(sheet.getRow(3).getCell(4).value).toBe('vast');
  });

  it('ignores empty rows at the bottom of a loaded sheet', async () => {
    await writeRaw(file(), 'Mensen', [['Naam'], ['An'], [''], [null]]);
    const tables = await WorkbookTables.load(file());
    expect(tables.read('Mensen').rows).toHaveLength(1);
    expect(tables.append('Mensen', [{ Naam: 'Bo' }])).toEqual([3]);
  });
});

describe('WorkbookTables cached reads', () => {
  const TAB = { name: 'T', headers: ['A', 'B', 'C'] };
  type Op =
    | { kind: 'append'; rows: Array<Record<string, string>> }
    | { kind: 'update'; row: number; values: Record<string, string> };
  const value = fc.constantFrom('', 'x', 'y', '=1+1', '0470');
  const row = fc.record({ A: value, B: value, C: value }, { requiredKeys: [] });
  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.record({ kind: fc.constant('append' as const), rows: fc.array(row, { maxLength: 3 }) }),
    fc.record({ kind: fc.constant('update' as const), row: fc.integer({ min: 2, max: 9 }), values: row }),
  );

  it('read after any appends and updates equals a read rebuilt from the cells', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        const cached = new WorkbookTables();
        const fresh = new WorkbookTables();
        for (const tables of [cached, fresh]) {
          tables.ensureTab(TAB);
          tables.read('T');
        }
        for (const o of ops) {
          for (const tables of [cached, fresh]) {
            if (o.kind === 'append') tables.append('T', o.rows);
            else tables.update('T', o.row, o.values);
          }
          fresh.forgetSnapshots();
          expect(cached.read('T')).toEqual(fresh.read('T'));
        }
      }),
    );
  });
});
