import { REVIEW_STATUS } from '../app/reviewQueue';
import { REVIEW } from '../domain/tabs';
import type { SheetTables } from './sheetTables';

/**
 * A dropdown with the review statuses in the Status column of Te controleren, so the worker picks
 * "Opnieuw verwerken" instead of typing it. The column is found by its header (the worker may move it).
 * Other values are allowed with a warning: nothing the worker typed is refused.
 */
export function ensureReviewStatusList(tables: SheetTables): boolean {
  const sheet = tables.sheetOf(REVIEW.name);
  if (!sheet) return false;
  const column = tables.read(REVIEW.name).headers.indexOf('Status') + 1;
  const rows = sheet.getMaxRows() - 1;
  if (column < 1 || rows < 1) return false;
  const rule = SpreadsheetApp.newDataValidation()
    .requireValueInList([REVIEW_STATUS.open, REVIEW_STATUS.redo, REVIEW_STATUS.done], true)
    .setAllowInvalid(true)
    .setHelpText(
      'Kies "Opnieuw verwerken" nadat u de antwoorden verbeterde, en kies dan in het menu Digi.Taal > Te controleren: gecorrigeerde rijen verwerken.',
    )
    .build();
  sheet.getRange(2, column, rows, 1).setDataValidation(rule);
  return true;
}
