import * as fs from 'node:fs';
import * as path from 'node:path';
import { readMatrixInput, refreshMatrix } from '../../app/matrix/refreshMatrix';
import { matrixDropdowns, setupMatrix } from '../../app/matrix/setupMatrix';
import { dayOf } from '../../domain/matrix/calendar';
import { computeMatrix } from '../../domain/matrix/compute';
import { renderMatrixHtml } from '../../domain/matrix/html';
import { readMatrixSettings } from '../../domain/matrix/settings';
import { MATRIX_TAB } from '../../domain/matrix/tabs';
import { DROPDOWNS } from '../../domain/register/dropdowns';
import { SETTINGS } from '../../domain/tabs';
import type { CycleStep } from '../steps';
import { addDemoPlanning, completeDemoGroups, noteDemoTargetGroups } from './demo';
import { renderMatrixPdf } from './pdf';

const STEP = 'Outreachmatrix maken';

/**
 * The outreach matrix in the local cycle: Doelgroepen and Planning as setup makes them, completed with the demo
 * year's plan from this month on; then the same use case as the menu in Google (the Planning follows the month's
 * field notes, the Matrix tab is rewritten), and the printable matrix as out/matrix.html and out/matrix.pdf.
 */
export const matrixStep: CycleStep = {
  name: STEP,
  async run(ctx) {
    setupMatrix(ctx.tables);
    const groups = completeDemoGroups(ctx.tables);
    const planned = addDemoPlanning(ctx.tables, ctx.month.getFullYear(), ctx.month.getMonth(), ctx.seed);
    ctx.tables.setDropdowns([...DROPDOWNS, ...matrixDropdowns(ctx.tables)]);
    const noted = noteDemoTargetGroups(
      ctx.tables,
      computeMatrix(
        readMatrixInput(ctx.tables),
        dayOf(ctx.clock.now()),
        readMatrixSettings(ctx.tables.read(SETTINGS.name)),
      ),
      ctx.seed,
    );
    const { report } = refreshMatrix(ctx.ports, {
      write: (grid) => ctx.tables.writeGrid(MATRIX_TAB, grid.rows, grid.frozenRows),
    });
    fs.mkdirSync(ctx.outDir, { recursive: true });
    const html = path.join(ctx.outDir, 'matrix.html');
    fs.writeFileSync(html, renderMatrixHtml(report));
    const pdf = path.join(ctx.outDir, 'matrix.pdf');
    fs.writeFileSync(pdf, await renderMatrixPdf(report));
    ctx.results[STEP] = {
      acties: report.actions.length,
      doelgroepen: report.groups.length,
      'nieuwe planningsrijen': planned,
      'doelgroepen aangevuld': groups,
      'doelgroep genoteerd bij gezinnen': noted,
      'planning bijgewerkt': report.planningUpdates.length,
      signalen: report.signals.length,
    };
    ctx.say(
      `  ${report.actions.length} acties × ${report.groups.length} doelgroepen, ${report.signals.length} signalen`,
    );
    ctx.wrote(html, 'de outreachmatrix om te bekijken en af te drukken (A4 liggend)');
    ctx.wrote(pdf, 'de outreachmatrix als pdf');
  },
};
