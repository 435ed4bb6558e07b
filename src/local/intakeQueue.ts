import type { Submission } from '../app/submission';
import { CONFIRMATION_PREFIX } from '../app/waitingConfirmations';
import { cellText } from '../domain/common/table';
import { formByKey } from '../domain/forms/registry';
import { submissionKey } from '../domain/intake/submissionKey';
import { MAIL_STATUS } from '../domain/messages/status';
import { MESSAGES, REVIEW } from '../domain/tabs';
import type { Tables } from '../ports';

/** Mail states after which nothing is left to do for a referral (a pending mail is retried). */
const FINAL_MAIL = new Set<string>([MAIL_STATUS.sent, MAIL_STATUS.failed, MAIL_STATUS.unknown]);

/**
 * The referral responses that still need the intake: not in Te controleren, and without a confirmation that
 * was sent (or failed, or is unknown). The confirmation's id is `bevestiging-<response key>`, as
 * `REFERRAL_INTAKE.followUp` (src/app/processReferral.ts) writes it, and it is written last, so a sent
 * confirmation means the referral is complete. Two reads, whatever the number of responses, so the cycle
 * only hands new or unfinished responses to `processSubmission` — a workbook with 20,000 responses is not
 * taken in again each month. Anything half done (a crash between writes, a mail still waiting for quota) is
 * still pending, and `processSubmission` completes it.
 */
export function pendingReferrals(tables: Tables, submissions: readonly Submission[]): Submission[] {
  const done = new Set(tables.read(REVIEW.name).rows.map((row) => cellText(row.values['Antwoord-ID'])));
  for (const row of tables.read(MESSAGES.name).rows) {
    const id = cellText(row.values['Bericht-ID']);
    if (id.startsWith(CONFIRMATION_PREFIX) && FINAL_MAIL.has(cellText(row.values.Status))) {
      done.add(id.slice(CONFIRMATION_PREFIX.length));
    }
  }
  return submissions.filter((s) => {
    const form = formByKey(s.formKey);
    return !form || !done.has(submissionKey(form, s.submittedAt, s.answers));
  });
}
