import { OTHER_ORGANISATION, referralForm } from '../../forms/referral';
import { TIMESTAMP_HEADER } from '../../forms/types';
import { eligibilityRules } from '../../src/app/householdIntake';
import { REFERRAL_INTAKE } from '../../src/app/processReferral';
import { addWorkdays } from '../../src/domain/common/workdays';
import { answerText } from '../../src/domain/forms/answers';
import { parseAnswers } from '../../src/domain/forms/schema';
import { submissionKey } from '../../src/domain/intake/submissionKey';
import { MAIL_KIND, MAIL_STATUS } from '../../src/domain/messages/status';
import { type CaseContext, caseRow, LINK } from '../../src/domain/referral/records';
import { CLOSED_COLUMN, EXITS, HELPED_EXIT, MILESTONE_COLUMN } from '../../src/domain/register/journey';
import { readSettings } from '../../src/domain/settings/settings';
import { CASES, MESSAGES, REFERRALS, REVIEW } from '../../src/domain/tabs';
import { DEMO_PARTNERS } from '../../src/local/demo/partners';
import { generateLabelledReferrals, makeHousehold } from '../../src/local/demoReferrals';
import { Dice } from '../../src/local/dice';
import type { Row } from '../../src/ports';

/**
 * A register that already holds `households` households, as after a few years of intake: every referral in
 * the response tab, its case and referral rows, its sent confirmation, and the refused ones in Te controleren.
 * Built with the same domain functions as the intake (parseAnswers, caseRow, referralRow), without running
 * the intake N times, so seeding 20,000 households takes seconds.
 */
export interface SeededRegister {
  /** Rows by tab, keyed by header. */
  tabs: Record<string, Row[]>;
  /** The response tab's rows (timestamp + answers by question title). */
  responses: Row[];
}

export function seedRegister(households: number, seed = 7): SeededRegister {
  const dice = new Dice(seed);
  const start = new Date(2023, 0, 2);
  const end = new Date(2026, 9, 31);
  const referrals = generateLabelledReferrals({
    count: households,
    seed,
    start,
    end,
    partners: [...DEMO_PARTNERS.map((p) => p.organisation), OTHER_ORGANISATION],
    households: Array.from({ length: households }, () => makeHousehold(dice)),
  }).filter((r) => r.duplicateOf === undefined);

  const tabs: Record<string, Row[]> = {
    [CASES.name]: [],
    [REFERRALS.name]: [],
    [MESSAGES.name]: [],
    [REVIEW.name]: [],
  };
  const responses: Row[] = [];
  const perYear = new Map<number, number>();
  const rules = eligibilityRules(readSettings({ headers: [], rows: [] }));
  referrals.forEach((referral, index) => {
    const response: Row = { [TIMESTAMP_HEADER]: referral.timestamp };
    for (const q of referralForm.questions) response[q.title] = answerText(referral.answers[q.title]);
    responses.push(response);
    const key = submissionKey(referralForm, referral.timestamp, referral.answers);
    const parsed = parseAnswers(referralForm, referral.answers);
    if (!parsed.ok) {
      tabs[REVIEW.name].push({
        'Antwoord-ID': key,
        'Ontvangen op': referral.timestamp,
        Formulier: referralForm.title,
        Reden: parsed.reasons.join('\n'),
        Antwoordtab: referralForm.responseTab,
        'Rij in antwoordtab': index + 2,
        Antwoorden: '',
        Status: 'Open',
      });
      return;
    }
    const year = referral.timestamp.getFullYear();
    const number = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, number);
    const caseRef = `DT-${year}-${String(number).padStart(4, '0')}`;
    const ctx: CaseContext = {
      caseRef,
      responseKey: key,
      receivedAt: referral.timestamp,
      callBy: addWorkdays(referral.timestamp, 5),
      responseRow: index + 2,
      link: LINK.newCase,
    };
    tabs[REFERRALS.name].push(REFERRAL_INTAKE.record(parsed.value, ctx));
    tabs[CASES.name].push(closeIfOld(dice, caseRow(REFERRAL_INTAKE.details(parsed.value, rules), ctx)));
    tabs[MESSAGES.name].push({
      'Bericht-ID': `bevestiging-${key}`,
      Dossiernummer: caseRef,
      Soort: MAIL_KIND.referralConfirmation,
      Aan: parsed.value.referrerEmail,
      Onderwerp: `Doorverwijzing ontvangen – dossier ${caseRef}`,
      Status: MAIL_STATUS.sent,
      'Laatste wijziging': new Date(referral.timestamp.getTime() + 60_000),
      Fout: '',
    });
  });
  return { tabs, responses };
}

/** Cases older than this (before the benchmarked month) have ended their journey, as most would after years. */
const OPEN_DAYS = 90;
/** 1 November 2026, local midnight (the twin and the bench keep the script's zone). */
const benchMonth = () => new Date(2026, 10, 1);

/**
 * A register built up over years has mostly closed cases: one that came in more than three months before the
 * benchmarked month gets an exit (mostly "geholpen") with its milestone dates; the recent ones stay open.
 */
function closeIfOld(dice: Dice, row: Row): Row {
  const created = row['Aangemaakt op'];
  if (!(created instanceof Date) || benchMonth().getTime() - created.getTime() < OPEN_DAYS * 86_400_000) return row;
  const day = (n: number) => new Date(created.getTime() + n * 86_400_000);
  const helped = dice.chance(0.7);
  const closed: Row = {
    ...row,
    Status: helped ? HELPED_EXIT : dice.pick(EXITS.filter((e) => e !== HELPED_EXIT)),
    'Volgende actie': '',
    'Datum volgende actie': '',
    [MILESTONE_COLUMN['Contact opgenomen']]: day(3),
    [CLOSED_COLUMN]: day(helped ? 60 : 20),
  };
  if (helped) {
    closed[MILESTONE_COLUMN.Actief] = day(30);
    closed['Gelogde status'] = HELPED_EXIT;
  } else closed['Gelogde status'] = closed.Status;
  return closed;
}

/** Rows keyed by header as a 2-D block with the header row first. */
export function toGrid(headers: readonly string[], rows: readonly Row[]): unknown[][] {
  return [[...headers], ...rows.map((row) => headers.map((h) => row[h] ?? ''))];
}
