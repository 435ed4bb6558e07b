/**
 * The worker's sheet is the truth (issue 9), through the built bundle with fakes as strict as Google: she deletes
 * rows and renames tabs, a donor waits for the thank-you, the mail quota runs out — and no number is ever
 * issued twice, nothing is lost, every promised e-mail leaves once.
 */
import { donationForm } from '../../forms/donation';
import { referralForm } from '../../forms/referral';
import { LOGBOOK } from '../../src/domain/register/tabs';
import { CASES, MESSAGES, SETTINGS } from '../../src/domain/tabs';
import type { GasWorld } from '../fakes';
import { donationAnswers } from '../support/formAnswers';
import { referralAnswers } from '../support/referralAnswers';
import { loadBundle, tabRows } from './harness';

type Answers = Record<string, string | string[]>;

function boot(options: Parameters<typeof loadBundle>[0] = {}) {
  const { world } = loadBundle(options);
  world.run('setup');
  const refer = (n: number) =>
    world.submitForm(
      world.properties[`form.${referralForm.key}.id`],
      referralAnswers({
        firstName: ['Anna', 'Bram', 'Chantal', 'Dries', 'Elif'][n],
        lastName: ['Claeys', 'Maes', 'Nowak', 'Pieters', 'Kaya'][n],
        phone: `0470 11 22 3${n}`,
        street: `Kerkstraat ${n + 1}`,
      }) as Answers,
    );
  return { world, refer };
}

function column(world: GasWorld, tab: string, header: string): number {
  return world.sheetValues(tab)[0].indexOf(header) + 1;
}

describe('numbers are never issued twice', () => {
  it('deleting the last case row does not give its number to the next household', () => {
    const { world, refer } = boot();
    refer(0);
    refer(1);
    expect(tabRows(world, CASES.name).map((c) => c.Dossiernummer)).toEqual(['DT-2026-0001', 'DT-2026-0002']);
    world.globals.SpreadsheetApp.getActive().getSheetByName(CASES.name)!.deleteRow(3);
    refer(2);
    expect(tabRows(world, CASES.name).map((c) => c.Dossiernummer)).toEqual(['DT-2026-0001', 'DT-2026-0003']);
  });

  it('a renamed Dossiers is followed: no new tab, numbering goes on, the edit trigger still logs', () => {
    const { world, refer } = boot();
    refer(0);
    world.sheet(CASES.name).setName('Gezinnen 2026');
    refer(1);
    world.run('setup');
    expect(world.sheetNames().filter((n) => n === CASES.name)).toEqual([]);
    const rows = tabRows(world, 'Gezinnen 2026');
    expect(rows.map((c) => c.Dossiernummer)).toEqual(['DT-2026-0001', 'DT-2026-0002']);
    world.editCell('Gezinnen 2026', 3, column(world, 'Gezinnen 2026', 'Status'), 'Contact opgenomen');
    const log = tabRows(world, LOGBOOK.name);
    expect(log.map((l) => [l.Sleutel, l.Oud, l.Nieuw])).toEqual([['DT-2026-0002', 'Aangemeld', 'Contact opgenomen']]);
    expect(tabRows(world, 'Gezinnen 2026')[1]['Contact opgenomen op']).toBeInstanceOf(Object);
  });

  it('a deleted Dossiers tab is made again by setup, and numbering does not restart', () => {
    const { world, refer } = boot();
    refer(0);
    const ss = world.globals.SpreadsheetApp.getActive();
    ss.deleteSheet(ss.getSheetByName(CASES.name)!);
    world.run('setup');
    refer(1);
    expect(tabRows(world, CASES.name).map((c) => c.Dossiernummer)).toEqual(['DT-2026-0002']);
  });
});

