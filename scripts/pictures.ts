import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { type ParsedMail, simpleParser } from 'mailparser';
import { chromium } from 'playwright-core';
import { referralForm } from '../forms/referral';
import type { FormDefinition, Question } from '../forms/types';
import { escapeHtml } from '../src/domain/common/html';
import { CASES, MESSAGES, PARTNERS, REFERRALS, REVIEW, SETTINGS } from '../src/domain/tabs';
import { MENU_ITEMS, MENU_TITLE } from '../src/gas/menu';
import { runCycle } from '../src/local/cycle';
import { WorkbookTables } from '../src/local/workbookTables';
import type { Cell, TableSnapshot } from '../src/ports';

/**
 * `npm run pictures`: the pictures in docs/handleiding.md, rendered from the real outputs of the local twin.
 * It runs the demo cycle for November 2026 on a fresh workbook, draws some tabs as a spreadsheet, the first
 * confirmation e-mail (.eml, read back with mailparser) as a mail program shows it, the referral form from
 * its definition in forms/, and the Digi.Taal menu from src/gas/menu.ts; then Chromium (Debian's
 * /usr/bin/chromium, driven by playwright-core) takes a screenshot of each into docs/img/.
 * Not part of `npm test`: it needs Chromium (`apt-get install -y chromium`).
 */

const OUT = path.resolve('docs/img');
const MONTH = new Date(2026, 10, 1);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const STYLE = `
  body { font-family: 'DejaVu Sans', Arial, sans-serif; margin: 0; background: #fff; color: #202124; font-size: 13px; }
  .sheet { border: 1px solid #c0c0c0; display: inline-block; margin: 12px; }
  .title { background: #f1f3f4; padding: 8px 12px; font-size: 15px; border-bottom: 1px solid #c0c0c0; }
  .title b { color: #188038; }
  .menu { color: #5f6368; margin-left: 18px; font-size: 13px; }
  table.grid { border-collapse: collapse; }
  table.grid td, table.grid th { border: 1px solid #e2e2e2; padding: 3px 6px; white-space: nowrap; max-width: 260px;
    overflow: hidden; text-overflow: ellipsis; vertical-align: top; }
  table.grid th { background: #f8f9fa; color: #5f6368; font-weight: normal; text-align: center; }
  table.grid tr.header td { font-weight: bold; background: #fff; border-bottom: 2px solid #9aa0a6; }
  table.grid td.n { background: #f8f9fa; color: #5f6368; text-align: center; }
  .tabs { background: #f1f3f4; border-top: 1px solid #c0c0c0; padding: 0 8px; display: flex; gap: 2px; }
  .tabs span { padding: 6px 12px; color: #5f6368; }
  .tabs span.on { background: #fff; color: #188038; font-weight: bold; border-bottom: 3px solid #188038; }
  table.grid.wrap td { white-space: pre-line; max-width: 460px; }
`;

function cellText(value: Cell): string {
  if (value instanceof Date) {
    const p = (n: number) => String(n).padStart(2, '0');
    return `${p(value.getDate())}/${p(value.getMonth() + 1)}/${value.getFullYear()} ${p(value.getHours())}:${p(value.getMinutes())}`;
  }
  return value === null ? '' : String(value);
}

