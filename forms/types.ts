/**
 * The shape of a form definition. One file per Google Form in `forms/` is the single source of truth:
 * `setup` builds the Google Form from it, `src/domain/forms/schema.ts` derives the zod schema from it,
 * and `npm run docs` writes the question table in `docs/formulieren.md` from it.
 */

/** How a free-text answer is checked and normalised. */
export type TextCheck =
  | 'name'
  | 'email'
  | 'phone'
  | 'postcode'
  | 'municipality'
  | 'street'
  | 'plain'
  /** A whole number from 0 up (people reached, leaflets, devices). */
  | 'count';

/** Where the choices of a question come from: fixed in the definition, or a column of a tab the worker edits. */
export type ChoiceSource =
  | { readonly kind: 'fixed'; readonly values: readonly string[] }
  | { readonly kind: 'tab'; readonly tab: string; readonly column: string; readonly fallback: readonly string[] };

interface QuestionBase {
  /** Field name in code (English, camelCase). */
  readonly id: string;
  /** The question as the person filling in the form reads it (Dutch). Also the response-tab header. */
  readonly title: string;
  readonly help?: string;
  readonly required: boolean;
}

export interface TextQuestion extends QuestionBase {
  readonly kind: 'text' | 'paragraph';
  readonly check: TextCheck;
  /** Longest answer accepted (characters). */
  readonly maxLength: number;
}

export interface ChoiceQuestion extends QuestionBase {
  /** single: one choice (radio); list: one choice from a dropdown; multi: checkboxes. */
  readonly kind: 'single' | 'list' | 'multi';
  readonly choices: ChoiceSource;
  /** Adds Google Forms' "Andere:" option with a free-text answer. */
  readonly other?: boolean;
}

/** A required single checkbox: the person confirms a statement. */
export interface ConfirmQuestion extends QuestionBase {
  readonly kind: 'confirm';
  readonly statement: string;
  readonly required: true;
}

/** A calendar day (Google Forms date item). Normalised to dd/mm/jjjj. */
export interface DateQuestion extends QuestionBase {
  readonly kind: 'date';
}

export type Question = TextQuestion | ChoiceQuestion | ConfirmQuestion | DateQuestion;

export interface FormDefinition {
  /** Stable key in code and in script properties. */
  readonly key: string;
  readonly title: string;
  readonly description: string;
  /** Shown after sending. */
  readonly confirmation: string;
  /** The name the raw response tab gets after `setup` links the form. */
  readonly responseTab: string;
  readonly questions: readonly Question[];
}

/** Google Forms puts the timestamp first in the response tab under this header (Dutch locale). */
export const TIMESTAMP_HEADER = 'Tijdstempel';
