import { referralForm } from '../../forms/referral';
import { registrationForm } from '../../forms/registration';
import type { FormDefinition } from '../../forms/types';
import { processSubmission } from '../../src/app/processSubmission';
import { RECONCILE_CURSOR, reconcile } from '../../src/app/reconcile';
import { reprocessReview } from '../../src/app/reprocessReview';
import { readSubmissions } from '../../src/app/responseRows';
import type { RawAnswers } from '../../src/domain/forms/answers';
import { REGISTRATIONS } from '../../src/domain/intakeTabs';
import { CASES, REFERRALS, REVIEW } from '../../src/domain/tabs';
import { deliverResponses } from '../../src/local/responseTab';
import type { Clock } from '../../src/ports';
import { registrationAnswers } from '../support/formAnswers';
import { memoryWorld } from '../support/memoryPorts';
import { referralAnswers } from '../support/referralAnswers';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 26, 10, minute, 0));

function reviewRow(tables: ReturnType<typeof memoryWorld>['tables'], index = 0) {
  return tables.read(REVIEW.name).rows[index];
}

describe('Te controleren: re-processing corrected rows', () => {
  it('the worker corrects the answer in the review row: processed once, marked Verwerkt with the case', () => {
    const { tables, mailer, ports } = memoryWorld();
    deliverResponses(tables, referralForm, [{ timestamp: at(0), answers: referralAnswers({ phone: '047012' }) }]);
    const [sub] = readSubmissions(tables, referralForm);
    expect(processSubmission(ports, sub).kind).toBe('review');
    const row = reviewRow(tables);
    expect(row.values['Rij in antwoordtab']).toBe(2);

    // not marked yet: nothing happens
    expect(reprocessReview(ports)).toEqual({ done: 0, stillOpen: 0, skipped: 0 });

    const corrected = String(row.values.Antwoorden).replace(
      'Telefoonnummer van het gezin: 047012',
      'Telefoonnummer van het gezin: 0470 12 34 56',
    );
    tables.update(REVIEW.name, row.rowNumber, { Antwoorden: corrected, Status: 'Opnieuw verwerken' });
    expect(reprocessReview(ports)).toEqual({ done: 1, stillOpen: 0, skipped: 0 });
    expect(reviewRow(tables).values).toMatchObject({ Status: 'Verwerkt', Resultaat: 'DT-2026-0001' });
    expect(tables.read(CASES.name).rows[0].values.Telefoon).toBe('+32 470 12 34 56');
    expect(tables.read(REFERRALS.name).rows[0].values['Antwoord-ID']).toBe(row.values['Antwoord-ID']);
    expect(mailer.sent).toHaveLength(1);

    // again: nothing new (the row is Verwerkt), and the reconciler sees the raw row as taken in
    expect(reprocessReview(ports).done).toBe(0);
    expect(reconcile(ports, 60_000)).toMatchObject({ complete: true, outcomes: {} });
    expect(tables.read(CASES.name).rows).toHaveLength(1);
    expect(mailer.sent).toHaveLength(1);
    // the raw response was never touched
    expect(readSubmissions(tables, referralForm)[0].answers['Telefoonnummer van het gezin']).toBe('047012');
  });

  it('the worker corrects the raw response row instead: that version is used', () => {
    const { tables, ports } = memoryWorld();
    deliverResponses(tables, registrationForm, [
      { timestamp: at(1), answers: registrationAnswers({ postcode: '99000' }) },
    ]);
    processSubmission(ports, readSubmissions(tables, registrationForm)[0]);
    tables.update(registrationForm.responseTab, 2, { 'Uw postcode': '9900' });
    tables.update(REVIEW.name, reviewRow(tables).rowNumber, { Status: 'opnieuw verwerken' });
    expect(reprocessReview(ports).done).toBe(1);
    expect(tables.read(CASES.name).rows[0].values.Postcode).toBe('9900');
    // the edited raw row has a new key, but its row is known: the reconciler leaves it alone
    expect(reconcile(ports, 60_000).outcomes).toEqual({});
    expect(tables.read(REGISTRATIONS.name).rows).toHaveLength(1);
  });

  it('a still-wrong correction goes back to Open with the new reason', () => {
    const { tables, ports } = memoryWorld();
    processSubmission(ports, {
      formKey: referralForm.key,
      submittedAt: at(2),
      answers: referralAnswers({ postcode: '990' }),
      responseTab: referralForm.responseTab,
      responseRow: 2,
    });
    const row = reviewRow(tables);
    tables.update(REVIEW.name, row.rowNumber, {
      Antwoorden: String(row.values.Antwoorden).replace('Postcode: 990', 'Postcode: 99O0'),
      Status: 'Opnieuw verwerken',
    });
    expect(reprocessReview(ports)).toMatchObject({ done: 0, stillOpen: 1 });
    expect(reviewRow(tables).values).toMatchObject({ Status: 'Open' });
    expect(String(reviewRow(tables).values.Reden)).toContain('"99O0" is geen Belgische postcode');
    expect(tables.read(REVIEW.name).rows).toHaveLength(1);
  });

  it('an uncertain household match waits for the worker, who links it to the case she chooses', () => {
    const { tables, ports } = memoryWorld();
    processSubmission(ports, {
      formKey: referralForm.key,
      submittedAt: at(3),
      answers: referralAnswers(),
      responseTab: referralForm.responseTab,
      responseRow: 2,
    });
    // same name, same postcode, another street and phone: maybe she moved, maybe a namesake
    const fresh = registrationAnswers({
      firstName: 'Fatima',
      lastName: 'El Amrani',
      phone: '0499 88 77 66',
      street: 'Kaaistraat 4',
    });
    const outcome = processSubmission(ports, {
      formKey: registrationForm.key,
      submittedAt: at(4),
      answers: fresh,
      responseTab: registrationForm.responseTab,
      responseRow: 2,
    });
    const candidate =
      'DT-2026-0001: Fatima El Amrani, Zuidmoerstraat 136, 9900. Zelfde: voornaam, familienaam. ' +
      'Anders: telefoonnummer, adres. Misschien verhuisd, of iemand met dezelfde naam.';
    expect(outcome).toMatchObject({ kind: 'review', candidates: [candidate] });
    const row = reviewRow(tables);
    expect(row.values['Kandidaat-dossiers']).toBe(candidate);
    expect(String(row.values.Reden)).toContain('Misschien is dit een gezin dat al in Dossiers staat');

    // a case number that does not exist is refused
    tables.update(REVIEW.name, row.rowNumber, { 'Koppelen aan dossier': 'DT-2026-0099', Status: 'Opnieuw verwerken' });
    expect(reprocessReview(ports).stillOpen).toBe(1);
    expect(String(reviewRow(tables).values.Reden)).toContain('DT-2026-0099');

    tables.update(REVIEW.name, row.rowNumber, { 'Koppelen aan dossier': 'dt-2026-0001', Status: 'Opnieuw verwerken' });
    expect(reprocessReview(ports).done).toBe(1);
    expect(reviewRow(tables).values).toMatchObject({ Status: 'Verwerkt', Resultaat: 'DT-2026-0001' });
    expect(tables.read(CASES.name).rows).toHaveLength(1);
    expect(tables.read(REGISTRATIONS.name).rows[0].values).toMatchObject({
      Dossiernummer: 'DT-2026-0001',
      Koppeling: 'Bestaand dossier (bevestigd door de medewerker)',
    });

    // Her decision is remembered: the same household, written a bit differently, is not asked about again.
    const writtenAgain = registrationAnswers({
      firstName: 'EL AMRANI',
      lastName: 'fatima',
      phone: '0499/88.77.66',
      street: 'Kaaistr. 4',
    });
    expect(
      processSubmission(ports, {
        formKey: registrationForm.key,
        submittedAt: at(20),
        answers: writtenAgain,
        responseTab: registrationForm.responseTab,
        responseRow: 3,
      }),
    ).toMatchObject({ kind: 'registered', caseRef: 'DT-2026-0001', linked: true });
    expect(tables.read(REGISTRATIONS.name).rows[1].values.Koppeling).toBe(
      'Bestaand dossier (eerder zo beslist door de medewerker)',
    );
    expect(tables.read(REVIEW.name).rows).toHaveLength(1);
    expect(tables.read(CASES.name).rows).toHaveLength(1);
  });

  it('a remembered decision is used for the same household only, never for another family at that address', () => {
    const { tables, ports } = memoryWorld();
    const sub = (answers: RawAnswers, minute: number, form: FormDefinition = registrationForm) => ({
      formKey: form.key,
      submittedAt: at(minute),
      answers,
      responseTab: form.responseTab,
      responseRow: minute + 2,
    });
    processSubmission(
      ports,
      sub(referralAnswers({ firstName: 'Zahra', lastName: 'Ahmadi', street: 'Raamstraat 8' }), 1, referralForm),
    );
    // the father, with his own family name and mobile, at the same address: the worker is asked
    const father = registrationAnswers({
      firstName: 'Ahmad',
      lastName: 'Rahimi',
      phone: '0465 90 12 44',
      street: 'Raamstraat 8',
    });
    expect(processSubmission(ports, sub(father, 2))).toMatchObject({ kind: 'review' });
    tables.update(REVIEW.name, reviewRow(tables).rowNumber, {
      'Koppelen aan dossier': 'DT-2026-0001',
      Status: 'Opnieuw verwerken',
    });
    expect(reprocessReview(ports).done).toBe(1);

    // a neighbour at that address is still asked about
    const neighbour = registrationAnswers({
      firstName: 'Piotr',
      lastName: 'Nowak',
      phone: '0493 20 20 20',
      street: 'Raamstraat 8',
    });
    expect(processSubmission(ports, sub(neighbour, 3))).toMatchObject({ kind: 'review' });
    // the father again: linked
    expect(processSubmission(ports, sub(father, 4))).toMatchObject({ kind: 'registered', caseRef: 'DT-2026-0001' });
  });

  it('"nieuw" makes a new case', () => {
    const { tables, ports } = memoryWorld();
    const sub = (answers: RawAnswers, minute: number, form = referralForm) => ({
      formKey: form.key,
      submittedAt: at(minute),
      answers,
      responseTab: form.responseTab,
      responseRow: minute + 2,
    });
    processSubmission(ports, sub(referralAnswers(), 5));
    processSubmission(ports, sub(referralAnswers({ phone: '0499 88 77 66', street: 'Kaaistraat 4' }), 6));
    tables.update(REVIEW.name, reviewRow(tables).rowNumber, {
      'Koppelen aan dossier': 'nieuw',
      Status: 'Opnieuw verwerken',
    });
    expect(reprocessReview(ports).done).toBe(1);
    expect(reviewRow(tables).values.Resultaat).toBe('DT-2026-0002');
    expect(tables.read(CASES.name).rows).toHaveLength(2);
  });
});

