import { isSingleEmail } from '../domain/common/email';
import {
  type Audit,
  type Clock,
  type Lock,
  LockBusyError,
  type Mailer,
  type MailFile,
  type OutgoingMail,
  type Ports,
  type Properties,
} from '../ports';
import { SheetTables } from './sheetTables';

/** The Apps Script adapters for the ports, created per execution (never at load time). */

/** Apps Script bytes are Java bytes (-128..127). */
export function javaBytes(bytes: Uint8Array): number[] {
  return Array.from(bytes, (b) => (b > 127 ? b - 256 : b));
}

export function unsignedBytes(bytes: readonly number[]): Uint8Array {
  return Uint8Array.from(bytes, (b) => b & 255);
}

/** A file of a mail (attachment, inline image) as the Blob MailApp takes. */
function blobOf(file: MailFile): GoogleAppsScript.Base.Blob {
  return Utilities.newBlob(javaBytes(file.bytes), file.contentType, file.name);
}

const mailer: Mailer = {
  send(mail: OutgoingMail) {
    if (!isSingleEmail(mail.to) || /[\r\n]/.test(mail.subject)) {
      throw new Error(`Ongeldig e-mailadres of onderwerp: ${mail.to.slice(0, 60)}`);
    }
    const inlineImages: Record<string, GoogleAppsScript.Base.Blob> = {};
    for (const [cid, file] of Object.entries(mail.inlineImages ?? {})) inlineImages[cid] = blobOf(file);
    MailApp.sendEmail({
      to: mail.to,
      subject: mail.subject,
      body: mail.text,
      htmlBody: mail.html,
      name: mail.senderName,
      replyTo: mail.replyTo,
      ...(mail.attachments ? { attachments: mail.attachments.map(blobOf) } : {}),
      ...(mail.inlineImages ? { inlineImages } : {}),
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
  return {
    tables,
    mailer,
    clock,
    lock: scriptLock(() => tables.forget()),
    properties: scriptProperties(),
    audit,
  };
}
