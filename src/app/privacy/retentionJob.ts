import { cellText } from '../../domain/common/table';
import { participationUpdate, reviewUpdates } from '../../domain/privacy/anonymise';
import { RESPONSE_KEEP } from '../../domain/privacy/personalData';
import { dueCases, dueParticipations, dueReviewRows, retentionCutoff } from '../../domain/privacy/retention';
import { readPrivacySettings, retentionMonths } from '../../domain/privacy/settings';
import { ANONYMISED_AT, AUDIT, AUDIT_ACTIONS } from '../../domain/privacy/tabs';
import { PRIVACY_TEXTS } from '../../domain/privacy/texts';
import { planPersonTokens, tokenKey } from '../../domain/privacy/tombstone';
import { ATTENDANCE } from '../../domain/register/tabs';
import { CASES, REVIEW, SETTINGS } from '../../domain/tabs';
import { LockBusyError, type Ports } from '../../ports';
import { anonymiseCases, applyUpdates, mintLabel } from './anonymiser';
import { appendAudit, audited } from './auditTrail';

/**
 * The monthly retention job: closed cases whose closing lies more than the retention period back are anonymised
 * everywhere, then course participations without a case and review rows that never became a case, by the same
 * period. Long runs stop at the time budget and continue in a next execution. What is done is read from the
 * workbook (a finished case has "Geanonimiseerd op"), so a run that broke off at any write is finished by the next
 * one with nothing done twice. The cursor only keeps the run's identity and cut-off (so a run that continues past
 * midnight selects the same cases) and how far it got, for the summary.
 */
export const RETENTION_CURSOR = 'privacy.retention.cursor';
/** Optional script property: the time one run may take, in ms (tests and the bench make it small). */
export const RETENTION_BUDGET = 'privacy.retention.budgetMs';
/** Cases (or other rows) per hold of the script lock. */
export const RETENTION_BATCH = 20;
/** Executions one run may take before it stops asking for more (the next month's run starts afresh). */
export const RETENTION_MAX_STARTS = 24;
export const RETENTION_LOCK_MS = 30_000;
export const RETENTION_WHO = 'script (bewaartermijn)';

export interface RetentionCursor {
  run: string;
  cutoff: string;
  cases: number;
  others: number;
  starts: number;
}

export interface RetentionResult {
  complete: boolean;
  /** Cases and other rows anonymised in this whole run (all executions). */
  cases: number;
  others: number;
  /** True when the run took too many executions and stopped asking for more. */
  gaveUp: boolean;
  busy: boolean;
}

function readCursor(value: string | null): RetentionCursor | null {
  if (!value) return null;
  try {
    const c = JSON.parse(value) as RetentionCursor;
    return typeof c.run === 'string' && typeof c.cutoff === 'string' && typeof c.cases === 'number' ? c : null;
  } catch {
    return null;
  }
}

type Step = 'cases' | 'participations' | 'review' | 'done';

/** One batch under the lock: the first kind of work that has something left. */
function batch(ports: Ports, cutoff: Date, deadline: number): { step: Step; done: number } {
  const { tables, clock } = ports;
  const outOfTime = () => clock.now().getTime() >= deadline;
  const cases = tables.read(CASES.name);
  if (!cases.headers.includes(ANONYMISED_AT)) throw new Error(PRIVACY_TEXTS.missingColumn(ANONYMISED_AT, CASES.name));
  const due = dueCases(cases, cutoff).slice(0, RETENTION_BATCH);
  if (due.length > 0) {
    let done = 0;
    for (const ref of due) {
      if (done > 0 && outOfTime()) break;
      anonymiseCases(ports, [ref], { who: RETENTION_WHO, action: AUDIT_ACTIONS.anonymised, caseRefs: [ref] });
      done++;
    }
    return { step: 'cases', done };
  }
  const attendance = tables.hasTab(ATTENDANCE.name) ? tables.read(ATTENDANCE.name) : null;
  const participations = attendance ? dueParticipations(attendance, cutoff).slice(0, RETENTION_BATCH) : [];
  if (attendance && participations.length > 0) {
    const now = clock.now();
    const targets = participations.map((r) => ({ tab: ATTENDANCE.name, rowNumber: r.rowNumber }));
    const plan = planPersonTokens(cases, attendance, targets, mintLabel(now));
    applyUpdates(tables, plan.others);
    const updates = participations
      .map((row) =>
        participationUpdate(row, attendance.headers, now, plan.tokens.get(tokenKey(ATTENDANCE.name, row.rowNumber))),
      )
      .filter((u) => u !== null);
    applyUpdates(tables, updates);
    return { step: 'participations', done: participations.length };
  }
  const review = tables.hasTab(REVIEW.name) ? tables.read(REVIEW.name) : null;
  const reviewRows = review ? dueReviewRows(review, cases, cutoff).slice(0, RETENTION_BATCH) : [];
  if (review && reviewRows.length > 0) {
    for (const row of reviewRows) {
      const tab = cellText(row.values.Antwoordtab);
      const rowNumber = Number(cellText(row.values['Rij in antwoordtab']));
      const responses = tab && tables.hasTab(tab) ? tables.read(tab) : null;
      const stampHeader = responses?.headers.find((h) => RESPONSE_KEEP.includes(h)) ?? '';
      const raw = responses?.rows.find((r) => r.rowNumber === rowNumber);
      const stamp = raw?.values[stampHeader];
      const received = row.values['Ontvangen op'];
      const same =
        stamp instanceof Date && received instanceof Date && Math.abs(stamp.getTime() - received.getTime()) < 1000;
      applyUpdates(
        tables,
        reviewUpdates(
          row,
          review.headers,
          same && raw && responses ? { tab, row: raw, headers: responses.headers } : null,
        ),
      );
    }
    return { step: 'review', done: reviewRows.length };
  }
  return { step: 'done', done: 0 };
}

