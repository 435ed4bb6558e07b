import { increasedAllowanceQuestion, socialTariffQuestion } from './eligibility';
import { referredLivesWithKnownQuestion } from './household';
import type { FormDefinition } from './types';

/** Help the household needs. Also the values of the "Hulpvraag" column in the register. */
export const HELP_NEEDED = [
  'Goedkoper internet',
  'Een laptop',
  'Hulp met toestel of apps',
  'Een cursus',
  'Een e-mailadres',
] as const;

export const INTERNET_NOW = ['Geen internet', 'Te duur', 'Alleen mobiel internet', 'In orde'] as const;

export const LANGUAGES = ['Nederlands', 'Frans', 'Engels', 'Arabisch', 'Turks', 'Oekraïens', 'Andere taal'] as const;

export const CALL_MOMENTS = ['Voormiddag', 'Namiddag', 'Avond', 'Maakt niet uit'] as const;

/** Choice the organisation list always ends with; the referrer then names the organisation in "Andere". */
export const OTHER_ORGANISATION = 'Andere organisatie';

/** Partner referral (Doorverwijzing): a partner refers a household in two minutes. */
export const referralForm = {
  key: 'doorverwijzing',
  title: 'Doorverwijzing Allemaal Digi.Taal',
  description:
    'Voor partners van Wijkcentrum De Kring. Kent u een gezin dat hulp nodig heeft met internet, een laptop of digitale vaardigheden? ' +
    'Vul dit formulier in. Het duurt 2 minuten. De projectmedewerker neemt contact op met het gezin. U krijgt een bevestiging per e-mail.',
  confirmation:
    'Dank u. We hebben de doorverwijzing goed ontvangen. U krijgt zo een e-mail met het dossiernummer. ' +
    'De projectmedewerker belt het gezin binnen de 5 werkdagen.',
  responseTab: 'Antwoorden Doorverwijzing',
  questions: [
    {
      id: 'organisation',
      kind: 'list',
      title: 'Uw organisatie',
      required: true,
      choices: { kind: 'tab', tab: 'Partners', column: 'Organisatie', fallback: [OTHER_ORGANISATION] },
      help: `Staat uw organisatie er niet bij? Kies "${OTHER_ORGANISATION}" en schrijf de naam bij "Opmerkingen".`,
    },
    { id: 'referrerName', kind: 'text', title: 'Uw naam', required: true, check: 'name', maxLength: 80 },
    {
      id: 'referrerEmail',
      kind: 'text',
      title: 'Uw e-mailadres',
      help: 'Eén e-mailadres. U krijgt hier de bevestiging en later korte berichten over de opvolging.',
      required: true,
      check: 'email',
      maxLength: 120,
    },
    {
      id: 'firstName',
      kind: 'text',
      title: 'Voornaam van de contactpersoon in het gezin',
      required: true,
      check: 'name',
      maxLength: 60,
    },
    {
      id: 'lastName',
      kind: 'text',
      title: 'Familienaam van de contactpersoon',
      required: true,
      check: 'name',
      maxLength: 60,
    },
    {
      id: 'phone',
      kind: 'text',
      title: 'Telefoonnummer van het gezin',
      help: 'Bijvoorbeeld 0470 12 34 56 of 09 378 61 69.',
      required: true,
      check: 'phone',
      maxLength: 30,
    },
    {
      id: 'email',
      kind: 'text',
      title: 'E-mailadres van het gezin (als ze er een hebben)',
      required: false,
      check: 'email',
      maxLength: 120,
    },
    {
      id: 'street',
      kind: 'text',
      title: 'Straat en huisnummer',
      required: true,
      check: 'street',
      maxLength: 100,
    },
    { id: 'postcode', kind: 'text', title: 'Postcode', required: true, check: 'postcode', maxLength: 10 },
    { id: 'municipality', kind: 'text', title: 'Gemeente', required: true, check: 'municipality', maxLength: 60 },
    referredLivesWithKnownQuestion,
    {
      id: 'language',
      kind: 'single',
      title: 'In welke taal praten we het best met het gezin?',
      required: true,
      choices: { kind: 'fixed', values: LANGUAGES },
    },
    {
      id: 'helpNeeded',
      kind: 'multi',
      title: 'Waarmee heeft het gezin hulp nodig?',
      help: 'U mag meer dan één antwoord kiezen.',
      required: true,
      choices: { kind: 'fixed', values: HELP_NEEDED },
    },
    {
      id: 'internetNow',
      kind: 'single',
      title: 'Hoe is het internet thuis nu?',
      required: true,
      choices: { kind: 'fixed', values: INTERNET_NOW },
    },
    socialTariffQuestion,
    increasedAllowanceQuestion,
    {
      id: 'callMoment',
      kind: 'single',
      title: 'Wanneer bellen we het gezin het best?',
      required: false,
      choices: { kind: 'fixed', values: CALL_MOMENTS },
    },
    {
      id: 'householdInformed',
      kind: 'confirm',
      title: 'Toestemming van het gezin',
      statement: 'Ik heb het gezin verteld dat ik deze gegevens doorgeef aan De Kring, en het gezin is akkoord.',
      required: true,
    },
    {
      id: 'notes',
      kind: 'paragraph',
      title: 'Opmerkingen',
      help: 'Alleen wat de projectmedewerker nodig heeft om het gezin te helpen. Geen medische gegevens.',
      required: false,
      check: 'plain',
      maxLength: 1000,
    },
  ],
} as const satisfies FormDefinition;
