import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { donationForm } from '../../forms/donation';
import { fieldLogForm } from '../../forms/fieldLog';
import { referralForm } from '../../forms/referral';
import { registrationForm } from '../../forms/registration';
import { TIMESTAMP_HEADER } from '../../forms/types';
import { setupWorkbook } from '../../src/app/setupWorkbook';
import { ALL_TABS } from '../../src/domain/tabs';
import { responseHeaders } from '../../src/local/responseTab';
import { WorkbookTables } from '../../src/local/workbookTables';
import { projectedSeconds } from './costModel';
import { countCalls, type GasBench, openGasBench } from './gas';
import { type SeededRegister, seedRegister } from './seed';
import { isLogging, minimumCalls, USE_CASES } from './useCases';

/**
 * `npm run bench`: Apps Script service calls per use case (through the built bundle and the call-counting
 * fakes), the minimum and a naive baseline next to them, projected Apps Script seconds, and the local twin's
 * wall time and peak memory for the full cycle, for 200, 2,000 and 20,000 households.
 * `--sizes 200,2000` for a quicker run; `--keep` leaves the seeded workbooks in bench/tmp/ (to profile the cycle
 * again on the same file: `node build/bench/cycle.cjs bench/tmp/register-20000.xlsx 2026-11`; the cycle changes
 * the file, so copy it first). Writes bench/results.json (ignored by git).
 */

const MONTH = '2026-11';
const TARGET = { ratio: 1.2, appsScriptSeconds: 60, localSeconds: 15 };
/** Why the local cycle misses its target (docs/bench.md, "Local twin"). */
const LOCAL_MISS =
  'met with a median of 8.00 s on 2 December 2026 (a fast phase of this VM); the previous main took 14–16.6 s in the slow phase the same morning, so a miss here is most likely a slow phase or other load — see docs/bench.md, "Local twin at 20,000 households, fourth pass"';

interface UseCaseResult {
  calls: number;
  minimumCalls: number;
  baselineCalls: number;
  projectedSeconds: number;
  baselineProjectedSeconds: number;
  byMethod: Record<string, number>;
}

const KEEP = process.argv.includes('--keep');

function sizesFromArgs(): number[] {
  const i = process.argv.indexOf('--sizes');
  if (i < 0) return [200, 2000, 20000];
  return process.argv[i + 1].split(',').map(Number);
}

function withoutLogging(byMethod: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(byMethod).filter(([method]) => !isLogging(method)));
}

function sum(byMethod: Record<string, number>): number {
  return Object.values(byMethod).reduce((a, b) => a + b, 0);
}

/** Cells a use case reads (its declared tabs, whole) and writes (one row of each written tab per write). */
function cellVolume(bench: GasBench, reads: readonly string[], writes: readonly string[]): [number, number] {
  const size = (tab: string) => {
    const values = bench.world.sheetValues(tab);
    return [values.length, values[0]?.length ?? 0] as const;
  };
  const read = reads.reduce((n, tab) => n + size(tab)[0] * size(tab)[1], 0);
  const written = writes.reduce((n, tab) => n + size(tab)[1], 0);
  return [read, written];
}

function measureGas(size: number, register: SeededRegister): Record<string, UseCaseResult> {
  const bench = openGasBench(register, size, [referralForm, registrationForm, donationForm, fieldLogForm]);
  const out: Record<string, UseCaseResult> = {};
  USE_CASES.forEach((useCase, index) => {
    const real = countCalls(bench.world, () => useCase.run(bench, 2 * index));
    const naive = countCalls(bench.world, () => useCase.baseline(bench, 2 * index + 1));
    const counted = withoutLogging(real.byMethod);
    const naiveCounted = withoutLogging(naive.byMethod);
    const [cellsRead, cellsWritten] = cellVolume(bench, useCase.declared.reads, useCase.declared.writes);
    out[useCase.name] = {
      calls: sum(counted),
      minimumCalls: minimumCalls(useCase.declared),
      baselineCalls: sum(naiveCounted),
      projectedSeconds: round(projectedSeconds(counted, cellsRead, cellsWritten), 2),
      baselineProjectedSeconds: round(projectedSeconds(naiveCounted, 0, cellsWritten), 1),
      byMethod: real.byMethod,
    };
  });
  return out;
}

