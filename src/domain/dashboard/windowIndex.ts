import type { StoredRow } from '../../ports';
import { cellText } from '../common/table';
import { MILESTONE_COLUMN } from '../register/journey';
import { DOMAINS, type Domain, eachKey, KEY_KINDS, keysOf } from '../register/reach';

import { timeOf } from './dates';
import { TabsCache } from './tabCache';
import { OTHER } from './texts';

/** The kind number of case-reference keys (`eachKey`). */
const CASE_KEY = KEY_KINDS.indexOf('case');

/**
 * What every window of a report shares, worked out once for the report's tabs: each record's dates as numbers
 * (parsed once, not once per window), and who each record is — the person its keys belong to across all cases,
 * as a number. A window then only compares numbers and joins the people of its course rows. A report asks for
 * dozens of windows (each month of the trend, every published project total), over 20,000 cases.
 *
 * `tests/app/dashboard/windowIndex.test.ts` holds every answer equal to the plain computation, record by record.
 */

/** The tabs the index reads (and nothing else). */
export interface WindowTabs {
  cases: readonly StoredRow[];
  devices: readonly StoredRow[];
  support: readonly StoredRow[];
  attendance: readonly StoredRow[];
  courses: readonly StoredRow[];
  vindplaatsen: readonly StoredRow[];
}

export interface Window {
  start: Date;
  /** Exclusive. */
  end: Date;
}

export type Reach = Record<Domain | 'Totaal', number>;

/** The case columns whose date makes a household reached for Internet in a window. */
const MILESTONES = [...Object.values(MILESTONE_COLUMN), 'Afgesloten op'];
const CONTACT = MILESTONE_COLUMN['Contact opgenomen'];

interface CourseRow {
  at: number;
  course: string;
  absent: boolean;
  /** The participant's first key ('' without one). */
  person: string;
  place: string;
}

interface Index {
  /** People: 0..persons-1, one per group of keys the cases join (a key no case has is a person of its own). */
  persons: number;
  /** Cases with keys: their person, the date of first contact, closed as unreachable. */
  casePerson: Int32Array;
  caseContact: Float64Array;
  caseUnreachable: Uint8Array;
  /** Every milestone date of those cases, sorted, with its case: a window finds its own by binary search. */
  milestoneDates: Float64Array;
  milestoneCase: Int32Array;
  /** Devices handed out to a case: the person of `case:<ref>` and the date. */
  devicePerson: Int32Array;
  deviceDates: Float64Array;
  /** Support sessions with a case number. */
  supportPerson: Int32Array;
  supportDates: Float64Array;
  /** Course rows with keys where the participant was there: the person of each key (the first is the row's). */
  attendancePeople: Int32Array[];
  attendanceDates: Float64Array;
  /** Every course row, for the course counts. */
  courseRows: CourseRow[];
  /** Every case: the date it became active (NaN: none) and its days to active (NaN: none to count). */
  activeDates: Float64Array;
  activeDays: Float64Array;
  /** Answers per window ("start|end"): a report asks for the same window more than once. */
  windows: Map<string, Map<string, number>>;
}

