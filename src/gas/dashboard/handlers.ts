import { readDashboardInputs } from '../../app/dashboard/inputs';
import { lastFinishedMonth, refreshDashboard } from '../../app/dashboard/report';
import { addScan } from '../../app/dashboard/scans';
import { dailyDashboardRun, mailReportToWorker, type SendReport, sendSummary } from '../../app/dashboard/send';
import { monthIndexOf } from '../../domain/dashboard/calendar';
import { monthPeriod, projectYearOf, projectYearPeriod, quarterOf } from '../../domain/dashboard/periods';
import { SCAN_SOURCES } from '../../domain/dashboard/scan';
import { DASHBOARD, SCAN } from '../../domain/dashboard/tabs';
import { DASHBOARD_TOASTS } from '../../domain/dashboard/texts';
import { LockBusyError, type Ports } from '../../ports';
import { type GasPorts, gasPorts } from '../services';
import { tellWorker } from '../ui';
import { gasReportMedia } from './media';
import { placeTrendCharts } from './sheetCharts';

/** Global function names of the dashboard (entry.ts exports them; setup installs the daily trigger). */
export const DASHBOARD_DAILY_HANDLER = 'dashboardDaily';
/** Hour (script time zone) of the daily dashboard run: before the worker's day and the 07:00 register run. */
export const DASHBOARD_HOUR = 6;
const LOCK_MS = 30_000;

function toast(message: string): void {
  SpreadsheetApp.getActive().toast(message, DASHBOARD_TOASTS.title, 8);
}

function underLock<T>(ports: Ports, fn: () => T, quiet = false): T | null {
  try {
    return ports.lock.withLock(LOCK_MS, fn);
  } catch (error) {
    if (!(error instanceof LockBusyError)) throw error;
    ports.audit.log('dashboard.busy');
    if (!quiet) toast(DASHBOARD_TOASTS.busy);
    return null;
  }
}

/**
 * Charts beside the Dashboard tab's table, kept in place day after day; and beside a snapshot just made
 * (once: a snapshot never changes, so its charts are never touched again).
 */
function placeCharts(ports: GasPorts, snapshot = ''): void {
  // Our tabs by their stable ids (the worker may have renamed them).
  const dashboard = ports.sheets.sheetOf(DASHBOARD.name);
  if (dashboard) placeTrendCharts(dashboard, ports.tables.read(DASHBOARD.name), ports.properties);
  const frozen = snapshot ? ports.sheets.sheetOf(snapshot) : null;
  if (frozen) placeTrendCharts(frozen, ports.tables.read(snapshot), null);
}

/**
 * The daily time-driven trigger: the Dashboard tab of the running month, and from the configured working day
 * of the month on, last month's snapshot and the summary to the project group (once). A busy lock skips the
 * day; the next run catches up.
 */
export function runDashboardDaily() {
  const ports = gasPorts();
  return underLock(
    ports,
    () => {
      const report = dailyDashboardRun(ports, gasReportMedia);
      placeCharts(ports, typeof report.summary === 'object' ? report.summary.snapshot : '');
      return report;
    },
    true,
  );
}

export function menuRefreshDashboard() {
  const ports = gasPorts();
  const publication = underLock(ports, () => {
    const pub = refreshDashboard(ports);
    placeCharts(ports);
    return pub;
  });
  if (publication) {
    ports.sheets.sheetOf(DASHBOARD.name)?.activate();
    toast(DASHBOARD_TOASTS.refreshed(publication.period.label));
  }
  return publication ? publication.period.key : null;
}

/** "Voorbeeld bekijken": last month's summary to the worker only; nothing is recorded or sent to anyone else. */
export function menuPreviewSummary(): SendReport | null {
  const ports = gasPorts();
  const report = underLock(ports, () =>
    sendSummary(ports, gasReportMedia, lastFinishedMonth(ports.clock.now()), 'preview'),
  );
  if (report) {
    const [to, result] = Object.entries(report.results)[0] ?? ['', 'failed'];
    tellWorker(
      result === 'sent'
        ? DASHBOARD_TOASTS.preview(to)
        : DASHBOARD_TOASTS.notAllSent(monthPeriod(lastFinishedMonth(ports.clock.now())).label),
    );
  }
  return report;
}

