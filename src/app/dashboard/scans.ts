import type { registrationForm } from '../../../forms/registration';
import { cellText } from '../../domain/common/table';
import {
  isEmptyScan,
  SCAN_MOMENTS,
  SCAN_QUESTIONS,
  SCAN_SOURCES,
  scanAnswer,
  scanColumns,
} from '../../domain/dashboard/scan';
import { SCAN } from '../../domain/dashboard/tabs';
import type { AnswersOf } from '../../domain/forms/answers';
import type { CaseContext } from '../../domain/referral/records';
import type { Ports } from '../../ports';
import { issueSeqIdInTab } from '../references';

/**
 * Quick scans in the Drempelscan tab: from the Aanmelding form (the household's own answers) and from the
 * worker (her first call, the closing of a case).
 */

/**
 * Records the quick-scan answers of a self-registration as the household's start scan, once per response
 * (the response key is kept in "Antwoord-ID"). Nothing is read or written when every question was skipped.
 */
export function recordRegistrationScan(ports: Ports, a: AnswersOf<typeof registrationForm>, ctx: CaseContext): boolean {
  const byId = a as unknown as Record<string, string>;
  const answers: Record<string, string> = {};
  for (const q of SCAN_QUESTIONS) answers[q.id] = scanAnswer(q, byId[q.id] ?? '');
  if (isEmptyScan(answers)) return false;
  if (!ports.tables.hasTab(SCAN.name)) ports.tables.ensureTab(SCAN);
  const scans = ports.tables.read(SCAN.name);
  if (scans.rows.some((r) => cellText(r.values['Antwoord-ID']) === ctx.responseKey)) return false;
  ports.tables.append(SCAN.name, [
    {
      'Scan-ID': issueSeqIdInTab(ports.properties, 'DS', scans, 'Scan-ID'),
      Datum: ctx.receivedAt,
      Dossiernummer: ctx.caseRef,
      Moment: SCAN_MOMENTS.start,
      Bron: SCAN_SOURCES.registration,
      'Antwoord-ID': ctx.responseKey,
      ...scanColumns(answers),
    },
  ]);
  ports.audit.log('scan.registration', { caseRef: ctx.caseRef });
  return true;
}

export interface ScanInput {
  caseRef: string;
  moment: 'Begin' | 'Einde';
  source: string;
  date?: Date;
  /** Answers by question id; missing ones stay empty (skipped). */
  answers?: Record<string, string>;
}

/** Adds one scan row (the menu adds an empty one for the worker to fill in). Returns its id. */
export function addScan(ports: Ports, input: ScanInput): { id: string; rowNumber: number } {
  ports.tables.ensureTab(SCAN);
  const id = issueSeqIdInTab(ports.properties, 'DS', ports.tables.read(SCAN.name), 'Scan-ID');
  const [rowNumber] = ports.tables.append(SCAN.name, [
    {
      'Scan-ID': id,
      Datum: input.date ?? ports.clock.now(),
      Dossiernummer: input.caseRef,
      Moment: input.moment === 'Einde' ? SCAN_MOMENTS.end : SCAN_MOMENTS.start,
      Bron: input.source,
      'Antwoord-ID': '',
      ...scanColumns(input.answers ?? {}),
    },
  ]);
  ports.audit.log('scan.added', { caseRef: input.caseRef, id });
  return { id, rowNumber };
}
