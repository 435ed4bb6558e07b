import * as fs from 'node:fs';
import type { FormDefinition } from '../../forms/types';
import { type ReconcileResult, reconcile } from '../app/reconcile';
import { TIMESTAMP_HEADERS } from '../app/responseRows';
import { setupWorkbook } from '../app/setupWorkbook';
import { foldForMatch } from '../domain/common/text';
import { FORMS } from '../domain/forms/registry';
import type { Ports } from '../ports';
import { parseCsv, parseFormsTimestamp } from './csv';
import { deliverResponses, type Response } from './responseTab';
import type { WorkbookTables } from './workbookTables';

/** A form by its key ("aanmelding"), or by a word of its title ("Schenking"), for the command line. */
export function formByName(name: string): FormDefinition | undefined {
  const wanted = foldForMatch(name);
  return (
    FORMS.find((f) => f.key === wanted) ??
    FORMS.find((f) => foldForMatch(f.responseTab).endsWith(wanted)) ??
    FORMS.find((f) => foldForMatch(f.title).includes(wanted))
  );
}

export interface CsvResponses {
  responses: Response[];
  /** Dutch remarks: columns that are not questions of the form, rows without a readable timestamp. */
  warnings: string[];
}

/**
 * Reads a Google Forms CSV export: the timestamp column, then one column per question title. A required
 * question of the form that has no column is an error (the form and its definition drifted apart); a missing
 * optional question (an export from before it was added) and extra columns are reported.
 */
export function readFormsCsv(form: FormDefinition, text: string): CsvResponses {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new Error('Het CSV-bestand is leeg.');
  const titles = header.map((h) => h.trim());
  const stampColumn = titles.findIndex((t) => TIMESTAMP_HEADERS.includes(t));
  if (stampColumn < 0) {
    throw new Error(
      `Geen kolom met het tijdstip (${TIMESTAMP_HEADERS.join(' / ')}). Is dit een export van Google Forms?`,
    );
  }
  const absent = form.questions.filter((q) => !titles.includes(q.title));
  const missing = absent.filter((q) => q.required).map((q) => `"${q.title}"`);
  if (missing.length > 0) {
    throw new Error(`Deze vragen van "${form.title}" staan niet in het CSV-bestand: ${missing.join(', ')}.`);
  }
  const known = new Set<string>([...form.questions.map((q) => q.title), titles[stampColumn]]);
  const warnings = [
    ...titles
      .filter((t) => t !== '' && !known.has(t))
      .map((t) => `Kolom "${t}" hoort niet bij het formulier en is overgeslagen.`),
    // An export made before an optional question was added: its answers are simply empty.
    ...absent
      .filter((q) => !q.required)
      .map((q) => `Vraag "${q.title}" staat niet in het bestand; ze is niet verplicht en blijft leeg.`),
  ];
  const responses: Response[] = [];
  rows.forEach((cells, i) => {
    const timestamp = parseFormsTimestamp(cells[stampColumn] ?? '');
    if (!timestamp) {
      warnings.push(`Rij ${i + 2}: het tijdstip "${cells[stampColumn] ?? ''}" is onleesbaar; de rij is overgeslagen.`);
      return;
    }
    const answers: Record<string, string> = {};
    for (const q of form.questions) answers[q.title] = cells[titles.indexOf(q.title)] ?? '';
    responses.push({ timestamp, answers });
  });
  return { responses, warnings };
}

export interface ImportReport {
  form: string;
  rows: number;
  added: number;
  warnings: string[];
  intake: ReconcileResult;
}

/**
 * `npm start -- import <form> <file.csv>`: the CSV rows go into the form's response tab (a row already there is
 * not added again), then the same intake as in Google takes in every row without a register row.
 */
export function importCsv(tables: WorkbookTables, ports: Ports, form: FormDefinition, file: string): ImportReport {
  const { responses, warnings } = readFormsCsv(form, fs.readFileSync(file, 'utf8'));
  setupWorkbook(tables);
  const added = deliverResponses(tables, form, responses);
  const intake = reconcile(ports, Number.POSITIVE_INFINITY);
  return { form: form.title, rows: responses.length, added, warnings, intake };
}
