import type { FormDefinition } from '../../../forms/types';
import { parseDay } from '../common/day';
import { answerText, type RawAnswers } from '../forms/answers';

/** FNV-1a over UTF-16 code units with two seeds at once (64 bits). Pure, so Node and Apps Script agree. */
function fnv1a64(text: string, seed1: number, seed2: number): string {
  let first = seed1 >>> 0;
  let second = seed2 >>> 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    first = Math.imul(first ^ code, 0x01000193) >>> 0;
    second = Math.imul(second ^ code, 0x01000193) >>> 0;
  }
  return first.toString(16).padStart(8, '0') + second.toString(16).padStart(8, '0');
}

/**
 * The identity of one form response, the same whichever way it reaches us (spreadsheet trigger, form
 * trigger, reconciler reading the response tab): form, submit time to the second, and a hash of the answers.
 * A response delivered twice therefore gets the same key. Only the form's own questions count, dates count as
 * the day (whichever way they are written), and empty
 * answers are left out: a form-trigger event omits unanswered questions, the response tab has them empty.
 */
export function submissionKey(form: FormDefinition, submittedAt: Date, answers: RawAnswers): string {
  // "title\u0000answer" per non-empty answer, joined by \u0001 (one pass: the twin keys 20,000 rows a month).
  let canonical = '';
  for (const q of form.questions) {
    const text = answerText(answers[q.title]).trim();
    // A date answer reads "2026-11-24" from the form, "24/11/2026" or "11/24/2026"-as-a-Date from the sheet:
    // the day counts, not how it was written.
    const value = q.kind === 'date' ? (parseDay(text) ?? text) : text;
    if (value === '') continue;
    canonical += canonical === '' ? `${q.title}\u0000${value}` : `\u0001${q.title}\u0000${value}`;
  }
  const seconds = Math.round(submittedAt.getTime() / 1000);
  return `${form.key}-${seconds}-${fnv1a64(canonical, 0x811c9dc5, 0x2f1b5a3d)}`;
}
