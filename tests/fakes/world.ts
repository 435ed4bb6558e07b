import type { CallCounter } from './calls';
import { dateSerial } from './cells';
import { type ChartRecord, FakeCharts } from './charts';
import { Core, isDate, type LogEntry, type SpreadsheetLocale } from './core';
import { FakeDocumentApp } from './document';
import { type DriveItem, DriveState, exportedPages, FakeDriveApp } from './drive';
import type { FakeForm } from './form';
import { FakeFormApp, fakeId } from './form-app';
import type { FakeFormResponse } from './form-response';
import { FakeLockService, type LockKind, type LockState } from './lock';
import { FakeConsole, FakeLogger } from './logger';
import { FakeMailApp, type MailState, remainingQuota, type SentMail } from './mail';
import { FakePropertiesService, type PropertyStore } from './properties';
import { FakeScriptApp, type FakeTrigger } from './script';
import { hostScriptDate } from './scriptDate';
import { FakeSession, FakeUser, type SessionState } from './session';
import type { FakeSheet } from './sheet';
import { FakeSpreadsheet } from './spreadsheet';
import { FakeSpreadsheetApp } from './spreadsheet-app';
import { type Answers, type DeliveredEvent, formSubmitEvents, recordResponse, type SubmitOptions } from './submission';
import type { CellValue, GasGlobals, Realm } from './types';
import type { AlertRecord, MenuRecord, PromptAnswer, UiState } from './ui';
import { FakeUtilities } from './utilities';

export type Dispatch = (functionName: string, event: unknown) => unknown;

export interface GasWorldOptions {
  /** Starting value of the virtual clock (default Monday 2026-12-07 09:00 Europe/Brussels). */
  now?: Date;
  /** The script's time zone (default Europe/Brussels, as appsscript.json). */
  timeZone?: string;
  /** The spreadsheet's own time zone (default: the script's). */
  spreadsheetTimeZone?: string;
  /** The spreadsheet's locale (default nl_BE): sheet and response tab names, timestamp header, event dates. */
  locale?: SpreadsheetLocale;
  spreadsheetId?: string;
  spreadsheetName?: string;
  /** Name of the sheet a new spreadsheet starts with (default by locale: `Blad1` / `Sheet1`). */
  firstSheetName?: string;
  /** The person at the keyboard: runs menus and the editor, types in cells (default the project worker). */
  user?: string;
  scriptId?: string;
  mailQuota?: number;
  /** Runs a script function for a trigger: `(fnName, e) => context[fnName](e)`. */
  dispatch?: Dispatch;
  /** Date/Error constructors of the vm context, so values handed to the script are of its realm. */
  realm?: Realm;
  /** 'throw' (default): rethrow the first handler error after all triggers ran; 'record': only record it. */
  triggerErrors?: 'throw' | 'record';
  /** Owner of the spreadsheet (default: the active user). */
  owner?: string;
  /** People the spreadsheet is shared with. */
  editors?: string[];
  viewers?: string[];
  /** The Google Workspace domain the spreadsheet belongs to ('' or absent: a consumer account). */
  workspaceDomain?: string;
}

export interface Faults {
  /** The nth call (from now) of e.g. `'MailApp.sendEmail'` or `'Range.setValues'` throws before taking effect. */
  failAt(method: string, nth?: number, error?: Error | string): void;
  /** The nth call takes effect, then throws ("succeeded then threw"). */
  failAfter(method: string, nth?: number, error?: Error | string): void;
  clear(): void;
  pending(): { method: string; nth: number; when: 'before' | 'after' }[];
  setMailQuota(n: number): void;
  /** Another execution takes the lock and keeps it. */
  holdLock(kind?: LockKind): void;
  releaseHeldLock(kind?: LockKind): void;
}

export interface Execution {
  functionName: string;
  event: unknown;
  triggerUid?: string;
  /** The account it ran as. */
  user: string;
  error?: unknown;
}

export const DEFAULT_USER = 'projectmedewerker@dekring.example';
const NOT_FOUND = 'No item with the given ID could be found, or you do not have permission to access it.';

/** The test handle. Nothing done through it counts as a call. */
export class GasWorld {
  readonly calls: CallCounter;
  readonly logs: LogEntry[];
  readonly spreadsheet: FakeSpreadsheet;
  readonly forms: FakeForm[] = [];
  readonly triggers: FakeTrigger[] = [];
  readonly sentMails: SentMail[] = [];
  /** Every chart image the Charts service built (issue 12). */
  readonly builtCharts: ChartRecord[] = [];
  readonly properties: PropertyStore = {};
  readonly documentProperties: PropertyStore = {};
  readonly userProperties: PropertyStore = {};
  readonly menus: MenuRecord[] = [];
  readonly alerts: AlertRecord[] = [];
  readonly executions: Execution[] = [];
  readonly faults: Faults;
  readonly globals: GasGlobals;
  /** Google Drive as the script sees it (Docs, folders, exported PDFs). */
  readonly drive: DriveState;
  dispatch?: Dispatch;

