import type { Row, StoredRow } from '../../ports';
import { cellText } from '../common/table';
import { UnionFind } from '../common/unionFind';
import { PERSON_TOKEN } from '../privacy/tabs';
import { isExit, JOURNEY_STEPS } from './journey';

/**
 * Unique people reached across internet, devices, support and courses — the funder's count (Digibank pays
 * per unique user). A person is whoever is behind a case (its contact person) or a course participant.
 * Records are joined when they share a case reference, a phone number, an e-mail address, or the same name
 * with the same postcode (union-find), so a household referred twice or a participant who also has a case
 * is counted once.
 */

export type Domain = 'Internet' | 'Toestellen' | 'Ondersteuning' | 'Vormingen';
export const DOMAINS: readonly Domain[] = ['Internet', 'Toestellen', 'Ondersteuning', 'Vormingen'];

export interface PersonRecord {
  domain: Domain | null;
  keys: string[];
}

/** "+32 470 12 34 56", "0470/12.34.56", "0032470123456" → "0470123456". */
export function phoneKey(value: string): string {
  let digits = value.replace(/\D/g, '');
  if (digits.startsWith('0032')) digits = `0${digits.slice(4)}`;
  else if (digits.startsWith('32') && digits.length >= 10) digits = `0${digits.slice(2)}`;
  return digits.length >= 8 ? digits : '';
}

/** Printable ASCII: decomposing (NFD) changes nothing and there are no accents to drop. */
const PRINTABLE_ASCII = /^[ -~]*$/;

function namePart(p: string): string {
  const plain = PRINTABLE_ASCII.test(p) ? p : p.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return plain.toLowerCase().replace(/[^a-z]/g, '');
}

function nameKey(...parts: string[]): string {
  return parts.map(namePart).join('|');
}

/**
 * The identity keys of one row. `Anonieme persoon` (issue 13) is the random label the anonymiser gives a person
 * whose name and phone it removed, so the rows it joined before still join afterwards. Shared with the dashboard's
 * unique counts (issue 12).
 */
export function keysOf(values: Row, caseColumn: string): string[] {
  const keys: string[] = [];
  eachKeyOf(values, caseColumn, (kind, value) => keys.push(`${kind}:${value}`));
  return keys;
}

/** The kinds of identity key, each key being "kind:value". */
export type KeyKind = 'case' | 'anon' | 'tel' | 'mail' | 'naam' | 'deelnemer';

/**
 * The identity keys of one row as kind and value, in the order of `keysOf` (which joins them as "kind:value"):
 * for whoever keeps keys per kind and needs no joined string.
 */
export function eachKeyOf(values: Row, caseColumn: string, visit: (kind: KeyKind, value: string) => void): void {
  const ref = cellText(values[caseColumn]);
  if (ref) visit('case', ref);
  const token = cellText(values[PERSON_TOKEN]);
  if (token) visit('anon', token);
  const phone = phoneKey(cellText(values.Telefoon));
  if (phone) visit('tel', phone);
  const mail = cellText(values['E-mail']).toLowerCase();
  if (mail) visit('mail', mail);
  const first = cellText(values.Voornaam);
  const last = cellText(values.Familienaam);
  const postcode = cellText(values.Postcode);
  if (first && last && postcode) visit('naam', `${nameKey(first, last)}|${postcode}`);
  const participant = cellText(values.Deelnemer);
  if (participant) visit('deelnemer', nameKey(participant));
}

function onOrAfter(value: unknown, start: Date | null): boolean {
  if (!start) return true;
  return !(value instanceof Date) || value.getTime() >= start.getTime();
}

export interface ReachInput {
  cases: readonly StoredRow[];
  devices: readonly StoredRow[];
  support: readonly StoredRow[];
  attendance: readonly StoredRow[];
  /** Count only from this date (the project start); null counts everything. */
  since: Date | null;
}

/** Internet counts a case once the household was reached (past Aangemeld, not closed as unreachable). */
function reachedForInternet(status: string): boolean {
  if (status === '' || status === JOURNEY_STEPS[0]) return false;
  return !(isExit(status) && status === 'Afgesloten: niet bereikbaar');
}

export function personRecords(input: ReachInput): PersonRecord[] {
  const records: PersonRecord[] = [];
  for (const row of input.cases) {
    const v = row.values;
    const keys = keysOf(v, 'Dossiernummer');
    if (keys.length === 0) continue;
    // Every case is an identity record (so later records can join through its phone or e-mail) …
    const counted = reachedForInternet(cellText(v.Status)) && onOrAfter(v['Aangemaakt op'], input.since);
    records.push({ domain: counted ? 'Internet' : null, keys });
  }
  for (const row of input.devices) {
    const v = row.values;
    if (cellText(v.Status) !== 'Uitgedeeld' || cellText(v['Toegewezen aan (soort)']) !== 'Dossier') continue;
    if (!onOrAfter(v['Uitgedeeld op'], input.since)) continue;
    const ref = cellText(v['Toegewezen aan']);
    if (ref) records.push({ domain: 'Toestellen', keys: [`case:${ref}`] });
  }
  for (const row of input.support) {
    const ref = cellText(row.values.Dossiernummer);
    if (ref && onOrAfter(row.values.Datum, input.since))
      records.push({ domain: 'Ondersteuning', keys: [`case:${ref}`] });
  }
  for (const row of input.attendance) {
    const v = row.values;
    if (cellText(v.Aanwezig).toLowerCase() === 'nee' || !onOrAfter(v.Datum, input.since)) continue;
    const keys = keysOf(v, 'Dossiernummer');
    if (keys.length > 0) records.push({ domain: 'Vormingen', keys });
  }
  return records;
}

/** Unique people per domain and in total, without double counting. */
export function countUniquePeople(records: readonly PersonRecord[]): Record<Domain | 'Totaal', number> {
  const people = new UnionFind();
  for (const r of records) people.join(r.keys);
  const find = (k: string) => people.find(k);
  const perDomain = new Map<Domain, Set<string>>(DOMAINS.map((d) => [d, new Set<string>()]));
  const total = new Set<string>();
  for (const r of records) {
    if (!r.domain) continue;
    const person = find(r.keys[0]);
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
