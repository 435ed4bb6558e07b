/**
 * The fakes are exactly as strict as Google: each test here pins one behaviour of docs/fakes.md that an
 * earlier, kinder fake did not have (and that would have hidden an outage in production).
 */
import { createGasContext, createGasWorld, DEFAULT_USER, type GasGlobals, type GasWorld } from './fakes';

function world(options: Parameters<typeof createGasWorld>[0] = {}) {
  const dispatched: string[] = [];
  const made = createGasWorld({ dispatch: (fn) => dispatched.push(fn), ...options });
  return { ...made, g: made.globals as GasGlobals, dispatched };
}

function linkedForm(g: GasGlobals, title = 'Aanmelding') {
  const form = g.FormApp.create(title);
  form.addTextItem().setTitle('Naam').setRequired(true);
  form.addDateItem().setTitle('Datum');
  form.setDestination(g.FormApp.DestinationType.SPREADSHEET, g.SpreadsheetApp.getActive().getId());
  return form;
}

describe('forms made by a script start unpublished (Google Forms, 2026)', () => {
  it('refuse answers until published; accepting responses follows publishing', () => {
    const { g, world: w } = world();
    const form = linkedForm(g);
    expect(form.isPublished()).toBe(false);
    expect(form.isAcceptingResponses()).toBe(false);
    expect(() => w.submitForm(form.getId(), { Naam: 'Jan' })).toThrow('is not published');
    expect(() => form.setAcceptingResponses(true)).toThrow('not published');
    form.setPublished(true);
    expect(form.isAcceptingResponses()).toBe(true);
    w.submitForm(form.getId(), { Naam: 'Jan' });
    form.setAcceptingResponses(false);
    expect(() => w.submitForm(form.getId(), { Naam: 'An' })).toThrow('not accepting responses');
    form.setPublished(false);
    expect([form.isPublished(), form.isAcceptingResponses()]).toEqual([false, false]);
  });

  it('a form created before July 2026 is a legacy form: published', () => {
    const { g } = world({ now: new Date('2026-03-02T09:00:00Z') });
    expect(g.FormApp.create('Oud').isPublished()).toBe(true);
  });

  it('only the owner and editors can open a form; sharing the spreadsheet does not share it', () => {
    const { g, world: w } = world();
    const form = g.FormApp.create('Doorverwijzing');
    w.actAs('collega@dekring.example');
    expect(() => g.FormApp.openById(form.getId())).toThrow('No item with the given ID could be found');
    w.actAs(DEFAULT_USER);
    form.addEditor('collega@dekring.example');
    w.actAs('collega@dekring.example');
    expect(g.FormApp.openById(form.getId()).getId()).toBe(form.getId());
  });
});

describe("the spreadsheet's locale names tabs and writes dates in events", () => {
  const at = new Date('2026-11-24T08:05:00Z'); // 9:05 in Brussels

  it('en_US: Sheet1, Form Responses 1, Timestamp, 11/24/2026 9:05:00', () => {
    const { g, world: w } = world({ locale: 'en_US' });
    const ss = g.SpreadsheetApp.getActive();
    expect(ss.getSheets()[0].getName()).toBe('Sheet1');
    expect(ss.getSpreadsheetLocale()).toBe('en_US');
    const form = linkedForm(g);
    form.setPublished(true);
    g.ScriptApp.newTrigger('onSubmit').forSpreadsheet(ss).onFormSubmit().create();
    const { events } = w.submitForm(form.getId(), { Naam: 'Jan', Datum: '2026-11-05' }, { timestamp: at });
    expect(w.sheetNames()).toContain('Form Responses 1');
    expect(w.sheetValues('Form Responses 1')[0]).toEqual(['Timestamp', 'Naam', 'Datum']);
    const e = events[0].event as { values: string[]; namedValues: Record<string, string[]> };
    expect(e.values).toEqual(['11/24/2026 9:05:00', 'Jan', '11/5/2026']);
    expect(e.namedValues.Timestamp).toEqual(['11/24/2026 9:05:00']);
    // The cells hold Dates whatever the locale.
    expect(w.sheetValues('Form Responses 1')[1][0]).toEqual(at);
  });

  it('nl_BE: Blad1, Formulierreacties 1, Tijdstempel, 24/11/2026 9:05:00', () => {
    const { g, world: w } = world({ locale: 'nl_BE' });
    const ss = g.SpreadsheetApp.getActive();
    expect(ss.getSheets()[0].getName()).toBe('Blad1');
    const form = linkedForm(g);
    form.setPublished(true);
    g.ScriptApp.newTrigger('onSubmit').forSpreadsheet(ss).onFormSubmit().create();
    const { events } = w.submitForm(form.getId(), { Naam: 'Jan', Datum: '2026-11-05' }, { timestamp: at });
    expect(w.sheetValues('Formulierreacties 1')[0][0]).toBe('Tijdstempel');
    expect((events[0].event as { values: string[] }).values).toEqual(['24/11/2026 9:05:00', 'Jan', '5/11/2026']);
  });

  it("the response tab's form URL holds the form id, not the published id", () => {
    const { g } = world();
    const form = linkedForm(g);
    const tab = g.SpreadsheetApp.getActive().getSheets()[0];
    expect(tab.getFormUrl()).toBe(`https://docs.google.com/forms/d/${form.getId()}/viewform`);
    expect(form.getPublishedUrl()).not.toContain(form.getId());
  });
});

