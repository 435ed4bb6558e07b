import { DROPDOWNS, type Dropdown } from '../../domain/register/dropdowns';
import { readRegisterSettings } from '../../domain/register/settings';
import { SETTINGS } from '../../domain/tabs';
import type { SheetTables } from '../sheetTables';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const EDIT_HANDLER = 'handleEdit';
export const DAILY_HANDLER = 'dailyRun';
/** Hour (script time zone) of the daily run: refresh Opvolging, partner catch-up, weekly digest. */
export const DAILY_HOUR = 7;

export interface RegisterSetupReport {
  editTriggerCreated: boolean;
  dailyTriggerCreated: boolean;
  dropdowns: number;
  /** The day the weekly digest goes out (from Instellingen). */
  digestWeekday: string;
}

/** The installable edit trigger (it runs as the installer, so it may send the partner e-mails). */
function ensureEditTrigger(spreadsheet: Spreadsheet): boolean {
  const exists = ScriptApp.getProjectTriggers().some(
    (t) => t.getHandlerFunction() === EDIT_HANDLER && t.getEventType() === ScriptApp.EventType.ON_EDIT,
  );
  if (exists) return false;
  ScriptApp.newTrigger(EDIT_HANDLER).forSpreadsheet(spreadsheet).onEdit().create();
  return true;
}

function ensureDailyTrigger(): boolean {
  const exists = ScriptApp.getProjectTriggers().some(
    (t) => t.getHandlerFunction() === DAILY_HANDLER && t.getEventType() === ScriptApp.EventType.CLOCK,
  );
  if (exists) return false;
  ScriptApp.newTrigger(DAILY_HANDLER).timeBased().everyDays(1).atHour(DAILY_HOUR).create();
  return true;
}

/**
 * Puts each dropdown over its whole column (row 2 to the sheet's last row) of the tab found by its id: a few
 * calls per dropdown,
 * whatever the number of rows. Rerunning setup re-applies them (also to rows added since).
 */
export function applyDropdowns(tables: SheetTables, dropdowns: readonly Dropdown[] = DROPDOWNS): number {
  let applied = 0;
  for (const d of dropdowns) {
    const sheet = tables.sheetOf(d.tab);
    if (!sheet) continue;
    const width = sheet.getLastColumn();
    if (width === 0) continue;
    const headers = sheet
      .getRange(1, 1, 1, width)
      .getValues()[0]
      .map((h) => String(h).trim());
    const column = headers.indexOf(d.column) + 1;
    const rows = sheet.getMaxRows() - 1;
    if (column < 1 || rows < 1) continue;
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList([...d.values], true)
      .setAllowInvalid(!d.strict)
      .setHelpText(d.help ?? 'Kies een waarde uit de lijst.')
      .build();
    sheet.getRange(2, column, rows, 1).setDataValidation(rule);
    applied++;
  }
  return applied;
}

export function setupRegister(
  spreadsheet: Spreadsheet,
  tables: SheetTables,
  options: { triggers: boolean },
): RegisterSetupReport {
  return {
    editTriggerCreated: options.triggers && ensureEditTrigger(spreadsheet),
    dailyTriggerCreated: options.triggers && ensureDailyTrigger(),
    dropdowns: applyDropdowns(tables),
    digestWeekday: readRegisterSettings(tables.read(SETTINGS.name)).digestWeekday,
  };
}
