import { execFileSync } from 'child_process';
import { Workbook } from 'exceljs';
import * as fs from 'fs';
import { simpleParser } from 'mailparser';
import * as os from 'os';
import * as path from 'path';
import { useScriptZone } from '../support/scriptZone';

/** `npm start` end to end: the built CLI on a fresh workbook, then again on the same one. */

// The twin keeps the script's time zone (src/local/scriptZone.ts), whatever the host's.
useScriptZone();

describe('npm start (local twin, built CLI)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'digitaal-'));
  const workbook = path.join(dir, 'demo.xlsx');
  const cli = path.resolve('build/local/cli.cjs');
  const run = () => execFileSync('node', [cli, '--workbook', workbook, '--month', '2026-11'], { encoding: 'utf8' });

  let firstOutput = '';
  beforeAll(() => {
    firstOutput = run();
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes the workbook with referrals in the register and refused ones in the review tab', async () => {
    const book = new Workbook();
    await book.xlsx.readFile(workbook);
    const names = book.worksheets.map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Dossiers',
        'Doorverwijzingen',
        'Te controleren',
        'Partners',
        'Berichten',
        'Instellingen',
        'Antwoorden Doorverwijzing',
        'Antwoorden Aanmelding',
        'Antwoorden Schenking',
        'Antwoorden Veldwerk',
        'Aanmeldingen',
        'Schenkingen',
        'Veldwerk',
        'Acties',
      ]),
    );
    expect(book.getWorksheet('Aanmeldingen')!.actualRowCount).toBeGreaterThan(5);
    expect(book.getWorksheet('Schenkingen')!.actualRowCount).toBeGreaterThan(1);
    expect(book.getWorksheet('Veldwerk')!.actualRowCount).toBeGreaterThan(1);
    expect(book.getWorksheet('Acties')!.actualRowCount).toBe(15);
    expect(firstOutput).toMatch(/bij bestaand dossier:\s+[1-9]/);
    const cases = book.getWorksheet('Dossiers')!;
    expect(cases.getRow(1).getCell(1).value).toBe('Dossiernummer');
    expect(cases.actualRowCount).toBeGreaterThan(20);
    expect(String(cases.getRow(2).getCell(1).value)).toMatch(/^DT-2026-\d{4}$/);
    expect(book.getWorksheet('Te controleren')!.actualRowCount).toBeGreaterThan(1);
    expect(firstOutput).toMatch(/nieuwe dossiers:\s+\d+/);
  });

  it('writes confirmations that a real mail parser reads', async () => {
    const files = fs.readdirSync(path.join(dir, 'outbox')).filter((f) => f.endsWith('.eml'));
    expect(files.length).toBeGreaterThan(20);
    // The first confirmation (a weekly digest may come first, on a Monday before the first referral).
    const mails = await Promise.all(files.map((f) => simpleParser(fs.readFileSync(path.join(dir, 'outbox', f)))));
    const mail = mails.find((m) => /^Doorverwijzing ontvangen/.test(m.subject ?? ''))!;
    expect(mail.subject).toMatch(/^Doorverwijzing ontvangen – dossier DT-2026-\d{4}$/);
    expect(mail.text).toContain('Wat gebeurt er nu?');
    expect(mail.html).toContain('<ol>');
    const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
    expect(to?.value).toHaveLength(1);
    expect(to?.value[0].address).toMatch(/\.example$/);
  });

  it('a second run on the same workbook adds nothing', () => {
    const before = fs.readdirSync(path.join(dir, 'outbox')).length;
    const output = run();
    expect(output).toMatch(/nieuwe dossiers:\s+0/);
    expect(fs.readdirSync(path.join(dir, 'outbox'))).toHaveLength(before);
  });
});
