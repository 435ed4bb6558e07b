import { DIGEST_KIND } from '../../src/app/register/followUp';
import { digestMail, isoWeek, selectFollowUp } from '../../src/domain/register/followUp';
import { readRegisterSettings, settingNumber } from '../../src/domain/register/settings';
import { readSettings } from '../../src/domain/settings/settings';
import { CASES, MESSAGES, SETTINGS } from '../../src/domain/tabs';
import type { Row, StoredRow, TableSnapshot } from '../../src/ports';
import { sendLogged } from './naiveEdit';
import { findRow, type NaiveServices } from './naiveReferral';

/** A cell as this realm's value (the fakes hand the script dates of the script's realm, as Apps Script does). */
function hostValue(value: unknown): Row[string] {
  return Object.prototype.toString.call(value) === '[object Date]'
    ? new Date((value as Date).getTime())
    : (value as Row[string]);
}

/** A whole tab read the way samples do it: the headers cell by cell, then one `getValues` per row. */
export function readRowByRow(sheet: GoogleAppsScript.Spreadsheet.Sheet): TableSnapshot {
  const width = sheet.getLastColumn();
  const headers: string[] = [];
  for (let c = 1; c <= width; c++) headers.push(String(sheet.getRange(1, c).getValue()));
  const rows: StoredRow[] = [];
  for (let r = 2; r <= sheet.getLastRow(); r++) {
    const cells = sheet.getRange(r, 1, 1, width).getValues()[0];
    const values: Row = {};
    headers.forEach((h, i) => {
      if (h !== '') values[h] = hostValue(cells[i]);
    });
    rows.push({ rowNumber: r, values });
  }
  return { headers, rows };
}

/**
 * The naive baseline for the weekly digest, written like common samples: every case read with one
 * `getValues` per row, the settings likewise, "already sent this week?" with a `getValue` per message row,
 * the Berichten row with `appendRow` and its statuses with `setValue`. Same effect as the real digest (one
 * Berichten row "Verstuurd" and one e-mail with the same content). Not used by the script.
 */
export function naiveDigest(services: NaiveServices): boolean {
  const lock = services.LockService.getScriptLock();
  lock.waitLock(30_000);
  try {
    const now = new Date();
    const ss = services.SpreadsheetApp.getActiveSpreadsheet();
    const settingsTab = readRowByRow(ss.getSheetByName(SETTINGS.name)!);
    const register = readRegisterSettings(settingsTab);
    const upcomingDays = settingNumber(register.upcomingDays, 7);
    const staleDays = settingNumber(register.staleDays, 14);
    const cases = readRowByRow(ss.getSheetByName(CASES.name)!);
    const f = selectFollowUp(cases.rows, now, upcomingDays, staleDays);
    const week = isoWeek(now);
    const id = `weekoverzicht-${week}`;
    const messages = ss.getSheetByName(MESSAGES.name)!;
    if (findRow(messages, 'Bericht-ID', id) > 0) return false;
    const mail = digestMail(f, week, readSettings(settingsTab), upcomingDays, staleDays);
    sendLogged(services, messages, { id, caseRef: '', kind: DIGEST_KIND, mail });
    return true;
  } finally {
    lock.releaseLock();
  }
}
