import { MISSED_WHO, recordEdit } from '../../app/register/recordEdit';
import { cellText } from '../../domain/common/table';
import { NEW_CASE_STATUS } from '../../domain/referral/records';
import { DEVICES } from '../../domain/register/tabs';
import { CASES } from '../../domain/tabs';
import type { Ports } from '../../ports';

/** Tabs whose status the edit trigger logs, with the status a row has before any logged change. */
const LOGGED_STATUS: ReadonlyArray<{ tab: string; initial: string }> = [
  { tab: CASES.name, initial: NEW_CASE_STATUS },
  { tab: DEVICES.name, initial: 'Geschonken' },
];

/** Who changed a status in the xlsx between two runs: the twin cannot know. */
export const OFFLINE_WHO = `${MISSED_WHO}: in het werkboek`;

export interface OfflineEdits {
  /** Rows whose status the worker changed in the workbook since the last run, now logged. */
  rows: number;
  logged: number;
}

/**
 * What the edit trigger does in Google, for the changes the worker made in the xlsx between two runs (the
 * twin has no trigger): a row whose Status differs from its "Gelogde status" (the last status logged) is
 * handed to the same use case (`recordEdit`) as a one-cell edit of Status, so the Logboek, milestone dates,
 * notes and partner e-mails follow exactly as in Google.
 */
export function recordOfflineEdits(ports: Ports): OfflineEdits {
  const result: OfflineEdits = { rows: 0, logged: 0 };
  for (const { tab, initial } of LOGGED_STATUS) {
    if (!ports.tables.hasTab(tab)) continue;
    const snapshot = ports.tables.read(tab);
    const column = snapshot.headers.indexOf('Status') + 1;
    if (column === 0 || !snapshot.headers.includes('Gelogde status')) continue;
    const changed = snapshot.rows.filter((row) => {
      const status = cellText(row.values.Status);
      const logged = cellText(row.values['Gelogde status']) || initial;
      return status !== '' && status !== logged;
    });
    for (const row of changed) {
      const edit = recordEdit(ports, {
        tab,
        firstRow: row.rowNumber,
        rowCount: 1,
        firstColumn: column,
        columnCount: 1,
        who: OFFLINE_WHO,
      });
      result.rows++;
      result.logged += edit.logged;
    }
  }
  if (result.rows > 0) ports.audit.log('edits.offline', { ...result });
  return result;
}
