import type { StoredRow, TableSnapshot } from '../../ports';
import { cellText } from '../common/table';
import { CLOSED_COLUMN, isExit } from '../register/journey';
import { ANONYMISED_AT } from './tabs';

/**
 * Which personal data is due for anonymisation. Pure: the caller gives the time and the setting.
 * Month arithmetic is in UTC calendar fields, so the answer does not depend on the host's time zone.
 */

/** The moment `months` calendar months before `now`. */
export function retentionCutoff(now: Date, months: number): Date {
  const d = new Date(now.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}

function before(value: unknown, cutoff: Date): boolean {
  return value instanceof Date && value.getTime() < cutoff.getTime();
}

function anonymised(row: StoredRow): boolean {
  const value = row.values[ANONYMISED_AT];
  // The usual mark is a date: a valid one is never empty text (no need to write it out).
  if (value instanceof Date && !Number.isNaN(value.getTime())) return true;
  return cellText(value) !== '';
}

/**
 * Closed cases whose closing date lies before the cutoff and that are not anonymised yet, in register order.
 * A case without a closing date uses its last status change; a case with neither is left alone (docs/privacy.md).
 */
export function dueCases(cases: TableSnapshot, cutoff: Date): string[] {
  const out: string[] = [];
  for (const row of cases.rows) {
    const ref = cellText(row.values.Dossiernummer);
    if (!ref || anonymised(row) || !isExit(cellText(row.values.Status))) continue;
    const closed =
      row.values[CLOSED_COLUMN] instanceof Date ? row.values[CLOSED_COLUMN] : row.values['Laatste statuswijziging'];
    if (before(closed, cutoff)) out.push(ref);
  }
  return out;
}

/** Course participations without a case whose session lies before the cutoff and that still name someone. */
export function dueParticipations(attendance: TableSnapshot, cutoff: Date): StoredRow[] {
  return attendance.rows.filter(
    (row) =>
      cellText(row.values.Dossiernummer) === '' &&
      !anonymised(row) &&
      before(row.values.Datum, cutoff) &&
      (cellText(row.values.Deelnemer) !== '' || cellText(row.values.Telefoon) !== ''),
  );
}

/**
 * Rows of Te controleren received before the cutoff that never became part of a case (refused, no consent,
 * never handled) and still hold answers: their answers and raw response are anonymised on their own.
 */
export function dueReviewRows(review: TableSnapshot, cases: TableSnapshot, cutoff: Date): StoredRow[] {
  const received = review.rows.filter((row) => before(row.values['Ontvangen op'], cutoff));
  // The case numbers these rows name (upper case), and which of them are in Dossiers: a small set to look in.
  const named = new Set<string>();
  for (const row of received) {
    named.add(cellText(row.values.Resultaat).toUpperCase());
    named.add(cellText(row.values['Koppelen aan dossier']).toUpperCase());
  }
  named.delete('');
  const known = new Set<string>();
  if (named.size > 0)
    for (const r of cases.rows) {
      const ref = cellText(r.values.Dossiernummer);
      if (!ref) continue;
      const upper = ref.toUpperCase();
      if (named.has(upper)) known.add(upper);
    }
  return received.filter((row) => {
    if (known.has(cellText(row.values.Resultaat).toUpperCase())) return false;
    if (known.has(cellText(row.values['Koppelen aan dossier']).toUpperCase())) return false;
    return cellText(row.values.Antwoorden) !== '' || cellText(row.values.Reden) !== '';
  });
}
