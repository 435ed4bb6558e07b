import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildAccess, eraseConfirmed, openCases, recordAccess, searchPerson } from '../../app/privacy/requests';
import { setupWorkbook } from '../../app/setupWorkbook';
import { documentHtml } from '../../domain/privacy/document';
import { PRIVACY_TEXTS } from '../../domain/privacy/texts';
import { DROPDOWNS } from '../../domain/register/dropdowns';
import type { Clock } from '../../ports';
import { EmlOutbox } from '../emlOutbox';
import { localPorts } from '../localPorts';
import { WorkbookTables } from '../workbookTables';
import { documentPdf } from './pdf';

/**
 * The privacy requests in the local twin, through the same use cases as the menu in Google:
 *   npm start -- inzage DT-2026-0001 [DT-…] [--workbook out/demo.xlsx]   → out/inzage/*.html and *.pdf
 *   npm start -- wissen DT-2026-0001 [--workbook out/demo.xlsx] [--bevestig]
 * Without --bevestig, wissen only shows what would be erased (the confirmation in Google).
 */
export const LOCAL_WHO = 'lokaal (npm start)';

export interface CommandResult {
  /** Dutch lines for the terminal. */
  lines: string[];
  /** Files written. */
  files: string[];
  /** 0 when the request was done, 1 when it was refused or only previewed. */
  status: number;
}

interface Parsed {
  refs: string;
  workbook: string;
  confirm: boolean;
}

/** Dutch dates for the person, in the project's time zone whatever the machine's. */
export function formatBrussels(date: Date): string {
  const parts = new Intl.DateTimeFormat('nl-BE', {
    timeZone: 'Europe/Brussels',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('day')}/${get('month')}/${get('year')} ${get('hour')}:${get('minute')}`;
}

export function parseRequestArgs(argv: readonly string[]): Parsed | string {
  const refs: string[] = [];
  let workbook = path.join('out', 'demo.xlsx');
  let confirm = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--workbook') {
      const value = argv[++i];
      if (!value) return 'Bij --workbook hoort een bestand.';
      workbook = value;
    } else if (a === '--bevestig') confirm = true;
    else if (a.startsWith('--')) return `Onbekende optie: ${a}`;
    else refs.push(a);
  }
  if (refs.length === 0) return PRIVACY_TEXTS.noRefs;
  return { refs: refs.join(','), workbook, confirm };
}

async function open(workbook: string, clock: Clock) {
  if (!fs.existsSync(workbook))
    throw new Error(`Het werkboek "${workbook}" bestaat niet. Maak het eerst met npm start.`);
  const tables = await WorkbookTables.load(workbook);
  setupWorkbook(tables);
  const outbox = new EmlOutbox({
    dir: path.join(path.dirname(workbook), 'outbox'),
    from: 'projectmedewerker@dekring.example',
    clock,
    quota: 1500,
  });
  return { tables, ports: localPorts(tables, outbox, clock) };
}

async function save(tables: WorkbookTables, workbook: string): Promise<void> {
  tables.setDropdowns(DROPDOWNS);
  await tables.save(workbook);
}

export async function accessCommand(
  argv: readonly string[],
  clock: Clock = { now: () => new Date() },
): Promise<CommandResult> {
  const args = parseRequestArgs(argv);
  if (typeof args === 'string') return { lines: [args], files: [], status: 1 };
  const { tables, ports } = await open(args.workbook, clock);
  const access = ports.lock.withLock(30_000, () => buildAccess(ports, args.refs, formatBrussels));
  if (!access.document) return { lines: [access.search.problem], files: [], status: 1 };
  const refs = access.search.footprint.caseRefs;
  const dir = path.join(path.dirname(args.workbook), 'inzage');
  fs.mkdirSync(dir, { recursive: true });
  const now = clock.now();
  const stamp = now.toISOString().slice(0, 10).replace(/-/g, '');
  const base = path.join(dir, `inzage-${refs.join('-')}-${stamp}`);
  fs.writeFileSync(`${base}.html`, documentHtml(access.document));
  fs.writeFileSync(`${base}.pdf`, await documentPdf(access.document, { created: now }));
  recordAccess(ports, refs, LOCAL_WHO, path.basename(`${base}.pdf`));
  await save(tables, args.workbook);
  return {
    lines: [
      `Inzage voor ${refs.join(', ')}: ${access.search.counts.join(', ')}.`,
      'Lees het overzicht na voor u het aan de persoon geeft. In de tab Audit staat dat u het maakte.',
      ...access.search.hints,
    ],
    files: [`${base}.html`, `${base}.pdf`],
    status: 0,
  };
}

export async function erasureCommand(
  argv: readonly string[],
  clock: Clock = { now: () => new Date() },
): Promise<CommandResult> {
  const args = parseRequestArgs(argv);
  if (typeof args === 'string') return { lines: [args], files: [], status: 1 };
  const { tables, ports } = await open(args.workbook, clock);
  const search = ports.lock.withLock(30_000, () => searchPerson(ports, args.refs));
  if (search.problem) return { lines: [search.problem], files: [], status: 1 };
  const open_ = openCases(search);
  if (open_.length > 0) return { lines: [PRIVACY_TEXTS.eraseOpen(open_)], files: [], status: 1 };
  if (!args.confirm) {
    return {
      lines: [
        PRIVACY_TEXTS.erasePreview(search.footprint.caseRefs, search.counts).replace(/\n\nWilt u dit wissen\?$/, ''),
        ...search.hints,
        `Wilt u dit wissen? Typ dan: npm start -- wissen ${search.footprint.caseRefs.join(' ')} --bevestig`,
      ],
      files: [],
      status: 1,
    };
  }
  const outcome = eraseConfirmed(ports, args.refs, LOCAL_WHO);
  if (outcome.kind === 'refused') return { lines: [outcome.message], files: [], status: 1 };
  await save(tables, args.workbook);
  return { lines: [outcome.message, ...search.hints], files: [args.workbook], status: 0 };
}
