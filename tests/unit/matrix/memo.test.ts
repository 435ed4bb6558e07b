import fc from 'fast-check';
import { memoLower, PairOfListsMemo } from '../../../src/domain/matrix/compute';

/** The matrix's memos answer exactly what the plain computation would: a key string, `trim().toLowerCase()`. */

const word = fc.constantFrom('', 'a', 'A', 'a ', 'b', 'a,b', '"', '["a"]', 'A01', '?', '-');
const list = fc.array(word, { maxLength: 3 });

describe('PairOfListsMemo', () => {
  it('keeps values apart exactly as JSON.stringify([first, second]) keys do', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(list, list, fc.nat()), { maxLength: 30 }), list, list, (writes, first, second) => {
        const memo = new PairOfListsMemo<number>();
        const plain = new Map<string, number>();
        for (const [a, b, value] of writes) {
          memo.set(a, b, value);
          plain.set(JSON.stringify([a, b]), value);
        }
        for (const [a, b] of [...writes, [first, second] as const])
          expect(memo.get(a, b)).toBe(plain.get(JSON.stringify([a, b])));
      }),
      { numRuns: 500 },
    );
  });

  it('tells the lists apart where they meet', () => {
    const memo = new PairOfListsMemo<string>();
    memo.set(['Ligo'], ['A01', 'A02'], 'x');
    expect(memo.get(['Ligo'], ['A01', 'A02'])).toBe('x');
    expect(memo.get(['Ligo'], ['A02', 'A01'])).toBeUndefined();
    expect(memo.get(['Ligo', 'A01'], ['A02'])).toBeUndefined();
    expect(memo.get([], ['Ligo', 'A01', 'A02'])).toBeUndefined();
  });
});

describe('memoLower', () => {
  it('gives trim().toLowerCase(), the first time and every time after', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 20 }), (names) => {
        const lowerName = memoLower();
        for (const name of [...names, ...names]) expect(lowerName(name)).toBe(name.trim().toLowerCase());
      }),
    );
  });
});
