import type { Submission } from '../app/submission';
import { formatIsoDay } from '../domain/common/day';
import type { RawAnswers } from '../domain/forms/answers';
import type { Properties } from '../ports';
import { formById, formIdFromUrl } from './formIds';

type SheetEvent = GoogleAppsScript.Events.SheetsOnFormSubmit;
type FormEvent = GoogleAppsScript.Events.FormsOnFormSubmit;

/**
 * Why an event could not be taken in (logged with the event's row, never the answers), or the submission.
 * Nothing here depends on the spreadsheet's language: the form is found by the id in the response tab's
 * form URL, the submit time is the Date in the row, and a date answer is read from its Date cell, not from
 * the locale-formatted text in `namedValues`.
 */
export type EventReading =
  | { kind: 'submission'; submission: Submission }
  | { kind: 'not-ours'; reason: string; detail?: Record<string, string | number> };

function fromSheetEvent(e: SheetEvent, props: Properties): EventReading {
  const sheet = e.range.getSheet();
  const formId = formIdFromUrl(sheet.getFormUrl());
  const form = formById(formId, props);
  const row = e.range.getRow();
  if (!form) {
    return { kind: 'not-ours', reason: formId ? 'unknown-form' : 'not-a-response-tab', detail: { row } };
  }
  const cells = e.range.getValues()[0] ?? [];
  const texts = (e.values ?? []).map((v) => String(v ?? ''));
  // Text of a cell in the event → the Date that cell holds (timestamp, date answers).
  const dates = new Map<string, Date>();
  cells.forEach((cell, i) => {
    if (cell instanceof Date && texts[i] !== undefined) dates.set(texts[i], cell);
  });
  const titles = new Set(form.questions.map((q) => q.title));
  const dateTitles = new Set(form.questions.filter((q) => q.kind === 'date').map((q) => q.title));
  const answers: Record<string, string> = {};
  let stampCell: Date | undefined;
  for (const [title, values] of Object.entries(e.namedValues ?? {})) {
    const text = (values ?? []).filter((v) => v !== '').join(', ');
    const date = dates.get(text);
    // The one column that is not a question and holds a Date is the timestamp, whatever its header's language.
    if (!titles.has(title) && date && !stampCell) stampCell = date;
    else answers[title] = dateTitles.has(title) && date ? formatIsoDay(date) : text;
  }
  stampCell = stampCell ?? cells.find((cell): cell is Date => cell instanceof Date);
  if (!stampCell) return { kind: 'not-ours', reason: 'no-timestamp', detail: { row } };
  return {
    kind: 'submission',
    submission: { formKey: form.key, submittedAt: stampCell, answers, responseTab: form.responseTab, responseRow: row },
  };
}

function fromFormEvent(e: FormEvent, props: Properties): EventReading {
  const formId = e.source.getId();
  const form = formById(formId, props);
  if (!form) return { kind: 'not-ours', reason: 'unknown-form' };
  const answers: Record<string, string | string[]> = {};
  for (const item of e.response.getItemResponses()) {
    const value = item.getResponse() as string | string[];
    answers[item.getItem().getTitle()] = value;
  }
  return {
    kind: 'submission',
    submission: {
      formKey: form.key,
      submittedAt: new Date(e.response.getTimestamp().getTime()),
      answers: answers as RawAnswers,
      responseTab: form.responseTab,
    },
  };
}

/**
 * Both event shapes: the spreadsheet trigger (namedValues, values, range) and the form trigger
 * (response, source). Events that are not ours or carry nothing to work with say why.
 */
export function readEvent(e: unknown, props: Properties): EventReading {
  if (!e || typeof e !== 'object') return { kind: 'not-ours', reason: 'no-event' };
  const event = e as Partial<SheetEvent> & Partial<FormEvent>;
  if (event.response && typeof event.response.getItemResponses === 'function')
    return fromFormEvent(event as FormEvent, props);
  if (event.range && event.namedValues) return fromSheetEvent(event as SheetEvent, props);
  return { kind: 'not-ours', reason: 'not-a-form-submit' };
}

/** The submission in an event, or null when there is none (see `readEvent` for why). */
export function submissionFromEvent(e: unknown, props: Properties): Submission | null {
  const reading = readEvent(e, props);
  return reading.kind === 'submission' ? reading.submission : null;
}
