import { SUPPORT_TOPICS } from '../../../forms/supportChoices';
import type { Cell, Row, StoredRow } from '../../ports';
import { cellText } from '../common/table';
import { ONWARD_OFFERS, ONWARD_RESULTS } from '../register/dropdowns';
import { MILESTONE_COLUMN } from '../register/journey';
import type { Domain } from '../register/reach';
import { type MonthIndex, monthFinder } from './calendar';
import { dateOf } from './dates';
import { hasThreshold, SCAN_QUESTIONS, scansPerCase } from './scan';
import type { DashboardSettingName } from './settings';
import { LETTERS, PLANNING, TARGET_GROUPS } from './tabs';
import { DESTINATION_LABELS, OTHER, SECTIONS } from './texts';
import { activeDaysIn, reachIn, type Window, windowCounts } from './windowIndex';

/**
 * The KPI engine: raw counts over a window of time from the register's tabs. Pure. Counts rest on dates
 * (milestone dates, the Logboek's status changes, the date of a session), not on the current status text, so a
 * status the worker renamed or a case that was closed and reopened is counted where it happened.
 * Every category label comes from a fixed list or a tab the worker keeps for that purpose (Partners, Acties,
 * Vindplaatsen, Doelgroepen); free text goes to "other", so nothing a person typed reaches a report.
 */

export interface DashboardData {
  cases: readonly StoredRow[];
  referrals: readonly StoredRow[];
  registrations: readonly StoredRow[];
  logbook: readonly StoredRow[];
  support: readonly StoredRow[];
  onward: readonly StoredRow[];
  devices: readonly StoredRow[];
  chromebookBatches: readonly StoredRow[];
  attendance: readonly StoredRow[];
  courses: readonly StoredRow[];
  vindplaatsen: readonly StoredRow[];
  fieldLog: readonly StoredRow[];
  actions: readonly StoredRow[];
  partners: readonly StoredRow[];
  scans: readonly StoredRow[];
  /** Tabs of other features; empty when the tab does not exist. */
  planning: readonly StoredRow[];
  letters: readonly StoredRow[];
  targetGroups: readonly StoredRow[];
}

export type { Window };

/** Every tab of a report's data, in a fixed order (caches keyed by tabs: tabCache.ts). */
const DATA_TABS = [
  'cases',
  'referrals',
  'registrations',
  'logbook',
  'support',
  'onward',
  'devices',
  'chromebookBatches',
  'attendance',
  'courses',
  'vindplaatsen',
  'fieldLog',
  'actions',
  'partners',
  'scans',
  'planning',
  'letters',
  'targetGroups',
] as const satisfies ReadonlyArray<keyof DashboardData>;
/** Fails to compile when DashboardData gains a tab that DATA_TABS does not list. */
const everyTab: Exclude<keyof DashboardData, (typeof DATA_TABS)[number]> extends never ? true : never = true;

export function dataTabs(data: DashboardData): Array<readonly StoredRow[]> {
  return everyTab ? DATA_TABS.map((k) => data[k]) : [];
}

export { dateOf };

/** The first header of `names` that a row has a value for. */
function field(values: Row, names: readonly string[]): Cell {
  for (const name of names) {
    const v = values[name];
    if (v !== undefined && v !== null && v !== '') return v;
  }
  return '';
}

/** Is this status an ending? Also for a closing reason the worker wrote herself ("Afgesloten: verhuisd naar Gent"). */
export function isClosing(status: string): boolean {
  return /^afgesloten\b/i.test(status.trim());
}

/** "Afgesloten: niet bereikbaar" → "niet bereikbaar". */
function closingReason(status: string, known: ReadonlySet<string>): string {
  const reason = status.replace(/^afgesloten\s*:?\s*/i, '').trim();
  return known.has(reason) ? reason : OTHER.reason;
}

const KNOWN_REASONS = new Set([
  'geholpen',
  'niet bereikbaar',
  'niet in aanmerking',
  'geen interesse meer',
  'elders geholpen',
  'geen plaats of capaciteit',
  'verhuisd of buiten projectgebied',
  'andere reden',
]);

/** A label from a fixed or worker-kept list, else the "other" label (free text never reaches a report). */
function known(value: string, list: ReadonlySet<string>, other: string): string {
  return list.has(value) ? value : other;
}

function add(map: Map<string, number>, code: string, n = 1): void {
  map.set(code, (map.get(code) ?? 0) + n);
}

