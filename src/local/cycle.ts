import * as fs from 'node:fs';
import * as path from 'node:path';
import { donationForm } from '../../forms/donation';
import { fieldLogForm } from '../../forms/fieldLog';
import { referralForm } from '../../forms/referral';
import { registrationForm } from '../../forms/registration';
import { processSubmission } from '../app/processSubmission';
import { setupWorkbook } from '../app/setupWorkbook';
import type { IntakeOutcome } from '../app/submission';
import { cellText } from '../domain/common/table';
import { FORMS } from '../domain/forms/registry';
import { DROPDOWNS } from '../domain/register/dropdowns';
import { PARTNERS } from '../domain/tabs';
import { dashboardStep, scanStep } from './dashboard/step';
import { partnerRow } from './demo/partners';
import { generateDemoYear } from './demo/year';
import { generateIntake } from './demoIntake';
import { generateReferrals } from './demoReferrals';
import { EmlOutbox, OUTBOX_BATCH } from './emlOutbox';
import { pendingReferrals } from './intakeQueue';
import { lettersStep } from './letters/lettersStep';
import { localPorts, SimulatedClock } from './localPorts';
import { matrixStep } from './matrix/step';
import { retentionStep } from './privacy/retentionStep';
import { type WorkReport, WorkSimulation } from './register/simulateWork';
import { deliverResponses, readSubmissions } from './responseTab';
import { offlineStep } from './review/offlineStep';
import { type CycleContext, type CycleStep, runSteps, type StepTiming } from './steps';
import { WorkbookTables } from './workbookTables';

export interface CycleOptions {
  workbook: string;
  outbox: string;
  /** First day of the month to replay (a month of the demo year of the same calendar year). */
  month: Date;
  /** When given, this many fresh referrals arrive instead of the demo year's referrals of the month. */
  referrals?: number;
  /** Seed of the demo year (default DEMO_SEED), of `referrals` and of the other demo generators (default JJJJMM). */
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
  /** New raw responses per form key. */
  deliveredPerForm: Record<string, number>;
  /** Referrals and registrations linked to a case that was already in the register. */
  linked: number;
  outcomes: Record<IntakeOutcome['kind'], number>;
  mails: string[];
  workbook: string;
  /** The worker's month on the register: journeys, support, devices, courses (the same use case as the edit trigger). */
  work: WorkReport;
  steps: StepTiming[];
  /** Files and folders written, with what they hold (Dutch). */
  files: Array<{ path: string; what: string }>;
  results: CycleContext['results'];
}

const SETUP = 'Werkboek klaarzetten';
const OTHER_FORMS = 'Aanmeldingen, schenkingen en veldwerk komen binnen';
const INTAKE = 'Formulieren verwerken';
const WORK = 'Werk van de projectmedewerker';

/** Where each step keeps what the closing summary needs. */
interface CycleState {
  tabsCreated: string[];
  deliveredPerForm: Record<string, number>;
  linked: number;
  outcomes: Record<IntakeOutcome['kind'], number>;
  /** The worker's days, moved along between form responses as they arrive (created by the first step needing it). */
  work?: WorkSimulation;
  workReport?: WorkReport;
  mails: string[];
  /** E-mails of an interrupted earlier run, written at the start of this one. */
  recovered: string[];
  mailBatch?: string | null;
}

const STATE = new WeakMap<CycleContext, CycleState>();

function state(ctx: CycleContext): CycleState {
  let found = STATE.get(ctx);
  if (!found) {
    found = {
      tabsCreated: [],
      deliveredPerForm: {},
      linked: 0,
      outcomes: { blank: 0, busy: 0, duplicate: 0, review: 0, registered: 0, recorded: 0 },
      mails: [],
      recovered: [],
    };
    STATE.set(ctx, found);
  }
  return found;
}

// ---- the steps ----------------------------------------------------------------------------------------------

function work(ctx: CycleContext): WorkSimulation {
  const s = state(ctx);
  s.work ??= new WorkSimulation(ctx.ports, ctx.clock, ctx.seed, ctx.month);
  return s.work;
}

