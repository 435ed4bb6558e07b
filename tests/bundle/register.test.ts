import { WEEKDAYS } from '../../src/domain/register/settings';
import type { GasWorld } from '../fakes';
import { donationAnswers } from '../support/formAnswers';
import { referralAnswers } from '../support/referralAnswers';
import { brusselsDay } from '../support/zone';
import { loadBundle } from './harness';

/**
 * The built bundle (build/gas/Code.js, what clasp pushes) in a vm whose only globals are the Apps Script
 * fakes: setup installs the edit and daily triggers and the dropdowns; an edit event goes through the
 * real `handleEdit` global; the partner hears back once.
 */
function boot() {
  const { world } = loadBundle({ now: new Date('2026-11-03T09:00:00+01:00') });
  world.run('setup');
  return { world };
}

function sheet(world: GasWorld, name: string) {
  const s = world.spreadsheet.getSheetByName(name);
  if (!s) throw new Error(`no tab ${name}`);
  return s;
}

function headerIndex(world: GasWorld, tab: string, header: string): number {
  const s = sheet(world, tab);
  const headers = s.getRange(1, 1, 1, s.getLastColumn()).getValues()[0];
  return headers.indexOf(header) + 1;
}

function cell(world: GasWorld, tab: string, row: number, header: string) {
  return sheet(world, tab)
    .getRange(row, headerIndex(world, tab, header))
    .getValue();
}

/** The worker types a value in one cell; the installed edit trigger fires with e.oldValue and e.value. */
function typeInCell(world: GasWorld, tab: string, row: number, header: string, value: string) {
  world.calls.reset();
  world.editCell(tab, row, headerIndex(world, tab, header), value);
}

function referCase(world: GasWorld) {
  const formId = world.properties['form.doorverwijzing.id'];
  world.submitForm(formId, referralAnswers() as Record<string, string | string[]>);
  world.sentMails.length = 0;
}

