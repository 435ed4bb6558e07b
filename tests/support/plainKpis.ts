import { parseDay } from '../../src/domain/common/day';
import { cellText } from '../../src/domain/common/table';
import { UnionFind } from '../../src/domain/common/unionFind';
import { brusselsMidnight } from '../../src/domain/dashboard/calendar';
import type { DashboardData, Window } from '../../src/domain/dashboard/kpis';
import { OTHER } from '../../src/domain/dashboard/texts';
import { MILESTONE_COLUMN } from '../../src/domain/register/journey';
import { DOMAINS, type Domain, keysOf } from '../../src/domain/register/reach';
import type { Row } from '../../src/ports';

/**
 * The dashboard's window counts computed plainly, as they were before the window index (src/domain/dashboard/
 * windowIndex.ts): every date parsed again and every record walked again for each window, the people joined with
 * string keys. The reference the index is held equal to.
 */

export function plainDateOf(value: unknown): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value !== 'string') return null;
  const day = parseDay(value.trim().split(/\s+/)[0] ?? '');
  if (!day) return null;
  const [y, m, d] = day.split('-').map(Number);
  return brusselsMidnight(y, m, d);
}

function inWindow(value: unknown, w: Window): boolean {
  const date = plainDateOf(value);
  return date !== null && date.getTime() >= w.start.getTime() && date.getTime() < w.end.getTime();
}

export function plainReachInWindow(data: DashboardData, w: Window): Record<Domain | 'Totaal', number> {
  const base = new UnionFind();
  const cases: Array<{ row: DashboardData['cases'][number]; keys: string[] }> = [];
  for (const row of data.cases) {
    const keys = keysOf(row.values, 'Dossiernummer');
    if (keys.length === 0) continue;
    base.join(keys);
    cases.push({ row, keys });
  }
  const people = new UnionFind();
  const personOf = (keys: readonly string[]) => base.find(keys[0]);
  const counted: Array<{ domain: Domain; keys: readonly string[] }> = [];
  const milestones = [...Object.values(MILESTONE_COLUMN), 'Afgesloten op'];
  for (const { row, keys } of cases) {
    const v = row.values;
    const reached =
      milestones.some((col) => inWindow(v[col], w)) &&
      !(cellText(v.Status) === 'Afgesloten: niet bereikbaar' && !inWindow(v[MILESTONE_COLUMN['Contact opgenomen']], w));
    if (reached) counted.push({ domain: 'Internet', keys });
  }
  for (const row of data.devices) {
    const v = row.values;
    if (cellText(v['Toegewezen aan (soort)']) !== 'Dossier' || !inWindow(v['Uitgedeeld op'], w)) continue;
    const ref = cellText(v['Toegewezen aan']);
    if (ref) counted.push({ domain: 'Toestellen', keys: [`case:${ref}`] });
  }
  for (const row of data.support) {
    const ref = cellText(row.values.Dossiernummer);
    if (ref && inWindow(row.values.Datum, w)) counted.push({ domain: 'Ondersteuning', keys: [`case:${ref}`] });
  }
  for (const row of data.attendance) {
    const v = row.values;
    const keys = keysOf(v, 'Dossiernummer');
    if (keys.length === 0) continue;
    if (cellText(v.Aanwezig).toLowerCase() === 'nee' || !inWindow(v.Datum, w)) continue;
    people.join(keys.map((k) => base.find(k)));
    counted.push({ domain: 'Vormingen', keys });
  }
  const perDomain = new Map<Domain, Set<string>>(DOMAINS.map((d) => [d, new Set<string>()]));
  const total = new Set<string>();
  for (const r of counted) {
    const person = people.find(personOf(r.keys));
    perDomain.get(r.domain)?.add(person);
    total.add(person);
  }
  return {
    Internet: perDomain.get('Internet')?.size ?? 0,
    Toestellen: perDomain.get('Toestellen')?.size ?? 0,
    Ondersteuning: perDomain.get('Ondersteuning')?.size ?? 0,
    Vormingen: perDomain.get('Vormingen')?.size ?? 0,
    Totaal: total.size,
  };
}

function participantKey(values: Row): string {
  return keysOf(values, 'Dossiernummer')[0] ?? '';
}

function courseCounts(data: DashboardData, w: Window, c: Map<string, number>): void {
  const placeOf = new Map(data.courses.map((r) => [cellText(r.values['Vorming-ID']), cellText(r.values.Vindplaats)]));
  const places = new Set(data.vindplaatsen.map((r) => cellText(r.values.Vindplaats)).filter(Boolean));
  const courses = new Set<string>();
  const people = new Set<string>();
  const perPlace = new Map<string, Set<string>>();
  for (const row of data.attendance) {
    const v = row.values;
    if (!inWindow(v.Datum, w)) continue;
    const course = cellText(v['Vorming-ID']);
    courses.add(course);
    if (cellText(v.Aanwezig).toLowerCase() === 'nee') continue;
    const person = participantKey(v);
    if (!person) continue;
    people.add(person);
    const placeName = placeOf.get(course) ?? '';
    const place = places.has(placeName) ? placeName : OTHER.unknownPlace;
    const set = perPlace.get(place) ?? new Set<string>();
    set.add(person);
    perPlace.set(place, set);
  }
  c.set('vormingen', courses.size);
  c.set('deelnemers', people.size);
  for (const [place, set] of perPlace) c.set(`vindplaats|${place}`, set.size);
}

export function plainUniqueWindow(data: DashboardData, w: Window): Map<string, number> {
  const c = new Map<string, number>();
  const reach = plainReachInWindow(data, w);
  c.set('bereik-uniek', reach.Totaal);
  for (const d of DOMAINS) if (reach[d] > 0) c.set(`domein|${d}`, reach[d]);
  courseCounts(data, w, c);
  return c;
}

export function plainDaysToActive(data: DashboardData, w: Window): number[] {
  const days: number[] = [];
  for (const row of data.cases) {
    const v = row.values;
    const active = plainDateOf(v[MILESTONE_COLUMN.Actief]);
    if (!active || !inWindow(active, w)) continue;
    const stored = Number(cellText(v['Dagen tot actief']));
    const created = plainDateOf(v['Aangemaakt op']);
    if (cellText(v['Dagen tot actief']) !== '' && Number.isFinite(stored) && stored >= 0) days.push(stored);
    else if (created) days.push(Math.max(0, Math.round((active.getTime() - created.getTime()) / 86_400_000)));
  }
  return days.sort((a, b) => a - b);
}
