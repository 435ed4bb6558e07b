/** @jest-environment ./tests/support/scriptZoneEnvironment.js */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { registrationForm } from '../../forms/registration';
import { reprocessReview } from '../../src/app/reprocessReview';
import { REVIEW_STATUS } from '../../src/app/reviewQueue';
import { cellText } from '../../src/domain/common/table';
import { REVIEW } from '../../src/domain/tabs';
import { decodeCsv, detectDelimiter, parseFormsTimestamp } from '../../src/local/csv';
import { EmlOutbox } from '../../src/local/emlOutbox';
import { importCsv, readFormsCsv } from '../../src/local/importCsv';
import { localPorts } from '../../src/local/localPorts';
import { WorkbookTables } from '../../src/local/workbookTables';

/** Files as people really export them: Excel in Belgium, CSV UTF-8 with a BOM, US dates, doubles, bad stamps. */
const BE = path.resolve('tests/fixtures/aanmelding-excel-be.csv');
const US = path.resolve('tests/fixtures/aanmelding-utf8-bom-us.csv');
const NOW = new Date(2026, 11, 1, 12, 0);

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-files-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function ports(tables: WorkbookTables) {
  const clock = { now: () => new Date(NOW.getTime()) };
  return localPorts(tables, new EmlOutbox({ dir: path.join(dir, 'outbox'), from: 'x@dekring.example', clock }), clock);
}

describe('reading real exports', () => {
  it('reads a Belgian Excel file: Windows-1252, semicolons, day/month dates, and says which encoding it used', () => {
    const csv = readFormsCsv(registrationForm, fs.readFileSync(BE), NOW);
    expect(csv.encoding).toBe('Windows-1252');
    expect(csv.delimiter).toBe(';');
    expect(csv.warnings[0]).toMatch(/gelezen als Windows-1252/);
    expect(csv.responses.map((r) => r.answers['Uw voornaam'])).toEqual(['Noël', 'François']);
    expect(csv.responses[1].answers['Uw familienaam']).toBe('Dubois-Çelik');
    expect(csv.responses[1].answers['Uw straat en huisnummer']).toBe('Kerkstraat 4; achterdeur');
    expect(csv.responses[0].timestamp).toEqual(new Date(2026, 10, 24, 9, 5, 0));
    expect(csv.responses[1].timestamp).toEqual(new Date(2026, 10, 3, 14, 40, 59));
    expect(csv.duplicatesInFile).toBe(1);
    expect(csv.unreadable.map((u) => u.stamp)).toEqual(['gisteren', '31/11/2026 10:00:00']);
    expect(csv.unreadable[0].reason).toMatch(/Het tijdstip "gisteren" is onleesbaar[\s\S]*Ontvangen op/);
  });

  it('reads CSV UTF-8 with a BOM and US month/day dates, decided from the rows that can only be US', () => {
    const csv = readFormsCsv(registrationForm, fs.readFileSync(US), NOW);
    expect(csv.encoding).toBe('UTF-8 met BOM');
    expect(csv.delimiter).toBe(',');
    expect(csv.responses.map((r) => r.timestamp)).toEqual([
      new Date(2026, 10, 24, 9, 5, 0),
      new Date(2026, 10, 5, 16, 20, 0),
    ]);
    expect(csv.responses[0].answers['Uw voornaam']).toBe('Zoë');
    expect(csv.warnings).toContain('De data zijn gelezen als maand/dag/jaar (Amerikaanse notatie).');
    expect(csv.duplicatesInFile).toBe(1);
    expect(csv.unreadable).toHaveLength(1);
    expect(csv.unreadable[0].reason).toMatch(/kan niet kloppen \(in de toekomst\)/);
  });

  it('knows the encodings and separators people use', () => {
    expect(decodeCsv(Buffer.from('a,b\nNoël,1', 'utf8')).encoding).toBe('UTF-8');
    expect(decodeCsv(Buffer.from([0x4e, 0x6f, 0xeb, 0x6c])).text).toBe('Noël');
    expect(decodeCsv(Buffer.from('\ufeffa\tb', 'utf16le')).encoding).toBe('UTF-16');
    expect(detectDelimiter('"a,b";c;d\n1,2')).toBe(';');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    expect(parseFormsTimestamp('11/24/2026 9:05:00', 'mdy')).toEqual(new Date(2026, 10, 24, 9, 5, 0));
    expect(parseFormsTimestamp('24/11/2026 9:05:00', 'mdy')).toBeNull();
    expect(parseFormsTimestamp('29/02/2026 9:05:00')).toBeNull();
    expect(parseFormsTimestamp('24.11.2026 21:05')).toEqual(new Date(2026, 10, 24, 21, 5, 0));
  });
});

