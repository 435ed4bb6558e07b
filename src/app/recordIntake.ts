import type { FormDefinition } from '../../forms/types';
import { cellText, firstRowWhere } from '../domain/common/table';
import type { AnswersOf } from '../domain/forms/answers';
import { parseAnswers } from '../domain/forms/schema';
import type { Ports, Row, TableSnapshot } from '../ports';
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
  nextRef?(records: TableSnapshot, receivedAt: Date): string;
  /** Column that holds `ref` (when nextRef is given). */
  refColumn?: string;
  row(a: AnswersOf<F>, ctx: RecordContext): Row;
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
    return { kind: 'duplicate', key, caseRef: spec.refColumn ? cellText(earlier.values[spec.refColumn]) : undefined };
  }
  const parsed = parseAnswers(spec.form, sub.answers);
  const reasons = parsed.ok ? (spec.crossCheck?.(parsed.value) ?? []) : parsed.reasons;
  if (!parsed.ok || reasons.length > 0) {
    if (!options.fromReview) sendToReview(tables, sub, key, spec.form.title, reasons);
    audit.log('intake.review', { form: spec.form.key, reasons: reasons.length });
    return { kind: 'review', key, reasons };
  }
  const ref = spec.nextRef ? spec.nextRef(records, sub.submittedAt) : key;
  tables.append(spec.tab, [
    spec.row(parsed.value, { key, receivedAt: sub.submittedAt, ref, responseRow: sub.responseRow }),
  ]);
  audit.log('intake.recorded', { form: spec.form.key, ref: spec.nextRef ? ref : 'veldwerk' });
  return { kind: 'recorded', key, ref, resumed: false };
}
