/** When a time-based trigger runs: the k-th occurrence (k = 0, 1, 2, ...) after its creation. */
import { zonedParts, zonedTime } from './dates';

export interface ClockSpec {
  afterMs?: number;
  at?: number;
  everyMinutes?: number;
  everyHours?: number;
  everyDays?: number;
  everyWeeks?: number;
  /** 1 = Monday ... 7 = Sunday */
  weekDay?: number;
  monthDay?: number;
  atHour?: number;
  nearMinute?: number;
  timeZone?: string;
}

export interface ClockPlan {
  once: boolean;
  occurrence(k: number): number;
}

const MINUTE = 60000;
const HOUR = 60 * MINUTE;

/** Local calendar arithmetic: the instant of (date of `base` + `days`) at `hour`:`minute` in `timeZone`. */
function localAt(base: number, days: number, hour: number, minute: number, timeZone: string): number {
  const p = zonedParts(base, timeZone);
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day + days));
  return zonedTime(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), hour, minute, timeZone);
}

export function planClock(spec: ClockSpec, createdAt: number, scriptTimeZone: string): ClockPlan | null {
  const tz = spec.timeZone ?? scriptTimeZone;
  const created = zonedParts(createdAt, tz);
  const hour = spec.atHour ?? created.hour;
  const minute = spec.nearMinute ?? 0;
  if (spec.afterMs !== undefined) return { once: true, occurrence: () => createdAt + (spec.afterMs ?? 0) };
  if (spec.at !== undefined) return { once: true, occurrence: () => spec.at ?? createdAt };
  const step = spec.everyMinutes ? spec.everyMinutes * MINUTE : spec.everyHours ? spec.everyHours * HOUR : 0;
  if (step) return { once: false, occurrence: (k) => createdAt + (k + 1) * step };
  if (spec.monthDay !== undefined) {
    const day = spec.monthDay;
    const first = (months: number) => {
      const p = zonedParts(createdAt, tz);
      return zonedTime(p.year, p.month + months, day, hour, minute, tz);
    };
    const skip = first(0) > createdAt ? 0 : 1;
    return { once: false, occurrence: (k) => first(k + skip) };
  }
  if (spec.everyWeeks !== undefined || spec.weekDay !== undefined) {
    const weekDay = spec.weekDay ?? created.weekday;
    let offset = (weekDay - created.weekday + 7) % 7;
    if (localAt(createdAt, offset, hour, minute, tz) <= createdAt) offset += 7;
    const every = 7 * (spec.everyWeeks ?? 1);
    return { once: false, occurrence: (k) => localAt(createdAt, offset + k * every, hour, minute, tz) };
  }
  if (spec.everyDays !== undefined) {
    const offset = localAt(createdAt, 0, hour, minute, tz) > createdAt ? 0 : 1;
    const every = spec.everyDays;
    return { once: false, occurrence: (k) => localAt(createdAt, offset + k * every, hour, minute, tz) };
  }
  return null;
}
