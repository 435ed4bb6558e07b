/** @jest-environment ./tests/support/scriptZoneEnvironment.js */
import fc from 'fast-check';
import { processSubmission } from '../../src/app/processSubmission';
import { issueSeqId, issueSeqIdInTab, issueYearRef, issueYearRefInTab } from '../../src/app/references';
import { setupWorkbook } from '../../src/app/setupWorkbook';
import { RowMemo } from '../../src/domain/common/rowMemo';
import { columnValues } from '../../src/domain/common/table';
import { selectFollowUp } from '../../src/domain/register/followUp';
import { MemoryProperties, ProcessLock, SimulatedClock } from '../../src/local/localPorts';
import { WorkSimulation } from '../../src/local/register/simulateWork';
import { WorkbookTables } from '../../src/local/workbookTables';
import type { Ports, Row, StoredRow, TableSnapshot, Tables, TabSpec } from '../../src/ports';
import { MemoryMailer } from '../support/memoryPorts';
import { referralAnswers } from '../support/referralAnswers';

/** What a scan without the memo sees: the same rows as plain, unfrozen copies (never trusted by a RowMemo). */
function unfrozen(snapshot: TableSnapshot): TableSnapshot {
  return {
    headers: [...snapshot.headers],
    rows: snapshot.rows.map((r) => ({ rowNumber: r.rowNumber, values: { ...r.values } })),
  };
}

describe('RowMemo: per-row facts kept between scans', () => {
  type Op =
    | { kind: 'append'; value: string; frozen: boolean }
    | { kind: 'replace'; at: number; value: string; frozen: boolean }
    | { kind: 'delete'; at: number }
    | { kind: 'change'; at: number; value: string }
    | { kind: 'scan'; copyArray: boolean };
  const value = fc.constantFrom('', 'a', 'b', 'c');
  const at = fc.nat({ max: 8 });
  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.record({ kind: fc.constant('append' as const), value, frozen: fc.boolean() }),
    fc.record({ kind: fc.constant('replace' as const), at, value, frozen: fc.boolean() }),
    fc.record({ kind: fc.constant('delete' as const), at }),
    fc.record({ kind: fc.constant('change' as const), at, value }),
    fc.record({ kind: fc.constant('scan' as const), copyArray: fc.boolean() }),
  );
  const make = (n: number, v: string, frozen: boolean): StoredRow => {
    const values: Row = { A: v };
    return frozen ? Object.freeze({ rowNumber: n, values: Object.freeze(values) }) : { rowNumber: n, values };
  };
  const fact = (row: StoredRow) => `${row.rowNumber}:${String(row.values.A)}`;

  it('gives what a plain scan computes after appends, replaced rows, deleted rows and in-place changes', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const memo = new RowMemo(fact);
        let rows: StoredRow[] = [];
        let n = 2;
        for (const o of ops) {
          if (o.kind === 'append') rows = [...rows, make(n++, o.value, o.frozen)];
          else if (o.kind === 'replace' && o.at < rows.length) {
            rows = rows.slice();
            rows[o.at] = make(rows[o.at].rowNumber, o.value, o.frozen);
          } else if (o.kind === 'delete' && o.at < rows.length) rows = rows.filter((_, i) => i !== o.at);
          else if (o.kind === 'change' && o.at < rows.length && !Object.isFrozen(rows[o.at].values)) {
            (rows[o.at].values as Row).A = o.value; // only a row nobody froze can change in place
          } else if (o.kind === 'scan') {
            const scanned = o.copyArray ? rows.slice() : Object.freeze(rows.slice());
            expect([...memo.of(scanned)]).toEqual(scanned.map(fact));
          }
        }
        expect([...memo.of(rows)]).toEqual(rows.map(fact));
      }),
      { numRuns: 500 },
    );
  });
});

