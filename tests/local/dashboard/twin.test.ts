import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { simpleParser } from 'mailparser';
import { runCycle } from '../../../src/local/cycle';
import { WorkbookTables } from '../../../src/local/workbookTables';
import { pdfText } from '../../support/pdfText';
import { leaks, personalValues } from '../../support/personalValues';

/**
 * The twin's monthly cycle with the dashboard step: the Dashboard tab, the snapshot tab that never changes,
 * out/dashboard-JJJJ-MM.html (self-contained, print CSS) and its PDF, the summary as .eml with the PDF attached
 * and the charts inline as PNG; nothing personal in any of it; a second run sends nothing twice.
 */

describe('local twin: the month’s dashboard and the summary to the project group', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dashboard-twin-'));
  const workbook = path.join(dir, 'demo.xlsx');
  const base = { workbook, outbox: path.join(dir, 'outbox'), referrals: 24, seed: 20261012 };
  let october: Awaited<ReturnType<typeof runCycle>>;
  let snapshot: unknown[][];

  beforeAll(async () => {
    october = await runCycle({ ...base, month: new Date(2026, 9, 1) });
    const tables = await WorkbookTables.load(workbook);
    snapshot = tables.read('Dashboard 2026-10').rows.map((r) => Object.values(r.values));
    await runCycle({ ...base, month: new Date(2026, 10, 1) });
  });

  it('writes the HTML (self-contained, charts inline, print CSS) and the PDF (with the charts) in out/', () => {
    const html = fs.readFileSync(path.join(dir, 'dashboard-2026-10.html'), 'utf8');
    expect(html).toContain('<h1>Allemaal Digi.Taal – overzicht oktober 2026</h1>');
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
    const pdf = fs.readFileSync(path.join(dir, 'dashboard-2026-10.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect((pdf.toString('latin1').match(/\/Subtype \/Image/g) ?? []).length).toBeGreaterThanOrEqual(3);
    expect(pdfText(pdf)).toContain('Kerncijfers');
    expect(october.files.map((f) => path.basename(f.path))).toEqual(
      expect.arrayContaining(['dashboard-2026-10.html', 'dashboard-2026-10.pdf']),
    );
  });

  it('sends the summary as .eml once per address: the PDF attached, the charts inline as PNG', async () => {
    const files = fs.readdirSync(base.outbox).filter((f) => f.includes('overzicht-oktober-2026'));
    expect(files).toHaveLength(2);
    const mail = await simpleParser(fs.readFileSync(path.join(base.outbox, files[0])));
    expect(mail.subject).toBe('Allemaal Digi.Taal: overzicht oktober 2026');
    const pdf = mail.attachments.find((a) => a.contentType === 'application/pdf');
    expect(pdf?.filename).toBe('overzicht-2026-10.pdf');
    const images = mail.attachments.filter((a) => a.contentType === 'image/png');
    expect(images.length).toBeGreaterThanOrEqual(3);
    const raw = fs.readFileSync(path.join(base.outbox, files[0]), 'utf8').replace(/=\r?\n/g, '');
    for (const image of images) {
      expect(image.content.subarray(1, 4).toString()).toBe('PNG');
      expect(image.cid).toMatch(/^grafiek-/);
      // The HTML part shows it by content id (mailparser inlines it as data: when parsing).
      expect(raw).toContain(`cid:${image.cid}`);
    }
  });

  it('keeps the snapshot of October as it was, and records each month once in Dashboardcijfers', async () => {
    const tables = await WorkbookTables.load(workbook);
    expect(tables.read('Dashboard 2026-10').rows.map((r) => Object.values(r.values))).toEqual(snapshot);
    expect(tables.hasTab('Dashboard 2026-11')).toBe(true);
    const periods = tables.read('Dashboardcijfers').rows.map((r) => String(r.values.Periode));
    expect([...new Set(periods)]).toEqual(['2026-10', '2026-11']);
    // November's "previous period" is October as published.
    const nov = tables.read('Dashboard 2026-11').rows.find((r) => r.values.Code === 'gezinnen-nieuw');
    const oct = tables.read('Dashboard 2026-10').rows.find((r) => r.values.Code === 'gezinnen-nieuw');
    expect(nov?.values['Vorige periode']).toEqual(oct?.values['Deze periode']);
  });

  it('a second run of October changes no snapshot and sends no summary again', async () => {
    const before = fs.readdirSync(base.outbox).length;
    await runCycle({ ...base, month: new Date(2026, 9, 1) });
    const tables = await WorkbookTables.load(workbook);
    expect(tables.read('Dashboard 2026-10').rows.map((r) => Object.values(r.values))).toEqual(snapshot);
    const added = fs.readdirSync(base.outbox).slice(before);
    expect(added.filter((f) => f.includes('allemaal-digi-taal-overzicht'))).toEqual([]);
  });

  it('nothing from the register’s personal columns in the HTML, the PDF, the e-mails or the report tabs', async () => {
    const tables = await WorkbookTables.load(workbook);
    const tabs: Record<string, { headers: string[]; rows: unknown[][] }> = {};
    for (const name of tables.tabNames()) {
      const t = tables.read(name);
      tabs[name] = { headers: [...t.headers], rows: t.rows.map((r) => t.headers.map((h) => r.values[h])) };
    }
    const personal = personalValues(tabs as never);
    expect(personal.length).toBeGreaterThan(100);
    const outputs: string[] = [];
    for (const f of fs.readdirSync(dir).filter((f) => /^dashboard-.*\.html$/.test(f)))
      outputs.push(fs.readFileSync(path.join(dir, f), 'utf8'));
    for (const f of fs.readdirSync(dir).filter((f) => /^dashboard-.*\.pdf$/.test(f)))
      outputs.push(pdfText(fs.readFileSync(path.join(dir, f))));
    // The project group's summaries (the worker's weekly digest, "weekoverzicht", lists case numbers on purpose).
    for (const f of fs.readdirSync(base.outbox).filter((f) => f.includes('allemaal-digi-taal-overzicht'))) {
      const mail = await simpleParser(fs.readFileSync(path.join(base.outbox, f)));
      outputs.push(String(mail.subject), String(mail.text), String(mail.html));
    }
    for (const name of ['Dashboard', 'Dashboard 2026-10', 'Dashboard 2026-11', 'Dashboardcijfers'])
      outputs.push(JSON.stringify(tabs[name].rows));
    expect(leaks(outputs.join('\n'), personal)).toEqual([]);
  });

  it('npm start -- rapport 2026-K4 writes a provisional quarter report; a finished month is read from the record', () => {
    const cli = path.resolve('build/local/cli.cjs');
    const out = execFileSync('node', [cli, 'rapport', '2026-10', '--workbook', workbook], { encoding: 'utf8' });
    expect(out).toContain('Rapport oktober 2026:');
    const html = fs.readFileSync(path.join(dir, 'dashboard-2026-10.html'), 'utf8');
    expect(html).toContain('overzicht oktober 2026');
    expect(() =>
      execFileSync('node', [cli, 'rapport', 'volgend jaar', '--workbook', workbook], { stdio: 'pipe' }),
    ).toThrow(/geen periode/);
  });
});
