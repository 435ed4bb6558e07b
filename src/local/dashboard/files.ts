import * as fs from 'node:fs';
import * as path from 'node:path';
import { renderReport } from '../../app/dashboard/report';
import { formatBrusselsDate } from '../../domain/dashboard/calendar';
import { hasData, reportCharts } from '../../domain/dashboard/charts';
import { reportHtml } from '../../domain/dashboard/html';
import type { Publication } from '../../domain/dashboard/publication';
import { chartSvg } from '../../domain/dashboard/svg';
import { LocalReportMedia } from './media';

/**
 * The twin's report files: `dashboard-JJJJ-MM.html` (self-contained: charts as inline SVG, print CSS) and its
 * PDF beside it. Other periods: `rapport-2026-K4.html`, `rapport-projectjaar-2.html`.
 */
export function writeReportFiles(outDir: string, publication: Publication): { html: string; pdf: string } {
  const base =
    publication.period.kind === 'maand' ? `dashboard-${publication.period.key}` : `rapport-${publication.period.key}`;
  fs.mkdirSync(outDir, { recursive: true });
  const charts = reportCharts(publication.rows).filter(hasData);
  const html = reportHtml(
    publication.rows,
    { periodLabel: publication.period.label, madeOn: formatBrusselsDate(publication.madeAt) },
    charts,
    chartSvg,
  );
  const htmlPath = path.join(outDir, `${base}.html`);
  fs.writeFileSync(htmlPath, html);
  const media = new LocalReportMedia();
  const pdf = media.reportPdf(renderReport(media, publication, publication.rows));
  const pdfPath = path.join(outDir, `${base}.pdf`);
  fs.writeFileSync(pdfPath, pdf.bytes);
  return { html: htmlPath, pdf: pdfPath };
}
