import { type ClockPlan, type ClockSpec, planClock } from './clock';
import { type Core, GasObject, isDate } from './core';
import { zonedTime } from './dates';
import { enumOf } from './enums';
import { FakeForm } from './form';
import { FakeSpreadsheet } from './spreadsheet';
import type { Shape } from './types';

export const TRIGGER_LIMIT = 20;

export const EventType = enumOf('CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE');
export const TriggerSource = enumOf('SPREADSHEETS', 'CLOCK', 'FORMS');
export const AuthMode = enumOf('NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL');
const WeekDay = enumOf('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY');
const WEEKDAYS: string[] = Object.keys(WeekDay);

type EventTypeName = keyof typeof EventType;
type SourceName = keyof typeof TriggerSource;

export class FakeTrigger
  extends GasObject
  implements
    Shape<GoogleAppsScript.Script.Trigger, 'getUniqueId' | 'getHandlerFunction' | 'getEventType' | 'getTriggerSource'>
{
  /** Index of the next clock occurrence to fire. */
  nextOccurrence = 0;
  /** One-off clock triggers stay installed after firing (until deleted) but never fire again. */
  spent = false;
  /** The account that installed it: it runs as that account, and only that account sees it. */
  readonly owner: string;

  constructor(
    core: Core,
    readonly uid: string,
    readonly handler: string,
    readonly eventType: EventTypeName,
    readonly source: SourceName,
    readonly sourceId: string | null,
    readonly clock: ClockPlan | null = null,
  ) {
    super(core, 'ScriptApp', 'Trigger');
    this.owner = core.user.effective;
  }

  getUniqueId(): string {
    return this.uid;
  }

  getHandlerFunction(): string {
    return this.handler;
  }

  getEventType(): string {
    return this.eventType;
  }

  getTriggerSource(): string {
    return this.source;
  }

  /** The spreadsheet or form id; null for time-driven triggers. */
  getTriggerSourceId(): string | null {
    return this.sourceId;
  }
}

class Installer {
  constructor(
    readonly core: Core,
    readonly triggers: FakeTrigger[],
    readonly handler: string,
  ) {}

  /** 20 triggers per user per script: other users' triggers do not count. */
  install(eventType: EventTypeName, source: SourceName, sourceId: string | null, clock?: ClockPlan): FakeTrigger {
    if (this.triggers.filter((t) => t.owner === this.core.user.effective).length >= TRIGGER_LIMIT) {
      throw this.core.error(
        'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
      );
    }
    const uid = String(4100000000 + this.core.next('trigger') * 7919);
    const trigger = new FakeTrigger(this.core, uid, this.handler, eventType, source, sourceId, clock);
    this.triggers.push(trigger);
    return trigger;
  }
}

export class FakeTriggerBuilder
  extends GasObject
  implements Shape<GoogleAppsScript.Script.TriggerBuilder, 'forSpreadsheet' | 'forForm' | 'timeBased'>
{
  constructor(
    core: Core,
    private readonly installer: Installer,
  ) {
    super(core, 'ScriptApp', 'TriggerBuilder');
  }

  forSpreadsheet(sheet: GoogleAppsScript.Spreadsheet.Spreadsheet | string): FakeSourceTriggerBuilder {
    const id = typeof sheet === 'string' ? sheet : this.core.own(sheet, FakeSpreadsheet, 'sheet').getId();
    return new FakeSourceTriggerBuilder(this.core, this.installer, 'SPREADSHEETS', id);
  }

  forForm(form: GoogleAppsScript.Forms.Form | string): FakeSourceTriggerBuilder {
    const id = typeof form === 'string' ? form : this.core.own(form, FakeForm, 'form').id;
    return new FakeSourceTriggerBuilder(this.core, this.installer, 'FORMS', id);
  }

  timeBased(): FakeClockTriggerBuilder {
    return new FakeClockTriggerBuilder(this.core, this.installer);
  }
}

/** Spreadsheet and form trigger builders (the form one lacks onEdit/onChange). */
export class FakeSourceTriggerBuilder
  extends GasObject
  implements
    Shape<
      GoogleAppsScript.Script.SpreadsheetTriggerBuilder,
      'onOpen' | 'onEdit' | 'onChange' | 'onFormSubmit' | 'create'
    >
{
  private eventType?: EventTypeName;

  constructor(
    core: Core,
    private readonly installer: Installer,
    private readonly source: 'SPREADSHEETS' | 'FORMS',
    private readonly sourceId: string,
  ) {
    super(core, 'ScriptApp', source === 'FORMS' ? 'FormTriggerBuilder' : 'SpreadsheetTriggerBuilder');
  }

  onOpen(): this {
    return this.on('ON_OPEN');
  }

  onEdit(): this {
    return this.on('ON_EDIT', true);
  }

  onChange(): this {
    return this.on('ON_CHANGE', true);
  }

  onFormSubmit(): this {
    return this.on('ON_FORM_SUBMIT');
  }

  create(): FakeTrigger {
    if (!this.eventType) throw this.core.error('Trigger event type must be set before calling create().');
    return this.installer.install(this.eventType, this.source, this.sourceId);
  }

  private on(eventType: EventTypeName, spreadsheetOnly = false): this {
    if (spreadsheetOnly && this.source === 'FORMS') {
      throw new TypeError(`${eventType} is not available on FormTriggerBuilder`);
    }
    this.eventType = eventType;
    return this;
  }
}

