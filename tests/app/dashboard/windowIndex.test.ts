import fc from 'fast-check';
import { brusselsMidnight } from '../../../src/domain/dashboard/calendar';
import { type DashboardData, daysToActive, reachInWindow, uniqueWindow } from '../../../src/domain/dashboard/kpis';
import { MILESTONE_COLUMN } from '../../../src/domain/register/journey';
import type { Cell, StoredRow } from '../../../src/ports';
import { plainDaysToActive, plainReachInWindow, plainUniqueWindow } from '../../support/plainKpis';

/**
 * The window index (src/domain/dashboard/windowIndex.ts) against the plain computation (tests/support/plainKpis.ts,
 * the code as it was): the same unique people, course counts and days to active for any register and window —
 * also when the same tabs are shared by a second report, and after rows are appended, changed or deleted.
 */

const MILESTONES = [...Object.values(MILESTONE_COLUMN), 'Afgesloten op'];
const FIRST = Date.UTC(2025, 0, 1);
const LAST = Date.UTC(2027, 0, 1);

/** A date cell as the register may hold it: a Date, a typed day (with or without a time), empty, or not a date. */
const dateCell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: FIRST, max: LAST }).map((ms) => new Date(ms) as Cell) },
  {
    weight: 2,
    // Exactly midnight in Brussels at the start of a month: on a window's edge.
    arbitrary: fc
      .record({ y: fc.integer({ min: 2025, max: 2026 }), m: fc.integer({ min: 1, max: 12 }) })
      .map(({ y, m }) => brusselsMidnight(y, m, 1) as Cell),
  },
  {
    weight: 2,
    arbitrary: fc
      .record({
        y: fc.integer({ min: 2025, max: 2026 }),
        m: fc.integer({ min: 1, max: 12 }),
        d: fc.integer({ min: 1, max: 31 }),
        form: fc.integer({ min: 0, max: 3 }),
      })
      .map(({ y, m, d, form }) => {
        const dd = String(d).padStart(2, '0');
        const mm = String(m).padStart(2, '0');
        return [`${y}-${mm}-${dd}`, `${dd}/${mm}/${y}`, ` ${d}-${m}-${y} 10:30`, `${y}/${m}/${d}`][form] as Cell;
      }),
  },
  { weight: 4, arbitrary: fc.constantFrom<Cell>('', '', ' ', 'geen', 45_000, null, new Date(Number.NaN)) },
);

const pick = <T>(...values: T[]) => fc.constantFrom(...values);
const ref = pick('', 'DT-1', 'DT-2', 'DT-3', 'DT-4', 'DT-5', 'DT-6', ' DT-2 ', 'DT-9');
const phone = pick('', '', '0470 11 11 11', '+32 470 11 11 11', '0471/22.22.22', '0472 33', '0473 44 44 44');
const mail = pick('', '', 'an@example.be', 'AN@example.be', 'jan@example.be');
const first = pick('', 'An', 'Jan', 'Fatima', 'Fátima');
const last = pick('', 'Peeters', 'El Amrani', 'El-Amrani');
const postcode = pick('', '9900', '9990');
const token = pick('', '', '', 'P-DT-1', 'P-DT-7');
const participant = pick('', '', 'Karim Benali', 'karim benali', 'Mieke Claeys');

const row = (values: Record<string, Cell>, i: number): StoredRow => ({ rowNumber: i + 2, values });

const caseRow = fc
  .record({
    Dossiernummer: ref,
    Telefoon: phone,
    'E-mail': mail,
    Voornaam: first,
    Familienaam: last,
    Postcode: postcode,
    'Anonieme persoon': token,
    Status: pick('Actief', 'Contact opgenomen', 'Afgesloten: niet bereikbaar', ' Afgesloten: niet bereikbaar', ''),
    'Aangemaakt op': dateCell,
    'Dagen tot actief': pick<Cell>('', '', '12', '-3', 'x', 0, 5, ' 7 '),
    milestones: fc.array(dateCell, { minLength: MILESTONES.length, maxLength: MILESTONES.length }),
  })
  .map(({ milestones, ...rest }) => {
    const values: Record<string, Cell> = { ...rest };
    MILESTONES.forEach((column, i) => {
      values[column] = milestones[i];
    });
    return values;
  });

const deviceRow = fc.record({
  'Toegewezen aan (soort)': pick('Dossier', 'Dossier', 'School', '', ' Dossier'),
  'Toegewezen aan': ref,
  'Uitgedeeld op': dateCell,
});
const supportRow = fc.record({ Dossiernummer: ref, Datum: dateCell });
const attendanceRow = fc.record({
  Dossiernummer: ref,
  Deelnemer: participant,
  Telefoon: phone,
  'E-mail': mail,
  Datum: dateCell,
  Aanwezig: pick('ja', 'ja', 'nee', 'NEE', ' Nee ', ''),
  'Vorming-ID': pick('V-1', 'V-2', 'V-3', ''),
});

const tabsArb = fc.record({
  cases: fc.array(caseRow, { maxLength: 30 }),
  devices: fc.array(deviceRow, { maxLength: 8 }),
  support: fc.array(supportRow, { maxLength: 10 }),
  attendance: fc.array(attendanceRow, { maxLength: 12 }),
  courses: fc.array(fc.record({ 'Vorming-ID': pick('V-1', 'V-2', 'V-3'), Vindplaats: pick('Bib', 'OCMW', 'Elders') }), {
    maxLength: 4,
  }),
  vindplaatsen: fc.array(fc.record({ Vindplaats: pick('Bib', 'OCMW', '') }), { maxLength: 3 }),
});

