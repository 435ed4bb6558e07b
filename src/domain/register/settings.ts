import type { Row, TableSnapshot } from '../../ports';

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
  const byKey = new Map<string, string>();
  for (const row of snapshot.rows) {
    byKey.set(String(row.values.Instelling ?? '').trim(), String(row.values.Waarde ?? '').trim());
  }
  const settings = {} as RegisterSettings;
  for (const name of Object.keys(REGISTER_SETTING_DEFAULTS) as RegisterSettingName[]) {
    const def = REGISTER_SETTING_DEFAULTS[name];
    settings[name] = byKey.get(def.key) || def.value;
  }
  return settings;
}

export function missingRegisterSettingRows(snapshot: TableSnapshot): Row[] {
  const present = new Set(snapshot.rows.map((row) => String(row.values.Instelling ?? '').trim()));
  return Object.values(REGISTER_SETTING_DEFAULTS)
    .filter((def) => !present.has(def.key))
    .map((def) => ({ Instelling: def.key, Waarde: def.value, Uitleg: def.help }));
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
