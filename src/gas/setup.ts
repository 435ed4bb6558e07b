import { setupWorkbook } from '../app/setupWorkbook';
import { FORMS } from '../domain/forms/registry';
import { ensureDashboardTrigger } from './dashboard/handlers';
import { ensureForm, type FormSetupResult } from './formBuilder';
import type { DriftReport } from './formDrift';
import { RECONCILE_HANDLER, runDriftCheck } from './intakeActions';
import { ensureHourlyTrigger } from './intakeTriggers';
import { setupLetters } from './letters/handlers';
import type { TemplateSetupReport } from './letters/templateDocs';
import { type MatrixSetupReport, setupMatrixSheet } from './matrix/handlers';
import { type PrivacySetupReport, setupPrivacy } from './privacy/setup';
import { type RegisterSetupReport, setupRegister } from './register/setup';
import { ensureReviewStatusList } from './reviewStatusList';
import type { GasPorts } from './services';
import { ensureFormSubmitTrigger } from './triggers';

export const SUBMIT_HANDLER = 'handleFormSubmit';
/** Script property: the account whose triggers run the automatic processing (and who owns the forms). */
export const SETUP_OWNER = 'setup.owner';

export interface SetupReport {
  tabsCreated: string[];
  forms: FormSetupResult[];
  triggerCreated: boolean;
  register: RegisterSetupReport;
  matrix: MatrixSetupReport;
  reconcileTriggerCreated: boolean;
  /** The daily dashboard trigger (issue 12). */
  dashboardTriggerCreated: boolean;
  /** What differs between the live forms and their definitions (empty lists when nothing). */
  drift: DriftReport[];
  /** The letter templates as Google Docs (issue 11); not made when another account owns the setup. */
  letters?: TemplateSetupReport;
  /** The spreadsheet's time zone was changed to the script's. */
  timeZone?: { from: string; to: string };
  /** Set when another account installed the triggers and forms: this run changed only tabs and dropdowns. */
  otherOwner?: string;
  /** Protections of Audit and Logboek, sharing warnings (issue 13). */
  privacy?: PrivacySetupReport;
}

/** The account running this execution ('' when Google does not tell). */
export function currentAccount(): string {
  try {
    return Session.getEffectiveUser().getEmail() || '';
  } catch {
    return '';
  }
}

/** Dates in cells and in the script mean the same day only when both use the script's zone. */
function alignTimeZone(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): SetupReport['timeZone'] {
  const script = Session.getScriptTimeZone();
  const sheet = spreadsheet.getSpreadsheetTimeZone();
  if (sheet === script) return undefined;
  spreadsheet.setSpreadsheetTimeZone(script);
  return { from: sheet, to: script };
}

/**
 * Tabs, then the forms (their choices come from tabs), then the triggers. Idempotent. Triggers belong to the
 * account that creates them and only that account sees them: when someone else runs setup, it changes the
 * tabs and dropdowns only, and says whose triggers are active (no second set, no second set of forms).
 */
export function runSetup(ports: GasPorts): SetupReport {
  const spreadsheet = SpreadsheetApp.getActive();
  const timeZone = alignTimeZone(spreadsheet);
  const workbook = setupWorkbook(ports.tables);
  ensureReviewStatusList(ports.sheets);
  const me = currentAccount();
  const owner = ports.properties.get(SETUP_OWNER);
  if (owner && me !== owner) {
    const register = setupRegister(spreadsheet, ports.sheets, { triggers: false });
    const matrix = setupMatrixSheet(ports);
    ports.audit.log('setup.other-account', { tabsCreated: workbook.tabsCreated.length });
    return {
      tabsCreated: workbook.tabsCreated,
      forms: [],
      triggerCreated: false,
      reconcileTriggerCreated: false,
      dashboardTriggerCreated: false,
      drift: [],
      register,
      matrix,
      timeZone,
      otherOwner: owner,
    };
  }
  if (!owner && me) ports.properties.set(SETUP_OWNER, me);
  const forms = FORMS.map((def) => ensureForm(def, spreadsheet, ports.tables, ports.properties, ports.tabIds));
  const triggerCreated = ensureFormSubmitTrigger(SUBMIT_HANDLER, spreadsheet);
  const register = setupRegister(spreadsheet, ports.sheets, { triggers: true });
  const matrix = setupMatrixSheet(ports);
  const reconcileTriggerCreated = ensureHourlyTrigger(RECONCILE_HANDLER);
  const dashboardTriggerCreated = ensureDashboardTrigger();
  const drift = runDriftCheck(ports);
  const letters = setupLetters(ports);
  const privacy = setupPrivacy(spreadsheet, ports.sheets);
  ports.audit.log('setup', { tabsCreated: workbook.tabsCreated.length, triggerCreated, reconcileTriggerCreated });
  return {
    tabsCreated: workbook.tabsCreated,
    forms,
    triggerCreated,
    reconcileTriggerCreated,
    dashboardTriggerCreated,
    drift,
    register,
    matrix,
    timeZone,
    letters,
    privacy,
  };
}
