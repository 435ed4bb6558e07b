import fc from 'fast-check';
import { brusselsOffsetMinutes } from '../../../src/domain/common/brussels';
import { brusselsDay, monthIndex, monthIndexOf } from '../../../src/domain/dashboard/calendar';

/** The EU rule worked out afresh for every instant (brussels.ts keeps it per year). */
function plainOffset(ms: number): number {
  const lastSundayAt1Utc = (year: number, month: number) => {
    const lastDay = new Date(Date.UTC(year, month, 0));
    return Date.UTC(year, month - 1, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
  };
  const year = new Date(ms).getUTCFullYear();
  return ms >= lastSundayAt1Utc(year, 3) && ms < lastSundayAt1Utc(year, 10) ? 120 : 60;
}

describe('Brussels summer time, kept per year', () => {
  it('is the EU rule for any instant, asked in any order over many years (fast-check)', () => {
    const instant = fc.oneof(
      fc.integer({ min: Date.UTC(1971, 0, 1), max: Date.UTC(2100, 0, 1) }),
      // Around the switches and the turn of the year, to the millisecond.
      fc
        .record({
          year: fc.integer({ min: 2020, max: 2035 }),
          at: fc.constantFrom([2, 31], [9, 31], [0, 1], [11, 31]),
          offset: fc.integer({ min: -8 * 86_400_000, max: 8 * 86_400_000 }),
        })
        .map(({ year, at, offset }) => Date.UTC(year, at[0], at[1]) + offset),
      fc.constantFrom(Number.NaN, 0, -1, Date.UTC(1950, 5, 1), Date.UTC(50, 5, 1), 8.64e15),
    );
    fc.assert(
      fc.property(fc.array(instant, { minLength: 1, maxLength: 40 }), (list) => {
        for (const ms of list) expect(brusselsOffsetMinutes(ms)).toBe(plainOffset(ms));
      }),
      { numRuns: 300 },
    );
  });

  it('switches at 01:00 UTC on the last Sundays of March and October', () => {
    expect(brusselsOffsetMinutes(Date.UTC(2026, 2, 29, 0, 59, 59, 999))).toBe(60);
    expect(brusselsOffsetMinutes(Date.UTC(2026, 2, 29, 1))).toBe(120);
    expect(brusselsOffsetMinutes(Date.UTC(2026, 9, 25, 0, 59, 59, 999))).toBe(120);
    expect(brusselsOffsetMinutes(Date.UTC(2026, 9, 25, 1))).toBe(60);
  });
});

describe('the month of an instant in Brussels', () => {
  it('is the month of its Brussels calendar day (fast-check)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) }), (ms) => {
        const d = brusselsDay(new Date(ms));
        expect(monthIndexOf(new Date(ms))).toBe(monthIndex(d.year, d.month));
      }),
      { numRuns: 500 },
    );
  });
});
