import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCycle } from './cycle';
import { REPORT_COMMAND, REPORT_HELP, runReport } from './dashboard/cli';
import { EmlOutbox } from './emlOutbox';
import { formByName, importCsv } from './importCsv';
import { localPorts } from './localPorts';
import { WorkbookTables } from './workbookTables';

/** What `npm start` prints and accepts; everything a person reads is Dutch. */
const USAGE = `Gebruik: npm start -- [--workbook BESTAND.xlsx] [--month JJJJ-MM] [--referrals AANTAL]
       npm start -- import FORMULIER BESTAND.csv [--workbook BESTAND.xlsx]
${REPORT_COMMAND}

  --workbook  het werkboek (standaard out/demo.xlsx; wordt gemaakt als het niet bestaat)
  --month     de maand van het demojaar die we naspelen (standaard deze maand)
  --referrals laat zoveel nieuwe doorverwijzingen binnenkomen in plaats van die van het demojaar

  import      leest een CSV-export van Google Forms (Antwoorden > Downloaden) in het werkboek en
              verwerkt de antwoorden zoals het script in Google. FORMULIER is doorverwijzing,
              aanmelding, schenking of veldwerk.
${REPORT_HELP}`;

interface Args {
  workbook: string;
  month: Date;
  referrals?: number;
}

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

export function parseArgs(argv: readonly string[], today: Date): Args {
  const args: Args = {
    workbook: path.join('out', 'demo.xlsx'),
    month: new Date(today.getFullYear(), today.getMonth(), 1),
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    }
    if (value === undefined) fail(`Bij ${flag} hoort een waarde.`);
    i++;
    if (flag === '--workbook') args.workbook = value;
    else if (flag === '--month') {
      const m = /^(\d{4})-(\d{2})$/.exec(value);
      if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) fail(`"${value}" is geen maand. Schrijf bijvoorbeeld 2026-11.`);
      args.month = new Date(Number(m[1]), Number(m[2]) - 1, 1);
    } else if (flag === '--referrals') {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0) fail(`"${value}" is geen aantal.`);
      args.referrals = n;
    } else fail(`Onbekende optie: ${flag}`);
  }
  return args;
}

async function runImport(argv: readonly string[]): Promise<void> {
  const [formName, file, ...rest] = argv;
  if (!formName || !file) fail('Bij import horen een formulier en een CSV-bestand.');
  const form = formByName(formName);
  if (!form) fail(`"${formName}" is geen formulier. Kies doorverwijzing, aanmelding, schenking of veldwerk.`);
  if (!fs.existsSync(file)) fail(`Het bestand "${file}" bestaat niet.`);
  const workbook = rest[0] === '--workbook' && rest[1] ? rest[1] : path.join('out', 'demo.xlsx');
  const outDir = path.dirname(workbook);
  const tables = await WorkbookTables.load(workbook);
  const clock = { now: () => new Date() };
  const outbox = new EmlOutbox({
    dir: path.join(outDir, 'outbox'),
    from: 'projectmedewerker@dekring.example',
    clock,
    quota: 1500,
  });
  const ports = localPorts(tables, outbox, clock);
  const report = importCsv(tables, ports, form, file);
  fs.mkdirSync(outDir, { recursive: true });
  await tables.save(workbook);
  const mails = await outbox.drain();
  const o = report.intake.outcomes;
  console.log(`${report.form}: ${report.rows} rijen gelezen, ${report.added} nieuw in het werkboek.
  nieuw verwerkt:       ${(o.registered ?? 0) + (o.recorded ?? 0)}
  naar Te controleren:  ${o.review ?? 0}
  e-mails geschreven:   ${mails.length}
${report.warnings.map((w) => `  let op: ${w}`).join('\n')}
Geschreven: ${workbook}`);
}

async function main(): Promise<void> {
  if (process.argv[2] === 'import') return runImport(process.argv.slice(3));
  if (process.argv[2] === 'rapport') {
    console.log(await runReport(process.argv.slice(3), fail));
    return;
  }
  const args = parseArgs(process.argv.slice(2), new Date());
  const outDir = path.dirname(args.workbook);
  const started = Date.now();
  console.log(`Demojaar ${args.month.getFullYear()}, maand ${args.month.getMonth() + 1}: werkboek ${args.workbook}`);
  const report = await runCycle({
    workbook: args.workbook,
    outbox: path.join(outDir, 'outbox'),
    month: args.month,
    referrals: args.referrals,
    progress: (line) => console.log(line),
  });
  const o = report.outcomes;
  console.log(`
Maand ${report.month} verwerkt in ${((Date.now() - started) / 1000).toFixed(1)} s.
  nieuwe tabbladen:     ${report.tabsCreated.length ? report.tabsCreated.join(', ') : 'geen (bestonden al)'}
  nieuwe dossiers:      ${o.registered - report.linked}
  bij bestaand dossier: ${report.linked}
  schenkingen, veldwerk: ${o.recorded}
  naar Te controleren:  ${o.review}
  al eerder verwerkt:   ${o.duplicate}
  e-mails geschreven:   ${report.mails.length}

De maand van de projectmedewerker (zelfde code als de bewerkingstrigger in Google):
  dagen nagespeeld:     ${report.work.daysSimulated}
  statuswijzigingen:    ${report.work.statusChanges} (met opmerking: ${report.work.notes})
  berichten partners:   ${report.work.partnerMails}
  weekoverzichten:      ${report.work.digests}
  ondersteuning:        ${report.work.supportSessions} sessies
  doorverwijzingen:     ${report.work.onwardReferrals} naar aanbod
  toestellen:           ${report.work.devicesCreated} nieuw, ${report.work.deviceSteps} stappen
  deelnames vormingen:  ${report.work.attendance}
  uniek bereik:         ${report.work.reach ? report.work.reach.Totaal : 0} personen

Geschreven:
${report.files.map((f) => `  ${f.path}  (${f.what})`).join('\n')}`);
}

main().catch((error: unknown) => {
  console.error(`Er ging iets mis: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
