import * as fs from 'node:fs';
import * as path from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { readDashboardInputs } from '../../../src/app/dashboard/inputs';
import { build, renderReport } from '../../../src/app/dashboard/report';
import { base64 } from '../../../src/domain/common/base64';
import { formatBrusselsDate, monthIndex } from '../../../src/domain/dashboard/calendar';
import { hasData, reportCharts } from '../../../src/domain/dashboard/charts';
import { reportHtml } from '../../../src/domain/dashboard/html';
import { monthPeriod } from '../../../src/domain/dashboard/periods';
import { summaryMail } from '../../../src/domain/dashboard/summary';
import { chartSvg } from '../../../src/domain/dashboard/svg';
import { readSettings } from '../../../src/domain/settings/settings';
import { SETTINGS } from '../../../src/domain/tabs';
import { LocalReportMedia } from '../../../src/local/dashboard/media';
import { busyWorld } from '../../support/dashboardWorld';

/**
 * The dashboard page and the project-group e-mail, opened in Debian's chromium (never a downloaded browser)
 * with axe-core: no accessibility violation, and a screenshot of each written to out/test-screenshots/.
 */

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = path.resolve('out', 'test-screenshots');
const AXE = require.resolve('axe-core/axe.min.js');

interface AxeResult {
  violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: string[] }> }>;
}

let browser: Browser;

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(
      `Debian's chromium is missing (${CHROMIUM}): install it with "apt-get install -y chromium" (.ci/run does). The browser checks cannot pass without it.`,
    );
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  fs.mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

/** Opens the HTML, runs every axe rule, writes a full-page screenshot; returns the violations. */
async function check(html: string, shot: string): Promise<AxeResult['violations']> {
  const page = await browser.newPage({ viewport: { width: 1000, height: 1200 } });
  try {
    // No network: everything the page needs is in it.
    await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    await page.setContent(html, { waitUntil: 'load' });
    await page.addScriptTag({ path: AXE });
    // Every rule axe has (WCAG 2.x A and AA, best practices), on the whole page.
    const result = (await page.evaluate("axe.run(document, { resultTypes: ['violations'] })")) as AxeResult;
    const file = path.join(SHOTS, shot);
    await page.screenshot({ path: file, fullPage: true });
    expect(fs.statSync(file).size).toBeGreaterThan(10_000);
    return result.violations;
  } finally {
    await page.close();
  }
}

function describeViolations(v: AxeResult['violations']): string[] {
  return v.map((x) => `${x.id} (${x.impact}): ${x.help} – ${x.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('dashboard and summary in a real browser (chromium + axe-core)', () => {
  const world = busyWorld(5);
  const inputs = readDashboardInputs(world.tables);
  const period = monthPeriod(monthIndex(2026, 10));
  const publication = build(inputs, period, world.clock.now(), false);

  it('the dashboard page (the twin’s dashboard-JJJJ-MM.html) has no axe violations', async () => {
    const charts = reportCharts(publication.rows).filter(hasData);
    const html = reportHtml(
      publication.rows,
      { periodLabel: period.label, madeOn: formatBrusselsDate(publication.madeAt) },
      charts,
      chartSvg,
    );
    expect(describeViolations(await check(html, 'dashboard.png'))).toEqual([]);
  });

  it('the project-group e-mail has no axe violations (its cid: images shown as data: for the screenshot)', async () => {
    const media = new LocalReportMedia();
    const rendered = renderReport(media, publication, publication.rows);
    const mail = summaryMail({
      to: 'projectgroep@dekring.example',
      rows: publication.rows,
      period,
      settings: readSettings(world.tables.read(SETTINGS.name)),
      charts: rendered.charts.slice(0, 4),
      pdf: media.reportPdf(rendered),
      preview: false,
    });
    let html = mail.html;
    for (const [cid, file] of Object.entries(mail.inlineImages ?? {}))
      html = html.split(`cid:${cid}`).join(`data:image/png;base64,${base64(file.bytes)}`);
    expect(describeViolations(await check(html, 'samenvatting-projectgroep.png'))).toEqual([]);
  });
});
