import fc from 'fast-check';
import { stableOrder } from '../../../src/domain/dashboard/windowIndex';

/** The window index's counting sort orders the milestones exactly as a stable sort by date does. */
describe('stableOrder', () => {
  it('gives the positions as a stable sort by time gives them', () => {
    const time = fc.oneof(
      fc.integer({ min: 0, max: 6 }).map((d) => 1_790_000_000_000 + d * 86_400_000),
      fc.double({ noNaN: true, noDefaultInfinity: false }),
      fc.constantFrom(0, -1, 1.5),
    );
    fc.assert(
      fc.property(fc.array(time, { maxLength: 60 }), (times) => {
        const plain = times.map((t, i) => [t, i] as const).sort((a, b) => a[0] - b[0] || 0);
        expect([...stableOrder(times)]).toEqual(plain.map(([, i]) => i));
      }),
      { numRuns: 1000 },
    );
  });
});
