import { foldForMatch } from '../common/text';

/**
 * Is a new referral or registration about a household already in the register? Pure and deterministic.
 *
 * - `same`: linked to the existing case without asking (same phone and a similar name or the same address;
 *   or a similar name at the same address). Names are compared order-free, so swapped first and last names,
 *   accents, capitals, double spaces and a typo still match.
 * - `maybe`: the worker decides in Te controleren (same phone with another name, same name at another
 *   address or with no address, the same address with a family-like name).
 * - `none`: a new case.
 */

export interface HouseholdFacts {
  firstName: string;
  lastName: string;
  /** E.164 ("+32470123456") or '' when unknown. */
  phone: string;
  /** "Straat nummer [bus x]" or '' when not given. */
  street: string;
  postcode: string;
}

export interface KnownHousehold extends HouseholdFacts {
  caseRef: string;
}

export type HouseholdMatch =
  | { kind: 'same'; caseRef: string; reason: string }
  | { kind: 'maybe'; candidates: Array<{ caseRef: string; reason: string }> }
  | { kind: 'none' };

/** Name similarity at or above which two names are taken as the same person. */
export const SAME_NAME = 0.86;
/** Name similarity at or above which a name looks like a family member's or a misspelling. */
const RELATED_NAME = 0.6;

/** "+32 470 12 34 56" (the register's readable form) → "+32470123456". */
export function phoneKey(readable: string): string {
  const digits = readable.replace(/[^\d+]/g, '');
  return digits.startsWith('+') ? digits : '';
}

function letters(name: string): string {
  return foldForMatch(name).replace(/[^a-z]/g, '');
}

/** Levenshtein distance with a single reused row (names and streets are short). */
const row: number[] = [];
function distance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0 || b.length === 0) return a.length + b.length;
  for (let j = 0; j <= b.length; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const kept = row[j];
      const substitute = previous + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      // Comparisons, not Math.min: this is the hot loop of matching, and Math.min is far slower under Jest's vm.
      const up = row[j] + 1;
      const left = row[j - 1] + 1;
      let best = substitute;
      if (up < best) best = up;
      if (left < best) best = left;
      row[j] = best;
      previous = kept;
    }
  }
  return row[b.length];
}

/** 1 for equal, 0 for nothing in common. */
export function similarity(a: string, b: string): number {
  if (a === '' && b === '') return 1;
  return 1 - distance(a, b) / Math.max(a.length, b.length);
}

/** A household with its name letters and address parsed once (matching compares each case many times). */
interface Prepared {
  first: string;
  last: string;
  address: Address | null;
}

const prepared = new WeakMap<HouseholdFacts, Prepared>();

function prepare(h: HouseholdFacts): Prepared {
  let p = prepared.get(h);
  if (!p) {
    p = { first: letters(h.firstName), last: letters(h.lastName), address: parseAddress(h.street) };
    prepared.set(h, p);
  }
  return p;
}

/** `similarity(x, y)` can be no higher than this: 1 - |lx - ly| / max(lx, ly). */
function lengthRatio(x: string, y: string): number {
  const longest = Math.max(x.length, y.length);
  return longest === 0 ? 1 : Math.min(x.length, y.length) / longest;
}

/** An upper bound of `preparedNames(a, b)` from the lengths alone. */
function namesBound(a: Prepared, b: Prepared): number {
  const straight = (lengthRatio(a.first, b.first) + lengthRatio(a.last, b.last)) / 2;
  const swapped = (lengthRatio(a.first, b.last) + lengthRatio(a.last, b.first)) / 2;
  return Math.max(straight, swapped);
}

function preparedNames(a: Prepared, b: Prepared): number {
  const straight = (similarity(a.first, b.first) + similarity(a.last, b.last)) / 2;
  if (straight === 1) return 1;
  const swapped = (similarity(a.first, b.last) + similarity(a.last, b.first)) / 2;
  return Math.max(straight, swapped);
}

/** How alike two people's names are (0–1), whichever way round first and last name were typed. */
export function nameSimilarity(a: HouseholdFacts, b: HouseholdFacts): number {
  return preparedNames(prepare(a), prepare(b));
}

interface Address {
  street: string;
  number: string;
  box: string;
}

const STREET_ABBREVIATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/str\b\.?/g, 'straat'],
  [/stwg\b\.?/g, 'steenweg'],
  [/stw\b\.?/g, 'steenweg'],
  [/ln\b\.?/g, 'laan'],
  [/pl\b\.?/g, 'plein'],
];

/** "Zuidmoerstr. 136 bus 2" → { street: 'zuidmoerstraat', number: '136', box: '2' }. */
export function parseAddress(text: string): Address | null {
  let folded = foldForMatch(text);
  if (folded === '') return null;
  for (const [pattern, full] of STREET_ABBREVIATIONS) folded = folded.replace(pattern, full);
  const match = /^(.*?)[\s,]*(\d+)\s*([a-z]?)\b(?:.*?\b(?:bus|bte|boite|b)\s*\.?\s*(\w+))?/.exec(folded);
  if (!match) return { street: folded.replace(/[^a-z]/g, ''), number: '', box: '' };
  return { street: match[1].replace(/[^a-z]/g, ''), number: `${match[2]}${match[3]}`, box: match[4] ?? '' };
}

