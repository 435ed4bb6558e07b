import { RETENTION_BATCH_SIZE, RETENTION_MAX_STARTS, runRetention } from '../../app/privacy/retentionJob';
import type { CycleStep } from '../steps';

export const RETENTION_STEP = 'Bewaartermijn toepassen';
/** One execution's budget, as in Apps Script; the twin runs the continuations at once. */
const BUDGET_MS = 4.5 * 60_000;
/**
 * Cases per batch in the twin: one pass over every tab per batch, and no lock for anyone else to wait on, so a
 * year-three backlog of thousands of cases takes a few passes instead of hundreds.
 */
const LOCAL_BATCH = 1000;

/**
 * The monthly retention job in the local cycle, through the same use case as the monthly trigger in Google:
 * closed cases past the retention period (Instellingen) are anonymised everywhere, with a row in Audit.
 */
export const retentionStep: CycleStep = {
  name: RETENTION_STEP,
  run(ctx) {
    ctx.ports.properties.set(RETENTION_BATCH_SIZE, String(LOCAL_BATCH));
    let result = runRetention(ctx.ports, BUDGET_MS);
    for (let i = 1; !result.complete && !result.busy && i < RETENTION_MAX_STARTS; i++)
      result = runRetention(ctx.ports, BUDGET_MS);
    ctx.results[RETENTION_STEP] = { dossiers: result.cases, 'andere rijen': result.others };
    ctx.say(`  ${result.cases} afgesloten dossiers en ${result.others} andere rijen geanonimiseerd`);
  },
};
