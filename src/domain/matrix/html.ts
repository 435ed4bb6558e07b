import { escapeHtml } from '../common/html';
import { formatDayNl } from './calendar';
import { actionLabel, type CellResult, type Funnel, type MatrixReport } from './compute';
import { COVERAGE_ORDER, funnelValues } from './grid';
import {
  COVERAGE_HELP,
  COVERAGE_LABEL,
  FUNNEL_HEADERS,
  MATRIX_TEXT,
  REPETITION_FLAG,
  REPETITION_HEADERS,
} from './texts';

/**
 * The outreach matrix as one self-contained HTML page (no external files, no script): the twin writes it to
 * out/matrix.html, Apps Script turns it into the PDF it e-mails (Blob.getAs). Print CSS for A4 landscape; tables
 * with captions and header cells for screen readers; colours always come with words. Every field is escaped.
 */

const e = escapeHtml;

const CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: Arial, Helvetica, sans-serif; font-size: 14px; line-height: 1.4; color: #1a1a1a; background: #fff; margin: 16px; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 22px 0 6px; break-after: avoid; page-break-after: avoid; }
p { margin: 4px 0 8px; }
table { border-collapse: collapse; width: 100%; margin: 4px 0 10px; }
caption { text-align: left; font-weight: bold; padding: 4px 0; }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
table.matrix { table-layout: fixed; font-size: 12px; }
table.matrix th:first-child { width: 11em; }
th, td { border: 1px solid #8c8c8c; padding: 4px 6px; vertical-align: top; text-align: left; }
thead th { background: #1f4e79; color: #fff; }
tbody th { background: #f2f2f2; font-weight: bold; }
td.n { text-align: right; white-space: nowrap; }
tr { break-inside: avoid; page-break-inside: avoid; }
thead { display: table-header-group; }
.cell .label { font-weight: bold; display: block; }
.cell .line { display: block; }
.cov-gedaan { background: #d9ead3; }
.cov-deels { background: #fff2cc; }
.cov-nog-niet { background: #f4cccc; }
.cov-gepland { background: #cfe2f3; }
.cov-zonder-plan { background: #e6e6e6; }
.flag { background: #f4cccc; font-weight: bold; }
ul.legend { list-style: none; padding: 0; margin: 4px 0 10px; }
ul.legend li { margin: 2px 0; }
.swatch { display: inline-block; min-width: 9em; padding: 1px 6px; margin-right: 6px; border: 1px solid #8c8c8c; font-weight: bold; }
.note { font-size: 13px; color: #333; }
footer { margin-top: 16px; font-size: 12px; color: #333; }
@page { size: A4 landscape; margin: 10mm; }
@media print {
  body { margin: 0; font-size: 8.5pt; }
  table.matrix { font-size: 7pt; }
  h1 { font-size: 14pt; }
  h2 { font-size: 11pt; }
  th, td { padding: 2px 4px; }
  section { break-before: auto; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

function cellHtml(cell: CellResult): string {
  if (cell.coverage === 'leeg') return '<td></td>';
  const lines: string[] = [];
  const label =
    cell.planned > 0
      ? `${COVERAGE_LABEL[cell.coverage]} (${MATRIX_TEXT.cellCount(cell.planned, cell.done)})`
      : COVERAGE_LABEL[cell.coverage];
  lines.push(`<span class="label">${e(label)}</span>`);
  if (cell.partners.length > 0) lines.push(`<span class="line">${e(cell.partners.join(', '))}</span>`);
  if (cell.lastDay !== null) lines.push(`<span class="line">${e(MATRIX_TEXT.last(cell.lastDay))}</span>`);
  else if (cell.nextDay !== null) lines.push(`<span class="line">${e(MATRIX_TEXT.next(cell.nextDay))}</span>`);
  const brought = MATRIX_TEXT.brought(cell.households, cell.connected);
  if (brought !== '') lines.push(`<span class="line">${e(brought)}</span>`);
  return `<td class="cell cov-${cell.coverage}">${lines.join('')}</td>`;
}

function headRow(cells: readonly string[]): string {
  return `<thead><tr>${cells.map((c) => `<th scope="col">${e(c)}</th>`).join('')}</tr></thead>`;
}

function funnelRow(label: string, funnel: Funnel, extra: string[] = []): string {
  const values = funnelValues(funnel).map((v) => `<td class="n">${e(String(v))}</td>`);
  return `<tr><th scope="row">${e(label)}</th>${values.join('')}${extra.map((x) => `<td>${e(x)}</td>`).join('')}</tr>`;
}

export function renderMatrixHtml(report: MatrixReport): string {
  const groups = report.groups.map((g) => g.group.name);
  const matrixRows = report.actions
    .map(
      (a, i) =>
        `<tr><th scope="row">${e(actionLabel(a.action))}</th>${report.cells[i].map(cellHtml).join('')}` +
        `<td>${e(a.partners.join(', ') || MATRIX_TEXT.none)}</td>` +
        `<td class="n">${e(MATRIX_TEXT.plannedDone(a.planned, a.done))}</td>` +
        `<td>${e(a.lastDay !== null ? formatDayNl(a.lastDay) : a.nextDay !== null ? MATRIX_TEXT.next(a.nextDay) : MATRIX_TEXT.none)}</td></tr>`,
    )
    .join('\n');
  const legend = COVERAGE_ORDER.map(
    (c) => `<li><span class="swatch cov-${c}">${e(COVERAGE_LABEL[c])}</span>${e(COVERAGE_HELP[c])}</li>`,
  ).join('');
  const actionFunnels = [
    ...report.actions.map((a) => funnelRow(actionLabel(a.action), a.funnel, [a.places.join(', ')])),
    funnelRow(MATRIX_TEXT.unknownChannel, report.unknownChannel, ['']),
    funnelRow(MATRIX_TEXT.noAction, report.noAction, ['']),
  ].join('\n');
  const groupFunnels = [
    ...report.groups.map((g) => funnelRow(g.group.name, g.funnel)),
    funnelRow(MATRIX_TEXT.unknownGroup, report.unknownGroup),
  ].join('\n');
  const repetition = report.groups
    .map(
      (g) =>
        `<tr><th scope="row">${e(g.group.name)}</th><td class="n">${g.channels.length}</td><td class="n">${g.times}</td>` +
        `<td>${e(g.channels.join(', ') || MATRIX_TEXT.none)}</td>` +
        `<td${g.flagged ? ' class="flag"' : ''}>${e(g.flagged ? REPETITION_FLAG(report.settings.minChannels) : 'ok')}</td></tr>`,
    )
    .join('\n');
  const signals =
    report.signals.length === 0
      ? `<p>${e(MATRIX_TEXT.noSignals)}</p>`
      : `<ul>${report.signals.map((s) => `<li>${e(s.text)}</li>`).join('\n')}</ul>`;

  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(MATRIX_TEXT.documentTitle)} ${e(formatDayNl(report.today))}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>${e(MATRIX_TEXT.documentTitle)}</h1>
<p>${e(formatDayNl(report.today))}. ${e(MATRIX_TEXT.intro)}</p>
</header>
<main>
<section aria-labelledby="matrix-title">
<h2 id="matrix-title">${e(MATRIX_TEXT.title)}</h2>
<table class="matrix">
<caption class="visually-hidden">${e(MATRIX_TEXT.title)}</caption>
${headRow([MATRIX_TEXT.actionHeader, ...groups, MATRIX_TEXT.partnersHeader, MATRIX_TEXT.plannedDoneHeader, MATRIX_TEXT.lastHeader])}
<tbody>
${matrixRows}
</tbody>
</table>
<h3>${e(MATRIX_TEXT.legendTitle)}</h3>
<ul class="legend">${legend}</ul>
</section>
<section aria-labelledby="funnel-actions">
<h2 id="funnel-actions">${e(MATRIX_TEXT.funnelActionsTitle)}</h2>
<table>
<caption class="visually-hidden">${e(MATRIX_TEXT.funnelActionsTitle)}</caption>
${headRow([MATRIX_TEXT.actionHeader, ...FUNNEL_HEADERS, MATRIX_TEXT.placesHeader])}
<tbody>
${actionFunnels}
</tbody>
</table>
</section>
<section aria-labelledby="funnel-groups">
<h2 id="funnel-groups">${e(MATRIX_TEXT.funnelGroupsTitle)}</h2>
<table>
<caption class="visually-hidden">${e(MATRIX_TEXT.funnelGroupsTitle)}</caption>
${headRow(['Doelgroep', ...FUNNEL_HEADERS])}
<tbody>
${groupFunnels}
</tbody>
</table>
<p class="note">${e(MATRIX_TEXT.funnelNote)}</p>
</section>
<section aria-labelledby="repetition">
<h2 id="repetition">${e(MATRIX_TEXT.repetitionTitle)}</h2>
<table>
<caption class="visually-hidden">${e(MATRIX_TEXT.repetitionTitle)}</caption>
${headRow([...REPETITION_HEADERS])}
<tbody>
${repetition}
</tbody>
</table>
</section>
<section aria-labelledby="signals">
<h2 id="signals">${e(MATRIX_TEXT.signalsTitle)}</h2>
${signals}
</section>
</main>
<footer><p>${e(MATRIX_TEXT.generatedBy)}</p></footer>
</body>
</html>
`;
}