/** Tables of a report: a total and its parts (`prefix|label`). */
export interface TableDef {
  section: string;
  /** Code of the total; null when the parts overlap (a referral counts for each of its target groups). */
  total: string | null;
  prefix: string;
  /** 'always': the parts add up to the total; 'if-equal': only when they happen to (unique people). */
  additive: 'always' | 'if-equal' | 'never';
}

export const TABLES: readonly TableDef[] = [
  { section: SECTIONS.sources, total: 'gezinnen-nieuw', prefix: 'bron', additive: 'always' },
  { section: SECTIONS.partners, total: 'doorverwijzingen', prefix: 'partner', additive: 'always' },
  { section: SECTIONS.channels, total: 'aanmeldingen', prefix: 'kanaal', additive: 'always' },
  { section: SECTIONS.targetGroups, total: null, prefix: 'doelgroep', additive: 'never' },
  { section: SECTIONS.closures, total: 'afgesloten', prefix: 'reden', additive: 'always' },
  { section: SECTIONS.support, total: 'ondersteuning', prefix: 'onderwerp', additive: 'always' },
  { section: SECTIONS.offers, total: 'doorverwijzingen-aanbod', prefix: 'aanbod', additive: 'always' },
  { section: SECTIONS.outcomes, total: 'doorverwijzingen-aanbod', prefix: 'resultaat', additive: 'always' },
  { section: SECTIONS.devices, total: 'toestellen-uitgedeeld', prefix: 'bestemming', additive: 'always' },
  { section: SECTIONS.vindplaatsen, total: 'deelnemers', prefix: 'vindplaats', additive: 'if-equal' },
  { section: SECTIONS.reach, total: 'bereik-uniek', prefix: 'domein', additive: 'if-equal' },
];

export interface HeadlineDef {
  code: string;
  /** Counts about people: small ones are suppressed. Counts of places, courses, actions are not. */
  personal: boolean;
  /** Unique people: a total over a longer span is not the sum of the months. */
  unique: boolean;
  target?: DashboardSettingName;
}

export const HEADLINES: readonly HeadlineDef[] = [
  { code: 'gezinnen-nieuw', personal: true, unique: false, target: 'targetHouseholds' },
  { code: 'doorverwijzingen', personal: true, unique: false },
  { code: 'aanmeldingen', personal: true, unique: false },
  { code: 'contact', personal: true, unique: false },
  { code: 'aanvragen', personal: true, unique: false },
  { code: 'actief', personal: true, unique: false, target: 'targetConnections' },
  { code: 'afgesloten', personal: true, unique: false },
  { code: 'heropend', personal: true, unique: false },
  { code: 'ondersteuning', personal: true, unique: false, target: 'targetSupport' },
  { code: 'doorverwijzingen-aanbod', personal: true, unique: false },
  { code: 'toestellen-ingezameld', personal: false, unique: false },
  { code: 'toestellen-klaar', personal: false, unique: false },
  { code: 'toestellen-uitgedeeld', personal: true, unique: false, target: 'targetDevices' },
  { code: 'chromebooks-ontvangen', personal: false, unique: false },
  { code: 'chromebooks-uitgedeeld', personal: true, unique: false, target: 'targetChromebooks' },
  { code: 'vindplaatsen-nieuw', personal: false, unique: false, target: 'targetNewVindplaatsen' },
  { code: 'vormingen', personal: false, unique: true },
  { code: 'sessies', personal: false, unique: false },
  { code: 'deelnemers', personal: true, unique: true, target: 'targetParticipants' },
  { code: 'acties-gedaan', personal: false, unique: false },
  { code: 'veldwerk', personal: false, unique: false },
  { code: 'veldwerk-bereikt', personal: false, unique: false },
  { code: 'brieven', personal: true, unique: false },
  { code: 'bereik-uniek', personal: true, unique: true, target: 'targetReach' },
];

export function headline(code: string): HeadlineDef | undefined {
  return HEADLINES.find((h) => h.code === code);
}

/** The table a part code belongs to (by its prefix). */
export function tableOfPart(code: string): TableDef | undefined {
  const prefix = code.split('|')[0];
  return TABLES.find((t) => t.prefix === prefix);
}

/** Is a code (headline or part) about people? */
export function isPersonal(code: string): boolean {
  const h = headline(code);
  if (h) return h.personal;
  const t = tableOfPart(code);
  if (t) return t.total === null ? true : (headline(t.total)?.personal ?? true);
  return true;
}

