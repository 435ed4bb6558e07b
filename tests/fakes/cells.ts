/** How Sheets turns a written value into a stored cell, and A1 notation. */
import { isDate } from './core';
import { formatDate, zonedParts, zonedTime } from './dates';
import type { CellValue } from './types';

export interface StoredInput {
  value: CellValue;
  formula?: string;
}

export const MAX_CELL_CHARS = 50000;

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^([+-]?(\d+(\.\d*)?|\.\d+))%$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * A value written by `setValue(s)` / `appendRow`, parsed the way Sheets parses what a user types:
 * `'x` is literal text `x`; `=...` is a formula; `+...`/`-...` that is not a number is a (broken) formula;
 * numbers, percentages, TRUE/FALSE and ISO dates are converted; anything else stays text.
 * With `plainText` (number format `@`) or `noFormulas` (answers written by Forms) text is kept as text.
 */
export function typeIn(input: unknown, timeZone: string, opts: { plainText?: boolean; noFormulas?: boolean } = {}) {
  if (input === null || input === undefined) return { value: '' };
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input };
  if (isDate(input)) return { value: new Date(input.getTime()) };
  const text = String(input);
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (opts.plainText) return { value: text };
  if (!opts.noFormulas) {
    if (text.startsWith('=') && text.length > 1) return { value: evaluateFormula(text), formula: text };
    if (/^[+-]./.test(text) && !NUMBER.test(text.trim())) {
      const formula = `=${text}`;
      return { value: evaluateFormula(formula), formula };
    }
  }
  return { value: convertText(text, timeZone) };
}

function convertText(text: string, timeZone: string): CellValue {
  const trimmed = text.trim();
  if (NUMBER.test(trimmed)) return Number(trimmed);
  const percent = PERCENT.exec(trimmed);
  if (percent) return Number(percent[1]) / 100;
  if (/^(true|false)$/i.test(trimmed)) return trimmed.toLowerCase() === 'true';
  const iso = ISO_DATE.exec(trimmed);
  if (iso) {
    const [y, mo, d, h, mi, s] = iso.slice(1).map((part) => Number(part ?? 0));
    const ms = zonedTime(y, mo, d, h, mi, timeZone) + s * 1000;
    const check = zonedParts(ms, timeZone);
    if (check.month === mo && check.day === d && h < 24 && mi < 60 && s < 60) return new Date(ms);
  }
  return text;
}

/** The computed value of a formula: literals are evaluated, everything else is an error placeholder. */
export function evaluateFormula(formula: string): CellValue {
  const body = formula.slice(1).trim();
  if (NUMBER.test(body)) return Number(body);
  const literal = /^"((?:[^"]|"")*)"$/.exec(body);
  if (literal) return literal[1].replace(/""/g, '"');
  if (/^(true|false)$/i.test(body)) return body.toLowerCase() === 'true';
  if (/^[+-]/.test(body)) return '#ERROR!';
  const call = /^([A-Za-z][A-Za-z0-9_.]*)\s*\(/.exec(body);
  if (call && /^IMPORT/i.test(call[1])) return '#REF!';
  return '#NAME?';
}

/** What `getDisplayValues` shows for a stored value. */
export function displayValue(value: CellValue, timeZone: string): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isDate(value)) {
    const p = zonedParts(value.getTime(), timeZone);
    const midnight = p.hour === 0 && p.minute === 0 && p.second === 0;
    return formatDate(value.getTime(), timeZone, midnight ? 'dd/MM/yyyy' : 'dd/MM/yyyy HH:mm:ss');
  }
  return String(value);
}

export function columnLetter(column: number): string {
  let out = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const c of letters.toUpperCase()) n = n * 26 + (c.charCodeAt(0) - 64);
  return n;
}

export interface GridArea {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export function a1Notation(area: GridArea): string {
  const start = `${columnLetter(area.column)}${area.row}`;
  if (area.numRows === 1 && area.numColumns === 1) return start;
  return `${start}:${columnLetter(area.column + area.numColumns - 1)}${area.row + area.numRows - 1}`;
}

/** Parses `B2`, `A1:C3`, `A:C`, `2:5`, `A2:C` (optionally `Sheet!` prefixed); null if not valid. */
export function parseA1(a1: string, maxRows: number, maxColumns: number): GridArea | null {
  const ref = a1.slice(a1.lastIndexOf('!') + 1).trim();
  const parts = ref.split(':');
  const cells = parts.map((part) => /^\$?([A-Za-z]*)\$?(\d*)$/.exec(part));
  if (parts.length > 2 || cells.some((c) => !c || (!c[1] && !c[2]))) return null;
  const [first, last] = [cells[0]!, cells[cells.length - 1]!];
  if (parts.length === 1 && (!first[1] || !first[2])) return null;
  const col1 = first[1] ? columnNumber(first[1]) : 1;
  const row1 = first[2] ? Number(first[2]) : 1;
  const col2 = last[1] ? columnNumber(last[1]) : maxColumns;
  const row2 = last[2] ? Number(last[2]) : maxRows;
  if (row1 < 1 || row2 < 1) return null;
  return {
    row: Math.min(row1, row2),
    column: Math.min(col1, col2),
    numRows: Math.abs(row2 - row1) + 1,
    numColumns: Math.abs(col2 - col1) + 1,
  };
}

/** A date as Sheets stores it: days since 30 December 1899 (wall clock in the sheet's zone), with the time as a fraction. */
export function dateSerial(date: Date, timeZone: string): number {
  const p = zonedParts(date.getTime(), timeZone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return (wall - Date.UTC(1899, 11, 30)) / 86400000;
}
