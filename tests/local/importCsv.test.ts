/** @jest-environment ./tests/support/scriptZoneEnvironment.js */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Workbook } from 'exceljs';
import { registrationForm } from '../../forms/registration';
import { parseCsv, parseFormsTimestamp } from '../../src/local/csv';
import { formByName, readFormsCsv } from '../../src/local/importCsv';

const FIXTURE = path.resolve('tests/fixtures/aanmelding-export.csv');

describe('Google Forms CSV', () => {
  it('parses quoted fields, doubled quotes, line breaks in a field, CRLF and a BOM', () => {
    expect(parseCsv('\uFEFFa,b\r\n"x, y","He said ""hi"""\r\n"line\nbreak",\r\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'He said "hi"'],
      ['line\nbreak', ''],
    ]);
    expect(() => parseCsv('"open')).toThrow(/aanhalingstekens/);
  });

  it.each([
    ['2026/11/24 2:40:59 PM GMT+1', '2026-11-24T13:40:59.000Z'],
    ['2026/11/24 12:05:00 AM GMT+1', '2026-11-23T23:05:00.000Z'],
    ['2026/07/01 09:00:00 CEST', '2026-07-01T07:00:00.000Z'],
    ['2026-11-24T13:40:59.000Z', '2026-11-24T13:40:59.000Z'],
  ])('reads the timestamp %s', (text, iso) => {
    expect(parseFormsTimestamp(text)?.toISOString()).toBe(iso);
  });

  it('reads the Dutch sheet shape in local time, and refuses nonsense', () => {
    expect(parseFormsTimestamp('24/11/2026 14:40:59')).toEqual(new Date(2026, 10, 24, 14, 40, 59));
    expect(parseFormsTimestamp('gisteren')).toBeNull();
  });

  it('finds the form by key or by name', () => {
    expect(formByName('aanmelding')).toBe(registrationForm);
    expect(formByName('Schenking')?.key).toBe('schenking');
    expect(formByName('onbestaand')).toBeUndefined();
  });

  it('says which question is missing from the export (a form that drifted)', () => {
    const text = fs.readFileSync(FIXTURE, 'utf8').replace('Uw postcode', 'Postcode');
    expect(() => readFormsCsv(registrationForm, text)).toThrow(
      'Deze vragen van "Aanmelden bij Allemaal Digi.Taal" staan niet in het CSV-bestand: "Uw postcode".',
    );
  });
});

describe('npm start -- import (built CLI)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'digitaal-import-'));
  const workbook = path.join(dir, 'werkboek.xlsx');
  const cli = path.resolve('build/local/cli.cjs');
  const run = () =>
    execFileSync('node', [cli, 'import', 'aanmelding', FIXTURE, '--workbook', workbook, '--new'], { encoding: 'utf8' });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('takes the export in like Google would: cases, attribution, refused rows in the review tab; once', async () => {
    const out = run();
    expect(out).toContain('4 rijen gelezen');
    expect(out).toMatch(/nieuw in het werkboek: 4\n/);
    const book = new Workbook();
    await book.xlsx.readFile(workbook);
    const rows = (name: string) => {
      const sheet = book.getWorksheet(name)!;
      const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
      const out: Record<string, unknown>[] = [];
      sheet.eachRow((row, n) => {
        if (n > 1) out.push(Object.fromEntries(headers.map((h, i) => [h, row.getCell(i + 1).value])));
      });
      return out;
    };
    expect(rows(registrationForm.responseTab)).toHaveLength(4);
    expect(rows('Dossiers').map((r) => [r.Voornaam, r.Telefoon, r.Gemeente])).toEqual([
      ['Olena', '+32 486 55 44 33', 'Kaprijke'],
      ['Said', '+32 485 11 22 33', 'Eeklo'],
    ]);
    expect(rows('Aanmeldingen').map((r) => r.Actiecode)).toEqual(['A05', 'A03']);
    const review = rows('Te controleren');
    expect(review.map((r) => r.Reden)).toEqual([
      expect.stringContaining('"0470 12" is geen geldig telefoonnummer'),
      expect.stringMatching(/"Eecloo" is geen Belgische postcode[\s\S]*"Akkoord" is niet bevestigd/),
    ]);
    expect(review[0]['Rij in antwoordtab']).toBe(4);

    expect(run()).toMatch(/4 rijen gelezen[\s\S]*nieuw in het werkboek: 0\n[\s\S]*stonden er al: *4/);
    const again = new Workbook();
    await again.xlsx.readFile(workbook);
    expect(again.getWorksheet('Dossiers')!.actualRowCount).toBe(3);
    expect(again.getWorksheet('Te controleren')!.actualRowCount).toBe(3);
  });
});

describe('npm start -- import for the other forms', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'digitaal-import2-'));
  const workbook = path.join(dir, 'werkboek.xlsx');
  const cli = path.resolve('build/local/cli.cjs');
  const run = (form: string, file: string) =>
    execFileSync('node', [cli, 'import', form, path.resolve('tests/fixtures', file), '--workbook', workbook, '--new'], {
      encoding: 'utf8',
    });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('field notes and donations land in Veldwerk and Schenkingen; a bad count goes to review', async () => {
    expect(run('veldwerk', 'veldwerk-export.csv')).toMatch(/2 rijen gelezen[\s\S]*nieuw in het werkboek: 2\n/);
    expect(run('schenking', 'schenking-export.csv')).toMatch(/1 rijen gelezen[\s\S]*nieuw in het werkboek: 1\n/);
    const book = new Workbook();
    await book.xlsx.readFile(workbook);
    const field = book.getWorksheet('Veldwerk')!;
    expect(field.actualRowCount).toBe(2);
    const headers = (field.getRow(1).values as unknown[]).slice(1).map(String);
    const cell = (name: string) => field.getRow(2).getCell(headers.indexOf(name) + 1).value;
    expect(cell('Actiecode')).toBe('A13');
    expect(cell('Ingevuld door')).toBe('Lies Van Damme');
    expect(cell('Notities')).toBe('Veel vragen,\nvooral over laptops.');
    // The xlsx holds the wall-clock day (exceljs reads it as that day at 00:00 UTC).
    expect(cell('Datum')).toEqual(new Date(Date.UTC(2026, 10, 18)));
    const donations = book.getWorksheet('Schenkingen')!;
    const dHeaders = (donations.getRow(1).values as unknown[]).slice(1).map(String);
    const d = (name: string) => donations.getRow(2).getCell(dHeaders.indexOf(name) + 1).value;
    expect(d('Schenkingsnummer')).toBe('SCH-2026-0001');
    expect(d('Soort toestellen')).toBe('Laptop, Tablet');
    const review = book.getWorksheet('Te controleren')!;
    expect(String(review.getRow(2).getCell(4).value)).toContain('"ongeveer 10" is geen getal');
  });
});
