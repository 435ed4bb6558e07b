import type { FormDefinition } from '../../forms/types';
import { RECORD_TABS, rowId } from '../../src/app/intakeRecords';
import { readSubmissions } from '../../src/app/responseRows';
import type { RawAnswers } from '../../src/domain/forms/answers';
import { FORMS } from '../../src/domain/forms/registry';
import { submissionKey } from '../../src/domain/intake/submissionKey';
import { REVIEW } from '../../src/domain/tabs';
import type { Tables } from '../../src/ports';
import { readRowByRow } from './naiveDigest';
import { naiveDonation, naiveFieldLog } from './naiveRecords';
import { columnOf, type NaiveServices, naiveReferral } from './naiveReferral';
import { naiveRegistration } from './naiveRegistration';

const INTAKE: Record<string, (services: NaiveServices, at: Date, answers: RawAnswers) => unknown> = {
  doorverwijzing: naiveReferral,
  aanmelding: naiveRegistration,
  schenking: naiveDonation,
  veldwerk: naiveFieldLog,
};

/**
 * The naive baseline for the reconciler, written like common samples: what was taken in is collected with a
 * `getValue` per cell of the key and raw-row columns, every response row is read with one `getValues` per
 * row, and each response not taken in goes through that form's naive intake (which looks its rows up cell by
 * cell again). Same effect as the real reconciler (the same rows and e-mails). Not used by the script.
 * Returns the number of responses taken in.
 */
export function naiveReconcile(services: NaiveServices): number {
  const ss = services.SpreadsheetApp.getActiveSpreadsheet();
  const responseTabs: Record<string, string> = Object.fromEntries(FORMS.map((f) => [f.key, f.responseTab]));
  const keys = new Set<string>();
  const rows = new Set<string>();
  /** Keys and raw rows of one tab; the response tab is `responseTab`, or read from the Antwoordtab column. */
  const collect = (tabName: string, responseTab?: string) => {
    const sheet = ss.getSheetByName(tabName);
    if (!sheet) return;
    const keyColumn = columnOf(sheet, 'Antwoord-ID');
    const rowColumn = columnOf(sheet, 'Rij in antwoordtab');
    const tabColumn = responseTab === undefined ? columnOf(sheet, 'Antwoordtab') : 0;
    for (let r = 2; r <= sheet.getLastRow(); r++) {
      keys.add(String(sheet.getRange(r, keyColumn).getValue()));
      const raw = String(sheet.getRange(r, rowColumn).getValue());
      const tab = responseTab ?? String(sheet.getRange(r, tabColumn).getValue());
      if (raw !== '') rows.add(rowId(tab, raw));
    }
  };
  for (const [formKey, tab] of Object.entries(RECORD_TABS)) collect(tab, responseTabs[formKey]);
  collect(REVIEW.name);

  let taken = 0;
  for (const form of FORMS as readonly FormDefinition[]) {
    const sheet = ss.getSheetByName(form.responseTab);
    if (!sheet) continue;
    const snapshot = readRowByRow(sheet);
    const tables = { read: () => snapshot } as unknown as Tables;
    for (const sub of readSubmissions(tables, form)) {
      const key = submissionKey(form, sub.submittedAt, sub.answers);
      if (keys.has(key) || rows.has(rowId(form.responseTab, sub.responseRow ?? 0))) continue;
      INTAKE[form.key](services, sub.submittedAt, sub.answers);
      taken++;
    }
  }
  return taken;
}
