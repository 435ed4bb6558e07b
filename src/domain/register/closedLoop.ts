import type { OutgoingMail } from '../../ports';
import { escapeHtml } from '../common/html';
import type { Settings } from '../settings/settings';
import { CLOSED_COLUMN, HELPED_EXIT, isExit, MILESTONE_COLUMN, stepIndex } from './journey';

/**
 * Closed-loop feedback to the referring partner (findhelp style): when a case reaches contact, active or
 * closed, the referrer gets a short e-mail with the case reference and the status in plain words. No
 * household details: not even the first name, and no reason for closing other than "helped".
 */

export type LoopMilestone = 'contact' | 'actief' | 'afgesloten';

export const LOOP_MILESTONES: ReadonlyArray<{ milestone: LoopMilestone; column: string }> = [
  { milestone: 'contact', column: MILESTONE_COLUMN['Contact opgenomen'] },
  { milestone: 'actief', column: MILESTONE_COLUMN.Actief },
  { milestone: 'afgesloten', column: CLOSED_COLUMN },
];

/** The milestone a status change to `status` reaches, if the partner hears about it. */
export function loopMilestoneFor(status: string): LoopMilestone | null {
  if (status === 'Contact opgenomen') return 'contact';
  if (status === 'Actief') return 'actief';
  if (isExit(status)) return 'afgesloten';
  return null;
}

/** Does the current status still stand at or after the milestone? (A corrected mistake sends nothing.) */
export function statusHasReached(status: string, milestone: LoopMilestone): boolean {
  if (milestone === 'afgesloten') return isExit(status);
  const needed = stepIndex(milestone === 'contact' ? 'Contact opgenomen' : 'Actief');
  const at = stepIndex(status);
  return at >= needed || (milestone === 'actief' && status === HELPED_EXIT);
}

/** The stable id of a notification: one per case and milestone, ever. */
export const loopMessageId = (caseRef: string, milestone: LoopMilestone) => `terugkoppeling-${caseRef}-${milestone}`;

export const LOOP_KIND = 'Terugkoppeling aan doorverwijzer';

export const LOOP_TEXT = {
  subject: (caseRef: string) => `Nieuws over dossier ${caseRef}`,
  greeting: (name: string) => (name ? `Beste ${name},` : 'Beste,'),
  status: (caseRef: string, milestone: LoopMilestone, helped: boolean) => {
    if (milestone === 'contact') return `We hebben het gezin van dossier ${caseRef} bereikt.`;
    if (milestone === 'actief') return `Het gezin van dossier ${caseRef} heeft nu internet thuis.`;
    return helped
      ? `Het gezin van dossier ${caseRef} is geholpen. We sluiten het dossier af.`
      : `We sluiten dossier ${caseRef} af.`;
  },
  thanks: 'Dank u voor uw doorverwijzing.',
  questions: (phone: string, email: string) => `Vragen? Bel ${phone} of mail naar ${email}.`,
  closing: 'Met vriendelijke groeten,',
  optOut: 'Wilt u deze berichten niet meer krijgen? Antwoord dan op deze e-mail.',
  privacy: 'Deze e-mail bevat met opzet geen gegevens van het gezin.',
};

export interface LoopMailInput {
  to: string;
  referrerName: string;
  caseRef: string;
  milestone: LoopMilestone;
  helped: boolean;
  settings: Settings;
}

export function loopMail(input: LoopMailInput): OutgoingMail {
  const t = LOOP_TEXT;
  const s = input.settings;
  const status = t.status(input.caseRef, input.milestone, input.helped);
  const lines = [
    t.greeting(input.referrerName),
    '',
    status,
    t.thanks,
    '',
    t.questions(s.workerPhone, s.workerEmail),
    '',
    t.closing,
    s.workerName,
    s.senderName,
    '',
    t.optOut,
    t.privacy,
  ];
  const e = escapeHtml;
  const html = [
    '<!doctype html><html lang="nl"><body style="font-family:Arial,sans-serif;font-size:16px;line-height:1.5">',
    `<p>${e(t.greeting(input.referrerName))}</p>`,
    `<p>${e(status)}<br>${e(t.thanks)}</p>`,
    `<p>${e(t.questions(s.workerPhone, s.workerEmail))}</p>`,
    `<p>${e(t.closing)}<br>${e(s.workerName)}<br>${e(s.senderName)}</p>`,
    `<p style="font-size:13px;color:#555">${e(t.optOut)}<br>${e(t.privacy)}</p>`,
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
