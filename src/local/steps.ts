import type { Ports } from '../ports';
import type { DemoMonth, DemoYear } from './demo/year';
import type { EmlOutbox } from './emlOutbox';
import type { MemoryAudit, SimulatedClock } from './localPorts';
import type { WorkbookTables } from './workbookTables';

/**
 * The local cycle is an ordered list of named steps over one shared context. A use case joins the cycle as
 * one more step: `{ name: 'Aanmeldingen verwerken', run: (ctx) => … }`, added to `CYCLE_STEPS` in
 * `src/local/cycle.ts`. A step reads this month's demo data from `ctx.demo`, works through `ctx.ports` (the same
 * use cases as Apps Script), reports long loops with `ctx.progress`, keeps its counts in `ctx.results`, and
 * names the files it writes with `ctx.wrote`.
 */
export interface CycleContext {
  readonly tables: WorkbookTables;
  readonly ports: Ports & { audit: MemoryAudit };
  readonly clock: SimulatedClock;
  readonly outbox: EmlOutbox;
  /** First day of the month, 00:00 local time. */
  readonly month: Date;
  /** `JJJJ-MM` */
  readonly monthKey: string;
  /** This month of the demo year. */
  readonly demo: DemoMonth;
  readonly demoYear: DemoYear;
  /** Seed for the month's other generators (default JJJJMM of the month). */
  readonly seed: number;
  /** True when `--referrals` replaced the demo year's referrals by fresh ones. */
  readonly referralsOverride: boolean;
  readonly workbookPath: string;
  readonly outDir: string;
  /** Counts per step, for the closing summary: `results['Doorverwijzingen verwerken'] = { … }`. */
  readonly results: Record<string, Record<string, number | string>>;
  /** Prints one progress line (Dutch). */
  say(line: string): void;
  /** A progress line every `every` items and at the end: "  120/400". */
  progress(done: number, total: number, every?: number): void;
  /** Records a file or folder written in `out/`, with what it holds (Dutch). */
  wrote(path: string, what: string): void;
}

export interface CycleStep {
  /** Dutch, shown in the progress output. */
  readonly name: string;
  run(ctx: CycleContext): void | Promise<void>;
}

export interface StepTiming {
  name: string;
  seconds: number;
}

/** Runs the steps in order; an error stops the cycle and names the step it happened in. */
export async function runSteps(steps: readonly CycleStep[], ctx: CycleContext): Promise<StepTiming[]> {
  const timings: StepTiming[] = [];
  for (const [index, step] of steps.entries()) {
    ctx.say(`[${index + 1}/${steps.length}] ${step.name}`);
    const started = Date.now();
    try {
      await step.run(ctx);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`Stap "${step.name}": ${message}`);
    }
    timings.push({ name: step.name, seconds: (Date.now() - started) / 1000 });
  }
  return timings;
}
