import fc from 'fast-check';
import { monthFinder, monthIndex, monthIndexOf, monthStart } from '../../../src/domain/dashboard/calendar';

/** The monthly counts' month lookup gives what `monthIndexOf` gives, in Brussels, and null outside its months. */
describe('monthFinder', () => {
  const first = fc.integer({ min: monthIndex(2023, 1), max: monthIndex(2027, 12) });
  const length = fc.integer({ min: 0, max: 40 });
  // Any instant, and instants on and next to the edges of months (Brussels midnight, DST changes in March/October).
  const instant = (lo: number, hi: number) =>
    fc.oneof(
      fc.integer({ min: monthStart(lo - 1).getTime(), max: monthStart(hi + 2).getTime() }),
      fc
        .tuple(fc.integer({ min: lo - 1, max: hi + 2 }), fc.constantFrom(-3_600_001, -1, 0, 1, 3_600_000, 7_200_000))
        .map(([m, d]) => monthStart(m).getTime() + d),
    );
  it('is monthIndexOf inside first..last and null outside', () => {
    fc.assert(
      fc.property(
        first.chain((f) =>
          length.chain((n) => fc.tuple(fc.constant(f), fc.constant(f + n), fc.array(instant(f, f + n)))),
        ),
        ([f, l, times]) => {
          const find = monthFinder(f, l);
          for (const ms of times) {
            const m = monthIndexOf(new Date(ms));
            expect(find(ms)).toBe(m >= f && m <= l ? m : null);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