  private readonly core: Core;
  private readonly mail: MailState;
  private readonly session: SessionState;
  /** The person at the keyboard. */
  private keyboardUser: string;
  private hostDate?: DateConstructor;
  private readonly ui: UiState;
  private readonly locks: Record<LockKind, LockState> = {
    script: { holder: null },
    document: { holder: null },
    user: { holder: null },
  };
  private execution = 0;
  private readonly triggerErrors: 'throw' | 'record';
  /** Set while a test acts as another person (`asUser`). */
  private actingAs?: string;

  constructor(options: GasWorldOptions = {}) {
    const core = new Core(options);
    this.core = core;
    this.calls = core.calls;
    this.logs = core.logs;
    this.dispatch = options.dispatch;
    this.triggerErrors = options.triggerErrors ?? 'throw';
    this.mail = { sent: this.sentMails, dailyLimit: options.mailQuota ?? 100, windows: new Map() };
    this.keyboardUser = options.user ?? DEFAULT_USER;
    core.user = { effective: this.keyboardUser, active: this.keyboardUser };
    this.session = { locale: core.locale === 'en_US' ? 'en' : 'nl' };
    this.ui = { menus: this.menus, alerts: this.alerts, answers: [], prompts: [] };
    this.spreadsheet = new FakeSpreadsheet(
      core,
      options.spreadsheetId ?? fakeId('spreadsheet'),
      options.spreadsheetName ?? 'Allemaal Digi.Taal',
      options.firstSheetName,
      {
        owner: options.owner ?? this.keyboardUser,
        editors: [...(options.editors ?? [])],
        viewers: [...(options.viewers ?? [])],
        domain: (options.workspaceDomain ?? '').toLowerCase(),
        actingUser: () => this.actingAs ?? this.core.user.effective,
      },
    );
    const plan = core.faults;
    this.faults = {
      failAt: plan.failAt.bind(plan),
      failAfter: plan.failAfter.bind(plan),
      clear: plan.clear.bind(plan),
      pending: plan.pending.bind(plan),
      setMailQuota: (n: number) => {
        // What is left today for every account; full again 24 hours later.
        for (const account of new Set([this.keyboardUser, DEFAULT_USER, ...this.mail.windows.keys()])) {
          this.mail.windows.set(account, { start: this.core.now(), remaining: n });
        }
      },
      holdLock: (kind: LockKind = 'script') => {
        if (this.locks[kind].holder !== null) throw new Error(`The ${kind} lock is already held`);
        this.locks[kind].holder = 'other-execution';
      },
      releaseHeldLock: (kind: LockKind = 'script') => {
        if (this.locks[kind].holder === 'other-execution') this.locks[kind].holder = null;
      },
    };
    this.drive = new DriveState(core);
    const expose = <T extends object>(fake: T) => core.expose(fake);
    this.globals = {
      SpreadsheetApp: expose(new FakeSpreadsheetApp(core, this.spreadsheet, this.ui)),
      FormApp: expose(new FakeFormApp(core, this.forms, this.spreadsheet)),
      MailApp: expose(new FakeMailApp(core, this.mail)),
      LockService: expose(new FakeLockService(core, this.locks, () => this.execution)),
      PropertiesService: expose(
        new FakePropertiesService(core, {
          script: this.properties,
          document: this.documentProperties,
          user: this.userProperties,
        }),
      ),
      ScriptApp: expose(new FakeScriptApp(core, this.triggers, options.scriptId ?? fakeId('script'))),
      Session: expose(new FakeSession(core, this.session)),
      Utilities: expose(new FakeUtilities(core)),
      Charts: expose(new FakeCharts(core, this.builtCharts)),
      DocumentApp: expose(new FakeDocumentApp(core, this.drive)),
      DriveApp: expose(new FakeDriveApp(core, this.drive)),
      Logger: expose(new FakeLogger(core)),
      console: expose(new FakeConsole(core)),
    } as unknown as GasGlobals;
  }

  // --- clock ----------------------------------------------------------------

  get now(): Date {
    return new Date(this.core.now());
  }

  setNow(date: Date | number): void {
    this.core.setNow(date);
  }

