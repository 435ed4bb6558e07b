import { cellText, columnValues, firstRowWhere } from '../../domain/common/table';
import {
  BATCH_PLACEHOLDERS,
  LETTER_KINDS,
  type LetterKind,
  LIST_PLACEHOLDERS,
  languageName,
  letterKind,
} from '../../domain/letters/catalogue';
import { checkLetter, type Finding } from '../../domain/letters/clearLanguage';
import { monthKey } from '../../domain/letters/dates';
import { addressPosition } from '../../domain/letters/layout';
import { letterMail } from '../../domain/letters/mail';
import {
  batchValues,
  helpLists,
  type LetterSources,
  probeSelected,
  type Recipient,
  recipientsFor,
  selectRecipients,
} from '../../domain/letters/recipients';
import { parseSelection } from '../../domain/letters/selection';
import { readLetterSettings } from '../../domain/letters/settings';
import { BATCH_STATUS, ITEM_MANNER, LETTER_ITEMS, LETTERS, MANNER, MANNERS } from '../../domain/letters/tabs';
import { LETTER_TEXTS } from '../../domain/letters/texts';
import { DEVICES, DIGIPUNTEN } from '../../domain/register/tabs';
import { readSettings } from '../../domain/settings/settings';
import { CASES, MESSAGES, PARTNERS, REVIEW, SETTINGS } from '../../domain/tabs';
import { type Lock, LockBusyError, type Ports, type Row, type StoredRow, type TableSnapshot } from '../../ports';
import { deliverOnce } from '../outbox';
import { REVIEW_STATUS } from '../reviewQueue';
import type { LetterPrinter, PrintedDocument, PrintSpec, TemplateStore } from './ports';

/**
 * Mail merge (issue 11). The worker asks for a batch with a row in *Brieven* (Sjabloon, Selectie, Manier,
 * Status "Maken"); this use case makes it:
 *
 * 1. Start (under the script lock): pick the recipients, leave out whoever already got this Reeks, send those
 *    without a usable postal address to *Te controleren*, and freeze the list as rows in *Brieven per ontvanger*
 *    (one bulk write). From then on the batch is "Bezig" and its list never changes.
 * 2. Paper: one merged document for the whole batch, one letter per page. Every CHUNK letters the document is
 *    made durable and a cursor saved; a run that runs out of time stops there and the next run goes on from the
 *    cursor (a crash between the two makes the printer drop what came after its last checkpoint).
 * 3. E-mail: each through `deliverOnce` (write-ahead in *Berichten*, stable id per Reeks and recipient), so
 *    nothing is sent twice; at the daily quota the batch waits and goes on the next day.
 * 4. The *Brieven* row gets its counts, the file link and "Klaar".
 */

export const LETTERS_CURSOR_PREFIX = 'letters.batch.';
/** Optional script property: the time one run may take, in ms. */
export const LETTERS_BUDGET = 'letters.budgetMs';
/** Script property: when the merge that is running started (ms). */
export const LETTERS_RUNNING = 'letters.running';
/** A lease runs out after one execution's time (6 minutes). */
export const LEASE_MS = 6 * 60_000;
/** Letters between two checkpoints of the merged document. */
export const CHUNK = 50;
/** E-mails per hold of the script lock. */
export const MAILS_PER_LOCK = 10;
export const LETTERS_LOCK_MS = 30_000;

export interface LetterDeps {
  readonly templates: TemplateStore;
  readonly printer: LetterPrinter;
  /** Who asked (Door). */
  readonly who: string;
}

export interface LettersResult {
  batches: number;
  letters: number;
  mails: number;
  review: number;
  /** Out of time: a cursor is saved, run again (the continuation trigger) to go on. */
  paused: boolean;
  /** Stopped at the daily e-mail quota: go on tomorrow. */
  quota: boolean;
  /** Batch ids touched in this run. */
  batchIds: string[];
  /** Another merge is running: nothing was done (try again later). */
  busy: boolean;
}

interface Cursor {
  /** The printer's resume token (null: nothing printed yet). */
  doc: string | null;
  /** Next paper letter (index into the batch's paper list). */
  next: number;
  /** Link of the finished PDF. */
  file: string;
}

