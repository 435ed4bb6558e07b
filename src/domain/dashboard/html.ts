import { escapeHtml } from '../common/html';
import type { ChartSpec } from './charts';
import type { Display, ReportRow } from './publication';
import { SCAN_QUESTIONS } from './scan';
import { REPORT_TEXT, SCAN_TEXT, SECTIONS, SYMBOLS } from './texts';

/**
 * The one HTML rendering of a report: the twin's `out/dashboard-JJJJ-MM.html` (charts as inline SVG) and the
 * page Apps Script turns into the PDF (charts as PNG images). Self-contained, print CSS for A4, every field
 * escaped with the project's one escaper. Made from the published rows only.
 */

export interface ReportMeta {
  /** "oktober 2026" */
  periodLabel: string;
  /** "27/10/2026" */
  madeOn: string;
}

/** How a chart appears: inline SVG, or an image (data: URI or cid:). Returns markup; the caller escapes. */
export type ChartMarkup = (chart: ChartSpec) => string;

/** An <img> for a chart image at `src`, with the chart's description as its text alternative. */
export function chartImage(src: string, chart: ChartSpec): string {
  return `<img src="${escapeHtml(src)}" alt="${escapeHtml(chart.description)}" width="640">`;
}

/** 1234 → "1.234"; symbols unchanged. */
export function formatDisplay(value: Display): string {
  if (typeof value !== 'number') return value === '' ? '' : String(value);
  const [whole, fraction] = String(value).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return fraction ? `${grouped},${fraction}` : grouped;
}

const CSS = `
:root { color: #222; background: #fff; }
body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; font-size: 15px; line-height: 1.45; margin: 24px auto; max-width: 960px; padding: 0 16px; }
header { border-bottom: 3px solid #1f5f99; margin-bottom: 16px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 28px 0 8px; color: #1a4f80; }
p.sub { margin: 0 0 12px; color: #444; }
table { border-collapse: collapse; width: 100%; margin: 4px 0 12px; }
caption { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
th, td { border: 1px solid #bbb; padding: 4px 8px; vertical-align: top; }
th[scope="row"] { text-align: left; font-weight: normal; }
thead th { background: #1f5f99; color: #fff; text-align: left; }
td.n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.total td { font-weight: bold; }
figure { margin: 12px 0; }
figure img, figure svg { max-width: 100%; height: auto; }
figcaption { font-size: 13px; color: #444; }
.legend, .privacy { font-size: 13px; color: #444; }
@page { size: A4; margin: 14mm; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  h2 { break-after: avoid; }
  table, figure { break-inside: avoid; }
  thead { display: table-header-group; }
}
`;

function cell(value: Display): string {
  return `<td class="n">${escapeHtml(formatDisplay(value))}</td>`;
}

function sectionRows(rows: readonly ReportRow[], section: string): ReportRow[] {
  return rows.filter((r) => r.section === section);
}

function headlineTable(rows: readonly ReportRow[]): string {
  const c = REPORT_TEXT.columns;
  const body = rows
    .map(
      (r) =>
        `<tr><th scope="row">${escapeHtml(r.label)}</th>${cell(r.current)}${cell(r.previous)}${cell(r.total)}${cell(r.target)}</tr>`,
    )
    .join('');
  return (
    `<table><caption>${escapeHtml(SECTIONS.headline)}</caption><thead><tr><th scope="col">${escapeHtml(c.what)}</th>` +
    `<th scope="col">${escapeHtml(c.current)}</th><th scope="col">${escapeHtml(c.previous)}</th>` +
    `<th scope="col">${escapeHtml(c.total)}</th><th scope="col">${escapeHtml(c.target)}</th></tr></thead><tbody>${body}</tbody></table>`
  );
}

function partTable(section: string, rows: readonly ReportRow[]): string {
  const c = REPORT_TEXT.columns;
  const body = rows
    .map(
      (r) =>
        `<tr${r.label === 'Totaal' ? ' class="total"' : ''}><th scope="row">${escapeHtml(r.label)}</th>${cell(r.current)}</tr>`,
    )
    .join('');
  const notes = [...new Set(rows.map((r) => r.note).filter(Boolean))];
  return (
    `<table><caption>${escapeHtml(section)}</caption><thead><tr><th scope="col">${escapeHtml(c.what)}</th>` +
    `<th scope="col">${escapeHtml(c.current)}</th></tr></thead><tbody>${body}</tbody></table>` +
    notes.map((n) => `<p class="legend">${escapeHtml(n)}</p>`).join('')
  );
}

/** "12 van 34 (35 %)", or the symbol when the count or the number who answered is not shown exactly. */
function share(drempel: Display, n: Display): string {
  if (typeof drempel !== 'number' || typeof n !== 'number') {
    if (drempel === '' && n === '') return SYMBOLS.none;
    return `${formatDisplay(drempel) || SYMBOLS.none} van ${formatDisplay(n) || SYMBOLS.none}`;
  }
  if (n === 0) return SYMBOLS.none;
  return `${REPORT_TEXT.percentOf(drempel, n)} (${Math.round((100 * drempel) / n)} %)`;
}

