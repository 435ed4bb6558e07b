/**
 * The `Date` and `Intl` a script sees in Apps Script: the clock is the fakes' virtual clock, and local time
 * (getHours, new Date(y, m, d), toString, …) is the script's time zone (appsscript.json `timeZone`), whatever
 * the zone of the machine running the tests. Installed into a vm context by `createGasContext`.
 *
 * The constructor is defined *inside* the context, so dates are of the context's realm (`instanceof Date`
 * holds there) and every Date method the engine provides keeps working; only the local-time methods, the
 * constructor and `Date.now`/`Date.parse` are replaced.
 */
import vm from 'node:vm';
import { zoneOffset } from './dates';

export interface ScriptClockHooks {
  /** Milliseconds since the epoch, from the fakes' clock. */
  now(): number;
  /** Offset of the script's zone from UTC at an instant, in milliseconds. */
  offset(ms: number): number;
  /** Long name of the zone at an instant, as `Date.prototype.toString` shows it in parentheses. */
  zoneName(ms: number): string;
  timeZone: string;
}

/** Runs inside the vm context: `NativeDate` and `NativeIntl` are the context's own built-ins. */
function install(NativeDate: DateConstructor, NativeIntl: typeof Intl, hooks: ScriptClockHooks) {
  const proto = NativeDate.prototype;
  const getTime = (d: Date) => proto.getTime.call(d);
  const wall = (t: number) => new NativeDate(t + hooks.offset(t));
  const toInstant = (y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number) => {
    const w = NativeDate.UTC(y, mo, d, h, mi, s, ms);
    const first = w - hooks.offset(w);
    return w - hooks.offset(first);
  };
  const fields = (t: number) => {
    const w = wall(t);
    return [
      w.getUTCFullYear(),
      w.getUTCMonth(),
      w.getUTCDate(),
      w.getUTCHours(),
      w.getUTCMinutes(),
      w.getUTCSeconds(),
      w.getUTCMilliseconds(),
    ];
  };
  /** ISO date-time without offset is local time; date-only ISO is UTC; other text: local unless it names a zone. */
  const parse = (text: string): number => {
    const s = String(text).trim();
    const local = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/.exec(s);
    if (local) {
      const [y, mo, d, h, mi, sec, ms] = local.slice(1).map((p) => Number(p ?? 0));
      return toInstant(y, mo - 1, d, h, mi, sec, ms);
    }
    const utc = NativeDate.parse(s);
    if (Number.isNaN(utc)) return utc;
    if (/^\d{4}-\d{2}(-\d{2})?$/.test(s) || /(Z|GMT|UTC|[+-]\d{2}:?\d{2})\b/i.test(s)) return utc;
    // Text such as "Dec 8 2026 10:00": the engine read it in the host's zone; read it in the script's.
    const h = new NativeDate(utc);
    return toInstant(
      h.getFullYear(),
      h.getMonth(),
      h.getDate(),
      h.getHours(),
      h.getMinutes(),
      h.getSeconds(),
      h.getMilliseconds(),
    );
  };

  function ScriptDate(this: unknown, ...args: unknown[]): unknown {
    if (!new.target) return String(new (ScriptDate as unknown as DateConstructor)());
    // The common case (every date cell read): an instant in milliseconds.
    if (args.length === 1 && typeof args[0] === 'number') return Reflect.construct(NativeDate, args, new.target);
    let time: number;
    if (args.length === 0) time = hooks.now();
    else if (args.length === 1) {
      const v = args[0];
      if (typeof v === 'string') time = parse(v);
      else if (v !== null && typeof v === 'object' && Object.prototype.toString.call(v) === '[object Date]')
        time = getTime(v as Date);
      else time = Number(v);
    } else {
      const n = args.map(Number);
      let y = n[0];
      if (y >= 0 && y <= 99 && Number.isInteger(y)) y += 1900;
      time = toInstant(y, n[1], n[2] ?? 1, n[3] ?? 0, n[4] ?? 0, n[5] ?? 0, n[6] ?? 0);
    }
    return Reflect.construct(NativeDate, [time], new.target);
  }
  const D = ScriptDate as unknown as DateConstructor & Record<string, unknown>;
  Object.setPrototypeOf(D, NativeDate);
  (D as { prototype: unknown }).prototype = Object.create(proto, {
    constructor: { value: D, writable: true, configurable: true },
  });
  D.now = () => hooks.now();
  D.parse = (text: string) => parse(text);
  D.UTC = NativeDate.UTC;

  const P = D.prototype as unknown as Record<string, unknown>;
  const getter = (index: number) =>
    function (this: Date) {
      const t = getTime(this);
      return Number.isNaN(t) ? Number.NaN : fields(t)[index];
    };
  P.getFullYear = getter(0);
  P.getMonth = getter(1);
  P.getDate = getter(2);
  P.getHours = getter(3);
  P.getMinutes = getter(4);
  P.getSeconds = getter(5);
  P.getMilliseconds = getter(6);
  P.getYear = function (this: Date) {
    return fields(getTime(this))[0] - 1900;
  };
  P.getDay = function (this: Date) {
    const t = getTime(this);
    return Number.isNaN(t) ? Number.NaN : wall(t).getUTCDay();
  };
  P.getTimezoneOffset = function (this: Date) {
    return -hooks.offset(getTime(this)) / 60000;
  };
  /** A setter: replace fields from `from` on, then go back to an instant in the script's zone. */
  const setter = (from: number, max: number) =>
    function (this: Date, ...values: unknown[]) {
      const t = getTime(this);
      const f = Number.isNaN(t) ? [Number.NaN, 0, 1, 0, 0, 0, 0] : fields(t);
      const count = Math.min(Math.max(values.length, 1), max);
      for (let i = 0; i < count; i++) f[from + i] = Number(values[i]);
      const next = toInstant(f[0], f[1], f[2], f[3], f[4], f[5], f[6]);
      return proto.setTime.call(this, next);
    };
  P.setFullYear = setter(0, 3);
  P.setMonth = setter(1, 2);
  P.setDate = setter(2, 1);
  P.setHours = setter(3, 4);
  P.setMinutes = setter(4, 3);
  P.setSeconds = setter(5, 2);
  P.setMilliseconds = setter(6, 1);

  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const datePart = (t: number) => {
    const w = wall(t);
    return `${DAYS[w.getUTCDay()]} ${MONTHS[w.getUTCMonth()]} ${pad(w.getUTCDate())} ${pad(w.getUTCFullYear(), 4)}`;
  };
  const timePart = (t: number) => {
    const w = wall(t);
    const minutes = hooks.offset(t) / 60000;
    const sign = minutes < 0 ? '-' : '+';
    const abs = Math.abs(minutes);
    const zone = `GMT${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
    return `${pad(w.getUTCHours())}:${pad(w.getUTCMinutes())}:${pad(w.getUTCSeconds())} ${zone} (${hooks.zoneName(t)})`;
  };
  P.toString = function (this: Date) {
    const t = getTime(this);
    return Number.isNaN(t) ? 'Invalid Date' : `${datePart(t)} ${timePart(t)}`;
  };
  P.toDateString = function (this: Date) {
    const t = getTime(this);
    return Number.isNaN(t) ? 'Invalid Date' : datePart(t);
  };
  P.toTimeString = function (this: Date) {
    const t = getTime(this);
    return Number.isNaN(t) ? 'Invalid Date' : timePart(t);
  };
  const withZone = (options: unknown) => ({ timeZone: hooks.timeZone, ...(options as object) });
  for (const name of ['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString'] as const) {
    const native = proto[name] as (this: Date, locales?: unknown, options?: unknown) => string;
    P[name] = function (this: Date, locales?: unknown, options?: unknown) {
      return native.call(this, locales, withZone(options));
    };
  }

  // Intl.DateTimeFormat without a timeZone option formats in the script's zone too.
  const NativeDTF = NativeIntl.DateTimeFormat;
  function ScriptDTF(this: unknown, locales?: unknown, options?: unknown) {
    return new NativeDTF(locales as string, withZone(options));
  }
  Object.setPrototypeOf(ScriptDTF, NativeDTF);
  ScriptDTF.prototype = NativeDTF.prototype;
  const ScriptIntl = Object.create(NativeIntl, { DateTimeFormat: { value: ScriptDTF } });
  return { Date: D, Intl: ScriptIntl };
}

function hooksFor(now: () => number, timeZone: string): ScriptClockHooks {
  const offsets = new Map<number, number>();
  const offset = (ms: number) => {
    if (!Number.isFinite(ms)) return 0;
    // Zones change their offset on whole quarter hours at most, so one look-up per 15 minutes is exact.
    const key = Math.floor(ms / 900000);
    let found = offsets.get(key);
    if (found === undefined) {
      found = zoneOffset(key * 900000, timeZone);
      if (offsets.size > 100000) offsets.clear();
      offsets.set(key, found);
    }
    return found;
  };
  const names = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'long' });
  const zoneName = (ms: number) => names.formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
  return { now, offset, zoneName, timeZone };
}

/** Replaces `Date` and `Intl` of a vm context by the script's; returns the new `Date` (the context's realm). */
export function installScriptDate(context: vm.Context, now: () => number, timeZone: string): DateConstructor {
  const hooks = hooksFor(now, timeZone);
  const installer = vm.runInContext(`(${install.toString()})`, context) as typeof install;
  const { Date: ScriptDate, Intl: ScriptIntl } = installer(
    vm.runInContext('Date', context) as DateConstructor,
    vm.runInContext('Intl', context) as typeof Intl,
    hooks,
  );
  Object.assign(context, { Date: ScriptDate, Intl: ScriptIntl });
  return ScriptDate;
}

/**
 * The script's `Date` in this (the host's) realm: for test code that plays script code outside the vm (the
 * bench's naive baselines), so it sees the same clock and zone as the bundle. See `GasWorld.runAsScript`.
 */
export function hostScriptDate(now: () => number, timeZone: string): DateConstructor {
  return install(Date, Intl, hooksFor(now, timeZone)).Date;
}
