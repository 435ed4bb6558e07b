import {
  checkTemplates,
  findingsForRequests,
  type LettersResult,
  makeLetters,
  openBatches,
} from '../../app/letters/mergeLetters';
import { LETTER_KINDS } from '../../domain/letters/catalogue';
import { brusselsParts } from '../../domain/letters/dates';
import { LETTER_TEXTS } from '../../domain/letters/texts';
import { LockBusyError, type Ports } from '../../ports';
import { clearContinuation, scheduleContinuation } from '../intakeTriggers';
import { activeUserEmail } from '../register/handlers';
import { gasPorts } from '../services';
import { tellWorker } from '../ui';
import { DocsLetterPrinter } from './docsPrinter';
import { DocsTemplateStore, ensureTemplateDocs, type TemplateSetupReport } from './templateDocs';

/** Global names of the letters' menu items and their one continuation trigger. */
export const LETTERS_CONTINUATION = 'lettersContinue';
/** One run stays well inside the 6 minutes of an execution. */
export const LETTERS_BUDGET_MS = 4.5 * 60_000;
export const CONTINUE_AFTER_MS = 60_000;

/** Milliseconds from `now` to 07:15 (Brussels) of the next day: the e-mail quota is new by then. */
export function untilTomorrowMorning(now: Date): number {
  const p = brusselsParts(now);
  const minutes = p.hour * 60 + p.minute;
  return ((24 * 60 - minutes + 7 * 60 + 15) % (24 * 60) || 24 * 60) * 60_000;
}

export function setupLetters(ports: Ports): TemplateSetupReport {
  return ensureTemplateDocs(ports.properties);
}

function run(ports: Ports, who: string, templates = new DocsTemplateStore(ports.properties)): LettersResult | null {
  const printer = new DocsLetterPrinter(templates, ports.properties);
  try {
    const result = makeLetters(ports, { templates, printer, who }, LETTERS_BUDGET_MS);
    if (result.paused) scheduleContinuation(LETTERS_CONTINUATION, CONTINUE_AFTER_MS);
    else if (result.quota) scheduleContinuation(LETTERS_CONTINUATION, untilTomorrowMorning(ports.clock.now()));
    return result;
  } catch (error) {
    if (!(error instanceof LockBusyError)) throw error;
    // Another execution holds the lock: try again in a minute.
    scheduleContinuation(LETTERS_CONTINUATION, CONTINUE_AFTER_MS);
    return null;
  }
}

function summary(result: LettersResult | null): string {
  return result && !result.busy ? LETTER_TEXTS.summary(result) : LETTER_TEXTS.busy;
}

/** Menu "Brieven maken": the clear-language findings first (she may still go on), then the batches. */
export function menuMakeLetters(): string {
  const ports = gasPorts();
  if (openBatches(ports.tables).length === 0) {
    tellWorker(LETTER_TEXTS.nothingToDo);
    return LETTER_TEXTS.nothingToDo;
  }
  const templates = new DocsTemplateStore(ports.properties);
  const findings = findingsForRequests(ports, templates);
  if (findings !== '') {
    const ui = SpreadsheetApp.getUi();
    const answer = ui.alert('Digi.Taal', LETTER_TEXTS.confirmFindings(findings), ui.ButtonSet.YES_NO);
    if (answer !== ui.Button.YES) return findings;
  }
  const text = summary(run(ports, activeUserEmail(), templates));
  tellWorker(text);
  return text;
}

/** The one continuation trigger: out of time, lock busy, or the e-mail quota was used up yesterday. */
export function continueLetters(): string {
  clearContinuation(LETTERS_CONTINUATION);
  return summary(run(gasPorts(), 'script (vervolg)'));
}

/** Menu "Brieven controleren": the clear-language check of every letter Doc, in Dutch. */
export function menuCheckLetters(): string {
  const ports = gasPorts();
  const templates = new DocsTemplateStore(ports.properties);
  const lines = LETTER_KINDS.flatMap((kind) =>
    checkTemplates(templates, kind).flatMap(({ label, findings }) => findings.map((f) => `${label}: ${f.message}`)),
  );
  const text = lines.length > 0 ? lines.join('\n') : LETTER_TEXTS.checkOk;
  tellWorker(text);
  return text;
}
