import { processSubmission } from '../../src/app/processSubmission';
import { type EditResult, recordEdit } from '../../src/app/register/recordEdit';
import type { Cell, Ports, Tables } from '../../src/ports';
import { memoryWorld } from './memoryPorts';
import { referralAnswers } from './referralAnswers';

export const WORKER = 'projectmedewerker@dekring.example';

const FIRST_NAMES = ['Fatima', 'Jan', 'Olena', 'Mehmet', 'Sofie', 'Grace', 'Piet', 'Nadia', 'Tom', 'Aya'];
const LAST_NAMES = [
  'El Amrani',
  'De Smet',
  'Kovalenko',
  'Yilmaz',
  'Claeys',
  'Mbuyi',
  'Van Damme',
  'Benali',
  'Pauwels',
  'Haddad',
];

/** A set-up workbook with `n` referred cases (DT-2026-0001 …), all "Aangemeld", each a different household. */
export function registerWorld(n = 1, now = new Date('2026-11-03T08:00:00')) {
  const world = memoryWorld(now);
  for (let i = 0; i < n; i++) {
    processSubmission(world.ports, {
      formKey: 'doorverwijzing',
      submittedAt: new Date(now.getTime() - (n - i) * 60_000),
      answers: referralAnswers({
        phone: `0470 12 34 ${String(10 + i)}`,
        firstName: `${FIRST_NAMES[i % 10]}${i >= 10 ? ` ${i}` : ''}`,
        lastName: LAST_NAMES[(i * 3) % 10],
        street: `Stationsstraat ${i + 1}`,
      }),
      responseTab: 'Antwoorden Doorverwijzing',
      responseRow: 2 + i,
    });
  }
  world.mailer.sent.length = 0;
  return world;
}

/**
 * The worker changes one cell, as in Sheets: the cell changes first, then the edit trigger runs with the
 * old value (Apps Script gives `e.oldValue` only when the cell was not empty).
 */
export function workerEdit(
  ports: Ports,
  tab: string,
  rowNumber: number,
  column: string,
  value: Cell,
  who = WORKER,
): EditResult {
  const tables: Tables = ports.tables;
  const snapshot = tables.readRows(tab, rowNumber, 1);
  const old = snapshot.rows[0]?.values[column];
  tables.update(tab, rowNumber, { [column]: value });
  const oldText = old === undefined || old === null || old === '' ? undefined : String(old);
  return recordEdit(ports, {
    tab,
    firstRow: rowNumber,
    rowCount: 1,
    firstColumn: snapshot.headers.indexOf(column) + 1,
    columnCount: 1,
    oldValue: oldText,
    who,
  });
}
