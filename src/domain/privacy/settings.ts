import type { Row, TableSnapshot } from '../../ports';
import { missingSettingGroupRows, readSettingGroup } from '../settings/settings';

/** Settings of the privacy feature, in the Instellingen tab (Dutch key per row). */
export const PRIVACY_SETTING_DEFAULTS = {
  retentionMonths: {
    key: 'Bewaartermijn na afsluiten (maanden)',
    value: '24',
    help:
      'Zoveel maanden nadat een dossier is afgesloten, wist het script de naam, het adres, de telefoon, het ' +
      'e-mailadres en de notities (elke maand). Nummers, datums en keuzes blijven, zodat de tellingen kloppen.',
  },
  organisationDomain: {
    key: 'E-maildomein van de organisatie',
    value: '',
    help:
      'Bijvoorbeeld dekring.be. Het script waarschuwt als de projectsheet gedeeld is met iemand buiten dit ' +
      'domein. Leeg: het domein van de eigenaar van de projectsheet.',
  },
} as const;

export type PrivacySettings = Record<keyof typeof PRIVACY_SETTING_DEFAULTS, string>;

export function readPrivacySettings(snapshot: TableSnapshot): PrivacySettings {
  return readSettingGroup(PRIVACY_SETTING_DEFAULTS, snapshot);
}

export function missingPrivacySettingRows(snapshot: TableSnapshot): Row[] {
  return missingSettingGroupRows(PRIVACY_SETTING_DEFAULTS, snapshot);
}

/** Months from the setting: a whole number from 1 to 240, else the default 24. */
export function retentionMonths(settings: PrivacySettings): number {
  const n = Number(settings.retentionMonths);
  return Number.isInteger(n) && n >= 1 && n <= 240 ? n : 24;
}
