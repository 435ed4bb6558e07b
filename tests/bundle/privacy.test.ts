import { PROTECTION_DESCRIPTION } from '../../src/gas/privacy/protection';
import type { GasWorld } from '../fakes';
import { PROTECTED_EDIT } from '../fakes';
import type { SavedElement } from '../fakes/drive';
import { referralAnswers } from '../support/referralAnswers';
import { everyCell, loadBundle, tabRows, typeInCell } from './harness';

/**
 * Privacy through the built bundle with the fakes: setup protects Audit and Logboek, the monthly trigger
 * anonymises closed cases (on the fakes' clock), a service fault mid-job is finished by the continuation,
 * erasure from the menu, errors reach the worker once a day, transient errors are retried.
 */
const FATIMA = {
  firstName: 'Fatima',
  lastName: 'El Amrani',
  phone: '0470 11 11 11',
  email: 'fatima.elamrani@voorbeeld.be',
  street: 'Zuidmoerstraat 136',
  notes: 'Fatima spreekt Frans',
};
const JAN = {
  firstName: 'Jan',
  lastName: 'Peeters',
  phone: '0470 22 22 22',
  email: 'jan.peeters@voorbeeld.be',
  street: 'Stationsstraat 5',
  notes: '',
};
const GONE = [
  'Fatima',
  'El Amrani',
  '0470 11 11 11',
  'fatima.elamrani@voorbeeld.be',
  'Zuidmoerstraat 136',
  'Fatima spreekt Frans',
  'Bel Fatima',
];
const KEPT = ['Peeters', '0470 22 22 22', 'jan.peeters@voorbeeld.be', 'Stationsstraat 5'];

function boot(options: Parameters<typeof loadBundle>[0] = {}) {
  const { world, fns } = loadBundle({ now: new Date('2024-01-08T09:00:00+01:00'), mailQuota: 1500, ...options });
  world.run('setup');
  return world;
}

function caseRow(world: GasWorld, ref: string): number {
  return tabRows(world, 'Dossiers').findIndex((r) => r.Dossiernummer === ref) + 2;
}

/** Two households referred; Fatima's journey with a next action naming her, closed on 4 March 2024; Jan open. */
function register(world: GasWorld) {
  const formId = world.properties['form.doorverwijzing.id'];
  world.submitForm(formId, referralAnswers(FATIMA) as Record<string, string>);
  world.advance(60_000);
  world.submitForm(
    formId,
    referralAnswers({ ...JAN, postcode: '9880', municipality: 'Aalter' }) as Record<string, string>,
  );
  world.setNow(new Date('2024-01-15T10:00:00+01:00'));
  typeInCell(world, 'Dossiers', caseRow(world, 'DT-2024-0001'), 'Status', 'Contact opgenomen');
  typeInCell(world, 'Dossiers', caseRow(world, 'DT-2024-0001'), 'Volgende actie', 'Bel Fatima terug');
  typeInCell(world, 'Dossiers', caseRow(world, 'DT-2024-0002'), 'Status', 'Contact opgenomen');
  world
    .sheet('Deelnames')
    .appendRow([
      'V-01',
      1,
      new Date('2024-02-01T14:00:00Z'),
      'DT-2024-0001',
      'Fatima El Amrani',
      '0470 11 11 11',
      'ja',
    ]);
  world.setNow(new Date('2024-03-04T10:00:00+01:00'));
  typeInCell(world, 'Dossiers', caseRow(world, 'DT-2024-0001'), 'Status', 'Afgesloten: geen interesse meer');
  world.sentMails.length = 0;
}