/** Is a code a count of unique people (not additive over months)? */
export function isUnique(code: string): boolean {
  const h = headline(code);
  if (h) return h.unique;
  const t = tableOfPart(code);
  return t?.total ? (headline(t.total)?.unique ?? false) : false;
}

/** The cases whose status changed to a closing or from a closing back to a step, from the Logboek. */
interface StatusChange {
  caseRef: string;
  at: Date;
  from: string;
  to: string;
}

function statusChanges(logbook: readonly StoredRow[]): StatusChange[] {
  const out: StatusChange[] = [];
  for (const row of logbook) {
    const v = row.values;
    if (cellText(v.Tabblad) !== 'Dossiers' || cellText(v.Kolom) !== 'Status') continue;
    const at = dateOf(v.Tijdstip);
    if (!at) continue;
    out.push({ caseRef: cellText(v.Sleutel), at, from: cellText(v.Oud), to: cellText(v.Nieuw) });
  }
  return out;
}

/** Counts per month, for the months first..last (Brussels); events outside are left out. */
export type MonthCounts = Map<MonthIndex, Map<string, number>>;

/**
 * Every additive count (headlines and table parts) per month, in one pass over the tabs, without small-count
 * suppression. A longer span is the sum of its months. Unique people are counted per window (`uniqueWindow`).
 */
