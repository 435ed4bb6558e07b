import { devicesFromDonations } from '../../app/register/devices';
import { dailyRegisterRun } from '../../app/register/followUp';
import { computeReach } from '../../app/register/reach';
import { type EditResult, recordEdit } from '../../app/register/recordEdit';
import { addOnwardReferral, addSupportSession } from '../../app/register/support';
import { RowMemo } from '../../domain/common/rowMemo';
import { cellText } from '../../domain/common/table';
import { addWorkdays } from '../../domain/common/workdays';
import { ONWARD_OFFERS, ONWARD_RESULTS, SUPPORT_PLACES, SUPPORT_TOPICS } from '../../domain/register/dropdowns';
import { isExit } from '../../domain/register/journey';
import {
  ATTENDANCE,
  CHROMEBOOK_BATCHES,
  COURSES,
  DEVICES,
  DIGIPUNTEN,
  DONATIONS,
  LOGBOOK,
  VINDPLAATSEN,
} from '../../domain/register/tabs';
import { CASES } from '../../domain/tabs';
import type { Cell, Ports, Row, StoredRow } from '../../ports';
import { Dice } from '../dice';
import type { SimulatedClock } from '../localPorts';
import {
  DEMO_COURSES,
  DEMO_DIGIPUNTEN,
  DEMO_DONORS,
  DEMO_PARTICIPANTS,
  DEMO_SCHOOLS,
  DEMO_VINDPLAATSEN,
} from './demoRegister';

/**
 * A month of the worker's days in the local twin. Every status change is made the way the worker makes it
 * in Sheets — the cell changes, then the edit trigger's use case (`recordEdit`) runs with the old value —
 * so the Logboek, milestone dates, notes and partner e-mails come from the same code as in Apps Script.
 * Each morning the daily run (Opvolging, partner catch-up, weekly digest on its weekday) runs too.
 * Days already in the Logboek are not replayed, so a second run of the same month adds nothing.
 */

export const SIM_WORKER = 'projectmedewerker@dekring.example';

/** A row as the worker sees it before her edit: the tab's headers and the row's values. */
export interface RowBefore {
  headers: readonly string[];
  values: Row;
}

/**
 * The worker edits one cell; the edit trigger's use case runs with the old value, as in Sheets. `before` is the
 * row as the caller read it, when the caller knows the cell has not changed since (saves reading the row again);
 * without it the row is read.
 */
export function simulateCellEdit(
  ports: Ports,
  tab: string,
  rowNumber: number,
  column: string,
  value: Cell,
  before?: RowBefore,
): EditResult {
  let headers: readonly string[];
  let old: Cell | undefined;
  if (before) {
    headers = before.headers;
    old = before.values[column];
  } else {
    const snapshot = ports.tables.readRows(tab, rowNumber, 1);
    headers = snapshot.headers;
    old = snapshot.rows[0]?.values[column];
  }
  ports.tables.update(tab, rowNumber, { [column]: value });
  return recordEdit(ports, {
    tab,
    firstRow: rowNumber,
    rowCount: 1,
    firstColumn: headers.indexOf(column) + 1,
    columnCount: 1,
    oldValue: old === undefined || old === null || old === '' ? undefined : String(old),
    who: SIM_WORKER,
  });
}

/** Next action after a status, and how many working days ahead. */
const NEXT_ACTION: Record<string, [string, number]> = {
  'Contact opgenomen': ['Infomoment bij het gezin thuis', 3],
  Geïnformeerd: ['Aanvraag indienen met eID', 5],
  'Aanvraag ingediend': ['Betaling en provider opvolgen', 5],
  'Betaling geregeld': ['Provider bellen over de aansluiting', 4],
  'Opvolging provider': ['Installatiedatum afspreken', 4],
  'Installatie gepland': ['Installatie thuis', 4],
  Actief: ['E-mailadres maken en nazorg plannen', 7],
  Nazorg: ['Nazorgbezoek', 14],
};

