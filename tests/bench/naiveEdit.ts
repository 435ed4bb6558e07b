import { MAIL_STATUS } from '../../src/domain/messages/status';
import { LOOP_KIND, loopMail, loopMessageId, loopMilestoneFor } from '../../src/domain/register/closedLoop';
import { HELPED_EXIT, MILESTONE_COLUMN } from '../../src/domain/register/journey';
import { LOGBOOK } from '../../src/domain/register/tabs';
import { SETTING_DEFAULTS, type Settings } from '../../src/domain/settings/settings';
import { CASES, MESSAGES, PARTNERS, REFERRALS, SETTINGS } from '../../src/domain/tabs';
import type { OutgoingMail } from '../../src/ports';
import { appendByHeaders, columnOf, findRow, type NaiveServices, setting } from './naiveReferral';

export type NaiveEditServices = NaiveServices & { Session: GoogleAppsScript.Base.Session };

/** The part of a Sheets edit event the sample reads. */
export interface NaiveEditEvent {
  range: GoogleAppsScript.Spreadsheet.Range;
  value?: string;
  oldValue?: string;
}

/**
 * The naive baseline for a status edit in Dossiers, written like the common `onEdit(e)` samples: the header
 * of the edited column and the case number read cell by cell, the Logboek row with `appendRow`, the milestone
 * date and logged status with `setValue`, the partner's referral, the partner and the earlier messages found
 * with a `getValue` per row, the settings one lookup loop each. Same effect as the real handler (a Logboek
 * row, the milestone date, the partner's e-mail once). Not used by the script.
 */
export function naiveStatusEdit(services: NaiveEditServices, e: NaiveEditEvent): boolean {
  const sheet = e.range.getSheet();
  if (sheet.getName() !== CASES.name) return false;
  const row = e.range.getRow();
  if (sheet.getRange(1, e.range.getColumn()).getValue() !== 'Status') return false;
  const lock = services.LockService.getScriptLock();
  lock.waitLock(20_000);
  try {
    const ss = services.SpreadsheetApp.getActiveSpreadsheet();
    const status = String(e.value ?? '');
    const old = String(e.oldValue ?? '');
    const caseRef = String(sheet.getRange(row, columnOf(sheet, 'Dossiernummer')).getValue());
    const who = services.Session.getActiveUser().getEmail() || 'onbekend';
    const now = new Date();
    appendByHeaders(ss.getSheetByName(LOGBOOK.name)!, LOGBOOK.headers, {
      Tijdstip: now,
      Tabblad: CASES.name,
      Sleutel: caseRef,
      Kolom: 'Status',
      Oud: old,
      Nieuw: status,
      Door: who,
      Melding: '',
    });
    const milestoneColumn = MILESTONE_COLUMN[status];
    if (milestoneColumn) sheet.getRange(row, columnOf(sheet, milestoneColumn)).setValue(now);
    sheet.getRange(row, columnOf(sheet, 'Gelogde status')).setValue(status);

    const milestone = loopMilestoneFor(status);
    if (!milestone) return true;
    const referrals = ss.getSheetByName(REFERRALS.name)!;
    const referralRow = findRow(referrals, 'Dossiernummer', caseRef);
    if (referralRow === 0) return true;
    const organisation = String(referrals.getRange(referralRow, columnOf(referrals, 'Organisatie')).getValue());
    const partners = ss.getSheetByName(PARTNERS.name)!;
    const partnerRow = findRow(partners, 'Organisatie', organisation);
    if (partnerRow > 0 && String(partners.getRange(partnerRow, columnOf(partners, 'Meldingen')).getValue()) === 'nee')
      return true;
    const to =
      String(referrals.getRange(referralRow, columnOf(referrals, 'E-mail doorverwijzer')).getValue()) ||
      (partnerRow > 0 ? String(partners.getRange(partnerRow, columnOf(partners, 'E-mail')).getValue()) : '');
    if (!to) return true;
    const messages = ss.getSheetByName(MESSAGES.name)!;
    const id = loopMessageId(caseRef, milestone);
    if (findRow(messages, 'Bericht-ID', id) > 0) return true;
    const settingsSheet = ss.getSheetByName(SETTINGS.name)!;
    const settings = {} as Settings;
    for (const [name, def] of Object.entries(SETTING_DEFAULTS)) {
      settings[name as keyof Settings] = setting(settingsSheet, def.key, def.value);
    }
    const mail = loopMail({
      to,
      referrerName: String(referrals.getRange(referralRow, columnOf(referrals, 'Naam doorverwijzer')).getValue()),
      caseRef,
      milestone,
      helped: status === HELPED_EXIT,
      settings,
    });
    sendLogged(services, messages, { id, caseRef, kind: LOOP_KIND, mail });
    return true;
  } finally {
    lock.releaseLock();
  }
}

/** Logs a message in Berichten with `appendRow`, then sends it, setting each status cell by cell. */
export function sendLogged(
  services: NaiveServices,
  messages: GoogleAppsScript.Spreadsheet.Sheet,
  m: { id: string; caseRef: string; kind: string; mail: OutgoingMail },
): void {
  appendByHeaders(messages, MESSAGES.headers, {
    'Bericht-ID': m.id,
    Dossiernummer: m.caseRef,
    Soort: m.kind,
    Aan: m.mail.to,
    Onderwerp: m.mail.subject,
    Status: MAIL_STATUS.pending,
  });
  const row = findRow(messages, 'Bericht-ID', m.id);
  const statusColumn = columnOf(messages, 'Status');
  const changedColumn = columnOf(messages, 'Laatste wijziging');
  messages.getRange(row, statusColumn).setValue(MAIL_STATUS.sending);
  messages.getRange(row, changedColumn).setValue(new Date());
  services.SpreadsheetApp.flush();
  services.MailApp.sendEmail({
    to: m.mail.to,
    subject: m.mail.subject,
    body: m.mail.text,
    htmlBody: m.mail.html,
    name: m.mail.senderName,
    replyTo: m.mail.replyTo,
  });
  messages.getRange(row, statusColumn).setValue(MAIL_STATUS.sent);
  messages.getRange(row, changedColumn).setValue(new Date());
}
