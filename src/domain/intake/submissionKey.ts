import type { FormDefinition } from '../../../forms/types';
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
 * A response delivered twice therefore gets the same key. Only the form's own questions count, and empty
 * answers are left out: a form-trigger event omits unanswered questions, the response tab has them empty.
 */
export function submissionKey(form: FormDefinition, submittedAt: Date, answers: RawAnswers): string {
  const canonical = form.questions
    .map((q) => [q.title, answerText(answers[q.title]).trim()])
    .filter(([, value]) => value !== '')
    .map(([title, value]) => `${title}\u0000${value}`)
    .join('\u0001');
  const seconds = Math.round(submittedAt.getTime() / 1000);
  return `${form.key}-${seconds}-${fnv1a(canonical, 0x811c9dc5)}${fnv1a(canonical, 0x2f1b5a3d)}`;
}
