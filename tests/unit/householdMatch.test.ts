import {
  type HouseholdFacts,
  type HouseholdMatch,
  indexHouseholds,
  type KnownHousehold,
  matchHousehold,
  matchIndexed,
  parseAddress,
} from '../../src/domain/intake/householdMatch';
import { householdCorpus } from '../support/householdCorpus';
import { figures } from '../support/householdPairs';
import { outcomeOfMatch } from '../support/pairOutcomes';

const known: KnownHousehold = {
  caseRef: 'DT-2026-0001',
  firstName: 'Anaïs',
  lastName: 'Van de Velde',
  phone: '+32470123456',
  email: 'anais.vandevelde@telenet.example',
  street: 'Zuidmoerstraat 136',
  postcode: '9900',
};
const probe = (changes: Partial<HouseholdFacts>): HouseholdFacts => ({ ...known, ...changes });
const NEW_PHONE = '+32499000000';
const kindOf = (facts: HouseholdFacts, register: KnownHousehold[] = [known]) => matchHousehold(facts, register).kind;

describe('household matching: a link needs two kinds of evidence and nothing strongly against it', () => {
  it.each([
    // name + one more kind
    ['same name and phone (written otherwise before)', 'same', probe({ firstName: 'anais', email: '' })],
    ['same name and address, new phone', 'same', probe({ phone: NEW_PHONE, email: '' })],
    ['same name and e-mail, new phone, no street', 'same', probe({ phone: NEW_PHONE, street: '' })],
    [
      'swapped, no accents, new phone, same address',
      'same',
      probe({ firstName: 'VAN DE VELDE', lastName: 'Anais', phone: NEW_PHONE, email: '' }),
    ],
    // the address differs: moved, or a namesake sharing a number — two more kinds, or the worker decides
    ['same name and phone, another address', 'maybe', probe({ street: 'Markt 3', email: '' })],
    ['same name, phone and e-mail, another address', 'same', probe({ street: 'Markt 3' })],
    // nearly the same name: two more kinds, or one with nothing against it
    [
      'typo in the name, same address, phone not given',
      'same',
      probe({ lastName: 'Van de Vlede', phone: '', email: '' }),
    ],
    [
      'typo in the name, same address, another phone',
      'maybe',
      probe({ lastName: 'Van de Vlede', phone: NEW_PHONE, email: '' }),
    ],
    ['typo in the name, same phone and address', 'same', probe({ lastName: 'Van de Vlede', email: '' })],
    // only the name
    ['same name, another address and phone', 'maybe', probe({ street: 'Markt 3', phone: NEW_PHONE, email: '' })],
    ['same name, no street, another phone', 'maybe', probe({ street: '', phone: NEW_PHONE, email: '' })],
    [
      'same name in another town',
      'none',
      probe({ postcode: '9000', street: 'Brabantdam 5', phone: NEW_PHONE, email: '' }),
    ],
    [
      'typo in the name, another address and phone',
      'none',
      probe({ lastName: 'Van de Vlede', street: 'Markt 3', phone: NEW_PHONE, email: '' }),
    ],
    // another family name: a shared phone, e-mail or address is never enough
    [
      'same phone, unrelated name',
      'maybe',
      probe({ firstName: 'Mohamed', lastName: 'Benali', street: 'Markt 3', email: '' }),
    ],
    [
      'same e-mail, unrelated name',
      'maybe',
      probe({ firstName: 'Mohamed', lastName: 'Benali', street: 'Markt 3', phone: NEW_PHONE }),
    ],
    [
      'another family at the same address',
      'maybe',
      probe({ firstName: 'Piotr', lastName: 'Nowak', phone: NEW_PHONE, email: '' }),
    ],
    [
      'another family at the same address that says it is a new household',
      'none',
      probe({ firstName: 'Piotr', lastName: 'Nowak', phone: NEW_PHONE, email: '', livesWithKnown: 'nee' }),
    ],
    [
      '"nee", but the same phone',
      'maybe',
      probe({ firstName: 'Piotr', lastName: 'Nowak', email: '', livesWithKnown: 'nee' }),
    ],
    [
      '"nee", but the same e-mail',
      'maybe',
      probe({ firstName: 'Piotr', lastName: 'Nowak', phone: NEW_PHONE, livesWithKnown: 'nee' }),
    ],
    // the same family name, another given name
    [
      'a family member at the same address with the same phone (one household)',
      'same',
      probe({ firstName: 'Jan', email: '' }),
    ],
    [
      'a family member at the same address, own phone',
      'maybe',
      probe({ firstName: 'Jan', phone: NEW_PHONE, email: '' }),
    ],
    [
      'a family member elsewhere with the family phone',
      'maybe',
      probe({ firstName: 'Jan', street: 'Markt 3', email: '' }),
    ],
    [
      'a family member elsewhere, own phone',
      'none',
      probe({ firstName: 'Jan', street: 'Markt 3', phone: NEW_PHONE, email: '' }),
    ],
    [
      'a family name at the same number, flat not given',
      'maybe',
      probe({ street: 'Zuidmoerstraat 136 bus 2', firstName: 'Jan', phone: NEW_PHONE, email: '' }),
    ],
  ])('%s → %s', (_label, kind, facts) => {
    expect(kindOf(facts)).toBe(kind);
  });

  it('another flat (bus) of the same number is another household', () => {
    const flat = { ...known, street: 'Zuidmoerstraat 136 bus 1' };
    expect(kindOf(probe({ street: 'Zuidmoerstraat 136 bus 2', firstName: 'Jan', phone: '', email: '' }), [flat])).toBe(
      'none',
    );
  });

  it('reads addresses the way people write them', () => {
    expect(parseAddress('Zuidmoerstr. 136 bus 2')).toEqual({ street: 'zuidmoerstraat', number: '136', box: '2' });
    expect(parseAddress('Brugsesteenweg 12A')).toEqual({ street: 'brugsesteenweg', number: '12a', box: '' });
    expect(parseAddress('')).toBeNull();
  });

  it('two cases that both match are left to the worker', () => {
    const twin = { ...known, caseRef: 'DT-2026-0002' };
    expect(matchHousehold(probe({}), [known, twin])).toMatchObject({ kind: 'maybe' });
  });

  it('one clear match wins over a case that only shares the phone', () => {
    const office = {
      ...known,
      caseRef: 'DT-2026-0002',
      firstName: 'Fatima',
      lastName: 'Bouzid',
      street: 'Markt 3',
      email: '',
    };
    expect(matchHousehold(probe({}), [office, known])).toEqual({
      kind: 'same',
      caseRef: 'DT-2026-0001',
      reason: 'zelfde naam, telefoonnummer, e-mailadres en adres',
    });
  });
});

