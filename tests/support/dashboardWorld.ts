import { brusselsMidnight } from '../../src/domain/dashboard/calendar';
import { SCAN_QUESTIONS } from '../../src/domain/dashboard/scan';
import { LOGBOOK, SUPPORT } from '../../src/domain/register/tabs';
import { CASES, REFERRALS, SETTINGS } from '../../src/domain/tabs';
import { Dice } from '../../src/local/dice';
import type { Cell, Row } from '../../src/ports';
import { memoryWorld } from './memoryPorts';

/** 1 → "b", 27 → "bb": a distinct name part per number (digits would be stripped when people are matched). */
export function letters(n: number): string {
  let out = '';
  let k = n;
  do {
    out = String.fromCharCode(97 + (k % 26)) + out;
    k = Math.floor(k / 26);
  } while (k > 0);
  return out;
}

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
        Voornaam: c.first ?? `Voornaam${letters(n)}`,
        Familienaam: c.last ?? `Familienaam${letters(n)}`,
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

const TOPICS = ['Toestel', 'App', 'Website', 'E-mailadres', 'itsme'];
const PARTNERS = ['Sociaal Huis Eeklo', 'CAW Oost-Vlaanderen', 'Kind en Gezin', 'Huis van het Kind Eeklo'];

/** A year of a busy register: about 25 new households a month, journeys, support, referrals. */
export function busyWorld(seed = 3, months = 10) {
  const world = dashboardWorld(at(2026, months + 1, 2));
  const dice = new Dice(seed);
  let n = 0;
  for (let m = 1; m <= months; m++) {
    const count = 15 + dice.int(0, 20);
    for (let i = 0; i < count; i++) {
      n++;
      const ref = `DT-2026-${String(n).padStart(4, '0')}`;
      const created = at(2026, m, 1 + dice.int(0, 26));
      const day = (d: number) => new Date(created.getTime() + d * 86_400_000);
      const contact = dice.chance(0.8) ? day(dice.int(1, 10)) : undefined;
      const applied = contact && dice.chance(0.7) ? day(dice.int(12, 25)) : undefined;
      const active = applied && dice.chance(0.8) ? day(dice.int(26, 60)) : undefined;
      world.addCase({
        ref,
        created,
        source: dice.chance(0.7) ? 'Doorverwijzing' : 'Aanmelding',
        contact,
        applied,
        active,
      });
      world.append(REFERRALS.name, [
        { 'Antwoord-ID': `r${n}`, 'Ontvangen op': created, Dossiernummer: ref, Organisatie: dice.pick(PARTNERS) },
      ]);
      if (contact && dice.chance(0.5))
        world.append(SUPPORT.name, [
          { 'Sessie-ID': `OS-${n}`, Datum: day(dice.int(2, 40)), Dossiernummer: ref, Onderwerp: dice.pick(TOPICS) },
        ]);
    }
  }
  return world;
}
