import { dailyRegisterRun } from '../../../src/app/register/followUp';
import { recordEdit, UNKNOWN_OLD } from '../../../src/app/register/recordEdit';
import { MAIL_STATUS } from '../../../src/domain/messages/status';
import { LOGBOOK, ONWARD, SUPPORT } from '../../../src/domain/register/tabs';
import { CASES, MESSAGES, PARTNERS } from '../../../src/domain/tabs';
import { registerWorld, WORKER, workerEdit } from '../../support/registerWorld';

const ROW = 2;

function caseRow(tables: ReturnType<typeof registerWorld>['tables'], row = ROW) {
  return tables.readRows(CASES.name, row, 1).rows[0].values;
}

describe('edit trigger use case: journey history', () => {
  it('logs old → new, who and when, stamps the milestone and clears the note', () => {
    const { tables, ports, clock } = registerWorld();
    clock.set(new Date('2026-11-03T10:15:00'));
    const result = workerEdit(ports, CASES.name, ROW, 'Status', 'Contact opgenomen');
    expect(result).toMatchObject({ kind: 'recorded', logged: 1 });
    expect(tables.read(LOGBOOK.name).rows.map((r) => r.values)).toEqual([
      {
        Tijdstip: new Date('2026-11-03T10:15:00'),
        Tabblad: 'Dossiers',
        Sleutel: 'DT-2026-0001',
        Kolom: 'Status',
        Oud: 'Aangemeld',
        Nieuw: 'Contact opgenomen',
        Door: WORKER,
        Melding: '',
      },
    ]);
    expect(caseRow(tables)).toMatchObject({
      'Contact opgenomen op': new Date('2026-11-03T10:15:00'),
      'Gelogde status': 'Contact opgenomen',
      'Laatste statuswijziging': new Date('2026-11-03T10:15:00'),
      Melding: '',
    });
    expect(result.notes).toEqual([{ rowNumber: ROW, column: CASES.headers.indexOf('Status') + 1, note: null }]);
  });

  it('keeps the first date of a milestone and gives days from referral to active', () => {
    const { tables, ports, clock } = registerWorld();
    const steps = ['Contact opgenomen', 'Geïnformeerd', 'Aanvraag ingediend', 'Installatie gepland', 'Actief'];
    steps.forEach((step, i) => {
      clock.set(new Date(2026, 10, 3 + 4 * i, 10));
      workerEdit(ports, CASES.name, ROW, 'Status', step);
    });
    const row = caseRow(tables);
    expect(row['Actief op']).toEqual(new Date(2026, 10, 19, 10));
    expect(row['Dagen tot actief']).toBe(16);
    expect(row['Betaling geregeld op']).toBe('');
    // A step back and forward again keeps the original date.
    clock.set(new Date(2026, 10, 25, 10));
    workerEdit(ports, CASES.name, ROW, 'Status', 'Installatie gepland');
    workerEdit(ports, CASES.name, ROW, 'Status', 'Actief');
    expect(caseRow(tables)['Actief op']).toEqual(new Date(2026, 10, 19, 10));
    expect(tables.read(LOGBOOK.name).rows).toHaveLength(7);
  });

  it('answers an impossible jump with a visible note and keeps the change', () => {
    const { tables, ports, mailer } = registerWorld();
    const result = workerEdit(ports, CASES.name, ROW, 'Status', 'Actief');
    const row = caseRow(tables);
    expect(row.Status).toBe('Actief');
    expect(row.Melding).toContain('slaat stappen over');
    expect(result.notes[0].note).toBe(row.Melding);
    expect(tables.read(LOGBOOK.name).rows[0].values.Melding).toBe(row.Melding);
    // No partner mail yet: the worker can still correct it before the daily run.
    expect(mailer.sent).toHaveLength(0);
  });

  it('logs next-action changes with their old value', () => {
    const { tables, ports } = registerWorld();
    workerEdit(ports, CASES.name, ROW, 'Volgende actie', 'Aanvraag Telenet nakijken');
    const [log] = tables.read(LOGBOOK.name).rows;
    expect(log.values).toMatchObject({
      Kolom: 'Volgende actie',
      Oud: 'Gezin bellen',
      Nieuw: 'Aanvraag Telenet nakijken',
    });
  });

  it('handles a multi-cell paste (no old values) from the last logged status', () => {
    const { tables, ports } = registerWorld(3);
    const statusCol = CASES.headers.indexOf('Status') + 1;
    workerEdit(ports, CASES.name, 2, 'Status', 'Contact opgenomen');
    // The worker pastes a block of three statuses over rows 2-4.
    tables.update(CASES.name, 2, { Status: 'Geïnformeerd' });
    tables.update(CASES.name, 3, { Status: 'Contact opgenomen' });
    tables.update(CASES.name, 4, { Status: 'Aanvraag ingediend' });
    const result = recordEdit(ports, {
      tab: CASES.name,
      firstRow: 2,
      rowCount: 3,
      firstColumn: statusCol,
      columnCount: 2,
      who: 'onbekend',
    });
    expect(result.kind).toBe('recorded');
    const logs = tables.read(LOGBOOK.name).rows.map((r) => r.values);
    expect(logs.slice(1).map((l) => [l.Sleutel, l.Kolom, l.Oud, l.Nieuw, l.Door])).toEqual([
      ['DT-2026-0001', 'Status', 'Contact opgenomen', 'Geïnformeerd', 'onbekend'],
      ['DT-2026-0001', 'Volgende actie', UNKNOWN_OLD, 'Gezin bellen', 'onbekend'],
      ['DT-2026-0002', 'Status', 'Aangemeld', 'Contact opgenomen', 'onbekend'],
      ['DT-2026-0002', 'Volgende actie', UNKNOWN_OLD, 'Gezin bellen', 'onbekend'],
      ['DT-2026-0003', 'Status', 'Aangemeld', 'Aanvraag ingediend', 'onbekend'],
      ['DT-2026-0003', 'Volgende actie', UNKNOWN_OLD, 'Gezin bellen', 'onbekend'],
    ]);
    expect(caseRow(tables, 4).Melding).toContain('slaat stappen over');
  });

  it('ignores untracked tabs and columns and the header row', () => {
    const { ports } = registerWorld();
    expect(workerEdit(ports, CASES.name, ROW, 'Notities', 'belt liever na 17 uur').kind).toBe('ignored');
    expect(
      recordEdit(ports, { tab: 'Partners', firstRow: 2, rowCount: 1, firstColumn: 1, columnCount: 1, who: 'x' }).kind,
    ).toBe('ignored');
    expect(
      recordEdit(ports, { tab: CASES.name, firstRow: 1, rowCount: 1, firstColumn: 1, columnCount: 1, who: 'x' }).kind,
    ).toBe('ignored');
  });

  it('reads only the edited rows: the work per edit does not grow with the register', () => {
    const small = registerWorld(2);
    const large = registerWorld(60);
    const ops = (world: ReturnType<typeof registerWorld>, row: number) => {
      const before = { ...world.tables.stats };
      workerEdit(world.ports, CASES.name, row, 'Status', 'Geïnformeerd');
      return { reads: world.tables.stats.reads - before.reads, writes: world.tables.stats.writes - before.writes };
    };
    expect(ops(large, 50)).toEqual(ops(small, 2));
  });
});

