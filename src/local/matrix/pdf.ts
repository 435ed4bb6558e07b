import PDFDocument from 'pdfkit';
import { formatDayNl } from '../../domain/matrix/calendar';
import { actionLabel, type MatrixReport } from '../../domain/matrix/compute';
import { COVERAGE_ORDER, cellText, funnelValues } from '../../domain/matrix/grid';
import {
  COVERAGE_HELP,
  COVERAGE_LABEL,
  type Coverage,
  FUNNEL_HEADERS,
  MATRIX_TEXT,
  REPETITION_FLAG,
  REPETITION_HEADERS,
} from '../../domain/matrix/texts';

/**
 * out/matrix.pdf: the same report as the HTML, laid out with pdfkit on A4 landscape (no browser needed): the matrix
 * with coloured cells that also say their coverage in words, the funnels, repetition and the signals. Table headers
 * repeat on every page. The built-in Helvetica covers Dutch; a character it cannot print becomes "?".
 */

const PAGE = { margin: 28, width: 841.89, height: 595.28 };
const FILL: Record<Exclude<Coverage, 'leeg'>, string> = {
  gedaan: '#d9ead3',
  deels: '#fff2cc',
  'nog-niet': '#f4cccc',
  gepland: '#cfe2f3',
  'zonder-plan': '#e6e6e6',
};
const HEADER_FILL = '#1f4e79';
const BORDER = '#8c8c8c';
const WIN_ANSI_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

/** Text the standard PDF fonts can print (WinAnsi): anything else becomes "?". */
export function pdfSafe(text: string): string {
  return [...text].map((ch) => (ch.charCodeAt(0) <= 0xff || WIN_ANSI_EXTRA.includes(ch) ? ch : '?')).join('');
}

interface Column {
  header: string;
  width: number;
  align?: 'left' | 'right';
}

interface TableRow {
  cells: string[];
  fills?: Array<string | null>;
  bold?: boolean;
}

type Doc = PDFKit.PDFDocument;

const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const PAD = 2.5;

function bottom(): number {
  return PAGE.height - PAGE.margin;
}

function rowHeight(doc: Doc, columns: readonly Column[], cells: readonly string[], size: number): number {
  doc.fontSize(size);
  return (
    Math.max(
      ...columns.map((c, i) => doc.heightOfString(pdfSafe(cells[i] ?? ''), { width: c.width - 2 * PAD })),
      size,
    ) +
    2 * PAD
  );
}

function drawRow(
  doc: Doc,
  columns: readonly Column[],
  row: TableRow,
  y: number,
  height: number,
  size: number,
  header: boolean,
): void {
  let x = PAGE.margin;
  columns.forEach((c, i) => {
    const fill = header ? HEADER_FILL : (row.fills?.[i] ?? null);
    if (fill) doc.rect(x, y, c.width, height).fill(fill);
    doc.rect(x, y, c.width, height).lineWidth(0.4).strokeColor(BORDER).stroke();
    doc
      .fillColor(header ? '#ffffff' : '#1a1a1a')
      .font(header || row.bold || i === 0 ? BOLD : FONT)
      .fontSize(size)
      .text(pdfSafe(row.cells[i] ?? ''), x + PAD, y + PAD, { width: c.width - 2 * PAD, align: c.align ?? 'left' });
    x += c.width;
  });
}

/** A table from the current position; a row that does not fit starts a new page with the header again. */
function table(doc: Doc, columns: readonly Column[], rows: readonly TableRow[], size = 7): void {
  const header: TableRow = { cells: columns.map((c) => c.header) };
  const headerHeight = rowHeight(doc, columns, header.cells, size);
  let y = doc.y;
  if (y + headerHeight * 2 > bottom()) {
    doc.addPage();
    y = PAGE.margin;
  }
  drawRow(doc, columns, header, y, headerHeight, size, true);
  y += headerHeight;
  for (const row of rows) {
    const h = rowHeight(doc, columns, row.cells, size);
    if (y + h > bottom()) {
      doc.addPage();
      y = PAGE.margin;
      drawRow(doc, columns, header, y, headerHeight, size, true);
      y += headerHeight;
    }
    drawRow(doc, columns, row, y, h, size, false);
    y += h;
  }
  doc.x = PAGE.margin;
  doc.y = y + 6;
}

function heading(doc: Doc, text: string): void {
  if (doc.y + 60 > bottom()) doc.addPage();
  doc.x = PAGE.margin;
  doc.moveDown(0.6).fillColor('#1a1a1a').font(BOLD).fontSize(11).text(pdfSafe(text), PAGE.margin, doc.y);
  doc.moveDown(0.3);
}

function paragraph(doc: Doc, text: string, size = 8): void {
  if (doc.y + 20 > bottom()) doc.addPage();
  doc
    .fillColor('#1a1a1a')
    .font(FONT)
    .fontSize(size)
    .text(pdfSafe(text), PAGE.margin, doc.y, {
      width: PAGE.width - 2 * PAGE.margin,
    });
}

