import fc from 'fast-check';
import { LANGUAGE_CODES, languageCode } from '../../../src/domain/letters/catalogue';
import { probeSelected, recipientsFor } from '../../../src/domain/letters/recipients';
import { matcherFor, matchesAny, parseSelection } from '../../../src/domain/letters/selection';
import type { LetterSettings } from '../../../src/domain/letters/settings';
import type { Row, StoredRow, TableSnapshot } from '../../../src/ports';

/** The letters' selection caches answer as the plain computations do. */

function plainLanguageCode(taal: string): string {
  const value = taal.trim().toLowerCase();
  const entry = Object.entries(LANGUAGE_CODES).find(([name, code]) => name.toLowerCase() === value || code === value);
  return entry ? entry[1] : 'nl';
}

const names = Object.entries(LANGUAGE_CODES).flat();
const taal = fc.oneof(
  fc.constantFrom(...names),
  fc.constantFrom(...names).map((n) => ` ${n.toUpperCase()} `),
  fc.string({ maxLength: 6 }),
);

describe('languageCode from its map', () => {
  it('gives the code a search through LANGUAGE_CODES in order gives', () => {
    for (const n of [...names, '', 'andere taal', 'NL', 'xx']) expect(languageCode(n)).toBe(plainLanguageCode(n));
    fc.assert(
      fc.property(taal, (t) => expect(languageCode(t)).toBe(plainLanguageCode(t))),
      { numRuns: 500 },
    );
  });
});

describe('matcherFor remembers answers per cell value', () => {
  const value = fc.constantFrom('Aangemeld', 'aangemeld ', 'Actief', 'Senioren, Gezinnen', 'Éeklo', 'eeklo', '', ';');
  it('answers as matchesAny, asked again and again in any order', () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 3 }), fc.array(value, { maxLength: 20 }), (wanted, cells) => {
        const matches = matcherFor(wanted);
        for (const cell of [...cells, ...cells]) expect(matches(cell)).toBe(matchesAny(cell, wanted));
      }),
      { numRuns: 300 },
    );
  });
});

describe('households: the probe of a row object is made once', () => {
  const settings = { appointmentPlace: 'De Kring' } as LetterSettings;
  const now = new Date('2026-11-27T09:00:00Z');
  const row = (n: number, values: Row): StoredRow =>
    Object.freeze({ rowNumber: n + 2, values: Object.freeze({ Dossiernummer: `DT-${n}`, ...values }) });
  const snapshot = (rows: StoredRow[]): TableSnapshot => ({ headers: [], rows });
  const sources = (cases: TableSnapshot) => ({
    cases,
    partners: snapshot([]),
    donations: snapshot([]),
    devices: snapshot([]),
  });
  /** The same rows as new objects: nothing remembered. */
  const fresh = (rows: StoredRow[]) => rows.map((r) => ({ rowNumber: r.rowNumber, values: { ...r.values } }));
  const pick = (text: string) => {
    const parsed = parseSelection(text);
    if (!parsed.ok) throw new Error(parsed.reason);
    return probeSelected('household', parsed.selection);
  };

  it('selects as from fresh rows, also after rows were replaced (a write gives a new row object)', () => {
    const rows = [
      row(1, { Status: 'Aangemeld', Taal: 'Frans', Gemeente: 'Eeklo' }),
      row(2, { Status: 'Actief', Taal: 'Engels', Gemeente: 'Kaprijke' }),
      row(3, { Status: 'Aangemeld', Doelgroep: 'Senioren', Gemeente: 'eeklo' }),
      row(4, { Dossiernummer: '', Status: 'Aangemeld' }),
    ];
    for (const selection of ['status: Aangemeld', 'gemeente: Eeklo', 'taal: Frans', 'doelgroep: senioren', '']) {
      const wanted = pick(selection);
      const first = recipientsFor('household', sources(snapshot(rows)), settings, now, wanted);
      expect(first).toEqual(recipientsFor('household', sources(snapshot(fresh(rows))), settings, now, wanted));
      expect(recipientsFor('household', sources(snapshot(rows)), settings, now, wanted)).toEqual(first);
    }
    // Row 1 written: status and language changed (a new row object); the others are the same objects.
    const changed = [row(1, { Status: 'Actief', Taal: 'Engels', Gemeente: 'Eeklo' }), ...rows.slice(1)];
    for (const selection of ['status: Aangemeld', 'status: Actief', 'taal: Engels']) {
      const wanted = pick(selection);
      expect(recipientsFor('household', sources(snapshot(changed)), settings, now, wanted)).toEqual(
        recipientsFor('household', sources(snapshot(fresh(changed))), settings, now, wanted),
      );
    }
  });
});
