import { isSingleEmail } from '../domain/common/email';
import {
  type Audit,
  type Clock,
  type Lock,
  LockBusyError,
  type Mailer,
  type OutgoingMail,
  type Ports,
  type Properties,
} from '../ports';
import { newRetryBudget, retryingProperties, retryingTables } from './errors/retry';
import { SheetTables } from './sheetTables';

/** The Apps Script adapters for the ports, created per execution (never at load time). */

const mailer: Mailer = {
  send(mail: OutgoingMail) {
    if (!isSingleEmail(mail.to) || /[\r\n]/.test(mail.subject)) {
      throw new Error(`Ongeldig e-mailadres of onderwerp: ${mail.to.slice(0, 60)}`);
    }
    MailApp.sendEmail({
      to: mail.to,
      subject: mail.subject,
      body: mail.text,
      htmlBody: mail.html,
      name: mail.senderName,
      replyTo: mail.replyTo,
    });
  },
  remainingQuota: () => MailApp.getRemainingDailyQuota(),
};

const clock: Clock = { now: () => new Date() };

/** The script lock. `onAcquire` runs each time it is taken (the tables forget what they read before). */
function scriptLock(onAcquire: () => void): Lock {
  return {
    withLock<T>(timeoutMs: number, fn: () => T): T {
      const held = LockService.getScriptLock();
      if (!held.tryLock(timeoutMs)) throw new LockBusyError();
      try {
        onAcquire();
        return fn();
      } finally {
        held.releaseLock();
      }
    },
  };
}

function scriptProperties(): Properties {
  const store = PropertiesService.getScriptProperties();
  return {
    get: (key) => store.getProperty(key),
    set: (key, value) => {
      store.setProperty(key, value);
    },
    delete: (key) => {
      store.deleteProperty(key);
    },
  };
}

/** Logs carry case ids and counts only, never names or contact details. */
const audit: Audit = {
  log(event, data) {
    console.log(JSON.stringify({ event, ...data }));
  },
};

export function gasPorts(): Ports {
  const tables = new SheetTables(SpreadsheetApp.getActive(), () => SpreadsheetApp.flush());
  // Transient service errors on idempotent calls are retried with backoff (issue 13, src/gas/errors/retry.ts).
  const budget = newRetryBudget();
  const sleep = (ms: number) => Utilities.sleep(ms);
  return {
    tables: retryingTables(tables, budget, sleep, audit),
    mailer,
    clock,
    lock: scriptLock(() => tables.forget()),
    properties: retryingProperties(scriptProperties(), budget, sleep, audit),
    audit,
  };
}
