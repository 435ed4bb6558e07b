import fc from 'fast-check';
import { highestRef } from '../../src/domain/intake/caseRef';

/** The rule as a regular expression (as caseRef.ts had it): `^PREFIX-(\d+)$` on the trimmed text. */
function plainHighest(prefix: string, existing: Iterable<string>): number {
  const pattern = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-(\\d+)$`);
  let highest = 0;
  for (const ref of existing) {
    const match = pattern.exec(String(ref).trim());
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return highest;
}

describe('the highest number of a series', () => {
  it('is what the regular expression finds, for any references (fast-check)', () => {
    const piece = fc.constantFrom(
      'DS',
      'OS',
      'D',
      '-',
      '--',
      '0',
      '7',
      '0042',
      '99999',
      ' ',
      '\t',
      'x',
      'S',
      '٣',
      '.',
      '+',
    );
    const ref = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(''));
    const prefix = fc.constantFrom('DS', 'OS', 'D', 'D.S', 'DS+');
    fc.assert(
      fc.property(prefix, fc.array(ref, { maxLength: 30 }), (p, refs) => {
        expect(highestRef(p, refs)).toBe(plainHighest(p, refs));
      }),
      { numRuns: 1000 },
    );
  });

  it('reads DS-0001 … DS-0123 as 123, and ignores other series and years', () => {
    expect(highestRef('DS', ['DS-0001', ' DS-0123 ', 'DS-2026-0999', 'OS-5000', 'DS-12a'])).toBe(123);
    expect(highestRef('DT', ['DT-2026-0007', 'DT-2025-0100'], 2026)).toBe(7);
  });
});
