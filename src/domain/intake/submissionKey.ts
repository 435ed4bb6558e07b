import type { FormDefinition } from '../../../forms/types';
import { parseDay } from '../common/day';
import { answerText, type RawAnswers } from '../forms/answers';

/** FNV-1a over UTF-16 code units, seeded; two seeds give 64 bits. Pure, so Node and Apps Script agree. */
function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The identity of one form response, the same whichever way it reaches us (spreadsheet trigger, form
 * trigger, reconciler reading the response tab): form, submit time to the second, and a hash of the answers.
 * A response delivered twice therefore gets the same key. Only the form's own questions count, dates count as
 * the day (whichever way they are written), and empty
 * answers are left out: a form-trigger event omits unanswered questions, the response tab has them empty.
 */
export function submissionKey(form: FormDefinition, submittedAt: Date, answers: RawAnswers): string {
  const canonical = form.questions
    .map((q) => {
      const text = answerText(answers[q.title]).trim();
      // A date answer reads "2026-11-24" from the form, "24/11/2026" or "11/24/2026"-as-a-Date from the sheet:
      // the day counts, not how it was written.
      return [q.title, q.kind === 'date' ? (parseDay(text) ?? text) : text];
    })
    .filter(([, value]) => value !== '')
    .map(([title, value]) => `${title}\u0000${value}`)
    .join('\u0001');
  const seconds = Math.round(submittedAt.getTime() / 1000);
  return `${form.key}-${seconds}-${fnv1a(canonical, 0x811c9dc5)}${fnv1a(canonical, 0x2f1b5a3d)}`;
}
