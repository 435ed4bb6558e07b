/**
 * What one Apps Script service call costs, in milliseconds: the model behind "projected seconds".
 * See docs/bench.md for where these numbers come from. They are assumptions, kept in one place, and
 * deliberately on the slow side of what is reported for a consumer account.
 */
export const COST_MS: Record<string, number> = {
  // Spreadsheet round trips (read or write data, or force pending writes).
  'Range.getValues': 60,
  'Range.getValue': 40,
  'Range.setValues': 80,
  'Range.setValue': 60,
  'Sheet.appendRow': 100,
  'SpreadsheetApp.flush': 100,
  // Metadata and object look-ups: cheaper, but still a call into the service.
  'Sheet.getLastRow': 20,
  'Sheet.getLastColumn': 20,
  'Sheet.getDataRange': 20,
  'Spreadsheet.getSheetByName': 20,
  'Sheet.getRange': 5,
  'SpreadsheetApp.getActive': 20,
  'SpreadsheetApp.getActiveSpreadsheet': 20,
  'Range.getSheet': 5,
  'Sheet.getName': 5,
  'Range.getRow': 5,
  // Other services.
  'MailApp.sendEmail': 300,
  'MailApp.getRemainingDailyQuota': 30,
  'LockService.getScriptLock': 10,
  'Lock.tryLock': 30,
  'Lock.waitLock': 30,
  'Lock.releaseLock': 10,
  'PropertiesService.getScriptProperties': 10,
  'Properties.getProperty': 30,
  'Properties.setProperty': 40,
  'console.log': 1,
  // Docs and Drive (letters). Opening, saving and converting a Doc are server round trips with real work;
  // editing an open Doc works on the script's copy and is cheap until it is saved. Assumptions, like the rest.
  'DocumentApp.create': 1500,
  'DocumentApp.openById': 800,
  'Document.saveAndClose': 1000,
  'File.getAs': 3000,
  'Document.getAs': 3000,
  'File.makeCopy': 1500,
  'Folder.createFile': 800,
  'DriveApp.createFile': 800,
  'DriveApp.createFolder': 800,
  'DriveApp.getFileById': 300,
  'DriveApp.getFolderById': 300,
  'File.moveTo': 500,
  'File.setTrashed': 300,
  'Body.appendTable': 10,
  'Body.appendPageBreak': 5,
  'Body.appendParagraph': 5,
  'Body.appendListItem': 5,
  'Body.replaceText': 20,
  'Body.getChild': 2,
  'Table.copy': 5,
  'Table.replaceText': 10,
  'Paragraph.copy': 2,
  'ListItem.copy': 2,
  'Paragraph.getText': 2,
  'Paragraph.getType': 2,
  'Paragraph.getHeading': 2,
  'ListItem.getText': 2,
  'ListItem.getType': 2,
  'ListItem.getHeading': 2,
};

/** Any call not listed above. */
export const DEFAULT_COST_MS = 20;

/** Transferring data: per cell read by getValues, per cell written by setValues (large ranges are not free). */
export const PER_CELL_READ_MS = 0.002;
export const PER_CELL_WRITE_MS = 0.02;

/** Starting an execution (trigger dispatch, loading the script). */
export const EXECUTION_OVERHEAD_MS = 1000;

export function projectedSeconds(byMethod: Record<string, number>, cellsRead: number, cellsWritten: number): number {
  let ms = EXECUTION_OVERHEAD_MS + cellsRead * PER_CELL_READ_MS + cellsWritten * PER_CELL_WRITE_MS;
  for (const [method, count] of Object.entries(byMethod)) ms += count * (COST_MS[method] ?? DEFAULT_COST_MS);
  return ms / 1000;
}
