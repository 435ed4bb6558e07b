import { createGasContext, createGasWorld, type GasGlobals, type GasWorld, TRIGGER_LIMIT } from './fakes';

function setup(options: Parameters<typeof createGasWorld>[0] = {}) {
  const dispatched: { fn: string; event: Record<string, unknown> }[] = [];
  const { globals, world } = createGasWorld({
    dispatch: (fn, event) => dispatched.push({ fn, event: event as Record<string, unknown> }),
    ...options,
  });
  return { g: globals, world, dispatched };
}

function sheetOf(g: GasGlobals, name: string) {
  const sheet = g.SpreadsheetApp.getActive().getSheetByName(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

describe('call counting', () => {
  it('counts each method call on a service object, by service and by method', () => {
    const { g, world } = setup();
    world.seedSheet('Dossiers', [
      ['Id', 'Naam'],
      ['D-1', 'An'],
    ]);
    expect(world.calls.total()).toBe(0);

    const ss = g.SpreadsheetApp.getActive();
    world.calls.reset();
    const values = ss.getSheetByName('Dossiers')!.getDataRange().getValues();
    expect(values).toEqual([
      ['Id', 'Naam'],
      ['D-1', 'An'],
    ]);
    values.map((row) => row.join()); // plain arrays do not count
    expect(world.calls.total()).toBe(3);
    expect(world.calls.byMethod()).toEqual({
      'Spreadsheet.getSheetByName': 1,
      'Sheet.getDataRange': 1,
      'Range.getValues': 1,
    });

    g.MailApp.sendEmail('a@b.be', 'Onderwerp', 'Tekst');
    expect(world.calls.byService()).toEqual({ SpreadsheetApp: 3, MailApp: 1 });
    expect(world.calls.count('Range.getValues')).toBe(1);
    expect(world.calls.sequence()).toHaveLength(4);
  });

  it('counts builder chaining and calls made by trigger handlers, but not the test handle', () => {
    const { g, world } = setup();
    g.ScriptApp.newTrigger('onSubmit').forSpreadsheet(g.SpreadsheetApp.getActive()).onFormSubmit().create();
    expect(world.calls.byMethod()).toEqual({
      'ScriptApp.newTrigger': 1,
      'SpreadsheetApp.getActive': 1,
      'TriggerBuilder.forSpreadsheet': 1,
      'SpreadsheetTriggerBuilder.onFormSubmit': 1,
      'SpreadsheetTriggerBuilder.create': 1,
    });
    world.calls.reset();
    world.spreadsheet.insertSheet('Ongeteld').getRange('A1').setValue('x');
    expect(world.sheetValues('Ongeteld')).toEqual([['x']]);
    expect(world.calls.total()).toBe(0);
  });

  it('keeps object identity and unwraps fakes passed back as arguments', () => {
    const { g } = setup();
    const ss = g.SpreadsheetApp.getActive();
    const sheet = ss.insertSheet('Tijdelijk');
    expect(ss.getSheetByName('tijdelijk')).toBe(sheet);
    ss.deleteSheet(sheet);
    expect(ss.getSheetByName('Tijdelijk')).toBeNull();
  });
});

describe('SpreadsheetApp ranges', () => {
  it('rejects bad coordinates like Apps Script', () => {
    const { g } = setup();
    const sheet = sheetOf(g, 'Blad1');
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow('The number of columns in the range must be at least 1.');
    expect(() => sheet.getRange('not a range')).toThrow('Range not found');
    expect(sheet.getRange('B2:D5').getA1Notation()).toBe('B2:D5');
    expect(sheet.getRange(2, 3, 4, 2).getA1Notation()).toBe('C2:D5');
  });

  it('throws on dimension mismatch and ragged rows, writing nothing', () => {
    const { g, world } = setup();
    const range = sheetOf(g, 'Blad1').getRange(1, 1, 2, 3);
    expect(() => range.setValues([[1, 2, 3]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() =>
      range.setValues([
        [1, 2, 3, 4],
        [1, 2, 3, 4],
      ]),
    ).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 4 but the range has 3.',
    );
    expect(() =>
      range.setValues([
        [1, 2, 3],
        [1, 2],
      ]),
    ).toThrow('The data has 2 but the range has 3.');
    expect(world.sheetValues('Blad1')).toEqual([]);
  });

  it('parses written strings the way Sheets parses typed input', () => {
    const { g } = setup();
    const sheet = sheetOf(g, 'Blad1');
    const inputs = [
      "'=1",
      "''t Hof",
      '=IMPORTDATA("https://evil.example/x")',
      '+32 470 12 34 56',
      '-foo',
      '9900',
      '0470123456',
      '-3',
      '1.5',
      'TRUE',
      'false',
      'Jan Peeters',
      '=1',
    ];
    const range = sheet.getRange(1, 1, 1, inputs.length);
    range.setValues([inputs]);
    expect(range.getValues()[0]).toEqual([
      '=1',
      "'t Hof",
      '#REF!',
      '#ERROR!',
      '#ERROR!',
      9900,
      470123456,
      -3,
      1.5,
      true,
      false,
      'Jan Peeters',
      1,
    ]);
    expect(range.getFormulas()[0]).toEqual([
      '',
      '',
      '=IMPORTDATA("https://evil.example/x")',
      '=+32 470 12 34 56',
      '=-foo',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '=1',
    ]);
    expect(range.getDisplayValues()[0].slice(5, 10)).toEqual(['9900', '470123456', '-3', '1.5', 'TRUE']);

    const cell = sheet.getRange('A3');
    cell.setValue('=FOO(1)');
    expect(cell.getValue()).toBe('#NAME?');
    cell.setNumberFormat('@').setValue('0470123456');
    expect(cell.getValue()).toBe('0470123456');

    const more = sheet.getRange('A4:C4');
    more.setValues([['2025-03-01', '50%', '- item']]);
    const [date, percent, dash] = more.getValues()[0];
    expect(date).toEqual(new Date('2025-02-28T23:00:00Z')); // midnight in Brussels
    expect([percent, dash]).toEqual([0.5, '#ERROR!']);
  });

  it('stores numbers, booleans and dates as given, and returns date copies', () => {
    const { g } = setup();
    const cell = sheetOf(g, 'Blad1').getRange('B2');
    const date = new Date('2025-02-01T10:00:00Z');
    cell.setValue(date);
    const read = cell.getValue() as Date;
    expect(read).toBeInstanceOf(Date);
    expect(read.getTime()).toBe(date.getTime());
    read.setFullYear(2000);
    expect((cell.getValue() as Date).getTime()).toBe(date.getTime());
    cell.setValue(42);
    expect(cell.getValue()).toBe(42);
  });

  it('getDataRange is A1 on an empty sheet; lastRow follows content', () => {
    const { g } = setup();
    const sheet = sheetOf(g, 'Blad1');
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getLastColumn()).toBe(0);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    expect(sheet.getDataRange().getValues()).toEqual([['']]);

    sheet.getRange('C4').setValue('x');
    sheet.getRange('A2').setNote('only a note');
    expect(sheet.getLastRow()).toBe(4);
    expect(sheet.getLastColumn()).toBe(3);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C4');
    sheet.getRange('C4').clearContent();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getRange('A2').getNote()).toBe('only a note');
  });

  it('appendRow writes after the last row with the same parsing, and the sheet grows', () => {
    const { g, world } = setup();
    world.seedSheet('Log', [['Wanneer', 'Tel']]);
    const sheet = sheetOf(g, 'Log');
    sheet.appendRow(['gisteren', '0470123456']);
    expect(world.sheetValues('Log')).toEqual([
      ['Wanneer', 'Tel'],
      ['gisteren', 470123456],
    ]);
    expect(sheet.getMaxRows()).toBe(1000);
    // A full sheet: appendRow is one of the few writes that adds a row.
    sheet.getRange(1000, 1).setValue('laatste');
    sheet.appendRow(['erna']);
    expect(sheet.getMaxRows()).toBe(1001);
    expect(sheet.getLastRow()).toBe(1001);
  });

  it('refuses a range past the sheet (1000 × 26 when new); only insertRows/insertColumns make room', () => {
    const { g } = setup();
    const sheet = g.SpreadsheetApp.getActive().insertSheet('Nieuw');
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
    const outside = 'The coordinates of the range are outside the dimensions of the sheet.';
    expect(() => sheet.getRange(1001, 1)).toThrow(outside);
    expect(() => sheet.getRange(1, 24, 1, 13)).toThrow(outside);
    expect(() => sheet.getRange(996, 1, 10, 2)).toThrow(outside);
    expect(() => sheet.getRange('A1001')).toThrow();
    sheet.insertRowsAfter(1000, 500);
    sheet.insertColumnsAfter(26, 10);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1500, 36]);
    sheet.getRange(1, 24, 1, 13).setValues([Array.from({ length: 13 }, (_, i) => `K${i}`)]);
    sheet.getRange(1500, 36).setValue('hoek');
    expect(sheet.getLastRow()).toBe(1500);
    expect(() => sheet.insertRowsAfter(1501, 1)).toThrow('Those rows are out of bounds.');
    expect(() => sheet.insertRowsAfter(10, 0)).toThrow('The number of rows to insert must be at least 1.');
  });

  it('deleteRows shifts rows up and keeps at least one unfrozen row', () => {
    const { g, world } = setup();
    world.seedSheet('Log', [['Kop'], ['a'], ['b'], ['c']], { spare: 2 });
    const sheet = sheetOf(g, 'Log');
    sheet.setFrozenRows(1);
    sheet.deleteRow(3);
    expect(world.sheetValues('Log')).toEqual([['Kop'], ['a'], ['c']]);
    expect(sheet.getMaxRows()).toBe(999);
    expect(() => sheet.deleteRows(2, 998)).toThrow('not possible to delete all non-frozen rows');
  });

  it('copyTo repeats the data validation of one row over a block', () => {
    const { g } = setup();
    const sheet = g.SpreadsheetApp.getActive().insertSheet('Lijst');
    const rule = g.SpreadsheetApp.newDataValidation().requireValueInList(['ja', 'nee'], true).build();
    sheet.getRange(2, 2).setDataValidation(rule);
    sheet.getRange(2, 1).setValue('blijft');
    sheet.insertRowsAfter(1000, 100);
    sheet
      .getRange(2, 1, 1, 26)
      .copyTo(sheet.getRange(1001, 1, 100, 26), g.SpreadsheetApp.CopyPasteType.PASTE_DATA_VALIDATION, false);
    expect(sheet.getRange(1100, 2).getDataValidation()?.getCriteriaValues()[0]).toEqual(['ja', 'nee']);
    expect(sheet.getRange(1100, 1).getValue()).toBe('');
  });

  it('keeps sheet names unique (case-insensitively) and returns null for a missing sheet', () => {
    const { g } = setup();
    const ss = g.SpreadsheetApp.getActive();
    ss.insertSheet('Dossiers');
    expect(() => ss.insertSheet('dossiers')).toThrow('A sheet with the name "dossiers" already exists');
    expect(() => ss.getSheetByName('Blad1')!.setName('Dossiers')).toThrow('already exists');
    expect(ss.getSheetByName('Nope')).toBeNull();
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Blad1', 'Dossiers']);
  });

  it('stores notes, formats and data validations per cell', () => {
    const { g } = setup();
    const sheet = sheetOf(g, 'Blad1');
    const rule = g.SpreadsheetApp.newDataValidation()
      .requireValueInList(['Open', 'Gesloten'], true)
      .setAllowInvalid(false)
      .setHelpText('Kies een status')
      .build();
    sheet.getRange('B2:B3').setDataValidation(rule).setNote('status').setFontWeight('bold').setBackground('#eeeeee');
    const rules = sheet.getRange('B1:B3').getDataValidations();
    expect(rules[0][0]).toBeNull();
    expect(rules[1][0]?.getCriteriaValues()).toEqual([['Open', 'Gesloten'], true]);
    expect(rules[2][0]?.getHelpText()).toBe('Kies een status');
    expect(String(rules[2][0]?.getCriteriaType())).toBe('VALUE_IN_LIST');
    expect(sheet.getRange('B3').getNote()).toBe('status');
    expect(sheet.getRange('B3').getFontWeight()).toBe('bold');
    expect(sheet.getRange('B3').getBackground()).toBe('#eeeeee');
    expect(sheet.getLastRow()).toBe(0);
  });

  it('records menus and alerts; getUi is unavailable in trigger executions', () => {
    const { g, world } = setup({
      dispatch: () => g.SpreadsheetApp.getUi(),
    });
    const ui = g.SpreadsheetApp.getUi();
    ui.createMenu('Dossiers')
      .addItem('Nieuw dossier', 'newCase')
      .addSeparator()
      .addSubMenu(ui.createMenu('Rapporten').addItem('Maand', 'monthReport'))
      .addToUi();
    expect(world.menus).toEqual([
      {
        name: 'Dossiers',
        items: [{ caption: 'Nieuw dossier', functionName: 'newCase' }],
        submenus: [{ name: 'Rapporten', items: [{ caption: 'Maand', functionName: 'monthReport' }], submenus: [] }],
      },
    ]);
    world.answerAlerts('NO');
    expect(String(ui.alert('Zeker?', 'Alles wissen?', ui.ButtonSet.YES_NO))).toBe('NO');
    expect(world.alerts[0]).toEqual({ title: 'Zeker?', prompt: 'Alles wissen?', buttons: 'YES_NO' });

    g.ScriptApp.newTrigger('tick').timeBased().after(1000).create();
    world.advance(1000);
    expect(() => world.runClockTriggers()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
  });
});

