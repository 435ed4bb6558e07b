import { cellText, columnValues } from '../../domain/common/table';
import { NEW_CASE_STATUS } from '../../domain/referral/records';
import { loopMilestoneFor } from '../../domain/register/closedLoop';
import { checkDevice } from '../../domain/register/devices';
import { daysBetween, judgeTransition, MILESTONE_COLUMN } from '../../domain/register/journey';
import { logValue } from '../../domain/register/logValue';
import { DEVICES, LOGBOOK, ONWARD, SUPPORT } from '../../domain/register/tabs';
import { CASES } from '../../domain/tabs';
import { type Cell, LockBusyError, type Ports, type Row, type StoredRow } from '../../ports';
import { issueSeqId } from '../references';
import { type LoopContext, type LoopResult, notifyReferrer, readLoopContext } from './closedLoop';

/**
 * What the worker changed, as the edit trigger sees it: a block of cells. `oldValue` is only known for a
 * single-cell edit (Apps Script gives no old values for a paste or a multi-cell edit).
 */
export interface SheetEdit {
  tab: string;
  firstRow: number;
  rowCount: number;
  /** 1-based. */
  firstColumn: number;
  columnCount: number;
  oldValue?: string;
  /** E-mail of the person who edited, or "onbekend". */
  who: string;
}

/** A note to show on a cell (null clears an earlier note). */
export interface CellNote {
  rowNumber: number;
  /** 1-based column of the cell. */
  column: number;
  note: string | null;
  /** Set when the handler put the value back (device rule): the adapter shows the value written. */
  revertedTo?: string;
}

export interface EditResult {
  kind: 'ignored' | 'busy' | 'recorded';
  logged: number;
  notes: CellNote[];
  notifications: LoopResult[];
}

/** Columns whose every change goes to the Logboek, per tab. */
export const TRACKED_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  [CASES.name]: ['Status', 'Volgende actie', 'Datum volgende actie'],
  [DEVICES.name]: ['Status', 'Serienummer', 'Wisbewijs', 'Toegewezen aan (soort)', 'Toegewezen aan'],
};

/**
 * Tabs where the worker types a new row by hand (also on her phone): the handler fills the id, the date
 * and who, so quick entry is "type the case number and the topic".
 */
interface EntryTab {
  idColumn: string;
  prefix: string;
  fill: (who: string, now: Date) => Row;
}
const ENTRY_TABS: Readonly<Record<string, EntryTab>> = {
  [SUPPORT.name]: {
    idColumn: 'Sessie-ID',
    prefix: 'OS',
    fill: (who, now) => ({ Datum: now, Door: who, Bron: 'tabblad' }),
  },
  [ONWARD.name]: {
    idColumn: 'Verwijzing-ID',
    prefix: 'VA',
    fill: (_who, now) => ({ Datum: now, Resultaat: 'Nog niet bekend' }),
  },
};

/** Every tab whose edits the handler records or completes. */
export const TRACKED_TABS: readonly string[] = [...Object.keys(TRACKED_COLUMNS), ...Object.keys(ENTRY_TABS)];

/** Does the edit trigger do anything for this tab? (A cheap first test in the Apps Script handler.) */
export function handlesTab(tab: string): boolean {
  return Boolean(TRACKED_COLUMNS[tab] || ENTRY_TABS[tab]);
}

function fillEntries(ports: Ports, edit: SheetEdit, entry: EntryTab): EditResult {
  const snapshot = ports.tables.readRows(edit.tab, edit.firstRow, edit.rowCount);
  const fresh = snapshot.rows.filter((r) => cellText(r.values[entry.idColumn]) === '');
  if (fresh.length === 0) return { kind: 'ignored', logged: 0, notes: [], notifications: [] };
  const ids = columnValues(ports.tables.read(edit.tab), entry.idColumn);
  const now = ports.clock.now();
  for (const row of fresh) {
    const id = issueSeqId(ports.properties, entry.prefix, ids);
    ids.push(id);
    const values: Row = { [entry.idColumn]: id };
    for (const [column, value] of Object.entries(entry.fill(edit.who, now))) {
      if (snapshot.headers.includes(column) && isEmptyCell(row.values[column])) values[column] = value;
    }
    ports.tables.update(edit.tab, row.rowNumber, values);
  }
  ports.audit.log('edit.entries', { tab: edit.tab, rows: fresh.length });
  return { kind: 'recorded', logged: 0, notes: [], notifications: [] };
}