describe('closed loop: partner feedback', () => {
  it('mails the referrer at contact, active and closed: case reference and plain status, no details', () => {
    const { tables, ports, mailer } = registerWorld();
    for (const step of [
      'Contact opgenomen',
      'Geïnformeerd',
      'Aanvraag ingediend',
      'Actief',
      'Nazorg',
      'Afgesloten: geholpen',
    ])
      workerEdit(ports, CASES.name, ROW, 'Status', step);
    expect(mailer.sent.map((m) => m.text.split('\n')[2])).toEqual([
      'We hebben het gezin van dossier DT-2026-0001 bereikt.',
      'Het gezin van dossier DT-2026-0001 heeft nu internet thuis.',
      'Het gezin van dossier DT-2026-0001 is geholpen. We sluiten het dossier af.',
    ]);
    for (const mail of mailer.sent) {
      expect(mail.to).toBe('an.declercq@sociaalhuis-eeklo.example');
      for (const detail of ['Fatima', 'El Amrani', '470', 'Zuidmoerstraat']) {
        expect(mail.text).not.toContain(detail);
        expect(mail.html).not.toContain(detail);
      }
    }
    expect(
      tables.read(MESSAGES.name).rows.filter((r) => r.values.Soort === 'Terugkoppeling aan doorverwijzer'),
    ).toHaveLength(3);
  });

  it('never sends the same milestone twice, also when the status goes back and forth', () => {
    const { ports, mailer } = registerWorld();
    workerEdit(ports, CASES.name, ROW, 'Status', 'Contact opgenomen');
    workerEdit(ports, CASES.name, ROW, 'Status', 'Aangemeld');
    workerEdit(ports, CASES.name, ROW, 'Status', 'Contact opgenomen');
    dailyRegisterRun(ports);
    expect(mailer.sent).toHaveLength(1);
  });

  it('sends nothing to a partner that opted out, and logs the skip', () => {
    const { tables, ports, mailer } = registerWorld();
    const partner = tables.read(PARTNERS.name).rows.find((r) => r.values.Organisatie === 'Sociaal Huis Eeklo (OCMW)');
    tables.update(PARTNERS.name, partner!.rowNumber, { Meldingen: 'nee' });
    const result = workerEdit(ports, CASES.name, ROW, 'Status', 'Contact opgenomen');
    expect(result.notifications).toEqual(['opted-out']);
    expect(mailer.sent).toHaveLength(0);
    expect(ports.audit.counts.get('loop.opted-out')).toBe(1);
  });

  it('fault between send and log: the mail went out, the log write failed → never sent again', () => {
    const { tables, ports, mailer } = registerWorld();
    // The write after the send (Berichten → Verstuurd) fails: the execution dies there.
    const realUpdate = tables.update.bind(tables);
    let failed = false;
    tables.update = (tab, row, values) => {
      if (!failed && tab === MESSAGES.name && values.Status === MAIL_STATUS.sent) {
        failed = true;
        throw new Error('Service Spreadsheets timed out');
      }
      realUpdate(tab, row, values);
    };
    expect(() => workerEdit(ports, CASES.name, ROW, 'Status', 'Contact opgenomen')).toThrow('timed out');
    expect(mailer.sent).toHaveLength(1);
    // The next edit of the case, the daily catch-up and a second catch-up: nothing goes out again.
    workerEdit(ports, CASES.name, ROW, 'Volgende actie', 'Info sturen');
    dailyRegisterRun(ports);
    dailyRegisterRun(ports);
    expect(mailer.sent).toHaveLength(1);
    const row = tables
      .read(MESSAGES.name)
      .rows.find((r) => r.values['Bericht-ID'] === 'terugkoppeling-DT-2026-0001-contact');
    expect(row?.values.Status).toBe(MAIL_STATUS.unknown);
  });

  it('fault before the send (mail service down): recorded as failed, not retried blindly', () => {
    const { tables, ports, mailer } = registerWorld();
    mailer.failNext = new Error('Mail service unavailable');
    const result = workerEdit(ports, CASES.name, ROW, 'Status', 'Contact opgenomen');
    expect(result.notifications).toEqual(['failed']);
    dailyRegisterRun(ports);
    expect(mailer.sent).toHaveLength(0);
    const row = tables
      .read(MESSAGES.name)
      .rows.find((r) => r.values['Bericht-ID'] === 'terugkoppeling-DT-2026-0001-contact');
    expect(row?.values.Status).toBe(MAIL_STATUS.failed);
  });

  it('the daily catch-up sends what a crashed edit did not, once; and an odd jump only if it still stands', () => {
    const { tables, ports, mailer } = registerWorld(2);
    // Crash right after the Logboek append and row update, before the mail: simulate by editing without notify.
    workerEdit(ports, CASES.name, 2, 'Status', 'Actief'); // odd jump: no mail now
    workerEdit(ports, CASES.name, 3, 'Status', 'Actief'); // odd jump …
    workerEdit(ports, CASES.name, 3, 'Status', 'Aangemeld'); // … corrected by the worker
    expect(mailer.sent).toHaveLength(0);
    const report = dailyRegisterRun(ports);
    expect(report.notifications).toEqual({ sent: 1 });
    expect(mailer.sent.map((m) => m.subject)).toEqual(['Nieuws over dossier DT-2026-0001']);
    dailyRegisterRun(ports);
    expect(mailer.sent).toHaveLength(1);
    expect(tables.read(LOGBOOK.name).rows).toHaveLength(3);
  });
});