describe('a header the script needs, renamed, cleared or doubled', () => {
  for (const [what, header, change] of [
    ['renamed', 'Dossiernummer', 'Nr.'],
    ['cleared', 'Telefoon', ''],
  ] as const) {
    it(`${what} "${header}": the run stops with a Dutch message naming it; nothing is lost or numbered twice`, () => {
      const { world, refer } = boot({ triggerErrors: 'record' });
      refer(0);
      const c = column(world, CASES.name, header);
      world.sheet(CASES.name).getRange(1, c).setValue(change);
      refer(1);
      const error = String(world.executions.at(-1)?.error);
      expect(error).toContain(`In tabblad "Dossiers" ontbreekt de kolom "${header}".`);
      expect(world.sheet(CASES.name).getLastColumn()).toBe(world.sheetValues(CASES.name)[0].length);
      expect(world.sheetValues(CASES.name)[0].filter((h) => h === header)).toEqual([]);
      expect(() => world.run('setup')).toThrow(`ontbreekt de kolom "${header}"`);
      // She writes the header back; the hourly reconciler takes in the waiting referral, with the next number.
      world.sheet(CASES.name).getRange(1, c).setValue(header);
      world.run('reconcileResponses');
      expect(tabRows(world, CASES.name).map((r) => r.Dossiernummer)).toEqual(['DT-2026-0001', 'DT-2026-0002']);
    });
  }

  it('a header that appears twice stops the run and says why', () => {
    const { world, refer } = boot({ triggerErrors: 'record' });
    refer(0);
    const sheet = world.sheet(CASES.name);
    sheet.insertColumnsAfter(sheet.getMaxColumns(), 1); // she adds a column of her own…
    sheet.getRange(1, sheet.getMaxColumns()).setValue('Status'); // …and calls it Status too
    refer(1);
    expect(String(world.executions.at(-1)?.error)).toContain('staat de kolom "Status" 2 keer in rij 1');
    expect(tabRows(world, CASES.name)).toHaveLength(1);
  });
});

describe('promises kept', () => {
  it('the donor gets one thank-you that explains the wipe certificate; a second run sends nothing', () => {
    const { world } = boot();
    world.submitForm(world.properties[`form.${donationForm.key}.id`], donationAnswers());
    const thanks = world.sentMails.filter((m) => m.subject.startsWith('Bedankt voor uw schenking'));
    expect(thanks).toHaveLength(1);
    expect(thanks[0].subject).toBe('Bedankt voor uw schenking – SCH-2026-0001');
    expect(thanks[0].body).toContain('per toestel een bewijs dat alles gewist is (een wisattest)');
    world.run('reconcileResponses');
    world.run('dailyRun');
    expect(world.sentMails.filter((m) => m.subject.startsWith('Bedankt'))).toHaveLength(1);
  });

  it('mail held back by the quota leaves at the next hourly run once quota is back, not the next morning', () => {
    const { world, refer } = boot({ now: new Date('2026-12-07T09:00:00Z') });
    world.faults.setMailQuota(0);
    refer(0);
    world.submitForm(world.properties[`form.${donationForm.key}.id`], donationAnswers());
    expect(world.sentMails).toHaveLength(0);
    expect(tabRows(world, MESSAGES.name).map((m) => m.Status)).toEqual(['Te versturen', 'Te versturen']);
    // The quota window opened at 10:00 is full again 24 hours later; the hourly trigger is due at 11:00.
    world.setNow(new Date('2026-12-08T09:30:00Z'));
    world.runClockTriggers();
    expect(world.sentMails.map((m) => m.subject)).toEqual([
      expect.stringContaining('Doorverwijzing ontvangen'),
      expect.stringContaining('Bedankt voor uw schenking'),
    ]);
    expect(tabRows(world, MESSAGES.name).map((m) => m.Status)).toEqual(['Verstuurd', 'Verstuurd']);
  });
});

describe('values read as they are, written as they are', () => {
  it('the Logboek keeps an old date as a date, not as text', () => {
    const { world, refer } = boot();
    refer(0);
    const dateColumn = column(world, CASES.name, 'Datum volgende actie');
    world.editCell(CASES.name, 2, dateColumn, '2026-12-20');
    const [log] = tabRows(world, LOGBOOK.name);
    expect(log.Kolom).toBe('Datum volgende actie');
    // Date cells (the edit event gave the old date as a serial number), not text.
    expect(Object.prototype.toString.call(log.Oud)).toBe('[object Date]');
    expect(Object.prototype.toString.call(log.Nieuw)).toBe('[object Date]');
  });

  it('a real date in the settings (Start project) counts', () => {
    const { world, refer } = boot();
    refer(0);
    world.editCell(CASES.name, 2, column(world, CASES.name, 'Status'), 'Contact opgenomen');
    const total = () => tabRows(world, 'Bereik').find((r) => /totaal/i.test(String(r.Domein)))?.['Unieke personen'];
    world.run('computeUniqueReach');
    expect(total()).toBeGreaterThan(0);
    const keys = world.sheetValues(SETTINGS.name).map((r) => r[0]);
    // Typed in the cell, Sheets makes it a Date: the project starts after this household was helped.
    world.sheet(SETTINGS.name).writeCell(keys.indexOf('Start project') + 1, 2, '2030-01-01');
    expect(Object.prototype.toString.call(world.sheetValues(SETTINGS.name)[keys.indexOf('Start project')][1])).toBe(
      '[object Date]',
    );
    world.run('computeUniqueReach');
    expect(total()).toBe(0);
  });
});
