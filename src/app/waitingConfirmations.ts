import { RowMemo } from '../domain/common/rowMemo';
import { cellText, firstRowWhere } from '../domain/common/table';
import { MAIL_KIND, MAIL_STATUS } from '../domain/messages/status';
import { confirmationMail } from '../domain/referral/confirmationMail';
import { readSettings } from '../domain/settings/settings';
import { CASES, MESSAGES, REFERRALS, SETTINGS } from '../domain/tabs';
import type { Ports, StoredRow, TableSnapshot } from '../ports';
import { rebuildThanks, THANKS_PREFIX } from './donorThanks';
import { deliverOnce, type QueuedMail } from './outbox';

export const CONFIRMATION_PREFIX = 'bevestiging-';

/** The confirmation of a referral, written again from the register: the referral row and the case row. */
function rebuildConfirmation(ports: Ports, id: string): QueuedMail | null {
  const referral = firstRowWhere(
    ports.tables.read(REFERRALS.name),
    'Antwoord-ID',
    id.slice(CONFIRMATION_PREFIX.length),
  );
  if (!referral) return null;
  const caseRef = cellText(referral.values.Dossiernummer);
  const household = firstRowWhere(ports.tables.read(CASES.name), 'Dossiernummer', caseRef);
  const mail = confirmationMail({
    to: cellText(referral.values['E-mail doorverwijzer']),
    referrerName: cellText(referral.values['Naam doorverwijzer']),
    householdFirstName: household ? cellText(household.values.Voornaam) : '',
    caseRef,
    settings: readSettings(ports.tables.read(SETTINGS.name)),
  });
  return { id, caseRef, kind: MAIL_KIND.referralConfirmation, mail };
}

/** The intake mails that may wait for quota, by the prefix of their id in Berichten. */
const WAITING_KINDS: ReadonlyArray<{
  kind: string;
  prefix: string;
  rebuild(ports: Ports, id: string): QueuedMail | null;
}> = [
  { kind: MAIL_KIND.referralConfirmation, prefix: CONFIRMATION_PREFIX, rebuild: rebuildConfirmation },
  { kind: MAIL_KIND.donorThanks, prefix: THANKS_PREFIX, rebuild: rebuildThanks },
];

/**
 * Rows still to do: "Te versturen" (waiting for quota, or a run stopped before sending), and "Bezig met
 * versturen" left by a run that stopped between "about to send" and "sent". Under the script lock nobody else
 * is sending, so such a row is stale: `deliverOnce` marks it Onbekend for a person, and never sends it again.
 */
function isWaiting(row: StoredRow): boolean {
  const status = cellText(row.values.Status);
  if (status !== MAIL_STATUS.pending && status !== MAIL_STATUS.sending) return false;
  const id = cellText(row.values['Bericht-ID']);
  return WAITING_KINDS.some((k) => cellText(row.values.Soort) === k.kind && id.startsWith(k.prefix));
}

/** Per row of Berichten, kept between the daily runs (most of a large Berichten is sent long ago). */
const waiting = new RowMemo(isWaiting);

function waitingRows(messages: TableSnapshot): StoredRow[] {
  const flags = waiting.of(messages.rows);
  const rows: StoredRow[] = [];
  for (let i = 0; i < messages.rows.length; i++) if (flags[i]) rows.push(messages.rows[i]);
  return rows;
}

/** What a snapshot of Berichten holds of intake mails still to do (to skip the lock when there are none). */
export function waitingMails(messages: TableSnapshot): { waiting: number; stale: number } {
  const rows = waitingRows(messages);
  const stale = rows.filter((row) => cellText(row.values.Status) === MAIL_STATUS.sending).length;
  return { waiting: rows.length - stale, stale };
}

/**
 * Sends the intake mails still waiting in Berichten ("Te versturen": the daily e-mail quota was used up, or the
 * run stopped before sending): referral confirmations and donor thank-yous. Each mail is written again from
 * the register and goes through `deliverOnce`, so it still leaves at most once. Stops at the first "no quota".
 * Call under the script lock. Returns how many were sent.
 */
export function sendWaitingMails(ports: Ports): number {
  const messages = ports.tables.read(MESSAGES.name);
  const waiting = waitingRows(messages);
  if (waiting.length === 0) return 0;
  let sent = 0;
  for (const row of waiting) {
    const id = cellText(row.values['Bericht-ID']);
    const queued = WAITING_KINDS.find((k) => id.startsWith(k.prefix))?.rebuild(ports, id);
    if (!queued) continue;
    const result = deliverOnce(ports, messages, queued);
    if (result === 'no-quota') break;
    if (result === 'sent') sent++;
  }
  if (sent > 0) ports.audit.log('mail.waiting-sent', { sent });
  return sent;
}

/** Kept for the daily run's name of it: the confirmations are among the waiting mails. */
export const sendWaitingConfirmations = sendWaitingMails;
