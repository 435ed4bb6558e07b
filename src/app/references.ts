import { RowMemo } from '../domain/common/rowMemo';
import { cellText } from '../domain/common/table';
import { formatRef, highestRef, refNumber, refPattern } from '../domain/intake/caseRef';
import type { Properties, TableSnapshot } from '../ports';

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

/** Per series (and year) and id column: the running number in each row (0 for none), kept between issues (see RowMemo). */
const seqNumbers = new Map<string, RowMemo<number>>();

/** The highest running number of a series (of `year`, when given) in `column` of `snapshot`, kept per row. */
function highestInTab(prefix: string, year: number | undefined, snapshot: TableSnapshot, column: string): number {
  const key = `${prefix}\u0000${year ?? ''}\u0000${column}`;
  let memo = seqNumbers.get(key);
  if (!memo) {
    const pattern = refPattern(prefix, year);
    memo = new RowMemo((row) => refNumber(pattern, cellText(row.values[column])));
    seqNumbers.set(key, memo);
  }
  const numbers = memo.of(snapshot.rows);
  let highest = 0;
  for (let i = 0; i < numbers.length; i++) if (numbers[i] > highest) highest = numbers[i];
  return highest;
}

/**
 * PREFIX-YYYY-NNNN for a new row of `snapshot`'s tab: the same as `issueYearRef` over the non-empty values of its
 * `column`, without parsing every earlier reference again for every new case (the intake adds dozens to 18,000).
 */
export function issueYearRefInTab(
  properties: Properties,
  prefix: string,
  year: number,
  snapshot: TableSnapshot,
  column: string,
): string {
  const highest = highestInTab(prefix, year, snapshot, column);
  return formatRef(prefix, issue(properties, `${prefix}.${year}`, highest), year);
}

/**
 * PREFIX-NNNN for a new row of `snapshot`'s tab: the same number as `issueSeqId` over the non-empty values of
 * its `column`, without parsing every earlier id again for every new row.
 */
export function issueSeqIdInTab(
  properties: Properties,
  prefix: string,
  snapshot: TableSnapshot,
  column: string,
): string {
  const highest = highestInTab(prefix, undefined, snapshot, column);
  return formatRef(prefix, issue(properties, prefix, highest));
}
