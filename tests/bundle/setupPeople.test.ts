/**
 * Setup as people really meet it, through the built bundle with fakes as strict as Google: a spreadsheet in
 * another language and time zone, a renamed response tab, a form someone unpublished or closed, a deleted response
 * tab, a second person running setup, and the hand-over of the automatic processing.
 */
import { referralForm } from '../../forms/referral';
import { CASES, REFERRALS } from '../../src/domain/tabs';
import { referralAnswers } from '../support/referralAnswers';
import { loadBundle, tabRows } from './harness';

type Answers = Record<string, string | string[]>;
const answers = (overrides = {}) => referralAnswers(overrides) as Answers;
const COLLEAGUE = 'collega@dekring.example';

function lastAlert(world: ReturnType<typeof loadBundle>['world']): string {
  return world.alerts.at(-1)?.prompt ?? '';
}

describe('setup on a spreadsheet made in another language and time zone', () => {
  it('publishes every form, names the response tabs, and sets the spreadsheet to the script’s time zone', () => {
    const { world } = loadBundle({ locale: 'en_US', spreadsheetTimeZone: 'America/New_York' });
    world.run('setup');
    expect(world.spreadsheet.getSpreadsheetTimeZone()).toBe('Europe/Brussels');
    expect(world.alerts[0].prompt).toContain('De tijdzone van dit rekenblad stond op America/New_York');
    expect(world.alerts[0].prompt).toContain('Alle formulieren zijn gepubliceerd en nemen antwoorden aan');
    expect(world.forms.map((f) => [f.isPublished(), f.isAcceptingResponses()])).toEqual(
      world.forms.map(() => [true, true]),
    );
    expect(world.sheetNames()).toEqual(expect.arrayContaining(['Antwoorden Doorverwijzing', 'Sheet1']));
    expect(world.sheetNames().some((n) => n.startsWith('Form Responses'))).toBe(false);
    const formId = world.properties[`form.${referralForm.key}.id`];
    world.submitForm(formId, answers(), { timestamp: new Date('2026-11-24T08:05:00Z') });
    const [row] = tabRows(world, CASES.name);
    expect(row.Dossiernummer).toBe('DT-2026-0001');
    expect(row['Aangemaakt op']).toEqual(new Date('2026-11-24T08:05:00Z'));
    world.run('setup');
    expect(lastAlert(world)).not.toContain('tijdzone');
  });

  it('a renamed response tab is still found by its form: submissions and the reconciler keep working', () => {
    const { world } = loadBundle({ locale: 'en_US' });
    world.run('setup');
    const formId = world.properties[`form.${referralForm.key}.id`];
    world.sheet('Antwoorden Doorverwijzing').setName('Partners 2026');
    world.submitForm(formId, answers());
    world.submitFormSilently(
      formId,
      answers({ phone: '0470 99 88 77', firstName: 'Bram', lastName: 'Peeters', street: 'Stationsstraat 5' }),
    );
    expect(tabRows(world, CASES.name)).toHaveLength(1);
    world.run('reconcileResponses');
    expect(tabRows(world, CASES.name)).toHaveLength(2);
    expect(tabRows(world, REFERRALS.name).map((r) => r['Rij in antwoordtab'])).toEqual([2, 3]);
    world.run('checkForms');
    expect(lastAlert(world)).toBe(
      'Alle formulieren zijn gepubliceerd, nemen antwoorden aan en kloppen met hun definitie.',
    );
  });

  it('an event from a tab that no form of the project feeds is logged with its reason, never silently dropped', () => {
    const { world, fns } = loadBundle();
    world.run('setup');
    const other = world.spreadsheet.addSheet('Oud formulier');
    other.formLink = {
      formId: 'ander-formulier',
      url: 'https://docs.google.com/forms/d/ander-formulier/viewform',
      columns: new Map(),
    };
    other.grid.grow(2, 2);
    const range = world.globals.SpreadsheetApp.getActive().getSheetByName('Oud formulier')!.getRange(2, 1, 1, 2);
    expect(fns.handleFormSubmit({ range, values: ['x', 'y'], namedValues: { A: ['x'] } })).toBeNull();
    expect(world.logs.map((l) => l.message)).toContainEqual(expect.stringContaining('"reason":"unknown-form"'));
    world.run('checkForms');
    expect(lastAlert(world)).toContain(
      'Het tabblad "Oud formulier" krijgt antwoorden van een formulier dat het script niet kent.',
    );
  });
});

