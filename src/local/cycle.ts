import * as fs from 'node:fs';
import * as path from 'node:path';
import { donationForm } from '../../forms/donation';
import { fieldLogForm } from '../../forms/fieldLog';
import { referralForm } from '../../forms/referral';
import { registrationForm } from '../../forms/registration';
import { processSubmission } from '../app/processSubmission';
import { setupWorkbook } from '../app/setupWorkbook';
import type { IntakeOutcome } from '../app/submission';
import { columnValues } from '../domain/common/table';
import { FORMS } from '../domain/forms/registry';
import { DROPDOWNS } from '../domain/register/dropdowns';
import { PARTNERS } from '../domain/tabs';
import { generateIntake } from './demoIntake';
import { generateReferrals } from './demoReferrals';
import { EmlOutbox } from './emlOutbox';
import { localPorts, SimulatedClock } from './localPorts';
import { type WorkReport, WorkSimulation } from './register/simulateWork';
import { deliverResponses, readSubmissions } from './responseTab';
import { WorkbookTables } from './workbookTables';

export interface CycleOptions {
  workbook: string;
  outbox: string;
  /** First day of the month to replay. */
  month: Date;
  /** Referrals generated for that month. */
  referrals: number;
  seed: number;
  /** Progress lines for long steps. */
  progress?: (line: string) => void;
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
  /** The worker's month on the register: journeys, devices, courses (issue 4). */
  work: WorkReport;
}

function monthEnd(month: Date): Date {
  return new Date(month.getFullYear(), month.getMonth() + 1, 0, 18, 0, 0);
}

/**
 * The monthly cycle on a workbook, through the same use cases as Apps Script:
 * set up the tabs, let the month's form responses arrive, take each one in, write the e-mails.
 */
export async function runCycle(options: CycleOptions): Promise<CycleReport> {
  const say = options.progress ?? (() => undefined);
  const tables = await WorkbookTables.load(options.workbook);
  const clock = new SimulatedClock(options.month);
  const outbox = new EmlOutbox({ dir: options.outbox, from: 'projectmedewerker@dekring.example', clock, quota: 1500 });
  const ports = localPorts(tables, outbox, clock);

  const setup = setupWorkbook(tables);
  tables.setDropdowns(DROPDOWNS);

  const partners = columnValues(tables.read(PARTNERS.name), 'Organisatie');
  const responses = generateReferrals({
    count: options.referrals,
    seed: options.seed,
    start: options.month,
    end: monthEnd(options.month),
    partners,
  });
  const delivered = deliverResponses(tables, referralForm, responses);
  say(`${delivered} nieuwe doorverwijzingen ontvangen`);

  // The other forms: self-registrations (some from households just referred), donations, field notes.
  const intake = generateIntake({
    seed: options.seed + 1,
    start: options.month,
    end: monthEnd(options.month),
    registrations: Math.round(options.referrals / 2),
    donations: Math.round(options.referrals / 8),
    fieldNotes: Math.round(options.referrals / 4),
    referrals: responses,
  });
  const deliveredPerForm: Record<string, number> = {
    [referralForm.key]: delivered,
    [registrationForm.key]: deliverResponses(tables, registrationForm, intake.registrations),
    [donationForm.key]: deliverResponses(tables, donationForm, intake.donations),
    [fieldLogForm.key]: deliverResponses(tables, fieldLogForm, intake.fieldNotes),
  };
  say(
    `${deliveredPerForm[registrationForm.key]} aanmeldingen, ${deliveredPerForm[donationForm.key]} schenkingen en ` +
      `${deliveredPerForm[fieldLogForm.key]} veldwerknotities ontvangen`,
  );

  const outcomes: CycleReport['outcomes'] = { blank: 0, busy: 0, duplicate: 0, review: 0, registered: 0, recorded: 0 };
  let linked = 0;
  // In the order they were sent, across forms, as the triggers would deliver them.
  const submissions = FORMS.flatMap((form) => readSubmissions(tables, form)).sort(
    (a, b) => a.submittedAt.getTime() - b.submittedAt.getTime(),
  );
  const work = new WorkSimulation(ports, clock, options.seed, options.month);
  submissions.forEach((submission, i) => {
    work.advanceTo(submission.submittedAt);
    clock.set(new Date(submission.submittedAt.getTime() + 60_000));
    const outcome = processSubmission(ports, submission);
    outcomes[outcome.kind]++;
    if (outcome.kind === 'registered' && outcome.linked) linked++;
    if ((i + 1) % 100 === 0) say(`  ${i + 1}/${submissions.length} verwerkt`);
  });

  work.advanceTo(new Date(options.month.getFullYear(), options.month.getMonth() + 1, 0, 23, 59));
  say(`${work.report.daysSimulated} dagen van de projectmedewerker nagespeeld`);
  const workReport = work.finish();

  fs.mkdirSync(path.dirname(options.workbook), { recursive: true });
  await tables.save(options.workbook);
  const mails = await outbox.drain();
  return {
    month: options.month.toISOString().slice(0, 7),
    tabsCreated: setup.tabsCreated,
    responsesDelivered: delivered,
    deliveredPerForm,
    linked,
    outcomes,
    mails,
    workbook: options.workbook,
    work: workReport,
  };
}
