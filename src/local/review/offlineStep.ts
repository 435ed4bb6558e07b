import { reprocessReview } from '../../app/reprocessReview';
import type { CycleStep } from '../steps';
import { recordOfflineEdits } from './workbookEdits';

export const OFFLINE_STEP = 'Wijzigingen in het werkboek en Te controleren';

/**
 * What the worker did in the workbook since the last run: status changes are logged as the edit trigger
 * logs them, and rows in Te controleren she marked "Opnieuw verwerken" are taken in (the menu's
 * "gecorrigeerde rijen verwerken", `reprocessReview`).
 */
export const offlineStep: CycleStep = {
  name: OFFLINE_STEP,
  run(ctx) {
    const edits = recordOfflineEdits(ctx.ports);
    const review = reprocessReview(ctx.ports);
    ctx.results[OFFLINE_STEP] = {
      'statuswijzigingen in het werkboek': edits.rows,
      'Te controleren verwerkt': review.done,
      'Te controleren nog open': review.stillOpen,
    };
    if (edits.rows > 0) ctx.say(`  ${edits.rows} statuswijzigingen uit het werkboek in het Logboek gezet`);
    if (review.done + review.stillOpen > 0) {
      ctx.say(`  Te controleren: ${review.done} verwerkt, ${review.stillOpen} nog niet in orde`);
    }
  },
};
