import type { Row, StoredRow } from '../../ports';
import { cellText } from '../common/table';
import { type MonthIndex, monthKey, monthStart, parseMonthKey, shortMonthLabel } from './calendar';
import {
  countMonths,
  type DashboardData,
  dataTabs,
  daysToActive,
  HEADLINES,
  headline,
  isPersonal,
  isUnique,
  type MonthCounts,
  median,
  newVindplaatsen,
  type ScanFigures,
  scanFigures,
  sumMonths,
  TABLES,
  type TableDef,
  tableOfPart,
  uniqueWindow,
} from './kpis';
import { type Period, periodFromKey, previousPeriod } from './periods';
import { SCAN_QUESTIONS } from './scan';
import { type CellState, exact, HIDDEN, protect, type Relation, type Shown, SMALL } from './sdc';
import { type DashboardSettings, target } from './settings';
import { TabsCache } from './tabCache';
import { REPORT_COLUMNS } from './tabs';
import { DOMAIN_LABELS, KPI_LABELS, NOTES, OTHER, SCAN_TEXT, SECTIONS, SYMBOLS } from './texts';

/**
 * One report over one period, as it is published: rows of the Dashboard tab, a snapshot tab, the PDF and the
 * e-mail. Every value is a *cell* (a count for one code over one span of months); a cell published before
 * is shown exactly as it was then (the ledger, tab Dashboardcijfers), a new one goes through disclosure
 * control together with every earlier cell it is tied to.
 */

/** A number shown exactly, or a symbol ("<5", "x", "–"), or '' for nothing. */
export type Display = number | string;

export interface ReportRow {
  section: string;
  label: string;
  code: string;
  current: Display;
  previous: Display;
  total: Display;
  target: Display;
  note: string;
  /** The spans of the three value cells, "cur|prev|total" ('' where none). */
  cells: string;
}

export interface Publication {
  period: Period;
  rows: ReportRow[];
  madeAt: Date;
  /** The running month (the Dashboard tab), not a finished period. */
  live: boolean;
  /** The cells and relations disclosure control worked on, with its decisions (for audits and tests). */
  control?: {
    states: ReadonlyMap<string, CellState>;
    relations: readonly Relation[];
    shown: ReadonlyMap<string, Shown>;
  };
}

// ---- cells -----------------------------------------------------------------------------------------------

export function spanKey(first: MonthIndex, last: MonthIndex): string {
  return first === last ? monthKey(first) : `${monthKey(first)}..${monthKey(last)}`;
}

const spans = new Map<string, [MonthIndex, MonthIndex] | null>();

export function parseSpan(span: string): [MonthIndex, MonthIndex] | null {
  let parsed = spans.get(span);
  if (parsed === undefined) {
    const [a, b = a] = span.split('..');
    const first = parseMonthKey(a ?? '');
    const last = parseMonthKey(b ?? '');
    parsed = first === null || last === null || last < first ? null : [first, last];
    if (spans.size > 50_000) spans.clear();
    spans.set(span, parsed);
  }
  return parsed;
}

export const cellKey = (code: string, span: string) => `${code}@${span}`;

/** Everything published before: cell key → what was shown. */
export type PublishedCells = Map<string, Shown>;

export function displayOf(shown: Shown): Display {
  if (shown.kind === 'exact') return shown.value;
  return shown.kind === 'small' ? SYMBOLS.small : SYMBOLS.hidden;
}

/** What a published value means again: a number, "<5", "x"; null for '' or "–" (nothing published). */
export function shownOf(value: unknown): Shown | null {
  if (typeof value === 'number' && Number.isFinite(value)) return exact(value);
  const text = String(value ?? '').trim();
  if (text === SYMBOLS.small) return SMALL;
  if (text === SYMBOLS.hidden) return HIDDEN;
  if (/^\d+$/.test(text)) return exact(Number(text));
  return null;
}

/** Codes that go through disclosure control: counts about people. */
function controlled(code: string): boolean {
  return code.startsWith('scan|') || code === 'scan-paren' || (isPersonal(code) && code !== 'mediaan-dagen');
}

