import type { FormDefinition } from '../../forms/types';
import { cellText } from '../domain/common/table';
import { FORMS } from '../domain/forms/registry';
import { answersFromText } from '../domain/intake/reviewAnswers';
import { submissionKey } from '../domain/intake/submissionKey';
import { REVIEW } from '../domain/tabs';
import type { Ports, StoredRow } from '../ports';
import { processSubmission } from './processSubmission';
import { readSubmissions } from './responseRows';
import { REVIEW_STATUS } from './reviewQueue';
import type { IntakeOutcome, Submission } from './submission';

export interface ReprocessResult {
  /** Review rows now taken in (status "Verwerkt"). */
  done: number;
  /** Rows still refused: back to "Open" with the new reason. */
  stillOpen: number;
  /** Rows left as they were (busy lock, unknown form). */
  skipped: number;
}

/**
 * The corrected answers of a review row: the review cell, unless the worker left it as it was and corrected
 * the raw response row instead.
 */
function correctedSubmission(ports: Ports, form: FormDefinition, row: StoredRow, key: string): Submission | null {
  const submittedAt = row.values['Ontvangen op'];
  if (!(submittedAt instanceof Date)) return null;
  const tab = cellText(row.values.Antwoordtab) || form.responseTab;
  const rawRow = Number(cellText(row.values['Rij in antwoordtab'])) || undefined;
  const fromText = answersFromText(form, cellText(row.values.Antwoorden));
  const sub: Submission = { formKey: form.key, submittedAt, answers: fromText, responseTab: tab, responseRow: rawRow };
  if (rawRow === undefined || submissionKey(form, submittedAt, fromText) !== key) return sub;
  const raw = readSubmissions(ports.tables, form).find((s) => s.responseRow === rawRow);
  return raw ? { ...sub, answers: raw.answers } : sub;
}

function resultRef(outcome: IntakeOutcome): string | undefined {
  if (outcome.kind === 'registered') return outcome.caseRef;
  if (outcome.kind === 'recorded') return outcome.ref;
  if (outcome.kind === 'duplicate') return outcome.caseRef ?? '';
  return undefined;
}

/**
 * Menu action: takes in the review rows the worker marked "Opnieuw verwerken", each once, with the answers
 * she corrected and the case she chose. A row that is taken in becomes "Verwerkt" with the resulting
 * reference; one that is still refused goes back to "Open" with the new reason. Nothing is deleted.
 */
export function reprocessReview(ports: Ports): ReprocessResult {
  const { tables, audit } = ports;
  const result: ReprocessResult = { done: 0, stillOpen: 0, skipped: 0 };
  const marked = tables
    .read(REVIEW.name)
    .rows.filter((row) => cellText(row.values.Status).toLowerCase() === REVIEW_STATUS.redo.toLowerCase());
  for (const row of marked) {
    const form = FORMS.find((f) => f.title === cellText(row.values.Formulier));
    const key = cellText(row.values['Antwoord-ID']);
    const sub = form && key ? correctedSubmission(ports, form, row, key) : null;
    if (!sub) {
      result.skipped++;
      continue;
    }
    const outcome = processSubmission(ports, sub, {
      key,
      fromReview: true,
      linkTo: cellText(row.values['Koppelen aan dossier']),
    });
    const ref = resultRef(outcome);
    if (ref !== undefined) {
      tables.update(REVIEW.name, row.rowNumber, { Status: REVIEW_STATUS.done, Resultaat: ref });
      result.done++;
    } else if (outcome.kind === 'review') {
      tables.update(REVIEW.name, row.rowNumber, {
        Status: REVIEW_STATUS.open,
        Reden: outcome.reasons.join('\n'),
        'Kandidaat-dossiers': (outcome.candidates ?? []).join('\n') || cellText(row.values['Kandidaat-dossiers']),
      });
      result.stillOpen++;
    } else result.skipped++;
  }
  audit.log('review.reprocessed', { ...result });
  return result;
}
