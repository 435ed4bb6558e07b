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
import { LockBusyError, type Ports, type StoredRow, type TableSnapshot } from '../../ports';
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
/** Cases (or other rows) per hold of the script lock; a script property may set another number. */
export const RETENTION_BATCH = 20;
export const RETENTION_BATCH_SIZE = 'privacy.retention.batch';
/** Executions one run may take before it stops asking for more (the next month's run starts afresh). */
export const RETENTION_MAX_STARTS = 24;
export const RETENTION_LOCK_MS = 30_000;
export const RETENTION_WHO = 'script (bewaartermijn)';

export interface RetentionCursor {
  run: string;
  cutoff: string;
  /** What was due when the run started (counted under the lock by its first batch). */
  planned?: { cases: number; others: number };
  starts: number;
}

export interface RetentionResult {
  complete: boolean;
  /** Cases and other rows due when the run started (all anonymised once it is complete). */
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
    return typeof c.run === 'string' && typeof c.cutoff === 'string' && typeof c.starts === 'number' ? c : null;
  } catch {
    return null;
  }
}

/** The cases due in one snapshot of Dossiers (snapshots are read-only, so the list stays right for it). */
interface DueCases {
  cases: TableSnapshot;
  due: string[];
}

/**
 * What is due at the cut-off: cases, and other rows (participations without a case, review rows). Also the due
 * cases themselves, for the batch that follows in the same hold (it reads the same snapshot when nothing was
 * written in between).
 */
function planned(ports: Ports, cutoff: Date): { counts: { cases: number; others: number }; found: DueCases } {
  const { tables } = ports;
  const cases = tables.read(CASES.name);
  const attendance = tables.hasTab(ATTENDANCE.name) ? tables.read(ATTENDANCE.name) : null;
  const review = tables.hasTab(REVIEW.name) ? tables.read(REVIEW.name) : null;
  const due = dueCases(cases, cutoff);
  return {
    counts: {
      cases: due.length,
      others:
        (attendance ? dueParticipations(attendance, cutoff).length : 0) +
        (review ? dueReviewRows(review, cases, cutoff).length : 0),
    },
    found: { cases, due },
  };
}

/**
 * The response tabs as the review rows of one hold need them: each read once, and read again only when a row of it
 * that this hold already wrote is wanted again (the rest of a snapshot stays what a new read would give, since the
 * hold writes nothing else there).
 */
class ResponseTabs {
  private readonly snapshots = new Map<string, TableSnapshot>();
  /** Rows written since the tab's snapshot was read, per tab. */
  private readonly written = new Map<string, Set<number>>();

  constructor(private readonly tables: Ports['tables']) {}

  read(tab: string, rowNumber: number): TableSnapshot {
    let snapshot = this.snapshots.get(tab);
    if (!snapshot || this.written.get(tab)?.has(rowNumber)) {
      snapshot = this.tables.read(tab);
      this.snapshots.set(tab, snapshot);
      this.written.delete(tab);
    }
    return snapshot;
  }

  wrote(tab: string, rowNumber: number): void {
    const rows = this.written.get(tab);
    if (rows) rows.add(rowNumber);
    else this.written.set(tab, new Set([rowNumber]));
  }
}

function anonymiseReviewRow(
  ports: Ports,
  row: StoredRow,
  headers: readonly string[],
  tabs: ResponseTabs,
  headersOf: Map<string, ReadonlySet<string>>,
): void {
  const { tables } = ports;
  const tab = cellText(row.values.Antwoordtab);
  const rowNumber = Number(cellText(row.values['Rij in antwoordtab']));
  const responses = tab && tables.hasTab(tab) ? tabs.read(tab, rowNumber) : null;
  const stampHeader = responses?.headers.find((h) => RESPONSE_KEEP.includes(h)) ?? '';
  const guess = responses?.rows[rowNumber - 2];
  const raw = guess?.rowNumber === rowNumber ? guess : responses?.rows.find((r) => r.rowNumber === rowNumber);
  const stamp = raw?.values[stampHeader];
  const received = row.values['Ontvangen op'];
  const same =
    stamp instanceof Date && received instanceof Date && Math.abs(stamp.getTime() - received.getTime()) < 1000;
  const updates = reviewUpdates(
    row,
    headers,
    same && raw && responses ? { tab, row: raw, headers: responses.headers } : null,
  );
  for (const u of updates) tabs.wrote(u.tab, u.rowNumber);
  applyUpdates(tables, updates, headersOf);
}

/**
 * One hold of the lock: up to RETENTION_BATCH items, cases first, then participations without a case, then review
 * rows. `finished` when nothing is due any more (checked on the snapshots this hold already read).
 */