describe('what the worker reads', () => {
  const register: KnownHousehold[] = [
    {
      caseRef: 'DT-2026-0001',
      firstName: 'Fatima',
      lastName: 'Bouzid',
      phone: '+3292182900',
      street: 'Zuidmoerstraat 136',
      postcode: '9900',
    },
    {
      caseRef: 'DT-2026-0002',
      firstName: 'Maria',
      lastName: 'Vermeulen',
      phone: '+3293774126',
      street: 'Oostveldstraat 45',
      postcode: '9900',
    },
    {
      caseRef: 'DT-2026-0003',
      firstName: 'Zahra',
      lastName: 'Ahmadi',
      phone: '+32486213370',
      street: 'Raamstraat 8',
      postcode: '9900',
    },
  ];
  const reasons = (m: HouseholdMatch) =>
    m.kind === 'maybe' ? m.candidates.map((c) => `${c.caseRef}: ${c.reason}`) : m;

  it('an office phone given for another family: asked, with what matched and what differs', () => {
    const m = matchHousehold(
      { firstName: 'Fatima', lastName: 'El Amrani', phone: '+3292182900', street: 'Kaaistraat 15', postcode: '9900' },
      register,
    );
    expect(reasons(m)).toEqual([
      'DT-2026-0001: Fatima Bouzid, Zuidmoerstraat 136, 9900. Zelfde: voornaam, telefoonnummer. ' +
        'Anders: familienaam, adres. Let op: een telefoonnummer wordt soms gedeeld (een dienst, een tolk, familie).',
    ]);
  });

  it("an adult son with his mother's landline and his own address: asked, never linked", () => {
    const m = matchHousehold(
      { firstName: 'Kristof', lastName: 'Vermeulen', phone: '+3293774126', street: 'Molenstraat 77', postcode: '9900' },
      register,
    );
    expect(reasons(m)).toEqual([
      'DT-2026-0002: Maria Vermeulen, Oostveldstraat 45, 9900. Zelfde: familienaam, telefoonnummer. ' +
        'Anders: voornaam, adres. Misschien een familielid met een eigen gezin.',
    ]);
  });

  it("a father with his own family name and mobile at his wife's address: asked, not a new case", () => {
    const m = matchHousehold(
      { firstName: 'Ahmad', lastName: 'Rahimi', phone: '+32465901244', street: 'Raamstraat 8', postcode: '9900' },
      register,
    );
    expect(reasons(m)).toEqual([
      'DT-2026-0003: Zahra Ahmadi, Raamstraat 8, 9900. Zelfde: adres. Anders: voornaam, familienaam, ' +
        'telefoonnummer. Let op: op één adres kunnen twee gezinnen wonen.',
    ]);
  });

  it('a link says why in the Koppeling column', () => {
    expect(
      matchHousehold(
        {
          firstName: 'Luc',
          lastName: 'Vermeulen',
          phone: '+3293774126',
          street: 'Oostveldstraat 45',
          postcode: '9900',
        },
        register,
      ),
    ).toEqual({ kind: 'same', caseRef: 'DT-2026-0002', reason: 'zelfde familienaam, telefoonnummer en adres' });
    expect(
      matchHousehold({ firstName: 'Magda', lastName: 'Bouzid', phone: '+3292182900', street: '', postcode: '9900' }, [
        { ...register[0], firstName: 'Magdalena' },
      ]),
    ).toEqual({ kind: 'same', caseRef: 'DT-2026-0001', reason: 'naam bijna gelijk, zelfde telefoonnummer' });
  });
});