/** Spreads `total` over the columns after the first `fixed` widths. */
function widths(total: number, fixed: readonly number[], rest: number): number[] {
  const left = total - fixed.reduce((a, b) => a + b, 0);
  return [...fixed, ...new Array(rest).fill(left / Math.max(rest, 1))];
}

export function renderMatrixPdf(report: MatrixReport): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: PAGE.margin,
    lang: 'nl-BE',
    displayTitle: true,
    info: { Title: `${MATRIX_TEXT.documentTitle} ${formatDayNl(report.today)}`, Author: 'Wijkcentrum De Kring' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const full = PAGE.width - 2 * PAGE.margin;

  doc.font(BOLD).fontSize(16).fillColor('#1a1a1a').text(pdfSafe(MATRIX_TEXT.documentTitle));
  paragraph(doc, `${formatDayNl(report.today)}. ${MATRIX_TEXT.intro}`, 9);

  heading(doc, MATRIX_TEXT.title);
  const groups = report.groups.map((g) => g.group.name);
  const groupWidth = (full - 110 - 48 - 52) / Math.max(groups.length, 1);
  const matrixColumns: Column[] = [
    { header: MATRIX_TEXT.actionHeader, width: 110 },
    ...groups.map((header) => ({ header, width: groupWidth })),
    { header: MATRIX_TEXT.plannedDoneHeader, width: 48, align: 'right' },
    { header: MATRIX_TEXT.lastHeader, width: 52 },
  ];
  table(
    doc,
    matrixColumns,
    report.actions.map((a, i) => ({
      cells: [
        actionLabel(a.action),
        ...report.cells[i].map(cellText),
        MATRIX_TEXT.plannedDone(a.planned, a.done),
        a.lastDay !== null
          ? formatDayNl(a.lastDay)
          : a.nextDay !== null
            ? MATRIX_TEXT.next(a.nextDay)
            : MATRIX_TEXT.none,
      ],
      fills: [null, ...report.cells[i].map((c) => (c.coverage === 'leeg' ? null : FILL[c.coverage])), null, null],
    })),
    6.5,
  );
  heading(doc, MATRIX_TEXT.legendTitle);
  table(
    doc,
    [
      { header: 'Kleur', width: 110 },
      { header: 'Betekenis', width: full - 110 },
    ],
    COVERAGE_ORDER.map((c) => ({ cells: [COVERAGE_LABEL[c], COVERAGE_HELP[c]], fills: [FILL[c], null] })),
  );

  const funnelColumns = (first: string, extra: string[]): Column[] => {
    const fixed = [150, ...FUNNEL_HEADERS.map(() => 52)];
    const all = [first, ...FUNNEL_HEADERS, ...extra];
    const w = widths(full, fixed, extra.length);
    return all.map((header, i) => ({
      header,
      width: w[i],
      align: i > 0 && i <= FUNNEL_HEADERS.length ? 'right' : 'left',
    }));
  };
  const numbers = (values: Array<string | number>) => values.map(String);
  heading(doc, MATRIX_TEXT.funnelActionsTitle);
  table(doc, funnelColumns(MATRIX_TEXT.actionHeader, [MATRIX_TEXT.placesHeader]), [
    ...report.actions.map((a) => ({
      cells: [actionLabel(a.action), ...numbers(funnelValues(a.funnel)), a.places.join(', ')],
    })),
    { cells: [MATRIX_TEXT.unknownChannel, ...numbers(funnelValues(report.unknownChannel)), ''] },
    { cells: [MATRIX_TEXT.noAction, ...numbers(funnelValues(report.noAction)), ''] },
  ]);
  heading(doc, MATRIX_TEXT.funnelGroupsTitle);
  const groupColumns = funnelColumns('Doelgroep', []);
  groupColumns[0].width += full - groupColumns.reduce((n, c) => n + c.width, 0);
  table(doc, groupColumns, [
    ...report.groups.map((g) => ({ cells: [g.group.name, ...numbers(funnelValues(g.funnel))] })),
    { cells: [MATRIX_TEXT.unknownGroup, ...numbers(funnelValues(report.unknownGroup))] },
  ]);
  paragraph(doc, MATRIX_TEXT.funnelNote, 7.5);

  heading(doc, MATRIX_TEXT.repetitionTitle);
  const repWidths = widths(full, [200, 60, 70], 2);
  table(
    doc,
    REPETITION_HEADERS.map((header, i) => ({
      header,
      width: repWidths[i],
      align: i === 1 || i === 2 ? 'right' : 'left',
    })),
    report.groups.map((g) => ({
      cells: [
        g.group.name,
        String(g.channels.length),
        String(g.times),
        g.channels.join(', ') || MATRIX_TEXT.none,
        g.flagged ? REPETITION_FLAG(report.settings.minChannels) : 'ok',
      ],
      fills: [null, null, null, null, g.flagged ? FILL['nog-niet'] : null],
    })),
  );

  heading(doc, MATRIX_TEXT.signalsTitle);
  if (report.signals.length === 0) paragraph(doc, MATRIX_TEXT.noSignals);
  for (const s of report.signals) paragraph(doc, `• ${s.text}`);
  paragraph(doc, MATRIX_TEXT.generatedBy, 7);
  doc.end();
  return done;
}
