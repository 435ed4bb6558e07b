import fc from 'fast-check';
import { type HouseholdFacts, type KnownHousehold, matchHousehold } from '../../src/domain/intake/householdMatch';

/**
 * The promises of household matching (issue 14), as properties over households written every way:
 * swapping first and family name, adding accents or particles never turns a link into a new case; a shared
 * phone with an unrelated name never links.
 */

const FIRST = [
  'Jan',
  'Sofie',
  'Marc',
  'Hilde',
  'Mohamed',
  'Fatima',
  'Youssef',
  'Olena',
  'Piotr',
  'Ayse',
  'Grace',
  'Andrii',
];
const LAST = [
  'Peeters',
  'Van den Bossche',
  'De Smet',
  'Claeys',
  'El Amrani',
  'Bouzid',
  'Yilmaz',
  'Melnyk',
  'Nowak',
  'Mbuyi',
  'Vermeulen',
  "D'Hondt",
];
// Names that share nothing with the lists above, for the "unrelated name" property.
const OTHER_FIRST = ['Wolfgang', 'Ingeborg', 'Radovan', 'Svetlana', 'Ignatius', 'Priyanka'];
const OTHER_LAST = ['Kowalczuk', 'Oyelaran', 'Thorvaldsen', 'Quispe', 'Nakashima', 'Ferreira'];
const STREETS = ['Zuidmoerstraat 136', 'Markt 3', 'Kaaistraat 10 bus 1', 'Stationsstraat 23', 'Molenstraat 5'];
const POSTCODES = ['9900', '9960', '9970'];

const phone = fc.integer({ min: 0, max: 999_999 }).map((n) => `+32470${String(n).padStart(6, '0')}`);
const known = fc.record({
  caseRef: fc.constant('DT-2026-0001'),
  firstName: fc.constantFrom(...FIRST),
  lastName: fc.constantFrom(...LAST),
  phone,
  email: fc.constantFrom('', 'gezin@mail.example'),
  street: fc.constantFrom(...STREETS),
  postcode: fc.constantFrom(...POSTCODES),
});

/** The same person written again: each kind of evidence kept, changed or left out. */
const again = (k: KnownHousehold) =>
  fc.record({
    firstName: fc.constant(k.firstName),
    lastName: fc.constant(k.lastName),
    phone: fc.oneof(fc.constant(k.phone), phone, fc.constant('')),
    email: fc.constantFrom(k.email ?? '', '', 'ander@mail.example'),
    street: fc.constantFrom(k.street, '', ...STREETS),
    postcode: fc.constantFrom(k.postcode, ...POSTCODES),
    livesWithKnown: fc.constantFrom('' as const, 'ja' as const, 'nee' as const),
  });

const ACCENTS: Record<string, string> = { a: 'à', e: 'é', i: 'ï', o: 'ö', u: 'ü', c: 'ç', n: 'ñ', s: 'ş' };
const accented = (name: string, every: number) =>
  [...name].map((ch, i) => (i % every === 0 && ACCENTS[ch] ? ACCENTS[ch] : ch)).join('');

const PARTICLES = ['Van ', 'De ', 'Van den ', 'El ', 'Al-', 'de '];
type Rewrite = (f: HouseholdFacts) => HouseholdFacts;
const rewrites: fc.Arbitrary<Rewrite[]> = fc.array(
  fc.oneof(
    fc.constant<Rewrite>((f) => ({ ...f, firstName: f.lastName, lastName: f.firstName })),
    fc.integer({ min: 1, max: 3 }).map<Rewrite>((every) => (f) => ({
      ...f,
      firstName: accented(f.firstName, every),
      lastName: accented(f.lastName, every),
    })),
    fc.constantFrom(...PARTICLES).map<Rewrite>((particle) => (f) => ({ ...f, lastName: `${particle}${f.lastName}` })),
    fc.constant<Rewrite>((f) => ({ ...f, lastName: f.lastName.replace(/[\s'-]+/g, '') })),
    fc.constant<Rewrite>((f) => ({ ...f, firstName: f.firstName.toUpperCase(), lastName: f.lastName.toLowerCase() })),
  ),
  { minLength: 1, maxLength: 3 },
);

describe('household matching: properties', () => {
  it('swapping names, adding accents or particles never turns a link into a new case', () => {
    let links = 0;
    fc.assert(
      fc.property(
        known.chain((k) => fc.tuple(fc.constant(k), again(k), rewrites)),
        ([k, fresh, changes]) => {
          fc.pre(matchHousehold(fresh, [k]).kind === 'same');
          links++;
          const rewritten = changes.reduce<HouseholdFacts>((f, change) => change(f), fresh);
          expect(matchHousehold(rewritten, [k]).kind).not.toBe('none');
        },
      ),
      { numRuns: 1500, seed: 14 },
    );
    expect(links).toBeGreaterThan(300);
  });

  it('swapping names and adding accents keep a link a link', () => {
    fc.assert(
      fc.property(
        known.chain((k) => fc.tuple(fc.constant(k), again(k), fc.boolean(), fc.integer({ min: 1, max: 3 }))),
        ([k, fresh, swap, every]) => {
          fc.pre(matchHousehold(fresh, [k]).kind === 'same');
          const swapped = swap ? { ...fresh, firstName: fresh.lastName, lastName: fresh.firstName } : fresh;
          const rewritten = {
            ...swapped,
            firstName: accented(swapped.firstName, every),
            lastName: accented(swapped.lastName, every),
          };
          expect(matchHousehold(rewritten, [k])).toMatchObject({ kind: 'same', caseRef: k.caseRef });
        },
      ),
      { numRuns: 800, seed: 14 },
    );
  });

  it('a shared phone with an unrelated name never links, whatever else is shared', () => {
    fc.assert(
      fc.property(
        known,
        fc.record({
          firstName: fc.constantFrom(...OTHER_FIRST),
          lastName: fc.constantFrom(...OTHER_LAST),
          email: fc.constantFrom('', 'gezin@mail.example', 'ander@mail.example'),
          street: fc.constantFrom('', ...STREETS),
          postcode: fc.constantFrom(...POSTCODES),
          livesWithKnown: fc.constantFrom('' as const, 'ja' as const, 'nee' as const),
        }),
        rewrites,
        (k, other, changes) => {
          const fresh = changes.reduce<HouseholdFacts>((f, change) => change(f), { ...other, phone: k.phone });
          const m = matchHousehold(fresh, [k]);
          expect(m.kind).toBe('maybe'); // never linked; and the worker is asked, never a silent new case
        },
      ),
      { numRuns: 1000, seed: 14 },
    );
  });
});
