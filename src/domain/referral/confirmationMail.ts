import type { OutgoingMail } from '../../ports';
import { composeMail, heading, numbered, paragraph, small } from '../messages/compose';
import type { Settings } from '../settings/settings';

/** Everything the referrer reads, in one place (plain Dutch, "u", short sentences). */
export const CONFIRMATION_TEXT = {
  subject: (caseRef: string) => `Doorverwijzing ontvangen – dossier ${caseRef}`,
  greeting: (name: string) => `Beste ${name},`,
  thanks: 'Dank u voor uw doorverwijzing naar Allemaal Digi.Taal.',
  reference: (caseRef: string, firstName: string) =>
    `Het dossiernummer is ${caseRef}. Noem dit nummer als u ons contacteert over ${firstName}.`,
  nextHeading: 'Wat gebeurt er nu?',
  steps: (firstName: string, days: string) => [
    `De projectmedewerker belt ${firstName} binnen de ${days} werkdagen.`,
    'Samen bekijken ze wat nodig is: goedkoper internet, een laptop of hulp bij het gebruik.',
    'U krijgt een kort bericht als we het gezin bereikt hebben en als het gezin geholpen is.',
  ],
  questions: (phone: string, email: string) => `Vragen? Bel ${phone} of mail naar ${email}.`,
  closing: 'Met vriendelijke groeten,',
  privacy: 'Deze e-mail bevat met opzet geen gegevens van het gezin, alleen de voornaam.',
};

export interface ConfirmationInput {
  to: string;
  referrerName: string;
  householdFirstName: string;
  caseRef: string;
  settings: Settings;
}

/** The confirmation to the referrer: the case reference and what happens next; no household details. */
export function confirmationMail(input: ConfirmationInput): OutgoingMail {
  const t = CONFIRMATION_TEXT;
  const s = input.settings;
  return composeMail({
    to: input.to,
    subject: t.subject(input.caseRef),
    blocks: [
      paragraph(t.greeting(input.referrerName)),
      paragraph(t.thanks, t.reference(input.caseRef, input.householdFirstName)),
      heading(t.nextHeading),
      numbered(t.steps(input.householdFirstName, s.callWithinWorkdays)),
      paragraph(t.questions(s.workerPhone, s.workerEmail)),
      paragraph(t.closing, s.workerName, s.senderName),
      small(t.privacy),
    ],
    replyTo: s.workerEmail,
    senderName: s.senderName,
  });
}
