/**
 * The only file Apps Script sees through globals: every export becomes a top-level function in
 * build/gas/Code.js (see scripts/build.mjs). Nothing here runs at load time.
 */
import { processSubmission } from '../app/processSubmission';
import type { IntakeOutcome } from '../app/submission';
import {
  menuAddScan,
  menuPreviewSummary,
  menuQuarterReport,
  menuRefreshDashboard,
  menuSendSummary,
  menuYearReport,
  runDashboardDaily,
} from './dashboard/handlers';
import { submissionFromEvent } from './events';
import type { DriftReport } from './formDrift';
import { driftMessage, reconcileText, reprocessText, runDriftCheck, runReconcile, runReprocess } from './intakeActions';
import { buildMenu } from './menu';
import {
  menuAddOnward,
  menuAddSupport,
  menuComputeReach,
  menuDevicesFromDonations,
  menuRefreshFollowUp,
  menuSendDigest,
  onRegisterEdit,
  runDaily,
} from './register/handlers';
import { gasPorts } from './services';
import { runSetup, type SetupReport } from './setup';
import { setupSummary, tellWorker } from './ui';

/** Simple trigger: adds the Digi.Taal menu. */
export function onOpen(): void {
  buildMenu();
}

/** Menu item and first-run action: tabs, forms, trigger. Idempotent. */
export function setup(): SetupReport {
  const report = runSetup(gasPorts());
  tellWorker(setupSummary(report));
  return report;
}

/** Installable form-submit trigger (spreadsheet or form shape). */
export function handleFormSubmit(e: unknown): IntakeOutcome | null {
  const ports = gasPorts();
  const submission = submissionFromEvent(e, ports.properties);
  if (!submission) {
    ports.audit.log('intake.ignored-event');
    return null;
  }
  return processSubmission(ports, submission);
}

/** Menu item and hourly trigger: takes in every response row that has no register row yet. */
export function reconcileResponses(): string {
  const ports = gasPorts();
  const text = reconcileText(runReconcile(ports, false));
  tellWorker(text);
  return text;
}

/** The one continuation trigger of the reconciler (time ran out in the previous run). */
export function reconcileContinue(): string {
  return reconcileText(runReconcile(gasPorts(), true));
}

/** Menu item: takes in the review rows the worker marked "Opnieuw verwerken". */
export function reprocessReviewRows(): string {
  const ports = gasPorts();
  const text = reprocessText(runReprocess(ports));
  tellWorker(text);
  return text;
}

/** Menu item (also run by setup): compares the live Google Forms with their definitions. */
export function checkForms(): DriftReport[] {
  const ports = gasPorts();
  const reports = runDriftCheck(ports);
  tellWorker(driftMessage(reports));
  return reports;
}

// ---- Case register (issue 4) ----

/** Installable edit trigger: Logboek, milestone dates, notes on impossible changes, partner feedback. */
export const handleEdit = onRegisterEdit;
/** Time-driven trigger, daily: Opvolging view, partner catch-up, weekly digest on its weekday. */
export const dailyRun = runDaily;
export const refreshFollowUpView = menuRefreshFollowUp;
export const sendDigestNow = menuSendDigest;
export const createDevicesFromDonations = menuDevicesFromDonations;
export const addSupportSessionFromMenu = menuAddSupport;
export const addOnwardReferralFromMenu = menuAddOnward;
export const computeUniqueReach = menuComputeReach;

// ---- Dashboard and project-group summary (issue 12) ----

/** Time-driven trigger, daily: Dashboard tab; on the report's working day last month's snapshot and summary. */
export const dashboardDaily = runDashboardDaily;
export const refreshDashboardFromMenu = menuRefreshDashboard;
export const previewMonthlySummary = menuPreviewSummary;
export const sendMonthlySummary = menuSendSummary;
export const mailQuarterReport = menuQuarterReport;
export const mailYearReport = menuYearReport;
export const addScanFromMenu = menuAddScan;
