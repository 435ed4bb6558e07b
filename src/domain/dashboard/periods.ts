import {
  MONTH_NAMES,
  type MonthIndex,
  monthIndex,
  monthKey,
  monthLabel,
  monthOf,
  monthStart,
  parseMonthKey,
  yearOf,
} from './calendar';

/**
 * A reporting period: a month, a calendar quarter or a project year. Every report — the monthly dashboard,
 * the quarterly overview and the yearly report for the funder — is the same engine over a period.
 */
export type PeriodKind = 'maand' | 'kwartaal' | 'projectjaar';

export interface Period {
  kind: PeriodKind;
  /** "2026-10", "2026-K4", "projectjaar-2" */
  key: string;
  /** "oktober 2026", "4e kwartaal 2026", "projectjaar 2 (januari 2026 – december 2026)" */
  label: string;
  /** First and last month (inclusive). */
  first: MonthIndex;
  last: MonthIndex;
  /** First instant (Brussels) and the first instant after the period. */
  start: Date;
  end: Date;
}

function build(kind: PeriodKind, key: string, label: string, first: MonthIndex, last: MonthIndex): Period {
  return { kind, key, label, first, last, start: monthStart(first), end: monthStart(last + 1) };
}

export function monthPeriod(index: MonthIndex): Period {
  return build('maand', monthKey(index), monthLabel(index), index, index);
}

export function quarterPeriod(year: number, quarter: number): Period {
  const first = monthIndex(year, (quarter - 1) * 3 + 1);
  return build('kwartaal', `${year}-K${quarter}`, `${quarter}e kwartaal ${year}`, first, first + 2);
}

export function quarterOf(index: MonthIndex): Period {
  return quarterPeriod(yearOf(index), Math.floor((monthOf(index) - 1) / 3) + 1);
}

/** Project year n (1, 2, …) counted from the project's first month. */
export function projectYearPeriod(projectStart: MonthIndex, n: number): Period {
  const first = projectStart + 12 * (n - 1);
  const last = first + 11;
  const span = `${MONTH_NAMES[monthOf(first) - 1]} ${yearOf(first)} – ${MONTH_NAMES[monthOf(last) - 1]} ${yearOf(last)}`;
  return build('projectjaar', `projectjaar-${n}`, `projectjaar ${n} (${span})`, first, last);
}

/** The project year a month falls in (1 for the months before the start too). */
export function projectYearOf(projectStart: MonthIndex, index: MonthIndex): number {
  return Math.max(1, Math.floor((index - projectStart) / 12) + 1);
}

/** The period just before (same kind and length), or null before the project's first year. */
export function previousPeriod(period: Period, projectStart: MonthIndex): Period | null {
  if (period.kind === 'maand') return monthPeriod(period.first - 1);
  if (period.kind === 'kwartaal') return quarterOf(period.first - 3);
  const n = projectYearOf(projectStart, period.first);
  return n > 1 ? projectYearPeriod(projectStart, n - 1) : null;
}

/**
 * A period from what a person types: "2026-10" (month), "2026-K4" or "2026-Q4" (quarter), "projectjaar 2" or
 * "pj2" (project year). Null when it is none of these.
 */
export function parsePeriod(text: string, projectStart: MonthIndex): Period | null {
  const value = text.trim();
  const month = parseMonthKey(value);
  if (month !== null) return monthPeriod(month);
  const q = /^(\d{4})-?[KkQq]([1-4])$/.exec(value);
  if (q) return quarterPeriod(Number(q[1]), Number(q[2]));
  const y = /^(?:projectjaar|pj)[\s-]*(\d{1,2})$/i.exec(value);
  if (y && Number(y[1]) >= 1) return projectYearPeriod(projectStart, Number(y[1]));
  return null;
}

/** A period key back to its period (the ledger stores keys). */
export function periodFromKey(key: string, projectStart: MonthIndex): Period | null {
  return parsePeriod(key.replace(/^projectjaar-/, 'projectjaar '), projectStart);
}

export function monthsOf(period: Period): MonthIndex[] {
  const months: MonthIndex[] = [];
  for (let m = period.first; m <= period.last; m++) months.push(m);
  return months;
}