function batch(
  ports: Ports,
  cutoff: Date,
  deadline: number,
  size: number,
  found: DueCases | null,
): { finished: boolean } {
  const { tables, clock } = ports;
  let left = size;
  const stop = () => left <= 0 || (left < size && clock.now().getTime() >= deadline);

  const cases = tables.read(CASES.name);
  if (!cases.headers.includes(ANONYMISED_AT)) throw new Error(PRIVACY_TEXTS.missingColumn(ANONYMISED_AT, CASES.name));
  const due = found?.cases === cases ? found.due : dueCases(cases, cutoff);
  if (due.length > 0) {
    // One pass over the tabs for the whole batch of cases, one Audit row per case.
    const chunk = due.slice(0, left);
    anonymiseCases(ports, chunk, (ref) => ({ who: RETENTION_WHO, action: AUDIT_ACTIONS.anonymised, caseRefs: [ref] }), {
      lookalikes: false,
    });
    left -= chunk.length;
    if (chunk.length < due.length) return { finished: false };
  }

  const attendance = tables.hasTab(ATTENDANCE.name) ? tables.read(ATTENDANCE.name) : null;
  const participations = attendance ? dueParticipations(attendance, cutoff) : [];
  if (attendance && participations.length > 0) {
    if (stop()) return { finished: false };
    const chunk = participations.slice(0, left);
    const now = clock.now();
    const targets = chunk.map((r) => ({ tab: ATTENDANCE.name, rowNumber: r.rowNumber }));
    const plan = planPersonTokens(tables.read(CASES.name), attendance, targets, mintLabel(now));
    const headersOf = new Map<string, ReadonlySet<string>>();
    applyUpdates(tables, plan.others, headersOf);
    applyUpdates(
      tables,
      chunk
        .map((row) =>
          participationUpdate(row, attendance.headers, now, plan.tokens.get(tokenKey(ATTENDANCE.name, row.rowNumber))),
        )
        .filter((u) => u !== null),
      headersOf,
    );
    left -= chunk.length;
    if (chunk.length < participations.length) return { finished: false };
  }

  const review = tables.hasTab(REVIEW.name) ? tables.read(REVIEW.name) : null;
  const reviewRows = review ? dueReviewRows(review, tables.read(CASES.name), cutoff) : [];
  const responseTabs = new ResponseTabs(tables);
  // The tabs' headers, read once for all the rows (nothing in this hold adds a column).
  const headersOf = new Map<string, ReadonlySet<string>>();
  for (const row of reviewRows) {
    if (stop() || !review) return { finished: false };
    anonymiseReviewRow(ports, row, review.headers, responseTabs, headersOf);
    left--;
  }
  return { finished: true };
}

/**
 * Runs (or continues) the retention job for at most `budgetMs`. Returns `complete: false` when time ran out or
 * the lock stayed busy; the caller then schedules one continuation.
 */
export function runRetention(ports: Ports, budgetMs: number): RetentionResult {
  const { clock, properties, tables } = ports;
  const configuredBatch = Number(properties.get(RETENTION_BATCH_SIZE) ?? '');
  const batchSize = Number.isInteger(configuredBatch) && configuredBatch > 0 ? configuredBatch : RETENTION_BATCH;
  const configured = properties.get(RETENTION_BUDGET);
  const budget = configured !== null && Number.isFinite(Number(configured)) ? Number(configured) : budgetMs;
  const started = clock.now().getTime();
  const deadline = started + budget;
  // A run that used up its executions (a fault that keeps coming back) is not continued for ever: the next
  // start begins a new run, with a new cut-off that covers the old one.
  const saved = readCursor(properties.get(RETENTION_CURSOR));
  if (saved && saved.starts >= RETENTION_MAX_STARTS) ports.audit.log('retention.restarted', { starts: saved.starts });
  const run: RetentionCursor =
    (saved && saved.starts < RETENTION_MAX_STARTS ? saved : null) ??
    (() => {
      const months = retentionMonths(readPrivacySettings(tables.read(SETTINGS.name)));
      const now = clock.now();
      return { run: now.toISOString(), cutoff: retentionCutoff(now, months).toISOString(), starts: 0 };
    })();
  run.starts++;
  // Written before any work, so an execution that breaks off still counts as a start.
  properties.set(RETENTION_CURSOR, JSON.stringify(run));
  const cutoff = new Date(run.cutoff);
  const result = (complete: boolean, busy = false): RetentionResult => ({
    complete,
    cases: run.planned?.cases ?? 0,
    others: run.planned?.others ?? 0,
    gaveUp: !complete && run.starts >= RETENTION_MAX_STARTS,
    busy,
  });

  const note = `run ${run.run}`;
  let worked = false;
  for (;;) {
    if (worked && clock.now().getTime() >= deadline) {
      ports.audit.log('retention.paused', { starts: run.starts });
      return result(false);
    }
    let finished: boolean;
    try {
      finished = ports.lock.withLock(RETENTION_LOCK_MS, () => {
        let found: DueCases | null = null;
        if (!run.planned) {
          const plan = planned(ports, cutoff);
          run.planned = plan.counts;
          found = plan.found;
          properties.set(RETENTION_CURSOR, JSON.stringify(run));
        }
        const outcome = batch(ports, cutoff, deadline, batchSize, found);
        // The run's summary in the same hold, once (a run finished twice after a crash finds its row).
        if (outcome.finished && !audited(tables.read(AUDIT.name), AUDIT_ACTIONS.retentionRun, [], note))
          appendAudit(ports, [
            {
              who: RETENTION_WHO,
              action: AUDIT_ACTIONS.retentionRun,
              caseRefs: [],
              count: (run.planned?.cases ?? 0) + (run.planned?.others ?? 0),
              note,
            },
          ]);
        return outcome.finished;
      });
    } catch (error) {
      if (!(error instanceof LockBusyError)) throw error;
      ports.audit.log('retention.busy', { starts: run.starts });
      return result(false, true);
    }
    worked = true;
    if (finished) break;
  }

  properties.delete(RETENTION_CURSOR);
  ports.audit.log('retention.done', {
    cases: run.planned?.cases ?? 0,
    others: run.planned?.others ?? 0,
    starts: run.starts,
  });
  return result(true);
}
