import { livesWithKnownQuestion } from './household';
import { HEARD_VIA_UNKNOWN, OUTREACH_ACTIONS } from './outreach';
import { HELP_NEEDED, LANGUAGES } from './referral';
import { SCAN_FORM_QUESTIONS } from './scanQuestions';
import type { FormDefinition } from './types';

export const REGISTRATION_CONSENT =
  'Ik wil hulp. De Kring mag mijn gegevens bewaren om mij te helpen. Ik mag altijd vragen om ze te wissen.';

/**
 * Self-registration (Aanmelding): short, very plain Dutch, works on a phone. Households fill it in
 * themselves, or a volunteer does it with them at a digispreekuur.
 */
export const registrationForm = {
  key: 'aanmelding',
  title: 'Aanmelden bij Allemaal Digi.Taal',
  description:
    'Wilt u goedkoper internet, een laptop of hulp met de computer? Vul dit in. Het duurt 2 minuten. We bellen u terug.',
  confirmation: 'Dank u. We hebben uw aanmelding. We bellen u binnen de 5 werkdagen.',
  responseTab: 'Antwoorden Aanmelding',
  questions: [
    { id: 'firstName', kind: 'text', title: 'Uw voornaam', required: true, check: 'name', maxLength: 60 },
    { id: 'lastName', kind: 'text', title: 'Uw familienaam', required: true, check: 'name', maxLength: 60 },
    {
      id: 'phone',
      kind: 'text',
      title: 'Uw telefoonnummer',
      help: 'Bijvoorbeeld 0470 12 34 56.',
      required: true,
      check: 'phone',
      maxLength: 30,
    },
    {
      id: 'street',
      kind: 'text',
      title: 'Uw straat en huisnummer',
      help: 'Mag leeg blijven.',
      required: false,
      check: 'street',
      maxLength: 100,
    },
    { id: 'postcode', kind: 'text', title: 'Uw postcode', required: true, check: 'postcode', maxLength: 10 },
    livesWithKnownQuestion,
    {
      id: 'helpNeeded',
      kind: 'multi',
      title: 'Waarmee wilt u hulp?',
      help: 'U mag meer dan één kiezen.',
      required: true,
      choices: { kind: 'fixed', values: HELP_NEEDED },
    },
    {
      id: 'heardVia',
      kind: 'single',
      title: 'Hoe hoorde u van ons?',
      required: true,
      choices: {
        kind: 'tab',
        tab: 'Acties',
        column: 'Antwoord in aanmelding',
        fallback: [...OUTREACH_ACTIONS.map((a) => a.heardVia), HEARD_VIA_UNKNOWN],
      },
      other: true,
    },
    {
      id: 'language',
      kind: 'single',
      title: 'In welke taal praten we het best met u?',
      required: true,
      choices: { kind: 'fixed', values: LANGUAGES },
    },
    // The "digitale drempels" quick scan (issue 12): eight optional questions.
    ...SCAN_FORM_QUESTIONS,
    {
      id: 'filledBy',
      kind: 'text',
      title: 'Vult u dit in voor iemand anders? Schrijf dan hier uw naam.',
      help: 'Voor vrijwilligers van een digispreekuur. Anders leeg laten.',
      required: false,
      check: 'name',
      maxLength: 80,
    },
    {
      id: 'consent',
      kind: 'confirm',
      title: 'Akkoord',
      statement: REGISTRATION_CONSENT,
      required: true,
    },
  ],
} as const satisfies FormDefinition;