/** Tabs, settings, dropdowns and the starting partner list, as the menu's "Alles instellen" does. */
export const setupStep: CycleStep = {
  name: SETUP,
  run(ctx) {
    const setup = setupWorkbook(ctx.tables);
    ctx.tables.setDropdowns(DROPDOWNS);
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
    state(ctx).deliveredPerForm[referralForm.key] = delivered;
    ctx.results['Doorverwijzingen komen binnen'] = { ontvangen: delivered };
    ctx.say(`  ${delivered} nieuwe doorverwijzingen ontvangen`);
  },
};

/**
 * The other forms' responses of the month: as many self-registrations, donations and field notes as the demo
 * year has this month (answers by question title from `generateIntake`; some registrations come from households
 * that were just referred, so the intake links them).
 */
export const otherFormsArriveStep: CycleStep = {
  name: OTHER_FORMS,
  run(ctx) {
    const counts = ctx.referralsOverride
      ? {
          registrations: Math.round(ctx.demo.referrals.length / 2),
          donations: Math.round(ctx.demo.referrals.length / 8),
          fieldNotes: Math.round(ctx.demo.referrals.length / 4),
        }
      : {
          registrations: ctx.demo.registrations.length,
          donations: ctx.demo.donations.length,
          fieldNotes: ctx.demo.fieldLog.length,
        };
    const intake = generateIntake({
      seed: ctx.seed + 1,
      start: ctx.demo.start,
      end: ctx.demo.end,
      ...counts,
      referrals: ctx.demo.referrals,
    });
    const per = state(ctx).deliveredPerForm;
    per[registrationForm.key] = deliverResponses(ctx.tables, registrationForm, intake.registrations);
    per[donationForm.key] = deliverResponses(ctx.tables, donationForm, intake.donations);
    per[fieldLogForm.key] = deliverResponses(ctx.tables, fieldLogForm, intake.fieldNotes);
    ctx.results[OTHER_FORMS] = {
      aanmeldingen: per[registrationForm.key],
      schenkingen: per[donationForm.key],
      veldwerknotities: per[fieldLogForm.key],
    };
    ctx.say(
      `  ${per[registrationForm.key]} aanmeldingen, ${per[donationForm.key]} schenkingen en ` +
        `${per[fieldLogForm.key]} veldwerknotities ontvangen`,
    );
  },
};

/**
 * Every unfinished response of every form through `processSubmission`, in the order they were sent (as the
 * triggers deliver them), with the worker's days in between; reruns add nothing.
 */
export const intakeStep: CycleStep = {
  name: INTAKE,
  run(ctx) {
    const s = state(ctx);
    const outcomes = s.outcomes;
    const all = FORMS.flatMap((form) => readSubmissions(ctx.tables, form));
    const referrals = all.filter((sub) => sub.formKey === referralForm.key);
    const pending = new Set(pendingReferrals(ctx.tables, referrals));
    const submissions = all
      .filter((sub) => sub.formKey !== referralForm.key || pending.has(sub))
      .sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());
    outcomes.duplicate += all.length - submissions.length;
    const days = work(ctx);
    submissions.forEach((submission, i) => {
      days.advanceTo(submission.submittedAt);
      ctx.clock.set(new Date(submission.submittedAt.getTime() + 60_000));
      const outcome = processSubmission(ctx.ports, submission);
      outcomes[outcome.kind]++;
      if (outcome.kind === 'registered' && outcome.linked) s.linked++;
      ctx.progress(i + 1, submissions.length);
    });
    ctx.results[INTAKE] = {
      'nieuwe dossiers': outcomes.registered - s.linked,
      'bij bestaand dossier': s.linked,
      'schenkingen, veldwerk': outcomes.recorded,
      'naar Te controleren': outcomes.review,
      'al eerder verwerkt': outcomes.duplicate,
    };
  },
};

