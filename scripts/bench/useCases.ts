import { donationForm } from '../../forms/donation';
import { fieldLogForm } from '../../forms/fieldLog';
import { referralForm } from '../../forms/referral';
import { registrationForm } from '../../forms/registration';
import { DASHBOARD_READS } from '../../src/app/dashboard/inputs';
import { brusselsMidnight, monthIndex } from '../../src/domain/dashboard/calendar';
import { ACTIONS, DONATIONS, FIELD_LOG, REGISTRATIONS } from '../../src/domain/intakeTabs';
import { BATCH_PLACEHOLDERS } from '../../src/domain/letters/catalogue';
import { shippedLanguages, shippedTemplate } from '../../src/domain/letters/library';
import { LETTER_ITEMS, LETTERS } from '../../src/domain/letters/tabs';
import { placeholdersIn } from '../../src/domain/letters/template';
import { retentionCutoff } from '../../src/domain/privacy/retention';
import { AUDIT } from '../../src/domain/privacy/tabs';
import { ATTENDANCE, DEVICES, DIGIPUNTEN, LOGBOOK, ONWARD, SUPPORT } from '../../src/domain/register/tabs';
import { CASES, MESSAGES, PARTNERS, REFERRALS, REVIEW, SETTINGS } from '../../src/domain/tabs';
import { naiveDigest } from '../../tests/bench/naiveDigest';
import { naiveStatusEdit } from '../../tests/bench/naiveEdit';
import { naiveLetters } from '../../tests/bench/naiveLetters';
import { naiveMatrix } from '../../tests/bench/naiveMatrix';
import { naiveMonthly } from '../../tests/bench/naiveMonthly';
import { naiveReconcile } from '../../tests/bench/naiveReconcile';
import { naiveDonation, naiveFieldLog } from '../../tests/bench/naiveRecords';
import { naiveReferral } from '../../tests/bench/naiveReferral';
import { naiveRegistration } from '../../tests/bench/naiveRegistration';
import { naiveRetention } from '../../tests/bench/naiveRetention';
import type { Answers } from '../../tests/fakes';
import { donationAnswers, fieldLogAnswers, registrationAnswers } from '../../tests/support/formAnswers';
import { referralAnswers } from '../../tests/support/referralAnswers';
import type { GasBench } from './gas';
import { MATRIX_DECLARED, seedOutreach } from './matrixSeed';

/**
 * The use cases the bench measures. Each declares what it must read and write; from that the bench computes
 * the minimum number of service calls (see `minimumCalls`). Adding a use case is one more entry here:
 * a name, the declaration, the counted run through the bundle, and the naive baseline.
 */
export interface Declared {
  /** Tabs read (each: getSheetByName + getDataRange + getValues = 3 calls at least). */
  reads: readonly string[];
  /** Ranges written, by tab (each: getRange + setValues = 2 calls at least). */
  writes: readonly string[];
  /** Other calls the use case cannot do without (event, lock, mail, flush, …), by method. */
  other: readonly string[];
}

export interface BenchUseCase {
  name: string;
  declared: Declared;
  /** The counted run: what the script does in Apps Script, through the built bundle. */
  run(bench: GasBench, variant: number): void;
  /** The same work written as common samples do it, against the same fakes. */
  baseline(bench: GasBench, variant: number): void;
  /** Set when the use case misses 1.2× of its minimum: why (reported by the bench, not hidden). */
  knownMiss?: string;
  /** Projected seconds it must stay under, when not the bench's 60 s (e.g. a long job within one execution). */
  targetSeconds?: number;
}

export const CALLS_PER_TAB_READ = 3;
export const CALLS_PER_RANGE_WRITTEN = 2;

export function minimumCalls(declared: Declared): number {
  return (
    declared.reads.length * CALLS_PER_TAB_READ +
    declared.writes.length * CALLS_PER_RANGE_WRITTEN +
    declared.other.length
  );
}

/** Calls that are logging, not work: left out of both counts (they are listed in the JSON by method). */
export function isLogging(method: string): boolean {
  return method.startsWith('console.') || method.startsWith('Logger.');
}

/**
 * A referral not yet in the register: a different household for every variant, with a phone and a street of
 * its own (another family at an address the register knows goes to Te controleren, issue 14).
 */
function freshReferral(variant: number, overrides: Parameters<typeof referralAnswers>[0] = {}): Answers {
  return referralAnswers({
    firstName: `Bench${String.fromCharCode(97 + (variant % 26))}`,
    phone: `0470 ${String(100000 + variant).slice(0, 2)} ${String(100000 + variant).slice(2, 4)} ${String(100000 + variant).slice(4, 6)}`,
    street: `Benchstraat ${variant + 1}`,
    ...overrides,
  }) as Answers;
}

/** A self-registration of a household not yet in the register (own phone and street). */
function freshRegistration(variant: number): Answers {
  const digits = String(200000 + variant);
  return registrationAnswers({
    firstName: `Bench${String.fromCharCode(97 + (variant % 26))}`,
    phone: `0485 ${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4, 6)}`,
    street: `Benchstraat ${variant + 1}`,
  }) as Answers;
}

/** 27 November 2026, from 10:00 in Brussels (09:00 UTC). */
function submittedAt(variant: number): Date {
  return new Date(Date.UTC(2026, 10, 27, 9, variant % 60, variant % 59));
}

/**
 * The event part of a spreadsheet form-submit trigger: which tab and which form sends to it (by the form id
 * in its URL, compared with the ids in script properties), the timestamp cell, the row.
 */
