import fc from 'fast-check';
import { countUniquePeople, type Domain, personRecords, phoneKey } from '../../../src/domain/register/reach';
import type { StoredRow } from '../../../src/ports';

const rows = (list: Array<Record<string, unknown>>): StoredRow[] =>
  list.map((values, i) => ({ rowNumber: i + 2, values: values as StoredRow['values'] }));

describe('unique people reached', () => {
  const cases = rows([
    {
      Dossiernummer: 'DT-1',
      Status: 'Actief',
      Telefoon: '+32 470 11 11 11',
      Voornaam: 'Fatima',
      Familienaam: 'El Amrani',
      Postcode: '9900',
    },
    // The same household referred a second time by another partner: same phone, other notation.
    {
      Dossiernummer: 'DT-2',
      Status: 'Geïnformeerd',
      Telefoon: '0470/11.11.11',
      Voornaam: 'Fatima',
      Familienaam: 'El-Amrani',
      Postcode: '9900',
    },
    { Dossiernummer: 'DT-3', Status: 'Contact opgenomen', Telefoon: '0471 22 22 22', 'E-mail': 'jan@example.be' },
    { Dossiernummer: 'DT-4', Status: 'Aangemeld', Telefoon: '0472 33 33 33' }, // not reached yet
    { Dossiernummer: 'DT-5', Status: 'Afgesloten: niet bereikbaar', Telefoon: '0473 44 44 44' }, // never reached
    // Same name and postcode as DT-1 but no phone: joined through name + postcode.
    { Dossiernummer: 'DT-6', Status: 'Nazorg', Voornaam: 'Fátima', Familienaam: 'El Amrani', Postcode: '9900' },
  ]);
  const devices = rows([
    { 'Toestel-ID': 'S-1-1', Status: 'Uitgedeeld', 'Toegewezen aan (soort)': 'Dossier', 'Toegewezen aan': 'DT-1' },
    { 'Toestel-ID': 'S-1-2', Status: 'Uitgedeeld', 'Toegewezen aan (soort)': 'Dossier', 'Toegewezen aan': 'DT-4' },
    { 'Toestel-ID': 'S-1-3', Status: 'Toegewezen', 'Toegewezen aan (soort)': 'Dossier', 'Toegewezen aan': 'DT-5' },
    { 'Toestel-ID': 'S-1-4', Status: 'Uitgedeeld', 'Toegewezen aan (soort)': 'School', 'Toegewezen aan': 'Atheneum' },
  ]);
  const support = rows([
    { Dossiernummer: 'DT-3', Datum: new Date(2026, 10, 3) },
    { Dossiernummer: 'DT-3', Datum: new Date(2026, 10, 10) },
    { Dossiernummer: 'DT-2', Datum: new Date(2026, 10, 11) },
  ]);
  const attendance = rows([
    { 'Vorming-ID': 'V-1', Sessie: 1, Dossiernummer: 'DT-3', Aanwezig: 'ja' },
    { 'Vorming-ID': 'V-1', Sessie: 2, Dossiernummer: 'DT-3', Aanwezig: 'ja' },
    // A participant without a case who is known by phone as DT-4.
    { 'Vorming-ID': 'V-1', Sessie: 1, Deelnemer: 'Marc', Telefoon: '0032 472 33 33 33', Aanwezig: 'ja' },
    // Someone new, twice.
    { 'Vorming-ID': 'V-1', Sessie: 1, Deelnemer: 'Lotte Peeters', Aanwezig: 'ja' },
    { 'Vorming-ID': 'V-1', Sessie: 2, Deelnemer: 'lotte  peeters', Aanwezig: 'ja' },
    { 'Vorming-ID': 'V-1', Sessie: 2, Deelnemer: 'Afwezige', Aanwezig: 'nee' },
  ]);

  it('counts each person once per domain and once in total', () => {
    const counts = countUniquePeople(personRecords({ cases, devices, support, attendance, since: null }));
    // Persons: A = DT-1/DT-2/DT-6 (Fatima), B = DT-3 (Jan), C = DT-4 (+ Marc), D = DT-5, E = Lotte.
    expect(counts).toEqual({ Internet: 2, Toestellen: 2, Ondersteuning: 2, Vormingen: 3, Totaal: 4 });
  });

  it('counts only from the project start', () => {
    const counts = countUniquePeople(
      personRecords({ cases, devices: [], support, attendance: [], since: new Date(2026, 10, 5) }),
    );
    expect(counts.Ondersteuning).toBe(2);
    const later = countUniquePeople(
      personRecords({ cases: [], devices: [], support, attendance: [], since: new Date(2026, 10, 11) }),
    );
    expect(later.Ondersteuning).toBe(1);
  });

  it('normalises Belgian phone numbers', () => {
    expect(phoneKey('+32 470 12 34 56')).toBe('0470123456');
    expect(phoneKey('0032470123456')).toBe('0470123456');
    expect(phoneKey('09 378 61 69')).toBe('093786169');
    expect(phoneKey('12')).toBe('');
  });
});

describe('unique people: properties', () => {
  const record = fc.record({
    domain: fc.constantFrom<Domain | null>(null, 'Internet', 'Toestellen', 'Ondersteuning', 'Vormingen'),
    keys: fc.uniqueArray(fc.constantFrom('case:1', 'case:2', 'case:3', 'tel:0470', 'tel:0471', 'mail:a', 'naam:x'), {
      minLength: 1,
      maxLength: 3,
    }),
  });

  it('order and repetition never change the counts; the total is between the largest domain and the sum', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 25 }), (records) => {
        const counts = countUniquePeople(records);
        expect(countUniquePeople([...records].reverse())).toEqual(counts);
        expect(countUniquePeople([...records, ...records])).toEqual(counts);
        const perDomain = [counts.Internet, counts.Toestellen, counts.Ondersteuning, counts.Vormingen];
        expect(counts.Totaal).toBeGreaterThanOrEqual(Math.max(0, ...perDomain));
        expect(counts.Totaal).toBeLessThanOrEqual(perDomain.reduce((a, b) => a + b, 0));
      }),
    );
  });
});
