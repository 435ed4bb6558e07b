import { ACTIONS, FIELD_LOG, REGISTRATIONS } from '../../domain/intakeTabs';
import { dayOf } from '../../domain/matrix/calendar';
import { computeMatrix, type MatrixReport } from '../../domain/matrix/compute';
import { buildGrid, type MatrixGrid } from '../../domain/matrix/grid';
import {
  type MatrixInput,
  readActions,
  readCases,
  readFieldNotes,
  readGroups,
  readLetterBatches,
  readPartners,
  readPlanning,
  readReferrals,
  readRegistrations,
  readVindplaatsen,
} from '../../domain/matrix/model';
import { readMatrixSettings } from '../../domain/matrix/settings';
import { LETTERS_TAB, PLANNING, TARGET_GROUPS_TAB } from '../../domain/matrix/tabs';
import { VINDPLAATSEN } from '../../domain/register/tabs';
import { CASES, PARTNERS, REFERRALS, SETTINGS } from '../../domain/tabs';
import type { Audit, Clock, Tables } from '../../ports';

/** Where the generated Matrix tab goes: the Apps Script sheet (with its formats) or the twin's workbook. */
export interface MatrixWriter {
  write(grid: MatrixGrid): void;
}

export interface MatrixPorts {
  tables: Tables;
  clock: Clock;
  audit: Audit;
}

/** Every tab the matrix reads, once each (a tab that does not exist, like Brieven before the letters, is empty). */
export function readMatrixInput(tables: Tables): MatrixInput {
  const fieldNotes = readFieldNotes(tables.read(FIELD_LOG.name));
  const letters = tables.hasTab(LETTERS_TAB) ? readLetterBatches(tables.read(LETTERS_TAB)) : [];
  const partners = readPartners(tables.read(PARTNERS.name));
  const groups = readGroups(tables.read(TARGET_GROUPS_TAB.name), partners);
  const groupNames = groups.map((g) => g.name);
  return {
    actions: readActions(tables.read(ACTIONS.name)),
    groups,
    planning: readPlanning(tables.read(PLANNING.name), partners, groupNames),
    moments: [...fieldNotes, ...letters],
    registrations: readRegistrations(tables.read(REGISTRATIONS.name)),
    referrals: readReferrals(tables.read(REFERRALS.name)),
    cases: readCases(tables.read(CASES.name), groupNames),
    partners,
    vindplaatsen: readVindplaatsen(tables.read(VINDPLAATSEN.name)),
  };
}

export interface MatrixRefresh {
  report: MatrixReport;
  grid: MatrixGrid;
}

/**
 * "Outreachmatrix bijwerken": reads the tabs, computes the matrix for today, writes the Planning's computed
 * columns in place (one block write, only when something changed) and rewrites the Matrix tab.
 * Call it under the script lock in Apps Script.
 */
export function refreshMatrix(ports: MatrixPorts, writer: MatrixWriter): MatrixRefresh {
  const settings = readMatrixSettings(ports.tables.read(SETTINGS.name));
  const report = computeMatrix(readMatrixInput(ports.tables), dayOf(ports.clock.now()), settings);
  if (report.planningUpdates.length > 0) ports.tables.updateMany(PLANNING.name, report.planningUpdates);
  const grid = buildGrid(report);
  writer.write(grid);
  ports.audit.log('matrix.refreshed', {
    actions: report.actions.length,
    groups: report.groups.length,
    signals: report.signals.length,
    planningUpdated: report.planningUpdates.length,
  });
  return { report, grid };
}
