import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import type { FormDefinition } from '../../forms/types';
import { type ReconcileResult, reconcile } from '../app/reconcile';
import { TIMESTAMP_HEADERS } from '../app/responseRows';
import { inReview, REVIEW_STATUS, sendToReview } from '../app/reviewQueue';
import { setupWorkbook } from '../app/setupWorkbook';
import { foldForMatch } from '../domain/common/text';
import { FORMS } from '../domain/forms/registry';
import { answersToText } from '../domain/intake/reviewAnswers';
import { submissionKey } from '../domain/intake/submissionKey';
import { REVIEW } from '../domain/tabs';
import type { Ports } from '../ports';
import {
  type DateOrder,
  DELIMITER_NAME,
  type Delimiter,
  dateOrderOf,
  decodeCsv,
  detectDelimiter,
  type Encoding,
  parseCsv,
  parseFormsTimestamp,
} from './csv';
import { deliverResponses, type Response, readSubmissions } from './responseTab';
import { cutToCell, type WorkbookTables } from './workbookTables';
import { MAX_CELL_TEXT } from './xlsx/sheetXml';

/** A form by its key ("aanmelding"), or by a word of its title ("Schenking"), for the command line. */
export function formByName(name: string): FormDefinition | undefined {
  const wanted = foldForMatch(name);
  return (
    FORMS.find((f) => f.key === wanted) ??
    FORMS.find((f) => foldForMatch(f.responseTab).endsWith(wanted)) ??
    FORMS.find((f) => foldForMatch(f.title).includes(wanted))
  );
}

/** Answers before this are not plausible for the project; after tomorrow they are in the future. */
const EARLIEST = new Date(2015, 0, 1);

/** A row whose timestamp cannot be read: it goes to Te controleren with its answers. */
export interface UnreadableRow {
  line: number;
  stamp: string;
  answers: Record<string, string>;
  reason: string;
}

export interface CsvResponses {
  /** Readable rows, each once. */
  responses: Response[];
  /** Responses with an answer that was cut to fit a cell, with the questions concerned. */
  truncated: Map<Response, string[]>;
  unreadable: UnreadableRow[];
  /** Rows that repeat an earlier row of the same file (same timestamp and answers). */
  duplicatesInFile: number;
  encoding: Encoding;
  delimiter: Delimiter;
  /** Dutch remarks: the encoding, columns that are not questions of the form, how dates were read. */
  warnings: string[];
}

/**
 * Reads a Google Forms CSV export (as bytes, or text already decoded): the timestamp column, then one column
 * per question title. A required question of the form that has no column is an error (the form and its
 * definition drifted apart); a missing optional question (an export from before it was added) and extra
 * columns are reported. Nothing is dropped: an unreadable timestamp and a too long answer go to review.
 */
export function readFormsCsv(form: FormDefinition, input: Buffer | string, now = new Date()): CsvResponses {
  const decoded = typeof input === 'string' ? { text: input, encoding: 'UTF-8' as Encoding } : decodeCsv(input);
  const delimiter = detectDelimiter(decoded.text.replace(/^\uFEFF/, ''));
  const [header, ...rows] = parseCsv(decoded.text, delimiter);
  if (!header) throw new Error('Het CSV-bestand is leeg.');
  const warnings: string[] = [];
  if (decoded.encoding === 'Windows-1252') {
    warnings.push(
      'Het bestand is geen UTF-8; het is gelezen als Windows-1252 (West-Europees, zoals Excel het bewaart). Kijk na of letters als é, ë en ç goed staan.',
    );
  } else if (decoded.encoding === 'UTF-16')
    warnings.push('Het bestand is gelezen als UTF-16 (Unicode-tekst uit Excel).');
  const titles = header.map((h) => h.trim());
  const stampColumn = titles.findIndex((t) => TIMESTAMP_HEADERS.includes(t));
  if (stampColumn < 0) {
    throw new Error(
      `Geen kolom met het tijdstip (${TIMESTAMP_HEADERS.join(' / ')}). Is dit een export van Google Forms? (Gelezen als ${decoded.encoding}, gescheiden door ${DELIMITER_NAME[delimiter]}.)`,
    );
  }
  const absent = form.questions.filter((q) => !titles.includes(q.title));
  const missing = absent.filter((q) => q.required).map((q) => `"${q.title}"`);
  if (missing.length > 0) {
    throw new Error(`Deze vragen van "${form.title}" staan niet in het CSV-bestand: ${missing.join(', ')}.`);
  }
  const known = new Set<string>([...form.questions.map((q) => q.title), titles[stampColumn]]);
  warnings.push(
    ...titles
      .filter((t) => t !== '' && !known.has(t))
      .map((t) => `Kolom "${t}" hoort niet bij het formulier en is overgeslagen.`),
    // An export made before an optional question was added: its answers are simply empty.
    ...absent
      .filter((q) => !q.required)
      .map((q) => `Vraag "${q.title}" staat niet in het bestand; ze is niet verplicht en blijft leeg.`),
  );

  const stamps = rows.map((cells) => cells[stampColumn] ?? '');
  const decided = dateOrderOf(stamps);
  const order: DateOrder = decided.order ?? 'dmy';
  if (decided.conflicting) {
    warnings.push(
      `De data in het bestand staan niet allemaal in dezelfde volgorde; gelezen als ${order === 'dmy' ? 'dag/maand/jaar' : 'maand/dag/jaar'}. Rijen die dan niet kloppen staan in Te controleren.`,
    );
  } else if (decided.order === 'mdy') warnings.push('De data zijn gelezen als maand/dag/jaar (Amerikaanse notatie).');

  const responses: Response[] = [];
  const truncated = new Map<Response, string[]>();
  const unreadable: UnreadableRow[] = [];
  const seen = new Set<string>();
  let duplicatesInFile = 0;
  const latest = new Date(now.getTime() + 86_400_000);
  rows.forEach((cells, i) => {
    const answers: Record<string, string> = {};
    const cut: string[] = [];
    for (const q of form.questions) {
      const value = cells[titles.indexOf(q.title)] ?? '';
      answers[q.title] = value.length > MAX_CELL_TEXT ? cutToCell(value) : value;
      if (value.length > MAX_CELL_TEXT) cut.push(q.title);
    }
    const stamp = cells[stampColumn] ?? '';
    const timestamp = parseFormsTimestamp(stamp, order);
    const reason = !timestamp
      ? `Het tijdstip "${stamp}" is onleesbaar (verwacht bijvoorbeeld ${order === 'dmy' ? '24/11/2026 9:05:00' : '11/24/2026 9:05:00'}).`
      : timestamp < EARLIEST || timestamp > latest
        ? `Het tijdstip "${stamp}" kan niet kloppen (${timestamp < EARLIEST ? 'vóór 2015' : 'in de toekomst'}).`
        : null;
    const key =
      timestamp && !reason ? submissionKey(form, timestamp, answers) : `${stamp}\u0000${cells.join('\u0000')}`;
    if (seen.has(key)) {
      duplicatesInFile++;
      return;
    }
    seen.add(key);
    if (reason || !timestamp) {
      unreadable.push({
        line: i + 2,
        stamp,
        answers,
        reason: `${reason} Vul bij "Ontvangen op" de juiste datum en tijd in (dd/mm/jjjj uu:mm), zet Status op "${REVIEW_STATUS.redo}" en verwerk de rij opnieuw (menu in Google, of npm start -- review).`,
      });
      return;
    }
    const response = { timestamp, answers };
    responses.push(response);
    if (cut.length > 0) truncated.set(response, cut);
  });
  if (duplicatesInFile > 0) {
    warnings.push(`${duplicatesInFile} rij(en) stonden twee keer in het bestand; ze zijn één keer ingelezen.`);
  }
  return {
    responses,
    truncated,
    unreadable,
    duplicatesInFile,
    encoding: decoded.encoding,
    delimiter,
    warnings,
  };
}

