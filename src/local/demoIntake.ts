import {
  CHARGER,
  CONDITIONS,
  DEVICE_AGES,
  DEVICE_KINDS,
  DONOR_KINDS,
  donationForm,
  HANDOVER,
  WIPE_STATEMENT,
} from '../../forms/donation';
import { fieldLogForm } from '../../forms/fieldLog';
import { HEARD_VIA_UNKNOWN, OUTREACH_ACTIONS } from '../../forms/outreach';
import { referralForm } from '../../forms/referral';
import { REGISTRATION_CONSENT, registrationForm } from '../../forms/registration';
import type { FormDefinition } from '../../forms/types';
import { formatDay } from '../domain/common/day';
import { registrationScanAnswers } from './dashboard/demoScans';
import { type GeneratedReferral, generateLabelledReferrals } from './demoReferrals';
import { Dice } from './dice';

/**
 * Seeded demo responses for the other three forms, alongside the demo referrals: self-registrations (some of
 * them households a partner already referred, written differently), laptop donations and field notes. A few
 * are messy on purpose (no consent, a short phone, a pick-up without an address), so the review tab fills.
 * Every name and address is fictitious; e-mail domains end in `.example`.
 */

export interface DemoResponse {
  timestamp: Date;
  answers: Record<string, string | string[]>;
}

const byId = (form: FormDefinition, answers: Record<string, string | string[]>, id: string): string => {
  const q = form.questions.find((question) => question.id === id);
  const value = q ? answers[q.title] : undefined;
  return Array.isArray(value) ? value.join(', ') : (value ?? '');
};

function keyed(form: FormDefinition, values: Record<string, string | string[]>): Record<string, string | string[]> {
  const answers: Record<string, string | string[]> = {};
  for (const q of form.questions) answers[q.title] = values[q.id] ?? '';
  return answers;
}

const VOLUNTEERS = ['Marleen De Pauw', 'Ahmed Benali', 'Rita Van Hecke', 'Jef Claeys'];

/** A referral's household as a self-registration (the form asks less). */
function asRegistration(dice: Dice, referral: GeneratedReferral, consent: boolean): Record<string, string | string[]> {
  const a = referral.answers;
  const helpQuestion = referralForm.questions.find((q) => q.id === 'helpNeeded')!;
  const heard = dice.chance(0.1) ? HEARD_VIA_UNKNOWN : dice.pick(OUTREACH_ACTIONS).heardVia;
  return keyed(registrationForm, {
    firstName: byId(referralForm, a, 'firstName'),
    lastName: byId(referralForm, a, 'lastName'),
    phone: byId(referralForm, a, 'phone'),
    street: dice.chance(0.7) ? byId(referralForm, a, 'street') : '',
    postcode: byId(referralForm, a, 'postcode'),
    helpNeeded: a[helpQuestion.title] as string[],
    heardVia: dice.chance(0.05) ? 'Via mijn buurvrouw' : heard,
    language: byId(referralForm, a, 'language'),
    filledBy: dice.chance(0.3) ? dice.pick(VOLUNTEERS) : '',
    consent: consent ? REGISTRATION_CONSENT : '',
    // The quick scan (issue 12), from its own seed so the other answers stay as they were.
    ...registrationScanAnswers(byId(referralForm, a, 'phone')),
  });
}

/** The same household registering itself after a referral: names swapped or in capitals, phone written otherwise. */
function reRegistration(dice: Dice, referral: GeneratedReferral): Record<string, string | string[]> {
  const answers = asRegistration(dice, referral, true);
  const first = registrationForm.questions[0].title;
  const last = registrationForm.questions[1].title;
  const phone = registrationForm.questions[2].title;
  if (dice.chance(0.4)) [answers[first], answers[last]] = [answers[last], answers[first]];
  if (dice.chance(0.4)) answers[last] = String(answers[last]).toUpperCase();
  const digits = String(answers[phone])
    .replace(/\D/g, '')
    .replace(/^0032|^32/, '0');
  if (digits.startsWith('04') && dice.chance(0.6)) answers[phone] = `+32 ${digits.slice(1)}`;
  return answers;
}

const COMPANIES = [
  'Bakkerij Vandamme bv',
  'Garage Meetjesland',
  'Boekhoudkantoor De Smet',
  'Apotheek Markt',
  'IT-Partners Eeklo',
];
const PLACES = [
  'Schoolpoort De Vlieger',
  'Restaurant Zonneheem',
  'Sociale kruidenier',
  'Wachtzaal Sociaal Huis',
  'Bibliotheek Eeklo',
  'Buurthuis Sint-Jozef',
  'De Pretbazaar',
];

