import type { OutgoingMail } from '../../ports';
import { escapeHtml } from '../common/html';
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
  const steps = t.steps(input.householdFirstName, s.callWithinWorkdays);
  const lines = [
    t.greeting(input.referrerName),
    '',
    t.thanks,
    t.reference(input.caseRef, input.householdFirstName),
    '',
    t.nextHeading,
    ...steps.map((step, i) => `${i + 1}. ${step}`),
    '',
    t.questions(s.workerPhone, s.workerEmail),
    '',
    t.closing,
    s.workerName,
    s.senderName,
    '',
    t.privacy,
  ];
  const e = escapeHtml;
  const html = [
    '<!doctype html><html lang="nl"><body style="font-family:Arial,sans-serif;font-size:16px;line-height:1.5">',
    `<p>${e(t.greeting(input.referrerName))}</p>`,
    `<p>${e(t.thanks)}<br>${e(t.reference(input.caseRef, input.householdFirstName))}</p>`,
    `<h2 style="font-size:18px">${e(t.nextHeading)}</h2>`,
    `<ol>${steps.map((step) => `<li>${e(step)}</li>`).join('')}</ol>`,
    `<p>${e(t.questions(s.workerPhone, s.workerEmail))}</p>`,
    `<p>${e(t.closing)}<br>${e(s.workerName)}<br>${e(s.senderName)}</p>`,
    `<p style="font-size:13px;color:#555">${e(t.privacy)}</p>`,
    '</body></html>',
  ].join('');
  return {
    to: input.to,
    subject: t.subject(input.caseRef),
    text: lines.join('\n'),
    html,
    replyTo: s.workerEmail,
    senderName: s.senderName,
  };
}