const EVENT = [
  'Range.getSheet',
  'Sheet.getFormUrl',
  'PropertiesService.getScriptProperties',
  'Properties.getProperties',
  'Range.getValues',
  'Range.getRow',
];
/** Issuing a reference number: the series' counter in script properties (never reissued, issue 9). */
const COUNTER = 'Properties.setProperty';
/** The script lock, with the flush that makes its writes visible to the next holder before it is released. */
const LOCK = ['LockService.getScriptLock', 'Lock.tryLock', 'SpreadsheetApp.flush', 'Lock.releaseLock'];
/** Sending one e-mail once: the flush before sending (write-ahead) and the send. */
const SEND = ['SpreadsheetApp.flush', 'MailApp.sendEmail'];

/** A donation with its own donor, so its response key is new. */
function freshDonation(variant: number): Answers {
  return donationAnswers({ donorName: `Bench bv ${variant}` }) as Answers;
}

function freshFieldLog(variant: number): Answers {
  return fieldLogAnswers({ peopleReached: String(10 + variant) }) as Answers;
}

/** A day of responses that reached the response tabs without a trigger firing (a missed trigger, an import). */
export const RECONCILED_DAY = { referrals: 20, registrations: 12, donations: 4, fieldLogs: 4 } as const;
const DAY_SIZE =
  RECONCILED_DAY.referrals + RECONCILED_DAY.registrations + RECONCILED_DAY.donations + RECONCILED_DAY.fieldLogs;

/**
 * Forty households that are new to the register and to each other: distinct first names, invented surnames
 * that look like no other, a street of their own and a phone number of their own, so household matching finds
 * no match (a near match would go to Te controleren instead, and the count would depend on the register).
 */
const DAY_FIRST = [
  'Ahmed',
  'Bart',
  'Celine',
  'Dirk',
  'Elif',
  'Frans',
  'Greet',
  'Hasan',
  'Ines',
  'Jef',
  'Karim',
  'Lotte',
  'Marc',
  'Nadia',
  'Omar',
  'Pieter',
  'Rania',
  'Sofie',
  'Tom',
  'Urbain',
  'Vera',
  'Wim',
  'Yasmina',
  'Zeynep',
  'Anouk',
  'Bram',
  'Chloë',
  'Daan',
  'Emma',
  'Fien',
  'Gert',
  'Hilde',
  'Ivo',
  'Jana',
  'Koen',
  'Lien',
  'Mila',
  'Nele',
  'Oscar',
  'Paul',
];
const DAY_LAST = [
  'Qorvath',
  'Zelimbu',
  'Xandrup',
  'Wyndolst',
  'Jorkamp',
  'Uffelgem',
  'Pashkiro',
  'Glomvik',
  'Brezdaul',
  'Tijmstra',
  'Okonjwe',
  'Fradquist',
  'Hulmero',
  'Ysperdonk',
  'Navrasil',
  'Cebtrowe',
  'Skavrelli',
  'Mundhazy',
  'Kvistolu',
  'Dobriak',
  'Lettrabo',
  'Ruzgandi',
  'Empfolder',
  'Vochtebil',
  'Axmunsen',
  'Tsilopou',
  'Gwerdlyn',
  'Horvbaek',
  'Iztapeca',
  'Jundrafel',
  'Krombetz',
  'Plavisque',
  'Rygaertho',
  'Sjomvald',
  'Trubizky',
  'Unglavos',
  'Warnicek',
  'Byzolde',
  'Czimkova',
  'Dwaltherup',
];

function dayHousehold(i: number, variant: number) {
  const n = 1000 * (variant + 1) + i;
  const digits = String(300000 + n);
  return {
    firstName: DAY_FIRST[i % DAY_FIRST.length],
    lastName: DAY_LAST[(i + 7 * variant) % DAY_LAST.length],
    phone: `0468 ${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4, 6)}`,
    street: `Benchlaan ${n}`,
  };
}

function submitDaySilently(bench: GasBench, variant: number): void {
  const at = (i: number) => new Date(2026, 10, 26, 8 + Math.floor(i / 6), (i * 7) % 60, variant % 60);
  let i = 0;
  const submit = (formKey: string, answers: Answers) => {
    bench.world.submitFormSilently(bench.formIds[formKey], answers, { timestamp: at(i) });
    i++;
  };
  for (let n = 0; n < RECONCILED_DAY.referrals; n++)
    submit(referralForm.key, referralAnswers(dayHousehold(i, variant)) as Answers);
  for (let n = 0; n < RECONCILED_DAY.registrations; n++)
    submit(registrationForm.key, registrationAnswers(dayHousehold(i, variant)) as Answers);
  for (let n = 0; n < RECONCILED_DAY.donations; n++) submit(donationForm.key, freshDonation(1000 * (variant + 1) + i));
  for (let n = 0; n < RECONCILED_DAY.fieldLogs; n++) submit(fieldLogForm.key, freshFieldLog(1000 * (variant + 1) + i));
}

/** Row number of the latest case still "Aangemeld" whose referral names a partner, skipping `skip` of them. */
export function openReferredCase(bench: GasBench, skip: number): number {
  const cases = bench.world.sheetValues(CASES.name);
  const referred = new Set(
    bench.world.sheetValues(REFERRALS.name).map((r, _, all) => String(r[all[0].indexOf('Dossiernummer')])),
  );
  const status = cases[0].indexOf('Status');
  const ref = cases[0].indexOf('Dossiernummer');
  let left = skip;
  for (let r = cases.length - 1; r >= 1; r--) {
    if (cases[r][status] !== 'Aangemeld' || !referred.has(String(cases[r][ref]))) continue;
    if (left-- === 0) return r + 1;
  }
  throw new Error('Geen open dossier met een doorverwijzing om te wijzigen');
}