export function countMonths(data: DashboardData, first: MonthIndex, last: MonthIndex): MonthCounts {
  const months: MonthCounts = new Map();
  for (let m = first; m <= last; m++) months.set(m, new Map());
  const monthOfTime = monthFinder(first, last);
  /** The month's counts for a cell's date, or null when the date is empty or outside first..last. */
  const at = (value: unknown): Map<string, number> | null => {
    const date = dateOf(value);
    const m = date ? monthOfTime(date.getTime()) : null;
    return m === null ? null : (months.get(m) ?? null);
  };

  // Households: new cases, how they came, the journey's milestones.
  for (const row of data.cases) {
    const v = row.values;
    if (!cellText(v.Dossiernummer)) continue;
    const created = at(v['Aangemaakt op']);
    if (created) {
      add(created, 'gezinnen-nieuw');
      const source = cellText(v.Bron);
      add(created, `bron|${source === 'Doorverwijzing' || source === 'Aanmelding' ? source : OTHER.source}`);
    }
    const contact = at(v[MILESTONE_COLUMN['Contact opgenomen']]);
    if (contact) add(contact, 'contact');
    const applied = at(v[MILESTONE_COLUMN['Aanvraag ingediend']]);
    if (applied) add(applied, 'aanvragen');
    const active = at(v[MILESTONE_COLUMN.Actief]);
    if (active) add(active, 'actief');
  }

  const partners = new Set(data.partners.map((r) => cellText(r.values.Organisatie)).filter(Boolean));
  for (const row of data.referrals) {
    const m = at(row.values['Ontvangen op']);
    if (!m) continue;
    add(m, 'doorverwijzingen');
    add(m, `partner|${known(cellText(row.values.Organisatie), partners, OTHER.partner)}`);
    for (const group of targetGroupsOf(data).get(cellText(row.values.Organisatie)) ?? []) add(m, `doelgroep|${group}`);
  }
  const actionNames = new Map(data.actions.map((r) => [cellText(r.values.Code), cellText(r.values.Actie)]));
  for (const row of data.registrations) {
    const m = at(row.values['Ontvangen op']);
    if (!m) continue;
    add(m, 'aanmeldingen');
    add(m, `kanaal|${actionNames.get(cellText(row.values.Actiecode)) || OTHER.channel}`);
  }

  // Closures and reopenings, from the Logboek; a case without any logged status change by its stamp.
  const changes = statusChanges(data.logbook);
  const logged = new Set(changes.map((ch) => ch.caseRef));
  for (const ch of changes) {
    const m = at(ch.at);
    if (!m) continue;
    if (isClosing(ch.to) && !isClosing(ch.from)) {
      add(m, 'afgesloten');
      add(m, `reden|${closingReason(ch.to, KNOWN_REASONS)}`);
    } else if (isClosing(ch.from) && ch.to !== '' && !isClosing(ch.to)) add(m, 'heropend');
  }
  for (const row of data.cases) {
    const v = row.values;
    const ref = cellText(v.Dossiernummer);
    const m = ref && !logged.has(ref) ? at(v['Afgesloten op']) : null;
    if (!m) continue;
    add(m, 'afgesloten');
    add(m, `reden|${isClosing(cellText(v.Status)) ? closingReason(cellText(v.Status), KNOWN_REASONS) : OTHER.reason}`);
  }

  const topics = new Set<string>(SUPPORT_TOPICS);
  for (const row of data.support) {
    const m = at(row.values.Datum);
    if (!m) continue;
    add(m, 'ondersteuning');
    add(m, `onderwerp|${known(cellText(row.values.Onderwerp), topics, OTHER.topic)}`);
  }
  const offers = new Set<string>(ONWARD_OFFERS);
  const results = new Set<string>(ONWARD_RESULTS);
  for (const row of data.onward) {
    const m = at(row.values.Datum);
    if (!m) continue;
    add(m, 'doorverwijzingen-aanbod');
    add(m, `aanbod|${known(cellText(row.values.Aanbod), offers, OTHER.offer)}`);
    add(m, `resultaat|${known(cellText(row.values.Resultaat), results, OTHER.result)}`);
  }

  // Devices.
  for (const row of data.devices) {
    const v = row.values;
    const donated = cellText(v.Schenker) !== 'Chromebookaanvraag';
    const received = donated ? at(v['Ontvangen op']) : null;
    if (received) add(received, 'toestellen-ingezameld');
    const ready = donated ? at(v['Klaar op']) : null;
    if (ready) add(ready, 'toestellen-klaar');
    const out = at(v['Uitgedeeld op']);
    if (out) {
      add(out, 'toestellen-uitgedeeld');
      add(out, `bestemming|${DESTINATION_LABELS[cellText(v['Toegewezen aan (soort)'])] ?? OTHER.destination}`);
      if (cellText(v['Soort toestel']).toLowerCase() === 'chromebook') add(out, 'chromebooks-uitgedeeld');
    }
  }
  for (const row of data.chromebookBatches) {
    const n = Number(cellText(row.values['Aantal ontvangen']));
    const m = at(row.values['Ontvangen op']);
    if (m && Number.isInteger(n) && n > 0) add(m, 'chromebooks-ontvangen', n);
  }

  // New vindplaatsen (a new place without a date counts in the project's first month) and course sessions.
  for (const row of data.vindplaatsen) {
    const v = row.values;
    if (cellText(v['Nieuw sinds projectstart']).toLowerCase() !== 'ja') continue;
    const m = dateOf(v.Sinds) ? at(v.Sinds) : (months.get(first) ?? null);
    if (m) add(m, 'vindplaatsen-nieuw');
  }
  const sessions = new Set<string>();
  for (const row of data.attendance) {
    const v = row.values;
    const date = dateOf(v.Datum);
    const month = date ? monthOfTime(date.getTime()) : null;
    if (month === null) continue;
    const key = `${month}|${cellText(v['Vorming-ID'])}|${cellText(v.Sessie)}`;
    const m = months.get(month) ?? null;
    if (!m || sessions.has(key)) continue;
    sessions.add(key);
    add(m, 'sessies');
  }

  // Outreach.
  for (const row of data.fieldLog) {
    const m = at(dateOf(row.values.Datum) ?? row.values['Ontvangen op']);
    if (!m) continue;
    add(m, 'veldwerk');
    const reached = Number(cellText(row.values['Bereikte mensen']));
    if (Number.isInteger(reached) && reached > 0) add(m, 'veldwerk-bereikt', reached);
  }
  for (const row of data.planning) {
    const v = row.values;
    if (cellText(field(v, PLANNING.status)).toLowerCase() !== PLANNING.done) continue;
    const m = at(field(v, PLANNING.date));
    if (m) add(m, 'acties-gedaan');
  }
  for (const row of data.letters) {
    const v = row.values;
    // As the outreach matrix counts them: with a Status column, only a finished batch.
    if (LETTERS.status.some((h) => h in v) && cellText(field(v, LETTERS.status)) !== LETTERS.done) continue;
    const n = Number(cellText(field(v, LETTERS.count)));
    const m = at(field(v, LETTERS.date));
    if (m && Number.isInteger(n) && n > 0) add(m, 'brieven', n);
  }
  return months;
}

/** The additive counts of a span of months (sum of its months). */
export function sumMonths(months: MonthCounts, first: MonthIndex, last: MonthIndex): Map<string, number> {
  const out = new Map<string, number>();
  for (let m = first; m <= last; m++) for (const [code, n] of months.get(m) ?? []) add(out, code, n);
  return out;
}

