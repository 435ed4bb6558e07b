/**
 * "First day and third year in Google": the artifact clasp pushes, on a brand-new spreadsheet (one sheet named
 * by its locale, 1000 × 26), with fakes as strict as Google. The owner opens it and runs setup from the menu;
 * partners answer each of the four forms; the worker walks a household through its journey; then weeks of
 * daily triggers and traffic push every growing tab past its first 1000 rows. Nothing may throw, nothing may be
 * lost, no form may stay unpublished — in a Dutch (nl_BE) and an American (en_US) spreadsheet.
 */
import { donationForm } from '../../forms/donation';
import { fieldLogForm } from '../../forms/fieldLog';
import { referralForm } from '../../forms/referral';
import { registrationForm } from '../../forms/registration';
import { DONATIONS, FIELD_LOG, REGISTRATIONS } from '../../src/domain/intakeTabs';
import { LOGBOOK } from '../../src/domain/register/tabs';
import { CASES, MESSAGES, REFERRALS, REVIEW } from '../../src/domain/tabs';
import type { GasWorld, SpreadsheetLocale } from '../fakes';
import { donationAnswers, fieldLogAnswers, registrationAnswers } from '../support/formAnswers';
import { referralAnswers } from '../support/referralAnswers';
import { loadBundle, tabRows } from './harness';

type Answers = Record<string, string | string[]>;

/** Working days of traffic after day one: 26 × 40 answers per form takes every growing tab past 1000 rows. */
const DAYS = Number(process.env.DAY_ONE_YEAR_THREE_DAYS ?? 26);
/** One answer in LIVE_EVERY fires its form-submit trigger; the others are taken in by the hourly reconciler. */
const LIVE_EVERY = 5;

const SYLLABLES = [
  'ba',
  'ko',
  'ri',
  'de',
  'mu',
  'sa',
  'li',
  'ne',
  'to',
  'va',
  'gi',
  'pe',
  'zo',
  'ha',
  'fu',
  'ce',
  'jo',
  'wi',
  'ly',
  'qu',
];