/**
 * The worker sets the status of that case to "Contact opgenomen": the cell changes, then Sheets sends the
 * edit event (a Range handed to the script, the old and the new value). The range is a counted service
 * object, as in Apps Script; making it is the test's work, not the script's, so it is not counted.
 */
export function statusEditEvent(bench: GasBench, row: number) {
  const { world } = bench;
  const sheet = world.globals.SpreadsheetApp.getActive().getSheetByName(CASES.name)!;
  const column = (world.sheetValues(CASES.name)[0] ?? []).indexOf('Status') + 1;
  const range = sheet.getRange(row, column);
  const oldValue = String(world.sheet(CASES.name).getRange(row, column).getValue());
  const value = 'Contact opgenomen';
  world.sheet(CASES.name).writeCell(row, column, value);
  world.calls.reset();
  return { range, value, oldValue };
}

/**
 * The weekly digest goes once per week (stable id per ISO week). The baseline runs after the real digest of
 * the same week; so that it does the full work rather than stop at "already sent", the real run's message id
 * is renamed first (uncounted), as if this week's digest had not gone yet.
 */
function forgetDigests(bench: GasBench): void {
  const sheet = bench.world.sheet(MESSAGES.name);
  const values = bench.world.sheetValues(MESSAGES.name);
  const id = values[0].indexOf('Bericht-ID');
  values.forEach((row, r) => {
    const value = String(row[id]);
    if (r > 0 && value.startsWith('weekoverzicht-')) sheet.writeCell(r + 1, id + 1, `vorig-${value}`);
  });
}

/** The project group of the bench (two addresses) and the first working day of November 2026, 06:00. */
const PROJECT_GROUP = ['voorzitter@projectgroep.example', 'schepen@stad.example'];
const REPORT_DAY = new Date(brusselsMidnight(2026, 11, 2).getTime() + 6 * 3_600_000);

function prepareMonthlyReport(bench: GasBench): void {
  const { world } = bench;
  world.setNow(REPORT_DAY);
  const settings = world.sheetValues(SETTINGS.name);
  const row = settings.findIndex((r) => r[0] === 'Projectgroep: e-mailadressen') + 1;
  world.sheet(SETTINGS.name).grid.edit(row, 2).value = PROJECT_GROUP.join(', ');
}

/** One chart image from the Charts service: its data table (label column, a column per series, a row per bar). */
function chartImage(kind: 'Column' | 'Bar', rows: number, series: number): string[] {
  const builder = `${kind}ChartBuilder`;
  return [
    'Charts.newDataTable',
    ...Array(1 + series).fill('DataTableBuilder.addColumn'),
    ...Array(rows).fill('DataTableBuilder.addRow'),
    `Charts.new${kind}Chart`,
    ...['setDataTable', 'setTitle', 'setDimensions', 'setColors', 'setLegendPosition', 'build'].map(
      (m) => `${builder}.${m}`,
    ),
    'Chart.getAs',
    'Blob.getBytes',
  ];
}
/** One summary e-mail, write-ahead: quota, flush, send, one blob per file (the PDF and 4 chart images). */
const SUMMARY_MAIL = [
  'MailApp.getRemainingDailyQuota',
  'SpreadsheetApp.flush',
  'MailApp.sendEmail',
  ...Array(5).fill('Utilities.newBlob'),
];
/** One column chart beside a report tab's table: two ranges (months, values), its place and title. */
const SHEET_CHART = [
  'EmbeddedChartBuilder.asColumnChart',
  'EmbeddedChartBuilder.clearRanges',
  'Sheet.getRange',
  'Sheet.getRange',
  'EmbeddedChartBuilder.addRange',
  'EmbeddedChartBuilder.addRange',
  'EmbeddedChartBuilder.setPosition',
  'EmbeddedChartBuilder.setOption',
  'EmbeddedChartBuilder.setOption',
  'EmbeddedChartBuilder.build',
];

/** Households of one merge (their own target group, so the selection picks exactly them), seeded uncounted. */
function seedLetterBatch(bench: GasBench, letters: number, variant: number, request: boolean): string {
  const group = `Bench ${variant}`;
  const world = bench.world;
  const write = (tab: string, rows: Array<Record<string, string>>) => {
    const sheet = world.sheet(tab);
    const headers = world.sheetValues(tab)[0].map(String);
    let r = sheet.getLastRow();
    // Room first, as a person adding rows would (a sheet grows only by inserting rows).
    const short = r + rows.length - sheet.getMaxRows();
    if (short > 0) sheet.insertRowsAfter(sheet.getMaxRows(), short);
    for (const row of rows) {
      r++;
      headers.forEach((h, c) => {
        if (h in row) sheet.grid.edit(r, c + 1).value = row[h];
      });
    }
  };
  write(
    CASES.name,
    Array.from({ length: letters }, (_, i) => ({
      Dossiernummer: `DT-BENCH-${variant}-${String(i + 1).padStart(4, '0')}`,
      Voornaam: DAY_FIRST[i % DAY_FIRST.length],
      Familienaam: DAY_LAST[(i + variant) % DAY_LAST.length],
      'Straat en nummer': `Benchlaan ${i + 1}`,
      Postcode: '9900',
      Gemeente: 'Eeklo',
      Taal: 'Nederlands',
      Status: 'Aangemeld',
      Doelgroep: group,
    })),
  );
  // The worker's request (the naive baseline has no such row: it merges the group directly).
  if (request) {
    write(LETTERS.name, [
      { Sjabloon: 'uitnodiging', Selectie: `doelgroep: ${group}`, Manier: 'Post', Status: 'Maken', Reeks: group },
    ]);
  }
  world.calls.reset();
  return group;
}

