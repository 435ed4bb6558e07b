import { referralForm } from '../../forms/referral';
import { eligibilityRules } from '../../src/app/householdIntake';
import { REFERRAL_INTAKE } from '../../src/app/processReferral';
import { addWorkdays } from '../../src/domain/common/workdays';
import type { RawAnswers } from '../../src/domain/forms/answers';
import { parseAnswers } from '../../src/domain/forms/schema';
import { submissionKey } from '../../src/domain/intake/submissionKey';
import { MAIL_KIND, MAIL_STATUS } from '../../src/domain/messages/status';
import { confirmationMail } from '../../src/domain/referral/confirmationMail';
import { type CaseContext, caseRow, LINK } from '../../src/domain/referral/records';
import { SETTING_DEFAULTS, type Settings } from '../../src/domain/settings/settings';
import { CASES, MESSAGES, REFERRALS, REVIEW, SETTINGS } from '../../src/domain/tabs';
import type { OutgoingMail } from '../../src/ports';

/**
 * The naive baseline for the bench: the same referral intake written the way common Apps Script samples do
 * it — a loop of `getRange(i, c).getValue()` to find a row, `appendRow` per row, `setValue` per cell, a
 * settings lookup per setting. It has the same effect as the real use case (the same rows and the same
 * e-mail), so its service calls can be counted by the same fakes and compared. It is not used by the script.
 */

export interface NaiveServices {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  MailApp: GoogleAppsScript.Mail.MailApp;
  LockService: GoogleAppsScript.Lock.LockService;
}

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Column number (1-based) of a header, looked up cell by cell as samples do. */
export function columnOf(sheet: Sheet, header: string): number {
  const width = sheet.getLastColumn();
  for (let c = 1; c <= width; c++) if (sheet.getRange(1, c).getValue() === header) return c;
  throw new Error(`Kolom ${header} ontbreekt`);
}

/** Row number of the first row whose `header` cell equals `value`, or 0: one getValue per row. */
export function findRow(sheet: Sheet, header: string, value: string): number {
  const column = columnOf(sheet, header);
  const last = sheet.getLastRow();
  for (let r = 2; r <= last; r++) if (String(sheet.getRange(r, column).getValue()) === value) return r;
  return 0;
}

export function appendByHeaders(sheet: Sheet, headers: readonly string[], row: Record<string, unknown>): void {
  sheet.appendRow(
    headers.map((h) => {
      const v = row[h];
      if (v === undefined || v === null) return '';
      // A leading apostrophe keeps "+32 9 …" text, not a formula (as the Tables adapters do); no extra call.
      return typeof v === 'string' && /^[=+\-@]/.test(v) ? `'${v}` : (v as string);
    }),
  );
}

export function setting(sheet: Sheet, key: string, fallback: string): string {
  const last = sheet.getLastRow();
  for (let r = 2; r <= last; r++) {
    if (sheet.getRange(r, 1).getValue() === key) {
      const value = String(sheet.getRange(r, 2).getValue());
      return value === '' ? fallback : value;
    }
  }
  return fallback;
}

