import { Resvg } from '@resvg/resvg-js';
import PDFDocument from 'pdfkit';
import type { RenderedReport, ReportMedia } from '../../app/dashboard/report';
import type { ChartSpec } from '../../domain/dashboard/charts';
import { formatDisplay } from '../../domain/dashboard/html';
import type { Display, ReportRow } from '../../domain/dashboard/publication';
import { SCAN_QUESTIONS } from '../../domain/dashboard/scan';
import { chartSvg } from '../../domain/dashboard/svg';
import { REPORT_TEXT, SCAN_TEXT, SECTIONS, SYMBOLS } from '../../domain/dashboard/texts';
import type { MailFile } from '../../ports';
import { rgbPng } from './png';

/**
 * The twin's report files: charts are the report's own SVG turned into PNG by resvg (Gmail shows no SVG),
 * the PDF is drawn with pdfkit from the same rows as the HTML (no browser needed for `npm start`).
 */
export class LocalReportMedia implements ReportMedia {
  chartPng(chart: ChartSpec): MailFile {
    const svg = chartSvg(chart);
    let png = pngs.get(svg);
    if (!png) {
      png = svgPngBytes(svg);
      remember(pngs, svg, png);
    }
    return { name: `grafiek-${chart.id}.png`, contentType: 'image/png', bytes: png.slice() };
  }

  reportPdf(report: RenderedReport): MailFile {
    const key = pdfKey(report);
    let pdf = pdfs.get(key);
    if (!pdf || !samePngs(pdf.pngs, report)) {
      pdf = { pngs: report.charts.map((c) => c.png.bytes.slice()), bytes: reportPdfBytes(report) };
      remember(pdfs, key, pdf);
    }
    return { name: report.name, contentType: 'application/pdf', bytes: pdf.bytes.slice() };
  }
}

/**
 * The same chart and the same report are drawn more than once in a run (the e-mail's PDF, then the PDF in out/):
 * the files are pure functions of their input, so the last few are kept by input. A chart by its SVG; a PDF by
 * everything `reportPdfBytes` reads (title, date, rows with their numbers told apart from texts, chart titles)
 * and its charts' PNG bytes. Copies are handed out, so no caller can change what is kept.
 */
const KEEP = 16;
const pngs = new Map<string, Uint8Array>();
const pdfs = new Map<string, { pngs: Uint8Array[]; bytes: Uint8Array }>();

function remember<T>(cache: Map<string, T>, key: string, value: T): void {
  cache.delete(key);
  cache.set(key, value);
  if (cache.size > KEEP) cache.delete(cache.keys().next().value as string);
}

function pdfKey(report: RenderedReport): string {
  const typed = (_: string, v: unknown) =>
    typeof v === 'number' ? `n${v}` : typeof v === 'string' ? `s${v}` : v === undefined ? 'u' : v;
  return JSON.stringify(
    [report.period.label, report.madeOn, report.rows, report.charts.map((c) => c.spec.title)],
    typed,
  );
}

const view = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

function samePngs(kept: readonly Uint8Array[], report: RenderedReport): boolean {
  return (
    kept.length === report.charts.length &&
    kept.every((bytes, i) => view(bytes).equals(view(report.charts[i].png.bytes)))
  );
}

/** A chart's SVG as an RGB PNG, 1280 pixels wide. */
export function svgPngBytes(svg: string): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: 1280 },
    // The same font files on every machine (no system fonts needed).
    font: { loadSystemFonts: false, fontFiles: [FONT, BOLD], defaultFontFamily: 'DejaVu Sans' },
  });
  const image = resvg.render();
  return rgbPng(image.width, image.height, image.pixels);
}

const MARGIN = 50;
/** DejaVu Sans from the dejavu-fonts-ttf package, embedded (subset): every letter a label may hold prints. */
const FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');
const BLUE = '#1f5f99';

type Doc = PDFKit.PDFDocument;

function ensureRoom(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
}

function heading(doc: Doc, text: string): void {
  ensureRoom(doc, 60);
  doc.moveDown(0.8).font(BOLD).fontSize(14).fillColor(BLUE).text(text, MARGIN).fillColor('#222222');
  doc.moveDown(0.3);
}

/** A table: the first column wide, the others equal; header row repeated after a page break. */
function table(doc: Doc, headers: readonly string[], rows: ReadonlyArray<readonly string[]>, firstWidth = 200): void {
  const width = doc.page.width - 2 * MARGIN;
  const rest = (width - firstWidth) / Math.max(1, headers.length - 1);
  const widths = headers.map((_, i) => (i === 0 ? firstWidth : rest));
  const drawRow = (cells: readonly string[], bold: boolean, fill?: string) => {
    doc.font(bold ? BOLD : FONT).fontSize(9);
    const heights = cells.map((c, i) => doc.heightOfString(c, { width: widths[i] - 8 }));
    const h = Math.max(...heights) + 6;
    ensureRoom(doc, h);
    const y = doc.y;
    let x = MARGIN;
    if (fill) doc.rect(MARGIN, y, width, h).fill(fill);
    cells.forEach((c, i) => {
      doc
        .fillColor(fill ? '#ffffff' : '#222222')
        .text(c, x + 4, y + 3, { width: widths[i] - 8, align: i === 0 ? 'left' : 'right' });
      x += widths[i];
    });
    doc.fillColor('#222222');
    doc
      .moveTo(MARGIN, y + h)
      .lineTo(MARGIN + width, y + h)
      .strokeColor('#bbbbbb')
      .lineWidth(0.5)
      .stroke();
    doc.x = MARGIN;
    doc.y = y + h;
  };
  drawRow(headers, true, BLUE);
  for (const r of rows) drawRow(r, r[0] === 'Totaal', undefined);
  doc.moveDown(0.5);
}

