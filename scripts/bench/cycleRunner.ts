import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCycle } from '../../src/local/cycle';

/**
 * Runs the full local cycle on one workbook in its own process and prints {wallSeconds, peakMB}: the bench
 * starts one of these per size, so each measurement has a fresh heap. Peak memory is the process's maximum
 * resident set size (getrusage), which also catches peaks between samples.
 */
async function main(): Promise<void> {
  const [workbook, month] = process.argv.slice(2);
  const m = /^(\d{4})-(\d{2})$/.exec(month ?? '');
  if (!workbook || !m) throw new Error('Gebruik: cycle.cjs WERKBOEK JJJJ-MM');
  // The bench may give the outbox and delete it after all runs: deleting thousands of files makes creating files
  // slow for minutes on this VM's file system (docs/bench.md), which the next run would pay for.
  const given = process.env.BENCH_OUTBOX;
  const outbox = given ?? fs.mkdtempSync(path.join(os.tmpdir(), 'bench-outbox-'));
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  const report = await runCycle({ workbook, outbox, month: new Date(Number(m[1]), Number(m[2]) - 1, 1) });
  const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuBefore);
  // CPU time of the process (all threads: GC and zlib included). On a shared machine wall time grows with the
  // load of others; CPU time much less, so both are reported.
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  if (!given) fs.rmSync(outbox, { recursive: true, force: true });
  const peakMB = (process.resourceUsage().maxRSS * 1024) / 1024 / 1024;
  const steps = Object.fromEntries(report.steps.map((s) => [s.name, s.seconds]));
  console.log(
    JSON.stringify({
      wallSeconds,
      cpuSeconds,
      peakMB,
      steps,
      registered: report.outcomes.registered,
      results: report.results,
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
