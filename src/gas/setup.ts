import { setupWorkbook } from '../app/setupWorkbook';
import { FORMS } from '../domain/forms/registry';
import type { Ports } from '../ports';
import { ensureDashboardTrigger } from './dashboard/handlers';
import { ensureForm, type FormSetupResult } from './formBuilder';
import type { DriftReport } from './formDrift';
import { RECONCILE_HANDLER, runDriftCheck } from './intakeActions';
import { ensureHourlyTrigger } from './intakeTriggers';
import { type RegisterSetupReport, setupRegister } from './register/setup';
import { ensureReviewStatusList } from './reviewStatusList';
import { ensureFormSubmitTrigger } from './triggers';

export const SUBMIT_HANDLER = 'handleFormSubmit';

export interface SetupReport {
  tabsCreated: string[];
  forms: FormSetupResult[];
  triggerCreated: boolean;
  register: RegisterSetupReport;
  reconcileTriggerCreated: boolean;
  /** The daily dashboard trigger (issue 12). */
  dashboardTriggerCreated: boolean;
  /** What differs between the live forms and their definitions (empty lists when nothing). */
  drift: DriftReport[];
}

/** Tabs, then the forms (their choices come from tabs), then the one form-submit trigger. */
export function runSetup(ports: Ports): SetupReport {
  const spreadsheet = SpreadsheetApp.getActive();
  const workbook = setupWorkbook(ports.tables);
  ensureReviewStatusList(spreadsheet, ports.tables);
  const forms = FORMS.map((def) => ensureForm(def, spreadsheet, ports.tables, ports.properties));
  const triggerCreated = ensureFormSubmitTrigger(SUBMIT_HANDLER, spreadsheet);
  const register = setupRegister(spreadsheet, ports.tables);
  const reconcileTriggerCreated = ensureHourlyTrigger(RECONCILE_HANDLER);
  const dashboardTriggerCreated = ensureDashboardTrigger();
  const drift = runDriftCheck(ports);
  ports.audit.log('setup', { tabsCreated: workbook.tabsCreated.length, triggerCreated, reconcileTriggerCreated });
  return {
    tabsCreated: workbook.tabsCreated,
    forms,
    triggerCreated,
    reconcileTriggerCreated,
    dashboardTriggerCreated,
    drift,
    register,
  };
}
