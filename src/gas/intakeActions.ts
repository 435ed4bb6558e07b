import { type ReconcileResult, reconcile } from '../app/reconcile';
import { type ReprocessResult, reprocessReview } from '../app/reprocessReview';
import type { Ports } from '../ports';
import { checkAllForms, type DriftReport, driftMessage } from './formDrift';
import { clearContinuation, scheduleContinuation } from './intakeTriggers';

/** Global function names of the intake actions (menu items and triggers). */
export const RECONCILE_HANDLER = 'reconcileResponses';
export const RECONCILE_CONTINUATION = 'reconcileContinue';

/** Time one reconciler run may take: well inside the 6 minutes of an execution. */
export const RECONCILE_BUDGET_MS = 4.5 * 60_000;
/** When the continuation runs after a run that ran out of time. */
export const CONTINUATION_DELAY_MS = 60_000;

/** The reconciler: on the hourly trigger, from the menu, or as its own continuation. */
export function runReconcile(ports: Ports, continuation: boolean): ReconcileResult {
  if (continuation) clearContinuation(RECONCILE_CONTINUATION);
  const result = reconcile(ports, RECONCILE_BUDGET_MS);
  if (!result.complete) scheduleContinuation(RECONCILE_CONTINUATION, CONTINUATION_DELAY_MS);
  return result;
}

export function reconcileText(result: ReconcileResult): string {
  const o = result.outcomes;
  const lines = [
    `${result.scanned} antwoorden bekeken.`,
    `Nieuw verwerkt: ${(o.registered ?? 0) + (o.recorded ?? 0)}. Naar Te controleren: ${o.review ?? 0}.`,
  ];
  if (result.mailsSent > 0) lines.push(`E-mails die moesten wachten en nu verstuurd zijn: ${result.mailsSent}.`);
  for (const u of result.unreadable) {
    const rows = u.rows.slice(0, 10).join(', ') + (u.rows.length > 10 ? ', …' : '');
    lines.push(
      `${u.form}: ${u.rows.length} rij(en) zonder leesbaar tijdstip (rij ${rows}). Vul het tijdstip in of verwijder de rij.`,
    );
  }
  if (!result.complete) lines.push('Nog niet klaar: het script gaat over een minuut verder.');
  return lines.join('\n');
}

export function reprocessText(result: ReprocessResult): string {
  return (
    `Verwerkt: ${result.done}. Nog te controleren: ${result.stillOpen}.` +
    (result.skipped > 0 ? ` Niet gelukt (probeer later opnieuw): ${result.skipped}.` : '')
  );
}

export function runReprocess(ports: Ports): ReprocessResult {
  return reprocessReview(ports);
}

export function runDriftCheck(ports: Ports): DriftReport[] {
  const reports = checkAllForms(ports.tables, ports.properties);
  for (const report of reports) ports.audit.log('forms.drift', { form: report.form, changes: report.changes.length });
  return reports;
}

export { driftMessage };
