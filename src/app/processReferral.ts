import { referralForm } from '../../forms/referral';
import { cellText, columnValues, firstRowWhere } from '../domain/common/table';
import { addWorkdays } from '../domain/common/workdays';
import { parseAnswers } from '../domain/forms/schema';
import { nextCaseRef } from '../domain/intake/caseRef';
import { MAIL_KIND } from '../domain/messages/status';
import { confirmationMail } from '../domain/referral/confirmationMail';
import { caseRow, type ReferralContext, referralRow } from '../domain/referral/records';
import { readSettings } from '../domain/settings/settings';
import { CASES, MESSAGES, REFERRALS, REVIEW, SETTINGS } from '../domain/tabs';
import type { Ports } from '../ports';
import { deliverOnce } from './outbox';
import { sendToReview } from './reviewQueue';
import type { IntakeOutcome, Submission } from './submission';

/**
 * A partner referral: validate, register the case and the referral, confirm to the referrer.
 * Every step checks what an earlier (interrupted) run already wrote, so a re-delivery or a rerun after a
 * crash completes the missing steps and never duplicates a row or an e-mail. Call under the script lock.
 */
export function processReferral(ports: Ports, sub: Submission, key: string): IntakeOutcome {
  const { tables, audit } = ports;
  const review = tables.read(REVIEW.name);
  if (firstRowWhere(review, 'Antwoord-ID', key)) return { kind: 'duplicate', key };

  const referrals = tables.read(REFERRALS.name);
  const earlier = firstRowWhere(referrals, 'Antwoord-ID', key);
  const parsed = parseAnswers(referralForm, sub.answers);
  if (!parsed.ok) {
    if (earlier) return { kind: 'duplicate', key, caseRef: cellText(earlier.values.Dossiernummer) };
    sendToReview(tables, sub, key, referralForm.title, parsed.reasons);
    audit.log('intake.review', { form: referralForm.key, reasons: parsed.reasons.length });
    return { kind: 'review', key, reasons: parsed.reasons };
  }

  const cases = tables.read(CASES.name);
  const messages = tables.read(MESSAGES.name);
  const settings = readSettings(tables.read(SETTINGS.name));
  const mailId = `bevestiging-${key}`;

  const caseRef = earlier
    ? cellText(earlier.values.Dossiernummer)
    : nextCaseRef(columnValues(cases, 'Dossiernummer'), sub.submittedAt.getFullYear());
  const ctx: ReferralContext = {
    caseRef,
    responseKey: key,
    receivedAt: sub.submittedAt,
    callBy: addWorkdays(sub.submittedAt, Number(settings.callWithinWorkdays) || 5),
  };
  const a = parsed.value;
  const caseExists = Boolean(firstRowWhere(cases, 'Dossiernummer', caseRef));

  // The referral row first: it holds the response key, so a rerun finds the case reference it chose.
  if (!earlier) tables.append(REFERRALS.name, [referralRow(a, ctx)]);
  if (!caseExists) tables.append(CASES.name, [caseRow(a, ctx)]);

  const mail = deliverOnce(ports, messages, {
    id: mailId,
    caseRef,
    kind: MAIL_KIND.referralConfirmation,
    mail: confirmationMail({
      to: a.referrerEmail,
      referrerName: a.referrerName,
      householdFirstName: a.firstName,
      caseRef,
      settings,
    }),
  });
  const resumed = Boolean(earlier);
  if (resumed && caseExists && mail !== 'sent') return { kind: 'duplicate', key, caseRef };
  audit.log(resumed ? 'intake.resumed' : 'intake.registered', { form: referralForm.key, caseRef, mail });
  return { kind: 'registered', key, caseRef, mail, resumed };
}
