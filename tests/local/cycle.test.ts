/** @jest-environment ./tests/support/scriptZoneEnvironment.js */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { referralForm } from '../../forms/referral';
import { MAIL_STATUS } from '../../src/domain/messages/status';
import { CASES, MESSAGES, PARTNERS } from '../../src/domain/tabs';
import { CYCLE_STEPS, runCycle } from '../../src/local/cycle';
import { pendingReferrals } from '../../src/local/intakeQueue';
import { readSubmissions } from '../../src/local/responseTab';
import type { CycleStep } from '../../src/local/steps';
import { WorkbookTables } from '../../src/local/workbookTables';

describe('the local cycle as steps', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cycle-'));
  const workbook = path.join(dir, 'demo.xlsx');
  const outbox = path.join(dir, 'outbox');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('runs the named steps in order, shows progress and lists what it wrote', async () => {
    const lines: string[] = [];
    const report = await runCycle({ workbook, outbox, month: new Date(2026, 9, 1), progress: (l) => lines.push(l) });
    expect(report.steps.map((s) => s.name)).toEqual(CYCLE_STEPS.map((s) => s.name));
    expect(lines.filter((l) => /^\[\d+\/\d+\] /.test(l))).toHaveLength(CYCLE_STEPS.length);
    expect(report.outcomes.registered).toBeGreaterThan(30);
    expect(report.files.map((f) => f.path)).toEqual(
      expect.arrayContaining([path.join(dir, 'matrix.html'), path.join(dir, 'matrix.pdf'), workbook, `${outbox}/`]),
    );
    const tables = await WorkbookTables.load(workbook);
    expect(tables.read(PARTNERS.name).rows).toHaveLength(60);
    expect(fs.readdirSync(outbox)).toHaveLength(report.mails.length);
  });

  it('adds nothing when the same month runs again, and adds the next month to the same workbook', async () => {
    const before = (await WorkbookTables.load(workbook)).read(CASES.name).rows.length;
    const again = await runCycle({ workbook, outbox, month: new Date(2026, 9, 1) });
    expect(again.outcomes.registered).toBe(0);
    expect(again.mails).toEqual([]);
    const next = await runCycle({ workbook, outbox, month: new Date(2026, 10, 1) });
    expect(next.outcomes.registered).toBeGreaterThan(30);
    const cases = (await WorkbookTables.load(workbook)).read(CASES.name).rows;
    expect(cases).toHaveLength(before + next.outcomes.registered - next.linked);
    expect(new Set(cases.map((r) => r.values.Dossiernummer)).size).toBe(cases.length);
  });

  it('joins a new use case as one more step with the shared context', async () => {
    const seen: string[] = [];
    const extra: CycleStep = {
      name: 'Proefstap',
      run(ctx) {
        seen.push(ctx.monthKey, String(ctx.demo.registrations.length > 0), ctx.tables.read(CASES.name).headers[0]);
        ctx.results.Proefstap = { gezien: ctx.demo.arrivals.length };
        ctx.wrote(path.join(ctx.outDir, 'proef.txt'), 'een proefbestand');
      },
    };
    const report = await runCycle({
      workbook: path.join(dir, 'other.xlsx'),
      outbox,
      month: new Date(2026, 1, 1),
      steps: [CYCLE_STEPS[0], extra],
    });
    expect(seen).toEqual(['2026-02', 'true', 'Dossiernummer']);
    expect(report.results.Proefstap.gezien).toBeGreaterThan(0);
    expect(report.files).toEqual([{ path: path.join(dir, 'proef.txt'), what: 'een proefbestand' }]);
  });

  it('names the step an error came from', async () => {
    const failing: CycleStep = {
      name: 'Kapotte stap',
      run() {
        throw new Error('kapot');
      },
    };
    await expect(
      runCycle({ workbook: path.join(dir, 'x.xlsx'), outbox, month: new Date(2026, 1, 1), steps: [failing] }),
    ).rejects.toThrow('Stap "Kapotte stap": kapot');
  });

  it('hands only unfinished responses to the intake: a mail still waiting for quota is taken up again', async () => {
    const tables = await WorkbookTables.load(workbook);
    const all = readSubmissions(tables, referralForm);
    expect(pendingReferrals(tables, all)).toEqual([]);
    const messages = tables.read(MESSAGES.name);
    const waiting = messages.rows[0];
    tables.update(MESSAGES.name, waiting.rowNumber, { Status: MAIL_STATUS.pending });
    const pending = pendingReferrals(tables, all);
    expect(pending).toHaveLength(1);
  });
});