/** A clock that moves on `step` ms every time it is read: a slow execution. */
class SlowClock implements Clock {
  constructor(
    private ms: number,
    private readonly step: number,
  ) {}
  now(): Date {
    this.ms += this.step;
    return new Date(this.ms);
  }
}

describe('reconciler', () => {
  function withMissedResponses(count: number) {
    const world = memoryWorld();
    deliverResponses(
      world.tables,
      referralForm,
      Array.from({ length: count }, (_, i) => ({
        timestamp: at(10 + i),
        answers: referralAnswers({
          firstName: ['Jan', 'Olena', 'Said', 'Griet', 'Piotr', 'Hiba'][i],
          lastName: ['Peeters', 'Melnyk', 'Bouzid', 'Claeys', 'Nowak', 'Haddad'][i],
          phone: `0470 00 00 ${String(10 + i)}`,
          street: `Markt ${i + 1}`,
        }),
      })),
    );
    deliverResponses(world.tables, registrationForm, [{ timestamp: at(40), answers: registrationAnswers() }]);
    return world;
  }

  it('takes in every raw row that has no register row, and nothing twice', () => {
    const { tables, mailer, ports } = withMissedResponses(4);
    // one of them came in through its trigger already
    processSubmission(ports, readSubmissions(tables, referralForm)[0]);
    const result = reconcile(ports, 60_000);
    expect(result).toMatchObject({ complete: true, scanned: 5, outcomes: { registered: 4 } });
    expect(tables.read(CASES.name).rows).toHaveLength(5);
    expect(mailer.sent).toHaveLength(4);
    expect(reconcile(ports, 60_000)).toMatchObject({ complete: true, outcomes: {} });
    expect(mailer.sent).toHaveLength(4);
  });

  it('stops when its time is up, saves a cursor, and the next run continues where it stopped', () => {
    const world = withMissedResponses(6);
    const ports = { ...world.ports, clock: new SlowClock(at(0).getTime(), 10_000) };
    const first = reconcile(ports, 25_000);
    expect(first.complete).toBe(false);
    const cursor = JSON.parse(ports.properties.get(RECONCILE_CURSOR)!);
    expect(cursor.form).toBe('doorverwijzing');
    const taken = world.tables.read(CASES.name).rows.length;
    expect(taken).toBeGreaterThan(0);
    expect(taken).toBeLessThan(7);

    let runs = 1;
    while (!reconcile(ports, 25_000).complete) runs++;
    expect(runs).toBeGreaterThan(1);
    expect(ports.properties.get(RECONCILE_CURSOR)).toBeNull();
    expect(world.tables.read(CASES.name).rows).toHaveLength(7);
    expect(world.mailer.sent).toHaveLength(6);
  });

  it('always makes progress, even with no time at all', () => {
    const world = withMissedResponses(3);
    let runs = 0;
    while (!reconcile(world.ports, 0).complete) runs++;
    expect(runs).toBe(3);
    expect(world.tables.read(CASES.name).rows).toHaveLength(4);
  });

  it('a refused raw row goes to review once', () => {
    const world = memoryWorld();
    deliverResponses(world.tables, referralForm, [
      { timestamp: at(1), answers: referralAnswers({ referrerEmail: 'x@' }) },
    ]);
    reconcile(world.ports, 60_000);
    reconcile(world.ports, 60_000);
    expect(world.tables.read(REVIEW.name).rows).toHaveLength(1);
  });
});