const OPEN_STATUSES: readonly string[] = [BATCH_STATUS.make, BATCH_STATUS.busy, BATCH_STATUS.waitingForQuota];

function readCursor(value: string | null): Cursor {
  try {
    const parsed = value ? (JSON.parse(value) as Cursor) : null;
    if (parsed && typeof parsed.next === 'number') return parsed;
  } catch {
    // A damaged cursor: start the document again; the list itself is frozen in Brieven per ontvanger.
  }
  return { doc: null, next: 0, file: '' };
}

function sources(ports: Ports): LetterSources {
  const { tables } = ports;
  const read = (name: string): TableSnapshot => (tables.hasTab(name) ? tables.read(name) : { headers: [], rows: [] });
  return {
    cases: read(CASES.name),
    partners: read(PARTNERS.name),
    donations: read('Schenkingen'),
    devices: read(DEVICES.name),
  };
}

function nextBatchId(existing: readonly string[], year: string): string {
  const prefix = `BR-${year}-`;
  const highest = existing
    .filter((id) => id.startsWith(prefix))
    .map((id) => Number(id.slice(prefix.length)))
    .filter(Number.isFinite)
    .reduce((a, b) => Math.max(a, b), 0);
  return `${prefix}${String(highest + 1).padStart(4, '0')}`;
}

export function mailId(reeks: string, key: string): string {
  return `brief-${reeks}-${key}`;
}

/**
 * The rows of Berichten (as read at the start of a hold of the lock) that `deliverOnce` will look up for these
 * mail ids: the first row of each id, looked up while the snapshot is still the tab's latest. The hold only
 * appends and updates the rows of its own ids, each looked up once before, so the answers are those the whole
 * snapshot gives; a look-up in the full snapshot after the first append would scan Berichten again in every hold.
 */
function sentBefore(messages: TableSnapshot, ids: readonly string[]): TableSnapshot {
  const rows: StoredRow[] = [];
  for (const id of ids) {
    const row = firstRowWhere(messages, 'Bericht-ID', id);
    if (row) rows.push(row);
  }
  return { headers: messages.headers, rows };
}

/** Rows of Brieven the worker asked for, or that are still going on. */
export function openBatches(tables: Ports['tables']): StoredRow[] {
  if (!tables.hasTab(LETTERS.name)) return [];
  return tables.read(LETTERS.name).rows.filter((row) => OPEN_STATUSES.includes(cellText(row.values.Status)));
}

/** The clear-language findings of every language a letter exists in. */
export function checkTemplates(
  templates: TemplateStore,
  kind: LetterKind,
): Array<{ label: string; findings: Finding[] }> {
  return templates.languages(kind.id).map((language) => {
    const template = templates.read(kind.id, language);
    const label = `${kind.title} (${languageName(language)})`;
    return { label, findings: template ? checkLetter(template, kind) : [] };
  });
}

/** Findings for the batches waiting with "Maken" (what the worker sees before she goes on). */
export function findingsForRequests(ports: Ports, templates: TemplateStore): string {
  const kinds = new Set(
    openBatches(ports.tables)
      .filter((row) => cellText(row.values.Status) === BATCH_STATUS.make)
      .map((row) => letterKind(cellText(row.values.Sjabloon)))
      .filter((k): k is LetterKind => k !== undefined),
  );
  return [...kinds]
    .flatMap((kind) => checkTemplates(templates, kind))
    .flatMap(({ label, findings }) => findings.map((f) => `${label}: ${f.message}`))
    .join('\n');
}

function manner(value: string): string | null {
  if (value.trim() === '') return MANNER.emailElsePost;
  return MANNERS.find((m) => m.toLowerCase() === value.trim().toLowerCase()) ?? null;
}

interface Started {
  batchId: string;
  review: number;
}

