/** @jest-environment ./tests/support/scriptZoneEnvironment.js */
import { execFileSync } from 'child_process';
import { Workbook } from 'exceljs';
import * as fs from 'fs';
import { simpleParser } from 'mailparser';
import * as os from 'os';
import * as path from 'path';
import { escapeHtml } from '../../src/domain/common/html';
import { axeViolations } from '../support/browser';
import { pdfPageCount, pdfText } from '../support/pdfText';

/** `npm start` end to end: the built CLI on a fresh workbook, then again on the same one. */

describe('npm start (local twin, built CLI)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'digitaal-'));
  const workbook = path.join(dir, 'demo.xlsx');
  const cli = path.resolve('build/local/cli.cjs');
  const run = () =>
    execFileSync('node', [cli, '--workbook', workbook, '--new', '--month', '2026-11'], { encoding: 'utf8' });

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

  it('writes the outreach matrix: the Matrix tab, out/matrix.html and out/matrix.pdf naming every channel of Acties', async () => {
    const book = new Workbook();
    await book.xlsx.readFile(workbook);
    const actions: string[] = [];
    book.getWorksheet('Acties')!.eachRow((row, n) => {
      if (n > 1) actions.push(`${row.getCell(1).value} ${row.getCell(2).value}`);
    });
    expect(actions).toHaveLength(14);
    expect(book.getWorksheet('Doelgroepen')!.actualRowCount).toBeGreaterThan(8);
    expect(book.getWorksheet('Planning')!.actualRowCount).toBeGreaterThan(15);
    const matrix = book.getWorksheet('Matrix')!;
    expect(String(matrix.getRow(1).getCell(1).value)).toMatch(/^Dit tabblad wordt telkens opnieuw gemaakt/);
    const labels: string[] = [];
    matrix.eachRow((row) => labels.push(String(row.getCell(1).value)));
    for (const a of actions) expect(labels).toContain(a);

    const html = fs.readFileSync(path.join(dir, 'matrix.html'), 'utf8');
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('size: A4 landscape');
    expect(html).not.toMatch(/<(script|link|img)\b/);
    for (const a of actions) expect(html).toContain(`<th scope="row">${escapeHtml(a)}</th>`);

    const pdf = fs.readFileSync(path.join(dir, 'matrix.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfPageCount(pdf)).toBeGreaterThan(1);
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    for (const a of actions) expect(text).toContain(a);
    expect(firstOutput).toContain('matrix.pdf');
  });

  it('out/matrix.html has no axe-core violations in Debian’s chromium', async () => {
    const { violations, passes } = await axeViolations(path.join(dir, 'matrix.html'));
    expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`)).toEqual(
      [],
    );
    expect(passes).toBeGreaterThan(10);
  });

  it('a second run on the same workbook adds nothing', async () => {
    const before = fs.readdirSync(path.join(dir, 'outbox')).length;
    const planningRows = async () => {
      const book = new Workbook();
      await book.xlsx.readFile(workbook);
      return book.getWorksheet('Planning')!.actualRowCount;
    };
    const planningBefore = await planningRows();
    const output = run();
    expect(output).toMatch(/nieuwe dossiers:\s+0/);
    expect(await planningRows()).toBe(planningBefore);
    expect(fs.readdirSync(path.join(dir, 'outbox'))).toHaveLength(before);
  });
});
