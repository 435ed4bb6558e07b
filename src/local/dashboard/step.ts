import { isFinished, publishPeriod, refreshDashboard } from '../../app/dashboard/report';
import { sendSummary } from '../../app/dashboard/send';
import { cellText } from '../../domain/common/table';
import { brusselsMidnight, monthIndex, monthOf, nthWorkingDay, yearOf } from '../../domain/dashboard/calendar';
import { monthPeriod } from '../../domain/dashboard/periods';
import { DASHBOARD_SETTING_DEFAULTS, readDashboardSettings, yes } from '../../domain/dashboard/settings';
import { settingNumber } from '../../domain/register/settings';
import { SETTINGS } from '../../domain/tabs';
import type { CycleContext, CycleStep } from '../steps';
import { recordMonthScans } from './demoScans';
import { writeReportFiles } from './files';
import { LocalReportMedia } from './media';

/** The demo's project group (fictitious addresses). */
export const DEMO_PROJECT_GROUP = 'projectgroep@dekring.example, welzijn@stad-eeklo.example';

const SCANS = 'Drempelscans van de projectmedewerker';
const DASHBOARD = 'Maandoverzicht en projectgroep';

/** The cycle's month as a month index (its calendar month, whatever the host zone). */
function cycleMonth(ctx: CycleContext): number {
  return monthIndex(ctx.month.getFullYear(), ctx.month.getMonth() + 1);
}

/** The worker's quick scans of the month: at her first call and when a case is closed. */
export const scanStep: CycleStep = {
  name: SCANS,
  run(ctx) {
    const m = cycleMonth(ctx);
    const made = recordMonthScans(ctx.ports, yearOf(m), monthOf(m));
    ctx.results[SCANS] = { 'bij de start': made.start, 'bij de afsluiting': made.end };
  },
};

/** A demo workbook without project-group addresses gets the demo's (the worker's own are kept). */
function ensureDemoProjectGroup(ctx: CycleContext): void {
  const key = DASHBOARD_SETTING_DEFAULTS.projectGroup.key;
  const row = ctx.tables.read(SETTINGS.name).rows.find((r) => cellText(r.values.Instelling) === key);
  if (row && cellText(row.values.Waarde) === '')
    ctx.tables.update(SETTINGS.name, row.rowNumber, { Waarde: DEMO_PROJECT_GROUP });
}

/**
 * The month's dashboard, as in Google: the Dashboard tab at the end of the month; then, on the first working
 * day of the next month (the monthly trigger), the snapshot tab "Dashboard JJJJ-MM", the summary e-mail to the
 * project group (an .eml in out/outbox/) and the report as HTML and PDF in out/.
 */
export const dashboardStep: CycleStep = {
  name: DASHBOARD,
  run(ctx) {
    ensureDemoProjectGroup(ctx);
    const m = cycleMonth(ctx);
    const media = new LocalReportMedia();
    ctx.clock.set(new Date(brusselsMidnight(yearOf(m + 1), monthOf(m + 1), 1).getTime() - 6 * 3_600_000));
    refreshDashboard(ctx.ports);
    const settings = readDashboardSettings(ctx.tables.read(SETTINGS.name));
    const day = nthWorkingDay(m + 1, settingNumber(settings.reportWorkday, 1));
    ctx.clock.set(new Date(brusselsMidnight(yearOf(m + 1), monthOf(m + 1), day).getTime() + 8 * 3_600_000));
    const period = monthPeriod(m);
    const sent = yes(settings.autoSend) ? sendSummary(ctx.ports, media, m, 'send') : null;
    if (!isFinished(period, ctx.clock.now())) return;
    const published = publishPeriod(ctx.ports, period);
    const files = writeReportFiles(ctx.outDir, published.publication);
    ctx.wrote(files.html, `het overzicht van ${period.label} (met grafieken, om af te drukken)`);
    ctx.wrote(files.pdf, `hetzelfde overzicht als pdf (de bijlage van de e-mail)`);
    const results = Object.values(sent?.results ?? {});
    ctx.results[DASHBOARD] = {
      momentopname: published.snapshot || `Dashboard ${period.key} (bestond al)`,
      'e-mails projectgroep': results.filter((r) => r === 'sent').length,
      'al eerder verstuurd': results.filter((r) => r === 'already-sent').length,
    };
    ctx.say(
      `  overzicht ${period.label}: ${ctx.results[DASHBOARD]['e-mails projectgroep']} e-mails aan de projectgroep`,
    );
  },
};
