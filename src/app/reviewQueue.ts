import { answerText } from '../domain/forms/answers';
import { REVIEW } from '../domain/tabs';
import type { Tables } from '../ports';
import type { Submission } from './submission';

export const REVIEW_STATUS = { open: 'Open', done: 'Verwerkt' } as const;

/** Puts a refused submission in Te controleren with its reasons; the raw answers are kept in full. */
export function sendToReview(
  tables: Tables,
  sub: Submission,
  key: string,
  formTitle: string,
  reasons: readonly string[],
): void {
  const answers = Object.entries(sub.answers)
    .map(([title, value]) => `${title}: ${answerText(value)}`)
    .join('\n');
  tables.append(REVIEW.name, [
    {
      'Antwoord-ID': key,
      'Ontvangen op': sub.submittedAt,
      Formulier: formTitle,
      Reden: reasons.join('\n'),
      Antwoordtab: sub.responseTab,
      'Rij in antwoordtab': sub.responseRow ?? '',
      Antwoorden: answers,
      Status: REVIEW_STATUS.open,
    },
  ]);
}
