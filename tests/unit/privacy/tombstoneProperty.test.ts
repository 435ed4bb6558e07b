import fc from 'fast-check';
import { PERSON_TOKEN } from '../../../src/domain/privacy/tabs';
import { planPersonTokens } from '../../../src/domain/privacy/tombstone';
import { keysOf } from '../../../src/domain/register/reach';
import type { Row, TableSnapshot } from '../../../src/ports';
import { plainKeysOf, plainPlanPersonTokens } from './plainTombstone';

/**
 * planPersonTokens joins rows (not keys) and groups only the people of the target rows: the same labels and the
 * same other rows as the plain plan over every person, on random registers where people chain through case
 * numbers, phones, e-mails, names and participant names, with labels already given, rows without any key, gaps
 * in the row numbers, and targets that are not rows, are repeated, or name another tab.
 */
const cell = <T>(values: T[]) => fc.constantFrom<T | ''>('', ...values);
const person = fc.record({
  Dossiernummer: cell(['DT-1', 'DT-2', 'DT-3', ' DT-1 ', 'DT-10']),
  Telefoon: cell(['0470 11 22 33', '+32 470 11 22 33', '0470 99 88 77', '12']),
  'E-mail': cell(['a@x.be', 'A@X.BE', 'b@x.be']),
  Voornaam: cell(['Fatima', 'Jan', 'Zoë']),
  Familienaam: cell(['El Amrani', 'Peeters', 'El-Amrani']),
  Postcode: cell(['9900', '9990']),
  Deelnemer: cell(['Fatima El Amrani', 'Zoe Peeters', 'Zoë Peeters']),
  [PERSON_TOKEN]: fc.constantFrom('', '', '', 'P-DT-9', 'P-20260101-1'),
});
const tab = (rows: Row[], gaps: number[]): TableSnapshot => {
  let rowNumber = 1;
  return {
    headers: [],
    rows: rows.map((values, i) => {
      rowNumber += 1 + (gaps[i] ?? 0);
      return { rowNumber, values };
    }),
  };
};
const target = fc.record({
  tab: fc.constantFrom('Dossiers', 'Deelnames', 'Logboek'),
  rowNumber: fc.integer({ min: 1, max: 30 }),
});

describe('planPersonTokens over the target people only', () => {
  it('equals the plan over every person', () => {
    fc.assert(
      fc.property(
        fc.array(person, { maxLength: 14 }),
        fc.array(person, { maxLength: 10 }),
        fc.array(fc.constantFrom(0, 0, 0, 1, 3), { maxLength: 14 }),
        fc.array(target, { maxLength: 8 }),
        fc.boolean(),
        (cases, attendance, gaps, targets, noAttendance) => {
          const mint = (n: number) => `P-20261130-${n + 1}`;
          const casesTab = tab(cases, gaps);
          const attendanceTab = noAttendance ? null : tab(attendance, gaps.slice(3));
          const fast = planPersonTokens(casesTab, attendanceTab, targets, mint);
          const plain = plainPlanPersonTokens(casesTab, attendanceTab, targets, mint);
          expect([...fast.tokens]).toEqual([...plain.tokens]);
          expect(fast.others).toEqual(plain.others);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('keysOf (built on eachKey) gives the keys of the plain keysOf, in order', () => {
    fc.assert(
      fc.property(person, fc.constantFrom('Dossiernummer', 'Deelnemer'), (values, caseColumn) => {
        expect(keysOf(values, caseColumn)).toEqual(plainKeysOf(values, caseColumn));
      }),
      { numRuns: 500 },
    );
  });
});