describe('importing them', () => {
  it('stores accents as typed, each row once, and sends unreadable stamps to Te controleren; the worker fixes one offline', async () => {
    const tables = new WorkbookTables();
    const p = ports(tables);
    const report = importCsv(tables, p, registrationForm, BE, NOW);
    expect(report).toMatchObject({ rows: 5, duplicatesInFile: 1, added: 2, unreadable: 2, encoding: 'Windows-1252' });
    const answers = tables.read(registrationForm.responseTab).rows;
    expect(answers.map((r) => r.values['Uw voornaam'])).toEqual(['Noël', 'François']);
    const review = tables.read(REVIEW.name).rows.filter((r) => cellText(r.values['Ontvangen op']) === 'gisteren');
    expect(review).toHaveLength(1);
    expect(cellText(review[0].values.Reden)).toMatch(/onleesbaar/);
    expect(cellText(review[0].values.Antwoorden)).toMatch(/Marie/);

    // A second import of the same file adds nothing.
    const again = importCsv(tables, p, registrationForm, BE, NOW);
    expect(again).toMatchObject({ added: 0, alreadyThere: 2 });
    expect(tables.read(REVIEW.name).rows.filter((r) => cellText(r.values['Ontvangen op']) === 'gisteren')).toHaveLength(
      1,
    );

    // She writes the right date and asks to process it again (offline, `npm start -- review`).
    tables.update(REVIEW.name, review[0].rowNumber, {
      'Ontvangen op': new Date(2026, 10, 20, 10, 0),
      Status: REVIEW_STATUS.redo,
    });
    const result = reprocessReview(p);
    expect(result.done).toBe(1);
    const row = tables.read(REVIEW.name).rows.find((r) => r.rowNumber === review[0].rowNumber)!;
    expect(row.values.Status).toBe(REVIEW_STATUS.done);
    expect(cellText(row.values.Resultaat)).toMatch(/^DT-/);
  });

  it('cuts an answer longer than a cell holds, visibly, and sends its row to Te controleren', async () => {
    const csv = path.join(dir, 'lang.csv');
    const header = fs.readFileSync(path.resolve('tests/fixtures/aanmelding-export.csv'), 'utf8').split(/\r?\n/)[0];
    const long = 'x'.repeat(40_000);
    fs.writeFileSync(
      csv,
      `${header}\n2026/11/24 10:15:02 AM GMT+1,Olena,Melnyk,0486 55 44 33,Kerkstraat 4,9971,Goedkoper internet,Bij een digispreekuur,Oekraïens,"${long}",Ik wil hulp. De Kring mag mijn gegevens bewaren om mij te helpen. Ik mag altijd vragen om ze te wissen.\n`,
    );
    const tables = new WorkbookTables();
    const report = importCsv(tables, ports(tables), registrationForm, csv, NOW);
    expect(report.truncated).toBe(1);
    const stored = cellText(
      tables.read(registrationForm.responseTab).rows[0].values[
        registrationForm.questions.find((q) => q.id === 'filledBy')!.title
      ],
    );
    expect(stored.length).toBeLessThanOrEqual(32_767);
    expect(stored).toMatch(/…\[ingekort: 40000 tekens\]$/);
    const review = tables.read(REVIEW.name).rows;
    expect(review).toHaveLength(1);
    expect(cellText(review[0].values.Reden)).toMatch(/ingekort/);
    await tables.save(path.join(dir, 'w.xlsx'));
    const reloaded = await WorkbookTables.load(path.join(dir, 'w.xlsx'));
    expect(reloaded.read(registrationForm.responseTab).rows).toHaveLength(1);
  });
});
