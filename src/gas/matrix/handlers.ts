import { refreshMatrix } from '../../app/matrix/refreshMatrix';
import { matrixDropdowns, setupMatrix } from '../../app/matrix/setupMatrix';
import { deliverOnce } from '../../app/outbox';
import { isSingleEmail } from '../../domain/common/email';
import { brusselsOffsetMinutes, dayOf, isoDay } from '../../domain/matrix/calendar';
import { renderMatrixHtml } from '../../domain/matrix/html';
import { MATRIX_MENU_TEXT } from '../../domain/matrix/texts';
import { composeMail, paragraph } from '../../domain/messages/compose';
import { readSettings } from '../../domain/settings/settings';
import { MESSAGES, SETTINGS } from '../../domain/tabs';
import { LockBusyError, type Mailer, type OutgoingMail } from '../../ports';
import { applyDropdowns } from '../register/setup';
import { type GasPorts, gasPorts } from '../services';
import { sheetMatrixWriter } from './sheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Apps Script's limit on the attachments of one e-mail. */
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;

export interface MatrixSetupReport {
  groupsAdded: number;
  planningAdded: number;
  dropdowns: number;
}

/** Part of "Alles instellen": Doelgroepen and Planning seeded once, their dropdowns (lists from the tabs) re-applied. */
export function setupMatrixSheet(ports: Pick<GasPorts, 'tables' | 'sheets'>): MatrixSetupReport {
  const seeded = setupMatrix(ports.tables);
  return {
    groupsAdded: seeded.groupsAdded,
    planningAdded: seeded.planningAdded,
    dropdowns: applyDropdowns(ports.sheets, matrixDropdowns(ports.tables)),
  };
}

function toast(spreadsheet: Spreadsheet, message: string): void {
  spreadsheet.toast(message, 'Digi.Taal', 8);
}

/** Runs under the script lock; when another execution holds it too long, says so (LockBusyError is thrown on). */
function locked<T>(ports: GasPorts, fn: () => T): T {
  return ports.lock.withLock(60_000, fn);
}

/** Daily trigger (after the register's run): the Planning follows the field notes, the Matrix tab is fresh. */
export function dailyMatrixRefresh(ports: GasPorts) {
  return locked(
    ports,
    () => refreshMatrix(ports, sheetMatrixWriter(SpreadsheetApp.getActive(), ports.tabIds)).report.signals.length,
  );
}

/** Menu "Outreachmatrix bijwerken". */
export function menuRefreshMatrix(): { actions: number; groups: number; signals: number } | null {
  const ports = gasPorts();
  const spreadsheet = SpreadsheetApp.getActive();
  try {
    const { report } = locked(ports, () => refreshMatrix(ports, sheetMatrixWriter(spreadsheet, ports.tabIds)));
    const counts = { actions: report.actions.length, groups: report.groups.length, signals: report.signals.length };
    toast(spreadsheet, MATRIX_MENU_TEXT.refreshed(counts.actions, counts.groups, counts.signals));
    return counts;
  } catch (error) {
    return busy(ports, spreadsheet, error);
  }
}

function busy(ports: GasPorts, spreadsheet: Spreadsheet, error: unknown): null {
  if (!(error instanceof LockBusyError)) throw error;
  ports.audit.log('menu.busy');
  toast(spreadsheet, MATRIX_MENU_TEXT.busy);
  return null;
}

/** "2026-11-27T14:05" in Brussels: one mail per minute at most, so a double click sends one. */
function minuteStamp(now: Date): string {
  const ms = now.getTime() + brusselsOffsetMinutes(now.getTime()) * 60_000;
  return new Date(ms).toISOString().slice(0, 16);
}

export type MatrixMailResult = 'sent' | 'already-sent' | 'failed' | 'unknown' | 'no-quota' | 'too-large' | 'no-address';

/**
 * Menu "Outreachmatrix als pdf mailen": brings the Matrix tab up to date, turns the same matrix (the one HTML
 * renderer) into a PDF with Blob.getAs, and e-mails it to the worker as an attachment — write-ahead in Berichten,
 * so a crash never sends it twice. No Drive file is made and no extra access is needed.
 */
export function menuMailMatrixPdf(): MatrixMailResult | null {
  const ports = gasPorts();
  const spreadsheet = SpreadsheetApp.getActive();
  let outcome: { result: MatrixMailResult; to: string };
  try {
    outcome = locked(ports, () => mailMatrixPdf(ports, spreadsheet));
  } catch (error) {
    return busy(ports, spreadsheet, error);
  }
  const { result, to } = outcome;
  toast(
    spreadsheet,
    result === 'sent'
      ? MATRIX_MENU_TEXT.mailed(to)
      : result === 'already-sent'
        ? MATRIX_MENU_TEXT.alreadyMailed
        : result === 'no-address'
          ? MATRIX_MENU_TEXT.noEmail
          : result === 'too-large'
            ? MATRIX_MENU_TEXT.tooLarge(MAX_ATTACHMENT_BYTES / 1024 / 1024)
            : MATRIX_MENU_TEXT.notMailed(result),
  );
  return result;
}

function mailMatrixPdf(ports: GasPorts, spreadsheet: Spreadsheet): { result: MatrixMailResult; to: string } {
  const { report } = refreshMatrix(ports, sheetMatrixWriter(spreadsheet, ports.tabIds));
  const settings = readSettings(ports.tables.read(SETTINGS.name));
  const to = settings.workerEmail.trim();
  if (!isSingleEmail(to)) return { result: 'no-address', to };
  const now = ports.clock.now();
  const day = dayOf(now);
  const pdf = Utilities.newBlob(renderMatrixHtml(report), 'text/html', MATRIX_MENU_TEXT.fileName(isoDay(day))).getAs(
    'application/pdf',
  );
  if (pdf.getBytes().length > MAX_ATTACHMENT_BYTES) return { result: 'too-large', to };
  const mail: OutgoingMail = composeMail({
    to,
    subject: MATRIX_MENU_TEXT.mailSubject(day),
    blocks: [paragraph(MATRIX_MENU_TEXT.mailBody)],
    senderName: settings.senderName,
  });
  const mailer: Mailer = {
    send(m) {
      MailApp.sendEmail({
        to: m.to,
        subject: m.subject,
        body: m.text,
        htmlBody: m.html,
        name: m.senderName,
        attachments: [pdf],
      });
    },
    remainingQuota: () => ports.mailer.remainingQuota(),
  };
  const result = deliverOnce({ ...ports, mailer }, ports.tables.read(MESSAGES.name), {
    id: `outreachmatrix-${minuteStamp(now)}`,
    caseRef: '',
    kind: MATRIX_MENU_TEXT.mailKind,
    mail,
  });
  return { result, to };
}
