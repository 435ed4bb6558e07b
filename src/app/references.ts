import { formatRef, highestRef } from '../domain/intake/caseRef';
import type { Properties } from '../ports';

/**
 * Reference numbers are never issued twice (DT-2026-0001, SCH-2026-0001, OS-0001, …). The highest number handed
 * out per series is kept outside the rows, in script properties, because a person may delete rows or a whole
 * tab; and it is checked against the rows, which may hold a higher number (typed by hand, imported, or written
 * before the counter existed). Call under the script lock: two executions must not read the same counter.
 */
export const counterKey = (series: string) => `ref.${series}`;

function issue(properties: Properties, series: string, highestInRows: number): number {
  const stored = Number(properties.get(counterKey(series)) ?? '0');
  const next = Math.max(Number.isFinite(stored) ? stored : 0, highestInRows) + 1;
  // Written before any row holds it: after a crash the number is skipped, never handed out again.
  properties.set(counterKey(series), String(next));
  return next;
}

/** PREFIX-YYYY-NNNN: a running number per year (cases, donations). */
export function issueYearRef(properties: Properties, prefix: string, year: number, existing: Iterable<string>): string {
  return formatRef(prefix, issue(properties, `${prefix}.${year}`, highestRef(prefix, existing, year)), year);
}

/** PREFIX-NNNN: one running number (support sessions, onward referrals). */
export function issueSeqId(properties: Properties, prefix: string, existing: Iterable<string>): string {
  return formatRef(prefix, issue(properties, prefix, highestRef(prefix, existing)));
}
