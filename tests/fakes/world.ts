import type { CallCounter } from './calls';
import { type ChartRecord, FakeCharts } from './charts';
import { Core, isDate, type LogEntry } from './core';
import type { FakeForm } from './form';
import { FakeFormApp, fakeId } from './form-app';
import type { FakeFormResponse } from './form-response';
import { FakeLockService, type LockKind, type LockState } from './lock';
import { FakeConsole, FakeLogger } from './logger';
import { FakeMailApp, type MailState, type SentMail } from './mail';
import { FakePropertiesService, type PropertyStore } from './properties';
import { FakeScriptApp, type FakeTrigger } from './script';
import { FakeSession, type SessionState } from './session';
import type { FakeSheet } from './sheet';
import { FakeSpreadsheet } from './spreadsheet';
import { FakeSpreadsheetApp } from './spreadsheet-app';
import { type Answers, type DeliveredEvent, formSubmitEvents, recordResponse, type SubmitOptions } from './submission';
import type { CellValue, GasGlobals, Realm } from './types';
import type { AlertRecord, MenuRecord, UiState } from './ui';
import { FakeUtilities } from './utilities';

export type Dispatch = (functionName: string, event: unknown) => unknown;

export interface GasWorldOptions {
  /** Starting value of the virtual clock (default 2025-01-06 09:00 Europe/Brussels). */
  now?: Date;
  timeZone?: string;
  spreadsheetId?: string;
  spreadsheetName?: string;
  /** Name of the sheet a new spreadsheet starts with (default `Blad1`). */
  firstSheetName?: string;
  activeUser?: string;
  effectiveUser?: string;
  scriptId?: string;
  mailQuota?: number;
  /** Runs a script function for a trigger: `(fnName, e) => context[fnName](e)`. */
  dispatch?: Dispatch;
  /** Date/Error constructors of the vm context, so values handed to the script are of its realm. */
  realm?: Realm;
  /** Throw "The coordinates of the range are outside the dimensions of the sheet." instead of growing. */
  strictBounds?: boolean;
  /** 'throw' (default): rethrow the first handler error after all triggers ran; 'record': only record it. */
  triggerErrors?: 'throw' | 'record';
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
  dispatch?: Dispatch;

  private readonly core: Core;
  private readonly mail: MailState;
  private readonly session: SessionState;
  private readonly ui: UiState;
  private readonly locks: Record<LockKind, LockState> = {
    script: { holder: null },
    document: { holder: null },
    user: { holder: null },
  };
  private execution = 0;
  private readonly triggerErrors: 'throw' | 'record';

  constructor(options: GasWorldOptions = {}) {
    const core = new Core(options);
    this.core = core;
    this.calls = core.calls;
    this.logs = core.logs;
    this.dispatch = options.dispatch;
    this.triggerErrors = options.triggerErrors ?? 'throw';
    this.mail = { sent: this.sentMails, quota: options.mailQuota ?? 100 };
    this.session = {
      activeUser: options.activeUser ?? DEFAULT_USER,
      effectiveUser: options.effectiveUser ?? options.activeUser ?? DEFAULT_USER,
      locale: 'nl',
    };
    this.ui = { menus: this.menus, alerts: this.alerts, answers: [] };
    this.spreadsheet = new FakeSpreadsheet(
      core,
      options.spreadsheetId ?? fakeId('spreadsheet'),
      options.spreadsheetName ?? 'Allemaal Digi.Taal',
      options.firstSheetName ?? 'Blad1',
    );
    const plan = core.faults;
    this.faults = {
      failAt: plan.failAt.bind(plan),
      failAfter: plan.failAfter.bind(plan),
      clear: plan.clear.bind(plan),
      pending: plan.pending.bind(plan),
      setMailQuota: (n: number) => {
        this.mail.quota = n;
      },
      holdLock: (kind: LockKind = 'script') => {
        if (this.locks[kind].holder !== null) throw new Error(`The ${kind} lock is already held`);
        this.locks[kind].holder = 'other-execution';
      },
      releaseHeldLock: (kind: LockKind = 'script') => {
        if (this.locks[kind].holder === 'other-execution') this.locks[kind].holder = null;
      },
    };
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
   * Creates (or empties) a tab and fills it from A1. Values are stored as given (a string stays a string);
   * with `{ typed: true }` they are parsed as if typed by a user.
   */
  seedSheet(name: string, rows: readonly (readonly unknown[])[], opts: { typed?: boolean } = {}): FakeSheet {
    const sheet = this.spreadsheet.getSheetByName(name) ?? this.spreadsheet.addSheet(name);
    sheet.clearContents();
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
    const execution: Execution = { functionName, event };
    this.executions.push(execution);
    try {
      return this.inExecution(() => this.requireDispatch()(functionName, event));
    } catch (error) {
      execution.error = error;
      throw error;
    }
  }

  /** The user trashes a form: `FormApp.openById` fails from now on. */
  deleteForm(formId: string): void {
    this.form(formId).deleted = true;
  }

  // --- other services -------------------------------------------------------------

  /** Buttons the user will press for the next `ui.alert` calls, e.g. `answerAlerts('NO')`. */
  answerAlerts(...buttons: string[]): void {
    this.ui.answers.push(...buttons);
  }

  remainingMailQuota(): number {
    return this.mail.quota;
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
    return form.collectsEmail() ? (opts.email ?? this.session.activeUser) : '';
  }

  private requireDispatch(): Dispatch {
    if (!this.dispatch) {
      throw new Error('world.dispatch is not set: createGasWorld({ dispatch: (fn, e) => context[fn](e) })');
    }
    return this.dispatch;
  }

  /** One execution: locks it still holds at the end are released, as Apps Script does. */
  private inExecution<T>(fn: () => T): T {
    this.execution += 1;
    const id = this.execution;
    try {
      return fn();
    } finally {
      for (const state of Object.values(this.locks)) {
        if (state.holder && state.holder !== 'other-execution' && state.holder.execution === id) state.holder = null;
      }
    }
  }

  private deliverAll(events: DeliveredEvent[]): void {
    if (events.length === 0) return;
    const dispatch = this.requireDispatch();
    let firstError: unknown;
    for (const { functionName, event, triggerUid } of events) {
      const execution: Execution = { functionName, event, triggerUid };
      this.executions.push(execution);
      try {
        this.core.runAsTrigger(() => this.inExecution(() => dispatch(functionName, event)));
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
