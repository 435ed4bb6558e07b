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
 * A response delivered twice therefore gets the same key.
 */
export function submissionKey(formKey: string, submittedAt: Date, answers: RawAnswers): string {
  const canonical = Object.keys(answers)
    .sort()
    .map((title) => `${title}\u0000${answerText(answers[title]).trim()}`)
    .join('\u0001');
  const seconds = Math.round(submittedAt.getTime() / 1000);
  return `${formKey}-${seconds}-${fnv1a(canonical, 0x811c9dc5)}${fnv1a(canonical, 0x2f1b5a3d)}`;
}