/** Step 1, under the lock. Returns null when the request was refused (the row says why). */
function startBatch(ports: Ports, deps: LetterDeps, row: StoredRow): Started | null {
  const { tables, clock } = ports;
  const now = clock.now();
  const refuse = (reason: string) => {
    tables.update(LETTERS.name, row.rowNumber, { Status: BATCH_STATUS.refused, Opmerking: reason });
    ports.audit.log('letters.refused', { row: row.rowNumber });
    return null;
  };
  if (cellText(row.values['Batch-ID']) !== '') {
    // A batch that was made keeps its record (the outreach matrix counts it): a new batch is a new row.
    tables.update(LETTERS.name, row.rowNumber, {
      Status: BATCH_STATUS.done,
      Opmerking: [cellText(row.values.Opmerking), LETTER_TEXTS.alreadyMade].filter(Boolean).join(' '),
    });
    return null;
  }
  const kind = letterKind(cellText(row.values.Sjabloon));
  if (!kind) {
    return refuse(
      LETTER_TEXTS.unknownTemplate(cellText(row.values.Sjabloon), LETTER_KINDS.map((k) => k.id).join(', ')),
    );
  }
  const parsed = parseSelection(cellText(row.values.Selectie));
  if (!parsed.ok) return refuse(parsed.reason);
  const how = manner(cellText(row.values.Manier));
  if (!how) return refuse(LETTER_TEXTS.unknownManner(cellText(row.values.Manier)));
  const available = deps.templates.languages(kind.id);
  if (!available.includes('nl')) return refuse(LETTER_TEXTS.noTemplate(kind.title));

  const batchId = nextBatchId(columnValues(tables.read(LETTERS.name), 'Batch-ID'), monthKey(now).slice(0, 4));
  const reeks = cellText(row.values.Reeks) || (kind.series === 'monthly' ? `${kind.id}-${monthKey(now)}` : kind.id);
  const settings = readLetterSettings(tables.read(SETTINGS.name));
  const everyone = recipientsFor(
    kind.audience,
    sources(ports),
    settings,
    now,
    probeSelected(kind.audience, parsed.selection),
  );
  const chosen = selectRecipients(kind.audience, everyone, parsed.selection);

  // Never twice in the same Reeks: the letters tab and the e-mails in Berichten both count.
  const items = tables.read(LETTER_ITEMS.name);
  const messages = tables.read(MESSAGES.name);
  const done = new Set(
    items.rows.filter((r) => cellText(r.values.Reeks) === reeks).map((r) => cellText(r.values.Nummer)),
  );
  const fresh = chosen.filter((r) => !done.has(r.key) && !firstRowWhere(messages, 'Bericht-ID', mailId(reeks, r.key)));

  const notes: string[] = [];
  if (chosen.length > fresh.length) notes.push(LETTER_TEXTS.alreadyDone(chosen.length - fresh.length));
  // A letter whose own required facts are missing (no appointment date, no wiped device) is not made.
  const own = kind.required.filter((p) => !BATCH_PLACEHOLDERS.has(p));
  const lacking = (r: Recipient) => own.filter((p) => (LIST_PLACEHOLDERS.has(p) ? !r.lists[p]?.length : !r.values[p]));
  const incomplete = fresh.filter((r) => lacking(r).length > 0);
  for (const p of [...new Set(incomplete.flatMap(lacking))]) {
    notes.push(LETTER_TEXTS.missingValue(incomplete.filter((r) => lacking(r).includes(p)).length, p));
  }
  const plan: Row[] = [];
  const toReview: Recipient[] = [];
  let noEmail = 0;
  const fallbacks = new Set<string>();
  for (const r of fresh.filter((x) => lacking(x).length === 0)) {
    const language = available.includes(r.language) ? r.language : 'nl';
    if (language !== r.language) fallbacks.add(r.language);
    const byMail = how !== MANNER.post && r.email !== '';
    if (!byMail && how === MANNER.email) {
      noEmail++;
      continue;
    }
    if (!byMail && r.address.length === 0) {
      toReview.push(r);
      continue;
    }
    plan.push({
      'Batch-ID': batchId,
      Reeks: reeks,
      Nummer: r.key,
      Sjabloon: kind.id,
      Taal: language,
      Manier: byMail ? ITEM_MANNER.email : ITEM_MANNER.post,
      'Gemaakt op': now,
    });
  }
  if (noEmail > 0) notes.push(LETTER_TEXTS.noEmail(noEmail));
  for (const code of fallbacks) notes.push(LETTER_TEXTS.languageFallback(languageName(code)));

  const review = tables.read(REVIEW.name);
  const reviewRows = toReview
    .filter((r) => !firstRowWhere(review, 'Antwoord-ID', `brief:${reeks}:${r.key}`))
    .map((r) => ({
      'Antwoord-ID': `brief:${reeks}:${r.key}`,
      'Ontvangen op': now,
      Formulier: LETTER_TEXTS.reviewForm,
      Reden: LETTER_TEXTS.reviewReason(r.addressProblem),
      Antwoordtab: LETTERS.name,
      'Rij in antwoordtab': row.rowNumber,
      Antwoorden: `${kind.title}: ${r.key}`,
      Status: REVIEW_STATUS.open,
      'Kandidaat-dossiers': kind.audience === 'household' ? r.key : '',
    }));
  if (reviewRows.length > 0) tables.append(REVIEW.name, reviewRows);
  if (plan.length > 0) tables.append(LETTER_ITEMS.name, plan);

  const languages = [...new Set(plan.map((p) => String(p.Taal)))].sort();
  const findings = languages.reduce((n, language) => {
    const template = deps.templates.read(kind.id, language);
    return n + (template ? checkLetter(template, kind).length : 0);
  }, 0);
  if (findings > 0) notes.push(LETTER_TEXTS.findings(findings));
  // The whole row in one write (the counts and the file come at the end).
  tables.update(LETTERS.name, row.rowNumber, {
    'Batch-ID': batchId,
    Reeks: reeks,
    Sjabloon: kind.id,
    Selectie: cellText(row.values.Selectie),
    Manier: how,
    Status: BATCH_STATUS.busy,
    Talen: languages.map(languageName).join(', '),
    Actiecode: kind.actionCode,
    Door: deps.who,
    'Gemaakt op': now,
    Aantal: '',
    'Op papier': '',
    'Per e-mail': '',
    'Naar Te controleren': toReview.length,
    Bestand: '',
    Opmerking: notes.join(' '),
  });
  tables.flush();
  ports.audit.log('letters.started', { batchId, planned: plan.length, review: toReview.length });
  return { batchId, review: toReview.length };
}