export interface WorkReport {
  daysSimulated: number;
  statusChanges: number;
  notes: number;
  partnerMails: number;
  supportSessions: number;
  onwardReferrals: number;
  devicesCreated: number;
  deviceSteps: number;
  attendance: number;
  digests: number;
  reach: Record<string, number> | null;
}

/** What a day's journeys need of a case row: null for a row without a number or with an exit (never moved). */
interface OpenCase {
  caseRef: string;
  status: string;
  created: Date | null;
}

function openCase(row: StoredRow): OpenCase | null {
  const status = cellText(row.values.Status);
  const caseRef = cellText(row.values.Dossiernummer);
  if (!caseRef || isExit(status)) return null;
  const created = row.values['Aangemaakt op'];
  return { caseRef, status, created: created instanceof Date ? created : null };
}

/** The case number of an open case that asks for a laptop, or null. */
function laptopCase(row: StoredRow): string | null {
  return cellText(row.values.Hulpvraag).includes('laptop') && !isExit(cellText(row.values.Status))
    ? cellText(row.values.Dossiernummer)
    : null;
}

const COURSE_STATUSES = ['Actief', 'Nazorg', 'Afgesloten: geholpen'];

export class WorkSimulation {
  private readonly dice: Dice;
  /** Per-row facts of the cases kept from day to day: only the rows changed since yesterday are looked at again. */
  private readonly openCases = new RowMemo(openCase);
  private readonly laptopCases = new RowMemo(laptopCase);
  private nextDay: Date;
  private readonly lastLogged: number;
  readonly report: WorkReport = {
    daysSimulated: 0,
    statusChanges: 0,
    notes: 0,
    partnerMails: 0,
    supportSessions: 0,
    onwardReferrals: 0,
    devicesCreated: 0,
    deviceSteps: 0,
    attendance: 0,
    digests: 0,
    reach: null,
  };

  constructor(
    private readonly ports: Ports,
    private readonly clock: SimulatedClock,
    seed: number,
    monthStart: Date,
  ) {
    this.dice = new Dice(seed ^ 0x5eed);
    this.nextDay = new Date(monthStart.getFullYear(), monthStart.getMonth(), monthStart.getDate());
    const stamps = ports.tables
      .read(LOGBOOK.name)
      .rows.map((r) => r.values.Tijdstip)
      .filter((v): v is Date => v instanceof Date)
      .map((d) => d.getTime());
    this.lastLogged = stamps.length ? Math.max(...stamps) : 0;
    this.seedReferenceTabs(monthStart);
  }

