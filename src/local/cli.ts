import * as path from 'node:path';
import { runCycle } from './cycle';

/** What `npm start` prints and accepts; everything a person reads is Dutch. */
const USAGE = `Gebruik: npm start -- [--workbook BESTAND.xlsx] [--month JJJJ-MM] [--referrals AANTAL]

  --workbook  het werkboek (standaard out/demo.xlsx; wordt gemaakt als het niet bestaat)
  --month     de maand die we naspelen (standaard deze maand)
  --referrals hoeveel doorverwijzingen we die maand laten binnenkomen (standaard 40)`;

interface Args {
  workbook: string;
  month: Date;
  referrals: number;
}

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

export function parseArgs(argv: readonly string[], today: Date): Args {
  const args: Args = {
    workbook: path.join('out', 'demo.xlsx'),
    month: new Date(today.getFullYear(), today.getMonth(), 1),
    referrals: 40,
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

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), new Date());
  const outDir = path.dirname(args.workbook);
  const started = Date.now();
  const report = await runCycle({
    workbook: args.workbook,
    outbox: path.join(outDir, 'outbox'),
    month: args.month,
    referrals: args.referrals,
    seed: args.month.getFullYear() * 100 + args.month.getMonth() + 1,
    progress: (line) => console.log(line),
  });
  const o = report.outcomes;
  console.log(`
Maand ${report.month} verwerkt in ${((Date.now() - started) / 1000).toFixed(1)} s.
  nieuwe tabbladen:     ${report.tabsCreated.length ? report.tabsCreated.join(', ') : 'geen (bestonden al)'}
  nieuwe dossiers:      ${o.registered}
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
  ${report.workbook}
  ${path.join(outDir, 'outbox')}/ (${report.mails.length} nieuwe .eml-bestanden)`);
}

main().catch((error: unknown) => {
  console.error(`Er ging iets mis: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
