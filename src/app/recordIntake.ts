import type { FormDefinition } from '../../forms/types';
import { cellText, firstRowWhere } from '../domain/common/table';
import type { AnswersOf } from '../domain/forms/answers';
import { parseAnswers } from '../domain/forms/schema';
import type { Ports, Properties, Row, TableSnapshot } from '../ports';
import { inReview, sendToReview } from './reviewQueue';
import type { IntakeOptions, IntakeOutcome, Submission } from './submission';

export interface RecordContext {
  key: string;
  receivedAt: Date;
  /** The record's own reference (SCH-2026-0001), or the key when the form has none. */
  ref: string;
  responseRow?: number;
}

/**
 * A form that records one row per response and touches no case (donation, field log). The same once-only
 * design as the household intake: the row holds the response key, a second delivery finds it.
 */
export interface RecordForm<F extends FormDefinition> {
  form: F;
  tab: string;
  /** Checks across answers (e.g. "an e-mail address or a phone number"); Dutch reasons. */
  crossCheck?(a: AnswersOf<F>): string[];
  /** The record's reference; the key when the form has no numbering of its own. */
  nextRef?(records: TableSnapshot, receivedAt: Date, properties: Properties): string;
  /** Column that holds `ref` (when nextRef is given). */
  refColumn?: string;
  row(a: AnswersOf<F>, ctx: RecordContext): Row;
  /**
   * After the row is written, from the row itself (e.g. the donor's thank-you): it also runs when a rerun finds
   * the row already there, so a crash between the row and the follow-up is completed. Returns what to report.
   */
  followUp?(ports: Ports, record: Row, key: string): string;
}

export function intakeRecord<F extends FormDefinition>(
  ports: Ports,
  spec: RecordForm<F>,
  sub: Submission,
  key: string,
  options: IntakeOptions = {},
): IntakeOutcome {
  const { tables, audit } = ports;
  if (!options.fromReview && inReview(tables, key)) return { kind: 'duplicate', key };
  const records = tables.read(spec.tab);
  const earlier = firstRowWhere(records, 'Antwoord-ID', key);
  if (earlier) {
    const ref = spec.refColumn ? cellText(earlier.values[spec.refColumn]) : undefined;
    const mail = spec.followUp ? spec.followUp(ports, earlier.values, key) : 'none';
    if (mail === 'sent') return { kind: 'recorded', key, ref: ref ?? key, resumed: true, mail };
    return { kind: 'duplicate', key, caseRef: ref };
  }
  const parsed = parseAnswers(spec.form, sub.answers);
  const reasons = parsed.ok ? (spec.crossCheck?.(parsed.value) ?? []) : parsed.reasons;
  if (!parsed.ok || reasons.length > 0) {
    if (!options.fromReview) sendToReview(tables, sub, key, spec.form.title, reasons);
    audit.log('intake.review', { form: spec.form.key, reasons: reasons.length });
    return { kind: 'review', key, reasons };
  }
  const ref = spec.nextRef ? spec.nextRef(records, sub.submittedAt, ports.properties) : key;
  const row = spec.row(parsed.value, { key, receivedAt: sub.submittedAt, ref, responseRow: sub.responseRow });
  tables.append(spec.tab, [row]);
  const mail = spec.followUp ? spec.followUp(ports, row, key) : 'none';
  audit.log('intake.recorded', { form: spec.form.key, ref: spec.nextRef ? ref : 'veldwerk', mail });
  return { kind: 'recorded', key, ref, resumed: false, mail };
}
