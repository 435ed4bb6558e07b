import { type FailurePorts, reportFailure } from '../../app/errors/reportFailure';
import { isSingleEmail } from '../../domain/common/email';
import { readSettings } from '../../domain/settings/settings';
import { SETTINGS } from '../../domain/tabs';
import { gasPorts } from '../services';

/**
 * Every global function Apps Script calls (triggers and menu items) runs through `guard`: scripts/build.mjs
 * writes each global as `function X() { return __app.__guard('X', __app.X, this, arguments); }`, so a function
 * another feature exports is covered without an edit. On an error it logs the function and the kind of error
 * (no names: the message is scrubbed), e-mails the worker once per kind of error per day, and throws again so the
 * execution shows as failed, with the scrubbed message (Google's own execution log keeps what is thrown).
 */
export function guard(
  name: string,
  fn: (...args: unknown[]) => unknown,
  self: unknown,
  args: ArrayLike<unknown>,
): unknown {
  try {
    return fn.apply(self, Array.prototype.slice.call(args));
  } catch (error) {
    let message = '';
    try {
      message = reportFailure(failurePorts(), name, error).message;
    } catch {
      // Reporting failed too (no services in this context): the scrubbed message is still what is thrown.
      console.error(JSON.stringify({ event: 'error.report-failed', fn: name }));
    }
    const safe = new Error(`${name}: ${message || 'fout'}`);
    safe.name = 'Digi.TaalError';
    throw safe;
  }
}

function timeZone(): string {
  try {
    return Session.getScriptTimeZone() || 'Europe/Brussels';
  } catch {
    return 'Europe/Brussels';
  }
}

/** The worker: the address in Instellingen, else the account the script runs as. */
function recipient(): string {
  try {
    const address = readSettings(gasPorts().tables.read(SETTINGS.name)).workerEmail;
    if (isSingleEmail(address)) return address;
  } catch {
    // the settings could not be read (that may be the error itself)
  }
  try {
    return Session.getEffectiveUser().getEmail();
  } catch {
    return '';
  }
}

function failurePorts(): FailurePorts {
  const store = PropertiesService.getScriptProperties();
  const tz = timeZone();
  return {
    properties: {
      get: (key) => store.getProperty(key),
      set: (key, value) => {
        store.setProperty(key, value);
      },
      delete: (key) => {
        store.deleteProperty(key);
      },
    },
    mailer: {
      send: (mail) => {
        MailApp.sendEmail({
          to: mail.to,
          subject: mail.subject,
          body: mail.text,
          htmlBody: mail.html,
          name: 'Digi.Taal',
        });
      },
      remainingQuota: () => MailApp.getRemainingDailyQuota(),
    },
    clock: { now: () => new Date() },
    audit: {
      log: (event, data) => {
        console.error(JSON.stringify({ event, ...data }));
      },
    },
    recipient,
    day: (date) => Utilities.formatDate(date, tz, 'yyyy-MM-dd'),
    formatDate: (date) => Utilities.formatDate(date, tz, 'dd/MM/yyyy HH:mm'),
  };
}