/** Letters between two checkpoints of the merged Doc (src/app/letters/mergeLetters.ts CHUNK). */
const CHUNK = 50;

/**
 * The least a merge of `n` paper letters into ONE Google Doc can do, as this design needs it:
 * - the tabs it must read (the batch requests, settings, households, who had this Reeks, mails, review) and write
 *   (the frozen list, the batch row at start and at the end), three short holds of the lock;
 * - the clear-language check and the copy read every paragraph of the template Doc (type, text, heading);
 * - one prototype per batch; then PER LETTER: a page break, one table copy, one append, and one replaceText for
 *   each of the recipient's placeholders (3 address lines, the reference, the first name) = 8 calls;
 * - a save, a reopen and a cursor every CHUNK letters; the PDF export into the folder; the merged Doc trashed.
 */
function mergeMinimum(n: number): Declared {
  const template = shippedTemplate('uitnodiging', 'nl')!;
  const elements = template.blocks.length;
  const batchPlaceholders = new Set(
    template.blocks.flatMap((b) => placeholdersIn(b.text)).filter((p) => BATCH_PLACEHOLDERS.has(p)),
  ).size;
  const recipientPlaceholders = 5;
  const read = (e: number) => [
    'DocumentApp.openById',
    'Document.getBody',
    'Body.getNumChildren',
    ...Array.from({ length: e }, () => ['Body.getChild', 'X.getType', 'X.getText', 'X.getHeading']).flat(),
  ];
  const checkpoints = Math.floor((n - 1) / CHUNK);
  const times = (k: number, ...methods: string[]) => Array.from({ length: k }, () => methods).flat();
  return {
    reads: [
      LETTERS.name,
      LETTERS.name,
      LETTERS.name,
      SETTINGS.name,
      CASES.name,
      PARTNERS.name,
      DONATIONS.name,
      DEVICES.name,
      LETTER_ITEMS.name,
      MESSAGES.name,
      REVIEW.name,
      DIGIPUNTEN.name,
    ],
    writes: [LETTER_ITEMS.name, LETTERS.name, LETTERS.name],
    other: [
      'SpreadsheetApp.getActive',
      'PropertiesService.getScriptProperties',
      // budget, the one-merge-at-a-time lease, template Docs, cursor, folder; the lease and the cursor stored
      // (for the new Doc, at each checkpoint, at the end), both cleared
      ...times(5, 'Properties.getProperty'),
      ...times(3 + checkpoints, 'Properties.setProperty'),
      ...times(2, 'Properties.deleteProperty'),
      'Session.getActiveUser',
      'User.getEmail',
      ...LOCK,
      ...LOCK,
      ...LOCK,
      'SpreadsheetApp.flush',
      'SpreadsheetApp.flush',
      // the summary for the worker
      'SpreadsheetApp.getUi',
      'SpreadsheetApp.getUi',
      'Ui.alert',
      // the clear-language check reads every language of the letter (the merge reuses the Dutch one)
      ...shippedLanguages('uitnodiging').flatMap((l) => read(shippedTemplate('uitnodiging', l)!.blocks.length)),
      // the prototype: a new Doc, margins, a borderless table, the frame, the template's paragraphs
      'DocumentApp.create',
      'Document.getBody',
      ...times(4, 'Body.setMargin'),
      'Body.getNumChildren',
      'Body.appendTable',
      'Table.setBorderWidth',
      'Table.getCell',
      ...times(4, 'TableCell.setPadding'),
      ...times(3, 'TableCell.appendParagraph'),
      ...times(2, 'Paragraph.setAttributes'),
      'Paragraph.setIndentStart',
      ...times(2, 'Paragraph.setSpacingBefore'),
      ...times(elements, 'X.copy', 'TableCell.append'),
      'TableCell.getChild',
      'Paragraph.removeFromParent',
      ...times(batchPlaceholders, 'Table.replaceText'),
      'Document.getId',
      // the new Doc saved before its first letter, and at each checkpoint; reopened after each save
      ...times(1 + checkpoints, 'Body.getNumChildren', 'Document.saveAndClose'),
      ...times(1 + checkpoints, 'DocumentApp.openById', 'Document.getBody', 'Body.getChild'),
      // per letter
      ...times(n - 1, 'Body.appendPageBreak'),
      ...times(n, 'Table.copy', 'Body.appendTable', ...times(recipientPlaceholders, 'Table.replaceText')),
      // the end: prototype and first paragraph out, save, export to PDF in the folder, the Doc to the trash
      ...times(3, 'Body.getChild', 'X.removeFromParent'),
      'Document.saveAndClose',
      'DriveApp.getFileById',
      'File.getAs',
      'Blob.setName',
      // the folder of the account running the merge
      'Session.getEffectiveUser',
      'User.getEmail',
      'DriveApp.getFolderById',
      'Folder.isTrashed',
      'Folder.createFile',
      'File.setTrashed',
      'File.getUrl',
    ],
  };
}

