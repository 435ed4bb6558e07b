import type { OutgoingMail } from '../../ports';
import { composeMail, paragraph, small } from '../messages/compose';
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
  return composeMail({
    to: input.to,
    subject: t.subject(input.caseRef),
    blocks: [
      paragraph(t.greeting(input.referrerName)),
      paragraph(t.status(input.caseRef, input.milestone, input.helped), t.thanks),
      paragraph(t.questions(s.workerPhone, s.workerEmail)),
      paragraph(t.closing, s.workerName, s.senderName),
      small(t.optOut, t.privacy),
    ],
    replyTo: s.workerEmail,
    senderName: s.senderName,
  });
}
