import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCycle, saveWorkbookStep } from '../../src/local/cycle';
import { SimulatedClock } from '../../src/local/localPorts';
import { accessCommand, erasureCommand } from '../../src/local/privacy/commands';
import { DEJAVU, documentPdf } from '../../src/local/privacy/pdf';
import { RETENTION_STEP, retentionStep } from '../../src/local/privacy/retentionStep';
import { WorkbookTables } from '../../src/local/workbookTables';
import { pdfPageCount, pdfText } from '../support/pdfText';
import { allText, PEOPLE, pastCounts, personalTexts, privacyWorld } from '../support/privacyWorld';

/** The privacy requests and the retention step in the local twin, on a saved workbook. */
describe('local twin: privacy', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'digitaal-privacy-'));
  const workbook = path.join(dir, 'demo.xlsx');
  const clock = new SimulatedClock(new Date('2024-06-03T10:00:00Z'));

  beforeAll(async () => {
    const world = privacyWorld();
    await world.tables.save(workbook);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('inzage writes HTML and PDF with everything on the person and nothing on the others; Audit notes it', async () => {
    const result = await accessCommand(['dt-2024-0001', '--workbook', workbook], clock);
    expect(result.status).toBe(0);
    expect(result.files.map((f) => path.basename(f))).toEqual([
      'inzage-DT-2024-0001-20240603.html',
      'inzage-DT-2024-0001-20240603.pdf',
    ]);
    const html = fs.readFileSync(result.files[0], 'utf8');
    for (const value of ['Fatima', 'El Amrani', PEOPLE.A.email, 'Bel Fatima terug', 'Laptop van Fatima hersteld'])
      expect(html).toContain(value);
    for (const value of ['Peeters', 'Peters', PEOPLE.B.phone, PEOPLE.D.phone, 'Karim'])
      expect(html).not.toContain(value);
    const pdf = fs.readFileSync(result.files[1]);
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(1);
    const text = pdfText(pdf);
    for (const value of ['El Amrani', 'DT-2024-0001', 'Bel Fatima terug']) expect(text).toContain(value);
    expect(text).not.toContain('Peeters');
    const tables = await WorkbookTables.load(workbook);
    expect(
      tables.read('Audit').rows.map((r) => [r.values.Handeling, r.values.Dossiernummers, r.values.Toelichting]),
    ).toEqual([['Inzage gemaakt', 'DT-2024-0001', 'inzage-DT-2024-0001-20240603.pdf']]);
  });

  it('the PDF keeps letters outside Western Europe (Yılmaz) when DejaVu is there', async () => {
    const result = await accessCommand(['DT-2024-0003', '--workbook', workbook], clock);
    const text = pdfText(fs.readFileSync(result.files[1]));
    if (fs.existsSync(DEJAVU)) expect(text).toContain('Yılmaz');
    else expect(text).toContain('Mehmet');
    // The built-in font works without any font file.
    const fallback = await documentPdf(
      { title: 'x', blocks: [{ kind: 'paragraph', text: 'Noël Peeters' }] },
      { created: new Date(0), font: null },
    );
    expect(pdfText(fallback)).toContain('Noël Peeters');
  });

  it('wissen shows what would be erased; with --bevestig it erases, keeps the counts and writes Audit', async () => {
    const before = await WorkbookTables.load(workbook);
    const counts = pastCounts(before);
    const preview = await erasureCommand(['DT-2024-0003', '--workbook', workbook], clock);
    expect(preview.status).toBe(1);
    expect(preview.lines.join('\n')).toContain('--bevestig');
    expect(allText(await WorkbookTables.load(workbook))).toContain('Yılmaz');
    const open = await erasureCommand(['DT-2024-0002', '--workbook', workbook, '--bevestig'], clock);
    expect(open.lines.join('\n')).toContain('nog niet afgesloten');
    const done = await erasureCommand(['DT-2024-0003', '--workbook', workbook, '--bevestig'], clock);
    expect(done.status).toBe(0);
    const after = await WorkbookTables.load(workbook);
    for (const value of personalTexts('C')) expect(allText(after)).not.toContain(value);
    expect(pastCounts(after)).toEqual(counts);
    expect(after.read('Audit').rows.at(-1)?.values).toMatchObject({
      Handeling: 'Gewist op verzoek',
      Dossiernummers: 'DT-2024-0003',
      Door: 'lokaal (npm start)',
    });
  });

  it('the retention step of the cycle anonymises closed cases past the period, through the same use case', async () => {
    const counts = pastCounts(await WorkbookTables.load(workbook));
    const report = await runCycle({
      workbook,
      outbox: path.join(dir, 'outbox'),
      month: new Date(2026, 3, 1),
      steps: [retentionStep, saveWorkbookStep],
    });
    expect(report.results[RETENTION_STEP]).toEqual({ dossiers: 1, 'andere rijen': 3 });
    const after = await WorkbookTables.load(workbook);
    for (const value of personalTexts('A').filter((v) => v !== PEOPLE.A.street))
      expect(allText(after)).not.toContain(value);
    expect(allText(after)).toContain('Peeters');
    expect(pastCounts(after)).toEqual(counts);
  });

  it('npm start -- inzage and wissen are wired in the built CLI', () => {
    const cli = path.resolve('build/local/cli.cjs');
    const out = execFileSync('node', [cli, 'inzage', 'DT-2024-0002', '--workbook', workbook], { encoding: 'utf8' });
    expect(out).toContain('Inzage voor DT-2024-0002');
    expect(out).toMatch(/Geschreven: .*inzage-DT-2024-0002-\d{8}\.pdf/);
    let refused = '';
    try {
      execFileSync('node', [cli, 'wissen', 'DT-2099-0001', '--workbook', workbook], { encoding: 'utf8' });
    } catch (error) {
      refused = String((error as { stdout?: string }).stdout);
    }
    expect(refused).toContain('staan niet in Dossiers');
  });
});