// ---- the ledger (tab Dashboardcijfers) ------------------------------------------------------------------

export interface LedgerEntry {
  periodKey: string;
  kind: string;
  row: ReportRow;
  madeAt: Date | null;
}

export function readLedger(rows: readonly StoredRow[]): LedgerEntry[] {
  return rows
    .map((r) => ({ r, line: Number(cellText(r.values.Regel)) || 0 }))
    .sort((a, b) => a.r.rowNumber - b.r.rowNumber)
    .map(({ r }) => {
      const v = r.values;
      const made = v['Gemaakt op'];
      return {
        periodKey: cellText(v.Periode),
        kind: cellText(v.Soort),
        madeAt: made instanceof Date ? made : null,
        row: {
          section: cellText(v.Onderdeel),
          label: cellText(v.Wat),
          code: cellText(v.Code),
          current: asDisplay(v['Deze periode']),
          previous: asDisplay(v['Vorige periode']),
          total: asDisplay(v['Project tot nu']),
          target: asDisplay(v.Doel),
          note: cellText(v.Uitleg),
          cells: cellText(v.Cellen),
        },
      };
    });
}

function asDisplay(value: Row[string] | undefined): Display {
  if (typeof value === 'number') return value;
  return cellText(value);
}

/** Every cell shown in earlier publications (the first publication of a cell wins). */
export function publishedCells(entries: readonly LedgerEntry[]): PublishedCells {
  const cells: PublishedCells = new Map();
  for (const { row } of entries) {
    if (!controlled(row.code)) continue;
    const spans = row.cells.split('|');
    [row.current, row.previous, row.total].forEach((value, i) => {
      const span = spans[i];
      const shown = span ? shownOf(value) : null;
      const key = span ? cellKey(row.code, span) : '';
      if (shown && !cells.has(key)) cells.set(key, shown);
    });
  }
  return cells;
}

/** The spans of the periods published before (a month "2026-10", a quarter "2026-10..2026-12", …). */
export function publishedPeriodSpans(entries: readonly LedgerEntry[], projectStart: MonthIndex): Set<string> {
  const out = new Set<string>();
  for (const key of new Set(entries.map((e) => e.periodKey))) {
    const period = periodFromKey(key, projectStart);
    if (period) out.add(spanKey(Math.max(period.first, projectStart), period.last));
  }
  return out;
}

/** The rows of one earlier publication, in order; empty when that period was never published. */
export function publicationRows(entries: readonly LedgerEntry[], periodKey: string): ReportRow[] {
  return entries.filter((e) => e.periodKey === periodKey).map((e) => e.row);
}

export function ledgerRows(publication: Publication): Row[] {
  return publication.rows.map((r, i) => ({
    Periode: publication.period.key,
    Soort: publication.period.kind,
    Regel: i + 1,
    ...reportTabRow(r),
    Cellen: r.cells,
    'Gemaakt op': publication.madeAt,
  }));
}

/** A row of the Dashboard tab or a snapshot tab. */
export function reportTabRow(r: ReportRow): Row {
  const row: Row = {
    Onderdeel: r.section,
    Wat: r.label,
    'Deze periode': r.current,
    'Vorige periode': r.previous,
    'Project tot nu': r.total,
    Doel: r.target,
    Uitleg: r.note,
    Code: r.code,
  };
  for (const h of REPORT_COLUMNS) if (!(h in row)) row[h] = '';
  return row;
}

/** Rows of a Dashboard or snapshot tab back to report rows (spans are not kept there). */
export function rowsFromTab(rows: readonly StoredRow[]): ReportRow[] {
  return rows.map(({ values: v }) => ({
    section: cellText(v.Onderdeel),
    label: cellText(v.Wat),
    code: cellText(v.Code),
    current: asDisplay(v['Deze periode']),
    previous: asDisplay(v['Vorige periode']),
    total: asDisplay(v['Project tot nu']),
    target: asDisplay(v.Doel),
    note: cellText(v.Uitleg),
    cells: '',
  }));
}

// ---- building a publication ----------------------------------------------------------------------------

