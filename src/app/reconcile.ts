import type { FormDefinition } from '../../forms/types';
import { FORMS } from '../domain/forms/registry';
import { submissionKey } from '../domain/intake/submissionKey';
import { type Lock, LockBusyError, type Ports } from '../ports';
import { rowId, takenIn } from './intakeRecords';
import { LOCK_TIMEOUT_MS, processSubmission } from './processSubmission';
import { readResponseRows } from './responseRows';
import type { IntakeOutcome, Submission } from './submission';

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

  // Every raw row after the cursor, in order; `pending` when no register row knows it yet.
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
      // A row a register row names is done; only the others need their key (a hash of every answer).
      const known = done.rows.has(rowId(form.responseTab, row));
      const pending = !known && !done.keys.has(submissionKey(form, sub.submittedAt, sub.answers));
      items.push({ form, sub, row, pending });
    }
  }

  const outcomes: ReconcileResult['outcomes'] = {};
  let scanned = 0;
  const pause = (item: Item): ReconcileResult => {
    properties.set(RECONCILE_CURSOR, JSON.stringify({ form: item.form.key, row: item.row - 1 }));
    audit.log('reconcile.paused', { form: item.form.key, row: item.row, scanned });
    return { complete: false, scanned, outcomes, unreadable };
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
  audit.log('reconcile.done', { scanned, ...outcomes });
  return { complete: true, scanned, outcomes, unreadable };
}
