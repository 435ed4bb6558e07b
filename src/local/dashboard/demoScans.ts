import { SCAN_FORM_QUESTIONS, SCAN_NO, SCAN_WITH_HELP, SCAN_YES } from '../../../forms/scanQuestions';
import { addScan } from '../../app/dashboard/scans';
import { cellText } from '../../domain/common/table';
import { brusselsDay } from '../../domain/dashboard/calendar';
import { dateOf, isClosing } from '../../domain/dashboard/kpis';
import { SCAN_SOURCES } from '../../domain/dashboard/scan';
import { SCAN } from '../../domain/dashboard/tabs';
import { MILESTONE_COLUMN } from '../../domain/register/journey';
import { CASES } from '../../domain/tabs';
import type { Ports } from '../../ports';
import { Dice } from '../dice';

/**
 * Demo answers to the quick scan: at the start many households have no internet at home and need help with
 * most things online; at the end (after the project's help) far fewer do. Seeded per household, so the demo
 * stays the same on every run without touching the other generators' sequences.
 */

function seedOf(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

export function demoScanAnswers(key: string, moment: 'Begin' | 'Einde'): Record<string, string> {
  const dice = new Dice(seedOf(`${key}|${moment}`));
  const answers: Record<string, string> = {};
  for (const q of SCAN_FORM_QUESTIONS) {
    if (dice.chance(0.08)) continue; // skipped
    const have = (q.choices.values as readonly string[]).length === 2;
    if (have) {
      const missing = moment === 'Begin' ? (q.id === 'scanInternet' ? 0.4 : 0.3) : 0.05;
      answers[q.id] = dice.chance(missing) ? SCAN_NO : SCAN_YES;
    } else {
      const [yes, help] = moment === 'Begin' ? [0.3, 0.35] : [0.55, 0.35];
      const roll = dice.next();
      answers[q.id] = roll < yes ? SCAN_YES : roll < yes + help ? SCAN_WITH_HELP : SCAN_NO;
    }
  }
  return answers;
}

/** Six in ten self-registrations answer the quick scan (by phone number, so a rerun gives the same). */
export function registrationScanAnswers(phone: string): Record<string, string> {
  if (new Dice(seedOf(`vraag|${phone}`)).next() >= 0.6) return {};
  return demoScanAnswers(phone, 'Begin');
}

/**
 * The worker's scans of the month: at her first call (the case's "Contact opgenomen op" this month) when the
 * household has no start scan yet, and when a case is closed this month. Idempotent.
 */
export function recordMonthScans(ports: Ports, year: number, month: number): { start: number; end: number } {
  const scans = ports.tables.read(SCAN.name).rows;
  const has = new Set(scans.map((r) => `${cellText(r.values.Dossiernummer)}|${cellText(r.values.Moment)}`));
  const inMonth = (value: unknown) => {
    const d = dateOf(value);
    if (!d) return null;
    const day = brusselsDay(d);
    return day.year === year && day.month === month ? d : null;
  };
  let start = 0;
  let end = 0;
  for (const row of ports.tables.read(CASES.name).rows) {
    const v = row.values;
    const ref = cellText(v.Dossiernummer);
    if (!ref) continue;
    const contact = inMonth(v[MILESTONE_COLUMN['Contact opgenomen']]);
    if (contact && !has.has(`${ref}|Begin`) && new Dice(seedOf(`call|${ref}`)).chance(0.75)) {
      addScan(ports, {
        caseRef: ref,
        moment: 'Begin',
        source: SCAN_SOURCES.firstCall,
        date: contact,
        answers: demoScanAnswers(ref, 'Begin'),
      });
      has.add(`${ref}|Begin`);
      start++;
    }
    const closed = inMonth(v['Afgesloten op']);
    if (closed && isClosing(cellText(v.Status)) && has.has(`${ref}|Begin`) && !has.has(`${ref}|Einde`)) {
      addScan(ports, {
        caseRef: ref,
        moment: 'Einde',
        source: SCAN_SOURCES.closing,
        date: closed,
        answers: demoScanAnswers(ref, 'Einde'),
      });
      has.add(`${ref}|Einde`);
      end++;
    }
  }
  return { start, end };
}