/** The rest of the worker's month: journeys, support sessions, devices, courses, partner e-mails, digests. */
export const workStep: CycleStep = {
  name: WORK,
  run(ctx) {
    const days = work(ctx);
    days.advanceTo(new Date(ctx.month.getFullYear(), ctx.month.getMonth() + 1, 0, 23, 59));
    const report = days.finish();
    state(ctx).workReport = report;
    // The month's partner e-mails are composed on the second core while the next steps run (`precompose`).
    ctx.outbox.precompose();
    ctx.say(`  ${report.daysSimulated} dagen van de projectmedewerker nagespeeld`);
    ctx.results[WORK] = {
      statuswijzigingen: report.statusChanges,
      'berichten aan partners': report.partnerMails,
      weekoverzichten: report.digests,
      ondersteuning: report.supportSessions,
      toestellen: report.devicesCreated,
      'deelnames vormingen': report.attendance,
      'uniek bereik': report.reach ? report.reach.Totaal : 0,
    };
  },
};

/**
 * Write-ahead: the e-mails are written (to the outbox's spool) before the workbook that says "Verstuurd" is
 * saved, and the saved workbook names the batch; `writeMailsStep` then moves them into the outbox.
 */
export const saveWorkbookStep: CycleStep = {
  name: 'Werkboek bewaren',
  async run(ctx) {
    fs.mkdirSync(path.dirname(ctx.workbookPath), { recursive: true });
    // The e-mails are composed (on a worker) while the workbook is serialised; it is moved into place after them.
    const { batch, spooled } = ctx.outbox.startPrepare();
    state(ctx).mailBatch = batch;
    if (batch) ctx.tables.properties.set(OUTBOX_BATCH, batch);
    await ctx.tables.save(ctx.workbookPath, spooled);
    ctx.wrote(ctx.workbookPath, `het werkboek met alle tabbladen (${ctx.tables.tabNames().length})`);
  },
};

/** Moves the e-mails of the saved batch into the outbox as .eml files. Last, so every step's e-mails are in. */
export const writeMailsStep: CycleStep = {
  name: 'E-mails schrijven',
  async run(ctx) {
    const s = state(ctx);
    const mails = [...s.recovered, ...(await ctx.outbox.deliver(s.mailBatch ?? null))];
    s.mails = mails;
    ctx.results['E-mails schrijven'] = { 'e-mails': mails.length };
    if (mails.length > 0) ctx.wrote(`${path.dirname(mails[0])}/`, `${mails.length} nieuwe e-mails (.eml)`);
  },
};

/** The monthly cycle, in order. A new use case joins as one more line here, before saving the workbook. */
export const CYCLE_STEPS: readonly CycleStep[] = [
  setupStep,
  partnersStep,
  offlineStep,
  referralsArriveStep,
  otherFormsArriveStep,
  intakeStep,
  workStep,
  matrixStep,
  lettersStep,
  retentionStep,
  scanStep,
  dashboardStep,
  saveWorkbookStep,
  writeMailsStep,
];

function emptyWork(): WorkReport {
  return {
    daysSimulated: 0,
    statusChanges: 0,
    notes: 0,
    partnerMails: 0,
    supportSessions: 0,
    onwardReferrals: 0,
    devicesCreated: 0,
    deviceSteps: 0,
    attendance: 0,
    digests: 0,
    reach: null,
  };
}

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
  const seed = options.seed ?? month.getFullYear() * 100 + month.getMonth() + 1;
  if (options.referrals !== undefined) {
    demo.referrals = generateReferrals({
      count: options.referrals,
      seed,
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
    seed,
    referralsOverride: options.referrals !== undefined,
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
  const recovered = await outbox.recover(tables.properties.get(OUTBOX_BATCH));
  if (recovered.length > 0) say(`${recovered.length} e-mails van een onderbroken run alsnog geschreven`);
  state(ctx).recovered = recovered;
  const steps = await runSteps(options.steps ?? CYCLE_STEPS, ctx);
  const s = state(ctx);
  return {
    month: ctx.monthKey,
    tabsCreated: s.tabsCreated,
    responsesDelivered: s.deliveredPerForm[referralForm.key] ?? 0,
    deliveredPerForm: s.deliveredPerForm,
    linked: s.linked,
    outcomes: s.outcomes,
    mails: s.mails,
    workbook: options.workbook,
    work: s.workReport ?? emptyWork(),
    steps,
    files,
    results: ctx.results,
  };
}
