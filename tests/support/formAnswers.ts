import { donationForm, WIPE_STATEMENT } from '../../forms/donation';
import { fieldLogForm } from '../../forms/fieldLog';
import { REGISTRATION_CONSENT, registrationForm } from '../../forms/registration';
import type { FormDefinition } from '../../forms/types';
import type { Submission } from '../../src/app/submission';
import type { RawAnswers } from '../../src/domain/forms/answers';

type Ids<F extends FormDefinition> = F['questions'][number]['id'];
type ById<F extends FormDefinition> = Partial<Record<Ids<F>, string | string[]>>;

/** Answers keyed by question title, as Google Forms delivers them, from answers by question id. */
export function byTitle<F extends FormDefinition>(form: F, byId: ById<F>): Record<string, string | string[]> {
  const answers: Record<string, string | string[]> = {};
  for (const q of form.questions) answers[q.title] = (byId as Record<string, string | string[]>)[q.id] ?? '';
  return answers;
}

export function registrationAnswers(overrides: ById<typeof registrationForm> = {}) {
  return byTitle(registrationForm, {
    firstName: 'Mehmet',
    lastName: 'Yılmaz',
    phone: '0486 11 22 33',
    street: 'Stationsstraat 12',
    postcode: '9900',
    helpNeeded: ['Goedkoper internet'],
    heardVia: 'Op een flyer',
    language: 'Turks',
    filledBy: '',
    consent: REGISTRATION_CONSENT,
    ...overrides,
  });
}

export function donationAnswers(overrides: ById<typeof donationForm> = {}) {
  return byTitle(donationForm, {
    donorKind: 'Ik geef namens een bedrijf of organisatie',
    donorName: 'Bakkerij Vandamme bv',
    contactName: 'els vandamme',
    contactEmail: 'Els@Bakkerij-Vandamme.example',
    contactPhone: '09 377 12 34',
    deviceCount: '3',
    deviceKinds: ['Laptop'],
    age: '3 tot 5 jaar',
    charger: 'Ja, bij elk toestel',
    condition: 'Werkt goed',
    handover: 'Ik breng ze naar Wijkcentrum De Kring',
    pickupAddress: '',
    wipeAcknowledged: WIPE_STATEMENT,
    notes: '',
    ...overrides,
  });
}

export function fieldLogAnswers(overrides: ById<typeof fieldLogForm> = {}) {
  return byTitle(fieldLogForm, {
    action: 'Infostand',
    // As a Google Forms date item answers (the response tab shows it as a date in the sheet's locale).
    date: '2026-11-24',
    place: 'Schoolpoort De Vlieger',
    loggedBy: 'Lies Van Damme',
    peopleReached: '23',
    leaflets: '40',
    registrationsOnSpot: '2',
    notes: 'Veel vragen over laptops.',
    ...overrides,
  });
}

let row = 1;
export function submissionOf(form: FormDefinition, answers: RawAnswers, at: Date): Submission {
  row++;
  return { formKey: form.key, submittedAt: at, answers, responseTab: form.responseTab, responseRow: row };
}