export interface DemoIntakeOptions {
  seed: number;
  start: Date;
  end: Date;
  registrations: number;
  donations: number;
  fieldNotes: number;
  /** This month's referrals: some households register themselves as well. */
  referrals: readonly GeneratedReferral[];
}

function momentIn(dice: Dice, start: Date, end: Date): Date {
  const ms = start.getTime() + Math.floor(dice.next() * (end.getTime() - start.getTime()));
  return new Date(Math.floor(ms / 1000) * 1000);
}

export function generateIntake(options: DemoIntakeOptions) {
  const dice = new Dice(options.seed);
  const households = generateLabelledReferrals({
    count: options.registrations,
    seed: options.seed + 7,
    start: options.start,
    end: options.end,
    partners: ['Sociaal Huis Eeklo (OCMW)'],
  }).filter((r) => r.duplicateOf === undefined);

  const registrations: DemoResponse[] = households.map((h) => ({
    timestamp: h.timestamp,
    answers: asRegistration(dice, h, !h.messes.includes('consentMissing')),
  }));
  // about one in five referred households also registers itself, a bit later
  for (const referral of options.referrals) {
    if (!dice.chance(0.2)) continue;
    const later = new Date(Math.min(options.end.getTime(), referral.timestamp.getTime() + dice.int(1, 5) * 86_400_000));
    registrations.push({ timestamp: later, answers: reRegistration(dice, referral) });
  }

  const donations: DemoResponse[] = Array.from({ length: options.donations }, () => {
    const company = dice.chance(0.5);
    const pickUp = dice.chance(0.3);
    const contact = dice.pick(['Els', 'Karel', 'Nadia', 'Wim', 'Sofie']);
    return {
      timestamp: momentIn(dice, options.start, options.end),
      answers: keyed(donationForm, {
        donorKind: company ? DONOR_KINDS[1] : DONOR_KINDS[0],
        donorName: company ? dice.pick(COMPANIES) : `${contact} ${dice.pick(['Maes', 'Claeys', 'De Vos'])}`,
        contactName: `${contact} ${dice.pick(['Maes', 'Claeys', 'De Vos'])}`,
        contactEmail: dice.chance(0.85) ? `${contact.toLowerCase()}@schenker.example` : '',
        contactPhone: dice.chance(0.6)
          ? `04${dice.int(70, 99)} ${dice.int(10, 99)} ${dice.int(10, 99)} ${dice.int(10, 99)}`
          : '',
        deviceCount: String(company ? dice.int(2, 12) : dice.int(1, 2)),
        deviceKinds: [dice.pick(DEVICE_KINDS)],
        age: dice.pick(DEVICE_AGES),
        charger: dice.pick(CHARGER),
        condition: dice.pick(CONDITIONS),
        handover: pickUp ? HANDOVER[1] : HANDOVER[0],
        pickupAddress: pickUp && dice.chance(0.8) ? `Industrielaan ${dice.int(1, 40)}, 9900 Eeklo` : '',
        wipeAcknowledged: WIPE_STATEMENT,
        notes: '',
      }),
    };
  });

  const fieldNotes: DemoResponse[] = Array.from({ length: options.fieldNotes }, () => {
    const when = momentIn(dice, options.start, options.end);
    const reached = dice.int(3, 40);
    return {
      timestamp: when,
      answers: keyed(fieldLogForm, {
        action: dice.pick(OUTREACH_ACTIONS).name,
        date: formatDay(when),
        place: dice.pick(PLACES),
        loggedBy: dice.pick(['Lies Van Damme', ...VOLUNTEERS]),
        peopleReached: String(reached),
        leaflets: dice.chance(0.7) ? String(reached + dice.int(0, 30)) : '',
        registrationsOnSpot: String(dice.int(0, Math.min(4, reached))),
        notes: dice.chance(0.3) ? 'Veel vragen over goedkoper internet.' : '',
      }),
    };
  });

  const byTime = (a: DemoResponse, b: DemoResponse) => a.timestamp.getTime() - b.timestamp.getTime();
  return {
    registrations: registrations.sort(byTime),
    donations: donations.sort(byTime),
    fieldNotes: fieldNotes.sort(byTime),
  };
}