/** Category counts over the tabs (what a report of a past period counts). */
function counts(world: GasWorld) {
  const rows = (tab: string) => tabRows(world, tab);
  const key = (r: Record<string, unknown>, cols: string[]) =>
    cols.map((c) => String(r[c] instanceof Date ? (r[c] as Date).toISOString().slice(0, 7) : r[c])).join('|');
  const tally = (tab: string, cols: string[]) => {
    const out: Record<string, number> = {};
    for (const r of rows(tab)) out[key(r, cols)] = (out[key(r, cols)] ?? 0) + 1;
    return out;
  };
  return {
    cases: tally('Dossiers', ['Status', 'Gemeente', 'Postcode', 'Aangemaakt op', 'Afgesloten op']),
    mails: tally('Berichten', ['Soort', 'Status', 'Dossiernummer']),
    log: tally('Logboek', ['Kolom', 'Tijdstip']),
    courses: tally('Deelnames', ['Vorming-ID', 'Aanwezig']),
    referrals: tally('Doorverwijzingen', ['Organisatie', 'Dossiernummer']),
  };
}

function reach(world: GasWorld) {
  world.run('computeUniqueReach');
  return tabRows(world, 'Bereik').map((r) => [r.Domein, r['Unieke personen']]);
}

function audit(world: GasWorld) {
  return tabRows(world, 'Audit').map((r) => [r.Handeling, r.Dossiernummers]);
}

describe('bundle: audit trail and protections', () => {
  it('setup protects Audit and Logboek for the owner only; a colleague cannot edit them; a second setup adds no second protection', () => {
    const world = boot({ workspaceDomain: 'dekring.example', editors: ['collega@dekring.example'] });
    world.run('setup');
    for (const tab of ['Audit', 'Logboek']) {
      const protection = world.sheet(tab).protection!;
      expect(protection.getDescription()).toBe(PROTECTION_DESCRIPTION);
      expect(protection.isWarningOnly()).toBe(false);
      expect(protection.editorEmails()).toEqual(['projectmedewerker@dekring.example']);
      expect(protection.canDomainEdit()).toBe(false);
      expect(world.sheet(tab).getProtections('SHEET' as never)).toHaveLength(1);
      expect(() => world.asUser('collega@dekring.example', () => world.sheet(tab).writeCell(2, 1, 'x'))).toThrow(
        PROTECTED_EDIT,
      );
    }
    // Other tabs stay editable for the colleague.
    expect(() =>
      world.asUser('collega@dekring.example', () => world.sheet('Dossiers').writeCell(5, 30, 'x')),
    ).not.toThrow();
  });

  it('on a consumer account (no domain) setup protects without touching domain editing', () => {
    const world = boot();
    expect(world.sheet('Audit').protection!.editorEmails()).toEqual(['projectmedewerker@dekring.example']);
    expect(world.executions.every((e) => !e.error)).toBe(true);
  });

  it('a colleague cannot run the privacy actions (Dutch message); the owner can', () => {
    const world = boot({ editors: ['collega@dekring.example'] });
    register(world);
    world.asUser('collega@dekring.example', () => world.run('privacyErasureRequest'));
    expect(world.alerts.at(-1)!.prompt).toContain('Alleen de eigenaar');
  });

  it('the script only appends: earlier Audit rows never change', () => {
    const world = boot();
    register(world);
    world.answerPrompts({ text: 'DT-2024-0001' });
    world.run('privacyErasureRequest');
    const first = world.sheetValues('Audit');
    world.setNow(new Date('2026-04-01T03:00:00+02:00'));
    world.runClockTriggers();
    const after = world.sheetValues('Audit');
    expect(after.slice(0, first.length)).toEqual(first);
    expect(after.length).toBeGreaterThan(first.length);
  });
});

