import { donationForm } from '../../forms/donation';
import { fieldLogForm } from '../../forms/fieldLog';
import { referralForm } from '../../forms/referral';
import { registrationForm } from '../../forms/registration';
import type { FormDefinition } from '../../forms/types';
import { processSubmission } from '../../src/app/processSubmission';
import { DONATIONS, FIELD_LOG, REGISTRATIONS } from '../../src/domain/intakeTabs';
import { CASES, REVIEW } from '../../src/domain/tabs';
import { donationAnswers, fieldLogAnswers, registrationAnswers } from '../support/formAnswers';
import { memoryWorld } from '../support/memoryPorts';
import { referralAnswers } from '../support/referralAnswers';

/**
 * A corpus of messy submissions as people really fill in forms, each with the outcome we expect:
 * `registered`/`recorded` with the normalised cells, or `review` with (part of) the Dutch reason.
 */
interface Case {
  name: string;
  form: FormDefinition;
  answers: Record<string, string | string[]>;
  expect:
    | { kind: 'registered' | 'recorded'; tab: string; cells: Record<string, unknown> }
    | { kind: 'review'; reason: string };
}

const reg = (o: Parameters<typeof registrationAnswers>[0]) => registrationAnswers(o);
const ref = (o: Parameters<typeof referralAnswers>[0]) => referralAnswers(o) as Record<string, string | string[]>;

