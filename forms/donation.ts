import type { FormDefinition } from './types';

export const DONOR_KINDS = ['Ik geef als persoon', 'Ik geef namens een bedrijf of organisatie'] as const;
export const DEVICE_KINDS = ['Laptop', 'Chromebook', 'Tablet', 'Computer met scherm'] as const;
export const DEVICE_AGES = [
  'Jonger dan 3 jaar',
  '3 tot 5 jaar',
  '5 tot 8 jaar',
  'Ouder dan 8 jaar',
  'Weet ik niet',
] as const;
export const CHARGER = ['Ja, bij elk toestel', 'Bij sommige toestellen', 'Nee'] as const;
export const CONDITIONS = ['Werkt goed', 'Werkt, met kleine gebreken', 'Werkt niet', 'Weet ik niet'] as const;
export const HANDOVER = ['Ik breng ze naar Wijkcentrum De Kring', 'Kom ze alstublieft ophalen'] as const;

export const WIPE_STATEMENT =
  'Ik weet dat een erkende partner (Ondernemers voor een Warm België of CTG Circular) alle gegevens op de toestellen veilig wist. ' +
  'Ik heb zelf een kopie gemaakt van wat ik wil houden.';

/** Laptop donation (Schenking): citizens and companies give unused devices. */
export const donationForm = {
  key: 'schenking',
  title: 'Schenk een laptop aan Allemaal Digi.Taal',
  description:
    'Hebt u een laptop, Chromebook of tablet die u niet meer gebruikt? Een gezin in Eeklo kan er veel mee doen. ' +
    'We laten alle gegevens veilig wissen en het toestel opknappen. U krijgt een bedankbrief met de bevestiging.',
  confirmation: 'Dank u wel! We nemen contact met u op om de toestellen af te spreken.',
  responseTab: 'Antwoorden Schenking',
  questions: [
    {
      id: 'donorKind',
      kind: 'single',
      title: 'Wie schenkt?',
      required: true,
      choices: { kind: 'fixed', values: DONOR_KINDS },
    },
    {
      id: 'donorName',
      kind: 'text',
      title: 'Naam van de schenker (uw naam of de naam van het bedrijf)',
      required: true,
      check: 'plain',
      maxLength: 100,
    },
    {
      id: 'contactName',
      kind: 'text',
      title: 'Naam van de contactpersoon',
      required: true,
      check: 'name',
      maxLength: 80,
    },
    {
      id: 'contactEmail',
      kind: 'text',
      title: 'E-mailadres',
      help: 'Hier sturen we de bedankbrief naartoe. Vul een e-mailadres of een telefoonnummer in.',
      required: false,
      check: 'email',
      maxLength: 120,
    },
    { id: 'contactPhone', kind: 'text', title: 'Telefoonnummer', required: false, check: 'phone', maxLength: 30 },
    {
      id: 'deviceCount',
      kind: 'text',
      title: 'Hoeveel toestellen geeft u?',
      required: true,
      check: 'count',
      maxLength: 4,
    },
    {
      id: 'deviceKinds',
      kind: 'multi',
      title: 'Welke toestellen?',
      required: true,
      choices: { kind: 'fixed', values: DEVICE_KINDS },
    },
    {
      id: 'age',
      kind: 'single',
      title: 'Hoe oud zijn de toestellen ongeveer?',
      required: true,
      choices: { kind: 'fixed', values: DEVICE_AGES },
    },
    {
      id: 'charger',
      kind: 'single',
      title: 'Is er een lader bij?',
      required: true,
      choices: { kind: 'fixed', values: CHARGER },
    },
    {
      id: 'condition',
      kind: 'single',
      title: 'Werken de toestellen nog?',
      required: true,
      choices: { kind: 'fixed', values: CONDITIONS },
    },
    {
      id: 'handover',
      kind: 'single',
      title: 'Brengt u de toestellen, of halen we ze op?',
      required: true,
      choices: { kind: 'fixed', values: HANDOVER },
    },
    {
      id: 'pickupAddress',
      kind: 'text',
      title: 'Adres om op te halen (straat, nummer, postcode, gemeente)',
      help: 'Alleen als we de toestellen ophalen.',
      required: false,
      check: 'plain',
      maxLength: 160,
    },
    {
      id: 'wipeAcknowledged',
      kind: 'confirm',
      title: 'Gegevens wissen',
      statement: WIPE_STATEMENT,
      required: true,
    },
    {
      id: 'notes',
      kind: 'paragraph',
      title: 'Wilt u nog iets kwijt?',
      required: false,
      check: 'plain',
      maxLength: 1000,
    },
  ],
} as const satisfies FormDefinition;
