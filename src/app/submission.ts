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
  | { kind: 'review'; key: string; reasons: string[]; candidates?: string[] }
  | { kind: 'registered'; key: string; caseRef: string; mail: string; resumed: boolean; linked?: boolean }
  /** A form that records something other than a household (donation, field log). */
  | { kind: 'recorded'; key: string; ref: string; resumed: boolean; mail?: string };

/** How a submission is taken in when it does not come straight from a form (re-processing a review row). */
export interface IntakeOptions {
  /** The key of the original response (the corrected answers keep the identity of the raw row). */
  key?: string;
  /** Set when a corrected review row is re-processed: nothing new goes to the review tab, the caller updates it. */
  fromReview?: boolean;
  /** The worker's decision for an uncertain match: a case reference, or "nieuw" for a new case. */
  linkTo?: string;
}
