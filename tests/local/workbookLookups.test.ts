/** @jest-environment ./tests/support/scriptZoneEnvironment.js */
import fc from 'fast-check';
import { cellText, firstRowWhere } from '../../src/domain/common/table';
import { WorkbookTables } from '../../src/local/workbookTables';
import type { TableSnapshot } from '../../src/ports';

/** The row a plain scan finds: what `firstRowWhere` must give, however it finds it. */
function scan(snapshot: TableSnapshot, header: string, value: string) {
  return snapshot.rows.find((row) => cellText(row.values[header]) === value);
}

describe('look-ups in workbook snapshots (live column indexes)', () => {
  const TAB = { name: 'T', headers: ['A', 'B'] };
  type Op =
    | { kind: 'append'; rows: Array<Record<string, string>> }
    | { kind: 'update'; row: number; values: Record<string, string> }
    | { kind: 'look'; header: 'A' | 'B'; value: string; stale: boolean };
  const value = fc.constantFrom('', 'x', 'y', 'z');
  const row = fc.record({ A: value, B: value }, { requiredKeys: [] });
  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.record({ kind: fc.constant('append' as const), rows: fc.array(row, { maxLength: 3 }) }),
    fc.record({ kind: fc.constant('update' as const), row: fc.integer({ min: 2, max: 9 }), values: row }),
    fc.record({
      kind: fc.constant('look' as const),
      header: fc.constantFrom('A' as const, 'B' as const),
      value,
      stale: fc.boolean(),
    }),
  );

  it('finds the row a scan finds, in the latest snapshot and in older ones, after any appends and updates', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
        const tables = new WorkbookTables();
        tables.ensureTab(TAB);
        const older: TableSnapshot[] = [tables.read('T')];
        for (const o of ops) {
          if (o.kind === 'append') tables.append('T', o.rows);
          else if (o.kind === 'update') tables.update('T', o.row, o.values);
          else {
            const snapshot = o.stale ? older[0] : tables.read('T');
            older.push(snapshot);
            expect(firstRowWhere(snapshot, o.header, o.value)).toBe(scan(snapshot, o.header, o.value));
            // A second look-up in the same snapshot must agree too.
            expect(firstRowWhere(snapshot, o.header, o.value)).toBe(scan(snapshot, o.header, o.value));
          }
        }
        const latest = tables.read('T');
        for (const header of ['A', 'B']) {
          for (const v of ['', 'x', 'y', 'z']) {
            expect(firstRowWhere(latest, header, v)).toBe(scan(latest, header, v));
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});