export interface BuildInput {
  data: DashboardData;
  period: Period;
  projectStart: MonthIndex;
  settings: DashboardSettings;
  published: PublishedCells;
  /** Spans of the periods published before: their tables list every category with a count (others are 0). */
  publishedSpans?: ReadonlySet<string>;
  madeAt: Date;
  live: boolean;
  /** "27/10/2026" of `madeAt`, for the notes. */
  madeOn: string;
}

/** The series of the monthly trend (charts). */
export const TREND_SERIES = ['gezinnen-nieuw', 'actief', 'bereik-uniek'] as const;

interface Values {
  months: MonthCounts;
  windows: Map<string, Map<string, number>>;
  scans: Map<MonthIndex, ScanFigures>;
}

/** The true value of a code over a span (0 when nothing happened). */
function trueValue(data: DashboardData, v: Values, code: string, first: MonthIndex, last: MonthIndex): number {
  if (code.startsWith('scan|') || code === 'scan-paren') {
    let figures = v.scans.get(last);
    if (!figures) {
      figures = scanFigures(data, monthStart(last + 1));
      v.scans.set(last, figures);
    }
    if (code.endsWith('|geen')) {
      const base = code.slice(0, -'|geen'.length);
      return (figures.counts.get(`${base}|n`) ?? 0) - (figures.counts.get(`${base}|drempel`) ?? 0);
    }
    return figures.counts.get(code) ?? 0;
  }
  if (isUnique(code)) {
    const span = spanKey(first, last);
    let counts = v.windows.get(span);
    if (!counts) {
      counts = uniqueWindow(data, { start: monthStart(first), end: monthStart(last + 1) });
      v.windows.set(span, counts);
    }
    return counts.get(code) ?? 0;
  }
  let total = 0;
  for (let m = first; m <= last; m++) total += v.months.get(m)?.get(code) ?? 0;
  return total;
}

/**
 * The codes of cell keys per span, in the order the keys were added: `codesIn(span)` is what
 * `keys.map(parseKey).filter((p) => p !== null && spanKey(p.first, p.last) === span).map((p) => p.code)` gives,
 * kept as the keys come in instead of parsing every key again for every table and span of a report.
 */
export class CodesBySpan {
  private readonly bySpan = new Map<string, string[]>();

  add(key: string): void {
    const p = parseKey(key);
    if (!p) return;
    const span = spanKey(p.first, p.last);
    const codes = this.bySpan.get(span);
    if (codes) codes.push(p.code);
    else this.bySpan.set(span, [p.code]);
  }

  codesIn(span: string): readonly string[] {
    return this.bySpan.get(span) ?? [];
  }
}

/** The system of cells and relations for one publication. */
class CellSystem {
  readonly states = new Map<string, CellState>();
  readonly relations: Relation[] = [];
  private readonly relationKeys = new Set<string>();
  /** The codes of the cells in `states` per span, in the order the cells came in. */
  private readonly stateCodes = new CodesBySpan();

  constructor(
    private readonly data: DashboardData,
    private readonly values: Values,
    private readonly published: PublishedCells,
    /** Spans whose tables were published: a category not listed there was 0, and readers know it. */
    readonly tableSpans: ReadonlySet<string>,
  ) {}

  value(code: string, first: MonthIndex, last: MonthIndex): number {
    return trueValue(this.data, this.values, code, first, last);
  }

  /** A cell that is shown in this publication. */
  show(code: string, first: MonthIndex, last: MonthIndex): string {
    const key = cellKey(code, spanKey(first, last));
    const before = this.published.get(key);
    if (before) this.put(key, { kind: 'fixed', shown: before });
    else if (this.states.get(key)?.kind !== 'candidate')
      this.put(key, { kind: 'candidate', value: this.value(code, first, last), sensitive: true });
    return key;
  }

  /** A cell that ties others together: published before, shown now, or never published. */
  tie(code: string, first: MonthIndex, last: MonthIndex): string {
    const span = spanKey(first, last);
    const key = cellKey(code, span);
    if (this.states.has(key)) return key;
    const before = this.published.get(key);
    if (before) this.put(key, { kind: 'fixed', shown: before });
    else if (tableOfPart(code) && this.tableSpans.has(span)) this.put(key, { kind: 'fixed', shown: exact(0) });
    else this.put(key, { kind: 'implicit', value: this.value(code, first, last) });
    return key;
  }