function build(tabs: WindowTabs): Index {
  // People as the cases join them: every case is an identity record, reached or not (as in the Bereik tab). Each
  // key gets a number; a union-find over the numbers puts the keys of one case, and so of one person, together.
  // Keys are numbered per kind by their value (the key "kind:value" without joining the string).
  const keyIds = new Map<number, Map<string, number>>();
  const parent: number[] = [];
  const idOf = (kind: number, value: string): number => {
    let ids = keyIds.get(kind);
    if (!ids) {
      ids = new Map();
      keyIds.set(kind, ids);
    }
    let id = ids.get(value);
    if (id === undefined) {
      id = parent.length;
      ids.set(value, id);
      parent.push(id);
    }
    return id;
  };
  /** The numbers of a row's keys, in the order of `keysOf`. */
  const idsOf = (values: StoredRow['values']): number[] => {
    const ids: number[] = [];
    eachKey(values, 'Dossiernummer', (kind, value) => ids.push(idOf(kind, value)));
    return ids;
  };
  const root = (id: number): number => {
    let r = id;
    while (parent[r] !== r) r = parent[r];
    while (parent[id] !== r) {
      const next = parent[id];
      parent[id] = r;
      id = next;
    }
    return r;
  };
  const cases: Array<{ row: StoredRow; keys: number[] }> = [];
  for (const row of tabs.cases) {
    const keys = idsOf(row.values);
    if (keys.length === 0) continue;
    const a = root(keys[0]);
    for (let k = 1; k < keys.length; k++) {
      const b = root(keys[k]);
      if (b !== a) parent[b] = a;
    }
    cases.push({ row, keys });
  }
  // A person's number: the root of its keys, numbered 0.. in the order first met.
  const persons = new Map<number, number>();
  const personOf = (key: number): number => {
    const r = root(key);
    let id = persons.get(r);
    if (id === undefined) {
      id = persons.size;
      persons.set(r, id);
    }
    return id;
  };

  const casePerson = new Int32Array(cases.length);
  const caseContact = new Float64Array(cases.length);
  const caseUnreachable = new Uint8Array(cases.length);
  // Every milestone date with its case, in case order.
  const milestoneTimes: number[] = [];
  const milestoneOwners: number[] = [];
  cases.forEach(({ row, keys }, i) => {
    const v = row.values;
    const r = root(keys[0]);
    let id = persons.get(r);
    if (id === undefined) {
      id = persons.size;
      persons.set(r, id);
    }
    casePerson[i] = id;
    for (const column of MILESTONES) {
      const t = timeOf(v[column]);
      if (!Number.isNaN(t)) {
        milestoneTimes.push(t);
        milestoneOwners.push(i);
      }
    }
    caseContact[i] = timeOf(v[CONTACT]);
    caseUnreachable[i] = cellText(v.Status) === 'Afgesloten: niet bereikbaar' ? 1 : 0;
  });
  const byDate = stableOrder(milestoneTimes);
  const milestoneDates = new Float64Array(byDate.length);
  const milestoneCase = new Int32Array(byDate.length);
  byDate.forEach((i, k) => {
    milestoneDates[k] = milestoneTimes[i];
    milestoneCase[k] = milestoneOwners[i];
  });

  const devicePerson: number[] = [];
  const deviceDates: number[] = [];
  for (const row of tabs.devices) {
    const v = row.values;
    const ref = cellText(v['Toegewezen aan']);
    if (cellText(v['Toegewezen aan (soort)']) !== 'Dossier' || !ref) continue;
    devicePerson.push(personOf(idOf(CASE_KEY, ref)));
    deviceDates.push(timeOf(v['Uitgedeeld op']));
  }
  const supportPerson: number[] = [];
  const supportDates: number[] = [];
  for (const row of tabs.support) {
    const ref = cellText(row.values.Dossiernummer);
    if (!ref) continue;
    supportPerson.push(personOf(idOf(CASE_KEY, ref)));
    supportDates.push(timeOf(row.values.Datum));
  }
  const attendancePeople: Int32Array[] = [];
  const attendanceDates: number[] = [];
  for (const row of tabs.attendance) {
    const v = row.values;
    if (cellText(v.Aanwezig).toLowerCase() === 'nee') continue;
    const keys = idsOf(v);
    if (keys.length === 0) continue;
    attendancePeople.push(Int32Array.from(keys, personOf));
    attendanceDates.push(timeOf(v.Datum));
  }

  const placeOf = new Map(tabs.courses.map((r) => [cellText(r.values['Vorming-ID']), cellText(r.values.Vindplaats)]));
  const places = new Set(tabs.vindplaatsen.map((r) => cellText(r.values.Vindplaats)).filter(Boolean));
  const courseRows = tabs.attendance.map(({ values: v }): CourseRow => {
    const course = cellText(v['Vorming-ID']);
    const placeName = placeOf.get(course) ?? '';
    return {
      at: timeOf(v.Datum),
      course,
      absent: cellText(v.Aanwezig).toLowerCase() === 'nee',
      person: keysOf(v, 'Dossiernummer')[0] ?? '',
      place: places.has(placeName) ? placeName : OTHER.unknownPlace,
    };
  });

  const activeDates = new Float64Array(tabs.cases.length);
  const activeDays = new Float64Array(tabs.cases.length);
  tabs.cases.forEach(({ values: v }, i) => {
    const active = timeOf(v[MILESTONE_COLUMN.Actief]);
    activeDates[i] = active;
    const text = cellText(v['Dagen tot actief']);
    const stored = Number(text);
    const created = timeOf(v['Aangemaakt op']);
    if (text !== '' && Number.isFinite(stored) && stored >= 0) activeDays[i] = stored;
    else if (!Number.isNaN(created)) activeDays[i] = Math.max(0, Math.round((active - created) / 86_400_000));
    else activeDays[i] = Number.NaN;
  });

  return {
    persons: persons.size,
    casePerson,
    caseContact,
    caseUnreachable,
    milestoneDates,
    milestoneCase,
    devicePerson: Int32Array.from(devicePerson),
    deviceDates: Float64Array.from(deviceDates),
    supportPerson: Int32Array.from(supportPerson),
    supportDates: Float64Array.from(supportDates),
    attendancePeople,
    attendanceDates: Float64Array.from(attendanceDates),
    courseRows,
    activeDates,
    activeDays,
    windows: new Map(),
  };
}