const KEY_COLUMN: Readonly<Record<string, string>> = { [CASES.name]: 'Dossiernummer', [DEVICES.name]: 'Toestel-ID' };

/** "Who" of a change the handler only noticed later: it cannot know who made it. */
export const MISSED_WHO = 'onbekend (later opgemerkt)';

/** Old value of a cell in a paste: Apps Script does not say. */
export const UNKNOWN_OLD = '(onbekend: geplakt)';

export const EDIT_LOCK_TIMEOUT_MS = 20_000;

interface Pending {
  log: Row[];
  notes: CellNote[];
  notify: Array<{ caseRef: string; status: string }>;
}

/**
 * The edit trigger's use case. Reads only the edited rows, appends their changes to the Logboek in one
 * write, stamps milestone dates, puts a Dutch note on an impossible change, enforces the device rule, and
 * tells the referring partner about contact, active and closed. The number of service calls depends on the
 * size of the edit, never on the size of the register (the partner e-mail adds four whole-tab reads).
 */
export function recordEdit(ports: Ports, edit: SheetEdit): EditResult {
  const none: EditResult = { kind: 'ignored', logged: 0, notes: [], notifications: [] };
  const tracked = TRACKED_COLUMNS[edit.tab];
  const entry = ENTRY_TABS[edit.tab];
  if ((!tracked && !entry) || edit.firstRow + edit.rowCount - 1 < 2) return none;
  try {
    return ports.lock.withLock(EDIT_LOCK_TIMEOUT_MS, () =>
      tracked ? recordLocked(ports, edit, tracked) : fillEntries(ports, edit, entry),
    );
  } catch (error) {
    if (error instanceof LockBusyError) {
      ports.audit.log('edit.busy', { tab: edit.tab, row: edit.firstRow });
      return { ...none, kind: 'busy' };
    }
    throw error;
  }
}

function recordLocked(ports: Ports, edit: SheetEdit, tracked: readonly string[]): EditResult {
  const { tables, clock } = ports;
  const snapshot = tables.readRows(edit.tab, edit.firstRow, edit.rowCount);
  const edited = snapshot.headers
    .slice(edit.firstColumn - 1, edit.firstColumn - 1 + edit.columnCount)
    .filter((h) => tracked.includes(h));
  if (edited.length === 0) return { kind: 'ignored', logged: 0, notes: [], notifications: [] };

  const single = edit.rowCount === 1 && edit.columnCount === 1;
  const now = clock.now();
  const pending: Pending = { log: [], notes: [], notify: [] };
  const statusColumn = snapshot.headers.indexOf('Status') + 1;
  const updates: Array<{ rowNumber: number; values: Row }> = [];

  for (const row of snapshot.rows) {
    const key = cellText(row.values[KEY_COLUMN[edit.tab]]) || '(geen nummer)';
    const values: Row = {};
    for (const column of edited) {
      const newValue = row.values[column] ?? '';
      if (column === 'Status') {
        const old = single && edit.oldValue !== undefined ? edit.oldValue : loggedStatus(edit.tab, row);
        if (edit.tab === CASES.name) {
          // A change the handler missed (the lock was busy, or the trigger was not installed yet) is logged
          // first, from the last logged status to the old value of this edit.
          const logged = loggedStatus(edit.tab, row);
          if (old !== logged) {
            const notes = pending.notes.length;
            caseStatus(row, key, logged, old, now, values, pending, statusColumn, MISSED_WHO);
            pending.notes.length = notes; // the cell shows the note of the edit just made
          }
          caseStatus(row, key, old, cellText(row.values.Status), now, values, pending, statusColumn, edit.who);
        } else deviceStatus(row, key, old, now, values, pending, statusColumn, edit.who);
        continue;
      }
      const old = single ? (edit.oldValue ?? '') : UNKNOWN_OLD;
      if (!single || cellText(newValue) !== old)
        pending.log.push(logRow(now, edit.tab, key, column, old, newValue, edit.who, ''));
    }
    if (Object.keys(values).length > 0) updates.push({ rowNumber: row.rowNumber, values });
  }

  // History first: it is what a crash must not lose.
  if (pending.log.length > 0) tables.append(LOGBOOK.name, pending.log);
  for (const u of updates) tables.update(edit.tab, u.rowNumber, u.values);

  const notifications: LoopResult[] = [];
  if (pending.notify.length > 0) {
    const ctx: LoopContext = readLoopContext(ports);
    for (const n of pending.notify) {
      const milestone = loopMilestoneFor(n.status);
      if (milestone) notifications.push(notifyReferrer(ports, ctx, n.caseRef, milestone, n.status));
    }
  }
  ports.audit.log('edit.recorded', { tab: edit.tab, rows: snapshot.rows.length, logged: pending.log.length });
  return { kind: 'recorded', logged: pending.log.length, notes: pending.notes, notifications };
}

