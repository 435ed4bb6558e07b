/**
 * Send status of an e-mail in the Berichten tab (write-ahead): PENDING → SENDING (flushed) → SENT | FAILED.
 * A row found in SENDING means an execution stopped between "about to send" and "sent": it becomes UNKNOWN
 * for a person to check, and is never sent again.
 */
export const MAIL_STATUS = {
  pending: 'Te versturen',
  sending: 'Bezig met versturen',
  sent: 'Verstuurd',
  failed: 'Mislukt',
  unknown: 'Onbekend – controleer, niet opnieuw verstuurd',
} as const;

export type MailStatus = (typeof MAIL_STATUS)[keyof typeof MAIL_STATUS];

export const MAIL_KIND = {
  referralConfirmation: 'Bevestiging doorverwijzing',
  donorThanks: 'Bedankt schenker',
} as const;
