import type { FormDefinition } from '../../forms/types';
import { TIMESTAMP_HEADER } from '../../forms/types';
import { formatDay } from '../domain/common/day';
import type { Cell, StoredRow, Tables } from '../ports';
import type { Submission } from './submission';

/** Headers Google uses for the timestamp column, depending on the spreadsheet's locale. */
export const TIMESTAMP_HEADERS: readonly string[] = [
  TIMESTAMP_HEADER,
  'Timestamp',
  'Horodateur',
  'Zeitstempel',
  'Marca temporal',
  'Carimbo de data/hora',
  'Informazioni cronologiche',
];

/**
 * The columns that may hold a row's submit time, best first: a known timestamp header, else any column that is
 * not a question (a locale the list does not know). The cell must hold a Date: its text is never parsed.
 */
export function stampColumns(headers: readonly string[], form: FormDefinition): string[] {
  const questions = new Set(form.questions.map((q) => q.title));
  const known = TIMESTAMP_HEADERS.filter((h) => headers.includes(h));
  if (known.length > 0) return known;
  return headers.filter((h) => h !== '' && !questions.has(h));
}

export interface ResponseRows {
  submissions: Submission[];
  /** Rows with answers but no readable submit time: named to the worker, never taken in silently. */
  unreadable: number[];
}

/** A response cell as the answer text a form event would carry (dates of date questions as dd/mm/yyyy). */
function answerOf(value: Cell | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return formatDay(value);
  return String(value);
}

/** The submit time of a response row: the first Date in its stamp columns (see `stampColumns`). */
export function stampOf(row: StoredRow, stamps: readonly string[]): Date | undefined {
  for (const header of stamps) {
    const value = row.values[header];
    if (value instanceof Date) return value;
  }
  return undefined;
}

/** A response row with its submit time as a submission. */
export function submissionOfRow(form: FormDefinition, row: StoredRow, submittedAt: Date): Submission {
  const answers: Record<string, string> = {};
  for (const q of form.questions) answers[q.title] = answerOf(row.values[q.title]);
  return {
    formKey: form.key,
    submittedAt,
    answers,
    responseTab: form.responseTab,
    responseRow: row.rowNumber,
  };
}

/**
 * Every row of a form's raw response tab as a submission, in row order. Rows without a readable timestamp are
 * listed apart (nothing to key them on). Columns are found by question title, so added or moved columns are fine.
 */
export function readResponseRows(tables: Tables, form: FormDefinition): ResponseRows {
  const snapshot = tables.read(form.responseTab);
  const stamps = stampColumns(snapshot.headers, form);
  const out: Submission[] = [];
  const unreadable: number[] = [];
  for (const row of snapshot.rows) {
    const stamp = stampOf(row, stamps);
    if (!stamp) unreadable.push(row.rowNumber);
    else out.push(submissionOfRow(form, row, stamp));
  }
  return { submissions: out, unreadable };
}

/** The submissions of a response tab (see `readResponseRows`). */
export function readSubmissions(tables: Tables, form: FormDefinition): Submission[] {
  return readResponseRows(tables, form).submissions;
}
