import type { Row, TableSnapshot } from '../../ports';
import { isSingleEmail } from '../common/email';
import { missingSettingGroupRows, readSettingGroup } from '../settings/settings';

/**
 * Settings of the dashboard and the project-group summary, in the Instellingen tab. Targets come from the
 * brief where it names one (4 new vindplaatsen, 75 Chromebooks); the worker enters the others.
 */
export const DASHBOARD_SETTING_DEFAULTS = {
  projectGroup: {
    key: 'Projectgroep: e-mailadressen',
    value: '',
    help: 'Wie het maandoverzicht krijgt. Scheid adressen met een komma. Leeg: er gaat niets naar de projectgroep.',
  },
  reportWorkday: {
    key: 'Maandoverzicht: werkdag van de maand',
    value: '1',
    help: 'Op de hoeveelste werkdag van de maand het overzicht van de vorige maand klaarstaat en vertrekt (1 = eerste werkdag).',
  },
  autoSend: {
    key: 'Maandoverzicht: automatisch versturen',
    value: 'ja',
    help: 'ja: het overzicht gaat vanzelf naar de projectgroep. nee: u verstuurt het zelf met het menu.',
  },
  targetNewVindplaatsen: {
    key: 'Doel: nieuwe vindplaatsen',
    value: '4',
    help: 'Uit de opdracht: vormingen op 4 nieuwe vindplaatsen.',
  },
  targetChromebooks: {
    key: 'Doel: Chromebooks uitgedeeld',
    value: '75',
    help: 'Uit de opdracht: 75 Chromebooks aanvragen en verdelen.',
  },
  targetHouseholds: { key: 'Doel: nieuwe gezinnen', value: '', help: 'Leeg laten als er geen doel is.' },
  targetConnections: { key: 'Doel: internetaansluitingen', value: '', help: 'Leeg laten als er geen doel is.' },
  targetDevices: { key: 'Doel: toestellen uitgedeeld', value: '', help: 'Leeg laten als er geen doel is.' },
  targetSupport: { key: 'Doel: ondersteuningsmomenten', value: '', help: 'Leeg laten als er geen doel is.' },
  targetParticipants: { key: 'Doel: deelnemers vormingen', value: '', help: 'Leeg laten als er geen doel is.' },
  targetReach: {
    key: 'Doel: unieke personen bereikt',
    value: '',
    help: 'Digibank telt unieke personen. Leeg laten als er geen doel is.',
  },
} as const;

export type DashboardSettingName = keyof typeof DASHBOARD_SETTING_DEFAULTS;
export type DashboardSettings = Record<DashboardSettingName, string>;

export function readDashboardSettings(snapshot: TableSnapshot): DashboardSettings {
  return readSettingGroup(DASHBOARD_SETTING_DEFAULTS, snapshot);
}

export function missingDashboardSettingRows(snapshot: TableSnapshot): Row[] {
  return missingSettingGroupRows(DASHBOARD_SETTING_DEFAULTS, snapshot);
}

/** A whole target from a setting, or null when empty or not a number. */
export function target(value: string): number | null {
  const n = Number(value.replace(/[\s.]/g, ''));
  return value.trim() !== '' && Number.isInteger(n) && n >= 0 ? n : null;
}

/** The project-group addresses: every valid one, and the ones that are not an address (to tell the worker). */
export function projectGroupAddresses(value: string): { valid: string[]; invalid: string[] } {
  const parts = value
    .split(/[,;\s]+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const valid = [...new Set(parts.filter((p) => isSingleEmail(p)).map((p) => p.toLowerCase()))];
  return { valid, invalid: parts.filter((p) => !isSingleEmail(p)) };
}

export function yes(value: string): boolean {
  return /^(ja|j|yes|y|1|waar)$/i.test(value.trim());
}