type WorkOutcome = 'done' | 'paused' | 'quota';

interface BatchCounts {
  letters: number;
  mails: number;
}

/** Steps 2 to 4 for one started batch. */
function workBatch(
  ports: Ports,
  deps: LetterDeps,
  batchId: string,
  outOfTime: () => boolean,
  counts: BatchCounts,
): WorkOutcome {
  const { tables, properties, clock } = ports;
  const batchRow = firstRowWhere(tables.read(LETTERS.name), 'Batch-ID', batchId);
  if (!batchRow) return 'done';
  const kind = letterKind(cellText(batchRow.values.Sjabloon));
  if (!kind) return 'done';
  const reeks = cellText(batchRow.values.Reeks);
  const items = tables.read(LETTER_ITEMS.name).rows.filter((r) => cellText(r.values['Batch-ID']) === batchId);
  const paper = items.filter((r) => cellText(r.values.Manier) === ITEM_MANNER.post);
  const mails = items.filter((r) => cellText(r.values.Manier) === ITEM_MANNER.email);

  const settingsTab = tables.read(SETTINGS.name);
  const settings = readSettings(settingsTab);
  const letterSettings = readLetterSettings(settingsTab);
  const keys = new Set(items.map((r) => cellText(r.values.Nummer)));
  const byKey = new Map(
    recipientsFor(kind.audience, sources(ports), letterSettings, clock.now(), (p) => keys.has(p.key)).map((r) => [
      r.key,
      r,
    ]),
  );
  const lists = tables.hasTab(DIGIPUNTEN.name) ? helpLists(tables.read(DIGIPUNTEN.name)) : {};
  const madeOn = batchRow.values['Gemaakt op'] instanceof Date ? (batchRow.values['Gemaakt op'] as Date) : clock.now();
  const constants = (language: string) => batchValues(settings, letterSettings, madeOn, language);

  const cursorKey = `${LETTERS_CURSOR_PREFIX}${batchId}`;
  const cursor = readCursor(properties.get(cursorKey));
  const saveCursor = () => properties.set(cursorKey, JSON.stringify(cursor));

  // ---- paper ----
  if (paper.length > 0 && cursor.file === '') {
    const languages = [...new Set(paper.map((r) => cellText(r.values.Taal)))].sort();
    const spec: PrintSpec = {
      batchId,
      title: `Brieven ${batchId} ${kind.id} ${monthKey(madeOn)}`,
      kind: kind.id,
      languages,
      constants: Object.fromEntries(languages.map((l) => [l, constants(l)])),
      lists,
      sender: [
        letterSettings.senderOrganisation,
        letterSettings.senderAddress,
        [settings.workerPhone, settings.workerEmail].filter(Boolean).join(' · '),
      ].filter(Boolean),
      address: addressPosition(letterSettings.addressLeftMm, letterSettings.addressTopMm),
    };
    const doc: PrintedDocument = deps.printer.open(spec, cursor.doc);
    if (cursor.doc === null) {
      // The new document is known before its first letter, so a stop at any point leaves nothing orphaned.
      cursor.doc = doc.checkpoint();
      saveCursor();
    }
    let sinceCheckpoint = 0;
    while (cursor.next < paper.length) {
      if (outOfTime()) {
        cursor.doc = doc.checkpoint();
        saveCursor();
        return 'paused';
      }
      const item = paper[cursor.next];
      const recipient = byKey.get(cellText(item.values.Nummer));
      doc.add({
        language: cellText(item.values.Taal),
        values: recipient?.values ?? {},
        lists: recipient?.lists ?? {},
        address: recipient?.address ?? [],
        reference: cellText(item.values.Nummer),
      });
      cursor.next++;
      counts.letters++;
      if (++sinceCheckpoint === CHUNK && cursor.next < paper.length) {
        cursor.doc = doc.checkpoint();
        saveCursor();
        sinceCheckpoint = 0;
      }
    }
    cursor.file = doc.finish();
    cursor.doc = null;
    saveCursor();
  }

  // ---- e-mail ----
  let failed = 0;
  let unknown = 0;
  let stopped: WorkOutcome | null = null;
  for (let i = 0; i < mails.length && !stopped; ) {
    if (outOfTime()) {
      stopped = 'paused';
      break;
    }
    i = ports.lock.withLock(LETTERS_LOCK_MS, () => {
      const messages = sentBefore(
        tables.read(MESSAGES.name),
        mails.slice(i, i + MAILS_PER_LOCK).map((item) => mailId(reeks, cellText(item.values.Nummer))),
      );
      let k = i;
      for (; k < mails.length && k < i + MAILS_PER_LOCK; k++) {
        const item = mails[k];
        const key = cellText(item.values.Nummer);
        const recipient = byKey.get(key);
        if (!recipient || recipient.email === '') {
          failed++;
          continue;
        }
        const language = cellText(item.values.Taal);
        const template = deps.templates.read(kind.id, language) ?? deps.templates.read(kind.id, 'nl');
        if (!template) continue;
        const result = deliverOnce(ports, messages, {
          id: mailId(reeks, key),
          caseRef: kind.audience === 'household' ? key : '',
          kind: LETTER_TEXTS.mailKind,
          mail: letterMail(template, recipient, { ...constants(language) }, lists, settings),
        });
        if (result === 'no-quota') {
          stopped = 'quota';
          break;
        }
        if (result === 'sent') counts.mails++;
        if (result === 'failed') failed++;
        if (result === 'unknown') unknown++;
      }
      return k;
    });
  }

  // ---- the Brieven row ----
  ports.lock.withLock(LETTERS_LOCK_MS, () => {
    const row = firstRowWhere(tables.read(LETTERS.name), 'Batch-ID', batchId);
    if (!row) return;
    const note = cellText(row.values.Opmerking);
    const extra = [
      failed + unknown > 0 ? LETTER_TEXTS.mailProblems(failed, unknown) : '',
      stopped === 'quota' ? LETTER_TEXTS.quota : '',
    ].filter((t) => t && !note.includes(t));
    // From Status to Opmerking in one write: the columns in between keep their values.
    tables.update(LETTERS.name, row.rowNumber, {
      Status: stopped === 'quota' ? BATCH_STATUS.waitingForQuota : stopped ? BATCH_STATUS.busy : BATCH_STATUS.done,
      Talen: row.values.Talen,
      Actiecode: row.values.Actiecode,
      Door: row.values.Door,
      'Gemaakt op': row.values['Gemaakt op'],
      'Naar Te controleren': row.values['Naar Te controleren'],
      Aantal: paper.length + mails.length,
      'Op papier': paper.length,
      'Per e-mail': mails.length,
      Bestand: cursor.file,
      Opmerking: [note, ...extra].filter(Boolean).join(' '),
    });
    tables.flush();
  });
  if (!stopped) properties.delete(cursorKey);
  ports.audit.log('letters.batch', {
    batchId,
    outcome: stopped ?? 'done',
    letters: counts.letters,
    mails: counts.mails,
  });
  return stopped ?? 'done';
}

