import { parseDay } from '../../domain/common/day';
import { type MonthIndex, monthIndex } from '../../domain/dashboard/calendar';
import type { DashboardData } from '../../domain/dashboard/kpis';
import { type LedgerEntry, readLedger } from '../../domain/dashboard/publication';
import { type DashboardSettings, readDashboardSettings } from '../../domain/dashboard/settings';
import { LETTERS, PLANNING, PUBLISHED, SCAN, TARGET_GROUPS } from '../../domain/dashboard/tabs';
import { ACTIONS, FIELD_LOG, REGISTRATIONS } from '../../domain/intakeTabs';
import { REGISTER_SETTING_DEFAULTS, readRegisterSettings } from '../../domain/register/settings';
import {
  ATTENDANCE,
  CHROMEBOOK_BATCHES,
  COURSES,
  DEVICES,
  LOGBOOK,
  ONWARD,
  SUPPORT,
  VINDPLAATSEN,
} from '../../domain/register/tabs';
import { readSettings, type Settings } from '../../domain/settings/settings';
import { CASES, PARTNERS, REFERRALS, SETTINGS } from '../../domain/tabs';
import type { Tables } from '../../ports';

/** Everything a report needs, each tab read once (a missing tab reads as empty). */
export interface DashboardInputs {
  data: DashboardData;
  ledger: LedgerEntry[];
  settings: Settings;
  dashboard: DashboardSettings;
  projectStart: MonthIndex;
}

/** The month of "Start project" (Instellingen); January 2025 when it cannot be read. */
export function projectStartMonth(value: string): MonthIndex {
  const day = parseDay(value) ?? parseDay(REGISTER_SETTING_DEFAULTS.projectStart.value);
  const [y, m] = (day as string).split('-').map(Number);
  return monthIndex(y, m);
}

/** The tabs a report reads, in the order they are read (the bench declares the same list). */
export const DASHBOARD_READS = [
  SETTINGS.name,
  PUBLISHED.name,
  CASES.name,
  REFERRALS.name,
  REGISTRATIONS.name,
  LOGBOOK.name,
  SUPPORT.name,
  ONWARD.name,
  DEVICES.name,
  CHROMEBOOK_BATCHES.name,
  ATTENDANCE.name,
  COURSES.name,
  VINDPLAATSEN.name,
  FIELD_LOG.name,
  ACTIONS.name,
  PARTNERS.name,
  SCAN.name,
  PLANNING.name,
  LETTERS.name,
  TARGET_GROUPS.name,
] as const;

export function readDashboardInputs(tables: Tables): DashboardInputs {
  const read = (tab: string) => tables.read(tab).rows;
  const settingsTab = tables.read(SETTINGS.name);
  const ledger = readLedger(read(PUBLISHED.name));
  const data: DashboardData = {
    cases: read(CASES.name),
    referrals: read(REFERRALS.name),
    registrations: read(REGISTRATIONS.name),
    logbook: read(LOGBOOK.name),
    support: read(SUPPORT.name),
    onward: read(ONWARD.name),
    devices: read(DEVICES.name),
    chromebookBatches: read(CHROMEBOOK_BATCHES.name),
    attendance: read(ATTENDANCE.name),
    courses: read(COURSES.name),
    vindplaatsen: read(VINDPLAATSEN.name),
    fieldLog: read(FIELD_LOG.name),
    actions: read(ACTIONS.name),
    partners: read(PARTNERS.name),
    scans: read(SCAN.name),
    planning: read(PLANNING.name),
    letters: read(LETTERS.name),
    targetGroups: read(TARGET_GROUPS.name),
  };
  return {
    data,
    ledger,
    settings: readSettings(settingsTab),
    dashboard: readDashboardSettings(settingsTab),
    projectStart: projectStartMonth(readRegisterSettings(settingsTab).projectStart),
  };
}