  /**
   * A cell that is never published and has no code of its own (the people in a wider span but not in a
   * narrower one). Its key starts with "~" so it is never read as a cell of a code.
   */
  hidden(key: string, value: number | null): string {
    if (!this.states.has(key)) this.put(key, { kind: 'implicit', value });
    return key;
  }

  /** Every state goes in here, so `stateCodes` keeps up with `states` (a key keeps its first place). */
  private put(key: string, state: CellState): void {
    if (!this.states.has(key)) this.stateCodes.add(key);
    this.states.set(key, state);
  }

  /** The codes of the cells in `states` over a span, in their order there. */
  codesIn(span: string): readonly string[] {
    return this.stateCodes.codesIn(span);
  }

  relate(left: string[], right: string[]): void {
    const id = `${[...left].sort().join('+')}=${[...right].sort().join('+')}`;
    // One side may be empty: a table that lists no category says its total is 0.
    if (this.relationKeys.has(id) || left.length + right.length < 1) return;
    this.relationKeys.add(id);
    this.relations.push({ left, right });
  }

  private publishedBySpan: CodesBySpan | null = null;

  /** The codes published before over a span, in the ledger's order. */
  publishedCodesIn(span: string): readonly string[] {
    if (!this.publishedBySpan) {
      this.publishedBySpan = new CodesBySpan();
      for (const key of this.published.keys()) this.publishedBySpan.add(key);
    }
    return this.publishedBySpan.codesIn(span);
  }

  private spansByCode: Map<string, Array<[MonthIndex, MonthIndex]>> | null = null;

  /** Spans already published for a code, from the ledger. */
  publishedSpans(code: string): Array<[MonthIndex, MonthIndex]> {
    if (!this.spansByCode) {
      this.spansByCode = new Map();
      for (const key of this.published.keys()) {
        const p = parseKey(key);
        if (!p) continue;
        const list = this.spansByCode.get(p.code) ?? [];
        list.push([p.first, p.last]);
        this.spansByCode.set(p.code, list);
      }
    }
    return this.spansByCode.get(code) ?? [];
  }
}

export function parseKey(key: string): { code: string; first: MonthIndex; last: MonthIndex } | null {
  if (key.startsWith('~')) return null;
  const at = key.lastIndexOf('@');
  if (at < 0) return null;
  const span = parseSpan(key.slice(at + 1));
  return span ? { code: key.slice(0, at), first: span[0], last: span[1] } : null;
}

/** Part labels of a table over a span: every label with a count, and every label published before. */
function tableLabels(
  sys: CellSystem,
  values: Values,
  table: TableDef,
  first: MonthIndex,
  last: MonthIndex,
  data: DashboardData,
): string[] {
  const labels = new Set<string>();
  const prefix = `${table.prefix}|`;
  const span = spanKey(first, last);
  if (sys.tableSpans.has(span)) {
    // Published before: exactly the categories it listed (any other was 0, as every reader can tell).
    for (const code of sys.publishedCodesIn(span)) if (code.startsWith(prefix)) labels.add(code.slice(prefix.length));
    return [...labels];
  }
  const counts = isUnique(`${table.prefix}|x`) ? uniqueSpan(data, values, first, last) : summed(values, first, last);
  for (const [code, n] of counts) if (code.startsWith(prefix) && n > 0) labels.add(code.slice(prefix.length));
  for (const code of sys.codesIn(span)) if (code.startsWith(prefix)) labels.add(code.slice(prefix.length));
  return [...labels];
}

/** Additive counts of a span, summed once per span. */
function summed(values: Values, first: MonthIndex, last: MonthIndex): Map<string, number> {
  const span = `sum|${spanKey(first, last)}`;
  let counts = values.windows.get(span);
  if (!counts) {
    counts = sumMonths(values.months, first, last);
    values.windows.set(span, counts);
  }
  return counts;
}

