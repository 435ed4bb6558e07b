/** Test-side form submission: what happens when a respondent presses "Verzenden". */
import type { Core } from './core';
import type { FakeForm } from './form';
import { fakeId } from './form-app';
import { FakeFormResponse, FakeItemResponse } from './form-response';
import { dateAnswerText, timestampText } from './locale';
import type { FakeTrigger } from './script';
import type { FakeSpreadsheet } from './spreadsheet';

export type Answers = Record<string, string | string[]>;

export interface SubmitOptions {
  timestamp?: Date;
  /** Respondent e-mail, used when the form collects e-mail addresses. */
  email?: string;
  /**
   * Skip the form's own checks (required, e-mail validation), as for a response whose validation the worker
   * removed from the live form, or answers that reach the response tab another way.
   */
  skipValidation?: boolean;
}

/** One trigger invocation: re-deliver it with `world.deliver(e)` to simulate a duplicate. */
export interface DeliveredEvent {
  functionName: string;
  triggerUid: string;
  event: Record<string, unknown>;
  /** The person whose action fired it (an edit); absent for respondents and time-driven triggers. */
  actor?: string;
}

const isEmpty = (v: string | string[] | undefined) => v === undefined || v === '' || (Array.isArray(v) && !v.length);

/** Validates the answers like the live form would, stores the response and writes the sheet row. */
export function recordResponse(core: Core, form: FakeForm, answers: Answers, opts: SubmitOptions, email: string) {
  if (!form.isPublished()) throw new Error(`Form "${form.getTitle()}" is not published: nobody can open it`);
  if (!form.isAcceptingResponses()) throw new Error(`Form "${form.getTitle()}" is not accepting responses`);
  const questions = form.questions();
  for (const title of Object.keys(answers)) {
    if (!questions.some((q) => q.getTitle() === title)) throw new Error(`The form has no question titled "${title}"`);
  }
  const itemResponses: FakeItemResponse[] = [];
  for (const item of questions) {
    const raw = answers[item.getTitle()];
    if (isEmpty(raw)) {
      if (item.isRequired() && !opts.skipValidation) throw new Error(`Question "${item.getTitle()}" is required`);
      continue;
    }
    const answer = item.type === 'CHECKBOX' ? ([] as string[]).concat(raw) : raw;
    const refusal = item.refusal(answer);
    if (refusal && !opts.skipValidation) throw new Error(`The form refuses the answer: ${refusal}`);
    itemResponses.push(new FakeItemResponse(core, item, Array.isArray(answer) ? [...answer] : String(answer)));
  }
  const n = core.next('response');
  const timestamp = opts.timestamp ? opts.timestamp.getTime() : core.now();
  const id = `2_ABaOnud${fakeId(`response-${n}`, '', 60)}`;
  const response = new FakeFormResponse(core, id, timestamp, itemResponses, email, form.getEditUrl());
  form.responses.push(response);
  const row = form.writeResponseRow(response);
  return { response, row };
}

/** The events Apps Script would deliver for a new response, one per matching installed trigger. */
export function formSubmitEvents(
  core: Core,
  spreadsheet: FakeSpreadsheet,
  form: FakeForm,
  response: FakeFormResponse,
  row: number | null,
  triggers: readonly FakeTrigger[],
): DeliveredEvent[] {
  const sheet = form.liveDestination();
  const events: DeliveredEvent[] = [];
  for (const trigger of triggers) {
    if (trigger.eventType !== 'ON_FORM_SUBMIT') continue;
    const base = { authMode: 'FULL', triggerUid: trigger.uid };
    if (trigger.source === 'FORMS' && trigger.sourceId === form.id) {
      const event = { ...base, response: core.expose(response), source: core.expose(form) };
      events.push({ functionName: trigger.handler, triggerUid: trigger.uid, event });
    }
    if (trigger.source === 'SPREADSHEETS' && trigger.sourceId === spreadsheet.getId() && sheet?.formLink && row) {
      const columns = [...sheet.formLink.columns.entries()].sort((a, b) => a[1] - b[1]);
      const width = Math.max(sheet.grid.lastColumn(), ...columns.map((c) => c[1]));
      const values = new Array<string>(width).fill('');
      const namedValues: Record<string, string[]> = {};
      for (const [key, column] of columns) {
        const text = answerText(core, key, response);
        values[column - 1] = text;
        namedValues[String(sheet.grid.get(1, column)?.value ?? '')] = [text];
      }
      const range = core.expose(sheet.rangeAt(row, 1, 1, width));
      const event = { ...base, namedValues, values, range, source: core.expose(spreadsheet) };
      events.push({ functionName: trigger.handler, triggerUid: trigger.uid, event });
    }
  }
  return events;
}

/** An answer as the spreadsheet's locale writes it in `e.values` / `e.namedValues`. */
function answerText(core: Core, key: string, response: FakeFormResponse): string {
  if (key === 'timestamp') return timestampText(response.timestamp, core.locale, core.spreadsheetTimeZone);
  if (key === 'email') return response.email;
  const found = response.itemResponses.find((r) => String(r.item.getId()) === key);
  const answer = found?.answer ?? '';
  if (found?.item.type === 'DATE' && typeof answer === 'string') return dateAnswerText(answer, core.locale);
  return Array.isArray(answer) ? answer.join(', ') : answer;
}
