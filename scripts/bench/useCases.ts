import { referralForm } from '../../forms/referral';
import { registrationForm } from '../../forms/registration';
import { ACTIONS, REGISTRATIONS } from '../../src/domain/intakeTabs';
import { CASES, MESSAGES, REFERRALS, REVIEW, SETTINGS } from '../../src/domain/tabs';
import { naiveReferral } from '../../tests/bench/naiveReferral';
import { naiveRegistration } from '../../tests/bench/naiveRegistration';
import type { Answers } from '../../tests/fakes';
import { registrationAnswers } from '../../tests/support/formAnswers';
import { referralAnswers } from '../../tests/support/referralAnswers';
import type { GasBench } from './gas';

/**
 * The use cases the bench measures. Each declares what it must read and write; from that the bench computes
 * the minimum number of service calls (see `minimumCalls`). Adding a use case is one more entry here:
 * a name, the declaration, the counted run through the bundle, and the naive baseline.
 */
export interface Declared {
  /** Tabs read (each: getSheetByName + getDataRange + getValues = 3 calls at least). */
  reads: readonly string[];
  /** Ranges written, by tab (each: getRange + setValues = 2 calls at least). */
  writes: readonly string[];
  /** Other calls the use case cannot do without (event, lock, mail, flush, …), by method. */
  other: readonly string[];
}

export interface BenchUseCase {
  name: string;
  declared: Declared;
  /** The counted run: what the script does in Apps Script, through the built bundle. */
  run(bench: GasBench, variant: number): void;
  /** The same work written as common samples do it, against the same fakes. */
  baseline(bench: GasBench, variant: number): void;
}

export const CALLS_PER_TAB_READ = 3;
export const CALLS_PER_RANGE_WRITTEN = 2;

export function minimumCalls(declared: Declared): number {
  return (
    declared.reads.length * CALLS_PER_TAB_READ +
    declared.writes.length * CALLS_PER_RANGE_WRITTEN +
    declared.other.length
  );
}

/** Calls that are logging, not work: left out of both counts (they are listed in the JSON by method). */
export function isLogging(method: string): boolean {
  return method.startsWith('console.') || method.startsWith('Logger.');
}

/** A referral not yet in the register: a different household for every variant. */
function freshReferral(variant: number, overrides: Parameters<typeof referralAnswers>[0] = {}): Answers {
  return referralAnswers({
    firstName: `Bench${String.fromCharCode(97 + (variant % 26))}`,
    phone: `0470 ${String(100000 + variant).slice(0, 2)} ${String(100000 + variant).slice(2, 4)} ${String(100000 + variant).slice(4, 6)}`,
    ...overrides,
  }) as Answers;
}

/** A self-registration of a household not yet in the register. */
function freshRegistration(variant: number): Answers {
  const digits = String(200000 + variant);
  return registrationAnswers({
    firstName: `Bench${String.fromCharCode(97 + (variant % 26))}`,
    phone: `0485 ${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4, 6)}`,
  }) as Answers;
}

function submittedAt(variant: number): Date {
  return new Date(2026, 10, 27, 10, variant % 60, variant % 59);
}

/** The event part of a spreadsheet form-submit trigger: which tab, the timestamp cell, the row. */
const EVENT = ['Range.getSheet', 'Sheet.getName', 'Range.getValues', 'Range.getRow'];
const LOCK = ['LockService.getScriptLock', 'Lock.tryLock', 'Lock.releaseLock'];

export const USE_CASES: readonly BenchUseCase[] = [
  {
    name: 'Doorverwijzing (één antwoord)',
    declared: {
      reads: [REVIEW.name, REFERRALS.name, CASES.name, MESSAGES.name, SETTINGS.name],
      // referral row, case row, mail row (Te versturen), status Bezig met versturen, status Verstuurd
      writes: [REFERRALS.name, CASES.name, MESSAGES.name, MESSAGES.name, MESSAGES.name],
      other: [
        'SpreadsheetApp.getActive',
        ...EVENT,
        ...LOCK,
        'MailApp.getRemainingDailyQuota',
        'SpreadsheetApp.flush',
        'MailApp.sendEmail',
      ],
    },
    run(bench, variant) {
      bench.world.submitForm(bench.formIds[referralForm.key], freshReferral(variant), {
        timestamp: submittedAt(variant),
      });
    },
    baseline(bench, variant) {
      naiveReferral(bench.world.globals, submittedAt(variant), freshReferral(variant));
    },
  },
  {
    name: 'Doorverwijzing met fout (naar Te controleren)',
    declared: {
      reads: [REVIEW.name, REFERRALS.name],
      writes: [REVIEW.name],
      other: ['SpreadsheetApp.getActive', ...EVENT, ...LOCK],
    },
    run(bench, variant) {
      bench.world.submitForm(bench.formIds[referralForm.key], freshReferral(variant, { postcode: '99' }), {
        timestamp: submittedAt(variant),
      });
    },
    baseline(bench, variant) {
      naiveReferral(bench.world.globals, submittedAt(variant), freshReferral(variant, { postcode: '99' }));
    },
  },
  {
    name: 'Aanmelding (één antwoord)',
    declared: {
      reads: [ACTIONS.name, REVIEW.name, REGISTRATIONS.name, CASES.name, SETTINGS.name],
      // registration row, case row
      writes: [REGISTRATIONS.name, CASES.name],
      other: ['SpreadsheetApp.getActive', ...EVENT, ...LOCK],
    },
    run(bench, variant) {
      bench.world.submitForm(bench.formIds[registrationForm.key], freshRegistration(variant), {
        timestamp: submittedAt(variant),
      });
    },
    baseline(bench, variant) {
      naiveRegistration(bench.world.globals, submittedAt(variant), freshRegistration(variant));
    },
  },
];