describe('quick entry by typing a row', () => {
  it('fills id, date and who when the worker types a case number in a new support row', () => {
    const { tables, ports, clock } = registerWorld();
    clock.set(new Date('2026-11-05T15:00:00'));
    tables.append(SUPPORT.name, [{ 'Sessie-ID': 'OS-0007', Dossiernummer: 'DT-2026-0001', Onderwerp: 'App' }]);
    const [row] = tables.append(SUPPORT.name, [{ Dossiernummer: 'DT-2026-0001', Onderwerp: 'itsme' }]);
    const result = recordEdit(ports, {
      tab: SUPPORT.name,
      firstRow: row,
      rowCount: 1,
      firstColumn: 3,
      columnCount: 2,
      who: WORKER,
    });
    expect(result.kind).toBe('recorded');
    expect(tables.readRows(SUPPORT.name, row, 1).rows[0].values).toMatchObject({
      'Sessie-ID': 'OS-0008',
      Datum: new Date('2026-11-05T15:00:00'),
      Door: WORKER,
      Bron: 'tabblad',
      Onderwerp: 'itsme',
    });
    // Editing the row again changes nothing.
    expect(
      recordEdit(ports, { tab: SUPPORT.name, firstRow: row, rowCount: 1, firstColumn: 4, columnCount: 1, who: WORKER })
        .kind,
    ).toBe('ignored');
  });

  it('numbers pasted onward referrals one by one', () => {
    const { tables, ports } = registerWorld();
    tables.append(ONWARD.name, [
      { Dossiernummer: 'DT-2026-0001', Aanbod: 'Cursus' },
      { Dossiernummer: 'DT-2026-0001', Aanbod: 'Repair café' },
    ]);
    recordEdit(ports, { tab: ONWARD.name, firstRow: 2, rowCount: 2, firstColumn: 3, columnCount: 2, who: WORKER });
    expect(tables.read(ONWARD.name).rows.map((r) => [r.values['Verwijzing-ID'], r.values.Resultaat])).toEqual([
      ['VA-0001', 'Nog niet bekend'],
      ['VA-0002', 'Nog niet bekend'],
    ]);
  });
});
