import {
  buildAccess,
  eraseConfirmed,
  openCases,
  REQUEST_LOCK_MS,
  recordAccess,
  searchPerson,
} from '../../app/privacy/requests';
import { type RetentionResult, runRetention } from '../../app/privacy/retentionJob';
import { PRIVACY_TEXTS } from '../../domain/privacy/texts';
import { LockBusyError, type Ports } from '../../ports';
import { clearContinuation, scheduleContinuation } from '../intakeTriggers';
import { activeUserEmail } from '../register/handlers';
import { gasPorts } from '../services';
import { tellWorker } from '../ui';
import { type DocSink, googleDocSink } from './googleDoc';
import { canEditProtected } from './protection';

/** Global function names of the privacy actions (menu items and triggers). */
export const RETENTION_HANDLER = 'privacyRetentionMonthly';
export const RETENTION_CONTINUATION = 'privacyRetentionContinue';
/** Time one retention run may take: well inside the 6 minutes of an execution. */
export const RETENTION_BUDGET_MS = 4.5 * 60_000;
/** When the continuation runs (also the safety net when a run breaks off). */
export const RETENTION_CONTINUATION_MS = 60_000;

function formatDate(date: Date): string {
  return Utilities.formatDate(date, Session.getScriptTimeZone() || 'Europe/Brussels', 'dd/MM/yyyy HH:mm');
}

function alert(message: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(PRIVACY_TEXTS.title, message, ui.ButtonSet.OK);
}

/** Asks the worker for the case references; null when she cancels. */
function askRefs(): string | null {
  const ui = SpreadsheetApp.getUi();
  const answer = ui.prompt(PRIVACY_TEXTS.title, PRIVACY_TEXTS.askRefs, ui.ButtonSet.OK_CANCEL);
  if (answer.getSelectedButton() !== ui.Button.OK) return null;
  const text = answer.getResponseText().trim();
  if (!text) {
    alert(PRIVACY_TEXTS.noRefs);
    return null;
  }
  return text;
}

/** Runs `fn` under the script lock (or, with `locked: false`, a use case that takes the lock itself). */
function underLock<T>(ports: Ports, fn: () => T, locked = true): T | null {
  try {
    return locked ? ports.lock.withLock(REQUEST_LOCK_MS, fn) : fn();
  } catch (error) {
    if (!(error instanceof LockBusyError)) throw error;
    ports.audit.log('privacy.busy');
    alert(PRIVACY_TEXTS.busy);
    return null;
  }
}

function ownerOnly(): boolean {
  if (canEditProtected(SpreadsheetApp.getActive())) return true;
  alert(PRIVACY_TEXTS.notOwner);
  return false;
}

/** Menu: an access request (inzage). Everything on the person's cases in one Google Doc for the worker. */
export function menuAccessRequest(sink: DocSink = googleDocSink()): { refs: string[]; url: string } | null {
  if (!ownerOnly()) return null;
  const text = askRefs();
  if (text === null) return null;
  const ports = gasPorts();
  const access = underLock(ports, () => buildAccess(ports, text, formatDate));
  if (!access) return null;
  if (!access.document) {
    alert(access.search.problem);
    return null;
  }
  const saved = sink.write(access.document);
  const refs = access.search.footprint.caseRefs;
  recordAccess(ports, refs, activeUserEmail(), `Google Doc ${saved.id}`);
  alert([PRIVACY_TEXTS.accessDone(saved.url), ...access.search.hints].join('\n\n'));
  return { refs, url: saved.url };
}

/** Menu: an erasure request (wissen). The same search, shown for confirmation, then anonymised. */
export function menuErasureRequest(): { refs: string[]; cells: number } | null {
  if (!ownerOnly()) return null;
  const text = askRefs();
  if (text === null) return null;
  const ports = gasPorts();
  const search = underLock(ports, () => searchPerson(ports, text));
  if (!search) return null;
  if (search.problem) {
    alert(search.problem);
    return null;
  }
  const open = openCases(search);
  if (open.length > 0) {
    alert(PRIVACY_TEXTS.eraseOpen(open));
    return null;
  }
  const ui = SpreadsheetApp.getUi();
  const preview = [PRIVACY_TEXTS.erasePreview(search.footprint.caseRefs, search.counts), ...search.hints].join('\n\n');
  if (ui.alert(PRIVACY_TEXTS.title, preview, ui.ButtonSet.YES_NO) !== ui.Button.YES) {
    alert(PRIVACY_TEXTS.eraseCancelled);
    return null;
  }
  const outcome = underLock(ports, () => eraseConfirmed(ports, text, activeUserEmail()), false);
  if (!outcome) return null;
  alert(outcome.message);
  return outcome.kind === 'erased' ? { refs: outcome.result.footprint.caseRefs, cells: outcome.result.cells } : null;
}

/**
 * The retention job in one execution. A one-off continuation is scheduled before the work starts (so a run that
 * breaks off on a service error is picked up without help) and removed when the run is complete; there is never
 * more than one.
 */
export function retentionExecution(continuation: boolean): RetentionResult {
  if (continuation) clearContinuation(RETENTION_CONTINUATION);
  const ports = gasPorts();
  scheduleContinuation(RETENTION_CONTINUATION, RETENTION_CONTINUATION_MS);
  const result = runRetention(ports, RETENTION_BUDGET_MS);
  if (result.complete || result.gaveUp) clearContinuation(RETENTION_CONTINUATION);
  return result;
}

/** Menu: apply the retention period now (also runs on the first of every month). */
export function menuRetentionNow(): RetentionResult {
  const result = retentionExecution(false);
  tellWorker(
    result.complete
      ? PRIVACY_TEXTS.retentionDone(result.cases, result.others)
      : result.busy
        ? PRIVACY_TEXTS.busy
        : PRIVACY_TEXTS.retentionBusy,
  );
  return result;
}
