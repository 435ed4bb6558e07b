import fc from 'fast-check';
import { applyUpdates } from '../../../src/app/privacy/anonymiser';
import { FORMS } from '../../../src/domain/forms/registry';
import { anonymisationUpdates, type CellUpdate } from '../../../src/domain/privacy/anonymise';
import type { Footprint, FootprintSection, SectionKind } from '../../../src/domain/privacy/footprint';
import { personalResponseColumns } from '../../../src/domain/privacy/personalData';
import { ANONYMISED_AT, PERSON_TOKEN } from '../../../src/domain/privacy/tabs';
import type { Cell, Row, Tables } from '../../../src/ports';
import { plainAnonymisationUpdates, plainApplyUpdates } from './plainAnonymise';

/**
 * anonymisationUpdates works out each section's columns once and applyUpdates writes an update whose columns are
 * all in the tab as it is: the same writes, with the same columns in the same order, as the plain ones, on random
 * footprints (every kind of section, tabs lacking columns, cells empty, blank, filled, dates and numbers, labels
 * given or not).
 */
const SECTIONS: ReadonlyArray<{ tab: string; kind: SectionKind; columns: string[] }> = [
  { tab: 'Dossiers', kind: 'case', columns: ['Voornaam', 'Familienaam', 'Telefoon', 'E-mail', 'Notities', 'Status'] },
  { tab: 'Deelnames', kind: 'linked', columns: ['Deelnemer', 'Telefoon', 'Dossiernummer'] },
  { tab: 'Doorverwijzingen', kind: 'linked', columns: ['Naam doorverwijzer', 'E-mail doorverwijzer', 'Opmerkingen'] },
  { tab: 'Toestellen', kind: 'linked', columns: ['Toegewezen aan', 'Merk'] },
  { tab: 'Onbekend', kind: 'linked', columns: ['Naam'] },
  { tab: 'Logboek', kind: 'logbook', columns: ['Kolom', 'Oud', 'Nieuw'] },
  { tab: 'Te controleren', kind: 'review', columns: ['Antwoorden', 'Reden', 'Kandidaat-dossiers'] },
  {
    tab: 'Antwoorden Doorverwijzing',
    kind: 'response',
    columns: ['Uw naam', 'Voornaam van de contactpersoon in het gezin', 'Postcode', 'Opmerkingen'],
  },
  { tab: 'Antwoorden Onbekend', kind: 'response', columns: ['Naam'] },
];
const cellValue: fc.Arbitrary<Cell | undefined> = fc.oneof(
  fc.constantFrom<Cell | undefined>(undefined, null, '', '  ', 'x', ' Jan ', 0, 42, true, 'Status', 'Oud'),
  fc.constant(new Date(Date.UTC(2024, 0, 2))),
);
const section = fc
  .record({
    at: fc.integer({ min: 0, max: SECTIONS.length - 1 }),
    drop: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
    dated: fc.boolean(),
    labelled: fc.boolean(),
    rows: fc.array(fc.array(cellValue, { minLength: 8, maxLength: 8 }), { maxLength: 5 }),
  })
  .map(({ at, drop, dated, labelled, rows }): FootprintSection => {
    const spec = SECTIONS[at];
    const all = [...spec.columns, ANONYMISED_AT, PERSON_TOKEN];
    const headers = spec.columns.filter((_, i) => !drop[i]);
    if (dated) headers.push(ANONYMISED_AT);
    if (labelled) headers.push(PERSON_TOKEN);
    return {
      tab: spec.tab,
      kind: spec.kind,
      headers,
      rows: rows.map((cells, i) => {
        const values: Row = {};
        all.forEach((column, c) => {
          const value = cells[c];
          if (value !== undefined) values[column] = value;
        });
        return { rowNumber: i + 2, values };
      }),
    };
  });
/** The text checks of personal answers (personalData.ts). */
const PLAIN_CHECKS: readonly string[] = ['name', 'email', 'phone', 'street', 'plain'];
const entries = (updates: readonly CellUpdate[]) => updates.map((u) => [u.tab, u.rowNumber, Object.entries(u.values)]);

describe('anonymisationUpdates and applyUpdates', () => {
  it('give the writes of the plain ones, column order included', () => {
    fc.assert(
      fc.property(
        fc.array(section, { maxLength: 6 }),
        fc.array(fc.constantFrom<string | undefined>(undefined, '', 'P-DT-1'), { minLength: 6, maxLength: 6 }),
        (sections, labels) => {
          const footprint: Footprint = { caseRefs: [], unknown: [], sections, lookalikes: [], missingResponses: 0 };
          const now = new Date(Date.UTC(2026, 10, 30, 13));
          const tokenOf = (_tab: string, rowNumber: number) => labels[rowNumber - 2];
          const fast = anonymisationUpdates(footprint, now, tokenOf);
          const plain = plainAnonymisationUpdates(footprint, now, tokenOf);
          expect(entries(fast)).toEqual(entries(plain));

          // Applied to tabs lacking some of the columns: the same calls and the same count.
          const recorder = () => {
            const calls: unknown[] = [];
            const tables = {
              read: (tab: string) => ({
                headers: sections.find((s) => s.tab === tab)?.headers.slice(1) ?? [],
                rows: [],
              }),
              update: (tab: string, rowNumber: number, values: Row) => {
                calls.push([tab, rowNumber, Object.entries(values)]);
              },
            } as unknown as Tables;
            return { tables, calls };
          };
          const a = recorder();
          const b = recorder();
          expect(applyUpdates(a.tables, fast)).toBe(plainApplyUpdates(b.tables, plain));
          expect(a.calls).toEqual(b.calls);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('personalResponseColumns', () => {
  it('is worked out once per form, as the plain filter over its questions gives it', () => {
    for (const form of FORMS) {
      const plain = form.questions
        .filter((q) => (q.kind === 'text' || q.kind === 'paragraph') && PLAIN_CHECKS.includes(q.check))
        .map((q) => q.title);
      expect(personalResponseColumns(form)).toEqual(plain);
      expect(personalResponseColumns(form)).toBe(personalResponseColumns(form));
    }
  });
});
