import type { Row } from '../../ports';
import { addMonths } from './calendar';
import type { Moment, PlanRow, RowUpdate } from './model';
import { PLAN_STATUS } from './tabs';

/**
 * Planned moments and what was done: each field note (or letters batch) is matched to at most one planning row
 * of its action, and the rows' statuses follow from that. The rules (also in docs/matrix.md):
 * - a row with a date and no frequency (or "eenmalig") plans one moment; a note within MATCH_WINDOW_DAYS of it
 *   matches, the nearest still-unmatched row first;
 * - a row with a date and a frequency plans a moment every week, 2 weeks, month or quarter from "Gepland op" until
 *   "Tot" (or open-ended); a note from MATCH_WINDOW_DAYS before the first moment to MATCH_WINDOW_DAYS after "Tot"
 *   matches;
 * - a row without a date is a plan without a moment yet; any note of its action matches it, when no dated row does;
 * - a row "geschrapt" matches nothing and counts for nothing.
 */

export const MATCH_WINDOW_DAYS = 14;
/** Safety bound on the moments of one repeated row (a weekly row over 20 years is 1,040). */
const MAX_MOMENTS = 2000;

export function isCancelled(row: PlanRow): boolean {
  return row.status === PLAN_STATUS.cancelled;
}

function isRepeated(row: PlanRow): boolean {
  return row.frequency !== '' && row.frequency !== 'eenmalig';
}

function nextMoment(row: PlanRow, day: number): number {
  switch (row.frequency) {
    case 'elke week':
      return day + 7;
    case 'elke 2 weken':
      return day + 14;
    case 'elke maand':
      return addMonths(day, 1);
    case 'elk kwartaal':
      return addMonths(day, 3);
    default:
      return Number.POSITIVE_INFINITY;
  }
}

/** How many of the row's moments fall on or before `today`, and the first one after it (null: none). */
export function plannedMoments(row: PlanRow, today: number): { due: number; next: number | null } {
  if (row.start === null || isCancelled(row)) return { due: 0, next: null };
  if (!isRepeated(row)) return row.start <= today ? { due: 1, next: null } : { due: 0, next: row.start };
  const end = row.until ?? Number.POSITIVE_INFINITY;
  let due = 0;
  let day = row.start;
  for (let i = 0; i < MAX_MOMENTS && day <= end && day <= today; i++) {
    due++;
    day = nextMoment(row, day);
  }
  return { due, next: day <= end && day > today ? day : null };
}

interface Candidate {
  row: PlanRow;
  tier: number;
  distance: number;
}

function candidate(row: PlanRow, moment: Moment, matched: number): Candidate | null {
  if (isCancelled(row)) return null;
  if (row.start === null) return { row, tier: 3, distance: 0 };
  if (!isRepeated(row)) {
    const distance = Math.abs(moment.day - row.start);
    return distance <= MATCH_WINDOW_DAYS ? { row, tier: matched === 0 ? 0 : 1, distance } : null;
  }
  const end = row.until ?? Number.POSITIVE_INFINITY;
  if (moment.day < row.start - MATCH_WINDOW_DAYS || moment.day > end + MATCH_WINDOW_DAYS) return null;
  return { row, tier: 2, distance: 0 };
}

export interface Matching {
  /** Moments per planning row number. */
  byRow: Map<number, Moment[]>;
  /** The row a moment was matched to. */
  rowOf: Map<Moment, PlanRow>;
  /** Moments of an action no row matched ("done without a plan"). */
  unmatched: Moment[];
}

/** Matches moments (in day order) to the planning rows of their action (`codeOf` gives a row's resolved code). */
export function matchMoments(
  planning: readonly PlanRow[],
  moments: readonly Moment[],
  codeOf: (row: PlanRow) => string,
): Matching {
  const rowsByCode = new Map<string, PlanRow[]>();
  for (const row of planning) {
    const code = codeOf(row);
    if (code === '') continue;
    const list = rowsByCode.get(code) ?? [];
    list.push(row);
    rowsByCode.set(code, list);
  }
  const byRow = new Map<number, Moment[]>();
  const rowOf = new Map<Moment, PlanRow>();
  const unmatched: Moment[] = [];
  const ordered = [...moments].sort((a, b) => a.day - b.day);
  for (const moment of ordered) {
    let best: Candidate | null = null;
    for (const row of rowsByCode.get(moment.code) ?? []) {
      const c = candidate(row, moment, byRow.get(row.rowNumber)?.length ?? 0);
      if (!c) continue;
      if (
        !best ||
        c.tier < best.tier ||
        (c.tier === best.tier &&
          (c.distance < best.distance || (c.distance === best.distance && c.row.rowNumber < best.row.rowNumber)))
      )
        best = c;
    }
    if (!best) {
      unmatched.push(moment);
      continue;
    }
    const list = byRow.get(best.row.rowNumber) ?? [];
    list.push(moment);
    byRow.set(best.row.rowNumber, list);
    rowOf.set(moment, best.row);
  }
  return { byRow, rowOf, unmatched };
}

export interface RowOutcome {
  due: number;
  next: number | null;
  /** Matched moments, or 1 for a row the worker marked "gedaan" herself without a matching note. */
  done: number;
  lastDay: number | null;
  /** Days something was done for this row (matched moments, or the worker's own "Gedaan op"). */
  doneDays: number[];
}

export function rowOutcome(row: PlanRow, matched: readonly Moment[], today: number): RowOutcome {
  const { due, next } = plannedMoments(row, today);
  if (isCancelled(row)) return { due: 0, next: null, done: 0, lastDay: null, doneDays: [] };
  if (matched.length > 0) {
    const days = matched.map((m) => m.day);
    return { due, next, done: days.length, lastDay: Math.max(...days), doneDays: days };
  }
  if (row.status === PLAN_STATUS.done) {
    const day = row.doneOn ?? row.start;
    return { due, next, done: 1, lastDay: day, doneDays: day === null ? [] : [day] };
  }
  return { due, next, done: 0, lastDay: null, doneDays: [] };
}

/**
 * The in-place update of one planning row: the action's current code and name (a renamed action is followed),
 * "gedaan" once a note matched a one-off row (or a repeated row whose end has passed), when and how often it was
 * done. The worker's "geschrapt" and "gedaan" are never undone, and her own "Gedaan op" is only moved later.
 * Returns null when nothing changes.
 */
export function planningUpdate(
  row: PlanRow,
  resolved: { code: string; name: string } | null,
  matched: readonly Moment[],
  today: number,
  toCell: (day: number) => Date,
): RowUpdate | null {
  const values: Row = {};
  if (resolved) {
    if (resolved.code !== row.code) values.Actiecode = resolved.code;
    if (resolved.name !== row.name) values.Actie = resolved.name;
  }
  if (!isCancelled(row)) {
    if (row.status === '') values.Status = PLAN_STATUS.planned;
    if (matched.length > 0) {
      const finished = !isRepeated(row) || (row.until !== null && row.until < today);
      if (finished && row.status !== PLAN_STATUS.done) values.Status = PLAN_STATUS.done;
      const last = Math.max(...matched.map((m) => m.day));
      if (row.doneOn === null || last > row.doneOn) values['Gedaan op'] = toCell(last);
      if (row.timesDone !== matched.length) values['Keer gedaan'] = matched.length;
    }
  }
  return Object.keys(values).length > 0 ? { rowNumber: row.rowNumber, values } : null;
}
