import type { Submission } from '../app/submission';
import { cellText } from '../domain/common/table';
import { formByKey } from '../domain/forms/registry';
import { submissionKey } from '../domain/intake/submissionKey';
import { MAIL_STATUS } from '../domain/messages/status';
import { MESSAGES, REFERRALS, REVIEW } from '../domain/tabs';
import type { Tables } from '../ports';

/** Mail states after which nothing is left to do for a referral (a pending mail is retried). */
const FINAL_MAIL = new Set<string>([MAIL_STATUS.sent, MAIL_STATUS.failed, MAIL_STATUS.unknown]);

/**
 * The referral responses that still need the intake: not in Te controleren, and not yet registered with a
 * confirmation that was sent (or failed, or is unknown). Three reads, whatever the number of responses, so the
 * cycle only hands new or unfinished responses to `processSubmission` — a workbook with 20,000 responses is
 * not taken in again each month. Anything half done (a crash between writes, a mail still waiting for quota)
 * is still pending, and `processSubmission` completes it.
 */
export function pendingReferrals(tables: Tables, submissions: readonly Submission[]): Submission[] {
  const reviewed = new Set(tables.read(REVIEW.name).rows.map((row) => cellText(row.values['Antwoord-ID'])));
  const finished = new Set(
    tables
      .read(MESSAGES.name)
      .rows.filter((row) => FINAL_MAIL.has(cellText(row.values.Status)))
      .map((row) => cellText(row.values.Dossiernummer)),
  );
  const done = new Set(reviewed);
  for (const row of tables.read(REFERRALS.name).rows) {
    if (finished.has(cellText(row.values.Dossiernummer))) done.add(cellText(row.values['Antwoord-ID']));
  }
  return submissions.filter((s) => {
    const form = formByKey(s.formKey);
    return !form || !done.has(submissionKey(form, s.submittedAt, s.answers));
  });
}
