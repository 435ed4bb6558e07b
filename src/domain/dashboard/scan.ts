import { SCAN_FORM_QUESTIONS, SCAN_NO, SCAN_WITH_HELP, SCAN_YES } from '../../../forms/scanQuestions';
import type { Row, StoredRow } from '../../ports';
import { cellText } from '../common/table';

/**
 * The "digitale drempels" quick scan: eight plain questions asked when a household starts (the Aanmelding
 * form, or the worker at her first call) and again when its case is closed. Every question may be skipped.
 * Four of them match an indicator of the UGent study the brief cites, so the project can set its own
 * population next to that baseline (figures and source: docs/dashboard.md).
 */

export const YES = SCAN_YES;
export const WITH_HELP = SCAN_WITH_HELP;
export const NO = SCAN_NO;

export interface ScanQuestion {
  /** Field name in code and in the form definition. */
  id: string;
  /** Column in the Drempelscan tab and label in reports (short). */
  header: string;
  /** The question as the household hears or reads it. */
  question: string;
  choices: readonly string[];
  /** Answers that count as a threshold ("drempel"). */
  threshold: readonly string[];
  /** The UGent 2020 indicator this question can be compared with, if any. */
  baseline?: { percent: number; indicator: string };
}

/** Per question: its column header, and the UGent indicator it can be set against. */
const ANALYSIS: Readonly<Record<string, { header: string; baseline?: { percent: number; indicator: string } }>> = {
  scanDevice: {
    header: 'Computer, laptop of tablet thuis',
    baseline: { percent: 21, indicator: 'heeft thuis geen vaste pc, laptop of tablet' },
  },
  scanInternet: {
    header: 'Internet thuis',
    baseline: { percent: 16, indicator: 'heeft thuis geen internetverbinding' },
  },
  scanEmail: { header: 'E-mail openen' },
  scanLogin: { header: 'Inloggen met itsme of eID' },
  scanPay: { header: 'Rekening online betalen' },
  scanVideo: { header: 'Videobellen' },
  scanApply: {
    header: 'Online iets aanvragen',
    baseline: { percent: 40, indicator: 'heeft moeilijkheden om online tegemoetkomingen aan te vragen' },
  },
  scanHelp: {
    header: 'Zelf hulp vinden',
    baseline: { percent: 40, indicator: 'kan vragen of problemen met de pc niet zelf oplossen' },
  },
};

/** The questions as the dashboard uses them: the form's text, a short header, what counts as a threshold. */
export const SCAN_QUESTIONS: readonly ScanQuestion[] = SCAN_FORM_QUESTIONS.map((q) => ({
  id: q.id,
  header: ANALYSIS[q.id].header,
  question: q.title,
  choices: q.choices.values,
  // No device or no internet is a threshold; for a skill, "with help" is one too.
  threshold: q.choices.values.includes(SCAN_WITH_HELP as never) ? [SCAN_WITH_HELP, SCAN_NO] : [SCAN_NO],
  baseline: ANALYSIS[q.id].baseline,
}));

/** When a scan was taken. */
export const SCAN_MOMENTS = { start: 'Begin', end: 'Einde' } as const;

/** Where a scan came from (column Bron). */
export const SCAN_SOURCES = {
  registration: 'Aanmeldingsformulier',
  firstCall: 'Eerste gesprek',
  closing: 'Afsluiting',
  menu: 'menu',
} as const;

/** The study, as cited in the brief (full reference in docs/dashboard.md). */
export const UGENT_SOURCE =
  'UGent (2020), ICT-bezit en -moeilijkheden van personen die leven in armoede; cijfers uit de vacature van De Kring.';

/** Normalises an answer ("ja", " Met hulp ") to one of the choices, or '' when it is empty or unknown. */
export function scanAnswer(q: ScanQuestion, value: unknown): string {
  const text = cellText(value as Row[string]).toLowerCase();
  return q.choices.find((c) => c.toLowerCase() === text) ?? '';
}

export function hasThreshold(q: ScanQuestion, answer: string): boolean {
  return q.threshold.includes(answer);
}

/** The scan columns of a row: answers by question id ('' when skipped). */
export function scanAnswers(values: Row): Record<string, string> {
  const out: Record<string, string> = {};
  for (const q of SCAN_QUESTIONS) out[q.id] = scanAnswer(q, values[q.header]);
  return out;
}

export function isEmptyScan(answers: Record<string, string>): boolean {
  return SCAN_QUESTIONS.every((q) => !answers[q.id]);
}

/** The tab columns for a set of answers by question id. */
export function scanColumns(answers: Record<string, string | undefined>): Row {
  const row: Row = {};
  for (const q of SCAN_QUESTIONS) row[q.header] = answers[q.id] ?? '';
  return row;
}

export interface CaseScans {
  caseRef: string;
  start: Record<string, string> | null;
  end: Record<string, string> | null;
}

/**
 * Per case, the first start scan and the last end scan taken before `until`. Rows without a case reference
 * (a registration that went to review) are left out: a scan belongs to a household's journey.
 */
export function scansPerCase(
  rows: readonly StoredRow[],
  until: Date,
  dateOf: (v: unknown) => Date | null,
): CaseScans[] {
  const byCase = new Map<
    string,
    { start: [number, Record<string, string>] | null; end: [number, Record<string, string>] | null }
  >();
  for (const row of rows) {
    const v = row.values;
    const caseRef = cellText(v.Dossiernummer);
    const date = dateOf(v.Datum);
    if (!caseRef || !date || date.getTime() >= until.getTime()) continue;
    const answers = scanAnswers(v);
    if (isEmptyScan(answers)) continue;
    const moment = cellText(v.Moment).toLowerCase();
    const entry = byCase.get(caseRef) ?? { start: null, end: null };
    const at = date.getTime();
    if (moment === SCAN_MOMENTS.end.toLowerCase()) {
      if (!entry.end || at >= entry.end[0]) entry.end = [at, answers];
    } else if (!entry.start || at < entry.start[0]) entry.start = [at, answers];
    byCase.set(caseRef, entry);
  }
  return [...byCase.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([caseRef, e]) => ({ caseRef, start: e.start?.[1] ?? null, end: e.end?.[1] ?? null }));
}