const indexes = new TabsCache<object, Index>();

function indexOf(owner: object, tabs: WindowTabs): Index {
  const { cases, devices, support, attendance, courses, vindplaatsen } = tabs;
  return indexes.get(owner, [cases, devices, support, attendance, courses, vindplaatsen], () => build(tabs));
}

/**
 * Unique people reached in a window, per domain and in total (see `reachInWindow` in kpis.ts): a household whose
 * journey has a step in the window (not one closed as unreachable without contact in it), a device handed out, a
 * support session, a course attended; people joined across all cases, and further by the window's course rows.
 */
function reach(x: Index, start: number, end: number): Reach {
  const inWindow = (t: number) => t >= start && t < end;
  // The window's joins (course rows can tie two cases together), over the people of the cases.
  const parent = new Int32Array(x.persons).fill(-1);
  const find = (p: number): number => {
    let root = p;
    while (parent[root] >= 0) root = parent[root];
    while (p !== root) {
      const next = parent[p];
      parent[p] = root;
      p = next;
    }
    return root;
  };
  const counted: number[] = [];
  const domains: number[] = [];
  // Households with a milestone in the window: the dates from the first at or after `start` to the last before `end`.
  const reached = new Uint8Array(x.casePerson.length);
  for (let m = firstAtOrAfter(x.milestoneDates, start); m < x.milestoneDates.length; m++) {
    if (!(x.milestoneDates[m] < end)) break;
    const i = x.milestoneCase[m];
    if (reached[i] === 1) continue;
    reached[i] = 1;
    if (x.caseUnreachable[i] === 1 && !inWindow(x.caseContact[i])) continue;
    counted.push(x.casePerson[i]);
    domains.push(0);
  }
  for (let i = 0; i < x.devicePerson.length; i++)
    if (inWindow(x.deviceDates[i])) {
      counted.push(x.devicePerson[i]);
      domains.push(1);
    }
  for (let i = 0; i < x.supportPerson.length; i++)
    if (inWindow(x.supportDates[i])) {
      counted.push(x.supportPerson[i]);
      domains.push(2);
    }
  for (let i = 0; i < x.attendancePeople.length; i++) {
    if (!inWindow(x.attendanceDates[i])) continue;
    const keys = x.attendancePeople[i];
    const a = find(keys[0]);
    for (let k = 1; k < keys.length; k++) {
      const b = find(keys[k]);
      if (b !== a) parent[b] = a;
    }
    counted.push(keys[0]);
    domains.push(3);
  }
  // Distinct people per domain and in all: one bit per domain on each person's group.
  const seen = new Uint8Array(x.persons);
  const perDomain = [0, 0, 0, 0];
  let total = 0;
  for (let i = 0; i < counted.length; i++) {
    const person = find(counted[i]);
    const bit = 1 << domains[i];
    if (seen[person] === 0) total++;
    if ((seen[person] & bit) === 0) perDomain[domains[i]]++;
    seen[person] |= bit;
  }
  const [Internet, Toestellen, Ondersteuning, Vormingen] = perDomain;
  return { Internet, Toestellen, Ondersteuning, Vormingen, Totaal: total };
}

