import { OUTREACH_ACTIONS } from '../../forms/outreach';
import { missingDashboardSettingRows } from '../domain/dashboard/settings';
import { ACTIONS } from '../domain/intakeTabs';
import { missingLetterSettingRows } from '../domain/letters/settings';
import { DEFAULT_PARTNERS } from '../domain/partners/defaultPartners';
import { missingPrivacySettingRows } from '../domain/privacy/settings';
import { missingRegisterSettingRows } from '../domain/register/settings';
import { missingSettingRows } from '../domain/settings/settings';
import { ALL_TABS, PARTNERS, SETTINGS } from '../domain/tabs';
import type { Tables } from '../ports';

export interface WorkbookSetupResult {
  tabsCreated: string[];
  settingsAdded: number;
  partnersAdded: number;
}

/**
 * Creates the tabs with their Dutch headers, adds missing settings and a starting partner list.
 * Idempotent: a second run changes nothing, and the worker's own values and columns are kept.
 */
export function setupWorkbook(tables: Tables): WorkbookSetupResult {
  const tabsCreated = [...new Set(ALL_TABS.filter((tab) => !tables.hasTab(tab.name)).map((tab) => tab.name))];
  for (const tab of ALL_TABS) tables.ensureTab(tab);

  const settingsNow = tables.read(SETTINGS.name);
  const settingRows = [
    ...missingSettingRows(settingsNow),
    ...missingRegisterSettingRows(settingsNow),
    ...missingDashboardSettingRows(settingsNow),
    ...missingLetterSettingRows(settingsNow),
    ...missingPrivacySettingRows(settingsNow),
  ];
  if (settingRows.length > 0) tables.append(SETTINGS.name, settingRows);

  const partnersEmpty = tables.read(PARTNERS.name).rows.length === 0;
  if (partnersEmpty)
    tables.append(
      PARTNERS.name,
      DEFAULT_PARTNERS.map((p) => ({ ...p })),
    );

  const actionsEmpty = tables.read(ACTIONS.name).rows.length === 0;
  if (actionsEmpty)
    tables.append(
      ACTIONS.name,
      OUTREACH_ACTIONS.map((a) => ({
        Code: a.code,
        Actie: a.name,
        Omschrijving: a.description,
        'Antwoord in aanmelding': a.heardVia,
      })),
    );

  return { tabsCreated, settingsAdded: settingRows.length, partnersAdded: partnersEmpty ? DEFAULT_PARTNERS.length : 0 };
}
