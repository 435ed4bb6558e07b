import * as fs from 'node:fs';
import * as path from 'node:path';
import { reprocessReview } from '../app/reprocessReview';
import { runCycle } from './cycle';
import { REPORT_COMMAND, REPORT_HELP, runReport } from './dashboard/cli';
import { EmlOutbox, OUTBOX_BATCH } from './emlOutbox';
import { formByName, importCsv } from './importCsv';
import { localPorts } from './localPorts';
import { accessCommand, erasureCommand } from './privacy/commands';
import { recordOfflineEdits } from './review/workbookEdits';
import { WorkbookTables } from './workbookTables';

/** What `npm start` prints and accepts; everything a person reads is Dutch. */
export const USAGE = `Gebruik: npm start -- [--workbook BESTAND.xlsx] [--new] [--month JJJJ-MM] [--referrals AANTAL]
       npm start -- import FORMULIER BESTAND.csv [--workbook BESTAND.xlsx] [--new]
       npm start -- review [--workbook BESTAND.xlsx]
       npm start -- inzage DOSSIERNUMMER… [--workbook BESTAND.xlsx]
       npm start -- wissen DOSSIERNUMMER… [--workbook BESTAND.xlsx] [--bevestig]
${REPORT_COMMAND}

  --workbook  het werkboek (standaard out/demo.xlsx, dat gemaakt wordt als het er nog niet is).
              Een ander werkboek moet bestaan, tenzij u er ook --new bij zet.
  --new       maak het werkboek als het nog niet bestaat
  --month     de maand van het demojaar die we naspelen (standaard deze maand)
  --referrals laat zoveel nieuwe doorverwijzingen binnenkomen in plaats van die van het demojaar

  import      leest een CSV-export van Google Forms (Antwoorden > Downloaden) in het werkboek en
              verwerkt de antwoorden zoals het script in Google. FORMULIER is doorverwijzing,
              aanmelding, schenking of veldwerk.
  review      verwerkt de rijen in Te controleren met status "Opnieuw verwerken", en zet
              statuswijzigingen die u in het werkboek maakte in het Logboek.
  inzage      alle gegevens over één persoon (een of meer dossiers) in out/inzage/ als HTML en PDF.
  wissen      toont wat over de persoon gewist wordt; met --bevestig wist het namen, adres, telefoon,
              e-mail en notities overal. De tellingen blijven kloppen.
${REPORT_HELP}

Voor elke bewaring houdt het script het vorige werkboek bij als BESTAND.xlsx.bak.`;

const DEFAULT_WORKBOOK = path.join('out', 'demo.xlsx');

/** A mistake on the command line: the message and the usage are shown, exit code 2. */
export class UsageError extends Error {}

interface Options {
  workbook: string;
  explicitWorkbook: boolean;
  create: boolean;
  month?: Date;
  referrals?: number;
  positional: string[];
}

const VALUE_FLAGS = new Set(['--workbook', '--month', '--referrals']);
const FLAGS = new Set(['--new', '--help', '-h']);

/** Parses the command line strictly: an option the command does not know is an error, never ignored. */
export function parseArgs(argv: readonly string[], allowed: readonly string[]): Options {
  const options: Options = { workbook: DEFAULT_WORKBOOK, explicitWorkbook: false, create: false, positional: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('-')) {
      options.positional.push(arg);
      continue;
    }
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg];
    if (!allowed.includes(flag) || !(VALUE_FLAGS.has(flag) || FLAGS.has(flag))) {
      const close = allowed.find((known) => similar(flag, known));
      throw new UsageError(`Onbekende optie: ${flag}.${close ? ` Bedoelt u ${close}?` : ''}`);
    }
    if (FLAGS.has(flag)) {
      if (flag === '--new') options.create = true;
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || value === '' || value.startsWith('--')) {
      throw new UsageError(`Bij ${flag} hoort een waarde.`);
    }
    if (flag === '--workbook') {
      options.workbook = value;
      options.explicitWorkbook = true;
    } else if (flag === '--month') {
      const m = /^(\d{4})-(\d{2})$/.exec(value);
      if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) {
        throw new UsageError(`"${value}" is geen maand. Schrijf bijvoorbeeld 2026-11.`);
      }
      options.month = new Date(Number(m[1]), Number(m[2]) - 1, 1);
    } else if (flag === '--referrals') {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0) throw new UsageError(`"${value}" is geen aantal.`);
      options.referrals = n;
    }
  }
  return options;
}

/** Two option names one typo apart ("--wokbook" and "--workbook"). */
function similar(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2) return false;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return d[a.length][b.length] <= 2;
}

