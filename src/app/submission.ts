import type { RawAnswers } from '../domain/forms/answers';

/** One form response, however it reached us (trigger event, reconciler, CSV import, local twin). */
export interface Submission {
  formKey: string;
  submittedAt: Date;
  /** Raw answers keyed by question title. */
  answers: RawAnswers;
  /** Where the raw response sits, so the worker can find it from the review tab. */
  responseTab: string;
  /** 1-based row in the response tab; undefined when the event did not say. */
  responseRow?: number;
}

export type IntakeOutcome =
  | { kind: 'blank' }
  | { kind: 'busy' }
  | { kind: 'duplicate'; key: string; caseRef?: string }
  | { kind: 'review'; key: string; reasons: string[] }
  | { kind: 'registered'; key: string; caseRef: string; mail: string; resumed: boolean };