/**
 * "Versturen": last month's summary to the project group, once. When it went out before, the worker is asked
 * whether she really wants to send it again; only a yes sends a new round.
 */
export function menuSendSummary(): SendReport | null {
  const ports = gasPorts();
  const month = lastFinishedMonth(ports.clock.now());
  const label = monthPeriod(month).label;
  const send = (mode: 'send' | 'resend') => {
    const r = sendSummary(ports, gasReportMedia, month, mode);
    if (r.snapshot) placeCharts(ports, r.snapshot);
    return r;
  };
  let report = underLock(ports, () => send('send'));
  if (!report) return null;
  if (report.skipped === 'already-sent') {
    const ui = SpreadsheetApp.getUi();
    const answer = ui.alert(DASHBOARD_TOASTS.title, DASHBOARD_TOASTS.resendQuestion(label), ui.ButtonSet.YES_NO);
    if (answer !== ui.Button.YES) {
      tellWorker(DASHBOARD_TOASTS.noResend);
      return report;
    }
    report = underLock(ports, () => send('resend'));
    if (!report) return null;
  }
  tellWorker(summaryMessage(report, label));
  return report;
}

function summaryMessage(report: SendReport, label: string): string {
  if (report.skipped === 'no-addresses') return DASHBOARD_TOASTS.noAddresses;
  if (report.skipped === 'already-sent') return DASHBOARD_TOASTS.alreadySent(label);
  const results = Object.values(report.results);
  const sent = results.filter((r) => r === 'sent' || r === 'already-sent').length;
  const lines = [sent === results.length ? DASHBOARD_TOASTS.sent(sent, label) : DASHBOARD_TOASTS.notAllSent(label)];
  if (report.invalid.length > 0) lines.push(DASHBOARD_TOASTS.invalidAddresses(report.invalid.join(', ')));
  return lines.join('\n\n');
}

/** Last quarter's report as a PDF to the worker. */
export function menuQuarterReport() {
  const ports = gasPorts();
  const period = quarterOf(quarterOf(monthIndexOf(ports.clock.now())).first - 1);
  const result = underLock(ports, () => mailReportToWorker(ports, gasReportMedia, period));
  if (result) tellWorker(DASHBOARD_TOASTS.report(period.label, result.to));
  return result;
}

/** The yearly report for the funder: the last finished project year (the running one, provisional, in year 1). */
export function menuYearReport() {
  const ports = gasPorts();
  const result = underLock(ports, () => {
    const { projectStart } = readDashboardInputs(ports.tables);
    const running = projectYearOf(projectStart, monthIndexOf(ports.clock.now()));
    const period = projectYearPeriod(projectStart, Math.max(1, running - 1));
    return { period, mail: mailReportToWorker(ports, gasReportMedia, period) };
  });
  if (result) tellWorker(DASHBOARD_TOASTS.report(result.period.label, result.mail.to));
  return result?.mail ?? null;
}

/** Quick entry for the worker's quick scan at her first call (or at closing: she sets Moment to Einde). */
export function menuAddScan() {
  const ports = gasPorts();
  const added = underLock(ports, () =>
    addScan(ports, { caseRef: '', moment: 'Begin', source: SCAN_SOURCES.firstCall }),
  );
  if (!added) return null;
  ports.sheets.sheetOf(SCAN.name)?.activate();
  toast(DASHBOARD_TOASTS.scanAdded(added.id));
  return added;
}

/** Setup: the daily dashboard trigger, unless one exists. */
export function ensureDashboardTrigger(): boolean {
  const exists = ScriptApp.getProjectTriggers().some((t) => t.getHandlerFunction() === DASHBOARD_DAILY_HANDLER);
  if (exists) return false;
  ScriptApp.newTrigger(DASHBOARD_DAILY_HANDLER).timeBased().everyDays(1).atHour(DASHBOARD_HOUR).create();
  return true;
}