describe('Formulieren controleren: what partners cannot do, in Dutch with what to do', () => {
  it('names an unpublished form, a closed form and a form whose response tab is gone; setup mends what it may', () => {
    const { world } = loadBundle();
    world.run('setup');
    const [referral, registration, donation] = world.forms;
    referral.setPublished(false);
    registration.setAcceptingResponses(false);
    const ss = world.globals.SpreadsheetApp.getActive();
    ss.deleteSheet(ss.getSheetByName('Antwoorden Schenking')!);
    world.run('checkForms');
    const text = lastAlert(world);
    expect(text).toContain(`${referral.getTitle()}:\n- Het formulier is niet gepubliceerd: niemand kan het invullen.`);
    expect(text).toContain(`${registration.getTitle()}:\n- Het formulier neemt geen antwoorden aan.`);
    expect(text).toContain(`${donation.getTitle()}:\n- De antwoorden van dit formulier komen in geen tabblad`);

    world.run('setup');
    // Unpublished (never meant to be closed) is published again; a closed form stays closed, and setup says so.
    expect(referral.isPublished()).toBe(true);
    expect(registration.isAcceptingResponses()).toBe(false);
    expect(lastAlert(world)).toContain(`Let op: ${registration.getTitle()} neemt nu geen antwoorden aan.`);
    expect(world.sheetNames()).toContain('Antwoorden Schenking');
    world.run('checkForms');
    expect(lastAlert(world)).not.toContain(donation.getTitle());
    expect(lastAlert(world)).not.toContain(referral.getTitle());
  });
});

describe('more than one person', () => {
  it('a second person running setup installs no second set of triggers or forms, and says whose they are', () => {
    const { world } = loadBundle();
    world.run('setup');
    const triggers = world.triggers.length;
    const forms = world.forms.length;
    world.actAs(COLLEAGUE);
    world.run('setup');
    expect(world.triggers).toHaveLength(triggers);
    expect(world.forms).toHaveLength(forms);
    expect(lastAlert(world)).toContain(
      'De formulieren en de automatische verwerking horen bij het account projectmedewerker@dekring.example.',
    );
    // Every answer is still taken in exactly once (by the owner's triggers).
    world.submitForm(world.properties[`form.${referralForm.key}.id`], answers());
    expect(tabRows(world, CASES.name)).toHaveLength(1);
    expect(world.executions.filter((e) => e.functionName === 'handleFormSubmit')).toHaveLength(1);
  });

  it('hand-over: the owner stops her triggers and shares the forms; the colleague’s setup takes over', () => {
    const { world } = loadBundle();
    world.run('setup');
    const before = world.triggers.length;
    world.run('stopAutomaticProcessing');
    expect(world.triggers).toHaveLength(0);
    expect(lastAlert(world)).toContain(
      `De automatische verwerking van dit account is gestopt (${before} triggers verwijderd).`,
    );
    for (const form of world.forms) form.addEditor(COLLEAGUE);
    // The owner lets the colleague's processing write the protected Logboek and Audit.
    const ss = world.globals.SpreadsheetApp.getActive();
    for (const tab of ['Logboek', 'Audit'])
      ss.getSheetByName(tab)!.getProtections(world.globals.SpreadsheetApp.ProtectionType.SHEET)[0].addEditor(COLLEAGUE);
    world.actAs(COLLEAGUE);
    world.run('setup');
    expect(world.triggers).toHaveLength(before);
    expect(world.triggers.every((t) => t.owner === COLLEAGUE)).toBe(true);
    expect(world.forms).toHaveLength(4);
    world.submitForm(world.properties[`form.${referralForm.key}.id`], answers());
    expect(world.executions.filter((e) => e.functionName === 'handleFormSubmit').map((e) => e.user)).toEqual([
      COLLEAGUE,
    ]);
    expect(tabRows(world, CASES.name)).toHaveLength(1);
  });
});
