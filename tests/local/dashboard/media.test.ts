import { readDashboardInputs } from '../../../src/app/dashboard/inputs';
import { build, type RenderedReport, renderReport } from '../../../src/app/dashboard/report';
import { monthIndex } from '../../../src/domain/dashboard/calendar';
import { monthPeriod } from '../../../src/domain/dashboard/periods';
import type { ReportRow } from '../../../src/domain/dashboard/publication';
import { chartSvg } from '../../../src/domain/dashboard/svg';
import { LocalReportMedia, reportPdfBytes, svgPngBytes } from '../../../src/local/dashboard/media';
import { busyWorld } from '../../support/dashboardWorld';

/**
 * The twin keeps the last charts and PDFs it drew (the e-mail's PDF and the one in out/ are the same report):
 * what it hands out is always what drawing afresh gives, whatever changed in between.
 */
describe('the twin’s report files, drawn once and kept', () => {
  const world = busyWorld(5);
  const inputs = readDashboardInputs(world.tables);
  const publication = build(inputs, monthPeriod(monthIndex(2026, 10)), world.clock.now(), false);
  const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

  it('gives the bytes a fresh drawing gives, for the same report again and for a changed one', () => {
    const media = new LocalReportMedia();
    const first = renderReport(media, publication, publication.rows);
    expect(first.charts.length).toBeGreaterThan(0);
    for (const c of first.charts) expect(same(c.png.bytes, svgPngBytes(chartSvg(c.spec)))).toBe(true);
    const pdf = media.reportPdf(first);
    expect(same(pdf.bytes, reportPdfBytes(first))).toBe(true);
    // Again (from memory), with a new media object too.
    const again = new LocalReportMedia();
    const second = renderReport(again, publication, publication.rows);
    expect(second.charts.map((c) => c.png.bytes)).toEqual(first.charts.map((c) => c.png.bytes));
    expect(same(again.reportPdf(second).bytes, pdf.bytes)).toBe(true);

    // A number shown as text, a changed label, a changed date: each is another PDF, drawn afresh.
    const i = publication.rows.findIndex((r) => typeof r.current === 'number');
    const variants: ReportRow[][] = [
      publication.rows.map((r, j) => (j === i ? { ...r, current: `${r.current} ` } : r)),
      publication.rows.map((r, j) => (j === i ? { ...r, label: `${r.label}!` } : r)),
    ];
    for (const rows of variants) {
      const changed = renderReport(media, publication, rows);
      const bytes = media.reportPdf(changed).bytes;
      expect(same(bytes, reportPdfBytes(changed))).toBe(true);
      expect(same(bytes, pdf.bytes)).toBe(false);
    }
    const otherDay: RenderedReport = { ...first, madeOn: '02/12/2026' };
    expect(same(media.reportPdf(otherDay).bytes, reportPdfBytes(otherDay))).toBe(true);
    // The same rows with other chart images: drawn afresh with those images.
    const swapped: RenderedReport = {
      ...first,
      charts: first.charts.map((c, j) => ({ ...c, png: first.charts[(j + 1) % first.charts.length].png })),
    };
    const bytes = media.reportPdf(swapped).bytes;
    expect(same(bytes, reportPdfBytes(swapped))).toBe(true);
  });

  it('hands out copies: changing what it gave changes nothing it gives later', () => {
    const media = new LocalReportMedia();
    const rendered = renderReport(media, publication, publication.rows);
    const pdf = media.reportPdf(rendered);
    pdf.bytes.fill(0);
    rendered.charts[0].png.bytes.fill(0);
    const fresh = renderReport(media, publication, publication.rows);
    expect(same(fresh.charts[0].png.bytes, svgPngBytes(chartSvg(fresh.charts[0].spec)))).toBe(true);
    expect(same(media.reportPdf(fresh).bytes, reportPdfBytes(fresh))).toBe(true);
  });
});
