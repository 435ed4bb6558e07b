import fc from 'fast-check';
import { foldForMatch } from '../../src/domain/common/text';
import {
  type HouseholdFacts,
  indexHouseholds,
  type KnownHousehold,
  matchHousehold,
  matchIndexed,
  nameSimilarity,
} from '../../src/domain/intake/householdMatch';
import { householdCorpus } from '../support/householdCorpus';

describe('household matching through the index', () => {
  it('gives exactly what comparing with every household gives, on the messy corpus', () => {
    const { known, probes } = householdCorpus(11, 300);
    const index = indexHouseholds(known);
    let matched = 0;
    for (const probe of probes) {
      const expected = matchHousehold(probe.facts, known);
      expect(matchIndexed(probe.facts, index)).toEqual(expected);
      if (expected.kind !== 'none') matched++;
    }
    expect(matched).toBeGreaterThan(50);
  });

  it('gives the same result for arbitrary households (shared phones, postcodes, empty fields, duplicates)', () => {
    const text = fc.constantFrom('', 'Jan', 'Jans', 'Peeters', 'Peters', 'An', 'Ann', 'Van de Velde');
    const facts = fc.record({
      firstName: text,
      lastName: text,
      phone: fc.constantFrom('', '+32470000001', '+32470000002', '+32470000003'),
      street: fc.constantFrom('', 'Markt 3', 'Markt 3 bus 2', 'Zuidmoerstr. 136', 'Zuidmoerstraat 136'),
      postcode: fc.constantFrom('', '9900', '9000', '9990'),
    });
    const knownArb = fc.array(
      fc.record({ caseRef: fc.constantFrom('DT-1', 'DT-2', 'DT-3', 'DT-4', 'DT-5', 'DT-6'), facts }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(knownArb, facts, (rows, fresh: HouseholdFacts) => {
        const known: KnownHousehold[] = rows.map((r) => ({ ...r.facts, caseRef: r.caseRef }));
        expect(matchIndexed(fresh, indexHouseholds(known))).toEqual(matchHousehold(fresh, known));
      }),
      { numRuns: 500 },
    );
  });
});

describe('the length bound that spares Levenshtein', () => {
  it('is never below the name similarity', () => {
    const name = fc.string({ unit: fc.constantFrom('a', 'b', 'e', 'n', 'v', ' ', 'é'), maxLength: 12 });
    const person = fc.record({ firstName: name, lastName: name });
    fc.assert(
      fc.property(person, person, (x, y) => {
        const base = { phone: '', street: '', postcode: '9900' };
        const a = { ...base, ...x };
        const b = { ...base, ...y };
        const bound = Math.max(
          (ratio(a.firstName, b.firstName) + ratio(a.lastName, b.lastName)) / 2,
          (ratio(a.firstName, b.lastName) + ratio(a.lastName, b.firstName)) / 2,
        );
        expect(nameSimilarity(a, b)).toBeLessThanOrEqual(bound + 1e-9);
      }),
      { numRuns: 1000 },
    );
  });
});

/** Length ratio of the letters matching compares (folded, letters only), as `namesBound` computes it. */
function ratio(x: string, y: string): number {
  const lx = letters(x).length;
  const ly = letters(y).length;
  const longest = Math.max(lx, ly);
  return longest === 0 ? 1 : Math.min(lx, ly) / longest;
}

function letters(name: string): string {
  return foldForMatch(name).replace(/[^a-z]/g, '');
}
