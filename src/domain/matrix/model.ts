import type { Cell, Row, StoredRow, TableSnapshot } from '../../ports';
import { cellText } from '../common/table';
import { BATCH_STATUS } from '../letters/tabs';
import { HELPED_EXIT, MILESTONE_COLUMN, stepIndex } from '../register/journey';
import { cellDay } from './calendar';
import { splitList } from './defaults';
import { CASE_TARGET_GROUP_COLUMN, DIRECT_MAILING_CODE, FREQUENCIES, type Frequency, PLAN_STATUSES } from './tabs';

/**
 * The tabs the matrix reads, as plain records. Columns are found by header name; a missing column reads as
 * empty, a missing tab as no rows. Days are Brussels calendar days (calendar.ts).
 */

export interface ActionDef {
  code: string;
  name: string;
  /** The Aanmelding answer that credits it. */
  heardVia: string;
}

export interface GroupDef {
  name: string;
  description: string;
  partners: string[];
}

export interface PlanRow {
  rowNumber: number;
  code: string;
  name: string;
  groups: string[];
  partners: string[];
  start: number | null;
  frequency: Frequency | '';
  /** What the worker typed when it is not one of FREQUENCIES (then treated as one moment). */
  frequencyText: string;
  until: number | null;
  status: string;
  doneOn: number | null;
  timesDone: number | null;
}

/** Something done for an action: a field note (Veldwerk) or a letters batch (Brieven). */
export interface Moment {
  day: number;
  code: string;
  /** The action as the source named it (for a signal when it is not in Acties). */
  actionName: string;
  place: string;
  reached: number;
  onSpot: number;
  source: 'veldwerk' | 'brieven';
}

export interface RegistrationRecord {
  day: number | null;
  caseRef: string;
  code: string;
  heardVia: string;
}

export interface ReferralRecord {
  day: number | null;
  caseRef: string;
  organisation: string;
}

export interface CaseRecord {
  caseRef: string;
  created: number | null;
  contacted: boolean;
  connectedOn: number | null;
  connected: boolean;
  helped: boolean;
  /** Days from the case to "Actief" (milestone dates, or the Dagen tot actief column). */
  daysToConnection: number | null;
  /** What the worker wrote in the optional Doelgroep column. */
  groups: string[];
}

export interface MatrixInput {
  actions: ActionDef[];
  groups: GroupDef[];
  planning: PlanRow[];
  moments: Moment[];
  registrations: RegistrationRecord[];
  referrals: ReferralRecord[];
  cases: CaseRecord[];
  /** Partner organisations of the Partners tab. */
  partners: string[];
  /** Names of the Vindplaatsen tab (a field note's place there is marked as a vindplaats). */
  vindplaatsen: string[];
}

const text = (row: StoredRow, header: string): string => cellText(row.values[header]);

function count(value: Cell | undefined): number {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? value : 0;
  const n = Number(String(value ?? '').trim());
  return Number.isFinite(n) && n > 0 ? n : 0;
}

function firstOf(row: StoredRow, headers: readonly string[]): Cell | undefined {
  for (const h of headers) if (h in row.values && cellText(row.values[h]) !== '') return row.values[h];
  return undefined;
}

export function readActions(snapshot: TableSnapshot): ActionDef[] {
  return snapshot.rows
    .map((row) => ({
      code: text(row, 'Code'),
      name: text(row, 'Actie'),
      heardVia: text(row, 'Antwoord in aanmelding'),
    }))
    .filter((a) => a.code !== '' || a.name !== '');
}

/** `partners`: the names in Partners, so a partner name with a comma in it is read whole. */
export function readGroups(snapshot: TableSnapshot, partners: readonly string[] = []): GroupDef[] {
  return snapshot.rows
    .map((row) => ({
      name: text(row, 'Doelgroep'),
      description: text(row, 'Omschrijving'),
      partners: splitList(text(row, 'Partners die hen bereiken'), partners),
    }))
    .filter((g) => g.name !== '');
}

function frequencyOf(raw: string): Frequency | '' {
  const wanted = raw.trim().toLowerCase();
  return ((FREQUENCIES as readonly string[]).find((f) => f === wanted) as Frequency | undefined) ?? '';
}

export function readPlanning(
  snapshot: TableSnapshot,
  partners: readonly string[] = [],
  groups: readonly string[] = [],
): PlanRow[] {
  return snapshot.rows
    .map((row) => {
      const status = text(row, 'Status').toLowerCase();
      const times = count(row.values['Keer gedaan']);
      return {
        rowNumber: row.rowNumber,
        code: text(row, 'Actiecode').toUpperCase(),
        name: text(row, 'Actie'),
        groups: splitList(text(row, 'Doelgroepen'), groups),
        partners: splitList(text(row, 'Partners'), partners),
        start: cellDay(row.values['Gepland op']),
        frequency: frequencyOf(text(row, 'Frequentie')),
        frequencyText: text(row, 'Frequentie'),
        until: cellDay(row.values.Tot),
        status: PLAN_STATUSES.includes(status) ? status : status === '' ? '' : status,
        doneOn: cellDay(row.values['Gedaan op']),
        timesDone: text(row, 'Keer gedaan') === '' ? null : times,
      };
    })
    .filter((p) => p.code !== '' || p.name !== '');
}