function scanTable(rows: readonly ReportRow[]): string {
  const value = (code: string): Display => rows.find((r) => r.code === code)?.total ?? '';
  const body = SCAN_QUESTIONS.map((q) => {
    const start = share(value(`scan|${q.id}|begin|drempel`), value(`scan|${q.id}|begin|n`));
    const end = share(value(`scan|${q.id}|einde|drempel`), value(`scan|${q.id}|einde|n`));
    const base = q.baseline ? `${q.baseline.percent} % (${q.baseline.indicator})` : SYMBOLS.none;
    return `<tr><th scope="row">${escapeHtml(q.question)}</th><td>${escapeHtml(start)}</td><td>${escapeHtml(end)}</td><td>${escapeHtml(base)}</td></tr>`;
  }).join('');
  const extra = rows
    .filter((r) => r.code === 'scan-paren' || r.code.startsWith('scan-gem'))
    .map(
      (r) =>
        `<tr><th scope="row">${escapeHtml(r.label)}</th><td colspan="3">${escapeHtml(formatDisplay(r.total))}</td></tr>`,
    )
    .join('');
  return (
    `<p>${escapeHtml(SCAN_TEXT.intro)}</p><table><caption>${escapeHtml(SECTIONS.scan)}</caption><thead><tr>` +
    '<th scope="col">Vraag</th><th scope="col">Drempel bij de start</th><th scope="col">Drempel bij de afsluiting</th>' +
    `<th scope="col">UGent 2020</th></tr></thead><tbody>${body}${extra}</tbody></table>`
  );
}

function trendTable(rows: readonly ReportRow[]): string {
  const series = [...new Set(rows.map((r) => r.code))];
  const months = [...new Set(rows.map((r) => r.label))];
  const heads = series.map((code) => {
    const note = rows.find((r) => r.code === code)?.note ?? code;
    return `<th scope="col">${escapeHtml(note)}</th>`;
  });
  const body = months
    .map((m) => {
      const cells = series.map((code) => cell(rows.find((r) => r.code === code && r.label === m)?.current ?? ''));
      return `<tr><th scope="row">${escapeHtml(m)}</th>${cells.join('')}</tr>`;
    })
    .join('');
  return `<table><caption>${escapeHtml(SECTIONS.trend)}</caption><thead><tr><th scope="col">Maand</th>${heads.join('')}</tr></thead><tbody>${body}</tbody></table>`;
}

export function reportHtml(
  rows: readonly ReportRow[],
  meta: ReportMeta,
  charts: readonly ChartSpec[],
  markup: ChartMarkup,
): string {
  const title = REPORT_TEXT.title(meta.periodLabel);
  const parts: string[] = [];
  parts.push(
    `<header><h1>${escapeHtml(title)}</h1><p class="sub">${escapeHtml(REPORT_TEXT.subtitle)} · ${escapeHtml(meta.madeOn)}</p></header>`,
  );
  parts.push('<main>');
  parts.push(`<section aria-labelledby="s-kern"><h2 id="s-kern">${escapeHtml(SECTIONS.headline)}</h2>`);
  parts.push(headlineTable(sectionRows(rows, SECTIONS.headline)));
  parts.push(`<p class="legend">${escapeHtml(SYMBOLS.legend)}</p></section>`);
  if (charts.length > 0) {
    parts.push('<section aria-labelledby="s-grafieken"><h2 id="s-grafieken">Grafieken</h2>');
    for (const chart of charts)
      parts.push(`<figure>${markup(chart)}<figcaption>${escapeHtml(chart.title)}</figcaption></figure>`);
    parts.push('</section>');
  }
  const partSections = [
    SECTIONS.sources,
    SECTIONS.partners,
    SECTIONS.channels,
    SECTIONS.targetGroups,
    SECTIONS.closures,
    SECTIONS.support,
    SECTIONS.offers,
    SECTIONS.outcomes,
    SECTIONS.devices,
    SECTIONS.vindplaatsen,
    SECTIONS.reach,
  ];
  partSections.forEach((section, i) => {
    const own = sectionRows(rows, section);
    if (own.length === 0) return;
    parts.push(
      `<section aria-labelledby="s-${i}"><h2 id="s-${i}">${escapeHtml(section)}</h2>${partTable(section, own)}</section>`,
    );
  });
  const scan = sectionRows(rows, SECTIONS.scan);
  if (scan.length > 0)
    parts.push(
      `<section aria-labelledby="s-scan"><h2 id="s-scan">${escapeHtml(SECTIONS.scan)}</h2>${scanTable(scan)}</section>`,
    );
  const trend = sectionRows(rows, SECTIONS.trend);
  if (trend.length > 0)
    parts.push(
      `<section aria-labelledby="s-trend"><h2 id="s-trend">${escapeHtml(SECTIONS.trend)}</h2>${trendTable(trend)}</section>`,
    );
  const about = sectionRows(rows, SECTIONS.about);
  parts.push(
    `<section aria-labelledby="s-over"><h2 id="s-over">${escapeHtml(SECTIONS.about)}</h2><dl>${about
      .map((r) => `<dt>${escapeHtml(r.label)}</dt><dd>${escapeHtml(r.note)}</dd>`)
      .join('')}</dl></section>`,
  );
  parts.push('</main>');
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><style>${CSS}</style></head><body>${parts.join('')}</body></html>`;
}