/**
 * Before any work: the workbook must exist (unless it is the default demo workbook or --new says to make it),
 * be a file, and not be read-only.
 */
export function checkWorkbookPath(options: Options): void {
  const file = options.workbook;
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(file);
  } catch {
    stat = undefined;
  }
  if (!stat) {
    if (options.explicitWorkbook && !options.create) {
      throw new UsageError(
        `Het werkboek "${file}" bestaat niet. Controleer de naam en de map. Wilt u een nieuw werkboek beginnen? Zet er dan --new bij.`,
      );
    }
    return;
  }
  if (stat.isDirectory()) {
    throw new UsageError(
      `"${file}" is een map, geen werkboek. Geef een Excel-bestand op, bijvoorbeeld --workbook ${path.join(file, 'demo.xlsx')}.`,
    );
  }
  if (path.extname(file).toLowerCase() !== '.xlsx') {
    throw new UsageError(`"${file}" is geen .xlsx-bestand. Geef een Excel-werkmap (.xlsx) op met --workbook.`);
  }
  WorkbookTables.checkWritable(file);
}

function outboxFor(workbook: string, clock: { now(): Date }): EmlOutbox {
  return new EmlOutbox({
    dir: path.join(path.dirname(workbook), 'outbox'),
    from: 'projectmedewerker@dekring.example',
    clock,
    quota: 1500,
  });
}

/** Saves the workbook and writes its e-mails, write-ahead (see `EmlOutbox.prepare`). */
async function saveWithMails(tables: WorkbookTables, outbox: EmlOutbox, workbook: string): Promise<string[]> {
  fs.mkdirSync(path.dirname(workbook), { recursive: true });
  const batch = await outbox.prepare();
  if (batch) tables.properties.set(OUTBOX_BATCH, batch);
  await tables.save(workbook);
  return outbox.deliver(batch);
}

async function runImport(argv: readonly string[]): Promise<void> {
  const options = parseArgs(argv, ['--workbook', '--new']);
  const [formName, file, ...extra] = options.positional;
  if (!formName || !file) throw new UsageError('Bij import horen een formulier en een CSV-bestand.');
  if (extra.length > 0) throw new UsageError(`Onbekend argument: ${extra.join(' ')}`);
  const form = formByName(formName);
  if (!form) {
    throw new UsageError(`"${formName}" is geen formulier. Kies doorverwijzing, aanmelding, schenking of veldwerk.`);
  }
  if (!fs.existsSync(file)) throw new UsageError(`Het bestand "${file}" bestaat niet. Controleer de naam en de map.`);
  if (fs.statSync(file).isDirectory()) throw new UsageError(`"${file}" is een map. Geef het CSV-bestand zelf op.`);
  checkWorkbookPath(options);
  const tables = await WorkbookTables.load(options.workbook);
  const clock = { now: () => new Date() };
  const outbox = outboxFor(options.workbook, clock);
  const recovered = await outbox.recover(tables.properties.get(OUTBOX_BATCH));
  const ports = localPorts(tables, outbox, clock);
  const report = importCsv(tables, ports, form, file);
  const mails = [...recovered, ...(await saveWithMails(tables, outbox, options.workbook))];
  const o = report.intake.outcomes;
  console.log(`${report.form}: ${report.rows} rijen gelezen (tekens: ${report.encoding}, gescheiden door ${report.delimiter}).
  nieuw in het werkboek: ${report.added}
  stonden er al:         ${report.alreadyThere}
  dubbel in het bestand: ${report.duplicatesInFile} (één keer ingelezen)
  nieuw verwerkt:        ${(o.registered ?? 0) + (o.recorded ?? 0)}
  naar Te controleren:   ${(o.review ?? 0) + report.unreadable + report.truncated} (onleesbaar tijdstip: ${report.unreadable}, te lang antwoord: ${report.truncated})
  e-mails geschreven:    ${mails.length}
${report.warnings.map((w) => `  let op: ${w}`).join('\n')}
Geschreven: ${options.workbook}${backupNote(options.workbook)}`);
}

function backupNote(workbook: string): string {
  return fs.existsSync(`${workbook}.bak`) ? ` (vorige versie: ${workbook}.bak)` : '';
}

