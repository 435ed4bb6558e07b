import type { Row, TableSnapshot } from '../../ports';
import { settingNumber } from '../register/settings';
import { missingSettingGroupRows, readSettingGroup } from '../settings/settings';

/** The outreach matrix's settings, in the Instellingen tab (Dutch key per row). */
export const MATRIX_SETTING_DEFAULTS = {
  weeksWithoutAction: {
    key: 'Outreachmatrix: weken zonder actie',
    value: '6',
    help: 'Een doelgroep die zo veel weken geen actie kreeg, staat bij de signalen in de Matrix.',
  },
  minChannels: {
    key: 'Outreachmatrix: minimum kanalen in 13 weken',
    value: '3',
    help: 'Een doelgroep die in de laatste 13 weken via minder kanalen bereikt werd, staat bij de signalen (herhaling).',
  },
  creditDays: {
    key: 'Outreachmatrix: dagen dat een actie meetelt voor doorverwijzingen',
    value: '90',
    help: 'Een doorverwijzing telt mee voor de acties waaraan de partner in zo veel dagen ervoor meedeed.',
  },
} as const;

export interface MatrixSettings {
  weeksWithoutAction: number;
  minChannels: number;
  creditDays: number;
}

export function readMatrixSettings(snapshot: TableSnapshot): MatrixSettings {
  const s = readSettingGroup(MATRIX_SETTING_DEFAULTS, snapshot);
  return {
    weeksWithoutAction: settingNumber(s.weeksWithoutAction, 6),
    minChannels: settingNumber(s.minChannels, 3),
    creditDays: settingNumber(s.creditDays, 90),
  };
}

export function missingMatrixSettingRows(snapshot: TableSnapshot): Row[] {
  return missingSettingGroupRows(MATRIX_SETTING_DEFAULTS, snapshot);
}
