import fc from 'fast-check';
import { fieldLogForm } from '../../forms/fieldLog';
import { referralForm } from '../../forms/referral';
import { registrationForm } from '../../forms/registration';
import type { FormDefinition } from '../../forms/types';
import { readSubmissions } from '../../src/app/responseRows';
import { parseDay } from '../../src/domain/common/day';
import { answerText, type RawAnswers } from '../../src/domain/forms/answers';
import { FORMS } from '../../src/domain/forms/registry';
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

/**
 * The key as computed before the title code units were cached and two code units hashed per turn (a class that
 * feeds each piece through `charCodeAt`, states kept unsigned): kept verbatim as a second reference.
 */
class StreamingFnv1a64 {
  private first: number;
  private second: number;

  constructor(seed1: number, seed2: number) {
    this.first = seed1 >>> 0;
    this.second = seed2 >>> 0;
  }

  add(text: string): void {
    let first = this.first;
    let second = this.second;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      first = Math.imul(first ^ code, 0x01000193) >>> 0;
      second = Math.imul(second ^ code, 0x01000193) >>> 0;
    }
    this.first = first;
    this.second = second;
  }

  hex(): string {
    return this.first.toString(16).padStart(8, '0') + this.second.toString(16).padStart(8, '0');
  }
}

function streamingKey(form: FormDefinition, submittedAt: Date, answers: RawAnswers): string {
  const hash = new StreamingFnv1a64(0x811c9dc5, 0x2f1b5a3d);
  let first = true;
  for (const q of form.questions) {
    const text = answerText(answers[q.title]).trim();
    const value = q.kind === 'date' ? (parseDay(text) ?? text) : text;
    if (value === '') continue;
    if (!first) hash.add('\u0001');
    hash.add(q.title);
    hash.add('\u0000');
    hash.add(value);
    first = false;
  }
  const seconds = Math.round(submittedAt.getTime() / 1000);
  return `${form.key}-${seconds}-${hash.hex()}`;
}

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnitArb = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
/** Every kind of white space `trim` removes, and none. */
const spaceArb = fc.constantFrom('', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2028', '\u3000', '\ufeff', '\v');

/** A day in every form `parseDay` accepts (and impossible or malformed ones), with white space around it. */
const dateArb = fc
  .record({
    year: fc.integer({ min: 1899, max: 2101 }),
    month: fc.integer({ min: 0, max: 13 }),
    day: fc.integer({ min: 0, max: 32 }),
    yearFirst: fc.boolean(),
    padded: fc.boolean(),
    separators: fc.tuple(fc.constantFrom('-', '/', '.', ' '), fc.constantFrom('-', '/', '.', ' ')),
    before: spaceArb,
    after: spaceArb,
  })
  .map(({ year, month, day, yearFirst, padded, separators: [a, b], before, after }) => {
    const pad = (n: number) => (padded ? String(n).padStart(2, '0') : String(n));
    const text = yearFirst ? `${year}${a}${pad(month)}${b}${pad(day)}` : `${pad(day)}${a}${pad(month)}${b}${year}`;
    return `${before}${text}${after}`;
  });

const textArb = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    'Jan',
    ' Peeters ',
    '24/11/2026',
    '2026-11-24',
    '31/02/2026',
    'één',
    '\u0000x',
    '😀',
    '\u0001',
  ),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: codeUnitArb, maxLength: 20 }),
  fc.tuple(spaceArb, fc.string({ unit: 'grapheme', maxLength: 30 }), spaceArb).map(([a, text, b]) => a + text + b),
  spaceArb,
  dateArb,
);

const answerArb = fc.oneof(
  textArb,
  fc.array(fc.oneof(fc.constantFrom('Een laptop', 'Goedkoper internet', '', ' '), textArb), { maxLength: 4 }),
);

/** Answers by title: some questions missing, some answers keyed by a title the form does not have. */
function answersArb(form: FormDefinition): fc.Arbitrary<RawAnswers> {
  return fc
    .record({
      values: fc.array(fc.option(answerArb, { nil: undefined }), {
        minLength: form.questions.length,
        maxLength: form.questions.length,
      }),
      extra: fc.dictionary(fc.string({ maxLength: 8 }), answerArb, { maxKeys: 2 }),
    })
    .map(({ values, extra }) => {
      // No prototype: a title such as "constructor" or "__proto__" is just a title.
      const answers: Record<string, string | string[]> = Object.create(null);
      for (const [title, value] of Object.entries(extra)) answers[title] = value as string | string[];
      form.questions.forEach((q, i) => {
        const value = values[i];
        if (value !== undefined) answers[q.title] = value;
        else delete answers[q.title];
      });
      return answers;
    });
}

const timeArb = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }).map((ms) => new Date(ms));

/** A form of any shape: titles of any length and characters (empty, odd and even lengths), date questions. */
const formArb: fc.Arbitrary<FormDefinition> = fc
  .record({
    key: fc.string({ maxLength: 6 }),
    questions: fc.uniqueArray(
      fc.record({
        title: fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: codeUnitArb, maxLength: 9 })),
        kind: fc.constantFrom('text' as const, 'date' as const),
      }),
      { selector: (q) => q.title, maxLength: 8 },
    ),
  })
  .map(({ key, questions }) => ({
    key,
    title: 'Formulier',
    description: '',
    confirmation: '',
    responseTab: 'Antwoorden',
    questions: questions.map((q, i) =>
      q.kind === 'date'
        ? { id: `q${i}`, kind: 'date' as const, title: q.title, required: false }
        : {
            id: `q${i}`,
            kind: 'text' as const,
            title: q.title,
            required: false,
            check: 'plain' as const,
            maxLength: 99,
          },
    ),
  }));

describe('submission keys', () => {
  it('are the same as the plain computation and the streaming one (every form, dates, empty and list answers)', () => {
    for (const form of FORMS) {
      fc.assert(
        fc.property(answersArb(form), timeArb, (answers, at) => {
          const key = submissionKey(form, at, answers);
          expect(key).toBe(plainKey(form, at, answers));
          expect(key).toBe(streamingKey(form, at, answers));
        }),
        { numRuns: 300 },
      );
    }
  });

  it('are the same as the plain computation for forms of any shape, asked again and again', () => {
    fc.assert(
      fc.property(
        formArb.chain((form) =>
          fc.tuple(fc.constant(form), fc.array(answersArb(form), { minLength: 1, maxLength: 3 })),
        ),
        timeArb,
        ([form, list], at) => {
          for (const answers of list) {
            expect(submissionKey(form, at, answers)).toBe(plainKey(form, at, answers));
            expect(submissionKey(form, at, answers)).toBe(streamingKey(form, at, answers));
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('keep the keys stored in sheets (fixed examples, as the first implementation computed them)', () => {
    const at = new Date(Date.UTC(2026, 10, 24, 9, 30, 12, 600));
    const log = { Datum: ' 24-11-2026 ', 'Welke actie?': ['Infosessie', ' '], 'Uw naam': 'één 😀 Peeters' };
    expect(submissionKey(fieldLogForm, at, log)).toBe('veldwerk-1795512613-1f1ec61d3feef475');
    const referral = {
      'Uw organisatie': 'CAW Oost-Vlaanderen',
      'Uw naam': ' An ',
      'Waarmee heeft het gezin hulp nodig?': ['Een laptop', 'Goedkoper internet'],
    };
    expect(submissionKey(referralForm, at, referral)).toBe('doorverwijzing-1795512613-fcace9645089bbec');
    expect(submissionKey(referralForm, at, {})).toBe('doorverwijzing-1795512613-811c9dc52f1b5a3d');
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