/** A workbook with the seeded register, as the worker's file would be after years of intake. */
async function seededWorkbook(file: string, register: SeededRegister): Promise<void> {
  const tables = new WorkbookTables();
  setupWorkbook(tables);
  // ALL_TABS names Dossiers twice (the foundation's columns and the journey's): append each tab's rows once.
  // (Before issue 9 the seeded register held every case twice: 36,468 case rows for 20,000 households.)
  for (const name of new Set(ALL_TABS.map((tab) => tab.name))) {
    const rows = register.tabs[name];
    if (rows && rows.length > 0) tables.append(name, rows);
  }
  tables.ensureTab({ name: referralForm.responseTab, headers: responseHeaders(referralForm), frozenRows: 1 });
  tables.append(
    referralForm.responseTab,
    register.responses.map((r) => ({ ...r, [TIMESTAMP_HEADER]: r[TIMESTAMP_HEADER] })),
  );
  await tables.save(file);
}

interface LocalResult {
  /** The median run's wall time (of LOCAL_RUNS runs, each on a fresh copy of the same workbook). */
  wallSeconds: number;
  /** Every run's wall time, in the order run. */
  runs: number[];
  cpuSeconds: number;
  peakMB: number;
  /** Load average (1 min) when the run started: the machine is shared. */
  load: number;
  steps: Record<string, number>;
}

/**
 * The V8 flags `npm start` runs the twin with (package.json): a 128 MB young generation, because the cycle makes
 * millions of short-lived row objects and the default 16 MB makes V8 scavenge (and promote) far more often.
 */
const TWIN_NODE_FLAGS = ['--max-semi-space-size=128'];

/**
 * Runs per size: this VM's speed drifts by up to ±30 % from one minute to the next (docs/bench.md), so one run
 * is luck either way; the median of three, each on a fresh copy of the same workbook, is the figure reported.
 */
const LOCAL_RUNS = 3;

function measureLocalRuns(file: string, outboxes: string[]): LocalResult {
  const copy = file.replace(/\.xlsx$/, '-run.xlsx');
  const results: LocalResult[] = [];
  for (let i = 0; i < LOCAL_RUNS; i++) {
    fs.copyFileSync(file, copy);
    fs.rmSync(`${copy}.bak`, { force: true });
    // Each run's e-mails stay until the bench ends (deleting them would slow the next run's file creation).
    const outbox = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-outbox-'));
    outboxes.push(outbox);
    results.push(measureLocal(copy, outbox));
  }
  fs.rmSync(copy, { force: true });
  fs.rmSync(`${copy}.bak`, { force: true });
  const median = [...results].sort((a, b) => a.wallSeconds - b.wallSeconds)[Math.floor(LOCAL_RUNS / 2)];
  return { ...median, runs: results.map((r) => r.wallSeconds) };
}

function measureLocal(file: string, outbox: string): LocalResult {
  const runner = path.resolve('build/bench/cycle.cjs');
  // BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the cycle (NODE_OPTIONS refuses --cpu-prof).
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const load = os.loadavg()[0];
  const output = execFileSync('node', [...TWIN_NODE_FLAGS, ...nodeArgs, runner, file, MONTH], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
    env: { ...process.env, BENCH_OUTBOX: outbox },
  });
  const result = JSON.parse(output.trim().split('\n').pop() ?? '{}');
  return {
    wallSeconds: round(result.wallSeconds, 2),
    runs: [],
    cpuSeconds: round(result.cpuSeconds, 2),
    peakMB: round(result.peakMB, 0),
    load: round(load, 1),
    steps: result.steps,
  };
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

function pad(text: string | number, width: number, right = false): string {
  const s = String(text);
  return right ? s.padStart(width) : s.padEnd(width);
}

