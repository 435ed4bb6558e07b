import * as fs from 'node:fs';
import * as path from 'node:path';
import { referralForm } from '../../forms/referral';
import { processSubmission } from '../app/processSubmission';
import { setupWorkbook } from '../app/setupWorkbook';
import type { IntakeOutcome } from '../app/submission';
import { cellText } from '../domain/common/table';
import { PARTNERS } from '../domain/tabs';
import { partnerRow } from './demo/partners';
import { generateDemoYear } from './demo/year';
import { generateReferrals } from './demoReferrals';
import { EmlOutbox } from './emlOutbox';
import { pendingReferrals } from './intakeQueue';
import { localPorts, SimulatedClock } from './localPorts';
import { deliverResponses, readSubmissions } from './responseTab';
import { type CycleContext, type CycleStep, runSteps, type StepTiming } from './steps';
import { WorkbookTables } from './workbookTables';

export interface CycleOptions {
  workbook: string;
  outbox: string;
  /** First day of the month to replay (a month of the demo year of the same calendar year). */
  month: Date;
  /** When given, this many fresh referrals arrive instead of the demo year's referrals of the month. */
  referrals?: number;
  /** Seed of the demo year (default DEMO_SEED) and of `referrals`. */
  seed?: number;
  /** Progress lines for long steps. */
  progress?: (line: string) => void;
  /** Steps to run (default CYCLE_STEPS); the bench and tests may pass their own list. */
  steps?: readonly CycleStep[];
}

export interface CycleReport {
  month: string;
  tabsCreated: string[];
  responsesDelivered: number;
  outcomes: Record<IntakeOutcome['kind'], number>;
  mails: string[];
  workbook: string;
  steps: StepTiming[];
  /** Files and folders written, with what they hold (Dutch). */
  files: Array<{ path: string; what: string }>;
  results: CycleContext['results'];
}

const SETUP = 'Werkboek klaarzetten';
const INTAKE = 'Doorverwijzingen verwerken';

/** Where each step keeps what the closing summary needs. */
interface CycleState {
  tabsCreated: string[];
  delivered: number;
  outcomes: Record<IntakeOutcome['kind'], number>;
  mails: string[];
}

const STATE = new WeakMap<CycleContext, CycleState>();

function state(ctx: CycleContext): CycleState {
  let found = STATE.get(ctx);
  if (!found) {
    found = {
      tabsCreated: [],
      delivered: 0,
      outcomes: { blank: 0, busy: 0, duplicate: 0, review: 0, registered: 0 },
      mails: [],
    };
    STATE.set(ctx, found);
  }
  return found;
}

// ---- the steps ----------------------------------------------------------------------------------------------

/** Tabs, settings and the starting partner list, as the menu's "Alles instellen" does. */
export const setupStep: CycleStep = {
  name: SETUP,
  run(ctx) {
    const setup = setupWorkbook(ctx.tables);
    state(ctx).tabsCreated = setup.tabsCreated;
    ctx.results[SETUP] = { 'nieuwe tabbladen': setup.tabsCreated.length };
  },
};

/** The 60 partners of the demo year: adds the missing ones, fills in empty contact details of the others. */
export const partnersStep: CycleStep = {
  name: 'Partners van het demojaar aanvullen',
  run(ctx) {
    const snapshot = ctx.tables.read(PARTNERS.name);
    const byName = new Map(snapshot.rows.map((row) => [cellText(row.values.Organisatie), row]));
    const missing = ctx.demoYear.partners.filter((p) => !byName.has(p.organisation)).map(partnerRow);
    let completed = 0;
    for (const partner of ctx.demoYear.partners) {
      const row = byName.get(partner.organisation);
      if (!row || cellText(row.values['E-mail']) !== '') continue;
      const full = partnerRow(partner);
      ctx.tables.update(PARTNERS.name, row.rowNumber, {
        Contactpersoon: full.Contactpersoon,
        'E-mail': full['E-mail'],
      });
      completed++;
    }
    if (missing.length > 0) ctx.tables.append(PARTNERS.name, missing);
    ctx.results['Partners van het demojaar aanvullen'] = { toegevoegd: missing.length, aangevuld: completed };
  },
};

/** The month's referral form responses land in the response tab, as a linked Google Form does. */
export const referralsArriveStep: CycleStep = {
  name: 'Doorverwijzingen komen binnen',
  run(ctx) {
    const delivered = deliverResponses(ctx.tables, referralForm, ctx.demo.referrals);
    state(ctx).delivered = delivered;
    ctx.results['Doorverwijzingen komen binnen'] = { ontvangen: delivered };
    ctx.say(`  ${delivered} nieuwe doorverwijzingen ontvangen`);
  },
};