  /** Simulates every whole day (up to 17:00) that has passed by `until`. */
  advanceTo(until: Date): void {
    while (this.nextDay.getTime() + 17 * 3600_000 <= until.getTime()) {
      const day = new Date(this.nextDay.getTime());
      this.nextDay = new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1);
      if (day.getTime() <= this.lastLogged) continue; // this day is in the Logboek already
      this.simulateDay(day);
    }
  }

  /** End of the month: the unique-reach view. */
  finish(): WorkReport {
    this.report.reach = computeReach(this.ports);
    return this.report;
  }

  private at(day: Date, hour: number, minute = 0): void {
    this.clock.set(new Date(day.getFullYear(), day.getMonth(), day.getDate(), hour, minute));
  }

  private simulateDay(day: Date): void {
    this.report.daysSimulated++;
    this.at(day, 7);
    const daily = dailyRegisterRun(this.ports);
    if (daily.digest === 'sent') this.report.digests++;
    this.report.partnerMails += daily.notifications.sent ?? 0;
    const weekday = day.getDay();
    if (weekday === 0 || weekday === 6) return;
    this.at(day, 9, 30);
    this.journeys(day);
    this.at(day, 14);
    if (day.getDate() >= 15) this.chromebooksArrive(day);
    // The worker turns new donations into device rows (menu "Toestellen aanmaken uit schenkingen").
    this.report.devicesCreated += devicesFromDonations(this.ports).devicesCreated;
    this.devices(day);
    this.courses(day);
  }

  private edit(row: number, column: string, value: Cell, before?: RowBefore): EditResult {
    const result = simulateCellEdit(this.ports, CASES.name, row, column, value, before);
    this.report.partnerMails += result.notifications.filter((n) => n === 'sent').length;
    return result;
  }

  /**
   * `before` is the case row as read at the start of the journeys: the worker edits Status, Volgende actie and
   * Datum volgende actie once each, and nothing else writes those cells in between (the edit trigger writes
   * other columns), so their old values are the ones read.
   */
  private setStatus(day: Date, row: number, caseRef: string, status: string, before?: RowBefore): void {
    const result = this.edit(row, 'Status', status, before);
    this.report.statusChanges++;
    this.report.notes += result.notes.filter((n) => n.note).length;
    const next = NEXT_ACTION[status];
    if (isExit(status)) {
      this.edit(row, 'Volgende actie', '', before);
      this.edit(row, 'Datum volgende actie', '', before);
    } else if (next) {
      this.edit(row, 'Volgende actie', next[0], before);
      this.edit(row, 'Datum volgende actie', addWorkdays(day, next[1]), before);
    }
    if ((status === 'Actief' || status === 'Nazorg') && this.dice.chance(0.7)) this.support(day, caseRef);
    if (status === 'Nazorg' && this.dice.chance(0.6)) {
      addOnwardReferral(this.ports, {
        caseRef,
        offer: this.dice.pick(ONWARD_OFFERS),
        organisation: this.dice.pick(['Ligo', 'Bibliotheek Eeklo', 'Repair Café Eeklo', 'Digipunt LDC Zonneheem']),
        threshold: this.dice.pick(['Kent de weg niet', 'Durft niet alleen', 'Spreekt weinig Nederlands', 'Geen']),
        wentAlong: this.dice.chance(0.5) ? 'ja' : 'nee',
        result: this.dice.pick(ONWARD_RESULTS),
      });
      this.report.onwardReferrals++;
    }
  }

  private support(day: Date, caseRef: string): void {
    addSupportSession(this.ports, {
      caseRef,
      topic: this.dice.pick(SUPPORT_TOPICS),
      where: this.dice.pick(SUPPORT_PLACES),
      minutes: this.dice.pick([15, 30, 45, 60, 90]),
      who: SIM_WORKER,
      source: 'lokale simulatie',
      date: new Date(day.getFullYear(), day.getMonth(), day.getDate(), 11),
    });
    this.report.supportSessions++;
  }

  /** Decides today's move for one case, or null. Mostly one step at a time; now and then an exit. */
  private move(status: string, ageDays: number): string | null {
    const d = this.dice;
    switch (status) {
      case 'Aangemeld':
        if (ageDays >= 6 && d.chance(0.06)) return 'Afgesloten: niet bereikbaar';
        if (d.chance(0.01)) return 'Aanvraag ingediend'; // a slip of the mouse: gets a note
        return d.chance(0.35) ? 'Contact opgenomen' : null;
      case 'Contact opgenomen':
        if (d.chance(0.03)) return 'Afgesloten: geen interesse meer';
        return d.chance(0.4) ? 'Geïnformeerd' : null;
      case 'Geïnformeerd':
        if (d.chance(0.05)) return 'Afgesloten: niet in aanmerking';
        if (d.chance(0.02)) return 'Afgesloten: elders geholpen';
        return d.chance(0.35) ? 'Aanvraag ingediend' : null;
      case 'Aanvraag ingediend':
        if (!d.chance(0.35)) return null;
        return d.pick(['Betaling geregeld', 'Opvolging provider', 'Installatie gepland']);
      case 'Betaling geregeld':
        return d.chance(0.4) ? d.pick(['Opvolging provider', 'Installatie gepland']) : null;
      case 'Opvolging provider':
        return d.chance(0.4) ? 'Installatie gepland' : null;
      case 'Installatie gepland':
        return d.chance(0.45) ? 'Actief' : null;
      case 'Actief':
        return d.chance(0.3) ? 'Nazorg' : null;
      case 'Nazorg':
        return d.chance(0.15) ? 'Afgesloten: geholpen' : null;
      default:
        return null;
    }
  }

  private journeys(day: Date): void {
    const snapshot = this.ports.tables.read(CASES.name);
    const cases = snapshot.rows;
    const open = this.openCases.of(cases);
    const now = this.clock.now().getTime();
    for (let i = 0; i < cases.length; i++) {
      const c = open[i];
      if (c === null || c.created === null || c.created.getTime() > now) continue;
      const { status, caseRef } = c;
      const age = Math.floor((day.getTime() - c.created.getTime()) / 86_400_000);
      const next = this.move(status, age);
      if (next)
        this.setStatus(day, cases[i].rowNumber, caseRef, next, { headers: snapshot.headers, values: cases[i].values });
      else if (status !== 'Aangemeld' && this.dice.chance(0.04)) this.support(day, caseRef);
    }
  }

  /** Devices move along the chain; the wipe certificate is always entered before "Gewist". */
  private devices(day: Date): void {
    const t = this.ports.tables;
    const edit = (row: number, column: string, value: Cell) => {
      simulateCellEdit(this.ports, DEVICES.name, row, column, value);
      this.report.deviceSteps++;
    };
    const laptopCases: string[] = [];
    for (const caseRef of this.laptopCases.of(t.read(CASES.name).rows)) if (caseRef !== null) laptopCases.push(caseRef);
    const taken = new Set<string>();
    for (const row of t.read(DEVICES.name).rows) {
      const v = row.values;
      const status = cellText(v.Status);
      if (cellText(v['Toegewezen aan (soort)']) === 'Dossier') taken.add(cellText(v['Toegewezen aan']));
      const received = v['Ontvangen op'];
      if (received instanceof Date && received.getTime() > this.clock.now().getTime()) continue;
      if (!this.dice.chance(0.3)) continue;
      const n = row.rowNumber;
      if (status === 'Geschonken') {
        const refurbisher = this.dice.pick(['Ondernemers voor een Warm België', 'CTG Circular']);
        t.update(DEVICES.name, n, {
          Refurbisher: refurbisher,
          'Batch refurbisher': `${refurbisher === 'CTG Circular' ? 'CTG' : 'OWB'}-${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}`,
        });
        edit(n, 'Status', 'Bij refurbisher');
      } else if (status === 'Bij refurbisher') {
        edit(n, 'Serienummer', `SN${this.dice.int(100000, 999999)}`);
        edit(n, 'Wisbewijs', `WIS-${this.dice.int(10000, 99999)}`);
        edit(n, 'Status', 'Gewist');
      } else if (status === 'Gewist') {
        edit(n, 'Status', 'Klaar');
      } else if (status === 'Klaar') {
        if (cellText(v.Serienummer) === '') edit(n, 'Serienummer', `CB${this.dice.int(100000, 999999)}`);
        const chromebook = cellText(v['Soort toestel']) === 'Chromebook';
        const free = laptopCases.find((c) => !taken.has(c));
        const kind = chromebook
          ? 'School'
          : free && this.dice.chance(0.6)
            ? 'Dossier'
            : this.dice.pick(['School', 'Sociaal Huis']);
        const to =
          kind === 'Dossier'
            ? (free as string)
            : kind === 'School'
              ? this.dice.pick(DEMO_SCHOOLS)
              : 'Sociaal Huis Eeklo';
        if (kind === 'Dossier') taken.add(to);
        edit(n, 'Toegewezen aan (soort)', kind);
        edit(n, 'Toegewezen aan', to);
        edit(n, 'Status', 'Toegewezen');
      } else if (status === 'Toegewezen') {
        edit(n, 'Status', 'Uitgedeeld');
      }
    }
  }

  /** Half-way the month the requested Chromebooks arrive (fewer than asked, as in the earlier round). */
  private chromebooksArrive(day: Date): void {
    const t = this.ports.tables;
    for (const batch of t.read(CHROMEBOOK_BATCHES.name).rows) {
      if (Number(batch.values['Aantal ontvangen']) > 0) continue;
      t.update(CHROMEBOOK_BATCHES.name, batch.rowNumber, {
        'Aantal ontvangen': 30,
        'Ontvangen op': new Date(day.getFullYear(), day.getMonth(), day.getDate(), 10),
      });
    }
  }

  /** On a course's weekday: a session with some cases and some people without a case. */
  private courses(day: Date): void {
    const t = this.ports.tables;
    const existing = t.read(ATTENDANCE.name).rows;
    for (const course of DEMO_COURSES) {
      if (day.getDay() !== course.weekday) continue;
      const session = new Set(existing.filter((r) => r.values['Vorming-ID'] === course.id).map((r) => r.values.Sessie))
        .size;
      if (session >= course.sessions) continue;
      const people: Array<{ Dossiernummer: string; Deelnemer: string; Telefoon: string }> = [];
      for (const r of t.read(CASES.name).rows) {
        if (people.length === 4) break; // the first four cases along or helped
        if (COURSE_STATUSES.includes(cellText(r.values.Status)))
          people.push({ Dossiernummer: cellText(r.values.Dossiernummer), Deelnemer: '', Telefoon: '' });
      }
      const others = DEMO_PARTICIPANTS.slice(0, 2 + (session % 3)).map((p) => ({
        Dossiernummer: '',
        Deelnemer: p.name,
        Telefoon: p.phone,
      }));
      const rows = [...people, ...others].map((p) => ({
        'Vorming-ID': course.id,
        Sessie: session + 1,
        Datum: new Date(day.getFullYear(), day.getMonth(), day.getDate(), 14),
        ...p,
        Aanwezig: this.dice.chance(0.85) ? 'ja' : 'nee',
      }));
      if (rows.length > 0) t.append(ATTENDANCE.name, rows);
      this.report.attendance += rows.length;
    }
  }

  /** Reference tabs the worker fills by hand, filled once with demo data when they are empty. */
  private seedReferenceTabs(monthStart: Date): void {
    const t = this.ports.tables;
    const empty = (tab: string) => t.read(tab).rows.length === 0;
    if (empty(VINDPLAATSEN.name))
      t.append(
        VINDPLAATSEN.name,
        DEMO_VINDPLAATSEN.map((v) => ({ ...v, Sinds: v['Nieuw sinds projectstart'] === 'ja' ? monthStart : '' })),
      );
    if (empty(DIGIPUNTEN.name)) t.append(DIGIPUNTEN.name, DEMO_DIGIPUNTEN);
    if (empty(COURSES.name))
      t.append(
        COURSES.name,
        DEMO_COURSES.map((c) => ({
          'Vorming-ID': c.id,
          Titel: c.title,
          Opleidingspartner: c.partner,
          Vindplaats: c.place,
          Startdatum: monthStart,
          'Aantal sessies': c.sessions,
        })),
      );
    if (empty(CHROMEBOOK_BATCHES.name))
      t.append(CHROMEBOOK_BATCHES.name, [
        {
          Aanvraag: `Chromebooks ${monthStart.getFullYear()}`,
          'Aangevraagd op': monthStart,
          'Aantal aangevraagd': 75,
          'Aantal ontvangen': 0,
          Notitie: 'Vorige ronde: 50 toestellen.',
        },
      ]);
    if (!t.hasTab(DONATIONS.name)) t.ensureTab(DONATIONS);
    if (empty(DONATIONS.name) && t.read(DONATIONS.name).headers.includes('Schenking-ID')) {
      t.append(
        DONATIONS.name,
        DEMO_DONORS.map((d, i) => ({
          'Schenking-ID': `SC-${String(i + 1).padStart(4, '0')}`,
          'Ontvangen op': new Date(monthStart.getFullYear(), monthStart.getMonth(), 1 + i * 3, 10),
          Schenker: d.donor,
          'Aantal toestellen': d.count,
          'Soort toestel': d.kind,
        })),
      );
    }
  }
}
