import type { OutgoingMail } from '../../ports';
import { composeMail, heading, numbered, paragraph, small } from '../messages/compose';
import type { Settings } from '../settings/settings';

/** Everything the donor reads, in one place (plain Dutch, "u", short sentences). */
export const THANKS_TEXT = {
  subject: (ref: string) => `Bedankt voor uw schenking – ${ref}`,
  greeting: (name: string) => (name ? `Beste ${name},` : 'Beste,'),
  thanks: (count: number, kinds: string) =>
    `Hartelijk dank! We kregen uw schenking goed binnen: ${count} ${count === 1 ? 'toestel' : 'toestellen'}${kinds ? ` (${kinds})` : ''}.`,
  reference: (ref: string) => `Uw nummer is ${ref}. Noem dit nummer als u ons contacteert.`,
  nextHeading: 'Wat gebeurt er nu?',
  steps: (pickup: boolean) => [
    pickup
      ? 'We bellen of mailen u om af te spreken wanneer we de toestellen ophalen.'
      : 'U brengt de toestellen naar Wijkcentrum De Kring. Bel of mail gerust eerst.',
    'Een erkende partner wist alle gegevens op elk toestel veilig.',
    'Daarna krijgt u van ons per toestel een bewijs dat alles gewist is (een wisattest).',
    'De toestellen gaan naar gezinnen, scholen en het Sociaal Huis in de buurt.',
  ],
  questions: (phone: string, email: string) => `Vragen? Bel ${phone} of mail naar ${email}.`,
  closing: 'Met vriendelijke groeten,',
  keepCopy: 'Wilt u nog iets van een toestel bewaren? Laat het ons snel weten, vóór de gegevens gewist zijn.',
};

export interface ThanksInput {
  to: string;
  contactName: string;
  ref: string;
  deviceCount: number;
  deviceKinds: string;
  pickup: boolean;
  settings: Settings;
}

/** The thank-you to a laptop donor: the number, what happens next, and the promise of a wipe certificate. */
export function thanksMail(input: ThanksInput): OutgoingMail {
  const t = THANKS_TEXT;
  const s = input.settings;
  return composeMail({
    to: input.to,
    subject: t.subject(input.ref),
    blocks: [
      paragraph(t.greeting(input.contactName)),
      paragraph(t.thanks(input.deviceCount, input.deviceKinds), t.reference(input.ref)),
      heading(t.nextHeading),
      numbered(t.steps(input.pickup)),
      paragraph(t.questions(s.workerPhone, s.workerEmail)),
      paragraph(t.closing, s.workerName, s.senderName),
      small(t.keepCopy),
    ],
    replyTo: s.workerEmail,
    senderName: s.senderName,
  });
}
