import type { RenderedReport, ReportMedia } from '../../app/dashboard/report';
import type { ChartSpec } from '../../domain/dashboard/charts';
import type { MailFile } from '../../ports';
import { unsignedBytes } from '../services';

/**
 * Apps Script's report files: chart images from the Charts service (PNG, for the e-mail; Gmail shows no SVG),
 * the PDF from Google's conversion of the report's HTML page (the same renderer as the twin's HTML).
 */

function chartHeight(chart: ChartSpec): number {
  return chart.kind === 'columns' ? 330 : Math.max(200, 90 + chart.categories.length * (14 * chart.series.length + 12));
}

export const gasReportMedia: ReportMedia = {
  chartPng(chart: ChartSpec): MailFile {
    const table = Charts.newDataTable().addColumn(Charts.ColumnType.STRING, chart.kind === 'columns' ? 'Maand' : 'Wat');
    for (const s of chart.series) table.addColumn(Charts.ColumnType.NUMBER, s.name);
    // A value not shown in the report ("<5", "x") is left empty: no bar, no height.
    chart.categories.forEach((category, i) => {
      table.addRow([category, ...chart.series.map((s) => s.values[i])]);
    });
    const builder = chart.kind === 'columns' ? Charts.newColumnChart() : Charts.newBarChart();
    const image = builder
      .setDataTable(table)
      .setTitle(chart.title)
      .setDimensions(640, chartHeight(chart))
      .setColors(chart.series.map((s) => s.color))
      .setLegendPosition(chart.series.length > 1 ? Charts.Position.BOTTOM : Charts.Position.NONE)
      .build()
      .getAs('image/png');
    return { name: `grafiek-${chart.id}.png`, contentType: 'image/png', bytes: unsignedBytes(image.getBytes()) };
  },

  reportPdf(report: RenderedReport): MailFile {
    const html = Utilities.newBlob(report.html, 'text/html', report.name.replace(/\.pdf$/, '.html'));
    const pdf = html.getAs('application/pdf');
    return { name: report.name, contentType: 'application/pdf', bytes: unsignedBytes(pdf.getBytes()) };
  },
};