function uniqueSpan(data: DashboardData, values: Values, first: MonthIndex, last: MonthIndex): Map<string, number> {
  const span = spanKey(first, last);
  let counts = values.windows.get(span);
  if (!counts) {
    counts = uniqueWindow(data, { start: monthStart(first), end: monthStart(last + 1) });
    values.windows.set(span, counts);
  }
  return counts;
}

/**
 * Ties every cell to what it is known to equal: its table (total = Σ parts, for that span), its months (a
 * longer span = Σ months, for additive counts), the project total published last (this month's total = last
 * total + the months since), and for unique people a wider span that holds a narrower one (= narrower + the
 * people new in the rest). One level deep from the shown cells: enough for every way two publications meet.
 */
function addRelations(sys: CellSystem, values: Values, data: DashboardData, projectStart: MonthIndex): void {
  const shownKeys = [...sys.states.keys()];
  // Spans: longer spans to their months, project totals to the last published one. Every published cell
  // tied in on the way gets its own ties too (last month's total to the month before, and so on), so the
  // system holds every way history and this publication meet; never-published cells end the chain.
  const queue = [...shownKeys];
  const done = new Set<string>();
  const follow = (keys: readonly string[]) => {
    for (const k of keys) if (!done.has(k) && sys.states.get(k)?.kind !== 'implicit') queue.push(k);
  };
  while (queue.length > 0) {
    const key = queue.pop() as string;
    if (done.has(key)) continue;
    done.add(key);
    const p = parseKey(key);
    if (!p || p.first === p.last) continue;
    const { code, first, last } = p;
    if (code.startsWith('scan') || isUnique(code)) {
      // Not additive: a wider span holds every narrower published span of the same code.
      for (const [f, l] of sys.publishedSpans(code)) {
        if (f < first || l > last || (f === first && l === last)) continue;
        const inner = sys.tie(code, f, l);
        sys.relate([key], [inner, sys.hidden(`~${key}−${inner}`, null)]);
        follow([inner]);
      }
      continue;
    }
    // The latest earlier project total: this one is it plus the months since.
    if (first === projectStart) {
      const earlier = sys
        .publishedSpans(code)
        .filter(([f, l]) => f === projectStart && l < last)
        .sort((a, b) => b[1] - a[1]);
      // Back to the latest one shown exactly, so a hidden total in between cannot be worked out either.
      let from = projectStart - 1;
      for (const [, l] of earlier) {
        const k = sys.tie(code, projectStart, l);
        const st = sys.states.get(k);
        const months: string[] = [];
        for (let m = l + 1; m <= last; m++) months.push(sys.tie(code, m, m));
        if (months.length > 0) sys.relate([key], [k, ...months]);
        follow([k]);
        if (st?.kind === 'fixed' && st.shown.kind === 'exact') {
          from = l;
          break;
        }
      }
      if (from === projectStart - 1) {
        const months: string[] = [];
        for (let m = first; m <= last; m++) months.push(sys.tie(code, m, m));
        sys.relate([key], months);
      }
      continue;
    }
    const months: string[] = [];
    for (let m = first; m <= last; m++) months.push(sys.tie(code, m, m));
    sys.relate([key], months);
  }
  // Tables, for every span a cell of the table is in (now including the months just tied in).
  const tablesDone = new Set<string>();
  for (const key of [...sys.states.keys()]) {
    const p = parseKey(key);
    if (!p) continue;
    const tables = TABLES.filter((t) => t.total === p.code || tableOfPart(p.code) === t);
    for (const t of tables) {
      if (!t.total || t.additive === 'never') continue;
      const id = `${t.prefix}@${spanKey(p.first, p.last)}`;
      if (tablesDone.has(id)) continue;
      tablesDone.add(id);
      const labels = tableLabels(sys, values, t, p.first, p.last, data);
      if (t.additive === 'if-equal') {
        const sum = labels.reduce((a, l) => a + sys.value(`${t.prefix}|${l}`, p.first, p.last), 0);
        if (sum !== sys.value(t.total, p.first, p.last)) continue;
      }
      const total = sys.tie(t.total, p.first, p.last);
      sys.relate(
        [total],
        labels.map((l) => sys.tie(`${t.prefix}|${l}`, p.first, p.last)),
      );
    }
  }
  // Unique people: a month of the span is part of the span's people.
  for (const key of shownKeys) {
    const p = parseKey(key);
    if (!p || p.first === p.last || !isUnique(p.code)) continue;
    for (let m = p.first; m <= p.last; m++) {
      const month = cellKey(p.code, spanKey(m, m));
      if (sys.states.has(month)) sys.relate([key], [month, sys.hidden(`~${key}−${month}`, null)]);
    }
  }
  // Scan: those who answered = those with a threshold + those without.
  for (const key of shownKeys) {
    const p = parseKey(key);
    if (!p?.code.startsWith('scan|') || !p.code.endsWith('|n')) continue;
    const base = p.code.slice(0, -2);
    sys.relate([key], [sys.tie(`${base}|drempel`, p.first, p.last), sys.tie(`${base}|geen`, p.first, p.last)]);
  }
}