describe('ids and the follow-up list over the local workbook (frozen shared rows)', () => {
  const TAB: TabSpec = {
    name: 'T',
    headers: ['Sessie-ID', 'Dossiernummer', 'Status', 'Volgende actie', 'Datum volgende actie', 'Aangemaakt op'],
  };
  const id = fc.constantFrom(
    '',
    'OS-0001',
    'OS-0007',
    ' OS-0012 ',
    'os-0020',
    'OS-12x',
    'VA-0099',
    'OS-0100',
    'DS-0042',
  );
  const status = fc.constantFrom('Aangemeld', 'Contact opgenomen', 'Afgesloten: geholpen', '');
  const ref = fc.constantFrom(
    '',
    'DT-2026-0001',
    'DT-2026-0002',
    'DT-2026-0003',
    ' DT-2026-0012 ',
    'DT-2025-0099',
    'dt-2026-0050',
    'DT-2026-12345',
    'DT-2026-007',
    'DT-2026-0040x',
  );
  const day = fc.integer({ min: 1, max: 28 }).map((d) => new Date(2026, 10, d, 9));
  const row = fc.record(
    {
      'Sessie-ID': id,
      Dossiernummer: ref,
      Status: status,
      'Volgende actie': fc.constantFrom('', 'Bellen'),
      'Datum volgende actie': day,
      'Aangemaakt op': day,
    },
    { requiredKeys: [] },
  );
  type Op =
    | { kind: 'append'; rows: Row[] }
    | { kind: 'update'; row: number; values: Row }
    | { kind: 'reload' }
    | { kind: 'check'; today: Date };
  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.record({ kind: fc.constant('append' as const), rows: fc.array(row, { maxLength: 3 }) }),
    fc.record({ kind: fc.constant('update' as const), row: fc.integer({ min: 2, max: 10 }), values: row }),
    fc.record({ kind: fc.constant('reload' as const) }),
    fc.record({ kind: fc.constant('check' as const), today: day }),
  );

  it('issue the same next id and case number and select the same follow-up as a plain scan, after appends and updates', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        const tables = new WorkbookTables();
        tables.ensureTab(TAB);
        for (const o of ops) {
          if (o.kind === 'append') tables.append('T', o.rows as Row[]);
          else if (o.kind === 'update') tables.update('T', o.row, o.values as Row);
          else if (o.kind === 'reload') tables.forgetSnapshots();
          else {
            const snapshot = tables.read('T');
            const plain = unfrozen(snapshot);
            expect(issueSeqIdInTab(new MemoryProperties(), 'OS', snapshot, 'Sessie-ID')).toBe(
              issueSeqId(new MemoryProperties(), 'OS', columnValues(plain, 'Sessie-ID')),
            );
            for (const prefix of ['OS', 'DS']) {
              expect(issueSeqIdInTab(new MemoryProperties(), prefix, snapshot, 'Sessie-ID')).toBe(
                issueSeqId(new MemoryProperties(), prefix, columnValues(plain, 'Sessie-ID')),
              );
            }
            for (const year of [2025, 2026]) {
              expect(issueYearRefInTab(new MemoryProperties(), 'DT', year, snapshot, 'Dossiernummer')).toBe(
                issueYearRef(new MemoryProperties(), 'DT', year, columnValues(plain, 'Dossiernummer')),
              );
            }
            expect(selectFollowUp(snapshot.rows, o.today, 7, 14)).toEqual(selectFollowUp(plain.rows, o.today, 7, 14));
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

/** The local workbook, but every read hands out plain copies: no row is ever trusted by a memo. */
class CopyingTables implements Tables {
  constructor(readonly inner: WorkbookTables) {}
  ensureTab(spec: TabSpec): void {
    this.inner.ensureTab(spec);
  }
  hasTab(name: string): boolean {
    return this.inner.hasTab(name);
  }
  read(tab: string): TableSnapshot {
    return unfrozen(this.inner.read(tab));
  }
  append(tab: string, rows: readonly Row[]): number[] {
    return this.inner.append(tab, rows);
  }
  update(tab: string, rowNumber: number, values: Row): void {
    this.inner.update(tab, rowNumber, values);
  }
  updateMany(tab: string, updates: ReadonlyArray<{ rowNumber: number; values: Row }>): void {
    this.inner.updateMany(tab, updates);
  }
  flush(): void {}
  readRows(tab: string, firstRow: number, count: number): TableSnapshot {
    return unfrozen(this.inner.readRows(tab, firstRow, count));
  }
  replaceRows(tab: string, rows: readonly Row[]): void {
    this.inner.replaceRows(tab, rows);
  }
}

describe("the worker's month with per-row memos", () => {
  /** A register of `n` referred cases, then a month of the worker's days. */
  function month(copying: boolean) {
    const workbook = new WorkbookTables();
    setupWorkbook(workbook);
    const tables: Tables = copying ? new CopyingTables(workbook) : workbook;
    const mailer = new MemoryMailer();
    mailer.quota = 1_000_000;
    const clock = new SimulatedClock(new Date(2026, 9, 1, 8));
    const ports: Ports = {
      tables,
      mailer,
      clock,
      lock: new ProcessLock(),
      properties: workbook.properties,
      audit: { log() {} },
    };
    const start = new Date(2026, 10, 1);
    const simulation = new WorkSimulation(ports, clock, 7, start);
    for (let i = 0; i < 40; i++) {
      const at = new Date(2026, 9, 20 + i, 10);
      simulation.advanceTo(at); // the worker's days before this referral arrives (from 1 November)
      clock.set(at);
      processSubmission(ports, {
        formKey: 'doorverwijzing',
        submittedAt: at,
        answers: referralAnswers({
          phone: `0470 12 ${String(10 + i)} 34`,
          firstName: ['Fatima', 'Jan', 'Olena', 'Mehmet', 'Sofie'][i % 5],
          lastName: `Van ${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[i % 26]}${'aeiou'[Math.floor(i / 26)]}rt`,
          street: `Kerkstraat ${i + 1}`,
        }),
        responseTab: 'Antwoorden Doorverwijzing',
        responseRow: 2 + i,
      });
    }
    simulation.advanceTo(new Date(2026, 11, 31, 23));
    const report = simulation.finish();
    const tabs = Object.fromEntries(workbook.tabNames().map((t) => [t, workbook.read(t).rows.map((r) => r.values)]));
    return { report, tabs, mails: mailer.sent.map((m) => [m.to, m.subject, m.text]) };
  }

  it('writes the same rows, ids and mails as scans that recompute every row', () => {
    const withMemo = month(false);
    const plain = month(true);
    expect(withMemo.report.statusChanges).toBeGreaterThan(20);
    expect(withMemo.report.supportSessions).toBeGreaterThan(0);
    expect(withMemo.mails.length).toBeGreaterThan(10);
    expect(withMemo.report).toEqual(plain.report);
    expect(withMemo.mails).toEqual(plain.mails);
    expect(withMemo.tabs).toEqual(plain.tabs);
  });
});