type Tabs = Record<string, Array<Record<string, Cell>>>;

const EMPTY = [
  'referrals',
  'registrations',
  'logbook',
  'onward',
  'chromebookBatches',
  'fieldLog',
  'actions',
  'partners',
  'scans',
  'planning',
  'letters',
  'targetGroups',
] as const;

function dataOf(tabs: Record<string, readonly StoredRow[]>): DashboardData {
  const data: Record<string, readonly StoredRow[]> = {};
  for (const k of EMPTY) data[k] = [];
  return { ...data, ...tabs } as unknown as DashboardData;
}

const asRows = (tabs: Tabs) =>
  Object.fromEntries(Object.entries(tabs).map(([k, list]) => [k, list.map(row)])) as Record<string, StoredRow[]>;

/** As the twin hands out snapshots: a frozen array of frozen rows. */
function frozen(rows: readonly StoredRow[]): readonly StoredRow[] {
  return Object.freeze(
    rows.map((r) => Object.freeze({ rowNumber: r.rowNumber, values: Object.freeze({ ...r.values }) })),
  );
}

const windowArb = fc
  .record({
    from: fc.integer({ min: 0, max: 23 }),
    months: fc.integer({ min: 1, max: 24 }),
    raw: fc.option(fc.tuple(fc.integer({ min: FIRST, max: LAST }), fc.integer({ min: 0, max: 400 * 86_400_000 }))),
  })
  .map(({ from, months, raw }) =>
    raw
      ? { start: new Date(raw[0]), end: new Date(raw[0] + raw[1]) }
      : {
          start: brusselsMidnight(2025, 1 + from, 1),
          end: brusselsMidnight(2025, 1 + from + months, 1),
        },
  );

function expectSame(data: DashboardData, windows: ReadonlyArray<{ start: Date; end: Date }>): void {
  for (const w of windows) {
    expect(reachInWindow(data, w)).toEqual(plainReachInWindow(data, w));
    // The order of the entries too: it is the order tables list their parts in.
    expect([...uniqueWindow(data, w)]).toEqual([...plainUniqueWindow(data, w)]);
    expect(daysToActive(data, w)).toEqual(plainDaysToActive(data, w));
  }
}

describe('the window index equals the plain computation (fast-check)', () => {
  it('for any register and windows, asked once or again', () => {
    fc.assert(
      fc.property(tabsArb, fc.array(windowArb, { minLength: 1, maxLength: 6 }), (tabs, windows) => {
        const data = dataOf(asRows(tabs as unknown as Tabs));
        expectSame(data, windows);
        expectSame(data, windows); // the second time from the index's own memory
      }),
      { numRuns: 150 },
    );
  });

  it('for frozen tabs shared by a second report, and after appends, changes and deletions', () => {
    fc.assert(
      fc.property(
        tabsArb,
        fc.array(windowArb, { minLength: 1, maxLength: 4 }),
        caseRow,
        attendanceRow,
        fc.nat(),
        (tabs, windows, extraCase, extraCourse, at) => {
          const rows = asRows(tabs as unknown as Tabs);
          const snapshot = Object.fromEntries(Object.entries(rows).map(([k, list]) => [k, frozen(list)]));
          const first = dataOf(snapshot);
          expectSame(first, windows);
          // The next report on the same (unchanged) tabs: a new data object with the very same arrays.
          expectSame(dataOf({ ...snapshot }), windows);
          // A case appended, a course row appended, a case changed, a case deleted: new frozen arrays.
          const cases = snapshot.cases;
          const appended = frozen([...cases, row(extraCase, cases.length)]);
          expectSame(dataOf({ ...snapshot, cases: appended }), windows);
          expectSame(
            dataOf({ ...snapshot, attendance: frozen([...snapshot.attendance, row(extraCourse, 99)]) }),
            windows,
          );
          if (cases.length > 0) {
            const i = at % cases.length;
            const changed = cases.map((r, j) => (j === i ? row(extraCase, i) : r));
            expectSame(dataOf({ ...snapshot, cases: frozen(changed) }), windows);
            expectSame(dataOf({ ...snapshot, cases: frozen(cases.filter((_, j) => j !== i)) }), windows);
          }
          // The first report's answers have not changed meanwhile.
          expectSame(first, windows);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('does not share what it worked out from tabs that are not frozen (they may change in place)', () => {
    const w = { start: brusselsMidnight(2026, 1, 1), end: brusselsMidnight(2026, 2, 1) };
    const cases: StoredRow[] = [
      row({ Dossiernummer: 'DT-1', [MILESTONE_COLUMN.Actief]: brusselsMidnight(2026, 1, 5), 'Dagen tot actief': 3 }, 0),
    ];
    const tabs = { cases, devices: [], support: [], attendance: [], courses: [], vindplaatsen: [] };
    expect(reachInWindow(dataOf(tabs), w).Totaal).toBe(1);
    cases.push(row({ Dossiernummer: 'DT-2', [MILESTONE_COLUMN.Actief]: brusselsMidnight(2026, 1, 6) }, 1));
    const again = dataOf(tabs);
    expect(reachInWindow(again, w).Totaal).toBe(2);
    expect(daysToActive(again, w)).toEqual(plainDaysToActive(again, w));
  });
});