describe('bundle: case register', () => {
  it('setup installs one edit trigger, one daily trigger and the status dropdowns, once', () => {
    const { world } = boot();
    world.run('setup');
    expect(world.triggers.filter((t) => t.handler === 'handleEdit' && t.eventType === 'ON_EDIT')).toHaveLength(1);
    expect(world.triggers.filter((t) => t.handler === 'dailyRun' && t.eventType === 'CLOCK')).toHaveLength(1);
    const statusRule = sheet(world, 'Dossiers')
      .getRange(2, headerIndex(world, 'Dossiers', 'Status'))
      .getDataValidation();
    expect(statusRule?.getCriteriaValues()[0]).toEqual(
      expect.arrayContaining(['Aangemeld', 'Actief', 'Afgesloten: geholpen']),
    );
    expect(statusRule?.getAllowInvalid()).toBe(false);
    for (const tab of ['Logboek', 'Ondersteuning', 'Toestellen', 'Vormingen', 'Doorverwijzingen naar aanbod'])
      expect(world.spreadsheet.getSheetByName(tab)).not.toBeNull();
    world.run('onOpen');
    expect(world.menus[0].items.map((i) => i.functionName)).toEqual(
      expect.arrayContaining(['addSupportSessionFromMenu', 'createDevicesFromDonations', 'computeUniqueReach']),
    );
  });

  it('an edit event through the real handler: Logboek row, milestone date, partner e-mail once', () => {
    const { world } = boot();
    referCase(world);
    typeInCell(world, 'Dossiers', 2, 'Status', 'Contact opgenomen');
    const calls = world.calls.total();

    const log = sheet(world, 'Logboek').getDataRange().getValues();
    expect(log).toHaveLength(2);
    expect(log[1].slice(1, 7)).toEqual([
      'Dossiers',
      'DT-2026-0001',
      'Status',
      'Aangemeld',
      'Contact opgenomen',
      'projectmedewerker@dekring.example',
    ]);
    expect(Object.prototype.toString.call(cell(world, 'Dossiers', 2, 'Contact opgenomen op'))).toBe('[object Date]');
    expect(world.sentMails.map((m) => m.subject)).toEqual(['Nieuws over dossier DT-2026-0001']);

    // The same edit delivered twice, and the daily run: still one e-mail.
    typeInCell(world, 'Dossiers', 2, 'Status', 'Contact opgenomen');
    world.run('dailyRun');
    expect(world.sentMails).toHaveLength(1);
    expect(calls).toBeLessThan(80);
  });

  it('an impossible jump gets a Dutch note on the cell; the value stays', () => {
    const { world } = boot();
    referCase(world);
    typeInCell(world, 'Dossiers', 2, 'Status', 'Actief');
    const status = sheet(world, 'Dossiers').getRange(2, headerIndex(world, 'Dossiers', 'Status'));
    expect(status.getValue()).toBe('Actief');
    expect(status.getNote()).toContain('slaat stappen over');
    expect(cell(world, 'Dossiers', 2, 'Melding')).toContain('Klopt dit?');
    expect(world.sentMails).toHaveLength(0);
    typeInCell(world, 'Dossiers', 2, 'Status', 'Contact opgenomen');
    expect(status.getNote()).toContain('ging terug');
  });

  it('the edit handler does the same number of service calls for 3 cases or 150', () => {
    const callsFor = (cases: number) => {
      const { world } = boot();
      const s = sheet(world, 'Dossiers');
      const width = s.getLastColumn();
      const headers = s.getRange(1, 1, 1, width).getValues()[0] as string[];
      const rows = Array.from({ length: cases }, (_, i) =>
        headers.map((h) =>
          h === 'Dossiernummer' ? `DT-2026-${String(i + 1).padStart(4, '0')}` : h === 'Status' ? 'Aangemeld' : '',
        ),
      );
      s.getRange(2, 1, cases, width).setValues(rows);
      typeInCell(world, 'Dossiers', cases, 'Status', 'Geïnformeerd');
      // No whole-tab read: only the edited row, and one append to the Logboek.
      expect(world.calls.count('Sheet.getDataRange')).toBe(0);
      return world.calls.total();
    };
    expect(callsFor(150)).toBe(callsFor(3));
  });

  it('devices: created from donations by the menu; hand-out without wipe certificate is put back with a note', () => {
    const { world } = boot();
    // A donation of two laptops through the donation form (its tab is the script's own: headers checked).
    world.submitForm(world.properties['form.schenking.id'], donationAnswers({ deviceCount: '2' }));
    world.run('createDevicesFromDonations');
    expect(sheet(world, 'Toestellen').getLastRow()).toBe(3);
    typeInCell(world, 'Toestellen', 2, 'Status', 'Uitgedeeld');
    expect(cell(world, 'Toestellen', 2, 'Status')).toBe('Geschonken');
    expect(
      sheet(world, 'Toestellen')
        .getRange(2, headerIndex(world, 'Toestellen', 'Status'))
        .getNote(),
    ).toContain('wisbewijs');
  });

  it('daily run on the digest weekday e-mails the worker once that week and fills Opvolging', () => {
    const { world } = boot();
    referCase(world);
    // Today (the world's clock, in Brussels) is the digest weekday.
    const settings = sheet(world, 'Instellingen');
    const keys = settings
      .getRange(1, 1, settings.getLastRow(), 1)
      .getValues()
      .map((r) => r[0]);
    settings
      .getRange(keys.indexOf('Weekoverzicht op dag') + 1, 2)
      .setValue(WEEKDAYS[new Date(`${brusselsDay(world.now)}T12:00:00Z`).getUTCDay()]);
    world.run('dailyRun');
    expect(world.sentMails.filter((m) => m.subject.startsWith('Weekoverzicht'))).toHaveLength(1);
    world.run('dailyRun');
    world.run('dailyRun');
    const digests = world.sentMails.filter((m) => m.subject.startsWith('Weekoverzicht'));
    expect(digests).toHaveLength(1);
    expect(sheet(world, 'Opvolging').getLastRow()).toBeGreaterThanOrEqual(2);
  });

  it('menu: support session quick entry and unique reach', () => {
    const { world } = boot();
    referCase(world);
    world.run('addSupportSessionFromMenu');
    expect(cell(world, 'Ondersteuning', 2, 'Sessie-ID')).toBe('OS-0001');
    // Or by typing a case number in a new row (also on a phone): the edit trigger fills the rest.
    typeInCell(world, 'Ondersteuning', 3, 'Dossiernummer', 'DT-2026-0001');
    expect(cell(world, 'Ondersteuning', 3, 'Sessie-ID')).toBe('OS-0002');
    expect(cell(world, 'Ondersteuning', 3, 'Door')).toBe('projectmedewerker@dekring.example');
    world.run('computeUniqueReach');
    expect(sheet(world, 'Bereik').getLastRow()).toBe(6);
  });

  it('a busy lock: the edit is left for later, menus and the daily run do not fail', () => {
    const { world } = boot();
    referCase(world);
    world.faults.holdLock();
    typeInCell(world, 'Dossiers', 2, 'Status', 'Contact opgenomen');
    expect(sheet(world, 'Logboek').getLastRow()).toBe(1);
    expect(() => world.run('refreshFollowUpView')).not.toThrow();
    expect(() => world.run('dailyRun')).not.toThrow();
    world.faults.releaseHeldLock();
    // The next change of the row first logs the missed one (who: unknown), so the history stays complete,
    // the contact date is stamped and the partner still hears about the contact.
    typeInCell(world, 'Dossiers', 2, 'Status', 'Geïnformeerd');
    const log = sheet(world, 'Logboek').getDataRange().getValues();
    expect(log.slice(1).map((r) => [r[4], r[5], r[6]])).toEqual([
      ['Aangemeld', 'Contact opgenomen', 'onbekend (later opgemerkt)'],
      ['Contact opgenomen', 'Geïnformeerd', 'projectmedewerker@dekring.example'],
    ]);
    expect(Object.prototype.toString.call(cell(world, 'Dossiers', 2, 'Contact opgenomen op'))).toBe('[object Date]');
    expect(world.sentMails.map((m) => m.subject)).toEqual(['Nieuws over dossier DT-2026-0001']);
  });
});
