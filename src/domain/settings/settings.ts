import type { Cell, Row, TableSnapshot } from '../../ports';
import { formatDay } from '../common/day';

/**
 * Settings the worker edits in the Instellingen tab (Dutch keys, one per row). Code reads them through
 * `readSettings`, which falls back to the default when a value is empty.
 */
export const SETTING_DEFAULTS = {
  workerName: {
    key: 'Naam projectmedewerker',
    value: 'De projectmedewerker',
    help: 'Staat onder elke e-mail en brief.',
  },
  workerEmail: {
    key: 'E-mail projectmedewerker',
    value: 'info@wijkcentrumdekring.be',
    help: 'Antwoorden op e-mails komen hier toe.',
  },
  workerPhone: {
    key: 'Telefoon projectmedewerker',
    value: '09 378 61 69',
    help: 'Staat in e-mails en brieven.',
  },
  senderName: {
    key: 'Afzender e-mails',
    value: 'Allemaal Digi.Taal – Wijkcentrum De Kring',
    help: 'De naam die mensen zien als afzender.',
  },
  callWithinWorkdays: {
    key: 'Gezin bellen binnen (werkdagen)',
    value: '5',
    help: 'Staat in de bevestiging aan de doorverwijzer.',
  },
  socialTariffCategories: {
    key: 'Sociaal tarief: categorieën met recht',
    value: '1, 2A, 2B, 2C, 3',
    help: 'Gezinnen met een van deze categorieën krijgen de route "sociaal internetaanbod". Scheid met komma’s.',
  },
  socialTariffOffer: {
    key: 'Sociaal internetaanbod: prijs',
    value: '€ 19 per maand voor vast internet, bundels tot € 40. Aanvragen bij de operator met de eID.',
    help: 'Ter info voor brieven en gesprekken. Pas aan als de prijs verandert.',
  },
  essentialForIncreasedAllowance: {
    key: 'Telenet Essential: verhoogde tegemoetkoming volstaat',
    value: 'ja',
    help: 'ja of nee. Bij ja krijgen gezinnen zonder categorie maar met VT de route "Telenet Essential via De Kring".',
  },
  essentialOffer: {
    key: 'Telenet Essential: prijs',
    value: '€ 5 per maand (50 GB) of € 10 per maand (150 GB), alleen via De Kring.',
    help: 'Ter info voor brieven en gesprekken. Pas aan als de prijs verandert.',
  },
} as const;

export type SettingName = keyof typeof SETTING_DEFAULTS;
export type Settings = Record<SettingName, string>;

/** One group of settings: name in code → Dutch key in the tab, default value, help text. */
export type SettingGroup = Readonly<
  Record<string, { readonly key: string; readonly value: string; readonly help: string }>
>;

/** Reads a group of settings from the Instellingen tab; an empty or missing value falls back to the default. */
/**
 * A settings cell as text, whatever the worker (or Sheets) made of it: a date typed in *Waarde* becomes a Date
 * cell and is read as "dd/mm/jjjj"; a checkbox as "ja"/"nee"; a number as its digits.
 */
export function settingText(value: Cell | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : formatDay(value);
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  return String(value).trim();
}

export function readSettingGroup<G extends SettingGroup>(group: G, snapshot: TableSnapshot): Record<keyof G, string> {
  const byKey = new Map<string, string>();
  for (const row of snapshot.rows) {
    byKey.set(settingText(row.values.Instelling), settingText(row.values.Waarde));
  }
  const settings = {} as Record<keyof G, string>;
  for (const name of Object.keys(group) as (keyof G)[]) {
    settings[name] = byKey.get(group[name].key) || group[name].value;
  }
  return settings;
}

/** Rows for the settings of a group that are not in the tab yet (the worker's values are never overwritten). */
export function missingSettingGroupRows(group: SettingGroup, snapshot: TableSnapshot): Row[] {
  const present = new Set(snapshot.rows.map((row) => String(row.values.Instelling ?? '').trim()));
  return Object.values(group)
    .filter((def) => !present.has(def.key))
    .map((def) => ({ Instelling: def.key, Waarde: def.value, Uitleg: def.help }));
}

export function readSettings(snapshot: TableSnapshot): Settings {
  return readSettingGroup(SETTING_DEFAULTS, snapshot);
}

export function missingSettingRows(snapshot: TableSnapshot): Row[] {
  return missingSettingGroupRows(SETTING_DEFAULTS, snapshot);
}
