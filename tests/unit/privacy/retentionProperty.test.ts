import fc from 'fast-check';
import { audited } from '../../../src/app/privacy/auditTrail';
import { cellText } from '../../../src/domain/common/table';
import { findFootprint, type WorkbookView } from '../../../src/domain/privacy/footprint';
import { dueCases, dueReviewRows } from '../../../src/domain/privacy/retention';
import { ANONYMISED_AT } from '../../../src/domain/privacy/tabs';
import type { Cell, Row, TableSnapshot } from '../../../src/ports';
import { plainAudited, plainDueCases, plainDueReviewRows, plainFindFootprint } from './plainRetention';

/**
 * What is due and the footprint of the due cases, as the plain computations give them: dueCases reads a date in
 * "Geanonimiseerd op" without writing it out, dueReviewRows builds its set of case numbers in one loop, and
 * findFootprint reads each response tab once. Random registers: marks that are dates, text or blank, exits and
 * other statuses, responses at their row, elsewhere, in the wrong second or in a tab that is no form's.
 */
const at = (day: number) => new Date(Date.UTC(2024, 0, day, 10));
const cutoff = at(15);
const ref = fc.constantFrom('DT-1', 'DT-2', 'dt-3', ' DT-4 ', '', 'DT-5');
const date = fc.oneof(fc.integer({ min: 1, max: 30 }).map(at), fc.constantFrom<Cell>('', '2024-01-02', null));
const mark = fc.oneof(fc.constantFrom<Cell | undefined>(undefined, '', '  ', 'ja', 0), date);
/** Rows as read; a cell given as undefined is a cell the row lacks. */
const tab = (headers: string[], rows: ReadonlyArray<Record<string, Cell | undefined>>): TableSnapshot => ({
  headers,
  rows: rows.map((values, i) => ({ rowNumber: i + 2, values: values as Row })),
});

const caseRow = fc.record({
  Dossiernummer: ref,
  Status: fc.constantFrom('Afgesloten: geholpen', 'Afgesloten: niet bereikbaar', 'Actief', ''),
  'Afgesloten op': date,
  'Laatste statuswijziging': date,
  [ANONYMISED_AT]: mark,
});
const reviewRow = fc.record({
  'Ontvangen op': date,
  Resultaat: ref,
  'Koppelen aan dossier': ref,
  Antwoorden: fc.constantFrom('', ' ', 'Naam: Jan'),
  Reden: fc.constantFrom('', 'Geen toestemming'),
  Antwoordtab: fc.constantFrom('Antwoorden Doorverwijzing', 'Antwoorden Aanmelding', 'Logboek', ''),
  'Rij in antwoordtab': fc.constantFrom<Cell>(2, 3, 4, '5', '', 1),
});
const recordRow = fc.record({
  Dossiernummer: ref,
  'Ontvangen op': date,
  'Rij in antwoordtab': fc.constantFrom<Cell>(2, 3, 4, '5', ''),
  Opmerkingen: fc.constantFrom('', 'x'),
});
const responseRow = fc.record({ Tijdstempel: date, 'Uw naam': fc.constantFrom('', 'Jan') });

describe('retention over random registers', () => {
  it('due cases and due review rows equal the plain ones', () => {
    fc.assert(
      fc.property(fc.array(caseRow, { maxLength: 12 }), fc.array(reviewRow, { maxLength: 8 }), (cases, review) => {
        const casesTab = tab(Object.keys(cases[0] ?? {}), cases);
        expect(dueCases(casesTab, cutoff)).toEqual(plainDueCases(casesTab, cutoff));
        const reviewTab = tab([], review);
        expect(dueReviewRows(reviewTab, casesTab, cutoff)).toEqual(plainDueReviewRows(reviewTab, casesTab, cutoff));
      }),
      { numRuns: 500 },
    );
  });

  it('the footprint equals the plain one', () => {
    fc.assert(
      fc.property(
        fc.array(caseRow, { maxLength: 8 }),
        fc.array(recordRow, { maxLength: 8 }),
        fc.array(recordRow, { maxLength: 4 }),
        fc.array(reviewRow, { maxLength: 6 }),
        fc.array(responseRow, { maxLength: 6 }),
        fc.array(responseRow, { maxLength: 4 }),
        fc.array(ref, { maxLength: 5 }),
        (cases, referrals, registrations, review, referralAnswers, registrationAnswers, requested) => {
          const tabs = new Map<string, TableSnapshot>([
            ['Dossiers', tab(['Dossiernummer', 'Status', ANONYMISED_AT], cases)],
            [
              'Doorverwijzingen',
              tab(['Dossiernummer', 'Ontvangen op', 'Rij in antwoordtab', 'Opmerkingen'], referrals),
            ],
            ['Aanmeldingen', tab(['Dossiernummer', 'Ontvangen op', 'Rij in antwoordtab'], registrations)],
            ['Te controleren', tab(['Resultaat', 'Antwoorden'], review)],
            ['Antwoorden Doorverwijzing', tab(['Tijdstempel', 'Uw naam'], referralAnswers)],
            ['Antwoorden Aanmelding', tab(['Tijdstempel'], registrationAnswers)],
            ['Logboek', tab(['Tabblad', 'Sleutel'], [{ Tabblad: 'Dossiers', Sleutel: 'DT-1' }])],
          ]);
          const view: WorkbookView = (name) => tabs.get(name) ?? null;
          const refs = requested.map((r) => cellText(r).toUpperCase()).filter((r) => r !== '');
          expect(findFootprint(view, refs, { lookalikes: false })).toEqual(plainFindFootprint(view, refs));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('audited answers as the plain look-up, also when texts hold the separator', () => {
    // Few texts, so that keys which only meet through a separator inside a text come up often.
    const text = fc.constantFrom('', 'Geanonimiseerd', 'A\u0001B', 'A', 'B', 'B\u0001', '\u0001');
    const refs = fc.array(fc.constantFrom('DT-1', 'B', '\u0001A', ''), { maxLength: 2 });
    const trailRow = fc.record({ Handeling: text, Dossiernummers: refs.map((r) => r.join(', ')), Toelichting: text });
    fc.assert(
      fc.property(
        fc.array(trailRow, { maxLength: 6 }),
        fc.array(fc.tuple(text, refs, fc.option(text, { nil: undefined })), { maxLength: 6 }),
        (rows, asked) => {
          const trail = tab([], rows);
          for (const [action, caseRefs, note] of asked)
            expect(audited(trail, action, caseRefs, note)).toBe(plainAudited(trail, action, caseRefs, note));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