/**
 * Runs (or continues) the retention job for at most `budgetMs`. Returns `complete: false` when time ran out or
 * the lock stayed busy; the caller then schedules one continuation.
 */
export function runRetention(ports: Ports, budgetMs: number): RetentionResult {
  const { clock, properties, tables } = ports;
  const configured = Number(properties.get(RETENTION_BUDGET) ?? '');
  const budget = properties.get(RETENTION_BUDGET) !== null && Number.isFinite(configured) ? configured : budgetMs;
  const started = clock.now().getTime();
  const deadline = started + budget;
  let cursor = readCursor(properties.get(RETENTION_CURSOR));
  if (!cursor) {
    const months = retentionMonths(readPrivacySettings(tables.read(SETTINGS.name)));
    const now = clock.now();
    cursor = {
      run: now.toISOString(),
      cutoff: retentionCutoff(now, months).toISOString(),
      cases: 0,
      others: 0,
      starts: 0,
    };
  }
  cursor.starts++;
  // Written before any work, so an execution that breaks off still counts as a start.
  properties.set(RETENTION_CURSOR, JSON.stringify(cursor));
  const cutoff = new Date(cursor.cutoff);
  const result = (complete: boolean, busy = false): RetentionResult => ({
    complete,
    cases: cursor.cases,
    others: cursor.others,
    gaveUp: !complete && cursor.starts >= RETENTION_MAX_STARTS,
    busy,
  });

  let worked = false;
  for (;;) {
    if (worked && clock.now().getTime() >= deadline) {
      ports.audit.log('retention.paused', { cases: cursor.cases, others: cursor.others, starts: cursor.starts });
      return result(false);
    }
    let outcome: { step: Step; done: number };
    try {
      outcome = ports.lock.withLock(RETENTION_LOCK_MS, () => batch(ports, cutoff, deadline));
    } catch (error) {
      if (!(error instanceof LockBusyError)) throw error;
      ports.audit.log('retention.busy', { starts: cursor.starts });
      return result(false, true);
    }
    worked = true;
    if (outcome.step === 'done') break;
    if (outcome.step === 'cases') cursor.cases += outcome.done;
    else cursor.others += outcome.done;
    properties.set(RETENTION_CURSOR, JSON.stringify(cursor));
  }

  const note = `run ${cursor.run}`;
  ports.lock.withLock(RETENTION_LOCK_MS, () => {
    if (!audited(tables.read(AUDIT.name), AUDIT_ACTIONS.retentionRun, [], note))
      appendAudit(ports, [
        {
          who: RETENTION_WHO,
          action: AUDIT_ACTIONS.retentionRun,
          caseRefs: [],
          count: cursor.cases + cursor.others,
          note,
        },
      ]);
  });
  properties.delete(RETENTION_CURSOR);
  ports.audit.log('retention.done', { cases: cursor.cases, others: cursor.others, starts: cursor.starts });
  return result(true);
}