const show = (v: Display) => formatDisplay(v);

function share(drempel: Display, n: Display): string {
  if (typeof drempel !== 'number' || typeof n !== 'number' || n === 0)
    return drempel === '' && n === ''
      ? SYMBOLS.none
      : `${show(drempel) || SYMBOLS.none} van ${show(n) || SYMBOLS.none}`;
  return `${drempel} van ${n} (${Math.round((100 * drempel) / n)} %)`;
}

export function reportPdfBytes(report: RenderedReport): Uint8Array {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: {
      Title: REPORT_TEXT.title(report.period.label),
      Author: 'Allemaal Digi.Taal',
      CreationDate: new Date(0),
    },
  });
  const rows = report.rows;
  const section = (name: string): ReportRow[] => rows.filter((r) => r.section === name);
  doc.font(BOLD).fontSize(18).fillColor('#222222').text(REPORT_TEXT.title(report.period.label));
  doc.font(FONT).fontSize(10).fillColor('#444444').text(`${REPORT_TEXT.subtitle} · ${report.madeOn}`);
  doc.fillColor('#222222');

  const c = REPORT_TEXT.columns;
  heading(doc, SECTIONS.headline);
  table(
    doc,
    [c.what, c.current, c.previous, c.total, c.target],
    section(SECTIONS.headline).map((r) => [r.label, show(r.current), show(r.previous), show(r.total), show(r.target)]),
  );
  doc.font(FONT).fontSize(8).fillColor('#444444').text(SYMBOLS.legend, MARGIN).fillColor('#222222');

  if (report.charts.length > 0) {
    ensureRoom(doc, 320); // the heading stays with its first chart
    heading(doc, 'Grafieken');
    for (const { spec, png } of report.charts) {
      const w = doc.page.width - 2 * MARGIN;
      ensureRoom(doc, 260);
      doc.image(Buffer.from(png.bytes), MARGIN, doc.y, { fit: [w, 250] });
      doc.y += 255;
      doc.font(FONT).fontSize(8).text(spec.title, MARGIN);
      doc.moveDown(0.5);
    }
  }

  const parts = [
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
  for (const name of parts) {
    const own = section(name);
    if (own.length === 0) continue;
    heading(doc, name);
    table(
      doc,
      [c.what, c.current],
      own.map((r) => [r.label, show(r.current)]),
      320,
    );
  }

  const scan = section(SECTIONS.scan);
  if (scan.length > 0) {
    heading(doc, SECTIONS.scan);
    doc.font(FONT).fontSize(9).text(SCAN_TEXT.intro, MARGIN);
    doc.moveDown(0.3);
    const value = (code: string): Display => scan.find((r) => r.code === code)?.total ?? '';
    table(
      doc,
      ['Vraag', 'Drempel bij de start', 'Drempel bij de afsluiting', 'UGent 2020'],
      [
        ...SCAN_QUESTIONS.map((q) => [
          q.question,
          share(value(`scan|${q.id}|begin|drempel`), value(`scan|${q.id}|begin|n`)),
          share(value(`scan|${q.id}|einde|drempel`), value(`scan|${q.id}|einde|n`)),
          q.baseline ? `${q.baseline.percent} %` : SYMBOLS.none,
        ]),
        ...scan
          .filter((r) => r.code === 'scan-paren' || r.code.startsWith('scan-gem'))
          .map((r) => [r.label, show(r.total), '', '']),
      ],
      190,
    );
  }

  const trend = section(SECTIONS.trend);
  if (trend.length > 0) {
    heading(doc, SECTIONS.trend);
    const series = [...new Set(trend.map((r) => r.code))];
    const months = [...new Set(trend.map((r) => r.label))];
    table(
      doc,
      ['Maand', ...series.map((code) => trend.find((r) => r.code === code)?.note ?? code)],
      months.map((m) => [
        m,
        ...series.map((code) => show(trend.find((r) => r.code === code && r.label === m)?.current ?? '')),
      ]),
      120,
    );
  }

  heading(doc, SECTIONS.about);
  for (const r of section(SECTIONS.about)) {
    doc.font(BOLD).fontSize(9).text(r.label, MARGIN);
    doc.font(FONT).fontSize(9).text(r.note, MARGIN);
  }
  doc.end();
  const chunks: Buffer[] = [];
  // pdfkit pushes its output into the stream as it goes: after end() it can be read at once, synchronously.
  for (let chunk = doc.read() as Buffer | null; chunk !== null; chunk = doc.read() as Buffer | null) chunks.push(chunk);
  return new Uint8Array(Buffer.concat(chunks));
}
