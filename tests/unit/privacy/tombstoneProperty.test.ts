import fc from 'fast-check';
import { PERSON_TOKEN } from '../../../src/domain/privacy/tabs';
import { planPersonTokens } from '../../../src/domain/privacy/tombstone';
import type { Row, TableSnapshot } from '../../../src/ports';
import { plainPlanPersonTokens } from './plainTombstone';

/**
 * planPersonTokens groups only the people of the target rows: the same labels and the same other rows as the
 * plan over every person, on random registers where people chain through case numbers, phones, e-mails and
 * names, with labels already given, rows without any key and targets that are not rows.
 */
const cell = <T>(values: T[]) => fc.constantFrom<T | ''>('', ...values);
const person = fc.record({
  Dossiernummer: cell(['DT-1', 'DT-2', 'DT-3']),
  Telefoon: cell(['0470 11 22 33', '+32 470 11 22 33', '0470 99 88 77']),
  'E-mail': cell(['a@x.be', 'A@X.BE', 'b@x.be']),
  Voornaam: cell(['Fatima', 'Jan']),
  Familienaam: cell(['El Amrani', 'Peeters']),
  Postcode: cell(['9900']),
  [PERSON_TOKEN]: fc.constantFrom('', '', '', 'P-DT-9'),
});
const tab = (rows: Row[]): TableSnapshot => ({
  headers: [],
  rows: rows.map((values, i) => ({ rowNumber: i + 2, values })),
});

describe('planPersonTokens over the target people only', () => {
  it('equals the plan over every person', () => {
    fc.assert(
      fc.property(
        fc.array(person, { maxLength: 12 }),
        fc.array(person, { maxLength: 8 }),
        fc.array(
          fc.record({ tab: fc.constantFrom('Dossiers', 'Deelnames'), rowNumber: fc.integer({ min: 1, max: 15 }) }),
          { maxLength: 6 },
        ),
        (cases, attendance, targets) => {
          const mint = (n: number) => `P-20261130-${n + 1}`;
          const fast = planPersonTokens(tab(cases), tab(attendance), targets, mint);
          const plain = plainPlanPersonTokens(tab(cases), tab(attendance), targets, mint);
          expect([...fast.tokens]).toEqual([...plain.tokens]);
          expect(fast.others).toEqual(plain.others);
        },
      ),
      { numRuns: 500 },
    );
  });
});