describe('ScriptApp triggers', () => {
  it('allows 20 triggers; the 21st create() throws', () => {
    const { g, world } = setup();
    for (let i = 0; i < TRIGGER_LIMIT; i++) g.ScriptApp.newTrigger(`f${i}`).timeBased().everyHours(1).create();
    expect(() => g.ScriptApp.newTrigger('f21').timeBased().everyHours(1).create()).toThrow(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
    const triggers = g.ScriptApp.getProjectTriggers();
    expect(triggers).toHaveLength(20);
    g.ScriptApp.deleteTrigger(triggers[0]);
    expect(world.triggers).toHaveLength(19);
    g.ScriptApp.newTrigger('f21').timeBased().everyHours(1).create();
  });

  it('describes triggers like Apps Script', () => {
    const { g } = setup();
    const ss = g.SpreadsheetApp.getActive();
    const form = g.FormApp.create('Intake');
    g.ScriptApp.newTrigger('onSheetSubmit').forSpreadsheet(ss).onFormSubmit().create();
    g.ScriptApp.newTrigger('onFormSubmit').forForm(form).onFormSubmit().create();
    g.ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(7).create();
    const described = g.ScriptApp.getProjectTriggers().map((t) => [
      t.getHandlerFunction(),
      String(t.getEventType()),
      String(t.getTriggerSource()),
      t.getTriggerSourceId(),
    ]);
    expect(described).toEqual([
      ['onSheetSubmit', 'ON_FORM_SUBMIT', 'SPREADSHEETS', ss.getId()],
      ['onFormSubmit', 'ON_FORM_SUBMIT', 'FORMS', form.getId()],
      ['daily', 'CLOCK', 'CLOCK', null],
    ]);
    expect(g.ScriptApp.getProjectTriggers()[0].getEventType()).toBe(g.ScriptApp.EventType.ON_FORM_SUBMIT);
  });

  it('runs due clock triggers; one-off triggers fire once and stay installed', () => {
    const { g, world, dispatched } = setup();
    g.ScriptApp.newTrigger('retry')
      .timeBased()
      .after(5 * 60 * 1000)
      .create();
    g.ScriptApp.newTrigger('hourly').timeBased().everyHours(1).create();
    g.ScriptApp.newTrigger('morning').timeBased().everyDays(1).atHour(7).create();
    expect(world.runClockTriggers()).toEqual([]);

    world.advance(5 * 60 * 1000);
    expect(world.runClockTriggers().map((e) => e.functionName)).toEqual(['retry']);
    world.advance(60 * 60 * 1000);
    expect(world.runClockTriggers().map((e) => e.functionName)).toEqual(['hourly']);
    expect(world.triggers.map((t) => t.getHandlerFunction())).toEqual(['retry', 'hourly', 'morning']);

    world.setNow(new Date('2026-12-08T06:00:00Z')); // 07:00 in Brussels
    expect(world.runClockTriggers().map((e) => e.functionName)).toEqual(['hourly', 'morning']);
    expect(world.runClockTriggers()).toEqual([]);
    expect(dispatched.map((d) => d.fn)).toEqual(['retry', 'hourly', 'hourly', 'morning']);
    expect(dispatched[0].event.triggerUid).toBe(world.triggers[0].getUniqueId());
  });

  it('validates clock schedules', () => {
    const { g } = setup();
    expect(() => g.ScriptApp.newTrigger('x').timeBased().everyMinutes(7)).toThrow('everyMinutes');
    expect(() => g.ScriptApp.newTrigger('x').timeBased().create()).toThrow('schedule');
  });
});

describe('MailApp', () => {
  it('records mails, counts every recipient against the quota and throws when it is spent', () => {
    const { g, world } = setup({ mailQuota: 3 });
    g.MailApp.sendEmail({ to: 'a@x.be, b@x.be', subject: 'S', body: 'B', htmlBody: '<p>B</p>', name: 'De Kring' });
    expect(g.MailApp.getRemainingDailyQuota()).toBe(1);
    g.MailApp.sendEmail('c@x.be', 'S2', 'B2', { replyTo: 'r@x.be' });
    expect(world.sentMails.map((m) => [m.to, m.subject, m.replyTo, m.name])).toEqual([
      ['a@x.be, b@x.be', 'S', undefined, 'De Kring'],
      ['c@x.be', 'S2', 'r@x.be', undefined],
    ]);
    expect(() => g.MailApp.sendEmail('d@x.be', 'S', 'B')).toThrow('Service invoked too many times for one day: email.');
    world.faults.setMailQuota(5);
    g.MailApp.sendEmail('d@x.be', 'S', 'B');
    expect(world.sentMails).toHaveLength(3);
  });

  it('rejects missing and invalid recipients', () => {
    const { g, world } = setup();
    expect(() => g.MailApp.sendEmail({ to: '', subject: 'S', body: 'B' })).toThrow(
      'Failed to send email: no recipient',
    );
    expect(() => g.MailApp.sendEmail('not-an-address', 'S', 'B')).toThrow('Invalid email: not-an-address');
    expect(world.sentMails).toEqual([]);
    expect(g.MailApp.getRemainingDailyQuota()).toBe(100);
  });
});

describe('LockService', () => {
  it('lets one lock object hold the script lock; others fail after "waiting"', () => {
    const { g, world } = setup();
    const first = g.LockService.getScriptLock();
    const second = g.LockService.getScriptLock();
    expect(first.tryLock(1000)).toBe(true);
    expect(first.hasLock()).toBe(true);
    const before = world.now.getTime();
    expect(second.tryLock(2000)).toBe(false);
    expect(world.now.getTime() - before).toBe(2000);
    expect(() => second.waitLock(100)).toThrow('Lock timeout: another process was holding the lock for too long.');
    first.releaseLock();
    second.waitLock(100);
    expect(second.hasLock()).toBe(true);
    expect(g.LockService.getDocumentLock().tryLock(0)).toBe(true);
  });

  it('simulates another execution holding the lock, and releases locks when an execution ends', () => {
    const { g, world } = setup({ dispatch: () => g.LockService.getScriptLock().waitLock(1000) });
    world.faults.holdLock();
    expect(g.LockService.getScriptLock().tryLock(500)).toBe(false);
    world.faults.releaseHeldLock();
    world.run('locksAndForgets');
    expect(world.isLockHeld()).toBe(false);
    expect(g.LockService.getScriptLock().tryLock(0)).toBe(true);
  });
});

describe('PropertiesService', () => {
  it('stores strings and enforces the value and store size limits', () => {
    const { g, world } = setup();
    const props = g.PropertiesService.getScriptProperties();
    props.setProperty('count', 3 as unknown as string);
    expect(props.getProperty('count')).toBe('3');
    expect(world.properties).toEqual({ count: '3' });
    expect(props.getProperty('missing')).toBeNull();
    expect(() => props.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large: value');
    props.setProperty('fits', 'é'.repeat(4608));
    expect(() => props.setProperty('big', 'é'.repeat(4609))).toThrow('Argument too large: value');
    for (let i = 0; i < 55; i++) props.setProperty(`k${i}`, 'x'.repeat(9000));
    expect(() => props.setProperty('overflow', 'x'.repeat(9000))).toThrow('property storage quota');
    expect(props.getProperty('overflow')).toBeNull();
    props.deleteAllProperties();
    expect(props.getKeys()).toEqual([]);
    g.PropertiesService.getUserProperties().setProperties({ a: '1', b: '2' });
    expect(world.userProperties).toEqual({ a: '1', b: '2' });
  });
});

describe('FormApp', () => {
  function intakeForm(g: GasGlobals) {
    const form = g.FormApp.create('Aanmelding');
    form.addTextItem().setTitle('Naam').setRequired(true);
    form.addSectionHeaderItem().setTitle('Contact');
    form
      .addTextItem()
      .setTitle('E-mail')
      .setValidation(g.FormApp.createTextValidation().requireTextIsEmail().setHelpText('Geef een e-mailadres').build());
    form.addCheckboxItem().setTitle('Hulp bij').setChoiceValues(['Itsme', 'Mail', 'Foto']);
    form.addMultipleChoiceItem().setTitle('Taal').setChoiceValues(['NL', 'FR']).showOtherOption(true);
    form.setPublished(true);
    return form;
  }

  it('creates and reopens forms; unknown ids throw', () => {
    const { g, world } = setup();
    const form = intakeForm(g);
    expect(g.FormApp.openById(form.getId()).getTitle()).toBe('Aanmelding');
    expect(g.FormApp.openByUrl(form.getPublishedUrl()).getId()).toBe(form.getId());
    expect(g.FormApp.openByUrl(form.getEditUrl()).getId()).toBe(form.getId());
    expect(() => g.FormApp.openById('nope')).toThrow(
      'No item with the given ID could be found, or you do not have permission to access it.',
    );
    world.deleteForm(form.getId());
    expect(() => g.FormApp.openById(form.getId())).toThrow('No item with the given ID');
    const items = form.getItems();
    expect(items.map((i) => String(i.getType()))).toEqual([
      'TEXT',
      'SECTION_HEADER',
      'TEXT',
      'CHECKBOX',
      'MULTIPLE_CHOICE',
    ]);
    expect(form.getItems(g.FormApp.ItemType.CHECKBOX)[0].asCheckboxItem().getChoices()[1].getValue()).toBe('Mail');
    expect(() => items[0].asCheckboxItem()).toThrow('Invalid conversion for item type: TEXT.');
    expect(items[2].getIndex()).toBe(2);
  });

  it('setDestination creates the response tab with a header row; new items add a column', () => {
    const { g, world } = setup();
    const ss = g.SpreadsheetApp.getActive();
    ss.insertSheet('Formulierreacties 1');
    const form = intakeForm(g);
    form.setDestination(g.FormApp.DestinationType.SPREADSHEET, ss.getId());
    expect(form.getDestinationId()).toBe(ss.getId());
    expect(world.sheetValues('Formulierreacties 2')).toEqual([['Tijdstempel', 'Naam', 'E-mail', 'Hulp bij', 'Taal']]);
    const sheet = ss.getSheetByName('Formulierreacties 2')!;
    expect(sheet.getFormUrl()).toBe(`https://docs.google.com/forms/d/${form.getId()}/viewform`);
    expect(ss.getSheetByName('Blad1')!.getFormUrl()).toBeNull();
    form.addParagraphTextItem().setTitle('Opmerking');
    expect(world.sheetValues('Formulierreacties 2')[0]).toEqual([
      'Tijdstempel',
      'Naam',
      'E-mail',
      'Hulp bij',
      'Taal',
      'Opmerking',
    ]);
  });

  it('submitForm appends a row and dispatches the spreadsheet and form events', () => {
    const { g, world, dispatched } = setup();
    const ss = g.SpreadsheetApp.getActive();
    const form = intakeForm(g);
    form.setDestination(g.FormApp.DestinationType.SPREADSHEET, ss.getId());
    g.ScriptApp.newTrigger('onSheetSubmit').forSpreadsheet(ss).onFormSubmit().create();
    const formId = form.getId();
    g.ScriptApp.newTrigger('onFormSubmit').forForm(formId).onFormSubmit().create();
    world.calls.reset();

    const timestamp = new Date('2025-01-06T09:30:15Z');
    const response = world.submitForm(
      formId,
      { Naam: 'Jan', 'E-mail': 'jan@x.be', 'Hulp bij': ['Itsme', 'Mail'], Taal: 'NL' },
      { timestamp },
    );
    expect(world.calls.total()).toBe(0);
    expect(world.sheetValues('Formulierreacties 1')[1]).toEqual([timestamp, 'Jan', 'jan@x.be', 'Itsme, Mail', 'NL']);
    expect(response.getId()).toMatch(/^2_ABaOnud/);
    expect(response.getItemResponses().map((r) => r.getResponse())).toEqual([
      'Jan',
      'jan@x.be',
      ['Itsme', 'Mail'],
      'NL',
    ]);

    expect(dispatched.map((d) => d.fn)).toEqual(['onSheetSubmit', 'onFormSubmit']);
    const sheetEvent = dispatched[0].event as unknown as GoogleAppsScript.Events.SheetsOnFormSubmit & {
      source: GoogleAppsScript.Spreadsheet.Spreadsheet;
    };
    expect(sheetEvent.namedValues).toEqual({
      Tijdstempel: ['6/01/2025 10:30:15'],
      Naam: ['Jan'],
      'E-mail': ['jan@x.be'],
      'Hulp bij': ['Itsme, Mail'],
      Taal: ['NL'],
    });
    expect(sheetEvent.values).toEqual(['6/01/2025 10:30:15', 'Jan', 'jan@x.be', 'Itsme, Mail', 'NL']);
    expect(sheetEvent.range.getA1Notation()).toBe('A2:E2');
    expect(sheetEvent.range.getValues()[0][1]).toBe('Jan');
    expect(sheetEvent.source.getId()).toBe(ss.getId());
    expect(sheetEvent.triggerUid).toBe(world.triggers[0].getUniqueId());

    const formEvent = dispatched[1].event as unknown as GoogleAppsScript.Events.FormsOnFormSubmit;
    expect(formEvent.response.getId()).toBe(response.getId());
    expect(formEvent.response.getTimestamp().getTime()).toBe(timestamp.getTime());
    expect(formEvent.response.getItemResponses()[0].getItem().getTitle()).toBe('Naam');
    expect(formEvent.source.getId()).toBe(form.getId());

    world.deliver(response.events[0]);
    expect(dispatched.map((d) => d.fn)).toEqual(['onSheetSubmit', 'onFormSubmit', 'onSheetSubmit']);
    expect(dispatched[2].event).toBe(dispatched[0].event);
  });

  it('keeps writing answers under their question when the worker inserts a column', () => {
    const { g, world } = setup();
    const ss = g.SpreadsheetApp.getActive();
    const form = intakeForm(g);
    form.setDestination(g.FormApp.DestinationType.SPREADSHEET, ss.getId());
    ss.getSheetByName('Formulierreacties 1')!.insertColumnsAfter(1, 1).getRange('B1').setValue('Dossier');
    world.submitFormSilently(form.getId(), { Naam: 'Jan', Taal: 'FR' });
    expect(world.sheetValues('Formulierreacties 1')).toEqual([
      ['Tijdstempel', 'Dossier', 'Naam', 'E-mail', 'Hulp bij', 'Taal'],
      [world.now, '', 'Jan', '', '', 'FR'],
    ]);
  });

  it('refuses what the live form refuses; silent submissions fire no trigger', () => {
    const { g, world, dispatched } = setup();
    const ss = g.SpreadsheetApp.getActive();
    const form = intakeForm(g);
    form.setDestination(g.FormApp.DestinationType.SPREADSHEET, ss.getId());
    g.ScriptApp.newTrigger('onSheetSubmit').forSpreadsheet(ss).onFormSubmit().create();
    expect(() => world.submitForm(form.getId(), { 'E-mail': 'a@b.be' })).toThrow('Question "Naam" is required');
    expect(() => world.submitForm(form.getId(), { Naam: 'A', 'E-mail': 'nee' })).toThrow('Geef een e-mailadres');
    expect(() => world.submitForm(form.getId(), { Naam: 'A', 'Hulp bij': ['Fax'] })).toThrow('not a choice');
    expect(() => world.submitForm(form.getId(), { Naam: 'A', Leeftijd: '40' })).toThrow('no question titled');
    world.submitForm(form.getId(), { Naam: 'A', Taal: 'Arabisch' });
    world.submitFormSilently(form.getId(), { Naam: '=1+1', 'E-mail': '', Taal: '0470' });
    expect(dispatched).toHaveLength(1);
    const rows = world.sheetValues('Formulierreacties 1');
    expect(rows.map((r) => r[1])).toEqual(['Naam', 'A', '=1+1']);
    expect(rows[2][4]).toBe(470); // Forms answers land in the sheet as parsed values: leading zeros are lost
    expect(world.sheet('Formulierreacties 1').getRange('B3').getFormula()).toBe('');
    expect(form.getResponses()).toHaveLength(2);
  });

  it('rethrows a handler error after all triggers ran, or only records it', () => {
    const fail = () => {
      throw new Error('handler broke');
    };
    for (const mode of ['throw', 'record'] as const) {
      const { g, world } = setup({ dispatch: fail, triggerErrors: mode });
      const form = g.FormApp.create('F');
      form.addTextItem().setTitle('Q');
      form.setPublished(true);
      g.ScriptApp.newTrigger('a').forForm(form).onFormSubmit().create();
      g.ScriptApp.newTrigger('b').forForm(form).onFormSubmit().create();
      const submit = () => world.submitForm(form.getId(), { Q: 'x' });
      if (mode === 'throw') expect(submit).toThrow('handler broke');
      else submit();
      expect(world.executions.map((e) => [e.functionName, (e.error as Error).message])).toEqual([
        ['a', 'handler broke'],
        ['b', 'handler broke'],
      ]);
    }
  });
});

describe('fault injection', () => {
  it('failAt throws before the side effect', () => {
    const { g, world } = setup();
    world.faults.failAt('MailApp.sendEmail', 2);
    g.MailApp.sendEmail('a@x.be', 'S', 'B');
    expect(() => g.MailApp.sendEmail('b@x.be', 'S', 'B')).toThrow('injected fault');
    g.MailApp.sendEmail('c@x.be', 'S', 'B');
    expect(world.sentMails.map((m) => m.to)).toEqual(['a@x.be', 'c@x.be']);
    expect(world.calls.count('MailApp.sendEmail')).toBe(3);
  });

  it('failAfter applies the side effect and then throws', () => {
    const { g, world } = setup();
    const range = sheetOf(g, 'Blad1').getRange('A1:B1');
    world.faults.failAfter('Range.setValues', 1, new Error('Service Spreadsheets timed out'));
    expect(() => range.setValues([['a', 'b']])).toThrow('Service Spreadsheets timed out');
    expect(world.sheetValues('Blad1')).toEqual([['a', 'b']]);
    expect(world.faults.pending()).toEqual([]);
  });
});

describe('Session, Utilities, Logger, console', () => {
  it('answers with the configured users, time zone and virtual clock', () => {
    const { g, world } = setup({ user: 'medewerker@dekring.example' });
    expect(g.Session.getActiveUser().getEmail()).toBe('medewerker@dekring.example');
    expect(g.Session.getEffectiveUser().getEmail()).toBe('medewerker@dekring.example');
    expect(createGasWorld().globals.Session.getEffectiveUser().getEmail()).toBe('projectmedewerker@dekring.example');
    expect(g.Session.getScriptTimeZone()).toBe('Europe/Brussels');
    const before = world.now.getTime();
    g.Utilities.sleep(1500);
    expect(world.now.getTime()).toBe(before + 1500);
  });

  it('formats dates in a time zone with Java patterns', () => {
    const { g } = setup();
    const summer = new Date('2025-07-01T22:05:09Z');
    expect(g.Utilities.formatDate(summer, 'Europe/Brussels', 'yyyy-MM-dd HH:mm:ss')).toBe('2025-07-02 00:05:09');
    expect(g.Utilities.formatDate(summer, 'UTC', "EEEE dd/MM/yy 'om' H:mm")).toBe('Tuesday 01/07/25 om 22:05');
    expect(g.Utilities.formatDate(summer, 'Europe/Brussels', 'XXX')).toBe('+02:00');
  });

  it('computes digests as signed bytes, uuids and blobs', () => {
    const { g } = setup();
    const digest = g.Utilities.computeDigest(g.Utilities.DigestAlgorithm.SHA_256, 'abc', g.Utilities.Charset.UTF_8);
    expect(digest).toHaveLength(32);
    expect(digest.slice(0, 4)).toEqual([-70, 120, 22, -65]);
    expect(digest.every((b) => b >= -128 && b <= 127)).toBe(true);
    expect(g.Utilities.getUuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(g.Utilities.base64Encode('hé')).toBe('aMOp');
    const blob = g.Utilities.newBlob('hallo', 'text/plain', 'a.txt');
    expect([blob.getDataAsString(), blob.getName(), blob.getContentType(), blob.getBytes()[0]]).toEqual([
      'hallo',
      'a.txt',
      'text/plain',
      104,
    ]);
  });

  it('records Logger and console output without printing', () => {
    const { g, world } = setup();
    g.Logger.log('count %s', 3);
    g.console.warn('careful', { id: 1 });
    expect(world.logs).toEqual([
      { source: 'Logger', level: 'info', message: 'count 3' },
      { source: 'console', level: 'warn', message: 'careful { id: 1 }' },
    ]);
  });
});

describe('createGasContext', () => {
  it('runs a script in a vm context whose only extra globals are the services', () => {
    const { world, load } = createGasContext();
    load(`
      function onSubmit(e) {
        const sheet = SpreadsheetApp.getActive().getSheetByName('Log');
        sheet.appendRow([e.values[1], typeof require, typeof process]);
      }
      function stamp() {
        const d = SpreadsheetApp.getActive().getSheetByName('Log').getRange('A1').getValue();
        return [d instanceof Date, Object.keys(globalThis).sort().join(',')];
      }
    `);
    const probe = world as GasWorld;
    probe.seedSheet('Log', [[new Date('2025-01-01T00:00:00Z')]]);
    expect(probe.run('stamp')).toEqual([
      true,
      // Date and Intl are the script's own (its clock and time zone), the rest are the services.
      'Charts,Date,DocumentApp,DriveApp,FormApp,Intl,LockService,Logger,MailApp,PropertiesService,ScriptApp,Session,SpreadsheetApp,Utilities,console,onSubmit,stamp',
    ]);
    probe.run('onSubmit', { values: ['ts', 'Jan'] });
    expect(probe.sheetValues('Log')[1]).toEqual(['Jan', 'undefined', 'undefined']);
  });
});
