import type { Row, TableSnapshot } from '../../ports';
import { missingSettingGroupRows, readSettingGroup } from '../settings/settings';

/**
 * Settings of the case register, in the same Instellingen tab as the foundation's (Dutch key per row).
 * Kept in this file so the register's settings live with the register.
 */
export const REGISTER_SETTING_DEFAULTS = {
  staleDays: {
    key: 'Weekoverzicht: dagen zonder wijziging',
    value: '14',
    help: 'Het weekoverzicht toont dossiers waarvan de status zo veel dagen niet veranderde.',
  },
  upcomingDays: {
    key: 'Weekoverzicht: dagen vooruit',
    value: '7',
    help: 'Acties binnen zo veel dagen staan bij "binnenkort".',
  },
  digestWeekday: {
    key: 'Weekoverzicht op dag',
    value: 'maandag',
    help: 'Op deze dag krijgt de projectmedewerker het weekoverzicht (maandag … zondag).',
  },
  projectStart: {
    key: 'Start project',
    value: '2025-01-01',
    help: 'Vanaf deze datum telt het bereik (jjjj-mm-dd).',
  },
} as const;

export type RegisterSettingName = keyof typeof REGISTER_SETTING_DEFAULTS;
export type RegisterSettings = Record<RegisterSettingName, string>;

export function readRegisterSettings(snapshot: TableSnapshot): RegisterSettings {
  return readSettingGroup(REGISTER_SETTING_DEFAULTS, snapshot);
}

export function missingRegisterSettingRows(snapshot: TableSnapshot): Row[] {
  return missingSettingGroupRows(REGISTER_SETTING_DEFAULTS, snapshot);
}

/** A positive whole number from a setting, or the fallback. */
export function settingNumber(value: string, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

export const WEEKDAYS = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];

/** 0 (Sunday) … 6 for a Dutch weekday name; Monday when the name is not recognised. */
export function weekdayNumber(name: string): number {
  const i = WEEKDAYS.indexOf(name.trim().toLowerCase());
  return i >= 0 ? i : 1;
}