/** A pseudo-word of four syllables: each number below 160,000 has its own (base 20, one syllable a digit). */
function word(n: number): string {
  let x = n;
  let out = '';
  for (let i = 0; i < 4; i++) {
    out += SYLLABLES[x % 20];
    x = Math.floor(x / 20);
  }
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/**
 * A household no other household resembles: its own first name, its own family name (a scrambled number, so
 * neighbours do not share syllables), phone and address.
 */
function household(n: number) {
  const digits = String(100000 + n).slice(-6);
  return {
    first: word(n),
    last: word((n * 7919 + 4231) % 160000),
    phone: `0470 ${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4)}`,
    street: `Stationsstraat ${n + 1}`,
  };
}

interface Traffic {
  referrals: number;
  registrations: number;
  donations: number;
  fieldLogs: number;
}

/** Every response tab of the project, by form key, as the script found it (by form id). */
function responseTabName(world: GasWorld, formKey: string): string {
  const formId = world.properties[`form.${formKey}.id`];
  const sheet = world.spreadsheet.sheetList().find((s) => s.formLink?.formId === formId);
  if (!sheet) throw new Error(`no response tab for ${formKey}`);
  return sheet.getName();
}

function dayOneYearThree(locale: SpreadsheetLocale) {
  // A new spreadsheet made by the worker in her own locale, on the first of October 2026.
  const { world } = loadBundle({ locale, now: new Date('2026-10-01T07:30:00Z'), mailQuota: 100 });
  expect(world.sheetNames()).toEqual([locale === 'en_US' ? 'Sheet1' : 'Blad1']);
  world.run('onOpen');
  expect(world.menus[0].items[0].functionName).toBe('setup');
  world.run('setup');
  const formIds = Object.fromEntries(
    [referralForm, registrationForm, donationForm, fieldLogForm].map((f) => [
      f.key,
      world.properties[`form.${f.key}.id`],
    ]),
  );
  for (const form of world.forms)
    expect([form.getTitle(), form.isPublished(), form.isAcceptingResponses()]).toEqual([form.getTitle(), true, true]);
  expect(world.alerts.at(-1)?.prompt).toContain('Alle formulieren zijn gepubliceerd');

  let n = 0;
  const sent = { referrals: 0, registrations: 0, donations: 0, fieldLogs: 0 };
  // Most answers fire their trigger; on a busy day some triggers do not fire (Google drops or delays them), and
  // the hourly reconciler takes those in, ten per hold of the lock.
  let count = 0;
  let allLive = true;
  const submit = (formKey: string, answers: Answers) => {
    if (allLive || count++ % LIVE_EVERY === 0) world.submitForm(formIds[formKey], answers);
    else world.submitFormSilently(formIds[formKey], answers);
    world.advance(60_000);
  };
  const traffic = (t: Traffic) => {
    for (let i = 0; i < t.referrals; i++, n++) {
      const h = household(n);
      submit(
        referralForm.key,
        referralAnswers({ firstName: h.first, lastName: h.last, phone: h.phone, street: h.street }) as Answers,
      );
      sent.referrals++;
    }
    for (let i = 0; i < t.registrations; i++, n++) {
      const h = household(n);
      submit(
        registrationForm.key,
        registrationAnswers({ firstName: h.first, lastName: h.last, phone: h.phone, street: h.street }),
      );
      sent.registrations++;
    }
    for (let i = 0; i < t.donations; i++) {
      submit(donationForm.key, donationAnswers({ donorName: `Bedrijf ${sent.donations + 1} bv` }));
      sent.donations++;
    }
    for (let i = 0; i < t.fieldLogs; i++) {
      submit(
        fieldLogForm.key,
        fieldLogAnswers({ place: `Plaats ${sent.fieldLogs + 1}`, date: world.now.toISOString().slice(0, 10) }),
      );
      sent.fieldLogs++;
    }
  };

  // Day one: each form once (every trigger fires); the worker walks the first household through its journey.
  traffic({ referrals: 1, registrations: 1, donations: 1, fieldLogs: 1 });
  expect(world.executions.filter((e) => e.functionName === 'handleFormSubmit')).toHaveLength(4);
  allLive = false;
  const status = world.sheetValues(CASES.name)[0].indexOf('Status') + 1;
  const statusColumn = () => status;
  for (const step of [
    'Contact opgenomen',
    'Geïnformeerd',
    'Aanvraag ingediend',
    'Actief',
    'Nazorg',
    'Afgesloten: geholpen',
  ])
    world.editCell(CASES.name, 2, statusColumn(), step);
  const first = tabRows(world, CASES.name)[0];
  expect(first.Status).toBe('Afgesloten: geholpen');
  expect(first['Actief op']).toBeInstanceOf(Object);
  expect(world.sentMails.filter((m) => m.to === referralAnswers()['Uw e-mailadres'])).not.toHaveLength(0);

  // Then the weeks: traffic every working day, the worker's status changes, every hourly and daily trigger.
  const edited = new Set<number>([2]);
  for (let day = 1; day <= DAYS; day++) {
    world.setNow(new Date(Date.UTC(2026, 9, 1 + day, 7, 30)));
    traffic({ referrals: 40, registrations: 40, donations: 40, fieldLogs: 40 });
    // The worker calls 40 households a day: each call is a logged status change.
    const rows = world.sheet(CASES.name).getLastRow();
    let calls = 0;
    for (let row = 3; row <= rows && calls < 40; row++) {
      if (edited.has(row)) continue;
      edited.add(row);
      world.editCell(CASES.name, row, statusColumn(), 'Contact opgenomen');
      calls++;
    }
    // The hourly reconciler, the daily run at 07:00 and any continuation: what is due fires every 6 hours
    // (a trigger due several times since the last look fires once, as Google coalesces missed runs).
    for (let quarter = 0; quarter < 4; quarter++) {
      world.advance(6 * 60 * 60 * 1000);
      world.runClockTriggers();
    }
  }
  return { world, sent };
}

describe.each(['nl_BE', 'en_US'] as const)('first day and third year in Google (%s)', (locale) => {
  // ~4,200 answers and ~1,000 edits through the bundle: a safety net for a busy machine, not a timing assertion.
  it('nothing thrown, nothing lost, every growing tab past 1000 rows, no form unpublished', () => {
    const { world, sent } = dayOneYearThree(locale);
    expect(world.executions.filter((e) => e.error).map((e) => [e.functionName, String(e.error)])).toEqual([]);
    expect(world.unflushedLockReleases).toEqual([]);

    const cases = tabRows(world, CASES.name);
    const referrals = tabRows(world, REFERRALS.name);
    const review = tabRows(world, REVIEW.name);
    const inReview = (form: { title: string }) => review.filter((r) => r.Formulier === form.title).length;
    // Every answer is accounted for exactly once: in its record tab, or in Te controleren for the worker (a
    // household the matcher is not sure about). Nothing was refused for being malformed.
    expect(review.every((r) => String(r.Reden).startsWith('Misschien is dit een gezin'))).toBe(true);
    expect(referrals.length + inReview(referralForm)).toBe(sent.referrals);
    const registrations = tabRows(world, REGISTRATIONS.name);
    expect(registrations.length + inReview(registrationForm)).toBe(sent.registrations);
    expect(cases).toHaveLength(referrals.length + registrations.length);
    expect(new Set(cases.map((c) => c.Dossiernummer)).size).toBe(cases.length);
    expect(tabRows(world, DONATIONS.name)).toHaveLength(sent.donations);
    expect(tabRows(world, FIELD_LOG.name)).toHaveLength(sent.fieldLogs);
    for (const formKey of ['doorverwijzing', 'aanmelding', 'schenking', 'veldwerk'])
      expect(world.sheet(responseTabName(world, formKey)).getLastRow()).toBeGreaterThan(1000);

    // Every referrer got her confirmation exactly once, however long the quota made it wait.
    const confirmations = tabRows(world, MESSAGES.name).filter((m) => m.Soort === 'Bevestiging doorverwijzing');
    expect(confirmations).toHaveLength(referrals.length);
    expect(confirmations.filter((m) => m.Status !== 'Verstuurd')).toEqual([]);
    // No e-mail went out twice (a partner gets several different milestone mails with the same subject).
    const mails = world.sentMails.map((m) => `${m.to} ${m.subject} ${m.body}`);
    expect(mails.filter((s, i) => mails.indexOf(s) !== i)).toEqual([]);

    // Every status change is in the Logboek.
    expect(tabRows(world, LOGBOOK.name).length).toBeGreaterThan(1000);
    for (const tab of [
      CASES.name,
      REFERRALS.name,
      MESSAGES.name,
      LOGBOOK.name,
      REGISTRATIONS.name,
      DONATIONS.name,
      FIELD_LOG.name,
    ])
      expect({ tab, rows: world.sheet(tab).getLastRow() > 1000 }).toEqual({ tab, rows: true });

    // The forms are still open, and the check says so in Dutch.
    expect(world.run('checkForms')).toEqual(expect.any(Array));
    expect(world.alerts.at(-1)?.prompt).toBe(
      'Alle formulieren zijn gepubliceerd, nemen antwoorden aan en kloppen met hun definitie.',
    );
  }, 900_000);
});