  advance(ms: number): void {
    this.core.advance(ms);
  }

  // --- spreadsheet ------------------------------------------------------------

  /** The sheet (raw, uncounted) or an error naming the missing tab. */
  sheet(name: string): FakeSheet {
    const sheet = this.spreadsheet.getSheetByName(name);
    if (!sheet) throw new Error(`No sheet named "${name}" (have: ${this.sheetNames().join(', ')})`);
    return sheet;
  }

  sheetNames(): string[] {
    return this.spreadsheet.sheetList().map((s) => s.getName());
  }

  /** Stored values from A1 to (last row, last column); `[]` for an empty sheet. */
  sheetValues(name: string): CellValue[][] {
    const sheet = this.sheet(name);
    const rows = sheet.getLastRow();
    const columns = sheet.getLastColumn();
    const out: CellValue[][] = [];
    for (let r = 1; r <= rows; r++) {
      const row: CellValue[] = [];
      for (let c = 1; c <= columns; c++) {
        const value = sheet.grid.get(r, c)?.value ?? '';
        row.push(isDate(value) ? new Date(value.getTime()) : value);
      }
      out.push(row);
    }
    return out;
  }

  /**
   * Creates (or empties) a tab and fills it from A1, as a person pasting a block would: the sheet grows to hold
   * the block (with `spare` empty rows below it, default 0). Values are stored as given (a string stays a
   * string); with `{ typed: true }` they are parsed as if typed by a user.
   */
  seedSheet(
    name: string,
    rows: readonly (readonly unknown[])[],
    opts: { typed?: boolean; spare?: number } = {},
  ): FakeSheet {
    const sheet = this.spreadsheet.getSheetByName(name) ?? this.spreadsheet.addSheet(name);
    sheet.clearContents();
    const width = Math.max(0, ...rows.map((r) => r.length));
    sheet.grid.grow(rows.length + (opts.spare ?? 0), width);
    rows.forEach((cells, r) => {
      cells.forEach((value, c) => {
        if (opts.typed) sheet.writeCell(r + 1, c + 1, value);
        else sheet.grid.edit(r + 1, c + 1).value = storedValue(value);
      });
    });
    return sheet;
  }

  // --- forms and triggers -------------------------------------------------------

  /** A respondent submits the form: row appended, response stored, installed triggers fired. */
  submitForm(
    formId: string,
    answers: Answers,
    opts: SubmitOptions = {},
  ): FakeFormResponse & { events: DeliveredEvent[] } {
    const form = this.form(formId);
    const { response, row } = recordResponse(this.core, form, answers, opts, this.respondentEmail(form, opts));
    const events = formSubmitEvents(this.core, this.spreadsheet, form, response, row, this.triggers);
    this.deliverAll(events);
    return Object.assign(response, { events });
  }

  /** Like `submitForm`, but the triggers do not fire (a missed trigger). */
  submitFormSilently(formId: string, answers: Answers, opts: SubmitOptions = {}): FakeFormResponse {
    const form = this.form(formId);
    return recordResponse(this.core, form, answers, opts, this.respondentEmail(form, opts)).response;
  }

  /** Delivers an event again (a duplicate delivery). */
  deliver(...events: DeliveredEvent[]): void {
    this.deliverAll(events);
  }

  /** Fires every time-driven trigger that is due at `world.now`; returns what was delivered. */
  runClockTriggers(): DeliveredEvent[] {
    const now = this.core.now();
    const events: DeliveredEvent[] = [];
    for (const trigger of this.triggers) {
      const clock = trigger.clock;
      if (!clock || trigger.spent) continue;
      const at = clock.occurrence(trigger.nextOccurrence);
      if (at > now) continue;
      if (clock.once) trigger.spent = true;
      else while (clock.occurrence(trigger.nextOccurrence) <= now) trigger.nextOccurrence += 1;
      events.push({ functionName: trigger.handler, triggerUid: trigger.uid, event: clockEvent(at, trigger.uid) });
    }
    this.deliverAll(events);
    return events;
  }

  /** Runs a script function as one execution (from the editor or a menu: the UI is available). */
  run(functionName: string, event: unknown = {}): unknown {
    const execution: Execution = { functionName, event, user: this.keyboardUser };
    this.executions.push(execution);
    try {
      const user = { effective: this.keyboardUser, active: this.keyboardUser };
      return this.inExecution(user, () => this.requireDispatch()(functionName, event));
    } catch (error) {
      execution.error = error;
      throw error;
    }
  }

  /** The user trashes a form: `FormApp.openById` fails from now on. */
  deleteForm(formId: string): void {
    this.form(formId).deleted = true;
  }