describe('bundle: retention on the fakes’ clock', () => {
  it('the monthly trigger anonymises the closed case everywhere; open case kept; counts and Bereik identical; logs without names', () => {
    const world = boot();
    register(world);
    const before = counts(world);
    const reachBefore = reach(world);
    // 1 March 2026: not yet 24 months after 4 March 2024.
    world.setNow(new Date('2026-03-01T03:00:00+01:00'));
    world.runClockTriggers();
    expect(everyCell(world)).toContain('0470 11 11 11');
    // 1 April 2026, 03:00: the monthly run.
    world.setNow(new Date('2026-04-01T03:00:00+02:00'));
    const fired = world.runClockTriggers().map((e) => e.functionName);
    expect(fired).toContain('privacyRetentionMonthly');
    const cells = everyCell(world);
    for (const value of GONE) expect(cells).not.toContain(value);
    for (const value of KEPT) expect(cells).toContain(value);
    expect(counts(world)).toEqual(before);
    expect(reach(world)).toEqual(reachBefore);
    // Each monthly run leaves a row, also when nothing was due (March); the case has its own row.
    expect(audit(world)).toEqual([
      ['Bewaartermijn toegepast', ''],
      ['Geanonimiseerd (bewaartermijn)', 'DT-2024-0001'],
      ['Bewaartermijn toegepast', ''],
    ]);
    // No continuation left behind; the monthly trigger stays.
    expect(world.triggers.filter((t) => t.handler === 'privacyRetentionContinue')).toHaveLength(0);
    expect(world.triggers.filter((t) => t.handler === 'privacyRetentionMonthly')).toHaveLength(1);
    const logs = world.logs.map((l) => l.message).join('\n');
    for (const value of [...GONE, ...KEPT]) expect(logs).not.toContain(value);
  });

  it('fault injection: a service fails mid-job; the continuation trigger finishes it without duplicates or loss', () => {
    const clean = boot();
    register(clean);
    clean.setNow(new Date('2026-04-01T03:00:00+02:00'));
    clean.runClockTriggers();
    // When a row was anonymised differs by the minute the continuation ran: compare without that moment.
    const masked = (w: GasWorld) =>
      everyCell(w, ['Audit', 'Bereik', 'Opvolging']).replace(/2026-04-01T01:0\d:\d\d\.000Z/g, '<moment>');
    const expected = masked(clean);

    let exercised = 0;
    for (const nth of [1, 3, 6, 9]) {
      const world = boot({ triggerErrors: 'record' });
      register(world);
      world.setNow(new Date('2026-04-01T03:00:00+02:00'));
      world.faults.failAt('Range.setValues', nth, 'Service error: something broke');
      world.runClockTriggers();
      const failed = world.executions.filter((e) => e.error && e.functionName === 'privacyRetentionMonthly');
      if (failed.length === 0) continue; // the fault hit another trigger of that morning
      exercised++;
      // The worker heard about it, once; the safety-net continuation waits.
      expect(world.sentMails.filter((m) => m.subject.startsWith('Digi.Taal: er ging iets mis'))).toHaveLength(1);
      expect(world.triggers.filter((t) => t.handler === 'privacyRetentionContinue')).toHaveLength(1);
      world.advance(61_000);
      world.runClockTriggers();
      expect(masked(world)).toBe(expected);
      expect(audit(world)).toEqual(audit(clean));
      expect(world.triggers.filter((t) => t.handler === 'privacyRetentionContinue')).toHaveLength(0);
    }
    expect(exercised).toBeGreaterThanOrEqual(2);
  });

  it('a small time budget: one continuation at a time until done', () => {
    const world = boot();
    register(world);
    world.properties['privacy.retention.budgetMs'] = '0';
    world.properties['privacy.retention.batch'] = '1';
    const formId = world.properties['form.doorverwijzing.id'];
    // a second closed case, so the job needs two executions
    world.setNow(new Date('2024-03-05T10:00:00+01:00'));
    world.submitForm(
      formId,
      referralAnswers({
        firstName: 'Olena',
        lastName: 'Kovalenko',
        phone: '0488 55 55 55',
        street: 'Molenstraat 3',
      }) as Record<string, string>,
    );
    typeInCell(world, 'Dossiers', caseRow(world, 'DT-2024-0003'), 'Status', 'Afgesloten: elders geholpen');
    world.setNow(new Date('2026-04-01T03:00:00+02:00'));
    world.runClockTriggers();
    for (let i = 0; i < 5; i++) {
      expect(world.triggers.filter((t) => t.handler === 'privacyRetentionContinue').length).toBeLessThanOrEqual(1);
      world.advance(61_000);
      world.runClockTriggers();
    }
    expect(everyCell(world)).not.toContain('Kovalenko');
    expect(audit(world).filter((a) => a[0] === 'Geanonimiseerd (bewaartermijn)')).toHaveLength(2);
    expect(world.triggers.filter((t) => t.handler === 'privacyRetentionContinue')).toHaveLength(0);
  });
});

