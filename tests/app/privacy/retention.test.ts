import { RETENTION_CURSOR, runRetention } from '../../../src/app/privacy/retentionJob';
import { processSubmission } from '../../../src/app/processSubmission';
import { reconcile } from '../../../src/app/reconcile';
import { cellText } from '../../../src/domain/common/table';
import { AUDIT, AUDIT_ACTIONS, LETTERS_TAB } from '../../../src/domain/privacy/tabs';
import { CASES, REVIEW } from '../../../src/domain/tabs';
import { localPorts } from '../../../src/local/localPorts';
import { CrashingTables } from '../../support/memoryPorts';
import { allText, PEOPLE, pastCounts, personalTexts, privacyWorld, rowOf } from '../../support/privacyWorld';
import { referralAnswers } from '../../support/referralAnswers';

const LATER = new Date('2026-03-20T03:00:00Z'); // 24 months after A and C closed (March 2024), and a bit

describe('retention job (fake clock, every tab)', () => {
  it('does nothing before the retention period has passed', () => {
    const { ports, clock, tables } = privacyWorld();
    clock.set(new Date('2026-02-20T03:00:00Z'));
    const before = allText(tables);
    const result = runRetention(ports, 60_000);
    expect(result).toMatchObject({ complete: true, cases: 0 });
    expect(allText(tables).replace(/\n[^\n]*Bewaartermijn toegepast[^\n]*/g, '')).toContain(PEOPLE.A.phone);
    expect(before).toContain(PEOPLE.A.phone);
  });

  it('anonymises closed cases everywhere they appear; open cases untouched; past counts identical', () => {
    const { ports, clock, tables } = privacyWorld();
    const countsBefore = pastCounts(tables);
    const openBefore = JSON.stringify(
      tables.read(CASES.name).rows.filter((r) => /0002|0004/.test(cellText(r.values.Dossiernummer))),
    );
    clock.set(LATER);
    const result = runRetention(ports, 60_000);
    expect(result).toMatchObject({ complete: true, cases: 2 });
    // the self-registration without consent (never a case) and the participation without a case are due too
    expect(result.others).toBeGreaterThanOrEqual(2);

    const text = allText(tables);
    const kept = [...personalTexts('B'), ...personalTexts('D')];
    const gone = [...personalTexts('A'), ...personalTexts('C'), ...personalTexts('R')].filter((v) => !kept.includes(v));
    expect(gone).toEqual(expect.arrayContaining([PEOPLE.A.phone, PEOPLE.A.email, 'Bel Fatima terug', 'El Amrani']));
    for (const value of gone) expect(text).not.toContain(value);
    // Open cases keep everything, including D at A's address and B's letter.
    for (const value of kept) expect(text).toContain(value);
    expect(
      JSON.stringify(tables.read(CASES.name).rows.filter((r) => /0002|0004/.test(cellText(r.values.Dossiernummer)))),
    ).toBe(openBefore);
    // A participant without a case and not due (Karim, 2024-02-08) is due too: the session is older than 24 months.
    expect(text).not.toContain('Karim Benali');

    // Ids, dates and categories stay: every count of a past period is the same.
    expect(pastCounts(tables)).toEqual(countsBefore);
    const a = tables.read(CASES.name).rows.find((r) => r.values.Dossiernummer === 'DT-2024-0001')!.values;
    expect(a).toMatchObject({
      Voornaam: '',
      Familienaam: '',
      Telefoon: '',
      Postcode: '9900',
      Gemeente: 'Eeklo',
      Status: 'Afgesloten: geen interesse meer',
    });
    expect(a['Geanonimiseerd op']).toEqual(LATER);
    expect(a['Anonieme persoon']).toBe('P-DT-2024-0001');
    const letter = tables.read(LETTERS_TAB).rows.find((r) => r.values.Dossiernummer === 'DT-2024-0001')!.values;
    expect(letter).toMatchObject({ Batch: 'B-1', Naam: '', Adres: '' });

    // Audit: one row per case and one for the run, by case reference only.
    const audit = tables.read(AUDIT.name).rows.map((r) => [r.values.Handeling, r.values.Dossiernummers]);
    expect(audit).toEqual([
      [AUDIT_ACTIONS.anonymised, 'DT-2024-0001'],
      [AUDIT_ACTIONS.anonymised, 'DT-2024-0003'],
      [AUDIT_ACTIONS.retentionRun, ''],
    ]);
    // The log carries case references and counts only.
    const log = ports.audit.lines.join('\n');
    for (const value of [...personalTexts('A'), ...personalTexts('C')]) expect(log).not.toContain(value);
    expect(ports.properties.get(RETENTION_CURSOR)).toBeNull();

    // A second run finds nothing left and writes nothing but its summary.
    const after = tables.read(CASES.name);
    clock.set(new Date(LATER.getTime() + 86_400_000 * 31));
    expect(runRetention(ports, 60_000)).toMatchObject({ complete: true, cases: 0, others: 0 });
    expect(tables.read(CASES.name)).toEqual(after);
    expect(tables.read(AUDIT.name).rows.filter((r) => r.values.Handeling === AUDIT_ACTIONS.anonymised)).toHaveLength(2);
  });

  it("another household's review row keeps only the number of a candidate case that was anonymised", () => {
    const { ports, clock, tables } = privacyWorld();
    // A new family at A's address, a month before the run: the script is not sure and asks the worker.
    const received = new Date('2026-02-20T09:00:00Z');
    clock.set(received);
    const outcome = processSubmission(ports, {
      formKey: 'doorverwijzing',
      submittedAt: received,
      answers: referralAnswers({
        firstName: 'Samira',
        lastName: 'Haddad',
        phone: '0470 55 55 55',
        street: PEOPLE.A.street,
      }),
      responseTab: 'Antwoorden Doorverwijzing',
      responseRow: 5,
    });
    expect(outcome.kind).toBe('review');
    const candidates = () =>
      cellText(
        tables.read(REVIEW.name).rows.find((r) => /Samira/.test(cellText(r.values.Antwoorden)))?.values[
          'Kandidaat-dossiers'
        ],
      );
    expect(candidates()).toMatch(/^DT-2024-0001: Fatima El Amrani/m);
    expect(candidates()).toMatch(/^DT-2024-0004: Jan Peters/m);

    clock.set(LATER);
    expect(runRetention(ports, 60_000)).toMatchObject({ complete: true, cases: 2 });
    // A is gone from it; D (open) and the new family's own answers stay for the worker to decide.
    expect(candidates()).toMatch(/^DT-2024-0001: gegevens gewist$/m);
    expect(candidates()).toMatch(/^DT-2024-0004: Jan Peters/m);
    expect(allText(tables)).not.toContain('Fatima El Amrani');
    expect(allText(tables)).toContain('Samira');
    // A second run writes nothing more there.
    const before = candidates();
    clock.set(new Date(LATER.getTime() + 86_400_000 * 31));
    runRetention(ports, 60_000);
    expect(candidates()).toBe(before);
  });

  it('the reconciler still knows the anonymised raw responses were taken in (nothing comes back as new)', () => {
    const { ports, clock, tables } = privacyWorld();
    clock.set(LATER);
    runRetention(ports, 60_000);
    const cases = tables.read(CASES.name).rows.length;
    const review = tables.read('Te controleren').rows.length;
    const result = reconcile(ports, 60_000);
    expect(result.outcomes).toEqual({});
    expect(tables.read(CASES.name).rows).toHaveLength(cases);
    expect(tables.read('Te controleren').rows).toHaveLength(review);
  });

  it('a time budget splits the job over executions: the cursor keeps the cut-off, nothing is done twice', () => {
    const { ports, clock, tables } = privacyWorld();
    clock.set(LATER);
    ports.properties.set('privacy.retention.budgetMs', '0');
    ports.properties.set('privacy.retention.batch', '1');
    const first = runRetention(ports, 0);
    expect(first.complete).toBe(false);
    expect(first.cases).toBe(2);
    expect(tables.read(AUDIT.name).rows).toHaveLength(1);
    const cursor = JSON.parse(ports.properties.get(RETENTION_CURSOR) ?? '{}');
    // The next execution runs the next day: it still uses the first run's cut-off.
    clock.set(new Date(LATER.getTime() + 86_400_000));
    let result = runRetention(ports, 0);
    for (let i = 0; i < 10 && !result.complete; i++) result = runRetention(ports, 0);
    expect(result).toMatchObject({ complete: true, cases: 2 });
    expect(JSON.parse(JSON.stringify(cursor)).cutoff).toBe('2024-03-20T03:00:00.000Z');
    expect(tables.read(AUDIT.name).rows.filter((r) => r.values.Handeling === AUDIT_ACTIONS.anonymised)).toHaveLength(2);
    expect(tables.read(AUDIT.name).rows.filter((r) => r.values.Handeling === AUDIT_ACTIONS.retentionRun)).toHaveLength(
      1,
    );
  });

  it('a run that used up its executions gives up, and the next start begins a new run with a new cut-off', () => {
    const { ports, clock } = privacyWorld();
    clock.set(LATER);
    ports.properties.set(
      RETENTION_CURSOR,
      JSON.stringify({ run: '2026-02-01T03:00:00.000Z', cutoff: '2024-03-10T03:00:00.000Z', starts: 23 }),
    );
    ports.properties.set('privacy.retention.budgetMs', '0');
    ports.properties.set('privacy.retention.batch', '1');
    expect(runRetention(ports, 0)).toMatchObject({ complete: false, gaveUp: true });
    const next = runRetention(ports, 0);
    expect(next.gaveUp).toBe(false);
    expect(JSON.parse(ports.properties.get(RETENTION_CURSOR) ?? '{}')).toMatchObject({
      cutoff: '2024-03-20T03:00:00.000Z',
      starts: 1,
    });
  });

  it('fault injection: a write fails at any point of the job; the next run finishes it with no duplicate and no loss', () => {
    const reference = privacyWorld();
    reference.clock.set(LATER);
    runRetention(reference.ports, 60_000);
    const expected = allText(reference.tables);
    const expectedCounts = pastCounts(reference.tables);

    let everyWriteTried = false;
    for (let crashAt = 1; crashAt <= 80; crashAt++) {
      const world = privacyWorld();
      world.clock.set(LATER);
      const crashing = new CrashingTables(world.tables, crashAt);
      const faulty = { ...localPorts(crashing, world.mailer, world.clock), properties: world.ports.properties };
      let crashed = false;
      try {
        runRetention(faulty, 60_000);
      } catch {
        crashed = true;
      }
      if (!crashed) {
        everyWriteTried = crashAt > 10; // the job has fewer writes than crashAt: every point was tried
        break;
      }
      // The continuation (or next month's run) with the service back.
      const result = runRetention({ ...world.ports, properties: world.ports.properties }, 60_000);
      expect(result.complete).toBe(true);
      expect(allText(world.tables)).toBe(expected);
      expect(pastCounts(world.tables)).toEqual(expectedCounts);
      expect(rowOf(world.tables, 'DT-2024-0001')).toBe(rowOf(reference.tables, 'DT-2024-0001'));
    }
    expect(everyWriteTried).toBe(true);
  });
});