async function main(): Promise<void> {
  const sizes = sizesFromArgs();
  const useCases: Record<string, Record<string, UseCaseResult>> = {};
  const local: Record<string, LocalResult> = {};
  const outboxes: string[] = [];
  fs.mkdirSync('bench/tmp', { recursive: true });
  for (const size of sizes) {
    process.stdout.write(`${size} huishoudens: register vullen… `);
    const register = seedRegister(size);
    process.stdout.write('Apps Script tellen… ');
    const gas = measureGas(size, register);
    for (const [name, result] of Object.entries(gas)) {
      useCases[name] ??= {};
      useCases[name][size] = result;
    }
    process.stdout.write('lokale cyclus… ');
    const file = path.resolve(`bench/tmp/register-${size}.xlsx`);
    await seededWorkbook(file, register);
    if (KEEP) fs.copyFileSync(file, `${file}.seed`);
    local[size] = measureLocalRuns(file, outboxes);
    if (!KEEP) fs.rmSync(file, { force: true });
    console.log('klaar');
  }
  if (!KEEP) fs.rmSync('bench/tmp', { recursive: true, force: true });
  for (const outbox of outboxes) fs.rmSync(outbox, { recursive: true, force: true });

  const results = { sizes, useCases, local, month: MONTH, node: process.version };
  fs.writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);

  console.log('\nApps Script: service calls per execution (logging left out), projected seconds\n');
  console.log(
    `${pad('use case', 46)}${pad('huishoudens', 12, true)}${pad('calls', 8, true)}${pad('minimum', 9, true)}${pad('×min', 7, true)}${pad('naive', 9, true)}${pad('s', 7, true)}${pad('naive s', 10, true)}`,
  );
  for (const [name, bySize] of Object.entries(useCases)) {
    for (const size of sizes) {
      const r = bySize[size];
      console.log(
        `${pad(name, 46)}${pad(size, 12, true)}${pad(r.calls, 8, true)}${pad(r.minimumCalls, 9, true)}${pad((r.calls / r.minimumCalls).toFixed(2), 7, true)}${pad(r.baselineCalls, 9, true)}${pad(r.projectedSeconds.toFixed(2), 7, true)}${pad(r.baselineProjectedSeconds.toFixed(1), 10, true)}`,
      );
    }
  }
  console.log('\nLocal twin: full cycle of one demo month on a workbook that already holds N households\n');
  console.log(
    `${pad('huishoudens', 12, true)}${pad('wall s', 9, true)}${pad('cpu s', 9, true)}${pad('peak MB', 9, true)}${pad('load', 7, true)}   wall s of each run`,
  );
  for (const size of sizes) {
    const r = local[size];
    console.log(
      `${pad(size, 12, true)}${pad(r.wallSeconds.toFixed(2), 9, true)}${pad(r.cpuSeconds.toFixed(2), 9, true)}${pad(r.peakMB, 9, true)}${pad(r.load.toFixed(1), 7, true)}   ${r.runs.map((w) => w.toFixed(2)).join(' / ')}`,
    );
  }

  const checks: string[] = [];
  for (const [name, bySize] of Object.entries(useCases)) {
    const calls = sizes.map((s) => bySize[s].calls);
    checks.push(
      `${calls.every((c) => c === calls[0]) ? 'ok ' : 'NEE'} ${name}: calls constant in N (${calls.join(', ')})`,
    );
    const worst = Math.max(...sizes.map((s) => bySize[s].calls / bySize[s].minimumCalls));
    const miss = USE_CASES.find((u) => u.name === name)?.knownMiss;
    checks.push(
      `${worst <= TARGET.ratio ? 'ok ' : 'NEE'} ${name}: ${worst.toFixed(2)}× the minimum (target ≤ ${TARGET.ratio}×)${worst > TARGET.ratio && miss ? `: ${miss}` : ''}`,
    );
    const slowest = Math.max(...sizes.map((s) => bySize[s].projectedSeconds));
    const limit = USE_CASES.find((u) => u.name === name)?.targetSeconds ?? TARGET.appsScriptSeconds;
    checks.push(`${slowest < limit ? 'ok ' : 'NEE'} ${name}: ${slowest.toFixed(2)} s projected (target < ${limit} s)`);
  }
  const largest = sizes[sizes.length - 1];
  const wall = local[largest].wallSeconds;
  const cpu = local[largest].cpuSeconds;
  checks.push(
    `${wall < TARGET.localSeconds ? 'ok ' : 'NEE'} local full cycle at ${largest}: ${wall.toFixed(2)} s wall (median of ${local[largest].runs.join(' / ')}), ${cpu.toFixed(2)} s CPU, load ${local[largest].load} on ${os.cpus().length} cores (target < ${TARGET.localSeconds} s)${wall < TARGET.localSeconds ? '' : `: ${LOCAL_MISS}`}`,
  );
  console.log(`\nTargets\n${checks.map((c) => `  ${c}`).join('\n')}\n\nbench/results.json geschreven.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
