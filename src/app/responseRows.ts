import type { FormDefinition } from '../../forms/types';
import { TIMESTAMP_HEADER } from '../../forms/types';
import { formatDay } from '../domain/common/day';
import type { Cell, Tables } from '../ports';
import type { Submission } from './submission';

/** Headers Google uses for the timestamp column, depending on the account's language. */
export const TIMESTAMP_HEADERS: readonly string[] = [TIMESTAMP_HEADER, 'Timestamp', 'Horodateur'];

/** A response cell as the answer text a form event would carry (dates of date questions as dd/mm/yyyy). */
function answerOf(value: Cell | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return formatDay(value);
  return String(value);
}

/**
 * Every row of a form's raw response tab as a submission, in row order. Rows without a timestamp are
 * skipped (nothing to key them on). Columns are found by question title, so added or moved columns are fine.
 */
export function readSubmissions(tables: Tables, form: FormDefinition): Submission[] {
  const snapshot = tables.read(form.responseTab);
  const stampHeader = TIMESTAMP_HEADERS.find((h) => snapshot.headers.includes(h)) ?? TIMESTAMP_HEADER;
  const out: Submission[] = [];
  for (const row of snapshot.rows) {
    const stamp = row.values[stampHeader];
    if (!(stamp instanceof Date)) continue;
    const answers: Record<string, string> = {};
    for (const q of form.questions) answers[q.title] = answerOf(row.values[q.title]);
    out.push({
      formKey: form.key,
      submittedAt: stamp,
      answers,
      responseTab: form.responseTab,
      responseRow: row.rowNumber,
    });
  }
  return out;
}
