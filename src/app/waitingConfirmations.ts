import { cellText, firstRowWhere } from '../domain/common/table';
import { MAIL_KIND, MAIL_STATUS } from '../domain/messages/status';
import { confirmationMail } from '../domain/referral/confirmationMail';
import { readSettings } from '../domain/settings/settings';
import { CASES, MESSAGES, REFERRALS, SETTINGS } from '../domain/tabs';
import type { Ports } from '../ports';
import { deliverOnce } from './outbox';

export const CONFIRMATION_PREFIX = 'bevestiging-';

/**
 * Sends the referral confirmations still waiting in Berichten ("Te versturen": the daily e-mail quota was used
 * up, or the run stopped before sending). The mail is written again from the register — the referral row
 * (referrer) and the case row (first name) — and goes through `deliverOnce`, so it still leaves at most once.
 * Stops at the first "no quota". Call under the script lock. Returns how many were sent.
 */
export function sendWaitingConfirmations(ports: Ports): number {
  const { tables } = ports;
  const messages = tables.read(MESSAGES.name);
  const waiting = messages.rows.filter(
    (row) =>
      cellText(row.values.Soort) === MAIL_KIND.referralConfirmation &&
      cellText(row.values.Status) === MAIL_STATUS.pending &&
      cellText(row.values['Bericht-ID']).startsWith(CONFIRMATION_PREFIX),
  );
  if (waiting.length === 0) return 0;
  const referrals = tables.read(REFERRALS.name);
  const cases = tables.read(CASES.name);
  const settings = readSettings(tables.read(SETTINGS.name));
  let sent = 0;
  for (const row of waiting) {
    const id = cellText(row.values['Bericht-ID']);
    const referral = firstRowWhere(referrals, 'Antwoord-ID', id.slice(CONFIRMATION_PREFIX.length));
    if (!referral) continue;
    const caseRef = cellText(referral.values.Dossiernummer);
    const household = firstRowWhere(cases, 'Dossiernummer', caseRef);
    const mail = confirmationMail({
      to: cellText(referral.values['E-mail doorverwijzer']),
      referrerName: cellText(referral.values['Naam doorverwijzer']),
      householdFirstName: household ? cellText(household.values.Voornaam) : '',
      caseRef,
      settings,
    });
    const result = deliverOnce(ports, messages, { id, caseRef, kind: MAIL_KIND.referralConfirmation, mail });
    if (result === 'no-quota') break;
    if (result === 'sent') sent++;
  }
  if (sent > 0) ports.audit.log('mail.waiting-sent', { sent });
  return sent;
}
