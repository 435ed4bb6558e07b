import type { ConfirmQuestion, FormDefinition, Question } from '../../../forms/types';

/** A raw answer as Google Forms delivers it: text, or a list for checkboxes. */
export type RawAnswer = string | readonly string[];
/** Raw answers keyed by question title (the response-tab header). */
export type RawAnswers = Readonly<Record<string, RawAnswer | undefined>>;

type Output<Q extends Question> = Q extends { kind: 'multi' } ? string[] : Q extends ConfirmQuestion ? boolean : string;

/** The typed, normalised answers of a form, keyed by question id. Optional empty answers are ''. */
export type AnswersOf<F extends FormDefinition> = {
  [Q in F['questions'][number] as Q['id']]: Output<Q>;
};

/** One answer as text, the way the response tab shows it (lists joined with ", "). */
export function answerText(value: RawAnswer | undefined): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : value.join(', ');
}

/** True when every answer is empty: a blank event Google sometimes delivers. */
export function isBlank(answers: RawAnswers): boolean {
  return Object.values(answers).every((value) => answerText(value).trim() === '');
}
