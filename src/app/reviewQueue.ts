import { firstRowWhere } from '../domain/common/table';
import { candidateLine } from '../domain/intake/matchTexts';
import { answersToText } from '../domain/intake/reviewAnswers';
import { REVIEW } from '../domain/tabs';
import type { Tables } from '../ports';
import type { Submission } from './submission';

/**
 * Status of a review row. The worker sets "Opnieuw verwerken" after correcting the answers (or choosing a
 * case in "Koppelen aan dossier"); the menu action then takes the row in and sets "Verwerkt".
 */
export const REVIEW_STATUS = { open: 'Open', redo: 'Opnieuw verwerken', done: 'Verwerkt' } as const;

export interface ReviewCandidate {
  caseRef: string;
  /** Who the case is, what matched and what differs (Dutch). */
  reason: string;
}

/** True when this response already has a row in Te controleren (refused or waiting for the worker). */
export function inReview(tables: Tables, key: string): boolean {
  return Boolean(firstRowWhere(tables.read(REVIEW.name), 'Antwoord-ID', key));
}

export function candidatesText(candidates: readonly ReviewCandidate[]): string {
  return candidates.map(candidateLine).join('\n');
}

/** Puts a refused or uncertain submission in Te controleren with its reasons; the raw answers are kept in full. */
export function sendToReview(
  tables: Tables,
  sub: Submission,
  key: string,
  formTitle: string,
  reasons: readonly string[],
  candidates: readonly ReviewCandidate[] = [],
): void {
  tables.append(REVIEW.name, [
    {
      'Antwoord-ID': key,
      'Ontvangen op': sub.submittedAt,
      Formulier: formTitle,
      Reden: reasons.join('\n'),
      Antwoordtab: sub.responseTab,
      'Rij in antwoordtab': sub.responseRow ?? '',
      Antwoorden: answersToText(sub.answers),
      Status: REVIEW_STATUS.open,
      'Kandidaat-dossiers': candidatesText(candidates),
    },
  ]);
}
