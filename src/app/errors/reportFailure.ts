import { escapeHtml } from '../../domain/common/html';
import { classifyError, errorFingerprint, scrubMessage } from '../../domain/errors/classify';
import { ERROR_TEXTS } from '../../domain/privacy/texts';
import type { Audit, Clock, Mailer, Properties } from '../../ports';

/**
 * A trigger or menu action failed: log it without personal data and tell the worker by e-mail, once per kind of
 * error per day (the day in the script's time zone). The mark is written before the mail goes, so a failing send
 * never turns into a second mail.
 */
export const NOTIFIED_PROPERTY = 'errors.notified';
/** At most this many kinds are remembered per day (a property value stays far below 9 KB). */
const MAX_KINDS = 40;

export interface FailurePorts {
  properties: Properties;
  mailer: Mailer;
  clock: Clock;
  audit: Audit;
  /** The worker's address ('' when unknown: nothing is mailed). */
  recipient: () => string;
  /** "JJJJ-MM-DD" of a moment in the script's time zone. */
  day: (date: Date) => string;
  /** "dd/mm/jjjj uu:mm" for the worker. */
  formatDate: (date: Date) => string;
}

export interface FailureReport {
  kind: string;
  fingerprint: string;
  /** The message as logged (no e-mail addresses, phone numbers or quoted values). */
  message: string;
  notified: boolean;
}

export function errorMessage(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
}

/**
 * An error of the script whose message quotes only the script's own words (a tab, a column): its quotes stay,
 * so the worker reads which column to put back. Set `namesNoPerson = true` on such an error.
 */
function quotesOnlyScriptWords(error: unknown): boolean {
  return (error as { namesNoPerson?: unknown } | null)?.namesNoPerson === true;
}

export function reportFailure(ports: FailurePorts, fn: string, error: unknown): FailureReport {
  const raw = errorMessage(error);
  const message = scrubMessage(raw, { keepQuoted: quotesOnlyScriptWords(error) });
  const cls = classifyError(raw);
  const fingerprint = errorFingerprint(raw);
  ports.audit.log('error', { fn, kind: cls.kind, message });
  const report: FailureReport = { kind: cls.kind, fingerprint, message, notified: false };

  const now = ports.clock.now();
  const today = ports.day(now);
  let seen: { day: string; kinds: string[] } = { day: today, kinds: [] };
  try {
    const stored = JSON.parse(ports.properties.get(NOTIFIED_PROPERTY) ?? 'null') as typeof seen | null;
    if (stored && stored.day === today && Array.isArray(stored.kinds)) seen = stored;
  } catch {
    // an unreadable mark counts as none
  }
  if (seen.kinds.includes(fingerprint)) return report;
  const to = ports.recipient();
  if (!to || ports.mailer.remainingQuota() < 1) return report;
  seen.kinds = [...seen.kinds, fingerprint].slice(-MAX_KINDS);
  ports.properties.set(NOTIFIED_PROPERTY, JSON.stringify(seen));
  const text = ERROR_TEXTS.body(fn, ports.formatDate(now), cls.what, cls.advice, message);
  ports.mailer.send({
    to,
    subject: ERROR_TEXTS.subject(cls.what),
    text,
    html: `<pre style="font-family:inherit;white-space:pre-wrap">${escapeHtml(text)}</pre>`,
  });
  ports.audit.log('error.notified', { fn, kind: cls.kind });
  report.notified = true;
  return report;
}