/** Every setting, each looked up cell by cell. */
export function naiveSettings(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Settings {
  const settingsSheet = ss.getSheetByName(SETTINGS.name)!;
  const settings = {} as Settings;
  for (const [name, def] of Object.entries(SETTING_DEFAULTS)) {
    settings[name as keyof Settings] = setting(settingsSheet, def.key, def.value);
  }
  return settings;
}

/** One e-mail, write-ahead in Berichten, the way samples write it: appendRow, then a setValue per cell. */
export function naiveSend(
  services: NaiveServices,
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  queued: { id: string; caseRef: string; kind: string; mail: OutgoingMail },
): void {
  const { id, caseRef, kind, mail } = queued;
  const messages = ss.getSheetByName(MESSAGES.name)!;
  appendByHeaders(messages, MESSAGES.headers, {
    'Bericht-ID': id,
    Dossiernummer: caseRef,
    Soort: kind,
    Aan: mail.to,
    Onderwerp: mail.subject,
    Status: MAIL_STATUS.pending,
  });
  const row = findRow(messages, 'Bericht-ID', id);
  const statusColumn = columnOf(messages, 'Status');
  const changedColumn = columnOf(messages, 'Laatste wijziging');
  messages.getRange(row, statusColumn).setValue(MAIL_STATUS.sending);
  messages.getRange(row, changedColumn).setValue(new Date());
  services.SpreadsheetApp.flush();
  services.MailApp.sendEmail({
    to: mail.to,
    subject: mail.subject,
    body: mail.text,
    htmlBody: mail.html,
    name: mail.senderName,
    replyTo: mail.replyTo,
  });
  messages.getRange(row, statusColumn).setValue(MAIL_STATUS.sent);
  messages.getRange(row, changedColumn).setValue(new Date());
}

/** One referral, taken in naively. Returns the case reference, or '' when it went to the review tab. */
export function naiveReferral(services: NaiveServices, submittedAt: Date, answers: RawAnswers): string {
  const lock = services.LockService.getScriptLock();
  lock.waitLock(30_000);
  try {
    const ss = services.SpreadsheetApp.getActiveSpreadsheet();
    const key = submissionKey(referralForm, submittedAt, answers);
    const review = ss.getSheetByName(REVIEW.name)!;
    const referrals = ss.getSheetByName(REFERRALS.name)!;
    if (findRow(review, 'Antwoord-ID', key) > 0 || findRow(referrals, 'Antwoord-ID', key) > 0) return '';
    const parsed = parseAnswers(referralForm, answers);
    if (!parsed.ok) {
      appendByHeaders(review, REVIEW.headers, {
        'Antwoord-ID': key,
        'Ontvangen op': submittedAt,
        Formulier: referralForm.title,
        Reden: parsed.reasons.join('\n'),
        Antwoordtab: referralForm.responseTab,
        Status: 'Open',
      });
      return '';
    }
    // A household already in the register (same phone number), and the next case number: every case
    // reference and phone number, one cell at a time.
    const cases = ss.getSheetByName(CASES.name)!;
    const refColumn = columnOf(cases, 'Dossiernummer');
    const phoneColumn = columnOf(cases, 'Telefoon');
    const year = submittedAt.getFullYear();
    let highest = 0;
    let known = '';
    for (let r = 2; r <= cases.getLastRow(); r++) {
      const ref = String(cases.getRange(r, refColumn).getValue());
      if (String(cases.getRange(r, phoneColumn).getValue()) === parsed.value.phone) known = ref;
      const m = /^DT-(\d{4})-(\d+)$/.exec(ref);
      if (m && Number(m[1]) === year) highest = Math.max(highest, Number(m[2]));
    }
    const caseRef = known || `DT-${year}-${String(highest + 1).padStart(4, '0')}`;

    const settings = naiveSettings(ss);
    const ctx: CaseContext = {
      caseRef,
      responseKey: key,
      receivedAt: submittedAt,
      callBy: addWorkdays(submittedAt, Number(settings.callWithinWorkdays) || 5),
      link: known ? LINK.existing('zelfde telefoonnummer') : LINK.newCase,
    };
    appendByHeaders(referrals, REFERRALS.headers, REFERRAL_INTAKE.record(parsed.value, ctx));
    if (!known) {
      appendByHeaders(
        cases,
        CASES.headers,
        caseRow(REFERRAL_INTAKE.details(parsed.value, eligibilityRules(settings)), ctx),
      );
    }

    const mail = confirmationMail({
      to: parsed.value.referrerEmail,
      referrerName: parsed.value.referrerName,
      householdFirstName: parsed.value.firstName,
      caseRef,
      settings,
    });
    naiveSend(services, ss, { id: `bevestiging-${key}`, caseRef, kind: MAIL_KIND.referralConfirmation, mail });
    return caseRef;
  } finally {
    lock.releaseLock();
  }
}
