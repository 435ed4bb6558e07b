import { ACTIONS, FIELD_LOG, REGISTRATIONS } from '../../src/domain/intakeTabs';
import { dayOf } from '../../src/domain/matrix/calendar';
import { computeMatrix } from '../../src/domain/matrix/compute';
import { buildGrid } from '../../src/domain/matrix/grid';
import {
  readActions,
  readCases,
  readFieldNotes,
  readGroups,
  readPartners,
  readPlanning,
  readReferrals,
  readRegistrations,
  readVindplaatsen,
} from '../../src/domain/matrix/model';
import { readMatrixSettings } from '../../src/domain/matrix/settings';
import { MATRIX_TAB, PLANNING, TARGET_GROUPS_TAB } from '../../src/domain/matrix/tabs';
import { COVERAGE_LABEL } from '../../src/domain/matrix/texts';
import { VINDPLAATSEN } from '../../src/domain/register/tabs';
import { CASES, PARTNERS, REFERRALS, SETTINGS } from '../../src/domain/tabs';
import { MATRIX_COLOURS } from '../../src/gas/matrix/sheet';
import { readRowByRow } from './naiveDigest';
import { columnOf, type NaiveServices } from './naiveReferral';

/**
 * The naive baseline for "Outreachmatrix bijwerken", written like common samples: every tab read with one
 * `getValues` per row, the Planning's changed cells written one `setValue` at a time, and the Matrix tab filled
 * cell by cell with a `setBackground` per coloured cell. Same values in Planning and Matrix as the real use case
 * (the colours are fixed backgrounds instead of conditional formatting). `now` is the script's clock. Not used by
 * the script.
 */
export function naiveMatrix(services: NaiveServices, now: Date): number {
  const lock = services.LockService.getScriptLock();
  lock.waitLock(30_000);
  try {
    const ss = services.SpreadsheetApp.getActiveSpreadsheet();
    const read = (name: string) => {
      const sheet = ss.getSheetByName(name);
      return sheet ? readRowByRow(sheet) : { headers: [], rows: [] };
    };
    const settings = readMatrixSettings(read(SETTINGS.name));
    const partners = readPartners(read(PARTNERS.name));
    const groups = readGroups(read(TARGET_GROUPS_TAB.name), partners);
    const names = groups.map((g) => g.name);
    const report = computeMatrix(
      {
        actions: readActions(read(ACTIONS.name)),
        groups,
        planning: readPlanning(read(PLANNING.name), partners, names),
        moments: readFieldNotes(read(FIELD_LOG.name)),
        registrations: readRegistrations(read(REGISTRATIONS.name)),
        referrals: readReferrals(read(REFERRALS.name)),
        cases: readCases(read(CASES.name), names),
        partners,
        vindplaatsen: readVindplaatsen(read(VINDPLAATSEN.name)),
      },
      dayOf(now),
      settings,
    );
    const planning = ss.getSheetByName(PLANNING.name)!;
    for (const update of report.planningUpdates) {
      for (const [header, value] of Object.entries(update.values)) {
        planning.getRange(update.rowNumber, columnOf(planning, header)).setValue(value);
      }
    }
    const grid = buildGrid(report);
    const sheet = ss.getSheetByName(MATRIX_TAB) ?? ss.insertSheet(MATRIX_TAB);
    sheet.clear();
    const colour = new Map(
      Object.entries(COVERAGE_LABEL)
        .filter(([, label]) => label !== '')
        .map(([c, label]) => [label, MATRIX_COLOURS.coverage[c as keyof typeof MATRIX_COLOURS.coverage]]),
    );
    grid.rows.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value === '') return;
        const cell = sheet.getRange(r + 1, c + 1);
        cell.setValue(value);
        const label = [...colour.keys()].find((l) => String(value).startsWith(l));
        if (label) cell.setBackground(colour.get(label) ?? null);
      });
    });
    sheet.setFrozenRows(grid.frozenRows);
    return grid.height;
  } finally {
    lock.releaseLock();
  }
}
