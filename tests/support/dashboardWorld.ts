import { brusselsMidnight } from '../../src/domain/dashboard/calendar';
import { SCAN_QUESTIONS } from '../../src/domain/dashboard/scan';
import { LOGBOOK } from '../../src/domain/register/tabs';
import { CASES, SETTINGS } from '../../src/domain/tabs';
import type { Cell, Row } from '../../src/ports';
import { memoryWorld } from './memoryPorts';

/** 10:00 in Brussels on a day (month 1–12). */
export function at(year: number, month: number, day: number, hour = 10): Date {
  return new Date(brusselsMidnight(year, month, day).getTime() + hour * 3_600_000);
}

export interface CaseSpec {
  ref: string;
  created: Date;
  source?: string;
  status?: string;
  contact?: Date;
  applied?: Date;
  active?: Date;
  closed?: Date;
  first?: string;
  last?: string;
  phone?: string;
  email?: string;
  street?: string;
  notes?: string;
}

/**
 * A set-up in-memory workbook for dashboard tests, with helpers that write register rows directly (as the
 * intake and the edit trigger would have written them), so a data set can be counted by hand.
 */
export function dashboardWorld(now: Date, projectStart = '2026-01-01') {
  const world = memoryWorld(now);
  const { tables } = world;
  const settings = tables.read(SETTINGS.name);
  const row = settings.rows.find((r) => r.values.Instelling === 'Start project');
  if (row) tables.update(SETTINGS.name, row.rowNumber, { Waarde: projectStart });
  let n = 0;
  const addCase = (c: CaseSpec) => {
    n++;
    tables.append(CASES.name, [
      {
        Dossiernummer: c.ref,
        'Aangemaakt op': c.created,
        Voornaam: c.first ?? `Voornaam${n}`,
        Familienaam: c.last ?? `Familienaam${n}`,
        Telefoon: c.phone ?? `0470 00 ${String(10 + (n % 90)).padStart(2, '0')} ${String(n).padStart(2, '0')}`,
        'E-mail': c.email ?? '',
        'Straat en nummer': c.street ?? `Teststraat ${n}`,
        Postcode: '9900',
        Gemeente: 'Eeklo',
        Notities: c.notes ?? '',
        Bron: c.source ?? 'Doorverwijzing',
        Status: c.status ?? 'Aangemeld',
        'Contact opgenomen op': c.contact ?? '',
        'Aanvraag ingediend op': c.applied ?? '',
        'Actief op': c.active ?? '',
        'Afgesloten op': c.closed ?? '',
      },
    ]);
  };
  const logStatus = (ref: string, when: Date, from: string, to: string) =>
    tables.append(LOGBOOK.name, [
      {
        Tijdstip: when,
        Tabblad: 'Dossiers',
        Sleutel: ref,
        Kolom: 'Status',
        Oud: from,
        Nieuw: to,
        Door: 'test',
        Melding: '',
      },
    ]);
  const append = (tab: string, rows: Row[]) => tables.append(tab, rows);
  const setSetting = (key: string, value: Cell) => {
    const r = tables.read(SETTINGS.name).rows.find((x) => x.values.Instelling === key);
    if (!r) throw new Error(`no setting ${key}`);
    tables.update(SETTINGS.name, r.rowNumber, { Waarde: value });
  };
  const scan = (ref: string, when: Date, moment: 'Begin' | 'Einde', answers: string[]) => {
    const row: Row = {
      'Scan-ID': `DS-${ref}-${moment}`,
      Datum: when,
      Dossiernummer: ref,
      Moment: moment,
      Bron: 'test',
    };
    SCAN_QUESTIONS.forEach((q, i) => {
      row[q.header] = answers[i] ?? '';
    });
    tables.append('Drempelscan', [row]);
  };
  return { ...world, addCase, logStatus, append, setSetting, scan };
}