function logRow(at: Date, tab: string, key: string, column: string, old: Cell, value: Cell, who: string, note: string) {
  const dates = value instanceof Date;
  return {
    Tijdstip: at,
    Tabblad: tab,
    Sleutel: key,
    Kolom: column,
    Oud: logValue(old, dates),
    Nieuw: logValue(value, dates),
    Door: who,
    Melding: note,
  };
}

/**
 * The status before a paste: the last one the handler logged. A row it never logged still has the status
 * the script gave it on creation (a case starts "Aangemeld", a device "Geschonken").
 */
function loggedStatus(tab: string, row: StoredRow): string {
  const logged = cellText(row.values['Gelogde status']);
  if (logged) return logged;
  return tab === CASES.name ? NEW_CASE_STATUS : 'Geschonken';
}

function isEmptyCell(value: Cell | undefined): boolean {
  return value === undefined || value === null || value === '';
}

function caseStatus(
  row: StoredRow,
  caseRef: string,
  old: string,
  status: string,
  now: Date,
  values: Row,
  pending: Pending,
  statusColumn: number,
  who: string,
): void {
  const t = judgeTransition(old, status);
  if (t.kind === 'none') {
    if (cellText(row.values['Gelogde status']) !== status) values['Gelogde status'] = status;
    return;
  }
  pending.log.push(logRow(now, CASES.name, caseRef, 'Status', old, status, who, t.note ?? ''));
  values['Gelogde status'] = status;
  values['Laatste statuswijziging'] = now;
  values.Melding = t.note ?? '';
  if (t.milestone && isEmptyCell(row.values[t.milestone]) && !(t.milestone in values)) {
    values[t.milestone] = now;
    const created = row.values['Aangemaakt op'];
    if (t.milestone === MILESTONE_COLUMN.Actief && created instanceof Date)
      values['Dagen tot actief'] = daysBetween(created, now);
  }
  pending.notes.push({ rowNumber: row.rowNumber, column: statusColumn, note: t.note });
  // An odd jump waits for the daily catch-up, so the worker can still correct it before the partner hears.
  // Only milestones the partner hears about cost the extra reads (Doorverwijzingen, Partners, Berichten).
  if (t.note === null && t.kind !== 'correction' && caseRef !== '(geen nummer)' && loopMilestoneFor(status))
    pending.notify.push({ caseRef, status });
}

function deviceStatus(
  row: StoredRow,
  deviceId: string,
  old: string,
  now: Date,
  values: Row,
  pending: Pending,
  statusColumn: number,
  who: string,
): void {
  const status = cellText(row.values.Status);
  if (status === old) {
    if (cellText(row.values['Gelogde status']) !== status) values['Gelogde status'] = status;
    return;
  }
  const check = checkDevice(row.values, status, old);
  if (!check.ok) {
    const back = old || 'Geschonken';
    pending.log.push(logRow(now, DEVICES.name, deviceId, 'Status', old, status, who, check.note));
    pending.log.push(logRow(now, DEVICES.name, deviceId, 'Status', status, back, 'script', check.note));
    values.Status = back;
    values['Gelogde status'] = back;
    values.Melding = check.note;
    pending.notes.push({ rowNumber: row.rowNumber, column: statusColumn, note: check.note, revertedTo: back });
    return;
  }
  pending.log.push(logRow(now, DEVICES.name, deviceId, 'Status', old, status, who, ''));
  values['Gelogde status'] = status;
  values.Melding = '';
  if (check.milestone && isEmptyCell(row.values[check.milestone])) values[check.milestone] = now;
  pending.notes.push({ rowNumber: row.rowNumber, column: statusColumn, note: null });
}
