import type { FormDefinition } from '../../forms/types';
import { FORMS } from '../domain/forms/registry';
import { submissionKey } from '../domain/intake/submissionKey';
import { MESSAGES } from '../domain/tabs';
import { type Lock, LockBusyError, type Ports } from '../ports';
import { intakeComplete } from './intakeCompleteness';
import { rowId, takenIn } from './intakeRecords';
import { LOCK_TIMEOUT_MS, processSubmission } from './processSubmission';
import { readResponseRows } from './responseRows';
import type { IntakeOutcome, Submission } from './submission';
import { sendWaitingMails, waitingMails } from './waitingConfirmations';

/**
 * How far back the reconciler looks for an intake a crash left half done (a record without its case row or
 * its e-mail row). The next hourly run finishes such an intake; a week covers many failed runs in a row, and
 * keeps the hourly run from re-checking years of responses.
 */
export const COMPLETION_WINDOW_DAYS = 7;

/** Script property holding where an interrupted reconciler run stopped. */
export const RECONCILE_CURSOR = 'reconcile.cursor';
/** Optional script property: the time one run may take, in ms (default: the caller's budget). */
export const RECONCILE_BUDGET = 'reconcile.budgetMs';

interface Cursor {
  /** Form key of the response tab being worked through. */
  form: string;
  /** Last raw row done in that tab. */
  row: number;
}

export interface ReconcileResult {
  /** Every raw row was looked at (false: out of time; the cursor is saved, run again to continue). */
  complete: boolean;
  scanned: number;
  outcomes: Partial<Record<IntakeOutcome['kind'], number>>;
  /** Response rows without a readable submit time, per form title (the worker is told; nothing is guessed). */
  unreadable: { form: string; rows: number[] }[];
  /** Intake mails that had waited for e-mail quota and went out in this run. */
  mailsSent: number;
}

/**
 * Every hour, not only at the morning run: mails that waited for quota go out once quota is back. The lock
 * is taken only when Berichten holds a waiting mail (and there is quota).
 */
function sendWaiting(ports: Ports): number {
  const { waiting, stale } = waitingMails(ports.tables.read(MESSAGES.name));
  if (stale === 0 && (waiting === 0 || ports.mailer.remainingQuota() < 1)) return 0;
  try {
    return ports.lock.withLock(LOCK_TIMEOUT_MS, () => sendWaitingMails(ports));
  } catch (error) {
    if (error instanceof LockBusyError) return 0;
    throw error;
  }
}

function readCursor(value: string | null): Cursor | null {
  if (!value) return null;
  try {
    const parsed = JSON.parse(value) as Cursor;
    return typeof parsed.form === 'string' && typeof parsed.row === 'number' ? parsed : null;
  } catch {
    return null;
  }
}

/**
 * Takes in every raw response row that has no register row yet: a missed or failed trigger, a row written by
 * a script, the API or a CSV import (which fire no trigger). Idempotent: a row already taken in is skipped, and
 * `processSubmission` itself never duplicates. Bounded by `budgetMs`: when time runs out it saves a cursor and
 * returns `complete: false`; the next run continues from there.
 */
/** Responses taken in per hold of the script lock: form submits wait at most one batch. */
export const RECONCILE_BATCH = 10;

/** Inside a held lock: processSubmission must not take it again. */
const HELD: Lock = { withLock: (_timeoutMs, fn) => fn() };

interface Item {
  form: FormDefinition;
  sub: Submission;
  row: number;
  pending: boolean;
}

export function reconcile(ports: Ports, budgetMs: number): ReconcileResult {
  const { clock, properties, audit, tables } = ports;
  const configured = Number(properties.get(RECONCILE_BUDGET) ?? '');
  const budget = properties.get(RECONCILE_BUDGET) !== null && Number.isFinite(configured) ? configured : budgetMs;
  const deadline = clock.now().getTime() + budget;
  const cursor = readCursor(properties.get(RECONCILE_CURSOR));
  const responseTabs = Object.fromEntries(FORMS.map((f) => [f.key, f.responseTab]));
  const done = takenIn(tables, responseTabs);
  const start = cursor
    ? Math.max(
        0,
        FORMS.findIndex((f) => f.key === cursor.form),
      )
    : 0;

  const completionSince = clock.now().getTime() - COMPLETION_WINDOW_DAYS * 24 * 60 * 60 * 1000;
  // Every raw row after the cursor, in order; `pending` when no register row knows it yet, or (for a recent
  // one) when a step of its intake is missing.
  const items: Item[] = [];
  const unreadable: ReconcileResult['unreadable'] = [];
  for (let f = start; f < FORMS.length; f++) {
    const form = FORMS[f];
    if (!tables.hasTab(form.responseTab)) continue;
    const after = cursor && f === start ? cursor.row : 0;
    const rows = readResponseRows(tables, form);
    const late = rows.unreadable.filter((r) => r > after);
    if (late.length > 0) {
      unreadable.push({ form: form.title, rows: late });
      audit.log('reconcile.unreadable-timestamp', { form: form.key, rows: late.length, first: late[0] });
    }
    for (const sub of rows.submissions) {
      const row = sub.responseRow ?? 0;
      if (row <= after) continue;
      // Taken in when a record names this raw row or holds its key; then pending only while a step is missing
      // (a crash between two writes: the record without its case row or its e-mail row). A raw row the worker
      // corrected after it was taken in has another key now: it is not taken in again.
      const recorded = done.rowKeys.get(rowId(form.responseTab, row));
      const current = () => submissionKey(form, sub.submittedAt, sub.answers);
      const key = recorded ?? current();
      const recent = sub.submittedAt.getTime() >= completionSince;
      const pending = !done.keys.has(key)
        ? true
        : recent &&
          !done.reviewed.has(key) &&
          !intakeComplete(tables, sub, key) &&
          (recorded === undefined || current() === key);
      items.push({ form, sub, row, pending });
    }
  }

  const outcomes: ReconcileResult['outcomes'] = {};
  let scanned = 0;
  const pause = (item: Item): ReconcileResult => {
    properties.set(RECONCILE_CURSOR, JSON.stringify({ form: item.form.key, row: item.row - 1 }));
    audit.log('reconcile.paused', { form: item.form.key, row: item.row, scanned });
    return { complete: false, scanned, outcomes, unreadable, mailsSent: 0 };
  };
  // At least one row per run, so a run that starts late still moves the cursor on.
  const outOfTime = () => scanned > 0 && clock.now().getTime() >= deadline;

  let next = 0;
  while (next < items.length) {
    if (outOfTime()) return pause(items[next]);
    if (!items[next].pending) {
      scanned++;
      next++;
      continue;
    }
    // One hold of the lock for a batch of responses: the tabs are read once per batch, not once per response.
    try {
      next = ports.lock.withLock(LOCK_TIMEOUT_MS, () => {
        let k = next;
        let taken = 0;
        while (k < items.length && taken < RECONCILE_BATCH && !(k > next && outOfTime())) {
          const item = items[k];
          scanned++;
          k++;
          if (!item.pending) continue;
          const outcome = processSubmission({ ...ports, lock: HELD }, item.sub);
          outcomes[outcome.kind] = (outcomes[outcome.kind] ?? 0) + 1;
          taken++;
        }
        return k;
      });
    } catch (error) {
      if (error instanceof LockBusyError) return pause(items[next]);
      throw error;
    }
  }
  properties.delete(RECONCILE_CURSOR);
  const mailsSent = sendWaiting(ports);
  audit.log('reconcile.done', { scanned, mailsSent, ...outcomes });
  return { complete: true, scanned, outcomes, unreadable, mailsSent };
}