export interface ImportReport {
  form: string;
  /** Data rows in the file. */
  rows: number;
  duplicatesInFile: number;
  /** New rows in the response tab. */
  added: number;
  /** Rows that were in the workbook already. */
  alreadyThere: number;
  unreadable: number;
  truncated: number;
  encoding: Encoding;
  delimiter: string;
  warnings: string[];
  intake: ReconcileResult;
}

/**
 * `npm start -- import <form> <file.csv>`: the CSV rows go into the form's response tab (a row already there is
 * not added again), then the same intake as in Google takes in every row without a register row. A row with
 * an unreadable timestamp or a too long answer goes to Te controleren with the reason, before the intake.
 */
export function importCsv(
  tables: WorkbookTables,
  ports: Ports,
  form: FormDefinition,
  file: string,
  now = new Date(),
): ImportReport {
  const csv = readFormsCsv(form, fs.readFileSync(file), now);
  setupWorkbook(tables);
  const added = deliverResponses(tables, form, csv.responses);
  if (csv.truncated.size > 0) {
    const rows = new Map(readSubmissions(tables, form).map((s) => [submissionKey(form, s.submittedAt, s.answers), s]));
    for (const [response, questions] of csv.truncated) {
      const key = submissionKey(form, response.timestamp, response.answers);
      const sub = rows.get(key);
      if (!sub || inReview(tables, key)) continue;
      sendToReview(tables, sub, key, form.title, [
        `Het antwoord op ${questions.map((q) => `"${q}"`).join(', ')} was langer dan een cel kan bevatten (${MAX_CELL_TEXT} tekens) en is ingekort (zie "…[ingekort"). Kijk het na in het originele bestand, verbeter het in Antwoorden en zet Status op "${REVIEW_STATUS.redo}".`,
      ]);
    }
  }
  for (const row of csv.unreadable) {
    const key = `import-${createHash('sha256')
      .update(`${form.key}\u0000${row.stamp}\u0000${answersToText(row.answers)}`)
      .digest('hex')
      .slice(0, 20)}`;
    if (inReview(tables, key)) continue;
    tables.append(REVIEW.name, [
      {
        'Antwoord-ID': key,
        'Ontvangen op': row.stamp,
        Formulier: form.title,
        Reden: row.reason,
        Antwoordtab: form.responseTab,
        'Rij in antwoordtab': '',
        Antwoorden: answersToText(row.answers),
        Status: REVIEW_STATUS.open,
        'Kandidaat-dossiers': '',
      },
    ]);
  }
  const intake = reconcile(ports, Number.POSITIVE_INFINITY);
  const total = csv.responses.length + csv.unreadable.length + csv.duplicatesInFile;
  return {
    form: form.title,
    rows: total,
    duplicatesInFile: csv.duplicatesInFile,
    added,
    alreadyThere: csv.responses.length - added,
    unreadable: csv.unreadable.length,
    truncated: csv.truncated.size,
    encoding: csv.encoding,
    delimiter: DELIMITER_NAME[csv.delimiter],
    warnings: csv.warnings,
    intake,
  };
}
