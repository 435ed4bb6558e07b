import { cellText, firstRowWhere } from '../domain/common/table';
import { MAIL_STATUS } from '../domain/messages/status';
import { MESSAGES } from '../domain/tabs';
import type { Audit, Clock, Mailer, OutgoingMail, TableSnapshot, Tables } from '../ports';

/** The message of an error from any realm (Apps Script services throw their own error objects). */
function errorMessage(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
}

export type DeliveryResult = 'sent' | 'failed' | 'already-sent' | 'unknown' | 'no-quota';

export interface QueuedMail {
  /** Stable id: the same mail always gets the same id, so it can be queued and sent only once. */
  id: string;
  caseRef: string;
  kind: string;
  mail: OutgoingMail;
}

interface OutboxPorts {
  tables: Tables;
  mailer: Mailer;
  clock: Clock;
  audit: Audit;
}

/**
 * Sends a mail at most once, write-ahead in the Berichten tab. `messages` is a snapshot read in the same
 * locked execution. Returns what happened; a send error is recorded, never thrown.
 */
export function deliverOnce(ports: OutboxPorts, messages: TableSnapshot, queued: QueuedMail): DeliveryResult {
  const { tables, mailer, clock, audit } = ports;
  const existing = firstRowWhere(messages, 'Bericht-ID', queued.id);
  const status = existing ? cellText(existing.values.Status) : '';
  if (status === MAIL_STATUS.sent) return 'already-sent';
  if (status === MAIL_STATUS.unknown) return 'unknown';
  if (status === MAIL_STATUS.sending) {
    tables.update(MESSAGES.name, existing!.rowNumber, {
      Status: MAIL_STATUS.unknown,
      'Laatste wijziging': clock.now(),
    });
    audit.log('mail.unknown', { caseRef: queued.caseRef, messageId: queued.id });
    return 'unknown';
  }
  if (status === MAIL_STATUS.failed) return 'failed';

  const rowNumber =
    existing?.rowNumber ??
    tables.append(MESSAGES.name, [
      {
        'Bericht-ID': queued.id,
        Dossiernummer: queued.caseRef,
        Soort: queued.kind,
        Aan: queued.mail.to,
        Onderwerp: queued.mail.subject,
        Status: MAIL_STATUS.pending,
        'Laatste wijziging': clock.now(),
        Fout: '',
      },
    ])[0];

  if (mailer.remainingQuota() < 1) {
    tables.update(MESSAGES.name, rowNumber, {
      Fout: 'Geen e-mails meer over voor vandaag. Gaat vanzelf weg zodra er weer e-mails over zijn (het script kijkt elk uur).',
      'Laatste wijziging': clock.now(),
    });
    audit.log('mail.no-quota', { caseRef: queued.caseRef });
    return 'no-quota';
  }

  tables.update(MESSAGES.name, rowNumber, { Status: MAIL_STATUS.sending, 'Laatste wijziging': clock.now() });
  tables.flush();
  try {
    mailer.send(queued.mail);
  } catch (error) {
    tables.update(MESSAGES.name, rowNumber, {
      Status: MAIL_STATUS.failed,
      'Laatste wijziging': clock.now(),
      Fout: errorMessage(error).slice(0, 300),
    });
    audit.log('mail.failed', { caseRef: queued.caseRef });
    return 'failed';
  }
  tables.update(MESSAGES.name, rowNumber, { Status: MAIL_STATUS.sent, 'Laatste wijziging': clock.now(), Fout: '' });
  audit.log('mail.sent', { caseRef: queued.caseRef, kind: queued.kind });
  return 'sent';
}
