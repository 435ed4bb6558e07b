/**
 * Crash safety without redelivery. Apps Script delivers a form response once: when a service call fails half
 * way, only what was written remains. For every write of every intake use case, the write fails once; then only
 * the hourly reconciler (and, for mail that waited, the hour after) runs — never a second delivery of the same
 * response. Each response must end with exactly one record, one case (when it makes one) and its e-mail sent
 * exactly once.
 */
import { donationForm } from '../../forms/donation';
import { fieldLogForm } from '../../forms/fieldLog';
import { referralForm } from '../../forms/referral';
import { registrationForm } from '../../forms/registration';
import { DONATIONS, FIELD_LOG, REGISTRATIONS } from '../../src/domain/intakeTabs';
import { SUPPORT } from '../../src/domain/register/tabs';
import { CASES, MESSAGES, REFERRALS } from '../../src/domain/tabs';
import type { GasWorld } from '../fakes';
import { donationAnswers, fieldLogAnswers, registrationAnswers } from '../support/formAnswers';
import { referralAnswers } from '../support/referralAnswers';
import { loadBundle, tabRows } from './harness';

type Answers = Record<string, string | string[]>;

/** The writes a use case makes: each one may be the call that fails. */
const WRITES = ['Range.setValues', 'Sheet.appendRow', 'Properties.setProperty', 'Sheet.insertRowsAfter'];

interface Case {
  name: string;
  formKey: string;
  answers: (world: GasWorld) => Answers;
  check: (world: GasWorld) => void;
}

function setUp(): GasWorld {
  const { world } = loadBundle({ triggerErrors: 'record' });
  world.run('setup');
  return world;
}

function sentTo(world: GasWorld, to: string): number {
  return world.sentMails.filter((m) => m.to === to).length;
}

/**
 * The e-mail left exactly once, or — when the crash hit between "about to send" and "sent" — it is marked
 * Onbekend for a person to check, and never sent again. Never twice, never silently missing.
 */
function sentOnceOrForAPerson(world: GasWorld, to: string, kind: string): void {
  const rows = tabRows(world, MESSAGES.name).filter((m) => m.Soort === kind);
  expect(rows).toHaveLength(1);
  const status = String(rows[0].Status);
  const sent = sentTo(world, to);
  expect(sent).toBeLessThanOrEqual(1);
  if (status !== 'Verstuurd') expect(status).toMatch(/^Onbekend/);
  if (sent === 0) expect(status).toMatch(/^Onbekend/);
}

const CASES_UNDER_TEST: Case[] = [
  {
    name: 'referral',
    formKey: referralForm.key,
    answers: () => referralAnswers() as Answers,
    check: (world) => {
      expect(tabRows(world, REFERRALS.name)).toHaveLength(1);
      expect(tabRows(world, CASES.name)).toHaveLength(1);
      sentOnceOrForAPerson(world, 'an.declercq@sociaalhuis-eeklo.example', 'Bevestiging doorverwijzing');
    },
  },
  {
    name: 'self-registration',
    formKey: registrationForm.key,
    answers: () => registrationAnswers(),
    check: (world) => {
      expect(tabRows(world, REGISTRATIONS.name)).toHaveLength(1);
      expect(tabRows(world, CASES.name)).toHaveLength(1);
    },
  },
  {
    name: 'donation with its thank-you',
    formKey: donationForm.key,
    answers: () => donationAnswers(),
    check: (world) => {
      expect(tabRows(world, DONATIONS.name)).toHaveLength(1);
      sentOnceOrForAPerson(world, 'els@bakkerij-vandamme.example', 'Bedankt schenker');
    },
  },
  {
    name: 'field note that helped one household',
    formKey: fieldLogForm.key,
    answers: (world) => {
      // The household it helped is already in the register.
      world.submitForm(world.properties[`form.${referralForm.key}.id`], referralAnswers() as Answers);
      return fieldLogAnswers({ supportCaseRef: 'DT-2026-0001' });
    },
    check: (world) => {
      expect(tabRows(world, FIELD_LOG.name)).toHaveLength(1);
      expect(tabRows(world, SUPPORT.name)).toHaveLength(1);
    },
  },
];

/** How many writes a clean run of the use case makes (each is a place a crash can happen). */
function writesOf(c: Case): number {
  const world = setUp();
  const answers = c.answers(world);
  world.calls.reset();
  world.submitForm(world.properties[`form.${c.formKey}.id`], answers);
  c.check(world);
  return WRITES.reduce((n, method) => n + world.calls.count(method), 0);
}

describe.each(CASES_UNDER_TEST)('a crash at any write of a $name, then only the reconciler', (c) => {
  const writes = writesOf(c);

  it(`makes ${writes} writes when nothing fails`, () => {
    expect(writes).toBeGreaterThanOrEqual(2);
  });

  for (const when of ['before', 'after'] as const) {
    it(`a write that fails ${when} taking effect, at each of the writes: one record, one case, one e-mail`, () => {
      for (let nth = 1; nth <= writes; nth++) {
        for (const method of WRITES) {
          const world = setUp();
          const answers = c.answers(world);
          world.sentMails.length = 0;
          const before = world.executions.length;
          const plan = when === 'before' ? world.faults.failAt : world.faults.failAfter;
          plan(method, nth, 'Service Spreadsheets failed while accessing document');
          world.submitForm(world.properties[`form.${c.formKey}.id`], answers);
          const faulted = world.faults.pending().length === 0;
          world.faults.clear();
          if (!faulted) continue; // this use case makes fewer calls of this method
          expect(world.executions.slice(before).some((e) => e.error)).toBe(true);
          // No second delivery: the hourly reconciler, and an hour later once more (mail that waited).
          world.advance(60 * 60 * 1000);
          world.run('reconcileResponses');
          world.advance(60 * 60 * 1000);
          world.run('reconcileResponses');
          try {
            c.check(world);
          } catch (error) {
            throw new Error(`${method} #${nth} (${when}): ${(error as Error).message}`);
          }
        }
      }
    });
  }
});
