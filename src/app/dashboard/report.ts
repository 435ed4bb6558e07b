import { base64 } from '../../domain/common/base64';
import { formatBrusselsDate, type MonthIndex, monthIndexOf } from '../../domain/dashboard/calendar';
import { type ChartSpec, hasData, reportCharts } from '../../domain/dashboard/charts';
import { chartImage, reportHtml } from '../../domain/dashboard/html';
import { monthPeriod, type Period } from '../../domain/dashboard/periods';
import {
  buildPublication,
  ledgerRows,
  type Publication,
  publicationRows,
  publishedCells,
  publishedPeriodSpans,
  type ReportRow,
  reportTabRow,
} from '../../domain/dashboard/publication';
import { DASHBOARD, PUBLISHED, snapshotTab } from '../../domain/dashboard/tabs';
import type { Audit, Clock, MailFile, Tables } from '../../ports';
import { type DashboardInputs, readDashboardInputs } from './inputs';

/**
 * The dashboard's use cases on the sheet: the live Dashboard tab (the running month), and publishing a
 * finished period once — its rows appended to Dashboardcijfers (the record every later report stays
 * consistent with) and, for a month, a snapshot tab "Dashboard JJJJ-MM" that is never changed again.
 */

export interface DashboardPorts {
  tables: Tables;
  clock: Clock;
  audit: Audit;
}

/** Turns a report into files. Apps Script: the Charts service and Google's HTML→PDF; the twin: SVG→PNG and pdfkit. */
export interface ReportMedia {
  chartPng(chart: ChartSpec): MailFile;
  reportPdf(report: RenderedReport): MailFile;
}

export interface RenderedReport {
  /** File name, "overzicht-2026-10.pdf". */
  name: string;
  period: Period;
  rows: readonly ReportRow[];
  madeOn: string;
  charts: ReadonlyArray<{ spec: ChartSpec; png: MailFile }>;
  /** The report page with the charts as PNG data: URIs (what Apps Script converts to PDF). */
  html: string;
}

/** Renders the files of a report: PNG per chart, the HTML page, the PDF. */
export function renderReport(media: ReportMedia, publication: Publication, rows: readonly ReportRow[]): RenderedReport {
  const madeOn = formatBrusselsDate(publication.madeAt);
  // A chart without any figure shown is left out (the Charts service refuses an empty data table).
  const charts = reportCharts(rows)
    .filter(hasData)
    .map((spec) => ({ spec, png: media.chartPng(spec) }));
  const png = new Map(charts.map((c) => [c.spec.id, c.png]));
  const html = reportHtml(
    rows,
    { periodLabel: publication.period.label, madeOn },
    charts.map((c) => c.spec),
    (spec) => chartImage(`data:image/png;base64,${base64((png.get(spec.id) as MailFile).bytes)}`, spec),
  );
  return { name: `overzicht-${publication.period.key}.pdf`, period: publication.period, rows, madeOn, charts, html };
}

/** The running month on the Dashboard tab (rewritten; nothing is recorded). */
export function refreshDashboard(ports: DashboardPorts, inputs = readDashboardInputs(ports.tables)): Publication {
  const now = ports.clock.now();
  const publication = build(inputs, monthPeriod(monthIndexOf(now)), now, true);
  ports.tables.ensureTab(DASHBOARD);
  ports.tables.replaceRows(DASHBOARD.name, publication.rows.map(reportTabRow));
  ports.audit.log('dashboard.refreshed', { month: publication.period.key, rows: publication.rows.length });
  return publication;
}

/** A publication built from the register now (recorded nowhere by this function). */
export function build(inputs: DashboardInputs, period: Period, now: Date, live: boolean): Publication {
  return buildPublication({
    data: inputs.data,
    period,
    projectStart: inputs.projectStart,
    settings: inputs.dashboard,
    published: publishedCells(inputs.ledger),
    publishedSpans: publishedPeriodSpans(inputs.ledger, inputs.projectStart),
    madeAt: now,
    madeOn: formatBrusselsDate(now),
    live,
  });
}

export interface Published {
  publication: Publication;
  /** True when this call recorded the period (false: it was published before and is read back). */
  recorded: boolean;
  /** The snapshot tab made now ('' when none was made). */
  snapshot: string;
}

/** Is the period over (all its days have passed in Brussels)? */
export function isFinished(period: Period, now: Date): boolean {
  return now.getTime() >= period.end.getTime();
}

/**
 * Publishes a finished period once: the first call builds it and appends its rows to Dashboardcijfers (one
 * write); every later call reads those rows back, so a report never changes once published. For a month,
 * the snapshot tab is made when it is missing (never rewritten when it exists). Call under the script lock.
 */
export function publishPeriod(
  ports: DashboardPorts,
  period: Period,
  inputs = readDashboardInputs(ports.tables),
): Published {
  const now = ports.clock.now();
  if (!isFinished(period, now)) throw new Error(`De periode ${period.label} is nog niet voorbij.`);
  let publication = publishedBefore(inputs, period);
  let recorded = false;
  if (!publication) {
    publication = build(inputs, period, now, false);
    ports.tables.ensureTab(PUBLISHED);
    ports.tables.append(PUBLISHED.name, ledgerRows(publication));
    recorded = true;
  }
  let snapshot = '';
  if (period.kind === 'maand') {
    const spec = snapshotTab(period.key);
    if (!ports.tables.hasTab(spec.name)) {
      ports.tables.ensureTab(spec);
      ports.tables.append(spec.name, publication.rows.map(reportTabRow));
      snapshot = spec.name;
    }
  }
  ports.audit.log('dashboard.published', { period: period.key, recorded, snapshot: snapshot !== '' });
  return { publication, recorded, snapshot };
}

/** A period as it was published, or null when it never was. */
export function publishedBefore(inputs: DashboardInputs, period: Period): Publication | null {
  const rows = publicationRows(inputs.ledger, period.key);
  if (rows.length === 0) return null;
  const made = inputs.ledger.find((e) => e.periodKey === period.key)?.madeAt ?? period.end;
  return { period, rows, madeAt: made, live: false };
}

/** The month before the one `now` is in. */
export function lastFinishedMonth(now: Date): MonthIndex {
  return monthIndexOf(now) - 1;
}