describe('remembered decisions', () => {
  const register: KnownHousehold[] = [
    {
      caseRef: 'DT-2026-0003',
      firstName: 'Zahra',
      lastName: 'Ahmadi',
      phone: '+32486213370',
      street: 'Raamstraat 8',
      postcode: '9900',
    },
  ];
  const father = {
    firstName: 'Ahmad',
    lastName: 'Rahimi',
    phone: '+32465901244',
    street: 'Raamstraat 8',
    postcode: '9900',
  };

  it('a household the worker placed goes to her case without asking again', () => {
    const index = indexHouseholds(register);
    expect(matchIndexed(father, index).kind).toBe('maybe');
    const remembered = indexHouseholds([{ ...father, caseRef: 'DT-2026-0003' }]);
    expect(matchIndexed({ ...father, firstName: 'AHMAD', street: 'Raamstr. 8' }, index, remembered)).toEqual({
      kind: 'same',
      caseRef: 'DT-2026-0003',
      reason: 'eerder zo beslist door de medewerker',
    });
  });

  it('only when it is clearly the same household, and only for a case that still exists', () => {
    const index = indexHouseholds(register);
    const remembered = indexHouseholds([{ ...father, caseRef: 'DT-2026-0003' }]);
    // the same address but another person: still the worker's question
    expect(
      matchIndexed({ ...father, firstName: 'Farid', lastName: 'Sultani', phone: '+32465000000' }, index, remembered)
        .kind,
    ).toBe('maybe');
    const gone = indexHouseholds([{ ...father, caseRef: 'DT-2026-0099' }]);
    expect(matchIndexed(father, index, gone).kind).toBe('maybe');
  });
});

describe('the generated sets (seeds 11, 22, 33)', () => {
  it('precision of automatic links 1.00, recall including review 1.00; what goes to review, by kind', () => {
    const measured = [11, 22, 33].map((seed) => {
      const { known: register, probes } = householdCorpus(seed);
      const index = indexHouseholds(register);
      const outcomes = probes.map((p) => outcomeOfMatch(matchIndexed(p.facts, index)));
      const reviewedByKind: Record<string, string> = {};
      for (const kind of new Set(probes.map((p) => (p.truth ? 'duplicate' : p.kind)))) {
        const of = probes
          .map((p, i) => [p, outcomes[i]] as const)
          .filter(([p]) => (p.truth ? 'duplicate' : p.kind) === kind);
        reviewedByKind[kind] = `${of.filter(([, o]) => o.kind === 'review').length}/${of.length}`;
      }
      return { seed, probes: probes.length, ...figures(probes, outcomes), reviewedByKind };
    });
    console.log(`household matching, generated sets: ${JSON.stringify(measured)}`);
    for (const f of measured) {
      expect(f.duplicates).toBeGreaterThan(100);
      expect(f.precision).toBe(1);
      expect(f.recall).toBeGreaterThanOrEqual(0.8);
      expect(f.recallWithReview).toBe(1);
      // Another family at a case's exact address goes to the worker (docs/intake.md): the generator puts
      // "other person, same address" and "family member elsewhere" there on purpose, and its small street list
      // makes fresh households share addresses far more often than Eeklo does.
      expect(f.reviewShareOfNonDuplicates).toBeLessThanOrEqual(0.4);
      expect(f.reviewedByKind['namesake in another town']).toMatch(/^0\//);
    }
  });
});
