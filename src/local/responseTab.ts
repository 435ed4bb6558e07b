import type { FormDefinition } from '../../forms/types';
import { TIMESTAMP_HEADER } from '../../forms/types';
import { readSubmissions, stampColumns, stampOf, submissionOfRow } from '../app/responseRows';
import { answerText, type RawAnswers } from '../domain/forms/answers';
import { submissionKey } from '../domain/intake/submissionKey';
import type { Tables } from '../ports';

/** The headers Google Forms gives a linked response tab: the timestamp, then every question title. */
export function responseHeaders(form: FormDefinition): string[] {
  return [TIMESTAMP_HEADER, ...form.questions.map((q) => q.title)];
}

export interface Response {
  timestamp: Date;
  answers: RawAnswers;
}

/**
 * Does locally what a linked Google Form does: appends each response as a row of the response tab.
 * A response already in the tab (same key) is not appended again, so a rerun adds nothing. Keys hold the submit
 * second, so only rows sent in the same second as a new response are keyed (not the 20,000 rows of earlier months).
 */
export function deliverResponses(tables: Tables, form: FormDefinition, responses: readonly Response[]): number {
  tables.ensureTab({ name: form.responseTab, headers: responseHeaders(form), frozenRows: 1 });
  const keys = responses.map((r) => submissionKey(form, r.timestamp, r.answers));
  const seconds = new Set(responses.map((r) => Math.round(r.timestamp.getTime() / 1000)));
  const snapshot = tables.read(form.responseTab);
  const stamps = stampColumns(snapshot.headers, form);
  const present = new Set<string>();
  for (const row of snapshot.rows) {
    const stamp = stampOf(row, stamps);
    if (!stamp || !seconds.has(Math.round(stamp.getTime() / 1000))) continue;
    const s = submissionOfRow(form, row, stamp);
    present.add(submissionKey(form, s.submittedAt, s.answers));
  }
  const fresh = responses.filter((_, i) => !present.has(keys[i]));
  tables.append(
    form.responseTab,
    fresh.map((r) => {
      const row: Record<string, string | Date> = { [TIMESTAMP_HEADER]: r.timestamp };
      for (const q of form.questions) row[q.title] = answerText(r.answers[q.title]);
      return row;
    }),
  );
  return fresh.length;
}

export { readSubmissions };