describe('triggers, users and quotas', () => {
  it('getProjectTriggers shows only the current user’s triggers; 20 per user', () => {
    const { g, world: w } = world();
    for (let i = 0; i < 20; i++) g.ScriptApp.newTrigger(`f${i}`).timeBased().everyHours(1).create();
    expect(() => g.ScriptApp.newTrigger('extra').timeBased().everyHours(1).create()).toThrow('too many triggers');
    w.actAs('vrijwilliger@dekring.example');
    expect(g.ScriptApp.getProjectTriggers()).toEqual([]);
    g.ScriptApp.newTrigger('mine').timeBased().everyHours(1).create();
    expect(g.ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(['mine']);
    expect(w.triggers).toHaveLength(21);
  });

  it('Session.getActiveUser is empty for a respondent and for an outside editor; the effective user is the owner', () => {
    const seen: { fn: string; active: string; effective: string }[] = [];
    const made = createGasWorld({
      dispatch: (fn) =>
        seen.push({
          fn,
          active: made.globals.Session.getActiveUser().getEmail(),
          effective: made.globals.Session.getEffectiveUser().getEmail(),
        }),
    });
    const { globals: g, world: w } = made;
    const ss = g.SpreadsheetApp.getActive();
    const form = linkedForm(g);
    form.setPublished(true);
    g.ScriptApp.newTrigger('onSubmit').forSpreadsheet(ss).onFormSubmit().create();
    g.ScriptApp.newTrigger('onEdit').forSpreadsheet(ss).onEdit().create();
    w.submitForm(form.getId(), { Naam: 'Jan' });
    w.seedSheet('Dossiers', [['Status'], ['Aangemeld']]);
    w.editCell('Dossiers', 2, 1, 'Actief');
    w.actAs('collega@dekring.example');
    w.editCell('Dossiers', 2, 1, 'Nazorg');
    w.actAs('buurman@gmail.com');
    w.editCell('Dossiers', 2, 1, 'Afgesloten');
    expect(seen).toEqual([
      { fn: 'onSubmit', active: '', effective: DEFAULT_USER },
      { fn: 'onEdit', active: DEFAULT_USER, effective: DEFAULT_USER },
      { fn: 'onEdit', active: 'collega@dekring.example', effective: DEFAULT_USER },
      { fn: 'onEdit', active: '', effective: DEFAULT_USER },
    ]);
  });

  it('the mail quota is full again 24 hours after the day’s first mail, not at midnight', () => {
    const { g, world: w } = world({ mailQuota: 2, now: new Date('2026-12-07T21:00:00Z') });
    g.MailApp.sendEmail('a@x.be', 'S', 'B');
    g.MailApp.sendEmail('b@x.be', 'S', 'B');
    expect(g.MailApp.getRemainingDailyQuota()).toBe(0);
    expect(() => g.MailApp.sendEmail('c@x.be', 'S', 'B')).toThrow('Service invoked too many times for one day: email.');
    w.setNow(new Date('2026-12-08T07:00:00Z')); // the next morning
    expect(g.MailApp.getRemainingDailyQuota()).toBe(0);
    w.setNow(new Date('2026-12-08T21:00:00Z'));
    expect(g.MailApp.getRemainingDailyQuota()).toBe(2);
    g.MailApp.sendEmail('c@x.be', 'S', 'B');
    expect(w.remainingMailQuota()).toBe(1);
  });

  it('a lock released with unflushed writes is recorded; flushing first is not', () => {
    const { g, world: w } = world();
    const sheet = g.SpreadsheetApp.getActive().getSheets()[0];
    const lock = g.LockService.getScriptLock();
    lock.waitLock(1000);
    sheet.getRange(1, 1).setValue('x');
    g.SpreadsheetApp.flush();
    lock.releaseLock();
    expect(w.unflushedLockReleases).toEqual([]);
    lock.waitLock(1000);
    sheet.getRange(1, 1).setValue('y');
    lock.releaseLock();
    expect(w.unflushedLockReleases).toHaveLength(1);
  });
});

describe("time: the script sees the fakes' clock and its own zone, whatever the host's TZ", () => {
  function script(w: { load: (code: string) => unknown; world: GasWorld }, code: string): unknown {
    w.load(`function probe() { ${code} }`);
    return w.world.run('probe');
  }

  it('new Date() and Date.now() are the virtual clock', () => {
    const ctx = createGasContext({ now: new Date('2026-12-07T08:00:00Z') });
    expect(script(ctx, 'return new Date().toISOString() + " " + Date.now();')).toBe(
      `2026-12-07T08:00:00.000Z ${Date.parse('2026-12-07T08:00:00Z')}`,
    );
    ctx.world.advance(90_000);
    expect(script(ctx, 'return new Date().toISOString();')).toBe('2026-12-07T08:01:30.000Z');
  });

  it('local time is Europe/Brussels (winter and summer), also for components, parsing and toString', () => {
    const ctx = createGasContext({ now: new Date('2026-12-07T23:30:00Z') });
    expect(
      script(ctx, 'const d = new Date(); return [d.getDate(), d.getDay(), d.getHours(), d.getTimezoneOffset()];'),
    ).toEqual([8, 2, 0, -60]);
    expect(script(ctx, 'return new Date(2026, 6, 1, 0, 0).toISOString();')).toBe('2026-06-30T22:00:00.000Z');
    expect(script(ctx, 'return new Date("2026-12-08T10:00").toISOString();')).toBe('2026-12-08T09:00:00.000Z');
    expect(script(ctx, 'return new Date("2026-12-08").toISOString();')).toBe('2026-12-08T00:00:00.000Z');
    expect(script(ctx, 'return String(new Date(Date.UTC(2026, 11, 8, 9)));')).toBe(
      'Tue Dec 08 2026 10:00:00 GMT+0100 (Central European Standard Time)',
    );
    expect(
      script(
        ctx,
        'const d = new Date(2026, 2, 28, 12); d.setDate(d.getDate() + 1); return [d.getHours(), d.getTimezoneOffset()];',
      ),
    ).toEqual([12, -120]);
    expect(
      script(
        ctx,
        'return new Intl.DateTimeFormat("nl-BE", { hour: "numeric" }).format(new Date(Date.UTC(2026, 11, 8, 9)));',
      ),
    ).toBe('10');
    expect(script(ctx, 'return new Date(2026, 0, 1) instanceof Date && typeof Date() === "string";')).toBe(true);
  });

  it('the spreadsheet keeps its own zone until set; an unknown zone is refused', () => {
    const { g } = world({ spreadsheetTimeZone: 'America/New_York' });
    const ss = g.SpreadsheetApp.getActive();
    expect([ss.getSpreadsheetTimeZone(), g.Session.getScriptTimeZone()]).toEqual([
      'America/New_York',
      'Europe/Brussels',
    ]);
    expect(() => ss.setSpreadsheetTimeZone('Mars/Olympus')).toThrow('Invalid argument: timezone');
    ss.setSpreadsheetTimeZone('Europe/Brussels');
    expect(ss.getSpreadsheetTimeZone()).toBe('Europe/Brussels');
  });
});

describe('sheets by id', () => {
  it('getSheetById follows a renamed sheet', () => {
    const { g } = world();
    const ss = g.SpreadsheetApp.getActive();
    const sheet = ss.insertSheet('Dossiers');
    sheet.setName('Dossiers 2026');
    expect(ss.getSheetById(sheet.getSheetId())?.getName()).toBe('Dossiers 2026');
    expect(ss.getSheetById(123)).toBeNull();
  });
});