/** The cells of a publication after disclosure control, and what they were worked out from. */
interface Controlled {
  values: Values;
  sys: CellSystem;
  /** Cells shown as they are (not about people). */
  plain: Map<string, number>;
  /** Part labels of each table, sorted. */
  tableParts: Map<TableDef, string[]>;
  shown: Map<string, Shown>;
}

/** What a publication shows of a period: its own span, the period before (if any), the project so far, the trend. */
function spansOf(period: Period, projectStart: MonthIndex) {
  const first = Math.max(period.first, projectStart);
  const last = period.last;
  const prev = previousPeriod(period, projectStart);
  const hasPrev = prev !== null && prev.last >= projectStart;
  const trendMonths: MonthIndex[] = [];
  const trendFrom = period.kind === 'maand' ? last - 11 : first;
  for (let m = Math.max(trendFrom, projectStart); m <= last; m++) trendMonths.push(m);
  return { first, last, prev: hasPrev ? prev : null, trendMonths };
}

/**
 * Disclosure control decides on the register's counts, the period, the project start and what was published
 * before, and on nothing else (not the moment, not the settings, not whether the month is still running). The
 * twin builds the month's live Dashboard tab and then its publication from the same frozen tabs and the same
 * record: the second is given the first's decisions (tabCache.ts), which are the same by construction.
 */
const controlledBefore = new TabsCache<DashboardData, Map<string, Controlled>>();

function controlledCells(input: BuildInput): Controlled {
  const { period, projectStart, published } = input;
  const key = JSON.stringify([
    period.kind,
    period.first,
    period.last,
    projectStart,
    [...published],
    [...(input.publishedSpans ?? [])],
  ]);
  const memo = controlledBefore.get(input.data, dataTabs(input.data), () => new Map());
  let controlled = memo.get(key);
  if (!controlled) {
    controlled = control(input);
    memo.set(key, controlled);
  }
  return controlled;
}

function control(input: BuildInput): Controlled {
  const { data, period, projectStart, published } = input;
  const { first, last, prev, trendMonths } = spansOf(period, projectStart);
  const values: Values = {
    months: countMonths(data, Math.min(projectStart, first), last),
    windows: new Map(),
    scans: new Map(),
  };
  const sys = new CellSystem(data, values, published, input.publishedSpans ?? new Set());
  const span = (f: MonthIndex, l: MonthIndex) => spanKey(f, l);

  // 1. Every cell this publication shows.
  const plain = new Map<string, number>();
  const showCell = (code: string, f: MonthIndex, l: MonthIndex): string => {
    if (controlled(code)) return sys.show(code, f, l);
    const key = cellKey(code, span(f, l));
    plain.set(key, sys.value(code, f, l));
    return key;
  };
  for (const h of HEADLINES) {
    showCell(h.code, first, last);
    if (prev) showCell(h.code, Math.max(prev.first, projectStart), prev.last);
    showCell(h.code, projectStart, last);
  }
  const tableParts = new Map<TableDef, string[]>();
  for (const t of TABLES) {
    const labels = tableLabels(sys, values, t, first, last, data).sort();
    tableParts.set(t, labels);
    for (const l of labels) showCell(`${t.prefix}|${l}`, first, last);
  }
  for (const q of SCAN_QUESTIONS)
    for (const moment of ['begin', 'einde']) {
      showCell(`scan|${q.id}|${moment}|drempel`, projectStart, last);
      showCell(`scan|${q.id}|${moment}|n`, projectStart, last);
    }
  showCell('scan-paren', projectStart, last);
  for (const code of TREND_SERIES) for (const m of trendMonths) showCell(code, m, m);

  // 2. What ties them to each other and to the past, then disclosure control.
  addRelations(sys, values, data, projectStart);
  // A quarter or a year sums months published one by one: there, check with the complete attacker too.
  const { shown } = protect(sys.states, sys.relations, { exact: period.kind !== 'maand' });
  return { values, sys, plain, tableParts, shown };
}