  // --- Drive and Docs ---------------------------------------------------------------

  /** Drive items by name (any folder), uncounted. */
  driveItems(match: (item: DriveItem) => boolean = () => true): DriveItem[] {
    return [...this.drive.items.values()].filter(match);
  }

  /** The saved text of a Google Doc, one string per paragraph (as the worker sees it in Docs). */
  documentParagraphs(id: string): string[] {
    const item = this.drive.items.get(id);
    if (!item?.doc) throw new Error(`No Google Doc ${id}`);
    return item.doc.map((p) =>
      p.type === 'TABLE' ? '[tabel]' : p.parts.map((x) => (x.type === 'TEXT' ? x.text : '')).join(''),
    );
  }

  /** The worker edits a Doc in Google Docs (replaces the text of one paragraph and saves). */
  editDocument(id: string, paragraph: number, text: string): void {
    const item = this.drive.items.get(id);
    const p = item?.doc?.[paragraph];
    if (!p || p.type === 'TABLE') throw new Error(`No paragraph ${paragraph} in Doc ${id}`);
    p.parts = [{ type: 'TEXT', text }];
  }

  /** The page texts of a PDF file the script saved in Drive. */
  pdfPages(id: string): string[] {
    const item = this.drive.items.get(id);
    if (!item?.content) throw new Error(`No file ${id}`);
    return exportedPages(item.content);
  }

  // --- other services -------------------------------------------------------------

  /** What the user types in the next `ui.prompt` calls, e.g. `answerPrompts({ text: 'DT-2026-0001' })`. */
  answerPrompts(...answers: PromptAnswer[]): void {
    this.ui.prompts?.push(...answers);
  }

  /** Runs `fn` as another person: protections judge their edits (the script itself runs as the effective user). */
  asUser<T>(email: string, fn: () => T): T {
    const before = this.actingAs;
    const keyboard = this.keyboardUser;
    this.actingAs = email;
    this.actAs(email);
    try {
      return fn();
    } finally {
      this.actingAs = before;
      this.actAs(keyboard);
    }
  }

  /** Shares the spreadsheet with someone (as the owner does in Delen). */
  share(email: string, role: 'editor' | 'viewer'): void {
    (role === 'editor' ? this.spreadsheet.access.editors : this.spreadsheet.access.viewers).push(email);
  }

  /** Buttons the user will press for the next `ui.alert` calls, e.g. `answerAlerts('NO')`. */
  answerAlerts(...buttons: string[]): void {
    this.ui.answers.push(...buttons);
  }

  /** What the project worker's account (or `account`) may still send now. */
  remainingMailQuota(account = DEFAULT_USER): number {
    return remainingQuota(this.mail, account, this.core.now());
  }

  /**
   * Runs host code as if it were script code (the bench's naive baselines): one execution as the person at
   * the keyboard, with `Date` being the script's (the world's clock, the script's zone) while it runs.
   */
  runAsScript<T>(fn: () => T): T {
    this.hostDate ??= hostScriptDate(() => this.core.now(), this.core.timeZone);
    const hostDate = globalThis.Date;
    globalThis.Date = this.hostDate;
    try {
      return this.inExecution({ effective: this.keyboardUser, active: this.keyboardUser }, fn);
    } finally {
      globalThis.Date = hostDate;
    }
  }

  /** Someone else sits at the keyboard from now on (menus, editor runs, cell edits). */
  actAs(user: string): void {
    this.keyboardUser = user;
    this.core.user = { effective: user, active: user };
  }

  get user(): string {
    return this.keyboardUser;
  }

  /** Lock releases with unflushed spreadsheet writes (each would be a race in Google). */
  get unflushedLockReleases(): readonly string[] {
    return this.core.unflushedLockReleases;
  }