function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A tab as Google Sheets shows it: column letters, row numbers, the bold header row, the tab strip. */
function sheetHtml(
  snapshot: TableSnapshot,
  active: string,
  tabNames: readonly string[],
  opts: { columns?: readonly string[]; rows?: number; wrap?: boolean } = {},
): string {
  const headers = opts.columns ?? snapshot.headers;
  const rows = snapshot.rows.slice(0, opts.rows ?? 12);
  const letters = headers.map((h) => columnLetter(snapshot.headers.indexOf(h)));
  const body = rows
    .map(
      (row) =>
        `<tr><td class="n">${row.rowNumber}</td>${headers.map((h) => `<td>${escapeHtml(cellText(row.values[h] ?? ''))}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<!doctype html><meta charset="utf-8"><style>${STYLE}</style>
  <div class="sheet">
    <div class="title"><b>▦</b> Allemaal Digi.Taal <span class="menu">Bestand  Bewerken  Weergeven  Invoegen  Opmaak  Gegevens  Extensies  <u>${escapeHtml(MENU_TITLE)}</u></span></div>
    <table class="grid ${opts.wrap ? 'wrap' : ''}">
      <tr><th></th>${letters.map((l) => `<th>${l}</th>`).join('')}</tr>
      <tr class="header"><td class="n">1</td>${headers.map((h) => `<td>${escapeHtml(h)}</td>`).join('')}</tr>
      ${body}
    </table>
    <div class="tabs">${visibleTabs(tabNames, active)
      .map((t) => `<span class="${t === active ? 'on' : ''}">${escapeHtml(t)}</span>`)
      .join('')}</div>
  </div>`;
}

/** The tab strip shows the first tabs (and the active one), like a narrow window: the rest is "…". */
function visibleTabs(tabNames: readonly string[], active: string): string[] {
  const shown = tabNames.slice(0, 8);
  if (!shown.includes(active)) shown.push(active);
  return tabNames.length > shown.length ? [...shown, '…'] : shown;
}

function menuHtml(): string {
  return `<!doctype html><meta charset="utf-8"><style>${STYLE}
    .shot { display: inline-block; margin: 12px; padding-right: 240px; padding-bottom: ${20 + MENU_ITEMS.length * 36}px; }
    .bar { background: #f1f3f4; padding: 8px 12px; border: 1px solid #c0c0c0; }
    .anchor { position: relative; margin-left: 12px; color: #188038; font-weight: bold; }
    .drop { position: absolute; left: -12px; top: 26px; background: #fff; box-shadow: 0 2px 8px rgba(0,0,0,.3);
      padding: 6px 0; min-width: 280px; color: #202124; font-weight: normal; }
    .drop div { padding: 8px 20px; font-size: 14px; white-space: nowrap; }
    .drop div:first-child { background: #e8f0fe; }
  </style>
  <div class="shot"><div class="bar">Bestand  Bewerken  Weergeven  Invoegen  Opmaak  Gegevens  Extensies  Help
    <span class="anchor">${escapeHtml(MENU_TITLE)}
      <div class="drop">${MENU_ITEMS.map((item) => `<div>${escapeHtml(item.caption)}</div>`).join('')}</div>
    </span></div></div>`;
}

function questionHtml(q: Question): string {
  const star = q.required ? ' <span style="color:#d93025">*</span>' : '';
  const help = q.help ? `<div class="help">${escapeHtml(q.help)}</div>` : '';
  let input = '<div class="line"></div>';
  if (q.kind === 'paragraph') input = '<div class="line" style="height:40px"></div>';
  if (q.kind === 'confirm') input = `<div class="opt">☐ ${escapeHtml(q.statement)}</div>`;
  if (q.kind === 'single' || q.kind === 'multi') {
    const mark = q.kind === 'single' ? '○' : '☐';
    const values = q.choices.kind === 'fixed' ? q.choices.values : ['(lijst uit het tabblad Partners)'];
    input = values.map((v) => `<div class="opt">${mark} ${escapeHtml(v)}</div>`).join('');
  }
  if (q.kind === 'list') input = '<div class="select">Kiezen ▾</div>';
  return `<div class="card"><div class="q">${escapeHtml(q.title)}${star}</div>${help}${input}</div>`;
}

function formHtml(form: FormDefinition, upTo: number): string {
  return `<!doctype html><meta charset="utf-8"><style>
    body { font-family: 'DejaVu Sans', Arial, sans-serif; background: #f0ebf8; margin: 0; padding: 12px; font-size: 14px; color: #202124; }
    .card { background: #fff; border-radius: 8px; padding: 18px 22px; margin: 0 auto 10px; width: 640px; border: 1px solid #dadce0; }
    .head { border-top: 10px solid #188038; }
    h1 { font-size: 26px; font-weight: normal; margin: 0 0 10px; }
    .q { font-size: 15px; margin-bottom: 8px; }
    .help { color: #5f6368; font-size: 12px; margin-bottom: 8px; }
    .line { border-bottom: 1px solid #9aa0a6; width: 50%; height: 22px; }
    .opt { margin: 6px 0; }
    .select { border: 1px solid #dadce0; display: inline-block; padding: 6px 12px; border-radius: 4px; color: #5f6368; }
  </style>
  <div class="shot" style="display:inline-block"><div class="card head"><h1>${escapeHtml(form.title)}</h1><div>${escapeHtml(form.description)}</div>
  <div class="help" style="margin-top:10px; color:#d93025">* Verplichte vraag</div></div>
  ${form.questions.slice(0, upTo).map(questionHtml).join('')}</div>`;
}

function mailHtml(mail: ParsedMail): string {
  const from = mail.from?.text ?? '';
  const to = Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(', ') : (mail.to?.text ?? '');
  return `<!doctype html><meta charset="utf-8"><style>
    body { font-family: 'DejaVu Sans', Arial, sans-serif; margin: 0; padding: 12px; background: #f6f8fc; color: #202124; }
    .mail { background: #fff; width: 720px; border-radius: 8px; border: 1px solid #dadce0; padding: 18px 24px; }
    .subject { font-size: 20px; margin-bottom: 12px; }
    .meta { color: #5f6368; font-size: 13px; border-bottom: 1px solid #eee; padding-bottom: 10px; margin-bottom: 14px; }
  </style>
  <div class="mail"><div class="subject">${escapeHtml(mail.subject ?? '')}</div>
  <div class="meta">Van: ${escapeHtml(from)}<br>Aan: ${escapeHtml(to)}</div>
  <div>${mail.html || `<pre>${escapeHtml(mail.text ?? '')}</pre>`}</div></div>`;
}

async function main(): Promise<void> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium ontbreekt (${CHROMIUM}). Installeer het met: apt-get install -y chromium`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pictures-'));
  const workbook = path.join(dir, 'demo.xlsx');
  const report = await runCycle({ workbook, outbox: path.join(dir, 'outbox'), month: MONTH });
  const tables = await WorkbookTables.load(workbook);
  const names = tables.tabNames();
  const read = (tab: string) => tables.read(tab);

  const pages: Array<[string, string]> = [
    ['menu.png', menuHtml()],
    ['formulier-doorverwijzing.png', formHtml(referralForm, 6)],
    [
      'dossiers.png',
      sheetHtml(read(CASES.name), CASES.name, names, {
        columns: [
          'Dossiernummer',
          'Aangemaakt op',
          'Voornaam',
          'Familienaam',
          'Telefoon',
          'Postcode',
          'Gemeente',
          'In projectgebied',
          'Hulpvraag',
          'Status',
          'Volgende actie',
          'Datum volgende actie',
        ],
      }),
    ],
    [
      'doorverwijzingen.png',
      sheetHtml(read(REFERRALS.name), REFERRALS.name, names, {
        columns: ['Ontvangen op', 'Dossiernummer', 'Organisatie', 'Naam doorverwijzer', 'Gezin geïnformeerd'],
      }),
    ],
    [
      'te-controleren.png',
      sheetHtml(read(REVIEW.name), REVIEW.name, names, {
        columns: ['Ontvangen op', 'Formulier', 'Reden', 'Kandidaat-dossiers', 'Koppelen aan dossier', 'Status'],
        wrap: true,
      }),
    ],
    [
      'berichten.png',
      sheetHtml(read(MESSAGES.name), MESSAGES.name, names, {
        columns: ['Dossiernummer', 'Soort', 'Onderwerp', 'Status', 'Laatste wijziging'],
        rows: 8,
      }),
    ],
    ['partners.png', sheetHtml(read(PARTNERS.name), PARTNERS.name, names, { rows: 14 })],
    ['instellingen.png', sheetHtml(read(SETTINGS.name), SETTINGS.name, names)],
  ];
  // One e-mail of each kind: the confirmation, the news about a case (closed loop), the weekly digest.
  const mails = await Promise.all(
    report.mails.map(async (file) => ({ file, mail: await simpleParser(fs.readFileSync(file)) })),
  );
  const first = (pattern: RegExp) => mails.find((m) => pattern.test(m.mail.subject ?? ''));
  for (const [file, pattern] of [
    ['bevestiging-doorverwijzer.png', /^Doorverwijzing ontvangen/],
    ['bericht-doorverwijzer.png', /^Nieuws over dossier/],
    ['weekoverzicht.png', /^Weekoverzicht .* [1-9]\d* acties? te laat/],
  ] as const) {
    const found = first(pattern);
    if (found) pages.push([file, mailHtml(found.mail)]);
  }

  fs.mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 600 }, deviceScaleFactor: 1 });
    for (const [file, html] of pages) {
      await page.setContent(html, { waitUntil: 'load' });
      const target = (await page.$('.shot')) ?? (await page.$('.sheet')) ?? (await page.$('.mail'));
      const where = path.join(OUT, file);
      if (target) await target.screenshot({ path: where });
      else await page.screenshot({ path: where, fullPage: true });
      console.log(`  ${path.relative(process.cwd(), where)}`);
    }
  } finally {
    await browser.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`Er ging iets mis: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