function mergeUseCase(letters: number): BenchUseCase {
  return {
    name: `Brieven samenvoegen (${letters} brieven, één PDF)`,
    declared: mergeMinimum(letters),
    // One execution may take 6 minutes; the merge plans 4.5 (then a cursor and one continuation).
    targetSeconds: 270,
    run(bench, variant) {
      seedLetterBatch(bench, letters, variant, true);
      bench.world.run('makeLettersFromMenu');
    },
    baseline(bench, variant) {
      const group = seedLetterBatch(bench, letters, variant, false);
      naiveLetters(bench.world.globals, group);
    },
  };
}
/** Closed cases the monthly retention run anonymises (the rest of the register was done by earlier runs). */
export const RETENTION_CASES = 10;

/**
 * Makes the register ready for one monthly retention run of RETENTION_CASES cases, without counting: the
 * script sees the bench's clock; cases and review rows already past the period are marked as done by earlier
 * runs; RETENTION_CASES open referred cases become closed on 15 January 2024. Returns their references.
 */
function prepareRetention(bench: GasBench): string[] {
  const { world } = bench;
  const cutoff = retentionCutoff(world.now, 24);
  const old = (v: unknown) => v instanceof Date && v.getTime() < cutoff.getTime();
  const cases = world.sheetValues(CASES.name);
  const h = cases[0].map(String);
  const at = (name: string) => h.indexOf(name);
  const sheet = world.sheet(CASES.name);
  cases.forEach((row, r) => {
    if (r === 0 || !String(row[at('Status')]).startsWith('Afgesloten') || row[at('Geanonimiseerd op')] !== '') return;
    if (old(row[at('Afgesloten op')]) || old(row[at('Laatste statuswijziging')]))
      sheet.grid.edit(r + 1, at('Geanonimiseerd op') + 1).value = new Date(cutoff.getTime());
  });
  const review = world.sheetValues(REVIEW.name);
  const rh = review[0].map(String);
  review.forEach((row, r) => {
    if (r === 0 || !old(row[rh.indexOf('Ontvangen op')])) return;
    for (const column of ['Antwoorden', 'Reden'])
      world.sheet(REVIEW.name).grid.edit(r + 1, rh.indexOf(column) + 1).value = '';
  });
  // The latest cases not anonymised yet with one referral and one e-mail (so every variant and every register
  // size anonymises the same kind of footprint: case, referral, raw answers, confirmation).
  const once = (tab: string) => {
    const values = world.sheetValues(tab);
    const n = new Map<string, number>();
    for (const row of values.slice(1)) {
      const ref = String(row[values[0].indexOf('Dossiernummer')]);
      n.set(ref, (n.get(ref) ?? 0) + 1);
    }
    return (ref: string) => n.get(ref) === 1;
  };
  const oneReferral = once(REFERRALS.name);
  // …whose referral row points at its raw answers (the naive baselines' own rows do not).
  const referralRows = world.sheetValues(REFERRALS.name);
  const withRaw = new Set(
    referralRows
      .slice(1)
      .filter((r) => Number(r[referralRows[0].indexOf('Rij in antwoordtab')]) >= 2)
      .map((r) => String(r[referralRows[0].indexOf('Dossiernummer')])),
  );
  const oneMail = once(MESSAGES.name);
  const reviewed = new Set(
    world
      .sheetValues(REVIEW.name)
      .slice(1)
      .flatMap((row) => [String(row[rh.indexOf('Resultaat')]), String(row[rh.indexOf('Koppelen aan dossier')])]),
  );
  // …and who are one person on their own in Bereik (no other case shares their phone, e-mail or name and
  // postcode: such a case would also get the person's label, one more write).
  const shared = new Map<string, number>();
  const keysOf = (row: unknown[]) =>
    [
      `t${String(row[at('Telefoon')]).replace(/\D/g, '').slice(-9)}`,
      `m${String(row[at('E-mail')]).toLowerCase()}`,
      `n${String(row[at('Voornaam')]).toLowerCase()}|${String(row[at('Familienaam')]).toLowerCase()}|${row[at('Postcode')]}`,
    ].filter((k) => k.length > 2);
  for (const row of cases.slice(1)) for (const k of keysOf(row)) shared.set(k, (shared.get(k) ?? 0) + 1);
  const alone = (row: unknown[]) => keysOf(row).every((k) => shared.get(k) === 1);
  const refs: string[] = [];
  for (let r = cases.length - 1; r >= 1 && refs.length < RETENTION_CASES; r--) {
    const ref = String(cases[r][at('Dossiernummer')]);
    if (cases[r][at('Geanonimiseerd op')] !== '' || !oneReferral(ref) || !oneMail(ref) || reviewed.has(ref)) continue;
    if (!alone(cases[r]) || !withRaw.has(ref)) continue;
    refs.push(ref);
    sheet.writeCell(r + 1, at('Status') + 1, 'Afgesloten: geholpen');
    sheet.writeCell(r + 1, at('Afgesloten op') + 1, new Date(2024, 0, 15, 10));
  }
  if (refs.length < RETENTION_CASES) throw new Error('Te weinig open dossiers voor de bewaartermijn');
  world.calls.reset();
  return refs;
}

