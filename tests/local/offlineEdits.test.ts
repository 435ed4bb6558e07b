/** @jest-environment ./tests/support/scriptZoneEnvironment.js */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Workbook } from 'exceljs';
import { setupWorkbook } from '../../src/app/setupWorkbook';
import { cellText } from '../../src/domain/common/table';
import { LOGBOOK } from '../../src/domain/register/tabs';
import { CASES } from '../../src/domain/tabs';
import { OFFLINE_WHO } from '../../src/local/review/workbookEdits';
import { WorkbookTables } from '../../src/local/workbookTables';

/** Her status changes in the xlsx between runs are logged as the edit trigger logs them in Google. */
describe('edits made in the workbook between runs', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'offline-edits-'));
  const file = path.join(dir, 'werkboek.xlsx');
  const cli = path.resolve('build/local/cli.cjs');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('are found by comparing with the last logged status, logged once, and stamp the milestone date', async () => {
    const tables = new WorkbookTables();
    setupWorkbook(tables);
    tables.append(CASES.name, [
      { Dossiernummer: 'DT-2026-0001', Status: 'Aangemeld', 'Aangemaakt op': new Date(2026, 10, 2, 9, 0) },
      { Dossiernummer: 'DT-2026-0002', Status: 'Aangemeld', 'Aangemaakt op': new Date(2026, 10, 3, 9, 0) },
    ]);
    await tables.save(file);

    const book = new Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.getWorksheet(CASES.name)!;
    const status = (sheet.getRow(1).values as unknown[]).indexOf('Status');
    sheet.getCell(3, status).value = 'Contact opgenomen';
    await book.xlsx.writeFile(file);

    const out = execFileSync('node', [cli, 'review', '--workbook', file], { encoding: 'utf8' });
    expect(out).toContain('Statuswijzigingen uit het werkboek in het Logboek: 1.');
    const after = await WorkbookTables.load(file);
    const log = after.read(LOGBOOK.name).rows.map((r) => r.values);
    expect(log).toEqual([
      expect.objectContaining({
        Tabblad: CASES.name,
        Sleutel: 'DT-2026-0002',
        Kolom: 'Status',
        Oud: 'Aangemeld',
        Nieuw: 'Contact opgenomen',
        Door: OFFLINE_WHO,
      }),
    ]);
    const row = after.read(CASES.name).rows[1].values;
    expect(row['Gelogde status']).toBe('Contact opgenomen');
    expect(cellText(row['Contact opgenomen op'])).not.toBe('');

    const again = execFileSync('node', [cli, 'review', '--workbook', file], { encoding: 'utf8' });
    expect(again).toContain('Statuswijzigingen uit het werkboek in het Logboek: 0.');
  });
});
