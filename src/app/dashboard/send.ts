import { cellText } from '../../domain/common/table';
import { brusselsDay, type MonthIndex, monthIndexOf, nthWorkingDay } from '../../domain/dashboard/calendar';
import { targetChart, trendCharts } from '../../domain/dashboard/charts';
import { monthPeriod, type Period } from '../../domain/dashboard/periods';
import type { Publication } from '../../domain/dashboard/publication';
import { projectGroupAddresses, yes } from '../../domain/dashboard/settings';
import { summaryMail } from '../../domain/dashboard/summary';
import { DASHBOARD_MAIL_KIND, REPORT_MAIL } from '../../domain/dashboard/texts';
import { composeMail, paragraph, small, title } from '../../domain/messages/compose';
import { MAIL_STATUS } from '../../domain/messages/status';
import { settingNumber } from '../../domain/register/settings';
import { MESSAGES } from '../../domain/tabs';
import type { Ports, TableSnapshot } from '../../ports';
import { type DeliveryResult, deliverOnce } from '../outbox';
import { type DashboardInputs, readDashboardInputs } from './inputs';
import {
  build,
  isFinished,
  publishedBefore,
  publishPeriod,
  type RenderedReport,
  type ReportMedia,
  refreshDashboard,
  renderReport,
} from './report';

/**
 * The project-group summary: once per period and address, write-ahead through Berichten (`deliverOnce`, a
 * stable id per period and address), so a run cut off half-way or a second trigger never sends twice. Only an
 * explicit resend by the worker sends again (a new round of ids). The preview goes to the worker only.
 */

export type SendMode = 'send' | 'resend' | 'preview';

export interface SendReport {
  period: string;
  mode: SendMode;
  /** Per address: what happened. */
  results: Record<string, DeliveryResult>;
  /** Addresses in Instellingen that are not an address. */
  invalid: string[];
  /** Nothing to do: every address had it already (send) or there is no address. */
  skipped: 'already-sent' | 'no-addresses' | null;
  /** The snapshot tab made by this send ('' when none was made). */
  snapshot: string;
}

export const summaryId = (periodKey: string, address: string, round = 0) =>
  round === 0 ? `maandoverzicht-${periodKey}-${address}` : `maandoverzicht-${periodKey}-opnieuw-${round}-${address}`;

function status(messages: TableSnapshot, id: string): string {
  const row = messages.rows.find((r) => cellText(r.values['Bericht-ID']) === id);
  return row ? cellText(row.values.Status) : '';
}

/** The resend round to use: the last one if it did not reach everyone, else a new one. */
function resendRound(messages: TableSnapshot, periodKey: string, addresses: readonly string[]): number {
  const prefix = `maandoverzicht-${periodKey}-opnieuw-`;
  let last = 0;
  for (const row of messages.rows) {
    const id = cellText(row.values['Bericht-ID']);
    if (!id.startsWith(prefix)) continue;
    last = Math.max(last, Number(id.slice(prefix.length).split('-')[0]) || 0);
  }
  if (last > 0 && addresses.some((a) => status(messages, summaryId(periodKey, a, last)) !== MAIL_STATUS.sent))
    return last;
  return last + 1;
}

/** The charts in the e-mail (the PDF has all of them). */
function mailCharts(report: RenderedReport) {
  const ids = new Set([...trendCharts(report.rows).map((c) => c.id), targetChart(report.rows).id]);
  return report.charts.filter((c) => ids.has(c.spec.id));
}

/**
 * Sends (or previews) the summary of a finished month. Publishing comes first (the snapshot and the record
 * in Dashboardcijfers), except for a preview: that one is built fresh and records nothing, so the worker can
 * still correct the register before it goes out. Call under the script lock.
 */
