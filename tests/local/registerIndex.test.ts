/** @jest-environment ./tests/support/scriptZoneEnvironment.js */
import fc from 'fast-check';
import { householdIndex } from '../../src/app/householdIntake';
import { cellText } from '../../src/domain/common/table';
import {
  type HouseholdFacts,
  type HouseholdIndex,
  indexHouseholds,
  type KnownHousehold,
  matchHousehold,
  matchIndexed,
  phoneKey,
  RegisterHousehold,
} from '../../src/domain/intake/householdMatch';
import { CASES } from '../../src/domain/tabs';
import { WorkbookTables } from '../../src/local/workbookTables';
import type { Row, TableSnapshot } from '../../src/ports';

/** The households of a snapshot read from its cells, with nothing cached (what the index must hold). */
function householdsOf(snapshot: TableSnapshot): KnownHousehold[] {
  return snapshot.rows
    .map(
      (row) =>
        new RegisterHousehold({
          caseRef: cellText(row.values.Dossiernummer),
          firstName: cellText(row.values.Voornaam),
          lastName: cellText(row.values.Familienaam),
          phone: phoneKey(cellText(row.values.Telefoon)),
          email: cellText(row.values['E-mail']),
          street: cellText(row.values['Straat en nummer']),
          postcode: cellText(row.values.Postcode),
        }),
    )
    .filter((h) => h.caseRef !== '');
}

/** What an index holds, as plain data (households as their facts, maps as entries). */
function plain(index: HouseholdIndex) {
  return {
    known: index.known.map((h) => ({
      caseRef: h.caseRef,
      firstName: h.firstName,
      lastName: h.lastName,
      phone: h.phone,
      email: h.email,
      street: h.street,
      postcode: h.postcode,
    })),
    byPhone: [...index.byPhone].sort(),
    byAddress: [...index.byAddress].sort(),
    byPostcodeName: [...index.byPostcodeName].map(([pc, byName]) => [pc, [...byName].sort()]).sort(),
  };
}

describe('the register index followed from snapshot to snapshot (householdIndex)', () => {
  type Op =
    | { kind: 'append'; rows: Row[] }
    | { kind: 'update'; row: number; values: Row }
    | { kind: 'forget' }
    | { kind: 'read' };
  const caseRow = fc.record({
    Dossiernummer: fc.constantFrom('', 'DT-2026-0001', 'DT-2026-0002', 'DT-2026-0003'),
    Voornaam: fc.constantFrom('', 'Jan', 'An'),
    Familienaam: fc.constantFrom('', 'Peeters', 'Peters'),
    Telefoon: fc.constantFrom('', '+32 470 00 00 01', '+32 470 00 00 02'),
    'E-mail': fc.constantFrom('', 'a@x.example', 'B@x.example'),
    'Straat en nummer': fc.constantFrom('', 'Markt 3', 'Markt 3 bus 2'),
    Postcode: fc.constantFrom('', '9900', '9990'),
    Status: fc.constantFrom('Aangemeld', 'Gebeld'),
  });
  const changes = fc.record(
    {
      Dossiernummer: fc.constantFrom('', 'DT-2026-0004'),
      Voornaam: fc.constantFrom('Jan', 'Els'),
      Telefoon: fc.constantFrom('', '+32 470 00 00 03'),
      Postcode: fc.constantFrom('', '9900', '9000'),
      'Straat en nummer': fc.constantFrom('Markt 4'),
      Status: fc.constantFrom('Gebeld', 'Afgesloten', ''),
      Notities: fc.constantFrom('belt terug', ''),
    },
    { requiredKeys: [] },
  );
  const op: fc.Arbitrary<Op> = fc.oneof(
    {
      weight: 3,
      arbitrary: fc.record({ kind: fc.constant('append' as const), rows: fc.array(caseRow, { maxLength: 3 }) }),
    },
    {
      weight: 5,
      arbitrary: fc.record({
        kind: fc.constant('update' as const),
        row: fc.integer({ min: 2, max: 14 }),
        values: changes,
      }),
    },
    { weight: 1, arbitrary: fc.constant({ kind: 'forget' as const }) },
    { weight: 2, arbitrary: fc.constant({ kind: 'read' as const }) },
  );
  const probe = fc.record({
    firstName: fc.constantFrom('Jan', 'An'),
    lastName: fc.constantFrom('Peeters', 'Peters'),
    phone: fc.constantFrom('', '+32470000001', '+32470000003'),
    email: fc.constantFrom('', 'b@x.example'),
    street: fc.constantFrom('', 'Markt 3'),
    postcode: fc.constantFrom('9900', '9000'),
  });

  it('equals indexing the snapshot again after appends, updates (status only or the household), emptied rows and new tables', () => {
    fc.assert(
      fc.property(
        fc.array(caseRow, { maxLength: 8 }),
        fc.array(op, { maxLength: 12 }),
        probe,
        (start, ops, fresh: HouseholdFacts) => {
          // A second workbook read in between: the index must not mix the two.
          const other = new WorkbookTables();
          other.ensureTab(CASES);
          other.append(CASES.name, start.slice(0, 2));
          const tables = new WorkbookTables();
          tables.ensureTab(CASES);
          if (start.length > 0) tables.append(CASES.name, start);
          for (const o of ops) {
            if (o.kind === 'append' && o.rows.length > 0) tables.append(CASES.name, o.rows);
            else if (o.kind === 'update') tables.update(CASES.name, o.row, o.values);
            else if (o.kind === 'forget') tables.forgetSnapshots();
            else if (o.kind === 'read') householdIndex(other.read(CASES.name));
            const snapshot = tables.read(CASES.name);
            const followed = householdIndex(snapshot);
            const known = householdsOf(snapshot);
            expect(plain(followed)).toEqual(plain(indexHouseholds(known)));
            expect(matchIndexed(fresh, followed)).toEqual(matchHousehold(fresh, known));
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