/**
 * Makes every batch asked for in Brieven and goes on with those still busy or waiting for e-mail quota.
 * Bounded by `budgetMs` (or the script property letters.budgetMs).
 */
export function makeLetters(ports: Ports, deps: LetterDeps, budgetMs: number): LettersResult {
  const { clock, properties } = ports;
  const configuredText = properties.get(LETTERS_BUDGET);
  const configured = Number(configuredText ?? '');
  const budget = configuredText !== null && Number.isFinite(configured) ? configured : budgetMs;
  const deadline = clock.now().getTime() + budget;
  const result: LettersResult = {
    batches: 0,
    letters: 0,
    mails: 0,
    review: 0,
    paused: false,
    quota: false,
    batchIds: [],
    busy: false,
  };
  // At least one letter or e-mail per run, so a run that starts late still moves the batch on.
  const outOfTime = () => result.letters + result.mails > 0 && clock.now().getTime() >= deadline;

  // One merge at a time (the menu and the continuation trigger could meet): a lease that a stopped run leaves
  // behind runs out after one execution's time.
  const queue = ports.lock.withLock(LETTERS_LOCK_MS, () => {
    const since = Number(properties.get(LETTERS_RUNNING) ?? '');
    if (Number.isFinite(since) && since > 0 && clock.now().getTime() - since < LEASE_MS) return null;
    properties.set(LETTERS_RUNNING, String(clock.now().getTime()));
    return openBatches(ports.tables).map((row) => ({ row, status: cellText(row.values.Status) }));
  });
  if (queue === null) {
    result.busy = true;
    return result;
  }
  try {
    work(queue);
  } finally {
    properties.delete(LETTERS_RUNNING);
  }
  ports.audit.log('letters.run', {
    batches: result.batches,
    letters: result.letters,
    mails: result.mails,
    paused: result.paused,
    quota: result.quota,
  });
  return result;

  function work(queue: Array<{ row: StoredRow; status: string }>): void {
    for (const { row, status } of queue) {
      if (outOfTime()) {
        result.paused = true;
        break;
      }
      let batchId = cellText(row.values['Batch-ID']);
      if (status === BATCH_STATUS.make) {
        const started = ports.lock.withLock(LETTERS_LOCK_MS, () => {
          // Another run may have started it since the queue was read.
          const fresh = ports.tables.read(LETTERS.name).rows.find((r) => r.rowNumber === row.rowNumber);
          return fresh && cellText(fresh.values.Status) === BATCH_STATUS.make ? startBatch(ports, deps, fresh) : null;
        });
        if (!started) continue;
        batchId = started.batchId;
        result.review += started.review;
      }
      if (batchId === '') continue;
      result.batches++;
      result.batchIds.push(batchId);
      const outcome = workBatch(ports, deps, batchId, outOfTime, result);
      if (outcome === 'paused') {
        result.paused = true;
        break;
      }
      if (outcome === 'quota') result.quota = true;
    }
  }
}

/** Inside a held lock: nested use cases must not take it again. */
export const HELD: Lock = { withLock: (_timeoutMs, fn) => fn() };

export { LockBusyError };
