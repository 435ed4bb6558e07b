import { cellText } from '../../domain/common/table';
import { TREND_SERIES } from '../../domain/dashboard/publication';
import { REPORT_TEXT, SECTIONS } from '../../domain/dashboard/texts';
import type { Properties, TableSnapshot } from '../../ports';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const TITLES: Record<string, string> = {
  'gezinnen-nieuw': REPORT_TEXT.chartTitles.households,
  actief: REPORT_TEXT.chartTitles.connections,
  'bereik-uniek': REPORT_TEXT.chartTitles.reach,
};

/** Script property holding the ids of the charts the script put on a tab (so the worker's own charts are never touched). */
export const chartIdsKey = (sheetId: number) => `dashboard.charts.${sheetId}`;

/**
 * One column chart per trend series, embedded beside the table of a report tab (the Dashboard, or a snapshot
 * when it is made). The chart reads the tab's own cells: a value shown as "<5" or "x" is text, so it has no bar.
 * Charts the script made before are updated in place; the worker's own charts are left alone.
 */
export function placeTrendCharts(sheet: Sheet, tab: TableSnapshot, properties: Properties | null): number {
  const label = tab.headers.indexOf('Wat') + 1;
  const value = tab.headers.indexOf('Deze periode') + 1;
  if (label < 1 || value < 1) return 0;
  // Without properties (a snapshot: charts made once, never changed) the ids are not kept.
  const key = properties ? chartIdsKey(sheet.getSheetId()) : '';
  let ids: Record<string, number> = {};
  try {
    ids = JSON.parse(properties?.get(key) || '{}') as Record<string, number>;
  } catch {
    ids = {};
  }
  const existing = properties ? sheet.getCharts() : [];
  // Each chart's id read once.
  const existingIds: Array<number | null> = existing.map((c) => c.getChartId());
  const anchorColumn = Math.min(tab.headers.length + 2, sheet.getMaxColumns());
  let placed = 0;
  TREND_SERIES.forEach((code, i) => {
    const rows = tab.rows
      .filter((r) => cellText(r.values.Onderdeel) === SECTIONS.trend && cellText(r.values.Code) === code)
      .map((r) => r.rowNumber);
    if (rows.length === 0) return;
    const first = Math.min(...rows);
    const count = Math.max(...rows) - first + 1;
    const at = code in ids ? existingIds.indexOf(ids[code]) : -1;
    const own = at < 0 ? undefined : existing[at];
    const builder = (own ? own.modify() : sheet.newChart())
      .asColumnChart()
      .clearRanges()
      .addRange(sheet.getRange(first, label, count, 1))
      .addRange(sheet.getRange(first, value, count, 1))
      .setPosition(2 + i * 20, anchorColumn, 0, 0)
      .setOption('title', TITLES[code] ?? code)
      .setOption('legend', { position: 'none' });
    const chart = builder.build();
    if (own) sheet.updateChart(chart);
    else if (!properties) sheet.insertChart(chart);
    else {
      sheet.insertChart(chart);
      // The id of the chart in the sheet: the one that was not there before.
      const known = new Set(existingIds);
      const fresh = sheet.getCharts().find((c) => !known.has(c.getChartId()));
      ids[code] = fresh?.getChartId() ?? 0;
      if (fresh) {
        existing.push(fresh);
        existingIds.push(ids[code]);
      }
    }
    placed++;
  });
  if (properties) properties.set(key, JSON.stringify(ids));
  return placed;
}