export function buildPublication(input: BuildInput): Publication {
  const { data, period, projectStart, settings } = input;
  const { first, last, prev, trendMonths } = spansOf(period, projectStart);
  const { values, sys, plain, tableParts, shown } = controlledCells(input);
  const span = (f: MonthIndex, l: MonthIndex) => spanKey(f, l);
  const cur = span(first, last);
  const prevSpan = prev ? span(Math.max(prev.first, projectStart), prev.last) : '';
  const totSpan = span(projectStart, last);
  const display = (code: string, f: MonthIndex, l: MonthIndex): Display => {
    const key = cellKey(code, span(f, l));
    const state = sys.states.get(key);
    if (state?.kind === 'fixed') return displayOf(state.shown);
    const s = shown.get(key);
    if (s) return displayOf(s);
    return plain.get(key) ?? SYMBOLS.none;
  };

  // 3. Rows.
  const rows: ReportRow[] = [];
  const cells = (c: string, p: string, t: string) => `${c}|${p}|${t}`;
  const pushHeadline = (code: string) => {
    const h = headline(code);
    const goal = h?.target ? target(settings[h.target]) : null;
    rows.push({
      section: SECTIONS.headline,
      label: KPI_LABELS[code] ?? code,
      code,
      current: display(code, first, last),
      previous: prev ? display(code, Math.max(prev.first, projectStart), prev.last) : '',
      total: display(code, projectStart, last),
      target: goal ?? '',
      note: goal !== null ? NOTES.target(goal) : '',
      cells: cells(cur, prevSpan, totSpan),
    });
  };
  for (const h of HEADLINES) {
    pushHeadline(h.code);
    if (h.code === 'actief') rows.push(medianRow(data, projectStart, first, last, display));
  }
  const newPlaces = newVindplaatsen(data);
  for (const t of TABLES) {
    const labels = tableParts.get(t) ?? [];
    if (labels.length === 0) continue;
    const ordered = [...labels].sort((a, b) => order(a) - order(b) || a.localeCompare(b, 'nl'));
    for (const l of ordered) {
      const code = `${t.prefix}|${l}`;
      rows.push({
        section: t.section,
        label: partLabel(t, l, newPlaces),
        code,
        current: display(code, first, last),
        previous: '',
        total: '',
        target: '',
        note: '',
        cells: cells(cur, '', ''),
      });
    }
    if (t.total)
      rows.push({
        section: t.section,
        label: 'Totaal',
        code: t.total,
        current: display(t.total, first, last),
        previous: '',
        total: '',
        target: '',
        note: t.additive === 'if-equal' ? 'Iemand op twee plaatsen telt hier één keer.' : '',
        cells: cells(cur, '', ''),
      });
  }
  rows.push(...scanRows(data, values, projectStart, last, display, totSpan));
  for (const code of TREND_SERIES)
    for (const m of trendMonths)
      rows.push({
        section: SECTIONS.trend,
        label: shortMonthLabel(m),
        code,
        current: display(code, m, m),
        previous: '',
        total: '',
        target: '',
        note: KPI_LABELS[code] ?? '',
        cells: cells(span(m, m), '', ''),
      });
  const about = (label: string, note: string) =>
    rows.push({
      section: SECTIONS.about,
      label,
      code: 'over',
      current: '',
      previous: '',
      total: '',
      target: '',
      note,
      cells: '||',
    });
  about('Periode', input.live ? NOTES.partial(input.madeOn) : period.label);
  about('Tekens', SYMBOLS.legend);
  about('Privacy', NOTES.privacy);
  about('Gemaakt op', input.madeOn);
  return {
    period,
    rows,
    madeAt: input.madeAt,
    live: input.live,
    control: { states: sys.states, relations: sys.relations, shown },
  };
}

