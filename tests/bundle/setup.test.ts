import { referralForm } from '../../forms/referral';
import { FORMS } from '../../src/domain/forms/registry';
import { ALL_TABS, CASES, PARTNERS } from '../../src/domain/tabs';
import { loadBundle, setUpSheet, tabRows } from './harness';

describe('setup in the bundle', () => {
  it('creates the tabs with Dutch headers, the linked form and one trigger', () => {
    const { world, formId } = setUpSheet();
    for (const tab of ALL_TABS) {
      expect(world.sheetNames()).toContain(tab.name);
      // A tab may be defined in parts (the register adds its journey columns to Dossiers).
      const expected = ALL_TABS.filter((t) => t.name === tab.name).flatMap((t) => t.headers);
      expect(world.sheetValues(tab.name)[0]).toEqual(expected);
    }
    expect(world.sheetNames()).toContain(referralForm.responseTab);
    const form = world.forms.find((f) => f.getId() === formId)!;
    expect(form.getTitle()).toBe(referralForm.title);
    expect(form.getItems().map((i) => i.getTitle())).toEqual(referralForm.questions.map((q) => q.title));
    // the organisation list comes from the Partners tab
    const organisations = form
      .getItems()[0]
      .asListItem()
      .getChoices()
      .map((c) => c.getValue());
    expect(organisations).toEqual([...tabRows(world, PARTNERS.name).map((p) => p.Organisatie), 'Andere organisatie']);
    // one form-submit trigger for every form, the hourly reconciler, the register's edit and daily triggers,
    // the monthly retention run and the daily dashboard run
    expect(world.triggers.map((t) => `${t.getHandlerFunction()} ${t.getEventType()}`).sort()).toEqual([
      'dailyRun CLOCK',
      'dashboardDaily CLOCK',
      'handleEdit ON_EDIT',
      'handleFormSubmit ON_FORM_SUBMIT',
      'privacyRetentionMonthly CLOCK',
      'reconcileResponses CLOCK',
    ]);
    expect(world.alerts).toHaveLength(1);
    expect(JSON.stringify(world.alerts[0])).toMatch(
      /Nieuwe tabbladen: Dossiers.*Nieuw formulier: Doorverwijzing Allemaal Digi.Taal. Link om te delen: https:/,
    );
  });

  it('run twice: same tabs, same form, one trigger, the worker’s edits kept', () => {
    const { world, formId } = setUpSheet();
    const sheetsBefore = world.sheetNames();
    world.sheet('Instellingen')!.getRange(2, 2).setValue('Lies Van Damme');
    world.run('setup');
    expect(world.sheetNames()).toEqual(sheetsBefore);
    expect(world.forms).toHaveLength(FORMS.length);
    expect(world.properties[`form.${referralForm.key}.id`]).toBe(formId);
    expect(world.triggers).toHaveLength(6);
    expect(tabRows(world, 'Instellingen')[0].Waarde).toBe('Lies Van Damme');
    expect(JSON.stringify(world.alerts[1])).toContain('Alle tabbladen bestonden al');
  });

  it('keeps the worker’s own column and column order, and appends a header that code added later', () => {
    const { world: w } = loadBundle();
    w.seedSheet('Dossiers', [['Voornaam', 'Mijn kolom', 'Dossiernummer']]);
    w.run('setup');
    const headers = w.sheetValues('Dossiers')[0];
    expect(headers.slice(0, 3)).toEqual(['Voornaam', 'Mijn kolom', 'Dossiernummer']);
    expect(headers).toEqual(expect.arrayContaining(CASES.headers as unknown as string[]));
    expect(headers).toHaveLength(CASES.headers.length + 1);
  });

  it('a new form is made when the old one was deleted', () => {
    const { world, formId } = setUpSheet();
    world.deleteForm(formId);
    world.run('setup');
    expect(world.properties[`form.${referralForm.key}.id`]).not.toBe(formId);
    expect(world.triggers).toHaveLength(6);
  });
});
