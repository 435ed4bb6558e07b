import { classifyError } from '../../domain/errors/classify';
import type { Audit, Properties, Row, TableSnapshot, Tables, TabSpec } from '../../ports';

/**
 * Retries a service call that failed with a transient error (the allow-list in domain/errors/classify.ts), with
 * exponential backoff through `Utilities.sleep`. Bounded: at most RETRY.attempts tries per call and
 * RETRY.maxSleepMs of sleeping per execution; every retry is counted and logged. Daily quotas, the execution time
 * limit and anything else are rethrown at once.
 *
 * Only idempotent calls are wrapped: reads, overwriting given cells (update), rewriting a view, making sure a tab
 * exists, flush, properties. Appends and e-mails are never retried here: a call that "failed" may have taken effect,
 * and the use cases already finish an interrupted append from what was written (and never send a mail twice).
 */
export const RETRY = { attempts: 3, firstSleepMs: 1000, maxSleepMs: 20_000 } as const;

export interface RetryBudget {
  retries: number;
  sleptMs: number;
}

export function newRetryBudget(): RetryBudget {
  return { retries: 0, sleptMs: 0 };
}

export function retryTransient<T>(
  what: string,
  fn: () => T,
  budget: RetryBudget,
  sleep: (ms: number) => void,
  audit: Audit,
): T {
  for (let attempt = 1; ; attempt++) {
    try {
      return fn();
    } catch (error) {
      const message = (error as { message?: unknown } | null)?.message;
      const cls = classifyError(typeof message === 'string' ? message : String(error));
      const wait = RETRY.firstSleepMs * 2 ** (attempt - 1);
      if (!cls.retry || attempt >= RETRY.attempts || budget.sleptMs + wait > RETRY.maxSleepMs) throw error;
      budget.retries++;
      budget.sleptMs += wait;
      audit.log('retry', { what, attempt, waitMs: wait, retries: budget.retries });
      sleep(wait);
    }
  }
}

/** The Tables port with its idempotent calls retried (see above); `append` goes straight through. */
export function retryingTables(inner: Tables, budget: RetryBudget, sleep: (ms: number) => void, audit: Audit): Tables {
  const retry = <T>(what: string, fn: () => T) => retryTransient(what, fn, budget, sleep, audit);
  return {
    ensureTab: (spec: TabSpec) => retry('ensureTab', () => inner.ensureTab(spec)),
    hasTab: (name: string) => retry('hasTab', () => inner.hasTab(name)),
    read: (tab: string): TableSnapshot => retry('read', () => inner.read(tab)),
    append: (tab: string, rows: readonly Row[]) => inner.append(tab, rows),
    update: (tab: string, rowNumber: number, values: Row) =>
      retry('update', () => inner.update(tab, rowNumber, values)),
    flush: () => retry('flush', () => inner.flush()),
    readRows: (tab: string, firstRow: number, count: number) =>
      retry('readRows', () => inner.readRows(tab, firstRow, count)),
    replaceRows: (tab: string, rows: readonly Row[]) => retry('replaceRows', () => inner.replaceRows(tab, rows)),
    updateMany: (tab: string, updates: ReadonlyArray<{ rowNumber: number; values: Row }>) =>
      retry('updateMany', () => inner.updateMany(tab, updates)),
  };
}

export function retryingProperties(
  inner: Properties,
  budget: RetryBudget,
  sleep: (ms: number) => void,
  audit: Audit,
): Properties {
  const retry = <T>(what: string, fn: () => T) => retryTransient(what, fn, budget, sleep, audit);
  return {
    get: (key) => retry('property.get', () => inner.get(key)),
    set: (key, value) => retry('property.set', () => inner.set(key, value)),
    delete: (key) => retry('property.delete', () => inner.delete(key)),
  };
}
