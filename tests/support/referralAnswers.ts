import { referralForm } from '../../forms/referral';
import type { RawAnswers } from '../../src/domain/forms/answers';

type ReferralIds = (typeof referralForm)['questions'][number]['id'];

/** A valid referral keyed by question title, as Google Forms delivers it; override fields by id. */
export function referralAnswers(overrides: Partial<Record<ReferralIds, string | string[]>> = {}): RawAnswers {
  const byId: Record<ReferralIds, string | string[]> = {
    organisation: 'Sociaal Huis Eeklo (OCMW)',
    referrerName: 'An Declercq',
    referrerEmail: 'an.declercq@sociaalhuis-eeklo.example',
    firstName: 'fatima',
    lastName: 'EL  AMRANI',
    phone: '0470 12 34 56',
    email: '',
    street: 'zuidmoerstraat 136',
    postcode: '9900',
    municipality: 'Eeklo',
    livesWithKnown: '',
    language: 'Nederlands',
    helpNeeded: ['Goedkoper internet', 'Een laptop'],
    internetNow: 'Te duur',
    socialTariff: 'Weet ik niet',
    increasedAllowance: 'Ja',
    callMoment: 'Namiddag',
    householdInformed: referralForm.questions.find((q) => q.id === 'householdInformed')!.statement as string,
    notes: '',
    ...overrides,
  };
  const answers: Record<string, string | string[]> = {};
  for (const q of referralForm.questions) answers[q.title] = byId[q.id as ReferralIds];
  return answers;
}
