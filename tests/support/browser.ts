import * as fs from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Debian's chromium, never a downloaded browser (GUIDE.md). */
export const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Launches chromium, or fails with a message that says what is missing: a browser check is never skipped silently.
 */
export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium ontbreekt (${CHROMIUM}): deze test heeft een echte browser nodig. Installeer hem met "apt-get install -y chromium" (.ci/run doet dat).`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

/** Opens a file in chromium and runs axe-core (every rule axe runs by default) on it. */
export async function axeViolations(file: string): Promise<{ violations: AxeViolation[]; passes: number }> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`file://${file}`, { waitUntil: 'load' });
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const result = await page.evaluate(async () => {
      const page = globalThis as unknown as {
        axe: { run: (context: unknown, options: unknown) => Promise<unknown> };
        document: unknown;
      };
      return page.axe.run(page.document, { resultTypes: ['violations', 'passes'] });
    });
    const r = result as { violations: AxeViolation[]; passes: unknown[] };
    return { violations: r.violations, passes: r.passes.length };
  } finally {
    await browser.close();
  }
}