/** Tabs the anonymiser reads once per run (the ones of the bench's register and those that are empty). */
const RETENTION_READS = [
  SETTINGS.name,
  CASES.name,
  ATTENDANCE.name,
  REVIEW.name,
  REFERRALS.name,
  REGISTRATIONS.name,
  SUPPORT.name,
  ONWARD.name,
  MESSAGES.name,
  DEVICES.name,
  LOGBOOK.name,
  referralForm.responseTab,
  AUDIT.name,
];

/**
 * Per case, each row is written in the blocks its layout allows without touching a column the script does not
 * own: Dossiers [Voornaam…Straat], [Volgende actie], [Notities], [Geanonimiseerd op, Anonieme persoon];
 * Doorverwijzingen [referrer name, e-mail], [Opmerkingen]; Berichten [Aan, Onderwerp], [Fout]; the raw
 * response [names…street], [Opmerkingen]. The batch's Audit rows (one per case) go in one block, and the run's
 * summary row in another.
 */
const RETENTION_WRITES_PER_CASE = [
  REFERRALS.name,
  REFERRALS.name,
  MESSAGES.name,
  MESSAGES.name,
  referralForm.responseTab,
  referralForm.responseTab,
  CASES.name,
  CASES.name,
  CASES.name,
  CASES.name,
];

