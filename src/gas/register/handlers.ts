import { devicesFromDonations } from '../../app/register/devices';
import { dailyRegisterRun, refreshFollowUp, sendWeeklyDigest } from '../../app/register/followUp';
import { computeReach } from '../../app/register/reach';
import { type EditResult, handlesTab, recordEdit, TRACKED_TABS } from '../../app/register/recordEdit';
import { addOnwardReferral, addSupportSession } from '../../app/register/support';
import { ONWARD, SUPPORT } from '../../domain/register/tabs';
import { LockBusyError, type Ports } from '../../ports';
import { dailyMatrixRefresh } from '../matrix/handlers';
import { gasPorts } from '../services';
import type { TabIds } from '../sheetTables';

/** What the worker sees after a menu action (a toast in the corner of the sheet). */
export const REGISTER_TOASTS = {
  followUp: (c: { overdue: number; upcoming: number; stale: number }) =>
    `Opvolging bijgewerkt: ${c.overdue} te laat, ${c.upcoming} binnenkort, ${c.stale} stilgevallen.`,
  digest: (result: string) =>
    result === 'sent'
      ? 'Het weekoverzicht is verstuurd.'
      : result === 'already-sent'
        ? 'Het weekoverzicht van deze week was al verstuurd.'
        : `Het weekoverzicht is niet verstuurd (${result}). Kijk in het tabblad Berichten.`,
  devices: (r: { donations: number; devicesCreated: number }) =>
    `${r.devicesCreated} nieuwe toestellen aangemaakt uit ${r.donations} schenkingen.`,
  noDonations: 'Er is nog geen tabblad Schenkingen.',
  support: (id: string) => `Nieuwe sessie ${id}: vul het dossiernummer, het onderwerp en de duur in.`,
  onward: (id: string) => `Nieuwe doorverwijzing ${id}: vul het dossiernummer, het aanbod en de drempel in.`,
  reach: (total: number) => `Uniek bereik: ${total} personen (zonder dubbels). Zie het tabblad Bereik.`,
  busy: 'Het script is even bezig met iets anders. Probeer het over een minuut opnieuw.',
  title: 'Digi.Taal',
};

/** Who made the change: the active user's e-mail, or "onbekend" (consumer accounts often hide it). */
export function activeUserEmail(): string {
  let email = '';
  try {
    email = Session.getActiveUser().getEmail();
  } catch {
    email = '';
  }
  return email || 'onbekend';
}

/**
 * The installable edit trigger. Cheap exit for tabs the register does not track; otherwise the edited
 * rows are read, logged and checked by `recordEdit`, and notes are put on the status cells.
 */
export function onRegisterEdit(e: unknown): EditResult | null {
  const event = e as Partial<GoogleAppsScript.Events.SheetsOnEdit> | null;
  if (typeof event?.range?.getSheet !== 'function') return null;
  const range = event.range as GoogleAppsScript.Spreadsheet.Range;
  const sheet = range.getSheet();
  const ports = gasPorts();
  // The tab by its id: the worker may have renamed Dossiers (a renamed tab is still the register).
  const tab = trackedTabOf(sheet, ports.tabIds);
  if (!tab) return null;
  const result = recordEdit(ports, {
    tab,
    firstRow: range.getRow(),
    rowCount: range.getNumRows(),
    firstColumn: range.getColumn(),
    columnCount: range.getNumColumns(),
    oldValue: typeof event.oldValue === 'string' ? event.oldValue : undefined,
    who: activeUserEmail(),
  });
  for (const n of result.notes) sheet.getRange(n.rowNumber, n.column).setNote(n.note ?? '');
  return result;
}

/** Which tracked tab of the register this sheet is (by its recorded sheet id, else by its name), or null. */
function trackedTabOf(sheet: GoogleAppsScript.Spreadsheet.Sheet, ids: TabIds): string | null {
  const id = sheet.getSheetId();
  const byId = TRACKED_TABS.find((tab) => ids.get(tab) === id);
  if (byId) return byId;
  const name = sheet.getName();
  return handlesTab(name) && ids.get(name) === null ? name : null;
}

function toast(message: string): void {
  SpreadsheetApp.getActive().toast(message, REGISTER_TOASTS.title, 8);
}

/** Runs a menu action under the script lock; when another execution holds it, says so in Dutch. */
function underLock<T>(ports: Ports, timeoutMs: number, fn: () => T): T | null {
  try {
    return ports.lock.withLock(timeoutMs, fn);
  } catch (error) {
    if (!(error instanceof LockBusyError)) throw error;
    ports.audit.log('menu.busy');
    toast(REGISTER_TOASTS.busy);
    return null;
  }
}

/** The daily trigger. A busy lock (a long import, say) skips today's run; tomorrow's catches up. */
export function runDaily() {
  const ports = gasPorts();
  try {
    const report = dailyRegisterRun(ports);
    dailyMatrixRefresh(ports);
    return report;
  } catch (error) {
    if (!(error instanceof LockBusyError)) throw error;
    ports.audit.log('daily.busy');
    return null;
  }
}

export function menuRefreshFollowUp() {
  const ports = gasPorts();
  const counts = underLock(ports, 30_000, () => refreshFollowUp(ports));
  if (counts) toast(REGISTER_TOASTS.followUp(counts));
  return counts;
}

export function menuSendDigest() {
  const ports = gasPorts();
  const result = underLock(ports, 30_000, () => sendWeeklyDigest(ports));
  if (result) toast(REGISTER_TOASTS.digest(result));
  return result;
}

export function menuDevicesFromDonations() {
  const ports = gasPorts();
  if (!ports.tables.hasTab('Schenkingen') && !ports.tables.hasTab('Chromebookaanvragen')) {
    toast(REGISTER_TOASTS.noDonations);
    return { donations: 0, devicesCreated: 0 };
  }
  const report = underLock(ports, 30_000, () => devicesFromDonations(ports));
  if (report) toast(REGISTER_TOASTS.devices(report));
  return report;
}

/** Quick entry: a new, pre-filled session row (id, today, who, source); the tab is opened on it. */
export function menuAddSupport() {
  const ports = gasPorts();
  const added = underLock(ports, 30_000, () =>
    addSupportSession(ports, { caseRef: '', who: activeUserEmail(), source: 'menu' }),
  );
  if (!added) return null;
  const sheet = SpreadsheetApp.getActive().getSheetByName(SUPPORT.name);
  if (sheet) sheet.activate();
  toast(REGISTER_TOASTS.support(added.id));
  return added;
}

export function menuAddOnward() {
  const ports = gasPorts();
  const added = underLock(ports, 30_000, () => addOnwardReferral(ports, { caseRef: '' }));
  if (!added) return null;
  const sheet = SpreadsheetApp.getActive().getSheetByName(ONWARD.name);
  if (sheet) sheet.activate();
  toast(REGISTER_TOASTS.onward(added.id));
  return added;
}

export function menuComputeReach() {
  const ports = gasPorts();
  const counts = underLock(ports, 60_000, () => computeReach(ports));
  if (counts) toast(REGISTER_TOASTS.reach(counts.Totaal));
  return counts;
}
