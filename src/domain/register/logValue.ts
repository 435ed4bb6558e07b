import type { Cell } from '../../ports';

/** Sheets' day 0 (30 December 1899), as a local date's components. */
const SERIAL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 24 * 60 * 60 * 1000;

/** "Tue Dec 08 2026 10:00:00 GMT+0100 (…)": how `String(date)` prints a date. */
const JS_DATE_TEXT = /^[A-Z][a-z]{2} [A-Z][a-z]{2} \d{2} \d{4} \d{2}:\d{2}:\d{2} GMT[+-]\d{4}/;

/**
 * A value as the Logboek keeps it. Dates stay dates (a person reads them as dates, and a sort works); an old
 * value that arrives as text is turned back into a date when it plainly was one: `String(date)` text, or — in
 * a column that holds dates — the serial number a spreadsheet edit event gives for a date cell.
 */
export function logValue(value: Cell | undefined, columnHoldsDates: boolean): Cell {
  if (value === undefined || value === null) return '';
  if (value instanceof Date) return value;
  if (typeof value !== 'string') return value;
  const text = value.trim();
  if (JS_DATE_TEXT.test(text)) {
    const parsed = new Date(text);
    if (!Number.isNaN(parsed.getTime())) return parsed;
  }
  if (columnHoldsDates && /^\d{4,6}(\.\d+)?$/.test(text)) {
    const serial = Number(text);
    if (serial > 1 && serial < 2958466) {
      // The serial is a wall-clock day (and time): read it as local time, the sheet's zone being the script's.
      const wall = new Date(SERIAL_EPOCH_UTC + Math.round(serial * DAY_MS));
      return new Date(
        wall.getUTCFullYear(),
        wall.getUTCMonth(),
        wall.getUTCDate(),
        wall.getUTCHours(),
        wall.getUTCMinutes(),
        wall.getUTCSeconds(),
      );
    }
  }
  return value;
}
