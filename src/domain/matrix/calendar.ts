import type { Cell } from '../../ports';
import { brusselsOffsetMinutes } from '../common/brussels';

/**
 * Calendar days in Europe/Brussels, whatever the zone of the machine that runs the code (Apps Script runs in the
 * script's zone, a test machine or the local twin may not). A day is a whole number: days since 1 January 1970,
 * so "6 weeks ago" is `today - 42` and a quarter is 91 days. Belgium follows the EU rule: CET (UTC+1), and CEST
 * (UTC+2) from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC.
 */

const DAY_MS = 86_400_000;

export { brusselsOffsetMinutes };

/** The Brussels calendar day of an instant. */
export function dayOf(date: Date): number {
  const ms = date.getTime();
  return Math.floor((ms + brusselsOffsetMinutes(ms) * 60_000) / DAY_MS);
}

/** The instant of a Brussels wall-clock time (for tests and the demo: `brusselsDate(2026, 11, 27, 10)`). */
export function brusselsDate(year: number, month: number, day: number, hour = 12, minute = 0): Date {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  return new Date(wall - brusselsOffsetMinutes(wall - 60 * 60_000) * 60_000);
}

/** A day from "YYYY-MM-DD". */
export function dayFromIso(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  return Math.floor(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS);
}

/** Year, month (1–12) and day of the month of a day. */
export function dayParts(day: number): { year: number; month: number; date: number } {
  const d = new Date(day * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate() };
}

/** "27/11/2026" */
export function formatDayNl(day: number): string {
  const { year, month, date } = dayParts(day);
  return `${String(date).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

/** "YYYY-MM-DD" */
export function isoDay(day: number): string {
  const { year, month, date } = dayParts(day);
  return `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

/** The same day of the month `months` later (the last day of a shorter month: 31 Jan + 1 month = 28/29 Feb). */
export function addMonths(day: number, months: number): number {
  const { year, month, date } = dayParts(day);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return Math.floor(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(date, last)) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: number): number {
  return new Date(day * DAY_MS).getUTCDay();
}

/**
 * A cell as a day: a date cell, or text the worker typed ("27/11/2026", "27-11-2026", "2026-11-27").
 * Null for an empty or unreadable cell.
 */
export function cellDay(value: Cell | undefined): number | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : dayOf(value);
  if (typeof value !== 'string') return null;
  const text = value.trim();
  const iso = dayFromIso(text);
  if (iso !== null) return iso;
  const m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return Math.floor(date.getTime() / DAY_MS);
}

/** A day as a Date at noon in Brussels (what the script writes in a date cell). */
export function dayToBrusselsDate(day: number): Date {
  const { year, month, date } = dayParts(day);
  return brusselsDate(year, month, date, 12);
}
