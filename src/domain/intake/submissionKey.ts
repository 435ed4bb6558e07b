import type { FormDefinition, Question } from '../../../forms/types';
import { parseDay } from '../common/day';
import { answerText, type RawAnswers } from '../forms/answers';

/** The FNV-1a prime (32 bits). */
const PRIME = 0x01000193;
/** The two seeds of the 64-bit hash: two 32-bit FNV-1a hashes of the same text, side by side. */
const SEED_1 = 0x811c9dc5;
const SEED_2 = 0x2f1b5a3d;

/**
 * What the key needs of a form's questions, in flat arrays: each title, whether it is a date question, and the
 * UTF-16 code units of "title\u0000", the part of the hashed text that never changes (most of it: ~460 of ~750
 * characters of a referral). Question objects have many shapes, so reading them per response is slow.
 */
interface KeyPlan {
  readonly titles: readonly string[];
  readonly dates: readonly boolean[];
  readonly titleUnits: readonly Int32Array[];
}

/** Per question list of a form definition (constant), its plan. */
const plans = new WeakMap<readonly Question[], KeyPlan>();

function planOf(questions: readonly Question[]): KeyPlan {
  let plan = plans.get(questions);
  if (!plan) {
    plan = {
      titles: questions.map((q) => q.title),
      dates: questions.map((q) => q.kind === 'date'),
      titleUnits: questions.map((q) => {
        const text = `${q.title}\u0000`;
        const units = new Int32Array(text.length);
        for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
        return units;
      }),
    };
    plans.set(questions, plan);
  }
  return plan;
}

/**
 * `value.charCodeAt(i)` looks the method up on the string, and answers come as strings of many internal kinds
 * (sliced from a sheet's XML, joined, literal): that look-up then goes generic and costs more than the hashing.
 * Calling the one function directly does not depend on the kind of string.
 */
const charCodeAt = String.prototype.charCodeAt;

/** Two hex digits per byte value ("00" … "ff"). */
const HEX_BYTES: readonly string[] = Array.from(
  { length: 256 },
  (_, byte) => (byte < 16 ? '0' : '') + byte.toString(16),
);

/** 32 bits as 8 hex digits, as `(state >>> 0).toString(16).padStart(8, '0')` without a number-to-text conversion. */
function hex8(state: number): string {
  return (
    HEX_BYTES[(state >>> 24) & 255] +
    HEX_BYTES[(state >>> 16) & 255] +
    HEX_BYTES[(state >>> 8) & 255] +
    HEX_BYTES[state & 255]
  );
}

/**
 * The identity of one form response, the same whichever way it reaches us (spreadsheet trigger, form
 * trigger, reconciler reading the response tab): form, submit time to the second, and a hash of the answers.
 * A response delivered twice therefore gets the same key. Only the form's own questions count, dates count as
 * the day (whichever way they are written), and empty
 * answers are left out: a form-trigger event omits unanswered questions, the response tab has them empty.
 *
 * The hash is FNV-1a over the UTF-16 code units of "title\u0000answer" per non-empty answer, joined by \u0001,
 * with two seeds (64 bits), fed piece by piece without building that text (the twin keys 20,000 rows a month).
 * `Math.imul` only sees the low 32 bits, so the states stay signed 32-bit integers until the hex at the end;
 * two code units per turn halve V8's loop overhead. Pure, so Node and Apps Script agree.
 */
export function submissionKey(form: FormDefinition, submittedAt: Date, answers: RawAnswers): string {
  const { titles, dates, titleUnits } = planOf(form.questions);
  let first = SEED_1 | 0;
  let second = SEED_2 | 0;
  let empty = true;
  for (let q = 0; q < titles.length; q++) {
    const text = answerText(answers[titles[q]]).trim();
    // A date answer reads "2026-11-24" from the form, "24/11/2026" or "11/24/2026"-as-a-Date from the sheet:
    // the day counts, not how it was written.
    const value = dates[q] ? (parseDay(text) ?? text) : text;
    if (value === '') continue;
    if (!empty) {
      first = Math.imul(first ^ 1, PRIME);
      second = Math.imul(second ^ 1, PRIME);
    }
    const title = titleUnits[q];
    const titleLength = title.length;
    let i = 0;
    for (; i + 1 < titleLength; i += 2) {
      const a = title[i];
      const b = title[i + 1];
      first = Math.imul(Math.imul(first ^ a, PRIME) ^ b, PRIME);
      second = Math.imul(Math.imul(second ^ a, PRIME) ^ b, PRIME);
    }
    if (i < titleLength) {
      const a = title[i];
      first = Math.imul(first ^ a, PRIME);
      second = Math.imul(second ^ a, PRIME);
    }
    const valueLength = value.length;
    i = 0;
    for (; i + 1 < valueLength; i += 2) {
      const a = charCodeAt.call(value, i);
      const b = charCodeAt.call(value, i + 1);
      first = Math.imul(Math.imul(first ^ a, PRIME) ^ b, PRIME);
      second = Math.imul(Math.imul(second ^ a, PRIME) ^ b, PRIME);
    }
    if (i < valueLength) {
      const a = charCodeAt.call(value, i);
      first = Math.imul(first ^ a, PRIME);
      second = Math.imul(second ^ a, PRIME);
    }
    empty = false;
  }
  const seconds = Math.round(submittedAt.getTime() / 1000);
  return `${form.key}-${seconds}-${hex8(first)}${hex8(second)}`;
}
