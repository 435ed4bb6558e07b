import { donationForm } from '../../forms/donation';
import { fieldLogForm } from '../../forms/fieldLog';
import type { FormDefinition } from '../../forms/types';
import { DONATION_INTAKE } from '../../src/app/processDonation';
import { dayToDate } from '../../src/domain/common/day';
import { thanksMail } from '../../src/domain/donation/thanksMail';
import type { AnswersOf, RawAnswers } from '../../src/domain/forms/answers';
import { parseAnswers } from '../../src/domain/forms/schema';
import { nextRef } from '../../src/domain/intake/caseRef';
import { submissionKey } from '../../src/domain/intake/submissionKey';
import { ACTIONS, DONATIONS, FIELD_LOG } from '../../src/domain/intakeTabs';
import { MAIL_KIND } from '../../src/domain/messages/status';
import { REVIEW } from '../../src/domain/tabs';
import type { Row } from '../../src/ports';
import { appendByHeaders, columnOf, findRow, type NaiveServices, naiveSend, naiveSettings } from './naiveReferral';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The naive baselines for the two forms that record one row and touch no case (Schenking, Veldwerk), written
 * like common Apps Script samples: a row look-up with `getValue` per cell, the next number found cell by cell,
 * `appendRow` for the new row. Same effect as the real use case (the same row in Schenkingen or Veldwerk), so
 * their calls are counted by the same fakes. Not used by the script.
 */
function naiveRecord<F extends FormDefinition>(
  services: NaiveServices,
  form: F,
  tab: { name: string; headers: readonly string[] },
  submittedAt: Date,
  answers: RawAnswers,
  build: (ss: GoogleAppsScript.Spreadsheet.Spreadsheet, records: Sheet, a: AnswersOf<F>, key: string) => Row,
  crossCheck: (a: AnswersOf<F>) => string[] = () => [],
  after: (ss: GoogleAppsScript.Spreadsheet.Spreadsheet, row: Row, key: string) => void = () => {},
): boolean {
  const lock = services.LockService.getScriptLock();
  lock.waitLock(30_000);
  try {
    const ss = services.SpreadsheetApp.getActiveSpreadsheet();
    const key = submissionKey(form, submittedAt, answers);
    const review = ss.getSheetByName(REVIEW.name)!;
    const records = ss.getSheetByName(tab.name)!;
    if (findRow(review, 'Antwoord-ID', key) > 0 || findRow(records, 'Antwoord-ID', key) > 0) return false;
    const parsed = parseAnswers(form, answers);
    const reasons = parsed.ok ? crossCheck(parsed.value) : parsed.reasons;
    if (!parsed.ok || reasons.length > 0) {
      appendByHeaders(review, REVIEW.headers, { 'Antwoord-ID': key, Reden: reasons.join('\n'), Status: 'Open' });
      return false;
    }
    const row = build(ss, records, parsed.value, key);
    appendByHeaders(records, tab.headers, row);
    after(ss, row, key);
    return true;
  } finally {
    lock.releaseLock();
  }
}

/** One donation: a row in Schenkingen with the next number SCH-jjjj-nnnn, found by reading every number. */
export function naiveDonation(services: NaiveServices, submittedAt: Date, answers: RawAnswers): boolean {
  return naiveRecord(
    services,
    donationForm,
    DONATIONS,
    submittedAt,
    answers,
    (_ss, records, a, key) => {
      const column = columnOf(records, 'Schenkingsnummer');
      const numbers: string[] = [];
      for (let r = 2; r <= records.getLastRow(); r++) numbers.push(String(records.getRange(r, column).getValue()));
      const ref = nextRef('SCH', numbers, submittedAt.getFullYear());
      return DONATION_INTAKE.row(a, { key, receivedAt: submittedAt, ref });
    },
    (a) => DONATION_INTAKE.crossCheck?.(a) ?? [],
    // The donor's thank-you, as the real use case sends it (settings read cell by cell, like the referral).
    (ss, row, key) => {
      const to = String(row['E-mail'] ?? '');
      if (to === '') return;
      const mail = thanksMail({
        to,
        contactName: String(row.Contactpersoon ?? ''),
        ref: String(row.Schenkingsnummer),
        deviceCount: Number(row['Aantal toestellen']) || 0,
        deviceKinds: String(row['Soort toestellen'] ?? '').toLowerCase(),
        pickup: /ophalen/i.test(String(row['Afgeven of ophalen'] ?? '')),
        settings: naiveSettings(ss),
      });
      naiveSend(services, ss, {
        id: `bedankt-${key}`,
        caseRef: String(row.Schenkingsnummer),
        kind: MAIL_KIND.donorThanks,
        mail,
      });
    },
  );
}

/** One field note: a row in Veldwerk, with the action code looked up in Acties one cell at a time. */
export function naiveFieldLog(services: NaiveServices, submittedAt: Date, answers: RawAnswers): boolean {
  return naiveRecord(services, fieldLogForm, FIELD_LOG, submittedAt, answers, (ss, _records, a, key) => {
    const actions = ss.getSheetByName(ACTIONS.name)!;
    const actionColumn = columnOf(actions, 'Actie');
    const codeColumn = columnOf(actions, 'Code');
    let code = '';
    for (let r = 2; r <= actions.getLastRow(); r++) {
      if (String(actions.getRange(r, actionColumn).getValue()) === a.action) {
        code = String(actions.getRange(r, codeColumn).getValue());
        break;
      }
    }
    return {
      'Antwoord-ID': key,
      'Ontvangen op': submittedAt,
      Datum: dayToDate(a.date),
      Actie: a.action,
      Actiecode: code,
      Plaats: a.place,
      'Ingevuld door': a.loggedBy,
      'Bereikte mensen': Number(a.peopleReached),
      Folders: a.leaflets === '' ? '' : Number(a.leaflets),
      'Aanmeldingen ter plaatse': a.registrationsOnSpot === '' ? '' : Number(a.registrationsOnSpot),
      Notities: a.notes,
    };
  });
}
