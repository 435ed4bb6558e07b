import { TIMESTAMP_HEADERS } from '../app/responseRows';
import type { Submission } from '../app/submission';
import type { RawAnswers } from '../domain/forms/answers';
import { FORMS, formByResponseTab } from '../domain/forms/registry';
import type { Properties } from '../ports';
import { formIdProperty } from './formBuilder';

const TIMESTAMP_TITLES = new Set(TIMESTAMP_HEADERS);

type SheetEvent = GoogleAppsScript.Events.SheetsOnFormSubmit;
type FormEvent = GoogleAppsScript.Events.FormsOnFormSubmit;

/** "27/11/2026 17:21:08" (the namedValues timestamp) → Date, when the cell value is not a Date. */
function parseTimestamp(text: string): Date | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2}):(\d{2})$/.exec(text.trim());
  return m ? new Date(+m[3], +m[2] - 1, +m[1], +m[4], +m[5], +m[6]) : null;
}

function fromSheetEvent(e: SheetEvent): Submission | null {
  const sheet = e.range.getSheet();
  const tab = sheet.getName();
  const form = formByResponseTab(tab);
  if (!form) return null;
  const answers: Record<string, string> = {};
  let stamp = '';
  for (const [title, values] of Object.entries(e.namedValues ?? {})) {
    const text = (values ?? []).filter((v) => v !== '').join(', ');
    if (TIMESTAMP_TITLES.has(title)) stamp = text;
    else answers[title] = text;
  }
  const first = e.range.getValues()[0]?.[0];
  const submittedAt = first instanceof Date ? first : parseTimestamp(stamp);
  if (!submittedAt) return null;
  return { formKey: form.key, submittedAt, answers, responseTab: tab, responseRow: e.range.getRow() };
}

function fromFormEvent(e: FormEvent, props: Properties): Submission | null {
  const formId = e.source.getId();
  const form = FORMS.find((f) => props.get(formIdProperty(f.key)) === formId);
  if (!form) return null;
  const answers: Record<string, string | string[]> = {};
  for (const item of e.response.getItemResponses()) {
    const value = item.getResponse() as string | string[];
    answers[item.getItem().getTitle()] = value;
  }
  return {
    formKey: form.key,
    submittedAt: new Date(e.response.getTimestamp().getTime()),
    answers: answers as RawAnswers,
    responseTab: form.responseTab,
  };
}

/**
 * Both event shapes: the spreadsheet trigger (namedValues, values, range) and the form trigger
 * (response, source). Returns null for events that are not ours or carry nothing to work with.
 */
export function submissionFromEvent(e: unknown, props: Properties): Submission | null {
  if (!e || typeof e !== 'object') return null;
  const event = e as Partial<SheetEvent> & Partial<FormEvent>;
  if (event.response && typeof event.response.getItemResponses === 'function')
    return fromFormEvent(event as FormEvent, props);
  if (event.range && event.namedValues) return fromSheetEvent(event as SheetEvent);
  return null;
}