export const USE_CASES: readonly BenchUseCase[] = [
  {
    name: 'Doorverwijzing (één antwoord)',
    declared: {
      reads: [REVIEW.name, REFERRALS.name, CASES.name, MESSAGES.name, SETTINGS.name],
      // referral row, case row, mail row (Te versturen), status Bezig met versturen, status Verstuurd
      writes: [REFERRALS.name, CASES.name, MESSAGES.name, MESSAGES.name, MESSAGES.name],
      other: [
        'SpreadsheetApp.getActive',
        ...EVENT,
        ...LOCK,
        COUNTER,
        'MailApp.getRemainingDailyQuota',
        'SpreadsheetApp.flush',
        'MailApp.sendEmail',
      ],
    },
    run(bench, variant) {
      bench.world.submitForm(bench.formIds[referralForm.key], freshReferral(variant), {
        timestamp: submittedAt(variant),
      });
    },
    baseline(bench, variant) {
      bench.world.runAsScript(() => naiveReferral(bench.world.globals, submittedAt(variant), freshReferral(variant)));
    },
  },
  {
    name: 'Doorverwijzing met fout (naar Te controleren)',
    declared: {
      reads: [REVIEW.name, REFERRALS.name],
      writes: [REVIEW.name],
      other: ['SpreadsheetApp.getActive', ...EVENT, ...LOCK],
    },
    run(bench, variant) {
      bench.world.submitForm(bench.formIds[referralForm.key], freshReferral(variant, { postcode: '99' }), {
        timestamp: submittedAt(variant),
      });
    },
    baseline(bench, variant) {
      bench.world.runAsScript(() =>
        naiveReferral(bench.world.globals, submittedAt(variant), freshReferral(variant, { postcode: '99' })),
      );
    },
  },
  {
    name: 'Aanmelding (één antwoord)',
    declared: {
      reads: [ACTIONS.name, REVIEW.name, REGISTRATIONS.name, CASES.name, SETTINGS.name],
      // registration row, case row
      writes: [REGISTRATIONS.name, CASES.name],
      other: ['SpreadsheetApp.getActive', ...EVENT, ...LOCK, COUNTER],
    },
    run(bench, variant) {
      bench.world.submitForm(bench.formIds[registrationForm.key], freshRegistration(variant), {
        timestamp: submittedAt(variant),
      });
    },
    baseline(bench, variant) {
      bench.world.runAsScript(() =>
        naiveRegistration(bench.world.globals, submittedAt(variant), freshRegistration(variant)),
      );
    },
  },
  {
    name: 'Schenking (één antwoord)',
    declared: {
      reads: [REVIEW.name, DONATIONS.name, MESSAGES.name, SETTINGS.name],
      // donation row; the donor's thank-you: its row, "Bezig met versturen", "Verstuurd"
      writes: [DONATIONS.name, MESSAGES.name, MESSAGES.name, MESSAGES.name],
      other: ['SpreadsheetApp.getActive', ...EVENT, ...LOCK, COUNTER, 'MailApp.getRemainingDailyQuota', ...SEND],
    },
    run(bench, variant) {
      bench.world.submitForm(bench.formIds[donationForm.key], freshDonation(variant), {
        timestamp: submittedAt(variant),
      });
    },
    baseline(bench, variant) {
      bench.world.runAsScript(() => naiveDonation(bench.world.globals, submittedAt(variant), freshDonation(variant)));
    },
  },
  {
    name: 'Veldwerk (één antwoord)',
    declared: {
      reads: [ACTIONS.name, REVIEW.name, FIELD_LOG.name],
      writes: [FIELD_LOG.name],
      other: ['SpreadsheetApp.getActive', ...EVENT, ...LOCK],
    },
    run(bench, variant) {
      bench.world.submitForm(bench.formIds[fieldLogForm.key], freshFieldLog(variant), {
        timestamp: submittedAt(variant),
      });
    },
    baseline(bench, variant) {
      bench.world.runAsScript(() => naiveFieldLog(bench.world.globals, submittedAt(variant), freshFieldLog(variant)));
    },
  },
  {
    name: `Reconciler (${DAY_SIZE} gemiste antwoorden)`,
    declared: {
      // Each response tab once, and each tab the intake looks in once.
      reads: [
        referralForm.responseTab,
        registrationForm.responseTab,
        donationForm.responseTab,
        fieldLogForm.responseTab,
        REVIEW.name,
        REFERRALS.name,
        REGISTRATIONS.name,
        DONATIONS.name,
        FIELD_LOG.name,
        ACTIONS.name,
        CASES.name,
        MESSAGES.name,
        SETTINGS.name,
      ],
      // One block of new rows per tab; every confirmation's "Bezig met versturen" and "Verstuurd".
      writes: [
        REFERRALS.name,
        CASES.name,
        REGISTRATIONS.name,
        DONATIONS.name,
        FIELD_LOG.name,
        MESSAGES.name,
        // every confirmation's and thank-you's "Bezig met versturen" and "Verstuurd"
        ...Array.from({ length: 2 * (RECONCILED_DAY.referrals + RECONCILED_DAY.donations) }, () => MESSAGES.name),
      ],
      other: [
        'SpreadsheetApp.getActive',
        // the cursor of an interrupted run: read, then cleared
        'PropertiesService.getScriptProperties',
        'Properties.getProperty',
        'Properties.deleteProperty',
        ...LOCK,
        'MailApp.getRemainingDailyQuota',
        ...Array.from({ length: RECONCILED_DAY.referrals + RECONCILED_DAY.donations }, () => SEND).flat(),
        // one new number per case and per donation
        ...Array.from(
          { length: RECONCILED_DAY.referrals + RECONCILED_DAY.registrations + RECONCILED_DAY.donations },
          () => COUNTER,
        ),
      ],
    },
    run(bench, variant) {
      submitDaySilently(bench, variant);
      const trigger = bench.world.triggers.find((t) => t.handler === 'reconcileResponses');
      if (!trigger) throw new Error('no reconciler trigger installed');
      bench.world.calls.reset();
      bench.world.deliver({
        functionName: trigger.handler,
        triggerUid: trigger.uid,
        event: { triggerUid: trigger.uid },
      });
    },
    baseline(bench, variant) {
      submitDaySilently(bench, variant);
      bench.world.calls.reset();
      bench.world.runAsScript(() => naiveReconcile(bench.world.globals));
    },
    knownMiss:
      'one lock per batch of 10 and each tab read once per batch, but each response still appends its own rows ' +
      'and each confirmation has its own write-ahead status writes, so a crash loses nothing (see docs/bench.md)',
  },
  {
    name: 'Statuswijziging in Dossiers (met bericht aan partner)',
    declared: {
      // Dossiers: header row and the edited row; Logboek's header row (rows are written by header name);
      // the referral (partner's address), the partner (opt-out), earlier messages, settings (mail text).
      reads: [CASES.name, CASES.name, LOGBOOK.name, REFERRALS.name, PARTNERS.name, MESSAGES.name, SETTINGS.name],
      // Logboek row, the case row (milestone date, logged status), mail row, "Bezig met versturen", "Verstuurd".
      writes: [LOGBOOK.name, CASES.name, MESSAGES.name, MESSAGES.name, MESSAGES.name],
      other: [
        'SpreadsheetApp.getActive',
        // the edit event: which tab, which cells
        'Range.getSheet',
        'Sheet.getName',
        'Range.getRow',
        'Range.getNumRows',
        'Range.getColumn',
        'Range.getNumColumns',
        // who made the change (Logboek)
        'Session.getActiveUser',
        'User.getEmail',
        ...LOCK,
        'MailApp.getRemainingDailyQuota',
        ...SEND,
      ],
    },
    run(bench, variant) {
      const edit = statusEditEvent(bench, openReferredCase(bench, variant % 2));
      const trigger = bench.world.triggers.find((t) => t.handler === 'handleEdit' && t.eventType === 'ON_EDIT');
      if (!trigger) throw new Error('no edit trigger installed');
      bench.world.deliver({
        functionName: trigger.handler,
        triggerUid: trigger.uid,
        event: { authMode: 'FULL', source: bench.world.spreadsheet, triggerUid: trigger.uid, ...edit },
      });
    },
    baseline(bench, variant) {
      bench.world.runAsScript(() =>
        naiveStatusEdit(bench.world.globals, statusEditEvent(bench, openReferredCase(bench, variant % 2))),
      );
    },
  },
  {
    name: 'Weekoverzicht (menu of dagelijkse run)',
    declared: {
      reads: [SETTINGS.name, CASES.name, MESSAGES.name],
      // mail row, "Bezig met versturen", "Verstuurd"
      writes: [MESSAGES.name, MESSAGES.name, MESSAGES.name],
      other: ['SpreadsheetApp.getActive', ...LOCK, 'MailApp.getRemainingDailyQuota', ...SEND, 'Spreadsheet.toast'],
    },
    run(bench) {
      bench.world.run('sendDigestNow');
    },
    baseline(bench) {
      forgetDigests(bench);
      bench.world.calls.reset();
      bench.world.runAsScript(() => naiveDigest(bench.world.globals));
    },
  },
  {
    name: 'Outreachmatrix bijwerken (menu of dagelijkse run)',
    declared: MATRIX_DECLARED,
    run(bench, variant) {
      seedOutreach(bench, variant);
      bench.world.calls.reset();
      bench.world.run('refreshOutreachMatrix');
    },
    baseline(bench, variant) {
      seedOutreach(bench, variant);
      bench.world.calls.reset();
      naiveMatrix(bench.world.globals, bench.world.now);
    },
  },
  mergeUseCase(10),
  mergeUseCase(500),
  {
    name: `Bewaartermijn (maandelijkse run, ${RETENTION_CASES} afgesloten dossiers)`,
    declared: {
      reads: RETENTION_READS,
      writes: [
        ...Array.from({ length: RETENTION_CASES }, () => RETENTION_WRITES_PER_CASE).flat(),
        AUDIT.name,
        AUDIT.name,
      ],
      other: [
        'SpreadsheetApp.getActive',
        // is there a letters tab (Brieven) to anonymise too?
        'Spreadsheet.getSheetByName',
        // the safety-net continuation: looked for among setup's five triggers, made before the work, looked for
        // among the six and removed after it (Apps Script finds a trigger only by going through them)
        'ScriptApp.getProjectTriggers',
        ...Array.from({ length: 5 }, () => 'Trigger.getHandlerFunction'),
        'ScriptApp.newTrigger',
        'TriggerBuilder.timeBased',
        'ClockTriggerBuilder.after',
        'ClockTriggerBuilder.create',
        'ScriptApp.getProjectTriggers',
        ...Array.from({ length: 6 }, () => 'Trigger.getHandlerFunction'),
        'ScriptApp.deleteTrigger',
        // the run's cursor (and the optional budget and batch settings): read, written at the start and with
        // the plan, removed at the end
        'PropertiesService.getScriptProperties',
        'Properties.getProperty',
        'Properties.getProperty',
        'Properties.getProperty',
        'Properties.setProperty',
        'Properties.setProperty',
        'Properties.deleteProperty',
        ...LOCK,
      ],
    },
    run(bench) {
      prepareRetention(bench);
      const trigger = bench.world.triggers.find((t) => t.handler === 'privacyRetentionMonthly');
      if (!trigger) throw new Error('no monthly retention trigger installed');
      bench.world.deliver({
        functionName: trigger.handler,
        triggerUid: trigger.uid,
        event: { triggerUid: trigger.uid },
      });
    },
    baseline(bench) {
      const refs = prepareRetention(bench);
      naiveRetention(bench.world.globals, refs, bench.world.now);
    },
  },
  {
    name: 'Maandoverzicht (trigger: momentopname, pdf, e-mail aan 2 adressen)',
    declared: {
      // Every tab the report counts from, once; Berichten for the write-ahead; the Dashboard for its charts.
      reads: [...DASHBOARD_READS, MESSAGES.name, 'Dashboard', 'Dashboard 2026-10'],
      // The Dashboard view (clear + write), the record of what was published, the snapshot tab's header and
      // rows; per address the Berichten row, "Bezig met versturen", "Verstuurd".
      writes: [
        'Dashboard',
        'Dashboard',
        'Dashboardcijfers',
        'Dashboard 2026-10',
        'Dashboard 2026-10',
        ...Array(6).fill(MESSAGES.name),
      ],
      other: [
        'SpreadsheetApp.getActive',
        ...LOCK,
        // script properties read whole once (tab ids, the ids of the Dashboard's charts)
        'PropertiesService.getScriptProperties',
        'Properties.getProperties',
        // the snapshot tab: looked up by name (no id yet), made, its id and headers remembered, header bold, frozen
        'Spreadsheet.getSheetByName',
        'Spreadsheet.insertSheet',
        'Sheet.getSheetId',
        'Properties.setProperty',
        'Properties.setProperty',
        'Range.setFontWeight',
        'Sheet.setFrozenRows',
        // the chart images: three trends of 12 months, the targets (2), the quick scan (8 questions × 3)
        ...chartImage('Column', 12, 1),
        ...chartImage('Column', 12, 1),
        ...chartImage('Column', 12, 1),
        ...chartImage('Bar', 2, 2),
        ...chartImage('Bar', 8, 3),
        // the PDF: the page as a blob, Google's conversion, its bytes
        'Utilities.newBlob',
        'Blob.getAs',
        'Blob.getBytes',
        ...SUMMARY_MAIL,
        ...SUMMARY_MAIL,
        // three charts beside the Dashboard's table, kept in place (their ids in a script property)
        'Properties.setProperty',
        'Sheet.getCharts',
        ...[1, 2, 3].map(() => 'EmbeddedChart.getChartId'),
        ...[1, 2, 3].flatMap(() => ['EmbeddedChart.modify', ...SHEET_CHART, 'Sheet.updateChart']),
        // three charts beside the new snapshot's table, made once
        ...[1, 2, 3].flatMap(() => ['Sheet.newChart', ...SHEET_CHART, 'Sheet.insertChart']),
      ],
    },
    run(bench) {
      prepareMonthlyReport(bench);
      const trigger = bench.world.triggers.find((t) => t.handler === 'dashboardDaily');
      if (!trigger) throw new Error('no dashboard trigger installed');
      const deliver = () =>
        bench.world.deliver({
          functionName: trigger.handler,
          triggerUid: trigger.uid,
          event: { triggerUid: trigger.uid },
        });
      // The day before (uncounted): the Dashboard and its charts exist, as after every morning's run.
      bench.world.setNow(new Date(REPORT_DAY.getTime() - 3 * 86_400_000));
      deliver();
      bench.world.setNow(REPORT_DAY);
      bench.world.calls.reset();
      deliver();
    },
    baseline(bench) {
      prepareMonthlyReport(bench);
      bench.world.calls.reset();
      naiveMonthly(bench.world.globals, monthIndex(2026, 10), PROJECT_GROUP);
    },
  },
];
