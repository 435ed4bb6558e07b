import fc from 'fast-check';
import { neutralise, unneutralise } from '../../src/domain/common/neutralise';

describe('neutralise', () => {
  it.each([
    ['=IMPORTDATA("http://x")', '\'=IMPORTDATA("http://x")'],
    ['+32 470 12 34 56', "'+32 470 12 34 56"],
    ['@foo', "'@foo"],
    ['-1+2', "'-1+2"],
    ['\tx', "'\tx"],
    ["'t Hof", "''t Hof"],
    ['0470123456', "'0470123456"],
    ['12/3', "'12/3"],
    ['9900', "'9900"],
    ['Jan', 'Jan'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(neutralise(input)).toBe(expected);
    expect(unneutralise(neutralise(input))).toBe(input);
  });

  it('round-trips every string', () => {
    fc.assert(
      fc.property(fc.string(), (s) => unneutralise(neutralise(s)) === s),
      { numRuns: 2000 },
    );
  });

  it('never leaves a formula trigger in front', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const out = neutralise(s);
        return out === '' || !'=+-@\t\r'.includes(out[0]);
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves ordinary text alone', () => {
    fc.assert(fc.property(fc.stringMatching(/^[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ0-9 .,-]*$/), (s) => neutralise(s) === s));
  });
});