/** true: the same address; false: another one; null: one of the two has no street. */
function sameAddress(x: Address | null, y: Address | null): boolean | null {
  if (!x || !y) return null;
  if (x.number === '' || y.number === '' || x.number !== y.number) return false;
  if (x.box !== '' && y.box !== '' && x.box !== y.box) return false;
  return similarity(x.street, y.street) >= 0.85;
}

function judge(fresh: HouseholdFacts, known: KnownHousehold): { kind: 'same' | 'maybe'; reason: string } | null {
  const phone = fresh.phone !== '' && fresh.phone === known.phone;
  const samePostcode = fresh.postcode === known.postcode;
  if (!phone && !samePostcode) return null; // the common case, decided without comparing names
  const a = prepare(fresh);
  const b = prepare(known);
  // Without the phone every verdict needs names >= RELATED_NAME. A similarity is at most the ratio of the
  // lengths (the edit distance is at least their difference), so names that cannot reach it skip Levenshtein.
  if (!phone && namesBound(a, b) < RELATED_NAME - 1e-9) return null;
  const names = preparedNames(a, b);
  const address = samePostcode ? sameAddress(a.address, b.address) : false;
  if (phone && (names >= RELATED_NAME || address === true)) return { kind: 'same', reason: 'zelfde telefoonnummer' };
  if (phone) return { kind: 'maybe', reason: 'zelfde telefoonnummer, maar een andere naam' };
  if (names >= SAME_NAME && address === true) return { kind: 'same', reason: 'zelfde naam en adres' };
  if (names >= SAME_NAME) {
    return {
      kind: 'maybe',
      reason: address === null ? 'zelfde naam en postcode, adres niet ingevuld' : 'zelfde naam, ander adres',
    };
  }
  if (address === true && names >= RELATED_NAME) return { kind: 'maybe', reason: 'zelfde adres, gelijkaardige naam' };
  return null;
}

/** Compares a new household with every case in the register. */
export function matchHousehold(fresh: HouseholdFacts, known: readonly KnownHousehold[]): HouseholdMatch {
  return decide(fresh, known);
}

/**
 * The register's households with their match keys indexed: positions by phone and by postcode. `judge` never
 * says anything about a household with another phone and another postcode, so only the households sharing
 * the phone or the postcode of a new one need comparing; `matchIndexed` visits exactly those, in register
 * order, and so gives the same result as `matchHousehold` over all of them.
 */
export interface HouseholdIndex {
  readonly known: readonly KnownHousehold[];
  readonly byPhone: ReadonlyMap<string, readonly number[]>;
  readonly byPostcode: ReadonlyMap<string, readonly number[]>;
}

export function indexHouseholds(known: readonly KnownHousehold[]): HouseholdIndex {
  const byPhone = new Map<string, number[]>();
  const byPostcode = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, position: number) => {
    const positions = map.get(key);
    if (positions) positions.push(position);
    else map.set(key, [position]);
  };
  known.forEach((household, position) => {
    if (household.phone !== '') add(byPhone, household.phone, position);
    add(byPostcode, household.postcode, position);
  });
  return { known, byPhone, byPostcode };
}

/** `matchHousehold(fresh, index.known)`, comparing only the households that share a phone or the postcode. */
export function matchIndexed(fresh: HouseholdFacts, index: HouseholdIndex): HouseholdMatch {
  const byPhone = fresh.phone !== '' ? (index.byPhone.get(fresh.phone) ?? []) : [];
  const byPostcode = index.byPostcode.get(fresh.postcode) ?? [];
  // Both lists are ascending: merge them into register order, each household once.
  const candidates: KnownHousehold[] = [];
  let i = 0;
  let j = 0;
  while (i < byPhone.length || j < byPostcode.length) {
    const a = i < byPhone.length ? byPhone[i] : Number.POSITIVE_INFINITY;
    const b = j < byPostcode.length ? byPostcode[j] : Number.POSITIVE_INFINITY;
    const next = Math.min(a, b);
    if (a === next) i++;
    if (b === next) j++;
    candidates.push(index.known[next]);
  }
  return decide(fresh, candidates);
}

function decide(fresh: HouseholdFacts, known: readonly KnownHousehold[]): HouseholdMatch {
  const same = new Map<string, string>();
  const maybe = new Map<string, string>();
  for (const candidate of known) {
    const verdict = judge(fresh, candidate);
    if (!verdict) continue;
    const bucket = verdict.kind === 'same' ? same : maybe;
    if (!bucket.has(candidate.caseRef)) bucket.set(candidate.caseRef, verdict.reason);
  }
  if (same.size === 1) {
    const [[caseRef, reason]] = [...same];
    return { kind: 'same', caseRef, reason };
  }
  const all = new Map([...maybe, ...same]);
  if (all.size === 0) return { kind: 'none' };
  return { kind: 'maybe', candidates: [...all].map(([caseRef, reason]) => ({ caseRef, reason })) };
}
