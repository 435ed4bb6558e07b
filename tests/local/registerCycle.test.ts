/** @jest-environment ./tests/support/scriptZoneEnvironment.js */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Workbook } from 'exceljs';
import { CASE_STATUSES, JOURNEY_STEPS } from '../../src/domain/register/journey';
import { runCycle } from '../../src/local/cycle';
import { WorkbookTables } from '../../src/local/workbookTables';

/** The local twin's month: journeys move through the same use case as the Apps Script edit trigger. */

describe('local twin: a month on the register', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'register-cycle-'));
  const workbook = path.join(dir, 'demo.xlsx');
  const options = {
    workbook,
    outbox: path.join(dir, 'outbox'),
    month: new Date(2026, 10, 1),
    referrals: 40,
    seed: 202611,
  };
  let first: Awaited<ReturnType<typeof runCycle>>;

  beforeAll(async () => {
    first = await runCycle(options);
  });

  it('moves journeys along and logs every change in the Logboek', async () => {
    const tables = await WorkbookTables.load(workbook);
    const cases = tables.read('Dossiers').rows;
    const statuses = new Set(cases.map((r) => String(r.values.Status)));
    expect(statuses.size).toBeGreaterThan(4);
    const past = cases.filter((r) => r.values.Status !== JOURNEY_STEPS[0]);
    expect(past.length).toBeGreaterThan(cases.length / 2);
    expect(cases.some((r) => typeof r.values['Dagen tot actief'] === 'number')).toBe(true);
    const log = tables.read('Logboek').rows;
    expect(log.filter((r) => r.values.Kolom === 'Status' && r.values.Tabblad === 'Dossiers').length).toBe(
      first.work.statusChanges,
    );
    for (const tab of [
      'Logboek',
      'Ondersteuning',
      'Toestellen',
      'Vormingen',
      'Deelnames',
      'Vindplaatsen',
      'Digipunten',
    ])
      expect(tables.read(tab).rows.length).toBeGreaterThan(0);
  });

  it('hands out devices only with a wipe certificate', async () => {
    const tables = await WorkbookTables.load(workbook);
    const out = tables.read('Toestellen').rows.filter((r) => r.values.Status === 'Uitgedeeld');
    expect(out.length).toBeGreaterThan(0);
    for (const d of out) {
      // A donated device (a donated Chromebook too) has a certificate number; a new one from a request says so.
      if (d.values.Schenker === 'Chromebookaanvraag') expect(d.values.Wisbewijs).toBe('Nieuw toestel');
      else expect(String(d.values.Wisbewijs)).toMatch(/^WIS-\d+$/);
      expect(d.values['Uitgedeeld op']).toBeInstanceOf(Date);
    }
    const perSchool = tables.read('Toestellen per bestemming').rows;
    expect(perSchool.some((r) => r.values['Soort bestemming'] === 'School')).toBe(true);
  });

  it('tells partners, sends weekly digests and counts unique people', async () => {
    expect(first.work.partnerMails).toBeGreaterThan(0);
    expect(first.work.digests).toBe(5); // the Mondays of November 2026
    const tables = await WorkbookTables.load(workbook);
    const reach = tables.read('Bereik').rows.map((r) => [r.values.Domein, r.values['Unieke personen']]);
    expect(reach).toHaveLength(5);
    const total = Number(reach[4][1]);
    const sum = reach.slice(0, 4).reduce((n, [, v]) => n + Number(v), 0);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(sum);
  });

  it('the workbook has the same dropdowns as the Google Sheet; their lists stay hidden', async () => {
    const book = new Workbook();
    await book.xlsx.readFile(workbook);
    const cases = book.getWorksheet('Dossiers')!;
    const column = (cases.getRow(1).values as unknown[]).indexOf('Status');
    const rule = cases.getRow(3).getCell(column).dataValidation;
    expect(rule).toMatchObject({ type: 'list', errorStyle: 'stop' });
    const [sheetName, range] = String(rule.formulae?.[0]).split('!');
    const lists = book.getWorksheet(sheetName)!;
    expect(lists.state).toBe('veryHidden');
    const [from, to] = range.replace(/\$/g, '').split(':');
    const values: unknown[] = [];
    for (let r = Number(from.slice(1)); r <= Number(to.slice(1)); r++)
      values.push(lists.getCell(`${from[0]}${r}`).value);
    expect(values).toEqual(CASE_STATUSES);
    expect((await WorkbookTables.load(workbook)).tabNames()).not.toContain(sheetName);
  });

  it('a second run of the same month adds nothing', async () => {
    const again = await runCycle(options);
    expect(again.work.daysSimulated).toBe(0);
    expect(again.mails).toHaveLength(0);
  });
});