export class FakeClockTriggerBuilder
  extends GasObject
  implements
    Shape<
      GoogleAppsScript.Script.ClockTriggerBuilder,
      | 'after'
      | 'at'
      | 'atDate'
      | 'atHour'
      | 'nearMinute'
      | 'everyMinutes'
      | 'everyHours'
      | 'everyDays'
      | 'everyWeeks'
      | 'onWeekDay'
      | 'onMonthDay'
      | 'inTimezone'
      | 'create'
    >
{
  private readonly spec: ClockSpec = {};

  constructor(
    core: Core,
    private readonly installer: Installer,
  ) {
    super(core, 'ScriptApp', 'ClockTriggerBuilder');
  }

  after(durationMilliseconds: number): this {
    return this.set({ afterMs: this.int(durationMilliseconds, 0, Number.MAX_SAFE_INTEGER, 'durationMilliseconds') });
  }

  at(date: GoogleAppsScript.Base.Date): this {
    if (!isDate(date)) throw this.core.error('Invalid argument: date');
    return this.set({ at: date.getTime() });
  }

  atDate(year: number, month: number, day: number): this {
    return this.set({ at: zonedTime(year, month, day, 0, 0, this.spec.timeZone ?? this.core.timeZone) });
  }

  atHour(hour: number): this {
    return this.set({ atHour: this.int(hour, 0, 23, 'hour') });
  }

  nearMinute(minute: number): this {
    return this.set({ nearMinute: this.int(minute, 0, 59, 'minute') });
  }

  everyMinutes(n: number): this {
    if (![1, 5, 10, 15, 30].includes(n)) {
      throw this.core.error('The value you passed to everyMinutes must be one of 1, 5, 10, 15 or 30.');
    }
    return this.set({ everyMinutes: n });
  }

  everyHours(n: number): this {
    if (![1, 2, 4, 6, 8, 12].includes(n)) {
      throw this.core.error('The value you passed to everyHours must be one of 1, 2, 4, 6, 8 or 12.');
    }
    return this.set({ everyHours: n });
  }

  everyDays(n: number): this {
    return this.set({ everyDays: this.int(n, 1, 365, 'n') });
  }

  everyWeeks(n: number): this {
    return this.set({ everyWeeks: this.int(n, 1, 52, 'n') });
  }

  onWeekDay(day: GoogleAppsScript.Base.Weekday): this {
    const index = WEEKDAYS.indexOf(String(day));
    if (index === -1) throw this.core.error('Invalid argument: day');
    return this.set({ weekDay: index + 1 });
  }

  onMonthDay(day: number): this {
    return this.set({ monthDay: this.int(day, 1, 31, 'day') });
  }

  inTimezone(timezone: string): this {
    return this.set({ timeZone: timezone });
  }

  create(): FakeTrigger {
    const plan = planClock(this.spec, this.core.now(), this.core.timeZone);
    if (!plan) throw this.core.error('A time-based trigger needs a schedule (after, at, everyMinutes, ...).');
    return this.installer.install('CLOCK', 'CLOCK', null, plan);
  }

  private set(patch: Partial<ClockSpec>): this {
    Object.assign(this.spec, patch);
    return this;
  }

  private int(value: number, min: number, max: number, name: string): number {
    if (!Number.isInteger(value) || value < min || value > max) throw this.core.error(`Invalid argument: ${name}`);
    return value;
  }
}

export class FakeScriptApp
  extends GasObject
  implements
    Shape<
      GoogleAppsScript.Script.ScriptApp,
      'newTrigger' | 'getProjectTriggers' | 'getUserTriggers' | 'deleteTrigger' | 'getScriptId' | 'getOAuthToken'
    >
{
  readonly EventType = EventType;
  readonly TriggerSource = TriggerSource;
  readonly AuthMode = AuthMode;
  readonly WeekDay = WeekDay;

  constructor(
    core: Core,
    private readonly triggers: FakeTrigger[],
    private readonly scriptId: string,
  ) {
    super(core, 'ScriptApp', 'ScriptApp');
  }

  newTrigger(functionName: string): FakeTriggerBuilder {
    return new FakeTriggerBuilder(this.core, new Installer(this.core, this.triggers, String(functionName)));
  }

  /** The triggers of the current user in this project (another user's triggers are invisible). */
  getProjectTriggers(): FakeTrigger[] {
    return this.triggers.filter((t) => t.owner === this.core.user.effective);
  }

  getUserTriggers(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet | GoogleAppsScript.Forms.Form): FakeTrigger[] {
    const raw = this.core.unwrap(spreadsheet) as unknown;
    const id = raw instanceof FakeSpreadsheet ? raw.getId() : raw instanceof FakeForm ? raw.id : null;
    if (id === null) throw this.core.error('Invalid argument: document');
    return this.triggers.filter((t) => t.sourceId === id && t.owner === this.core.user.effective);
  }

  deleteTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
    const own = this.core.own(trigger, FakeTrigger, 'trigger');
    if (own.owner !== this.core.user.effective) throw this.core.error('Trigger does not belong to the current user.');
    const index = this.triggers.findIndex((t) => t.uid === own.uid);
    if (index !== -1) this.triggers.splice(index, 1);
  }

  getScriptId(): string {
    return this.scriptId;
  }

  getOAuthToken(): string {
    return 'fake-oauth-token';
  }
}
