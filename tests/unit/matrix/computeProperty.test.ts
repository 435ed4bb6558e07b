import fc from 'fast-check';
import { computeMatrix } from '../../../src/domain/matrix/compute';
import { splitList } from '../../../src/domain/matrix/defaults';
import type { MatrixInput } from '../../../src/domain/matrix/model';
import { FREQUENCIES, PLAN_STATUSES } from '../../../src/domain/matrix/tabs';
import { plainComputeMatrix, plainSplitList } from './plainCompute';

/**
 * The matrix's indexes (credits per code, households per target group, counts per household) give exactly the
 * report of the plain computation, on random sheets: refs and names that differ only in case or spaces, unknown
 * groups and codes, households without a case, repeated registrations and referrals.
 */

const TODAY = 20_787; // 30/11/2026
const day = fc.option(fc.integer({ min: TODAY - 200, max: TODAY + 60 }), { nil: null });
const ref = fc.constantFrom('DT-1', 'DT-2', 'dt-2', 'DT-3', 'DT-4', ' DT-5', 'DT-6', 'DT-7', '');
const code = fc.constantFrom('A01', 'A02', 'a03', 'A09', '', '?');
const group = fc.constantFrom('Senioren', 'senioren ', 'Gezinnen', 'Nieuwkomers', 'Onbekend');
const partner = fc.constantFrom('Ligo', 'ligo', 'VDAB', 'CAW Oost-Vlaanderen, onthaal Eeklo', 'OCMW');
const names = <T>(arb: fc.Arbitrary<T>) => fc.array(arb, { maxLength: 3 });

const input: fc.Arbitrary<MatrixInput> = fc.record({
  actions: fc.array(
    fc.record({
      code: fc.constantFrom('A01', 'A02', 'A03'),
      name: fc.constantFrom('Eikenblad', 'Digispreekuur', 'Infostand'),
      heardVia: fc.constantFrom('', 'In het Eikenblad', 'Via een club'),
    }),
    { maxLength: 4 },
  ),
  groups: fc.array(
    fc.record({
      name: fc.constantFrom('Senioren', 'Gezinnen', 'Nieuwkomers'),
      description: fc.constant(''),
      partners: names(partner),
    }),
    { maxLength: 4 },
  ),
  planning: fc
    .array(
      fc.record({
        code,
        name: fc.constantFrom('', 'Eikenblad', 'Infostand'),
        groups: names(group),
        partners: names(partner),
        start: day,
        frequency: fc.constantFrom('', ...FREQUENCIES),
        frequencyText: fc.constant(''),
        until: day,
        status: fc.constantFrom('', ...PLAN_STATUSES),
        doneOn: day,
        timesDone: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
      }),
      { maxLength: 6 },
    )
    .map((rows) => rows.map((r, i) => ({ ...r, rowNumber: i + 2 }))),
  moments: fc.array(
    fc.record({
      day: fc.integer({ min: TODAY - 200, max: TODAY }),
      code,
      actionName: fc.constantFrom('', 'Eikenblad', 'Iets anders'),
      place: fc.constantFrom('', 'Markt', 'markt', 'Bib'),
      reached: fc.nat(20),
      onSpot: fc.nat(5),
      source: fc.constantFrom('veldwerk' as const, 'brieven' as const),
    }),
    { maxLength: 8 },
  ),
  registrations: fc.array(
    fc.record({ day, caseRef: ref, code, heardVia: fc.constantFrom('', 'in het eikenblad', 'Via een club') }),
    { maxLength: 8 },
  ),
  referrals: fc.array(fc.record({ day, caseRef: ref, organisation: partner }), { maxLength: 8 }),
  cases: fc.array(
    fc.record({
      caseRef: ref,
      created: day,
      contacted: fc.boolean(),
      connectedOn: day,
      connected: fc.boolean(),
      helped: fc.boolean(),
      daysToConnection: fc.option(fc.nat(90), { nil: null }),
      groups: names(group),
    }),
    { maxLength: 8 },
  ),
  partners: names(partner),
  vindplaatsen: fc.constantFrom([], ['Markt'], ['Bib', 'markt']),
});

const settings = fc.record({
  weeksWithoutAction: fc.integer({ min: 1, max: 10 }),
  minChannels: fc.integer({ min: 1, max: 4 }),
  creditDays: fc.integer({ min: 0, max: 60 }),
});

/** Maps as their entries in order, so the order of households and groups is compared too. */
const plain = (report: ReturnType<typeof computeMatrix>) => ({
  ...report,
  householdGroups: [...report.householdGroups],
});

describe('computeMatrix with its indexes equals the plain computation', () => {
  it('the same report on random sheets', () => {
    fc.assert(
      fc.property(input, settings, (sheet, s) => {
        expect(plain(computeMatrix(sheet, TODAY, s))).toEqual(plain(plainComputeMatrix(sheet, TODAY, s)));
      }),
      { numRuns: 150 },
    );
  });

  it('splitList: a cell without a separator is one name, as the full split gives it', () => {
    const known = ['CAW Oost-Vlaanderen, onthaal Eeklo', 'Ligo'];
    const cell = fc
      .array(fc.constantFrom('a', 'B', ' ', ',', ';', '\n', '\t', 'CAW Oost-Vlaanderen, onthaal Eeklo'), {
        maxLength: 12,
      })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(cell, fc.boolean(), (text, withKnown) => {
        const k = withKnown ? known : [];
        expect(splitList(text, k)).toEqual(plainSplitList(text, k));
      }),
      { numRuns: 1000 },
    );
  });
});
