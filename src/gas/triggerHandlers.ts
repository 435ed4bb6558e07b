/**
 * Every global function that a trigger calls (besides the menu items in menu.ts). The bundle's artifact test checks
 * that each global function is a menu item, one of these, or ends in `_` (private to google.script.run); a feature
 * that installs a trigger adds its handler here, one line.
 */
export const TRIGGER_HANDLERS: readonly string[] = [
  'onOpen',
  'handleFormSubmit',
  'reconcileResponses',
  'reconcileContinue',
  'handleEdit',
  'dailyRun',
  'privacyRetentionMonthly',
  'privacyRetentionContinue',
  'lettersContinue',
  'dashboardDaily',
];
