import { format } from 'node:util';
import { CallCounter } from './calls';
import { FaultPlan } from './faults';
import type { Realm, ServiceName } from './types';

export interface LogEntry {
  source: 'Logger' | 'console';
  level: 'log' | 'info' | 'warn' | 'error' | 'debug';
  message: string;
}

export interface CoreOptions {
  now?: Date;
  /** The script's time zone (appsscript.json): triggers, `Session.getScriptTimeZone`, dates in the vm. */
  timeZone?: string;
  /** The spreadsheet's own time zone (File > Settings): typed dates and displayed values. Default: the script's. */
  spreadsheetTimeZone?: string;
  /** The spreadsheet's locale: names of new sheets and response tabs, the timestamp header, dates in events. */
  locale?: SpreadsheetLocale;
  realm?: Realm;
}

/** Locales the fakes know the words of. */
export type SpreadsheetLocale = 'nl_BE' | 'en_US';

interface Meta {
  service: ServiceName;
  type: string;
}

type AnyFn = (...args: unknown[]) => unknown;

/** Spreadsheet methods that change the document (buffered by Google until a flush or the end of the execution). */
const WRITES = /^(set|append|insert|delete|clear|add|remove|hide|show|sort|protect|merge|copy|move|create)/;

/** Methods that are not Apps Script calls (string conversion, inspection by test tooling). */
const UNCOUNTED = new Set(['constructor', 'toString', 'valueOf', 'toJSON', 'toLocaleString', 'inspect']);

/** Monday 7 December 2026, 09:00 in Brussels: after Google's change that leaves script-made forms unpublished. */
export const DEFAULT_NOW = new Date('2026-12-07T08:00:00.000Z');

export const DEFAULT_TIME_ZONE = 'Europe/Brussels';

export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/**
 * Shared state of one fake world: the clock, id counters, the call counter and fault plan, and the
 * registry that turns internal fake objects into counting proxies when they are handed to script code.
 *
 * Fakes are plain classes whose methods never count; `expose()` wraps an instance in a Proxy whose
 * methods record `Type.method`, apply planned faults, run the real method on the raw instance, and
 * expose whatever it returns. Arguments coming back from script code are unwrapped to raw instances.
 */
export class Core {
  readonly calls = new CallCounter();
  readonly faults = new FaultPlan();
  readonly logs: LogEntry[] = [];
  readonly timeZone: string;
  spreadsheetTimeZone: string;
  readonly locale: SpreadsheetLocale;
  /** Spreadsheet writes not yet flushed (`SpreadsheetApp.flush` or the end of the execution). */
  unflushedWrites = 0;
  /** Lock releases that happened while spreadsheet writes were still unflushed (each one a race in Google). */
  readonly unflushedLockReleases: string[] = [];
  /**
   * Who the running execution is: `effective` runs it (the person at the keyboard, or a trigger's owner),
   * `active` is what `Session.getActiveUser()` tells ('' where Google keeps the identity back).
   */
  user = { effective: '', active: '' };
  private readonly realm: Realm;
  private nowMs: number;
  private triggerDepth = 0;
  private readonly counters = new Map<string, number>();
  private readonly meta = new WeakMap<object, Meta>();
  private readonly proxies = new WeakMap<object, object>();
  private readonly raws = new WeakMap<object, object>();
  private readonly plainArrays = new WeakSet<object>();

  constructor(options: CoreOptions = {}) {
    this.timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
    this.spreadsheetTimeZone = options.spreadsheetTimeZone ?? this.timeZone;
    this.locale = options.locale ?? 'nl_BE';
    this.realm = options.realm ?? { Date, Error };
    this.nowMs = (options.now ?? DEFAULT_NOW).getTime();
  }

  now(): number {
    return this.nowMs;
  }

  setNow(date: Date | number): void {
    const ms = typeof date === 'number' ? date : date.getTime();
    if (!Number.isFinite(ms)) throw new Error('setNow needs a valid date');
    this.nowMs = ms;
  }

  advance(ms: number): void {
    this.nowMs += ms;
  }

