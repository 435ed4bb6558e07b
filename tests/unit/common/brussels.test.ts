import fc from 'fast-check';
import { brusselsOffsetMinutes } from '../../../src/domain/common/brussels';

/** The EU rule worked out for every instant, without the cache of the last year asked for. */
function plainOffset(ms: number): number {
  const lastSunday = (year: number, month: number) => {
    const lastDay = new Date(Date.UTC(year, month, 0));
    return Date.UTC(year, month - 1, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
  };
  const year = new Date(ms).getUTCFullYear();
  return ms >= lastSunday(year, 3) && ms < lastSunday(year, 10) ? 120 : 60;
}

describe('brusselsOffsetMinutes keeps the last year it worked out', () => {
  it('equals the rule worked out afresh, in any order of instants (years apart, around the switches, NaN)', () => {
    const switches = [Date.UTC(2026, 2, 29, 1), Date.UTC(2026, 9, 25, 1), Date.UTC(2027, 0, 1), Date.UTC(2025, 11, 31)];
    const instant = fc.oneof(
      fc.integer({ min: -8.64e15, max: 8.64e15 }),
      fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2028, 0, 1) }),
      fc.constantFrom(...switches.flatMap((s) => [s - 1, s, s + 1])),
      fc.constant(Number.NaN),
    );
    fc.assert(
      fc.property(fc.array(instant, { maxLength: 40 }), (instants) => {
        for (const ms of instants) expect(brusselsOffsetMinutes(ms)).toBe(plainOffset(ms));
      }),
      { numRuns: 300 },
    );
  });
});
