import { ACTIONS } from '../../domain/intakeTabs';
import { defaultPlanningRows, defaultTargetGroupRows } from '../../domain/matrix/defaults';
import { readActions, readGroups, readPartners } from '../../domain/matrix/model';
import { missingMatrixSettingRows } from '../../domain/matrix/settings';
import { FREQUENCIES, MATRIX_TABS, PLAN_STATUSES, PLANNING, TARGET_GROUPS_TAB } from '../../domain/matrix/tabs';
import type { Dropdown } from '../../domain/register/dropdowns';
import { PARTNERS, SETTINGS } from '../../domain/tabs';
import type { Tables } from '../../ports';

export interface MatrixSetupResult {
  groupsAdded: number;
  planningAdded: number;
  settingsAdded: number;
}

/**
 * Part of "Alles instellen": the Doelgroepen and Planning tabs, seeded once (only while empty), and the matrix's
 * settings. Idempotent; the worker's rows, notes, columns and order are never touched.
 */
export function setupMatrix(tables: Tables): MatrixSetupResult {
  for (const tab of MATRIX_TABS) tables.ensureTab(tab);
  const groupsEmpty = tables.read(TARGET_GROUPS_TAB.name).rows.length === 0;
  const groupRows = groupsEmpty ? defaultTargetGroupRows() : [];
  if (groupRows.length > 0) tables.append(TARGET_GROUPS_TAB.name, groupRows);
  const planningEmpty = tables.read(PLANNING.name).rows.length === 0;
  const planningRows = planningEmpty ? defaultPlanningRows() : [];
  if (planningRows.length > 0) tables.append(PLANNING.name, planningRows);
  const settingRows = missingMatrixSettingRows(tables.read(SETTINGS.name));
  if (settingRows.length > 0) tables.append(SETTINGS.name, settingRows);
  return { groupsAdded: groupRows.length, planningAdded: planningRows.length, settingsAdded: settingRows.length };
}

const MULTI_HELP = 'Kies uit de lijst. Meer dan één? Typ ze gescheiden door komma’s.';

/** The dropdowns of Planning and Doelgroepen; the lists come from the tabs (actions, groups, partners) as they are now. */
export function matrixDropdowns(tables: Tables): Dropdown[] {
  const actions = readActions(tables.read(ACTIONS.name))
    .map((a) => a.name)
    .filter((n) => n !== '');
  const groups = readGroups(tables.read(TARGET_GROUPS_TAB.name)).map((g) => g.name);
  const partners = readPartners(tables.read(PARTNERS.name));
  const all: Dropdown[] = [
    { tab: PLANNING.name, column: 'Actie', values: actions, strict: false },
    { tab: PLANNING.name, column: 'Doelgroepen', values: groups, strict: false, help: MULTI_HELP },
    { tab: PLANNING.name, column: 'Partners', values: partners, strict: false, help: MULTI_HELP },
    { tab: PLANNING.name, column: 'Frequentie', values: FREQUENCIES, strict: true },
    { tab: PLANNING.name, column: 'Status', values: PLAN_STATUSES, strict: true },
    {
      tab: TARGET_GROUPS_TAB.name,
      column: 'Partners die hen bereiken',
      values: partners,
      strict: false,
      help: MULTI_HELP,
    },
  ];
  return all.filter((d) => d.values.length > 0).map((d) => ({ ...d, values: [...new Set(d.values)].slice(0, 500) }));
}
