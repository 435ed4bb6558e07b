import { referralForm } from '../../forms/referral';
import { CASE_PERSONAL_COLUMNS, personalResponseColumns } from '../../src/domain/privacy/personalData';
import { readRowByRow } from './naiveDigest';
import type { NaiveServices } from './naiveReferral';

/**
 * The naive baseline for the retention job, written like common samples: for each closed case, every tab read
 * again row by row (`readRowByRow`), every personal cell cleared with its own `setValue('')`, the Audit row
 * with `appendRow`. Same effect as the real job on the bench's register (Dossiers, Doorverwijzingen, Berichten
 * and the raw referral). Not used by the script.
 */
const LINKED: ReadonlyArray<{ tab: string; key: string; clear: readonly string[] }> = [
  {
    tab: 'Doorverwijzingen',
    key: 'Dossiernummer',
    clear: ['Naam doorverwijzer', 'E-mail doorverwijzer', 'Opmerkingen'],
  },
  { tab: 'Berichten', key: 'Dossiernummer', clear: ['Aan', 'Onderwerp', 'Fout'] },
];

export function naiveRetention(services: NaiveServices, refs: readonly string[], now: Date): void {
  const ss = services.SpreadsheetApp.getActive();
  for (const ref of refs) {
    const cases = ss.getSheetByName('Dossiers')!;
    const snapshot = readRowByRow(cases);
    const headers = snapshot.headers;
    const found = snapshot.rows.find((row) => row.values.Dossiernummer === ref);
    if (!found) continue;
    for (const column of CASE_PERSONAL_COLUMNS)
      cases.getRange(found.rowNumber, headers.indexOf(column) + 1).setValue('');
    cases.getRange(found.rowNumber, headers.indexOf('Geanonimiseerd op') + 1).setValue(now);
    cases.getRange(found.rowNumber, headers.indexOf('Anonieme persoon') + 1).setValue(`P-${ref}`);
    for (const linked of LINKED) {
      const sheet = ss.getSheetByName(linked.tab)!;
      const rows = readRowByRow(sheet);
      const h = rows.headers;
      for (const row of rows.rows) {
        if (row.values[linked.key] !== ref) continue;
        for (const column of linked.clear) sheet.getRange(row.rowNumber, h.indexOf(column) + 1).setValue('');
        if (linked.tab === 'Doorverwijzingen') {
          const responses = ss.getSheetByName(referralForm.responseTab)!;
          const raw = Number(row.values['Rij in antwoordtab']);
          if (!(raw >= 2)) continue;
          const rh = responses.getRange(1, 1, 1, responses.getLastColumn()).getValues()[0].map(String);
          for (const column of personalResponseColumns(referralForm))
            responses.getRange(raw, rh.indexOf(column) + 1).setValue('');
        }
      }
    }
    ss.getSheetByName('Audit')!.appendRow([now, 'script', 'Geanonimiseerd (bewaartermijn)', ref, 1, '']);
  }
}
