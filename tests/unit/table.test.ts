import fc from 'fast-check';
import { cellText, firstRowWhere } from '../../src/domain/common/table';
import type { TableSnapshot } from '../../src/ports';

describe('firstRowWhere', () => {
  const value = fc.constantFrom('', 'a', ' a', 'b', 'DT-2026-0001', 'x ');
  const snapshot: fc.Arbitrary<TableSnapshot> = fc
    .array(fc.record({ K: value, L: value }), { maxLength: 20 })
    .map((rows) => ({ headers: ['K', 'L'], rows: rows.map((values, i) => ({ rowNumber: i + 2, values })) }));

  it('finds the same first row as a scan, however often the same snapshot is asked', () => {
    fc.assert(
      fc.property(snapshot, fc.array(fc.tuple(fc.constantFrom('K', 'L'), value), { maxLength: 12 }), (snap, asks) => {
        for (const [header, wanted] of asks) {
          const scan = snap.rows.find((row) => cellText(row.values[header]) === wanted);
          expect(firstRowWhere(snap, header, wanted)).toBe(scan);
        }
      }),
    );
  });
});
