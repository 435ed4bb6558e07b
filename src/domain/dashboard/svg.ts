import { escapeHtml } from '../common/html';
import { type ChartSpec, hasData } from './charts';
import { REPORT_TEXT } from './texts';

/**
 * A chart as SVG text: the report's own drawing, used in the twin's HTML (inline) and, turned into PNG, in
 * its e-mail. Accessible: role="img" with the title and a description that says every figure in words.
 * Every text is escaped. Pure string building, no DOM.
 */

const FONT = 'DejaVu Sans, Arial, Helvetica, sans-serif';
const TEXT = '#222222';
const GRID = '#c8c8c8';
const WIDTH = 640;

/** A round step for about five grid lines. */
function niceStep(max: number): number {
  const raw = Math.max(1, max) / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const unit = raw / power;
  const nice = unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10;
  return Math.max(1, nice * power);
}

function text(x: number, y: number, value: string, attrs = ''): string {
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-family="${FONT}" fill="${TEXT}" ${attrs}>${escapeHtml(value)}</text>`;
}

function header(chart: ChartSpec, height: number): string {
  const id = escapeHtml(chart.id);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" ` +
    `role="img" aria-labelledby="grafiek-${id}-titel grafiek-${id}-uitleg">` +
    `<title id="grafiek-${id}-titel">${escapeHtml(chart.title)}</title>` +
    `<desc id="grafiek-${id}-uitleg">${escapeHtml(chart.description)}</desc>` +
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>` +
    text(16, 26, chart.title, 'font-size="16" font-weight="bold"')
  );
}

function legend(chart: ChartSpec, y: number): string {
  if (chart.series.length < 2) return '';
  let x = 16;
  return chart.series
    .map((s) => {
      const part = `<rect x="${x}" y="${y - 10}" width="12" height="12" fill="${s.color}"/>${text(x + 17, y, s.name, 'font-size="12"')}`;
      x += 30 + s.name.length * 7;
      return part;
    })
    .join('');
}

function label(v: number | null, unit: string): string {
  return v === null ? '–' : `${v}${unit ? ` ${unit}` : ''}`;
}

function columns(chart: ChartSpec): string {
  const height = 330;
  const top = 60;
  const bottom = height - 60;
  const left = 48;
  const right = WIDTH - 16;
  const max = Math.max(1, ...chart.series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const step = niceStep(max);
  const axisMax = Math.ceil(max / step) * step;
  const y = (v: number) => bottom - ((bottom - top) * v) / axisMax;
  const parts: string[] = [header(chart, height), legend(chart, 46)];
  for (let v = 0; v <= axisMax; v += step) {
    parts.push(`<line x1="${left}" y1="${y(v).toFixed(1)}" x2="${right}" y2="${y(v).toFixed(1)}" stroke="${GRID}"/>`);
    parts.push(text(left - 6, y(v) + 4, String(v), 'font-size="11" text-anchor="end"'));
  }
  const slot = (right - left) / Math.max(1, chart.categories.length);
  const barWidth = Math.min(36, (slot * 0.7) / chart.series.length);
  chart.categories.forEach((category, i) => {
    const center = left + slot * (i + 0.5);
    chart.series.forEach((s, j) => {
      const v = s.values[i];
      const x = center - (barWidth * chart.series.length) / 2 + j * barWidth;
      if (v !== null && v > 0)
        parts.push(
          `<rect x="${x.toFixed(1)}" y="${y(v).toFixed(1)}" width="${(barWidth - 2).toFixed(1)}" height="${(bottom - y(v)).toFixed(1)}" fill="${s.color}"/>`,
        );
      parts.push(
        text(
          x + barWidth / 2 - 1,
          (v === null ? bottom : y(v)) - 4,
          label(v, chart.unit),
          'font-size="10" text-anchor="middle"',
        ),
      );
    });
    // "okt 2026": the month on one line, the year below it for the first month and every January.
    const [month, year] = category.split(' ');
    parts.push(text(center, bottom + 15, month ?? category, 'font-size="11" text-anchor="middle"'));
    if (year && (i === 0 || month === 'jan'))
      parts.push(text(center, bottom + 28, year, 'font-size="10" text-anchor="middle"'));
  });
  parts.push(`<line x1="${left}" y1="${bottom}" x2="${right}" y2="${bottom}" stroke="${TEXT}"/>`);
  parts.push(text(16, height - 12, REPORT_TEXT.chartNote, 'font-size="11"'));
  return `${parts.join('')}</svg>`;
}

function bars(chart: ChartSpec): string {
  const rowHeight = 14 * chart.series.length + 12;
  const top = 60;
  const height = top + rowHeight * chart.categories.length + 40;
  const left = 230;
  const right = WIDTH - 60;
  const max = Math.max(1, ...chart.series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const step = niceStep(max);
  const axisMax = Math.ceil(max / step) * step;
  const x = (v: number) => left + ((right - left) * v) / axisMax;
  const parts: string[] = [header(chart, height), legend(chart, 46)];
  const bottom = top + rowHeight * chart.categories.length;
  for (let v = 0; v <= axisMax; v += step) {
    parts.push(`<line x1="${x(v).toFixed(1)}" y1="${top}" x2="${x(v).toFixed(1)}" y2="${bottom}" stroke="${GRID}"/>`);
    parts.push(text(x(v), bottom + 14, `${v}`, 'font-size="11" text-anchor="middle"'));
  }
  chart.categories.forEach((category, i) => {
    const y0 = top + i * rowHeight + 6;
    parts.push(
      text(
        left - 8,
        y0 + (14 * chart.series.length) / 2 + 4,
        category.length > 34 ? `${category.slice(0, 33)}…` : category,
        'font-size="11" text-anchor="end"',
      ),
    );
    chart.series.forEach((s, j) => {
      const v = s.values[i];
      const y = y0 + j * 14;
      if (v !== null && v > 0)
        parts.push(`<rect x="${left}" y="${y}" width="${(x(v) - left).toFixed(1)}" height="12" fill="${s.color}"/>`);
      parts.push(text((v === null ? left : x(v)) + 4, y + 10, label(v, chart.unit), 'font-size="10"'));
    });
  });
  parts.push(text(16, height - 10, REPORT_TEXT.chartNote, 'font-size="11"'));
  return `${parts.join('')}</svg>`;
}

function empty(chart: ChartSpec): string {
  return `${header(chart, 110)}${text(16, 70, REPORT_TEXT.chartEmpty, 'font-size="13"')}</svg>`;
}

export function chartSvg(chart: ChartSpec): string {
  if (!hasData(chart) || chart.categories.length === 0) return empty(chart);
  return chart.kind === 'columns' ? columns(chart) : bars(chart);
}