  /** 1, 2, 3, ... per kind. */
  next(kind: string): number {
    const n = (this.counters.get(kind) ?? 0) + 1;
    this.counters.set(kind, n);
    return n;
  }

  /** A Date of the receiving realm. */
  date(value: Date | number): Date {
    return new this.realm.Date(typeof value === 'number' ? value : value.getTime());
  }

  /** An Apps Script style exception (`String(e)` is `Exception: ...`) of the receiving realm. */
  error(message: string): Error {
    const error = new this.realm.Error(message);
    error.name = 'Exception';
    return error;
  }

  log(source: LogEntry['source'], level: LogEntry['level'], args: unknown[]): void {
    this.logs.push({ source, level, message: format(...args) });
  }

  /** True while a trigger handler runs (no UI is available then). */
  inTrigger(): boolean {
    return this.triggerDepth > 0;
  }

  runAsTrigger<T>(fn: () => T): T {
    this.triggerDepth += 1;
    try {
      return fn();
    } finally {
      this.triggerDepth -= 1;
    }
  }

  register(obj: object, service: ServiceName, type: string): void {
    this.meta.set(obj, { service, type });
  }

  /** Marks an array of plain values (a grid of cell values): `expose` hands it over as it is, without a walk. */
  plain<T extends object>(value: T): T {
    this.plainArrays.add(value);
    return value;
  }

  /** Raw fake (or arrays of them) to counting proxies; other values unchanged. */
  expose<T>(value: T): T {
    if (Array.isArray(value)) {
      if (this.plainArrays.has(value)) return value;
      return value.map((v) => this.expose(v)) as unknown as T;
    }
    if (typeof value !== 'object' || value === null) return value;
    const meta = this.meta.get(value);
    if (!meta) return value;
    let proxy = this.proxies.get(value);
    if (!proxy) {
      proxy = this.makeProxy(value, meta);
      this.proxies.set(value, proxy);
      this.raws.set(proxy, value);
    }
    return proxy as T;
  }

  /** Counting proxies (or arrays of them) back to raw fakes; other values unchanged. */
  unwrap<T>(value: T): T {
    if (Array.isArray(value)) return value.map((v) => this.unwrap(v)) as unknown as T;
    if (typeof value !== 'object' || value === null) return value;
    return (this.raws.get(value) as T | undefined) ?? value;
  }

  /** Checks that an argument is one of our fakes of the given class. */
  own<T>(value: unknown, ctor: abstract new (...args: never[]) => T, what: string): T {
    const raw = this.unwrap(value);
    if (raw instanceof ctor) return raw;
    throw this.error(`Invalid argument: ${what}`);
  }

  private makeProxy(target: object, meta: Meta): object {
    const wrappers = new Map<string, AnyFn>();
    return new Proxy(target, {
      get: (t, prop) => {
        const value: unknown = Reflect.get(t, prop);
        if (typeof value !== 'function' || typeof prop === 'symbol' || UNCOUNTED.has(prop)) return value;
        let wrapper = wrappers.get(prop);
        if (!wrapper) {
          wrapper = (...args: unknown[]) => this.invoke(meta, prop, t, value as AnyFn, args);
          wrappers.set(prop, wrapper);
        }
        return wrapper;
      },
    });
  }

  private invoke(meta: Meta, method: string, target: object, fn: AnyFn, args: unknown[]): unknown {
    const name = `${meta.type}.${method}`;
    this.calls.record(meta.service, name);
    if (meta.service === 'SpreadsheetApp' && WRITES.test(method) && meta.type !== 'SpreadsheetApp') {
      this.unflushedWrites += 1;
    }
    const fault = this.faults.take(name);
    if (fault?.when === 'before') throw fault.error ?? this.error(fault.message);
    const result = fn.apply(
      target,
      args.map((a) => this.unwrap(a)),
    );
    if (fault?.when === 'after') throw fault.error ?? this.error(fault.message);
    return this.expose(result);
  }
}

/** Base class of every fake service object: registers itself for counting under `service` / `type`. */
export abstract class GasObject {
  constructor(
    protected readonly core: Core,
    service: ServiceName,
    type: string,
  ) {
    core.register(this, service, type);
  }
}