describe('bundle: erasure request from the menu', () => {
  it('shows the search, erases after "Ja", keeps Bereik; "Nee" changes nothing', () => {
    const world = boot();
    register(world);
    const before = everyCell(world);
    world.answerPrompts({ text: 'dt-2024-0001' });
    world.answerAlerts('NO');
    world.run('privacyErasureRequest');
    expect(everyCell(world)).toBe(before);
    const preview = world.alerts.find((a) => a.buttons === 'YES_NO')!;
    expect(preview.prompt).toContain('DT-2024-0001');
    expect(preview.prompt).toContain('Dossiers: 1 rij');

    const reachBefore = reach(world);
    const countsBefore = counts(world);
    world.answerPrompts({ text: 'DT-2024-0001' });
    world.answerAlerts('YES');
    world.run('privacyErasureRequest');
    const cells = everyCell(world);
    for (const value of GONE) expect(cells).not.toContain(value);
    for (const value of KEPT) expect(cells).toContain(value);
    expect(reach(world)).toEqual(reachBefore);
    expect(counts(world)).toEqual(countsBefore);
    expect(audit(world)).toEqual([['Gewist op verzoek', 'DT-2024-0001']]);
    expect(tabRows(world, 'Audit')[0].Door).toBe('projectmedewerker@dekring.example');
  });

  it('an open case is not erased: the worker is asked to close it first', () => {
    const world = boot();
    register(world);
    const before = everyCell(world);
    world.answerPrompts({ text: 'DT-2024-0002' });
    world.run('privacyErasureRequest');
    expect(world.alerts.at(-1)!.prompt).toContain('nog niet afgesloten');
    expect(everyCell(world)).toBe(before);
  });

  it('access request (inzage) from the menu writes one Google Doc with everything on that person, nothing on another', () => {
    const world = boot();
    register(world);
    world.answerPrompts({ text: 'DT-2024-0001' });
    world.run('privacyAccessRequest');
    const docs = world.driveItems((item) => item.doc !== undefined && /DT-2024-0001/.test(item.name));
    expect(docs).toHaveLength(1);
    // Paragraphs and the text of every table cell, as the worker reads the Doc.
    const cellText = (e: SavedElement): string =>
      e.type === 'TABLE'
        ? e.rows.map((row) => row.map((cell) => cell.map(cellText).join(' ')).join(' | ')).join('\n')
        : e.parts.map((x) => (x.type === 'TEXT' ? x.text : '')).join('');
    const text = (docs[0].doc ?? []).map(cellText).join('\n');
    for (const value of ['El Amrani', 'DT-2024-0001', 'Bel Fatima terug', '0470 11 11 11'])
      expect(text).toContain(value);
    for (const value of KEPT) expect(text).not.toContain(value);
    expect(world.alerts.at(-1)!.prompt).toContain('Het overzicht is klaar.');
    expect(audit(world)).toEqual([['Inzage gemaakt', 'DT-2024-0001']]);
  });
});

