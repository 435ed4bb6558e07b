import * as path from 'node:path';
import { readDashboardInputs } from '../../app/dashboard/inputs';
import { build, isFinished, publishPeriod } from '../../app/dashboard/report';
import { parsePeriod } from '../../domain/dashboard/periods';
import { EmlOutbox } from '../emlOutbox';
import { localPorts } from '../localPorts';
import { WorkbookTables } from '../workbookTables';
import { writeReportFiles } from './files';

export const REPORT_COMMAND = '       npm start -- rapport PERIODE [--workbook BESTAND.xlsx]';

export const REPORT_HELP = `  rapport     maakt het rapport over een periode als HTML en pdf in de map van het werkboek:
              een maand (2026-10), een kwartaal (2026-K4) of een projectjaar (projectjaar 2).
              Een voorbije periode wordt vastgelegd en verandert daarna niet meer; een lopende
              periode is een voorlopig rapport.`;

/**
 * `npm start -- rapport PERIODE`: any period's report from the same engine (the yearly report for the funder
 * is `rapport projectjaar 1`). Returns the lines to print (Dutch).
 */
export async function runReport(
  words: readonly string[],
  workbook: string,
  fail: (message: string) => never,
): Promise<string> {
  const tables = await WorkbookTables.load(workbook);
  const inputs = readDashboardInputs(tables);
  const period = parsePeriod(words.join(' '), inputs.projectStart);
  if (!period) fail(`"${words.join(' ')}" is geen periode. Schrijf bijvoorbeeld 2026-10, 2026-K4 of "projectjaar 2".`);
  const clock = { now: () => new Date() };
  const outDir = path.dirname(workbook);
  const ports = localPorts(
    tables,
    new EmlOutbox({ dir: path.join(outDir, 'outbox'), from: 'projectmedewerker@dekring.example', clock }),
    clock,
  );
  const finished = isFinished(period, clock.now());
  const publication = finished
    ? publishPeriod(ports, period, inputs).publication
    : build(inputs, period, clock.now(), true);
  const files = writeReportFiles(outDir, publication);
  if (finished) await tables.save(workbook);
  return [
    `Rapport ${period.label}${finished ? '' : ' (voorlopig: de periode loopt nog)'}:`,
    `  ${files.html}`,
    `  ${files.pdf}`,
  ].join('\n');
}