export function readFieldNotes(snapshot: TableSnapshot): Moment[] {
  const moments: Moment[] = [];
  for (const row of snapshot.rows) {
    const day = cellDay(row.values.Datum) ?? cellDay(row.values['Ontvangen op']);
    if (day === null) continue;
    moments.push({
      day,
      code: text(row, 'Actiecode').toUpperCase(),
      actionName: text(row, 'Actie'),
      place: text(row, 'Plaats'),
      reached: count(row.values['Bereikte mensen']),
      onSpot: count(row.values['Aanmeldingen ter plaatse']),
      source: 'veldwerk',
    });
  }
  return moments;
}

/**
 * Batches of the letters feature (issue 11, tab Brieven). Read tolerantly, because that tab is defined elsewhere:
 * the day (Datum, Gemaakt op, Verstuurd op, Wanneer), the number of letters (Aantal, Aantal brieven), the action
 * (Actiecode; else the direct mailing A07). A batch of another kind of letter (an appointment, a donor's thank-you)
 * is not outreach: a batch counts only when its template (Sjabloon, Soort) is empty or names a direct mailing or
 * an invitation. A batch the letters feature has not finished (Status other than "Klaar") does not count yet.
 */
export function readLetterBatches(snapshot: TableSnapshot): Moment[] {
  const moments: Moment[] = [];
  for (const row of snapshot.rows) {
    const status = cellText(row.values.Status);
    if (snapshot.headers.includes('Status') && status !== BATCH_STATUS.done) continue;
    const day = cellDay(firstOf(row, ['Datum', 'Gemaakt op', 'Verstuurd op', 'Wanneer', 'Aangemaakt op']));
    if (day === null) continue;
    const template = cellText(firstOf(row, ['Sjabloon', 'Soort', 'Template'])).toLowerCase();
    const code = cellText(firstOf(row, ['Actiecode'])).toUpperCase();
    if (code === '' && template !== '' && !/direct|uitnodig|mailing/.test(template)) continue;
    moments.push({
      day,
      code: code || DIRECT_MAILING_CODE,
      actionName: '',
      place: '',
      reached: count(firstOf(row, ['Aantal', 'Aantal brieven'])),
      onSpot: 0,
      source: 'brieven',
    });
  }
  return moments;
}

export function readRegistrations(snapshot: TableSnapshot): RegistrationRecord[] {
  return snapshot.rows
    .map((row) => ({
      day: cellDay(row.values['Ontvangen op']),
      caseRef: text(row, 'Dossiernummer'),
      code: text(row, 'Actiecode').toUpperCase(),
      heardVia: text(row, 'Gehoord via'),
    }))
    .filter((r) => r.caseRef !== '');
}

export function readReferrals(snapshot: TableSnapshot): ReferralRecord[] {
  return snapshot.rows
    .map((row) => ({
      day: cellDay(row.values['Ontvangen op']),
      caseRef: text(row, 'Dossiernummer'),
      organisation: text(row, 'Organisatie'),
    }))
    .filter((r) => r.caseRef !== '');
}

const AFTER_CONTACT = Object.values(MILESTONE_COLUMN);

function caseRecord(row: StoredRow, groups: readonly string[]): CaseRecord {
  const status = text(row, 'Status');
  const created = cellDay(row.values['Aangemaakt op']);
  const connectedOn = cellDay(row.values[MILESTONE_COLUMN.Actief]);
  const connected = connectedOn !== null || stepIndex(status) >= stepIndex('Actief') || status === HELPED_EXIT;
  const contacted =
    connected ||
    stepIndex(status) >= stepIndex('Contact opgenomen') ||
    AFTER_CONTACT.some((h) => cellDay(row.values[h]) !== null);
  const stated = row.values['Dagen tot actief'];
  const daysToConnection =
    connectedOn !== null && created !== null
      ? connectedOn - created
      : typeof stated === 'number' && Number.isFinite(stated)
        ? stated
        : null;
  return {
    caseRef: text(row, 'Dossiernummer'),
    created,
    contacted,
    connectedOn,
    connected,
    helped: status === HELPED_EXIT,
    daysToConnection: connected ? daysToConnection : null,
    groups: splitList(text(row, CASE_TARGET_GROUP_COLUMN), groups),
  };
}

export function readCases(snapshot: TableSnapshot, groups: readonly string[] = []): CaseRecord[] {
  return snapshot.rows.map((row) => caseRecord(row, groups)).filter((c) => c.caseRef !== '');
}

export function readPartners(snapshot: TableSnapshot): string[] {
  return snapshot.rows.map((row) => text(row, 'Organisatie')).filter((name) => name !== '');
}

export function readVindplaatsen(snapshot: TableSnapshot): string[] {
  return snapshot.rows.map((row) => text(row, 'Vindplaats')).filter((name) => name !== '');
}

/** A row as the planning write-back gives it to `Tables.updateMany`. */
export interface RowUpdate {
  rowNumber: number;
  values: Row;
}
