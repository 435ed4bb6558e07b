import type { Display, ReportRow } from './publication';
import { SCAN_QUESTIONS } from './scan';
import { KPI_LABELS, REPORT_TEXT, SECTIONS } from './texts';

/**
 * The charts of a report, as data: made from the published rows only, so a chart never shows more than the
 * table. A value shown as "<5" or "x" is left out of the chart (no bar), never drawn at any height.
 */
export interface ChartSeries {
  name: string;
  /** One value per category; null = not shown. */
  values: ReadonlyArray<number | null>;
  color: string;
}

export interface ChartSpec {
  /** Stable id: file names, e-mail content ids. */
  id: string;
  title: string;
  /** Column chart (categories along the bottom) or bar chart (categories down the side). */
  kind: 'columns' | 'bars';
  categories: readonly string[];
  series: readonly ChartSeries[];
  unit: '' | '%';
  /** Text alternative: the figures in words, for screen readers and the e-mail's plain text. */
  description: string;
}

/** Colours with enough contrast on white (WCAG 3:1 for graphics) and apart for colour-blind readers. */
export const CHART_COLORS = ['#1f5f99', '#b35806', '#2d7d46', '#6a3d9a'] as const;

const exactValue = (d: Display): number | null => (typeof d === 'number' ? d : null);

function describe(title: string, categories: readonly string[], series: readonly ChartSeries[], unit: string): string {
  const parts = categories.map((c, i) => {
    const vals = series.map((s) => {
      const v = s.values[i];
      return `${series.length > 1 ? `${s.name} ` : ''}${v === null ? 'niet getoond' : `${v}${unit ? ` ${unit}` : ''}`}`;
    });
    return `${c}: ${vals.join(', ')}`;
  });
  return `${title}. ${parts.join('; ')}.`;
}

function trendChart(rows: readonly ReportRow[], id: string, code: string, title: string, color: string): ChartSpec {
  const trend = rows.filter((r) => r.section === SECTIONS.trend && r.code === code);
  const categories = trend.map((r) => r.label);
  const series = [{ name: KPI_LABELS[code] ?? code, values: trend.map((r) => exactValue(r.current)), color }];
  return {
    id,
    title,
    kind: 'columns',
    categories,
    series,
    unit: '',
    description: describe(title, categories, series, ''),
  };
}

/** The three trend charts (new households, new connections, unique people per month). */
export function trendCharts(rows: readonly ReportRow[]): ChartSpec[] {
  const t = REPORT_TEXT.chartTitles;
  return [
    trendChart(rows, 'gezinnen', 'gezinnen-nieuw', t.households, CHART_COLORS[0]),
    trendChart(rows, 'aansluitingen', 'actief', t.connections, CHART_COLORS[2]),
    trendChart(rows, 'bereik', 'bereik-uniek', t.reach, CHART_COLORS[1]),
  ];
}

/** Targets: the project total next to its target, for every figure with a target. */
export function targetChart(rows: readonly ReportRow[]): ChartSpec {
  const withTarget = rows.filter((r) => r.section === SECTIONS.headline && typeof r.target === 'number');
  const categories = withTarget.map((r) => r.label);
  const series: ChartSeries[] = [
    { name: 'Tot nu', values: withTarget.map((r) => exactValue(r.total)), color: CHART_COLORS[0] },
    { name: 'Doel', values: withTarget.map((r) => exactValue(r.target)), color: CHART_COLORS[1] },
  ];
  const title = REPORT_TEXT.chartTitles.targets;
  return {
    id: 'doelen',
    title,
    kind: 'bars',
    categories,
    series,
    unit: '',
    description: describe(title, categories, series, ''),
  };
}

/** Share with a threshold at the start and at the end, per question (only where both counts are shown). */
export function scanChart(rows: readonly ReportRow[]): ChartSpec {
  const value = (code: string) =>
    exactValue(rows.find((r) => r.section === SECTIONS.scan && r.code === code)?.total ?? '');
  const percent = (id: string, moment: string) => {
    const d = value(`scan|${id}|${moment}|drempel`);
    const n = value(`scan|${id}|${moment}|n`);
    return d === null || n === null || n === 0 ? null : Math.round((100 * d) / n);
  };
  const categories = SCAN_QUESTIONS.map((q) => q.header);
  const series: ChartSeries[] = [
    { name: 'Bij de start', values: SCAN_QUESTIONS.map((q) => percent(q.id, 'begin')), color: CHART_COLORS[1] },
    { name: 'Bij de afsluiting', values: SCAN_QUESTIONS.map((q) => percent(q.id, 'einde')), color: CHART_COLORS[2] },
    {
      name: 'UGent 2020',
      values: SCAN_QUESTIONS.map((q) => q.baseline?.percent ?? null),
      color: CHART_COLORS[3],
    },
  ];
  const title = REPORT_TEXT.chartTitles.scan;
  return {
    id: 'drempels',
    title,
    kind: 'bars',
    categories,
    series,
    unit: '%',
    description: describe(title, categories, series, '%'),
  };
}

export function reportCharts(rows: readonly ReportRow[]): ChartSpec[] {
  return [...trendCharts(rows), targetChart(rows), scanChart(rows)];
}

export function hasData(chart: ChartSpec): boolean {
  return chart.series.some((s) => s.values.some((v) => v !== null));
}