  /**
   * The person at the keyboard types `value` in one cell: the value is stored as typed, and every installed
   * edit trigger of the spreadsheet fires with `e.range`, `e.value` and (when the cell held something) `e.oldValue`.
   */
  editCell(tab: string, row: number, column: number, value: string): void {
    const sheet = this.sheet(tab);
    if (row > sheet.getMaxRows() || column > sheet.getMaxColumns()) {
      throw new Error(
        `A person cannot type in (${row}, ${column}): the sheet is ${sheet.getMaxRows()}×${sheet.getMaxColumns()}`,
      );
    }
    const old = sheet.grid.get(row, column)?.value ?? '';
    sheet.writeCell(row, column, value);
    const events: DeliveredEvent[] = [];
    for (const trigger of this.triggers) {
      if (trigger.eventType !== 'ON_EDIT' || trigger.sourceId !== this.spreadsheet.getId()) continue;
      const event: Record<string, unknown> = {
        authMode: 'FULL',
        range: this.core.expose(sheet.rangeAt(row, column, 1, 1)),
        source: this.core.expose(this.spreadsheet),
        value,
        triggerUid: trigger.uid,
        user: this.core.expose(new FakeUser(this.core, this.visibleTo(trigger.owner, this.keyboardUser))),
      };
      // A date cell's old value arrives as its serial number (days since 30/12/1899, wall clock): undocumented → strict.
      if (old !== '')
        event.oldValue = isDate(old) ? String(dateSerial(old, this.core.spreadsheetTimeZone)) : String(old);
      events.push({ functionName: trigger.handler, triggerUid: trigger.uid, event, actor: this.keyboardUser });
    }
    this.deliverAll(events);
  }

  isLockHeld(kind: LockKind = 'script'): boolean {
    return this.locks[kind].holder !== null;
  }

  // --- internals ------------------------------------------------------------------

  private form(formId: string): FakeForm {
    const form = this.forms.find((f) => f.id === formId && !f.deleted);
    if (!form) throw new Error(`${NOT_FOUND} (form ${formId})`);
    return form;
  }

  private respondentEmail(form: FakeForm, opts: SubmitOptions): string {
    return form.collectsEmail() ? (opts.email ?? this.keyboardUser) : '';
  }

  private requireDispatch(): Dispatch {
    if (!this.dispatch) {
      throw new Error('world.dispatch is not set: createGasWorld({ dispatch: (fn, e) => context[fn](e) })');
    }
    return this.dispatch;
  }

  /**
   * One execution as `user`: at its end pending writes are applied and locks it still holds are released, as
   * Apps Script does; then the keyboard's user is back.
   */
  private inExecution<T>(user: { effective: string; active: string }, fn: () => T): T {
    this.execution += 1;
    const id = this.execution;
    const before = this.core.user;
    this.core.user = user;
    try {
      return fn();
    } finally {
      for (const state of Object.values(this.locks)) {
        if (state.holder && state.holder !== 'other-execution' && state.holder.execution === id) state.holder = null;
      }
      this.core.unflushedWrites = 0;
      this.core.user = before;
    }
  }

  /**
   * What `Session.getActiveUser()` tells a trigger owned by `owner` about `actor`: the address when it is the
   * owner or someone of the same Google Workspace domain, '' otherwise (consumer accounts, respondents).
   */
  private visibleTo(owner: string, actor: string | undefined): string {
    if (!actor) return '';
    if (actor === owner) return actor;
    const domain = (email: string) => email.split('@')[1] ?? '';
    const consumer = (d: string) => d === 'gmail.com' || d === 'googlemail.com';
    return domain(actor) === domain(owner) && !consumer(domain(actor)) ? actor : '';
  }

  private deliverAll(events: DeliveredEvent[]): void {
    if (events.length === 0) return;
    const dispatch = this.requireDispatch();
    let firstError: unknown;
    for (const { functionName, event, triggerUid, actor } of events) {
      const owner = this.triggers.find((t) => t.uid === triggerUid)?.owner ?? this.keyboardUser;
      const execution: Execution = { functionName, event, triggerUid, user: owner };
      this.executions.push(execution);
      const user = { effective: owner, active: this.visibleTo(owner, actor) };
      try {
        this.core.runAsTrigger(() => this.inExecution(user, () => dispatch(functionName, event)));
      } catch (error) {
        execution.error = error;
        if (firstError === undefined) firstError = error;
      }
    }
    if (firstError !== undefined && this.triggerErrors === 'throw') throw firstError;
  }
}

function storedValue(value: unknown): CellValue {
  if (value === null || value === undefined) return '';
  if (isDate(value)) return new Date(value.getTime());
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  return String(value);
}

/** The event of a time-driven trigger (fields in UTC, like Apps Script). */
function clockEvent(at: number, triggerUid: string): Record<string, unknown> {
  const d = new Date(at);
  const start = Date.UTC(d.getUTCFullYear(), 0, 1);
  return {
    authMode: 'FULL',
    'day-of-month': d.getUTCDate(),
    'day-of-week': d.getUTCDay() === 0 ? 7 : d.getUTCDay(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    month: d.getUTCMonth() + 1,
    second: d.getUTCSeconds(),
    timezone: 'UTC',
    triggerUid,
    'week-of-year': Math.floor((at - start) / (7 * 86400000)) + 1,
    year: d.getUTCFullYear(),
  };
}