export function sendSummary(ports: Ports, media: ReportMedia, month: MonthIndex, mode: SendMode): SendReport {
  const period = monthPeriod(month);
  const inputs = readDashboardInputs(ports.tables);
  const { valid, invalid } = projectGroupAddresses(inputs.dashboard.projectGroup);
  const report: SendReport = { period: period.key, mode, results: {}, invalid, skipped: null, snapshot: '' };
  const messages = ports.tables.read(MESSAGES.name);

  if (mode === 'preview') {
    const publication = previewPublication(ports, period, inputs);
    const rendered = renderReport(media, publication, publication.rows);
    const to = inputs.settings.workerEmail;
    report.results[to] = deliverOnce(ports, messages, {
      id: `voorbeeld-${period.key}-${ports.clock.now().toISOString()}`,
      caseRef: '',
      kind: DASHBOARD_MAIL_KIND.preview,
      mail: summaryMail({
        to,
        rows: publication.rows,
        period,
        settings: inputs.settings,
        charts: mailCharts(rendered),
        pdf: media.reportPdf(rendered),
        preview: true,
      }),
    });
    return report;
  }
  if (valid.length === 0) {
    report.skipped = 'no-addresses';
    ports.audit.log('summary.no-addresses', { period: period.key });
    return report;
  }
  const round = mode === 'resend' ? resendRound(messages, period.key, valid) : 0;
  const open = valid.filter((a) => status(messages, summaryId(period.key, a, round)) !== MAIL_STATUS.sent);
  if (open.length === 0) {
    report.skipped = 'already-sent';
    for (const a of valid) report.results[a] = 'already-sent';
    return report;
  }
  const { publication, snapshot } = publishPeriod(ports, period, inputs);
  report.snapshot = snapshot;
  const rendered = renderReport(media, publication, publication.rows);
  const pdf = media.reportPdf(rendered);
  const charts = mailCharts(rendered);
  for (const address of valid) {
    report.results[address] = deliverOnce(ports, ports.tables.read(MESSAGES.name), {
      id: summaryId(period.key, address, round),
      caseRef: '',
      kind: DASHBOARD_MAIL_KIND.summary,
      mail: summaryMail({
        to: address,
        rows: publication.rows,
        period,
        settings: inputs.settings,
        charts,
        pdf,
        preview: false,
      }),
    });
  }
  ports.audit.log('summary.sent', { period: period.key, mode, addresses: valid.length });
  return report;
}

/** A finished month as published, or as it would be published now (recorded nowhere). */
function previewPublication(ports: Ports, period: Period, inputs: DashboardInputs): Publication {
  return publishedBefore(inputs, period) ?? build(inputs, period, ports.clock.now(), false);
}

/** Days after the report's working day on which a missed automatic send is still made. */
export const CATCH_UP_DAYS = 6;

export interface MonthlyRunReport {
  dashboard: string;
  summary: SendReport | 'not-today' | 'manual';
}

/**
 * The daily trigger: refreshes the Dashboard tab; from the configured working day of the month on (default
 * the first), publishes last month and, when automatic sending is on, sends its summary — once: later runs
 * find it sent. A run missed on that day is caught up the next day.
 */
export function dailyDashboardRun(ports: Ports, media: ReportMedia): MonthlyRunReport {
  const now = ports.clock.now();
  const inputs = readDashboardInputs(ports.tables);
  const live = refreshDashboard(ports, inputs);
  const today = brusselsDay(now);
  const workday = nthWorkingDay(monthIndexOf(now), settingNumber(inputs.dashboard.reportWorkday, 1));
  // The working day itself, or up to a week later when the trigger missed it (a busy lock, an outage);
  // later than that the worker sends it herself, so a script set up mid-month sends no stale summary.
  if (today.day < workday || today.day > workday + CATCH_UP_DAYS)
    return { dashboard: live.period.key, summary: 'not-today' };
  if (!yes(inputs.dashboard.autoSend)) return { dashboard: live.period.key, summary: 'manual' };
  const month = monthIndexOf(now) - 1;
  if (month < inputs.projectStart || !isFinished(monthPeriod(month), now))
    return { dashboard: live.period.key, summary: 'not-today' };
  return { dashboard: live.period.key, summary: sendSummary(ports, media, month, 'send') };
}

export interface ReportMailResult {
  period: string;
  provisional: boolean;
  to: string;
  result: DeliveryResult;
}

/**
 * Any period's report as a PDF to the worker (the yearly report for the funder in one click): a finished
 * period is published (and stays as it is); a running one is provisional and recorded nowhere.
 */
export function mailReportToWorker(ports: Ports, media: ReportMedia, period: Period): ReportMailResult {
  const inputs = readDashboardInputs(ports.tables);
  const now = ports.clock.now();
  const provisional = !isFinished(period, now);
  const publication = provisional ? build(inputs, period, now, true) : publishPeriod(ports, period, inputs).publication;
  const rendered = renderReport(media, publication, publication.rows);
  const to = inputs.settings.workerEmail;
  const t = REPORT_MAIL;
  const result = deliverOnce(ports, ports.tables.read(MESSAGES.name), {
    id: `rapport-${period.key}-${now.toISOString()}`,
    caseRef: '',
    kind: DASHBOARD_MAIL_KIND.report,
    mail: composeMail({
      to,
      subject: t.subject(period.label, provisional),
      blocks: [
        title(t.subject(period.label, provisional)),
        paragraph(t.intro(period.label)),
        paragraph(provisional ? t.provisional : t.final),
        small(t.privacy),
      ],
      senderName: inputs.settings.senderName,
      attachments: [media.reportPdf(rendered)],
    }),
  });
  ports.audit.log('report.mailed', { period: period.key, provisional, result });
  return { period: period.key, provisional, to, result };
}
