import { cellText } from '../../domain/common/table';
import { ACTIONS } from '../../domain/intakeTabs';
import { brusselsDate, cellDay, dayOf, dayToBrusselsDate, isoDay, weekday } from '../../domain/matrix/calendar';
import type { MatrixReport } from '../../domain/matrix/compute';
import { GROUP, listCell, splitList } from '../../domain/matrix/defaults';
import { CASE_TARGET_GROUP_COLUMN, PLAN_STATUS, PLANNING, TARGET_GROUPS_TAB } from '../../domain/matrix/tabs';
import { CASES } from '../../domain/tabs';
import type { Row, Tables } from '../../ports';
import { DEMO_ACTIONS, type TargetGroup } from '../demo/actions';
import { Dice } from '../dice';

/**
 * The demo year's outreach plan, as the worker would write it: the partners of every demo action next to the target
 * groups they reach (Doelgroepen), and a Planning from the played month to the end of the year — one dated row per
 * action per month it runs, a monthly row for the actions that run all year. Added once: a rerun adds nothing.
 */

/** The demo's target groups in the names of the Doelgroepen tab. */
const GROUP_OF: Record<TargetGroup, string> = {
  'Gezinnen met schoolgaande kinderen': GROUP.families,
  'Alleenstaande ouders': GROUP.singleParents,
  Senioren: GROUP.seniors,
  'Nieuwkomers en anderstaligen': GROUP.newcomers,
  'Mensen met een leefloon of schulden': GROUP.lowIncome,
  'Mensen met een beperking': GROUP.disability,
  Werkzoekenden: GROUP.jobseekers,
};

/** Social-housing tenants are reached through the housing partners' actions. */
const HOUSING_PARTNERS = ['SVK Meetjesland', 'Woonpunt Meetjesland', 'MBV Meetjesland (woonbegeleiding)'];

function groupsOf(action: (typeof DEMO_ACTIONS)[number]): string[] {
  const groups = action.targetGroups.map((g) => GROUP_OF[g]);
  if (action.partners.some((p) => HOUSING_PARTNERS.includes(p))) groups.push(GROUP.socialHousing);
  return [...new Set(groups)];
}

/** Adds each demo action's partners to the groups it reaches (the worker's other partners stay). */
export function completeDemoGroups(tables: Tables): number {
  const column = TARGET_GROUPS_TAB.headers[2];
  let updated = 0;
  for (const row of tables.read(TARGET_GROUPS_TAB.name).rows) {
    const name = cellText(row.values.Doelgroep);
    const present = splitList(cellText(row.values[column]));
    const extra = DEMO_ACTIONS.filter((a) => groupsOf(a).includes(name))
      .flatMap((a) => a.partners)
      .filter((p, i, all) => all.indexOf(p) === i && !present.some((q) => q.toLowerCase() === p.toLowerCase()));
    if (extra.length === 0) continue;
    tables.update(TARGET_GROUPS_TAB.name, row.rowNumber, { [column]: listCell([...present, ...extra]) });
    updated++;
  }
  return updated;
}

const ALL_YEAR = 12;

/** A working day (Monday–Friday) in the month, at random. */
function workday(dice: Dice, year: number, month: number): number {
  for (;;) {
    const day = dayOf(brusselsDate(year, month + 1, dice.int(2, 27)));
    if (weekday(day) !== 0 && weekday(day) !== 6) return day;
  }
}

/** Planning rows for `monthIndex` (0 = January) to December of `year`; none that is already there (same code and date). */
export function addDemoPlanning(tables: Tables, year: number, monthIndex: number, seed: number): number {
  const dice = new Dice(seed ^ 0x9a1);
  const names = new Map(tables.read(ACTIONS.name).rows.map((r) => [cellText(r.values.Code), cellText(r.values.Actie)]));
  const existing = new Set(
    tables.read(PLANNING.name).rows.map((r) => {
      const day = cellDay(r.values['Gepland op']);
      return `${cellText(r.values.Actiecode)}|${day === null ? '' : isoDay(day)}`;
    }),
  );
  const rows: Row[] = [];
  const add = (action: (typeof DEMO_ACTIONS)[number], start: number, frequency: string, until: number | null) => {
    if (existing.has(`${action.code}|${isoDay(start)}`)) return;
    existing.add(`${action.code}|${isoDay(start)}`);
    rows.push({
      Actiecode: action.code,
      Actie: names.get(action.code) ?? action.name,
      Doelgroepen: listCell(groupsOf(action)),
      Partners: listCell(action.partners),
      'Gepland op': dayToBrusselsDate(start),
      Frequentie: frequency,
      Tot: until === null ? '' : dayToBrusselsDate(until),
      Status: PLAN_STATUS.planned,
      Notities: action.name,
    });
  };
  for (const action of DEMO_ACTIONS) {
    if (action.months.length === ALL_YEAR) {
      add(action, dayOf(brusselsDate(year, monthIndex + 1, 3)), 'elke maand', dayOf(brusselsDate(year, 12, 31)));
      continue;
    }
    for (const month of action.months)
      if (month >= monthIndex) add(action, workday(dice, year, month), 'eenmalig', null);
  }
  if (rows.length > 0) tables.append(PLANNING.name, rows);
  return rows.length;
}

/**
 * After her first call the worker knows a household's target group and notes it in Dossiers > Doelgroep (a column
 * she adds): the demo does that for about two in three households she reached, choosing one of the groups the rules
 * give the household. Households that already have one keep it.
 */
export function noteDemoTargetGroups(tables: Tables, report: MatrixReport, seed: number): number {
  const dice = new Dice(seed ^ 0x6e0);
  tables.ensureTab({ name: CASES.name, headers: [CASE_TARGET_GROUP_COLUMN] });
  const notes: Array<{ rowNumber: number; values: Row }> = [];
  for (const row of tables.read(CASES.name).rows) {
    const ref = cellText(row.values.Dossiernummer);
    const status = cellText(row.values.Status);
    if (cellText(row.values[CASE_TARGET_GROUP_COLUMN]) !== '' || status === '' || status === 'Aangemeld') continue;
    const groups = report.householdGroups.get(ref) ?? [];
    if (groups.length === 0 || !dice.chance(0.67)) continue;
    notes.push({ rowNumber: row.rowNumber, values: { [CASE_TARGET_GROUP_COLUMN]: dice.pick(groups) } });
  }
  // One write for the column, as the worker's paste would be (the rows were read before any of them changed).
  tables.updateMany(CASES.name, notes);
  return notes.length;
}
