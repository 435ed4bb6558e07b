import fc from 'fast-check';
import { fieldLogForm } from '../../forms/fieldLog';
import { referralForm } from '../../forms/referral';
import { registrationForm } from '../../forms/registration';
import type { FormDefinition } from '../../forms/types';
import { readSubmissions } from '../../src/app/responseRows';
import { parseDay } from '../../src/domain/common/day';
import { answerText, type RawAnswers } from '../../src/domain/forms/answers';
import { submissionKey } from '../../src/domain/intake/submissionKey';
import { deliverResponses, type Response } from '../../src/local/responseTab';
import { memoryWorld } from '../support/memoryPorts';

/** The key as first written (map, filter, join, two hash passes): the one-pass version must give the same. */
function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

function plainKey(form: FormDefinition, submittedAt: Date, answers: RawAnswers): string {
  const canonical = form.questions
    .map((q) => {
      const text = answerText(answers[q.title]).trim();
      return [q.title, q.kind === 'date' ? (parseDay(text) ?? text) : text];
    })
    .filter(([, value]) => value !== '')
    .map(([title, value]) => `${title}\u0000${value}`)
    .join('\u0001');
  const seconds = Math.round(submittedAt.getTime() / 1000);
  return `${form.key}-${seconds}-${fnv1a(canonical, 0x811c9dc5)}${fnv1a(canonical, 0x2f1b5a3d)}`;
}

const FORMS_UNDER_TEST = [referralForm, registrationForm, fieldLogForm];

const answerArb = fc.oneof(
  fc.constantFrom('', ' ', 'Jan', ' Peeters ', '24/11/2026', '2026-11-24', '31/02/2026', 'één', '\u0000x', '😀'),
  fc.string({ maxLength: 12 }),
  fc.array(fc.constantFrom('Een laptop', 'Goedkoper internet', ''), { maxLength: 3 }),
);

function answersArb(form: FormDefinition): fc.Arbitrary<RawAnswers> {
  return fc
    .array(fc.option(answerArb, { nil: undefined }), {
      minLength: form.questions.length,
      maxLength: form.questions.length,
    })
    .map((values) => {
      const answers: Record<string, string | string[]> = {};
      form.questions.forEach((q, i) => {
        const value = values[i];
        if (value !== undefined) answers[q.title] = value;
      });
      return answers;
    });
}

const timeArb = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }).map((ms) => new Date(ms));

describe('submission keys', () => {
  it('are the same as the plain computation (every form, dates, empty and list answers)', () => {
    for (const form of FORMS_UNDER_TEST) {
      fc.assert(
        fc.property(answersArb(form), timeArb, (answers, at) => {
          expect(submissionKey(form, at, answers)).toBe(plainKey(form, at, answers));
        }),
        { numRuns: 300 },
      );
    }
  });
});

describe('delivering responses keys only the rows of the same second', () => {
  it('appends exactly the responses whose key is not in the tab yet, as keying every row does', () => {
    // Responses at a few seconds, some sent twice, some the same second with other answers, some half a second off.
    const base = Date.UTC(2026, 10, 3, 9, 0, 0);
    const responseArb = fc.record({
      at: fc.constantFrom(0, 400, 600, 1000, 2000, 60_000),
      answers: fc.constantFrom<RawAnswers>(
        { 'Uw voornaam': 'Jan' },
        { 'Uw voornaam': 'An' },
        { 'Uw voornaam': ' Jan ' },
      ),
    });
    fc.assert(
      fc.property(fc.array(responseArb, { maxLength: 6 }), fc.array(responseArb, { maxLength: 6 }), (first, then) => {
        const { tables } = memoryWorld();
        const asResponses = (list: typeof first): Response[] =>
          list.map((r) => ({ timestamp: new Date(base + r.at), answers: r.answers }));
        deliverResponses(tables, registrationForm, asResponses(first));
        const present = new Set(
          readSubmissions(tables, registrationForm).map((s) =>
            submissionKey(registrationForm, s.submittedAt, s.answers),
          ),
        );
        const expected = asResponses(then).filter(
          (r) => !present.has(submissionKey(registrationForm, r.timestamp, r.answers)),
        ).length;
        expect(deliverResponses(tables, registrationForm, asResponses(then))).toBe(expected);
      }),
      { numRuns: 100 },
    );
  });
});