describe('bundle: errors reach a person', () => {
  it('a failing trigger logs without names, mails the worker once per kind per day and fails the execution', () => {
    const world = boot({ triggerErrors: 'record' });
    register(world);
    world.sentMails.length = 0;
    const fail = () =>
      world.faults.failAt(
        'Range.getValues',
        1,
        'Kapot bij "Fatima El Amrani" fatima.elamrani@voorbeeld.be 0470 11 11 11',
      );
    fail();
    expect(() => world.run('computeUniqueReach')).toThrow(/computeUniqueReach: Kapot bij <tekst> <e-mail> <nummer>/);
    fail();
    expect(() => world.run('refreshFollowUpView')).toThrow();
    const notices = () => world.sentMails.filter((m) => m.subject.startsWith('Digi.Taal: er ging iets mis'));
    expect(notices()).toHaveLength(1);
    expect(notices()[0].to).toBe('info@wijkcentrumdekring.be');
    expect(notices()[0].body).toContain('"computeUniqueReach"');
    // Another kind the same day: one more.
    world.faults.failAt('Range.getValues', 1, 'Exceeded maximum execution time');
    expect(() => world.run('computeUniqueReach')).toThrow();
    expect(notices()).toHaveLength(2);
    // The next day the first kind is mailed again, once.
    world.advance(24 * 3600_000);
    fail();
    expect(() => world.run('computeUniqueReach')).toThrow();
    expect(notices()).toHaveLength(3);
    const logs = world.logs.map((l) => l.message).join('\n');
    for (const value of ['Fatima', 'El Amrani', 'fatima.elamrani@voorbeeld.be', '0470 11 11 11'])
      expect(logs).not.toContain(value);
    expect(logs).toContain('"fn":"computeUniqueReach"');
  });

  it('a trigger error is caught too (the edit trigger), and the execution shows as failed', () => {
    const world = boot({ triggerErrors: 'record' });
    register(world);
    world.faults.failAt('Range.getValues', 1, 'Boom');
    typeInCell(world, 'Dossiers', caseRow(world, 'DT-2024-0002'), 'Status', 'Geïnformeerd');
    const failed = world.executions.filter((e) => e.functionName === 'handleEdit' && e.error);
    expect(failed).toHaveLength(1);
    expect(String((failed[0].error as Error).message)).toBe('handleEdit: Boom');
    expect(world.sentMails.filter((m) => m.subject.startsWith('Digi.Taal: er ging iets mis'))).toHaveLength(1);
  });

  it('transient errors are retried with backoff (counted, bounded); a daily quota never is', () => {
    const world = boot();
    register(world);
    world.calls.reset();
    world.faults.failAt(
      'Range.getValues',
      1,
      'Service invoked too many times in a short time: exec qps. Try Utilities.sleep(1000) between calls.',
    );
    expect(() => world.run('computeUniqueReach')).not.toThrow();
    expect(world.calls.count('Utilities.sleep')).toBe(1);
    expect(world.logs.some((l) => l.message.includes('"event":"retry"'))).toBe(true);
    // Three transient failures in a row: two retries (1 s, 2 s), then it gives up.
    world.calls.reset();
    for (let nth = 1; nth <= 3; nth++) world.faults.failAt('Range.getValues', nth, 'Service unavailable: Spreadsheets');
    expect(() => world.run('computeUniqueReach')).toThrow(/Service unavailable/);
    expect(world.calls.count('Utilities.sleep')).toBe(2);
    // A daily quota: no retry at all.
    world.calls.reset();
    world.faults.failAt('Range.getValues', 1, 'Service invoked too many times for one day: urlfetch.');
    expect(() => world.run('computeUniqueReach')).toThrow(/for one day/);
    expect(world.calls.count('Utilities.sleep')).toBe(0);
  });
});

describe('bundle: sharing check at setup', () => {
  it('warns in Dutch about people outside the domain and says how to check link sharing by hand', () => {
    const { world, fns } = loadBundle({ workspaceDomain: 'dekring.example', viewers: ['vrijwilliger@gmail.com'] });
    world.run('setup');
    const summary = world.alerts[0].prompt;
    expect(summary).toContain('buiten dekring.example: vrijwilliger@gmail.com');
    expect(summary).toContain('Iedereen met de link');
  });

  it('says nothing about people when only the organisation has access', () => {
    const world = boot({ workspaceDomain: 'dekring.example', editors: ['collega@dekring.example'] });
    expect(world.alerts[0].prompt).not.toContain('buiten');
  });
});