/** Every response row through `processSubmission`, as the form-submit trigger does; reruns add nothing. */
export const referralIntakeStep: CycleStep = {
  name: INTAKE,
  run(ctx) {
    const outcomes = state(ctx).outcomes;
    const all = readSubmissions(ctx.tables, referralForm);
    const submissions = pendingReferrals(ctx.tables, all);
    outcomes.duplicate += all.length - submissions.length;
    submissions.forEach((submission, i) => {
      ctx.clock.set(new Date(submission.submittedAt.getTime() + 60_000));
      outcomes[processSubmission(ctx.ports, submission).kind]++;
      ctx.progress(i + 1, submissions.length);
    });
    ctx.results[INTAKE] = {
      'nieuwe dossiers': outcomes.registered,
      'naar Te controleren': outcomes.review,
      'al eerder verwerkt': outcomes.duplicate,
    };
  },
};

export const saveWorkbookStep: CycleStep = {
  name: 'Werkboek bewaren',
  async run(ctx) {
    fs.mkdirSync(path.dirname(ctx.workbookPath), { recursive: true });
    await ctx.tables.save(ctx.workbookPath);
    ctx.wrote(ctx.workbookPath, `het werkboek met alle tabbladen (${ctx.tables.tabNames().length})`);
  },
};

/** Writes the e-mails the use cases sent as .eml files. Last, so every step's e-mails are in. */
export const writeMailsStep: CycleStep = {
  name: 'E-mails schrijven',
  async run(ctx) {
    const mails = await ctx.outbox.drain();
    state(ctx).mails = mails;
    ctx.results['E-mails schrijven'] = { 'e-mails': mails.length };
    if (mails.length > 0) ctx.wrote(`${path.dirname(mails[0])}/`, `${mails.length} nieuwe e-mails (.eml)`);
  },
};

/**
 * The monthly cycle, in order. A new use case joins as one more line here (before saving the workbook), e.g.
 * `registrationIntakeStep` for Aanmelding, `journeyStep` for the status edits, `digestStep` for the weekly digest.
 */
export const CYCLE_STEPS: readonly CycleStep[] = [
  setupStep,
  partnersStep,
  referralsArriveStep,
  referralIntakeStep,
  saveWorkbookStep,
  writeMailsStep,
];

// ---- the runner ---------------------------------------------------------------------------------------------

function monthKey(month: Date): string {
  return `${month.getFullYear()}-${String(month.getMonth() + 1).padStart(2, '0')}`;
}

/**
 * The monthly cycle on a workbook, through the same use cases as Apps Script: the month of the demo year that
 * `options.month` names, step by step. Running it again for the same month adds nothing; running it for
 * another month adds that month to the same workbook.
 */
export async function runCycle(options: CycleOptions): Promise<CycleReport> {
  const say = options.progress ?? (() => undefined);
  const month = new Date(options.month.getFullYear(), options.month.getMonth(), 1);
  const demoYear = generateDemoYear({ year: month.getFullYear(), seed: options.seed });
  const demo = { ...demoYear.months[month.getMonth()] };
  if (options.referrals !== undefined) {
    demo.referrals = generateReferrals({
      count: options.referrals,
      seed: options.seed ?? month.getFullYear() * 100 + month.getMonth() + 1,
      start: demo.start,
      end: demo.end,
      partners: demoYear.partners.map((p) => p.organisation),
    });
  }

  const tables = await WorkbookTables.load(options.workbook);
  const clock = new SimulatedClock(month);
  const outbox = new EmlOutbox({ dir: options.outbox, from: 'projectmedewerker@dekring.example', clock, quota: 1500 });
  const files: CycleReport['files'] = [];
  const ctx: CycleContext = {
    tables,
    ports: localPorts(tables, outbox, clock),
    clock,
    outbox,
    month,
    monthKey: monthKey(month),
    demo,
    demoYear,
    workbookPath: options.workbook,
    outDir: path.dirname(options.workbook),
    results: {},
    say,
    progress(done, total, every = 100) {
      if (done % every === 0 || (done === total && total >= every)) say(`  ${done}/${total}`);
    },
    wrote(file, what) {
      files.push({ path: file, what });
    },
  };
  const steps = await runSteps(options.steps ?? CYCLE_STEPS, ctx);
  const s = state(ctx);
  return {
    month: ctx.monthKey,
    tabsCreated: s.tabsCreated,
    responsesDelivered: s.delivered,
    outcomes: s.outcomes,
    mails: s.mails,
    workbook: options.workbook,
    steps,
    files,
    results: ctx.results,
  };
}
