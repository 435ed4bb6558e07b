import { OUTREACH_ACTIONS } from './outreach';
import type { FormDefinition } from './types';

/** Field log (Veldwerk): the worker and volunteers note an outreach moment on their phone, on the spot. */
export const fieldLogForm = {
  key: 'veldwerk',
  title: 'Veldwerk Allemaal Digi.Taal',
  description: 'Voor de projectmedewerker en vrijwilligers. Noteer na elke actie kort wat u deed en wie u bereikte.',
  confirmation: 'Genoteerd. Dank u.',
  responseTab: 'Antwoorden Veldwerk',
  questions: [
    {
      id: 'action',
      kind: 'list',
      title: 'Welke actie?',
      help: 'De lijst komt uit het tabblad Acties.',
      required: true,
      choices: { kind: 'tab', tab: 'Acties', column: 'Actie', fallback: OUTREACH_ACTIONS.map((a) => a.name) },
    },
    { id: 'date', kind: 'date', title: 'Datum', required: true },
    {
      id: 'place',
      kind: 'text',
      title: 'Waar?',
      help: 'Bijvoorbeeld: schoolpoort De Vlieger, restaurant Zonneheem.',
      required: true,
      check: 'plain',
      maxLength: 100,
    },
    { id: 'loggedBy', kind: 'text', title: 'Uw naam', required: true, check: 'name', maxLength: 80 },
    {
      id: 'peopleReached',
      kind: 'text',
      title: 'Met hoeveel mensen sprak u?',
      required: true,
      check: 'count',
      maxLength: 5,
    },
    {
      id: 'leaflets',
      kind: 'text',
      title: 'Hoeveel folders deelde u uit?',
      required: false,
      check: 'count',
      maxLength: 5,
    },
    {
      id: 'registrationsOnSpot',
      kind: 'text',
      title: 'Hoeveel aanmeldingen nam u ter plaatse op?',
      help: 'Vul die aanmeldingen ook in het formulier Aanmelding in.',
      required: false,
      check: 'count',
      maxLength: 4,
    },
    {
      id: 'notes',
      kind: 'paragraph',
      title: 'Notities',
      help: 'Wat werkte, wat niet. Geen namen van mensen.',
      required: false,
      check: 'plain',
      maxLength: 1000,
    },
  ],
} as const satisfies FormDefinition;
