import type { ChoiceQuestion } from './types';

/**
 * The two eligibility questions for cheap internet. Only the category is asked, never the reason behind it
 * (that would be health or income data): the answer is what the household or the partner knows.
 * The first characters of each choice ("1", "2A", …, "Geen", "Weet ik niet") are what the register keeps.
 */
export const SOCIAL_TARIFF_CATEGORIES = [
  '1 – leefloon of steun van het OCMW',
  '2A – tegemoetkoming voor personen met een handicap',
  '2B – hulp aan bejaarden of zorgbudget',
  '2C – zorgtoeslag (minstens 4 punten)',
  '3 – inkomensgarantie voor ouderen (IGO)',
  'Geen van deze',
  'Weet ik niet',
] as const;

export const YES_NO_UNKNOWN = ['Ja', 'Nee', 'Weet ik niet'] as const;

export const socialTariffQuestion = {
  id: 'socialTariff',
  kind: 'single',
  title: 'Krijgt iemand in het gezin een van deze uitkeringen of steun?',
  help: 'Dit bepaalt of het gezin recht heeft op het sociaal internettarief. Kies alleen de categorie. Schrijf nooit de reden (zoals een ziekte) op.',
  required: true,
  choices: { kind: 'fixed', values: SOCIAL_TARIFF_CATEGORIES },
} as const satisfies ChoiceQuestion;

export const increasedAllowanceQuestion = {
  id: 'increasedAllowance',
  kind: 'single',
  title: 'Heeft iemand in het gezin verhoogde tegemoetkoming (VT) bij het ziekenfonds?',
  help: 'Alleen ja of nee. Verhoogde tegemoetkoming alleen geeft geen recht op het sociaal tarief.',
  required: true,
  choices: { kind: 'fixed', values: YES_NO_UNKNOWN },
} as const satisfies ChoiceQuestion;
