type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Installs the spreadsheet's form-submit trigger for `handler` unless one exists. One trigger serves every
 * form linked to this spreadsheet, so the 20-triggers-per-script limit is never approached.
 */
export function ensureFormSubmitTrigger(handler: string, spreadsheet: Spreadsheet): boolean {
  const exists = ScriptApp.getProjectTriggers().some(
    (t) => t.getHandlerFunction() === handler && t.getEventType() === ScriptApp.EventType.ON_FORM_SUBMIT,
  );
  if (exists) return false;
  ScriptApp.newTrigger(handler).forSpreadsheet(spreadsheet).onFormSubmit().create();
  return true;
}