const CORPUS: Case[] = [
  {
    name: 'accents and capitals',
    form: registrationForm,
    answers: reg({ firstName: 'ZOË', lastName: 'vercruysse' }),
    expect: { kind: 'registered', tab: CASES.name, cells: { Voornaam: 'Zoë', Familienaam: 'Vercruysse' } },
  },
  {
    name: 'double spaces everywhere',
    form: registrationForm,
    answers: reg({ firstName: ' Jean-Pierre  ', lastName: 'Mbuyi   Kabongo', street: 'Kerkstraat   12' }),
    expect: {
      kind: 'registered',
      tab: CASES.name,
      cells: { Voornaam: 'Jean-Pierre', Familienaam: 'Mbuyi Kabongo', 'Straat en nummer': 'Kerkstraat 12' },
    },
  },
  {
    name: 'phone 0470…',
    form: registrationForm,
    answers: reg({ phone: '0470123456' }),
    expect: { kind: 'registered', tab: CASES.name, cells: { Telefoon: '+32 470 12 34 56' } },
  },
  {
    name: 'phone +32 …',
    form: registrationForm,
    answers: reg({ phone: '+32 470 12 34 56' }),
    expect: { kind: 'registered', tab: CASES.name, cells: { Telefoon: '+32 470 12 34 56' } },
  },
  {
    name: 'phone 0032 …',
    form: registrationForm,
    answers: reg({ phone: '0032 470 12.34.56' }),
    expect: { kind: 'registered', tab: CASES.name, cells: { Telefoon: '+32 470 12 34 56' } },
  },
  {
    name: 'landline 09/…',
    form: registrationForm,
    answers: reg({ phone: '09/377.12.34' }),
    expect: { kind: 'registered', tab: CASES.name, cells: { Telefoon: '+32 9 377 12 34' } },
  },
  {
    name: 'Dutch mobile',
    form: registrationForm,
    answers: reg({ phone: '+31 6 12345678' }),
    expect: { kind: 'registered', tab: CASES.name, cells: { Telefoon: '+31 6 12345678' } },
  },
  {
    name: 'French mobile written 0033',
    form: registrationForm,
    answers: reg({ phone: '0033 6 12 34 56 78' }),
    expect: { kind: 'registered', tab: CASES.name, cells: { Telefoon: '+33 6 12 34 56 78' } },
  },
  {
    name: 'Moroccan mobile',
    form: registrationForm,
    answers: reg({ phone: '+212 6 61 23 45 67' }),
    expect: { kind: 'registered', tab: CASES.name, cells: { Telefoon: '+212 6 61 23 45 67' } },
  },
  {
    name: 'too short phone',
    form: registrationForm,
    answers: reg({ phone: '0470 12 34' }),
    expect: { kind: 'review', reason: 'geen geldig telefoonnummer' },
  },
  {
    name: 'French municipality name (referral)',
    form: referralForm,
    answers: ref({ postcode: '9000', municipality: 'Gand' }),
    expect: { kind: 'registered', tab: CASES.name, cells: { Gemeente: 'Gent', 'In projectgebied': 'nee' } },
  },
  {
    name: 'old spelling in the area',
    form: referralForm,
    answers: ref({ postcode: '9900', municipality: 'Eecloo' }),
    expect: { kind: 'registered', tab: CASES.name, cells: { Gemeente: 'Eeklo', 'In projectgebied': 'ja' } },
  },
  {
    name: 'deelgemeente',
    form: referralForm,
    answers: ref({ postcode: '9968', municipality: 'Oosteeklo' }),
    expect: { kind: 'registered', tab: CASES.name, cells: { Gemeente: 'Assenede' } },
  },
  {
    name: 'postcode B-9900',
    form: registrationForm,
    answers: reg({ postcode: 'B-9900' }),
    expect: { kind: 'registered', tab: CASES.name, cells: { Postcode: '9900', Gemeente: 'Eeklo' } },
  },
  {
    name: 'out of area, flagged not refused',
    form: registrationForm,
    answers: reg({ postcode: '2000' }),
    expect: { kind: 'registered', tab: CASES.name, cells: { 'In projectgebied': 'nee' } },
  },
  {
    name: 'formula injection in a note',
    form: referralForm,
    answers: ref({ notes: '=IMPORTDATA("http://x.example/a.csv")' }),
    expect: { kind: 'registered', tab: CASES.name, cells: { Voornaam: 'Fatima' } },
  },
  {
    name: 'formula injection as a name',
    form: registrationForm,
    answers: reg({ firstName: '=HYPERLINK("http://x.example";"klik")' }),
    expect: { kind: 'registered', tab: CASES.name, cells: { Voornaam: '=hyperlink("http://x.example";"klik")' } },
  },
  {
    name: 'HTML in a name',
    form: registrationForm,
    answers: reg({ lastName: '<script>x</script>' }),
    expect: { kind: 'registered', tab: CASES.name, cells: { Familienaam: '<script>x</script>' } },
  },
  {
    name: 'a name without letters',
    form: registrationForm,
    answers: reg({ firstName: '12345' }),
    expect: { kind: 'review', reason: 'geen naam' },
  },
  {
    name: 'empty optional fields',
    form: registrationForm,
    answers: reg({ street: '', filledBy: '' }),
    expect: { kind: 'registered', tab: REGISTRATIONS.name, cells: { 'Ingevuld door': '' } },
  },
  {
    name: 'two e-mail addresses',
    form: referralForm,
    answers: ref({ email: 'a@x.example; b@x.example' }),
    expect: { kind: 'review', reason: 'één e-mailadres' },
  },
  {
    name: 'referrer e-mail in capitals',
    form: referralForm,
    answers: ref({ referrerEmail: ' An.Declercq@Sociaalhuis-Eeklo.EXAMPLE ' }),
    expect: { kind: 'registered', tab: CASES.name, cells: { Voornaam: 'Fatima' } },
  },
  {
    name: 'missing eligibility answer',
    form: referralForm,
    answers: ref({ socialTariff: '' }),
    expect: { kind: 'review', reason: 'is niet ingevuld' },
  },
  {
    name: 'donation: foreign phone only',
    form: donationForm,
    answers: donationAnswers({ contactEmail: '', contactPhone: '+31 20 123 4567' }),
    expect: { kind: 'recorded', tab: DONATIONS.name, cells: { Telefoon: '+31 20 123 4567', 'E-mail': '' } },
  },
  {
    name: 'donation: count with a space',
    form: donationForm,
    answers: donationAnswers({ deviceCount: ' 12 ' }),
    expect: { kind: 'recorded', tab: DONATIONS.name, cells: { 'Aantal toestellen': 12 } },
  },
  {
    name: 'donation: injection in the donor name',
    form: donationForm,
    answers: donationAnswers({ donorName: '@SUM(A1:A9)' }),
    expect: { kind: 'recorded', tab: DONATIONS.name, cells: { Schenker: '@SUM(A1:A9)' } },
  },
  {
    name: 'field log: date with dashes',
    form: fieldLogForm,
    answers: fieldLogAnswers({ date: '3-11-2026' }),
    expect: { kind: 'recorded', tab: FIELD_LOG.name, cells: { Datum: new Date(2026, 10, 3) } },
  },
  {
    name: 'field log: unknown action from an old form',
    form: fieldLogForm,
    answers: fieldLogAnswers({ action: 'Markt' }),
    expect: { kind: 'recorded', tab: FIELD_LOG.name, cells: { Actie: 'Markt', Actiecode: '' } },
  },
  {
    name: 'field log: negative count',
    form: fieldLogForm,
    answers: fieldLogAnswers({ peopleReached: '-5' }),
    expect: { kind: 'review', reason: 'geen getal' },
  },
];

describe('a corpus of messy submissions', () => {
  it.each(CORPUS.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { tables, ports } = memoryWorld();
    const outcome = processSubmission(ports, {
      formKey: c.form.key,
      submittedAt: new Date('2026-11-26T10:00:00Z'),
      answers: c.answers,
      responseTab: c.form.responseTab,
      responseRow: 2,
    });
    expect(outcome.kind).toBe(c.expect.kind);
    if (c.expect.kind === 'review') {
      expect(String(tables.read(REVIEW.name).rows[0].values.Reden)).toContain(c.expect.reason);
    } else {
      expect(tables.read(c.expect.tab).rows[0].values).toMatchObject(c.expect.cells);
      expect(tables.read(REVIEW.name).rows).toHaveLength(0);
    }
  });
});