/**
 * The positions of `times` (no NaN) from the earliest to the latest, equal times in their own order: what a
 * stable sort by time gives. A counting sort over the distinct times, which are few (dates: one per day) against
 * the many milestones, instead of a comparison sort with a callback.
 */
export function stableOrder(times: readonly number[]): Int32Array {
  const sorted = new Float64Array(times).sort();
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++)
    if (i === 0 || sorted[i] !== sorted[distinct - 1]) sorted[distinct++] = sorted[i];
  const values = sorted.subarray(0, distinct);
  // next[r]: where the next position with the r-th distinct time goes.
  const next = new Int32Array(distinct + 1);
  const ranks = new Int32Array(times.length);
  for (let i = 0; i < times.length; i++) {
    ranks[i] = firstAtOrAfter(values, times[i]);
    next[ranks[i] + 1]++;
  }
  for (let r = 1; r <= distinct; r++) next[r] += next[r - 1];
  const order = new Int32Array(times.length);
  for (let i = 0; i < times.length; i++) order[next[ranks[i]]++] = i;
  return order;
}

/** The position of the first of the sorted dates at or after `t` (their length when there is none). */
function firstAtOrAfter(sorted: Float64Array, t: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Courses given and unique participants in a window, in total and per vindplaats (`c` gets them, in this order). */
function courseCounts(x: Index, start: number, end: number, c: Map<string, number>): void {
  const courses = new Set<string>();
  const people = new Set<string>();
  const perPlace = new Map<string, Set<string>>();
  for (const row of x.courseRows) {
    if (!(row.at >= start && row.at < end)) continue;
    courses.add(row.course);
    if (row.absent || !row.person) continue;
    people.add(row.person);
    const set = perPlace.get(row.place) ?? new Set<string>();
    set.add(row.person);
    perPlace.set(row.place, set);
  }
  c.set('vormingen', courses.size);
  c.set('deelnemers', people.size);
  for (const [place, set] of perPlace) c.set(`vindplaats|${place}`, set.size);
}

export function reachIn(owner: object, tabs: WindowTabs, w: Window): Reach {
  return reach(indexOf(owner, tabs), w.start.getTime(), w.end.getTime());
}

/** Counts of unique people (and courses) in a window: the total and its parts per domain and per vindplaats. */
export function windowCounts(owner: object, tabs: WindowTabs, w: Window): Map<string, number> {
  const x = indexOf(owner, tabs);
  const start = w.start.getTime();
  const end = w.end.getTime();
  const id = `${start}|${end}`;
  let c = x.windows.get(id);
  if (!c) {
    c = new Map<string, number>();
    const r = reach(x, start, end);
    c.set('bereik-uniek', r.Totaal);
    for (const d of DOMAINS) if (r[d] > 0) c.set(`domein|${d}`, r[d]);
    courseCounts(x, start, end, c);
    x.windows.set(id, c);
  }
  return new Map(c);
}

/** Days from a case's creation to its internet being active, for the cases that became active in the window. */
export function activeDaysIn(owner: object, tabs: WindowTabs, w: Window): number[] {
  const x = indexOf(owner, tabs);
  const start = w.start.getTime();
  const end = w.end.getTime();
  const days: number[] = [];
  for (let i = 0; i < x.activeDates.length; i++) {
    const at = x.activeDates[i];
    if (at >= start && at < end && !Number.isNaN(x.activeDays[i])) days.push(x.activeDays[i]);
  }
  return days.sort((a, b) => a - b);
}
