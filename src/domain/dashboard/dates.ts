import { parseDay } from '../common/day';
import { brusselsMidnight } from './calendar';

/** A date in a cell: a Date, or a day typed as text ("27/10/2026", "2026-10-27") taken as midnight in Brussels. */
export function dateOf(value: unknown): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  // An empty cell is the common case: no parsing for it.
  if (typeof value !== 'string' || value === '') return null;
  const day = parseDay(value.trim().split(/\s+/)[0] ?? '');
  if (!day) return null;
  const [y, m, d] = day.split('-').map(Number);
  return brusselsMidnight(y, m, d);
}

/** The instant of a date cell in milliseconds, NaN when the cell holds no date (NaN is in no window). */
export function timeOf(value: unknown): number {
  const date = dateOf(value);
  return date === null ? Number.NaN : date.getTime();
}
