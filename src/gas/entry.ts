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
import { readEvent } from './events';
import type { DriftReport } from './formDrift';
import { driftMessage, reconcileText, reprocessText, runDriftCheck, runReconcile, runReprocess } from './intakeActions';
import { continueLetters, menuCheckLetters, menuMakeLetters } from './letters/handlers';
import { menuMailMatrixPdf, menuRefreshMatrix } from './matrix/handlers';
import { buildMenu } from './menu';
import { menuAccessRequest, menuErasureRequest, menuRetentionNow, retentionExecution } from './privacy/handlers';
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
import { stopTriggers } from './stopTriggers';
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

/**
 * Installable form-submit trigger (spreadsheet or form shape). An event it cannot read is logged with the
 * reason (never the answers); its row stays in the response tab, and *Formulieren controleren* names a tab
 * that receives answers from a form the script does not know.
 */
export function handleFormSubmit(e: unknown): IntakeOutcome | null {
  const ports = gasPorts();
  const reading = readEvent(e, ports.properties);
  if (reading.kind !== 'submission') {
    ports.audit.log('intake.ignored-event', { reason: reading.reason, ...reading.detail });
    return null;
  }
  return processSubmission(ports, reading.submission);
}

/** Menu item: removes this account's triggers (to hand the automatic processing over to someone else). */
export function stopAutomaticProcessing(): string {
  const text = stopTriggers(gasPorts());
  tellWorker(text);
  return text;
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

// ---- Outreach matrix (issue 10) ----
export const refreshOutreachMatrix = menuRefreshMatrix;
export const mailOutreachMatrixPdf = menuMailMatrixPdf;
// ---- Letters (issue 11) ----

/** Menu: makes the batches asked for in Brieven (one PDF per batch, or personal e-mails). */
export const makeLettersFromMenu = menuMakeLetters;
/** The letters' one continuation trigger (out of time, or the e-mail quota of the day is used up). */
export const lettersContinue = continueLetters;
/** Menu: the clear-language check of every letter. */
export const checkLetterTemplates = menuCheckLetters;
// ---- Privacy and errors (issue 13) ----

/** Wraps every global (scripts/build.mjs): errors are logged without names, mailed once a day, and rethrown. */
export { guard as __guard } from './errors/guard';
/** Menu: everything on one person in one Google Doc (inzage). */
export const privacyAccessRequest = () => menuAccessRequest();
/** Menu: erase one person after the worker confirms (wissen). */
export const privacyErasureRequest = menuErasureRequest;
/** Menu: apply the retention period now. */
export const privacyRetentionNow = menuRetentionNow;
/** Time-driven trigger, monthly: the retention job. */
export const privacyRetentionMonthly = () => retentionExecution(false);
/** The one continuation trigger of the retention job. */
export const privacyRetentionContinue = () => retentionExecution(true);
// ---- Dashboard and project-group summary (issue 12) ----

/** Time-driven trigger, daily: Dashboard tab; on the report's working day last month's snapshot and summary. */
export const dashboardDaily = runDashboardDaily;
export const refreshDashboardFromMenu = menuRefreshDashboard;
export const previewMonthlySummary = menuPreviewSummary;
export const sendMonthlySummary = menuSendSummary;
export const mailQuarterReport = menuQuarterReport;
export const mailYearReport = menuYearReport;
export const addScanFromMenu = menuAddScan;
