import { isSingleEmail } from '../domain/common/email';
import { ALL_TABS } from '../domain/tabs';
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
import { newRetryBudget, retryingProperties, retryingTables } from './errors/retry';
import { SheetTables, type TabIds, tabHeadersProperty, tabIdProperty } from './sheetTables';

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

/**
 * The script lock. `onAcquire` runs each time it is taken (the tables forget what they read before). Pending
 * spreadsheet writes are flushed before the lock is released, so the next holder reads them (Google's
 * LockService guide), also when `fn` threw.
 */
function scriptLock(onAcquire: () => void): Lock {
  return {
    withLock<T>(timeoutMs: number, fn: () => T): T {
      const held = LockService.getScriptLock();
      if (!held.tryLock(timeoutMs)) throw new LockBusyError();
      try {
        onAcquire();
        return fn();
      } finally {
        try {
          SpreadsheetApp.flush();
        } finally {
          held.releaseLock();
        }
      }
    },
  };
}

/**
 * Script properties, read whole once (one call) and kept in step with this execution's own writes. `forget()`
 * drops the copy; the lock calls it on every acquisition, because another execution may have written between
 * two lock holds (counters, cursors).
 */
class ScriptProperties implements Properties {
  private store: GoogleAppsScript.Properties.Properties | null = null;
  private copy: Record<string, string> | null = null;

  private all(): Record<string, string> {
    if (!this.store) this.store = PropertiesService.getScriptProperties();
    if (!this.copy) this.copy = { ...this.store.getProperties() };
    return this.copy;
  }

  get(key: string): string | null {
    const value = this.all()[key];
    return value === undefined ? null : value;
  }

  set(key: string, value: string): void {
    this.all();
    this.store?.setProperty(key, value);
    if (this.copy) this.copy[key] = value;
  }

  delete(key: string): void {
    this.all();
    this.store?.deleteProperty(key);
    if (this.copy) delete this.copy[key];
  }

  forget(): void {
    this.copy = null;
  }
}

/** Logs carry case ids and counts only, never names or contact details. */
const audit: Audit = {
  log(event, data) {
    console.log(JSON.stringify({ event, ...data }));
  },
};

/**
 * The ports, plus the Sheets adapter itself (`sheets`: the Apps Script code that formats a tab finds it by id
 * there) and where it keeps the ids of its tabs (setup records response tabs there).
 */
export type GasPorts = Ports & { sheets: SheetTables; tabIds: TabIds };

export function gasPorts(): GasPorts {
  const properties = new ScriptProperties();
  const ids: TabIds = {
    get: (tab) => {
      const value = properties.get(tabIdProperty(tab));
      return value === null || value === '' ? null : Number(value);
    },
    set: (tab, sheetId) => properties.set(tabIdProperty(tab), String(sheetId)),
    createdHeaders: (tab) => {
      const value = properties.get(tabHeadersProperty(tab));
      try {
        return value ? (JSON.parse(value) as string[]) : [];
      } catch {
        return [];
      }
    },
    setCreatedHeaders: (tab, headers) => properties.set(tabHeadersProperty(tab), JSON.stringify(headers)),
  };
  const tables = new SheetTables(SpreadsheetApp.getActive(), () => SpreadsheetApp.flush(), ids, ALL_TABS);
  // Transient service errors on idempotent calls are retried with backoff (issue 13, src/gas/errors/retry.ts).
  const budget = newRetryBudget();
  const sleep = (ms: number) => Utilities.sleep(ms);
  return {
    tables: retryingTables(tables, budget, sleep, audit),
    mailer,
    clock,
    lock: scriptLock(() => {
      properties.forget();
      tables.forget();
    }),
    properties: retryingProperties(properties, budget, sleep, audit),
    audit,
    sheets: tables,
    tabIds: ids,
  };
}