/** Counts of unique people (and courses) in a window: the total and its parts per domain and per vindplaats. */
export function uniqueWindow(data: DashboardData, w: Window): Map<string, number> {
  return windowCounts(data, data, w);
}

const groupsCache = new WeakMap<DashboardData, Map<string, string[]>>();

/** Per partner, the target groups it reaches (Doelgroepen tab); a referral counts for each of them. */
function targetGroupsOf(data: DashboardData): Map<string, string[]> {
  let groupsOf = groupsCache.get(data);
  if (groupsOf) return groupsOf;
  groupsOf = new Map<string, string[]>();
  for (const row of data.targetGroups) {
    const group = cellText(field(row.values, TARGET_GROUPS.group));
    if (!group) continue;
    for (const partner of cellText(field(row.values, TARGET_GROUPS.partners)).split(/[,;\n]/)) {
      const name = partner.trim();
      const list = groupsOf.get(name) ?? [];
      if (name && !list.includes(group)) groupsOf.set(name, [...list, group]);
    }
  }
  groupsCache.set(data, groupsOf);
  return groupsOf;
}

/** Names of the vindplaatsen that are new since the project started (labelled "nieuw" in reports). */
export function newVindplaatsen(data: DashboardData): Set<string> {
  return new Set(
    data.vindplaatsen
      .filter((r) => cellText(r.values['Nieuw sinds projectstart']).toLowerCase() === 'ja')
      .map((r) => cellText(r.values.Vindplaats)),
  );
}

/**
 * Unique people reached in a window, per domain and in total (Digibank counts unique users). A person counts
 * when something happened with them in the window: a step of their internet journey, a device handed out, a
 * support session, a course they attended. People are joined across records as in the Bereik tab.
 */
export function reachInWindow(data: DashboardData, w: Window): Record<Domain | 'Totaal', number> {
  // The people the cases make and each record's dates are worked out once per data (windowIndex.ts).
  return reachIn(data, data, w);
}

/** Codes counted per window (unique people, courses), not summed over months. */
export const WINDOW_CODES = ['bereik-uniek', 'vormingen', 'deelnemers'] as const;

/** Days from a case's creation to its internet being active, for the cases that became active in the window. */
export function daysToActive(data: DashboardData, w: Window): number[] {
  return activeDaysIn(data, data, w);
}

export function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2);
}

export interface ScanFigures {
  /** `scan|<id>|begin|n`, `scan|<id>|begin|drempel`, `…|einde|…`, `scan-paren` */
  counts: Map<string, number>;
  /** Mean number of thresholds of the paired cases at the start and at the end (null without pairs). */
  meanStart: number | null;
  meanEnd: number | null;
}

/** The quick-scan figures over every scan taken before `until`. */
export function scanFigures(data: DashboardData, until: Date): ScanFigures {
  const counts = new Map<string, number>();
  for (const q of SCAN_QUESTIONS)
    for (const moment of ['begin', 'einde']) {
      counts.set(`scan|${q.id}|${moment}|n`, 0);
      counts.set(`scan|${q.id}|${moment}|drempel`, 0);
    }
  let pairs = 0;
  let sumStart = 0;
  let sumEnd = 0;
  for (const c of scansPerCase(data.scans, until, dateOf)) {
    for (const [moment, answers] of [
      ['begin', c.start],
      ['einde', c.end],
    ] as const) {
      if (!answers) continue;
      for (const q of SCAN_QUESTIONS) {
        const a = answers[q.id];
        if (!a) continue;
        add(counts, `scan|${q.id}|${moment}|n`);
        if (hasThreshold(q, a)) add(counts, `scan|${q.id}|${moment}|drempel`);
      }
    }
    if (c.start && c.end) {
      pairs++;
      for (const q of SCAN_QUESTIONS) {
        if (hasThreshold(q, c.start[q.id] ?? '')) sumStart++;
        if (hasThreshold(q, c.end[q.id] ?? '')) sumEnd++;
      }
    }
  }
  counts.set('scan-paren', pairs);
  return {
    counts,
    meanStart: pairs > 0 ? Math.round((10 * sumStart) / pairs) / 10 : null,
    meanEnd: pairs > 0 ? Math.round((10 * sumEnd) / pairs) / 10 : null,
  };
}
