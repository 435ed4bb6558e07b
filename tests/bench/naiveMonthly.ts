import { readDashboardInputs } from '../../src/app/dashboard/inputs';
import { build } from '../../src/app/dashboard/report';
import { type MonthIndex, monthKey } from '../../src/domain/dashboard/calendar';
import { hasData, reportCharts } from '../../src/domain/dashboard/charts';
import { chartImage, reportHtml } from '../../src/domain/dashboard/html';
import { monthPeriod } from '../../src/domain/dashboard/periods';
import { reportTabRow } from '../../src/domain/dashboard/publication';
import { REPORT_COLUMNS } from '../../src/domain/dashboard/tabs';
import { MESSAGES } from '../../src/domain/tabs';
import type { Tables } from '../../src/ports';
import { readRowByRow } from './naiveDigest';
import type { NaiveServices } from './naiveReferral';

type Services = NaiveServices & {
  Charts: GoogleAppsScript.Charts.Charts;
  Utilities: GoogleAppsScript.Utilities.Utilities;
};

/**
 * The naive baseline for the monthly report, written like common dashboard samples: every tab read with one
 * `getValues` per row; the Dashboard, the snapshot and the record written with `appendRow`, one line at a
 * time; a chart image per chart; the page converted to PDF; each e-mail logged with `appendRow` and
 * `setValue`; the charts on the tabs removed and inserted again. Same figures as the script (the domain's
 * own engine). Not used by the script.
 */
export function naiveMonthly(services: Services, month: MonthIndex, to: readonly string[]): void {
  const ss = services.SpreadsheetApp.getActiveSpreadsheet();
  const tables = {
    read: (name: string) => {
      const sheet = ss.getSheetByName(name);
      return sheet ? readRowByRow(sheet) : { headers: [], rows: [] };
    },
  } as unknown as Tables;
  const inputs = readDashboardInputs(tables);
  const live = build(inputs, monthPeriod(month + 1), new Date(), true);
  const publication = build(inputs, monthPeriod(month), new Date(), false);
  const write = (name: string, rows: typeof publication.rows) => {
    const sheet = ss.getSheetByName(name) ?? ss.insertSheet(name);
    sheet.clearContents();
    sheet.appendRow([...REPORT_COLUMNS]);
    for (const r of rows) sheet.appendRow(REPORT_COLUMNS.map((h) => reportTabRow(r)[h] ?? ''));
    return sheet;
  };
  const dashboard = write('Dashboard', live.rows);
  const snapshot = write(`Dashboard ${monthKey(month)}`, publication.rows);
  const ledger = ss.getSheetByName('Dashboardcijfers') ?? ss.insertSheet('Dashboardcijfers');
  for (const r of publication.rows)
    ledger.appendRow([monthKey(month), ...REPORT_COLUMNS.map((h) => reportTabRow(r)[h] ?? '')]);
  const charts = reportCharts(publication.rows).filter(hasData);
  const images = charts.map((spec) => {
    const table = services.Charts.newDataTable().addColumn(services.Charts.ColumnType.STRING, 'Wat');
    for (const s of spec.series) table.addColumn(services.Charts.ColumnType.NUMBER, s.name);
    spec.categories.forEach((c, i) => {
      table.addRow([c, ...spec.series.map((s) => s.values[i])]);
    });
    return services.Charts.newColumnChart().setDataTable(table).setTitle(spec.title).build().getAs('image/png');
  });
  const html = reportHtml(publication.rows, { periodLabel: monthPeriod(month).label, madeOn: '' }, charts, (spec) =>
    chartImage(`cid:${spec.id}`, spec),
  );
  const pdf = services.Utilities.newBlob(html, 'text/html', 'overzicht.html').getAs('application/pdf');
  const messages = ss.getSheetByName(MESSAGES.name) as GoogleAppsScript.Spreadsheet.Sheet;
  for (const address of to) {
    messages.appendRow([
      `naief-${monthKey(month)}-${address}`,
      '',
      'Maandoverzicht',
      address,
      'Overzicht',
      'Te versturen',
    ]);
    const row = messages.getLastRow();
    messages.getRange(row, 6).setValue('Bezig met versturen');
    services.SpreadsheetApp.flush();
    services.MailApp.sendEmail({
      to: address,
      subject: 'Overzicht',
      body: 'Zie bijlage',
      htmlBody: html,
      attachments: [pdf, ...images],
    });
    messages.getRange(row, 6).setValue('Verstuurd');
  }
  for (const sheet of [dashboard, snapshot]) {
    for (const chart of sheet.getCharts()) sheet.removeChart(chart);
    const rows = sheet.getLastRow();
    for (let i = 0; i < 3; i++)
      sheet.insertChart(
        sheet
          .newChart()
          .asColumnChart()
          .addRange(sheet.getRange(2, 2, rows - 1, 2))
          .setPosition(2 + 20 * i, 10, 0, 0)
          .build(),
      );
  }
}