function order(label: string): number {
  return (Object.values(OTHER) as string[]).includes(label) ? 1 : 0;
}

function partLabel(t: TableDef, label: string, newPlaces: ReadonlySet<string>): string {
  if (t.prefix === 'domein') return DOMAIN_LABELS[label] ?? label;
  if (t.prefix === 'vindplaats' && newPlaces.has(label)) return `${label} (nieuw)`;
  return label;
}

/** The median days to a connection: only shown when at least 5 connections are shown exactly. */
function medianRow(
  data: DashboardData,
  projectStart: MonthIndex,
  first: MonthIndex,
  last: MonthIndex,
  display: (code: string, f: MonthIndex, l: MonthIndex) => Display,
): ReportRow {
  const med = (f: MonthIndex, l: MonthIndex): Display => {
    const n = display('actief', f, l);
    if (typeof n !== 'number' || n < 5) return SYMBOLS.none;
    return median(daysToActive(data, { start: monthStart(f), end: monthStart(l + 1) })) ?? SYMBOLS.none;
  };
  const current = med(first, last);
  const total = med(projectStart, last);
  return {
    section: SECTIONS.headline,
    label: KPI_LABELS['mediaan-dagen'],
    code: 'mediaan-dagen',
    current,
    previous: '',
    total,
    target: '',
    note: current === SYMBOLS.none || total === SYMBOLS.none ? NOTES.medianTooFew : '',
    cells: `${spanKey(first, last)}||${spanKey(projectStart, last)}`,
  };
}

function scanRows(
  data: DashboardData,
  values: Values,
  projectStart: MonthIndex,
  last: MonthIndex,
  display: (code: string, f: MonthIndex, l: MonthIndex) => Display,
  totSpan: string,
): ReportRow[] {
  const rows: ReportRow[] = [];
  const row = (label: string, code: string, total: Display, note: string): ReportRow => ({
    section: SECTIONS.scan,
    label,
    code,
    current: '',
    previous: '',
    total,
    target: '',
    note,
    cells: `||${totSpan}`,
  });
  for (const q of SCAN_QUESTIONS) {
    const note = q.baseline ? SCAN_TEXT.baseline(q.baseline.percent, q.baseline.indicator) : SCAN_TEXT.noBaseline;
    const d = (code: string) => display(code, projectStart, last);
    rows.push(row(SCAN_TEXT.started(q.header), `scan|${q.id}|begin|drempel`, d(`scan|${q.id}|begin|drempel`), note));
    rows.push(row(SCAN_TEXT.answeredStart(q.header), `scan|${q.id}|begin|n`, d(`scan|${q.id}|begin|n`), ''));
    rows.push(row(SCAN_TEXT.ended(q.header), `scan|${q.id}|einde|drempel`, d(`scan|${q.id}|einde|drempel`), ''));
    rows.push(row(SCAN_TEXT.answeredEnd(q.header), `scan|${q.id}|einde|n`, d(`scan|${q.id}|einde|n`), ''));
  }
  const pairs = display('scan-paren', projectStart, last);
  rows.push(row(SCAN_TEXT.pairs, 'scan-paren', pairs, ''));
  const figures = values.scans.get(last) ?? scanFigures(data, monthStart(last + 1));
  const enough = typeof pairs === 'number' && pairs >= 5;
  rows.push(
    row(
      SCAN_TEXT.meanStart,
      'scan-gem-begin',
      enough ? (figures.meanStart ?? SYMBOLS.none) : SYMBOLS.none,
      enough ? '' : NOTES.medianTooFew,
    ),
  );
  rows.push(row(SCAN_TEXT.meanEnd, 'scan-gem-einde', enough ? (figures.meanEnd ?? SYMBOLS.none) : SYMBOLS.none, ''));
  return rows;
}
