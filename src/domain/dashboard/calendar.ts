/**
 * Calendar arithmetic for reports, always in Europe/Brussels whatever the host's or the script's zone: which
 * month a moment belongs to, where a month starts and ends, and the working days of a month (Belgian public
 * holidays excluded). Pure: no Intl, no host time zone.
 *
 * Belgian clocks follow the EU rule: summer time (UTC+2) from the last Sunday of March 01:00 UTC to the last
 * Sunday of October 01:00 UTC, winter time (UTC+1) otherwise.
 */

import { brusselsOffsetMinutes } from '../common/brussels';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export { brusselsOffsetMinutes };

export interface CalendarDay {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
  hour: number;
  minute: number;
}

/** The wall-clock date and time in Brussels of an instant. */
export function brusselsDay(date: Date): CalendarDay {
  const local = new Date(date.getTime() + brusselsOffsetMinutes(date.getTime()) * 60_000);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    weekday: local.getUTCDay(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
  };
}

/** The instant of 00:00 in Brussels on a calendar day (month 1–12; day may overflow into the next month). */
export function brusselsMidnight(year: number, month: number, day: number): Date {
  const wall = Date.UTC(year, month - 1, day);
  const guess = wall - 60 * 60_000;
  return new Date(wall - brusselsOffsetMinutes(guess) * 60_000);
}

/** Months counted from year 0: `year * 12 + month - 1`. Makes month arithmetic plain integers. */
export type MonthIndex = number;

export function monthIndex(year: number, month: number): MonthIndex {
  return year * 12 + (month - 1);
}

export function monthIndexOf(date: Date): MonthIndex {
  // As brusselsDay's year and month, without building the whole day (reports ask this for every date).
  const ms = date.getTime();
  const local = new Date(ms + brusselsOffsetMinutes(ms) * 60_000);
  return monthIndex(local.getUTCFullYear(), local.getUTCMonth() + 1);
}

export function yearOf(index: MonthIndex): number {
  return Math.floor(index / 12);
}

/** 1–12 */
export function monthOf(index: MonthIndex): number {
  return (index % 12) + 1;
}

/** "2026-10" */
export function monthKey(index: MonthIndex): string {
  return `${yearOf(index)}-${String(monthOf(index)).padStart(2, '0')}`;
}

/** "2026-10" → month index, or null. */
export function parseMonthKey(text: string): MonthIndex | null {
  const m = /^(\d{4})-(\d{2})$/.exec(text.trim());
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return null;
  return monthIndex(Number(m[1]), Number(m[2]));
}

/** First instant of a month in Brussels. */
export function monthStart(index: MonthIndex): Date {
  return brusselsMidnight(yearOf(index), monthOf(index), 1);
}

/**
 * `monthIndexOf` for instants in the months `first`..`last` (null before or after them), found among the instants
 * those months start at by binary search instead of working out the Brussels offset of every date.
 */
export function monthFinder(first: MonthIndex, last: MonthIndex): (ms: number) => MonthIndex | null {
  const starts: number[] = [];
  for (let m = first; m <= last + 1; m++) starts.push(monthStart(m).getTime());
  return (ms) => {
    if (!(ms >= starts[0] && ms < starts[starts.length - 1])) return null;
    let lo = 0;
    let hi = starts.length - 1;
    // starts[lo] <= ms < starts[hi]
    while (hi - lo > 1) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid] <= ms) lo = mid;
      else hi = mid;
    }
    return first + lo;
  };
}

export const MONTH_NAMES = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** "oktober 2026" */
export function monthLabel(index: MonthIndex): string {
  return `${MONTH_NAMES[monthOf(index) - 1]} ${yearOf(index)}`;
}

/** "okt 2026" (charts) */
export function shortMonthLabel(index: MonthIndex): string {
  return `${MONTH_NAMES[monthOf(index) - 1].slice(0, 3)} ${yearOf(index)}`;
}

/** "27/10/2026" in Brussels. */
export function formatBrusselsDate(date: Date): string {
  const d = brusselsDay(date);
  return `${String(d.day).padStart(2, '0')}/${String(d.month).padStart(2, '0')}/${d.year}`;
}

/** Easter Sunday (Gregorian, anonymous algorithm) as a UTC date. */
export function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(year, month - 1, day));
}

/** Belgian public holidays of a year as "MM-DD" (the ten legal holidays). */
export function belgianHolidays(year: number): Set<string> {
  const easter = easterSunday(year).getTime();
  const moved = [1, 39, 50].map((days) => {
    const d = new Date(easter + days * DAY_MS);
    return `${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
  });
  return new Set(['01-01', '05-01', '07-21', '08-15', '11-01', '11-11', '12-25', ...moved]);
}

/** Is this calendar day a working day in Belgium (Monday–Friday, not a public holiday)? */
export function isWorkingDay(year: number, month: number, day: number): boolean {
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !belgianHolidays(year).has(`${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
}

/** The day of the month (1–31) of the n-th working day of a month (n ≥ 1). */
export function nthWorkingDay(index: MonthIndex, n: number): number {
  const year = yearOf(index);
  const month = monthOf(index);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  let seen = 0;
  for (let day = 1; day <= days; day++) {
    if (isWorkingDay(year, month, day) && ++seen === n) return day;
  }
  return days;
}
