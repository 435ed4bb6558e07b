import fc from 'fast-check';
import { cellText, firstRowWhere } from '../../src/domain/common/table';
import type { Cell, TableSnapshot } from '../../src/ports';

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

describe('cellText', () => {
  /** cellText as it was before text cells were checked first. */
  const plainCellText = (value: Cell | undefined): string => {
    if (value === null || value === undefined) return '';
    if (value instanceof Date) return value.toISOString();
    return String(value).trim();
  };

  it('gives the text of the plain conversion for every kind of cell', () => {
    const cell = fc.oneof(
      fc.string(),
      fc.constantFrom<Cell | undefined>(undefined, null, '', ' \t x \n', true, false, 0, -1.5, Number.NaN),
      fc.double(),
      fc.integer().map((n) => new Date(Date.UTC(2020, 0, 1) + n * 1000)),
    );
    fc.assert(
      fc.property(cell, (value) => {
        expect(cellText(value)).toBe(plainCellText(value));
      }),
      { numRuns: 500 },
    );
  });
});
