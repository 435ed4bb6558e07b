import { figures, PAIRS, type PairKind } from '../support/householdPairs';
import { pureOutcomes } from '../support/pairOutcomes';

/**
 * The labelled corpus (tests/support/householdPairs.ts) through the pure matching function, as the intake
 * calls it. The same corpus runs through the built bundle (tests/bundle/householdPairs.test.ts) and the local
 * twin (tests/local/householdPairs.test.ts); the figures are in docs/intake.md.
 */
const outcomes = pureOutcomes(PAIRS);

describe('household matching on the labelled corpus (pure function)', () => {
  it('has at least 100 pairs of every kind partners write', () => {
    expect(PAIRS.length).toBeGreaterThanOrEqual(100);
    const kinds = new Set<PairKind>(PAIRS.map((p) => p.kind));
    expect([...kinds].sort()).toEqual(
      [
        'e-mail',
        'family landline',
        'interpreter phone',
        'moved',
        'namesake',
        'neighbours',
        'nickname',
        'no street',
        'office phone',
        'particles',
        'swapped names',
        'transliteration',
        'two family names',
        'typo',
        'unrelated',
      ].sort(),
    );
  });

  it.each(PAIRS.map((p, i) => [p.id, p.kind, p.expected, p, i] as const))(
    '%s (%s) → %s',
    (_id, _kind, _exp, pair, i) => {
      const o = outcomes[i];
      expect(o.kind).toBe(pair.expected);
      if (o.kind === 'link') expect(o.caseRef).toBe(pair.truth);
      if (o.kind === 'review' && pair.truth) expect(o.candidates).toContain(pair.truth);
    },
  );

  it('precision of automatic links 1.00, recall including review 1.00', () => {
    const f = figures(PAIRS, outcomes);
    console.log(`household matching, labelled corpus (pure): ${JSON.stringify(f)}`);
    expect(f.precision).toBe(1);
    expect(f.recallWithReview).toBe(1);
    expect(f).toMatchObject({ pairs: 111, duplicates: 70, nonDuplicates: 41, links: 58 });
    expect(f.reviewShareOfNonDuplicates).toBeCloseTo(20 / 41, 5);
  });
});