async function runReview(argv: readonly string[]): Promise<void> {
  const options = parseArgs(argv, ['--workbook']);
  if (options.positional.length > 0) throw new UsageError(`Onbekend argument: ${options.positional.join(' ')}`);
  checkWorkbookPath({ ...options, explicitWorkbook: true });
  const tables = await WorkbookTables.load(options.workbook);
  const clock = { now: () => new Date() };
  const outbox = outboxFor(options.workbook, clock);
  const recovered = await outbox.recover(tables.properties.get(OUTBOX_BATCH));
  const ports = localPorts(tables, outbox, clock);
  const edits = recordOfflineEdits(ports);
  const review = reprocessReview(ports);
  const mails = [...recovered, ...(await saveWithMails(tables, outbox, options.workbook))];
  console.log(`Te controleren: ${review.done} verwerkt, ${review.stillOpen} nog niet in orde (reden aangepast), ${review.skipped} overgeslagen.
Statuswijzigingen uit het werkboek in het Logboek: ${edits.rows}.
E-mails geschreven: ${mails.length}.
Geschreven: ${options.workbook}${backupNote(options.workbook)}`);
}

async function runMonth(argv: readonly string[]): Promise<void> {
  const options = parseArgs(argv, ['--workbook', '--new', '--month', '--referrals', '--help', '-h']);
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return;
  }
  if (options.positional.length > 0) {
    throw new UsageError(
      `Onbekend argument: ${options.positional.join(' ')}. Bedoelt u "import", "review", "inzage", "wissen" of "rapport"?`,
    );
  }
  checkWorkbookPath(options);
  const today = new Date();
  const month = options.month ?? new Date(today.getFullYear(), today.getMonth(), 1);
  const started = Date.now();
  console.log(`Demojaar ${month.getFullYear()}, maand ${month.getMonth() + 1}: werkboek ${options.workbook}`);
  const report = await runCycle({
    workbook: options.workbook,
    outbox: path.join(path.dirname(options.workbook), 'outbox'),
    month,
    referrals: options.referrals,
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

Geschreven${fs.existsSync(`${options.workbook}.bak`) ? ` (het vorige werkboek staat in ${options.workbook}.bak)` : ''}:
${report.files.map((f) => `  ${f.path}  (${f.what})`).join('\n')}`);
}

/** inzage / wissen: the privacy requests, through the same use cases as the menu in Google. */
async function runPrivacy(command: typeof accessCommand, argv: readonly string[]): Promise<void> {
  const result = await command(argv);
  console.log([...result.lines, ...result.files.map((f) => `Geschreven: ${f}`)].join('\n'));
  if (result.status !== 0) process.exitCode = result.status;
}

/** rapport: any period's report as HTML and PDF, from the same engine as the monthly dashboard. */
async function runRapport(argv: readonly string[]): Promise<void> {
  const options = parseArgs(argv, ['--workbook']);
  if (!fs.existsSync(options.workbook)) {
    throw new UsageError(`Het werkboek "${options.workbook}" bestaat niet. Maak het eerst met "npm start".`);
  }
  checkWorkbookPath(options);
  console.log(
    await runReport(options.positional, options.workbook, (message) => {
      throw new UsageError(message);
    }),
  );
}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  if (command === 'import') return runImport(rest);
  if (command === 'review') return runReview(rest);
  if (command === 'inzage') return runPrivacy(accessCommand, rest);
  if (command === 'wissen') return runPrivacy(erasureCommand, rest);
  if (command === 'rapport') return runRapport(rest);
  return runMonth(process.argv.slice(2));
}

/**
 * Every error ends as a Dutch message that says what to do. An error the script did not expect is written
 * with its technical details to `fout.log` next to the workbook, for whoever maintains the script.
 */
main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (error instanceof Error && error.name === 'WorkbookProblem') {
    console.error(error.message);
    process.exit(1);
  }
  const message = error instanceof Error ? error.message : String(error);
  // The script's own errors are Dutch and say what to do; system errors (with a code) and programming errors
  // (TypeError, …) are technical and go to the log file.
  const technical =
    !(error instanceof Error) ||
    typeof (error as NodeJS.ErrnoException).code === 'string' ||
    ['TypeError', 'RangeError', 'ReferenceError', 'SyntaxError'].includes(error.name);
  if (!technical) {
    console.error(`Er ging iets mis: ${message}`);
    process.exit(1);
  }
  const log = path.join('out', 'fout.log');
  try {
    fs.mkdirSync(path.dirname(log), { recursive: true });
    fs.appendFileSync(
      log,
      `${new Date().toISOString()} ${error instanceof Error ? (error.stack ?? message) : message}\n`,
    );
  } catch {
    // No log then; the message below still says what to do.
  }
  console.error(
    `Er ging iets mis dat het script niet verwachtte. Het werkboek is niet veranderd (de vorige versie blijft staan). Probeer opnieuw; lukt het weer niet, stuur dan het bestand ${log} naar wie het script beheert.`,
  );
  process.exit(1);
});
