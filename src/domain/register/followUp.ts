import type { Row, StoredRow } from '../../ports';
import { RowMemo } from '../common/rowMemo';
import { cellText } from '../common/table';
import { bullets, composeMail, heading, paragraph } from '../messages/compose';
import type { Settings } from '../settings/settings';
import { daysBetween, isExit } from './journey';

/**
 * Next actions (CiviCase-style): which open cases are overdue, which come up soon, and which journeys
 * have not moved for N days. Used by the Opvolging view and the weekly digest e-mail.
 */

export interface FollowUpItem {
  kind: 'Te laat' | 'Binnenkort' | 'Stilgevallen';
  caseRef: string;
  status: string;
  action: string;
  actionDate: Date | null;
  /** Days overdue (Te laat), days left (Binnenkort) or days without change (Stilgevallen). */
  days: number;
  rowNumber: number;
}

export interface FollowUp {
  overdue: FollowUpItem[];
  upcoming: FollowUpItem[];
  stale: FollowUpItem[];
}

function asDate(value: unknown): Date | null {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value : null;
}

/** Open cases (a number and no exit), per row: most of a large register is closed and skipped at once. */
const openCases = new RowMemo((row) => {
  const caseRef = cellText(row.values.Dossiernummer);
  return caseRef !== '' && !isExit(cellText(row.values.Status));
});

/**
 * Open cases only (an exit ends the journey). A case can be both overdue and stale: it is listed in both,
 * because they ask for different things (do the action; move the journey on or close it).
 */
export function selectFollowUp(
  cases: readonly StoredRow[],
  today: Date,
  upcomingDays: number,
  staleDays: number,
): FollowUp {
  const result: FollowUp = { overdue: [], upcoming: [], stale: [] };
  const open = openCases.of(cases);
  for (let i = 0; i < cases.length; i++) {
    if (!open[i]) continue;
    const row = cases[i];
    const v = row.values;
    const caseRef = cellText(v.Dossiernummer);
    const status = cellText(v.Status);
    const action = cellText(v['Volgende actie']);
    const rowNumber = row.rowNumber;
    // Items as plain literals (same keys, same order as before): spreading a shared base was the slow part.
    const item = (kind: FollowUpItem['kind'], actionDate: Date | null, days: number): FollowUpItem => ({
      caseRef,
      status,
      action,
      rowNumber,
      kind,
      actionDate,
      days,
    });
    const actionDate = asDate(v['Datum volgende actie']);
    if (actionDate) {
      const left = daysBetween(today, actionDate);
      if (left < 0) result.overdue.push(item('Te laat', actionDate, -left));
      else if (left <= upcomingDays) result.upcoming.push(item('Binnenkort', actionDate, left));
    }
    const changed = asDate(v['Laatste statuswijziging']) ?? asDate(v['Aangemaakt op']);
    if (changed) {
      const quiet = daysBetween(changed, today);
      if (quiet >= staleDays) result.stale.push(item('Stilgevallen', actionDate, quiet));
    }
  }
  result.overdue.sort((a, b) => b.days - a.days || a.caseRef.localeCompare(b.caseRef));
  result.upcoming.sort((a, b) => a.days - b.days || a.caseRef.localeCompare(b.caseRef));
  result.stale.sort((a, b) => b.days - a.days || a.caseRef.localeCompare(b.caseRef));
  return result;
}

/** Rows of the Opvolging view. */
export function followUpRows(f: FollowUp): Row[] {
  return [...f.overdue, ...f.upcoming, ...f.stale].map((item) => ({
    Soort: item.kind,
    Dossiernummer: item.caseRef,
    Status: item.status,
    'Volgende actie': item.action,
    'Datum volgende actie': item.actionDate,
    Dagen: item.days,
    'Rij in Dossiers': item.rowNumber,
  }));
}

/** ISO week label like 2026-W48, for the digest's once-per-week id. */
export function isoWeek(date: Date): string {
  const d = new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

function shortDate(date: Date | null): string {
  if (!date) return '';
  return `${String(date.getDate()).padStart(2, '0')}/${String(date.getMonth() + 1).padStart(2, '0')}/${date.getFullYear()}`;
}

export const DIGEST_TEXT = {
  subject: (week: string, overdue: number) =>
    `Weekoverzicht ${week}: ${overdue} ${overdue === 1 ? 'actie' : 'acties'} te laat`,
  intro: 'Dit is uw weekoverzicht van de dossiers. Alleen dossiernummers, geen namen: open de projectsheet voor meer.',
  overdue: 'Te laat',
  upcoming: (days: number) => `Binnenkort (de komende ${days} dagen)`,
  stale: (days: number) => `Geen wijziging in ${days} dagen of meer`,
  none: 'Geen.',
  overdueLine: (i: FollowUpItem) => `${i.caseRef} (${i.status}): ${i.action || 'geen actie'} – ${i.days} dagen te laat`,
  upcomingLine: (i: FollowUpItem) =>
    `${i.caseRef} (${i.status}): ${i.action || 'geen actie'} op ${shortDate(i.actionDate)}`,
  staleLine: (i: FollowUpItem) => `${i.caseRef} (${i.status}): ${i.days} dagen geen wijziging`,
  view: 'Het tabblad Opvolging toont dezelfde lijst.',
};

export function digestMail(f: FollowUp, week: string, settings: Settings, upcomingDays: number, staleDays: number) {
  const t = DIGEST_TEXT;
  const sections: Array<[string, string[]]> = [
    [t.overdue, f.overdue.map(t.overdueLine)],
    [t.upcoming(upcomingDays), f.upcoming.map(t.upcomingLine)],
    [t.stale(staleDays), f.stale.map(t.staleLine)],
  ];
  return composeMail({
    to: settings.workerEmail,
    subject: t.subject(week, f.overdue.length),
    blocks: [
      paragraph(t.intro),
      ...sections.flatMap(([title, lines]) => [
        heading(`${title} (${lines.length})`),
        lines.length ? bullets(lines) : paragraph(t.none),
      ]),
      paragraph(t.view),
    ],
    senderName: settings.senderName,
  });
}
