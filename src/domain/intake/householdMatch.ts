import { foldForMatch } from '../common/text';
import { candidateSummary, linkReason, REMEMBERED_LINK } from './matchTexts';
import {
  compareNames,
  editDistance,
  familyNamesMayMatch,
  type NameComparison,
  type NamePart,
  type PreparedName,
  prepareNamePart,
} from './names';

/**
 * Is a new referral or registration about a household already in the register? Pure and deterministic.
 *
 * Four independent kinds of evidence are compared: name, phone, e-mail and address. A phone number alone is
 * never identity (offices, interpreters, family landlines and neighbours share numbers), nor is an address
 * (two families may live at one address). The rules, with the reason for each, are in docs/intake.md:
 *
 * - `same` (linked without asking): the same name and one more kind of evidence, or two more when the address
 *   differs (moved, or a namesake sharing a phone); a nearly equal name (typo, nickname, particle) and two more,
 *   or one more with nothing contradicting it; the same family name with the same address and the same phone or
 *   e-mail (one household, another contact person).
 * - `maybe` (the worker decides in Te controleren, with what matched and what differs per candidate): a shared
 *   phone, e-mail or address with another name; the same name in the same postcode with nothing else in common;
 *   two cases that both match.
 * - `none`: a new case. Households with neither the phone, the e-mail nor the postcode in common are never
 *   compared further. The same address with another family name is a new case only when the phone and e-mail
 *   do not match and the person answered that they do not live with someone the project already helps.
 */

export interface HouseholdFacts {
  firstName: string;
  lastName: string;
  /** E.164 ("+32470123456") or '' when unknown. */
  phone: string;
  /** Lower-case e-mail address, or ''/absent when not given. */
  email?: string;
  /** "Straat nummer [bus x]" or '' when not given. */
  street: string;
  postcode: string;
  /** "Woont u samen met iemand die al hulp krijgt van ons?": 'ja', 'nee', or ''/absent when not asked or unknown. */
  livesWithKnown?: 'ja' | 'nee' | '';
}

export interface KnownHousehold extends HouseholdFacts {
  caseRef: string;
}

export interface MatchCandidate {
  caseRef: string;
  /** For the worker, in Dutch: who the case is, what matched, what differs. */
  reason: string;
}

export type HouseholdMatch =
  | { kind: 'same'; caseRef: string; reason: string }
  | { kind: 'maybe'; candidates: MatchCandidate[] }
  | { kind: 'none' };

/** "+32 470 12 34 56" (the register's readable form) → "+32470123456". */
export function phoneKey(readable: string): string {
  const digits = readable.replace(/[^\d+]/g, '');
  return digits.startsWith('+') ? digits : '';
}

/** How one kind of evidence compares: the same, different, or not known on one side. */
export type Agreement = 'same' | 'other' | 'unknown';

/** `otherFlat`: the same street and number, another box (bus): another flat in the same building. */
export type AddressAgreement = Agreement | 'otherFlat';

export interface Evidence {
  name: NameComparison;
  phone: Agreement;
  email: Agreement;
  address: AddressAgreement;
  samePostcode: boolean;
}

/**
 * A household with what matching compares, each worked out once and only when first needed: in Apps Script
 * every execution indexes the whole register, but compares only the households that share a phone, e-mail or
 * postcode, and most of those only by their family names.
 */
class Prepared implements PreparedName {
  private emailAddress: string | undefined;
  private firstName: NamePart | undefined;
  private lastName: NamePart | undefined;
  private parsedAddress: Address | null | undefined;
  private digits: number | undefined;

  constructor(private readonly facts: HouseholdFacts) {}

  get email(): string {
    if (this.emailAddress === undefined) this.emailAddress = emailKey(this.facts.email);
    return this.emailAddress;
  }

  get first(): NamePart {
    if (!this.firstName) this.firstName = prepareNamePart(this.facts.firstName);
    return this.firstName;
  }

  get last(): NamePart {
    if (!this.lastName) this.lastName = prepareNamePart(this.facts.lastName);
    return this.lastName;
  }

  get address(): Address | null {
    if (this.parsedAddress === undefined) this.parsedAddress = parseAddress(this.facts.street);
    return this.parsedAddress;
  }

  /** The digits of the house number as a number (-1 without one), without parsing the address. */
  get houseDigits(): number {
    if (this.digits === undefined) this.digits = houseDigits(this.facts.street);
    return this.digits;
  }
}

/**
 * A case of the register as the intake reads it from Dossiers. It keeps what matching worked out about it, so
 * the twin, which hands out the same object for a row that did not change, never works it out twice. (A
 * WeakMap would do the same for any object, but an Apps Script execution prepares thousands of households once,
 * and a WeakMap of that size costs more garbage collection than the matching itself.)
 */
export class RegisterHousehold implements KnownHousehold {
  readonly caseRef: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly phone: string;
  readonly email: string;
  readonly street: string;
  readonly postcode: string;
  /** What matching prepared about this household (internal to matching). */
  prepared: Prepared | undefined = undefined;

  constructor(h: KnownHousehold) {
    this.caseRef = h.caseRef;
    this.firstName = h.firstName;
    this.lastName = h.lastName;
    this.phone = h.phone;
    this.email = emailKey(h.email);
    this.street = h.street;
    this.postcode = h.postcode;
  }
}

/** How the names of two households compare (see names.ts). */
export function compareHouseholdNames(a: HouseholdFacts, b: HouseholdFacts): NameComparison {
  return compareNames(new Prepared(a), new Prepared(b));
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

/**
 * "Zuidmoerstr. 136 bus 2" → { street: 'zuidmoerstraat', number: '136', box: '2' }. The house number is the
 * first run of digits, with a letter that stands right after it on its own ("12A", "12 a"); the box follows
 * "bus", "bte", "boîte" or "b" and starts with a digit.
 */
export function parseAddress(text: string): Address | null {
  let folded = foldForMatch(text);
  if (folded === '') return null;
  for (const [pattern, full] of STREET_ABBREVIATIONS) folded = folded.replace(pattern, full);
  const digits = /\d+/.exec(folded);
  if (!digits) return { street: folded.replace(/[^a-z]/g, ''), number: '', box: '' };
  const after = folded.slice(digits.index + digits[0].length);
  const box = /(?:^|[^a-z])(?:bus|bte|boite|b)\s*\.?\s*(\d\w*)/.exec(after);
  // "12 bus 3", "12b3": a box right after the number leaves no house letter
  const letter = box?.index === 0 ? null : /^\s*([a-z])(?![a-z])/.exec(after);
  return {
    street: folded.slice(0, digits.index).replace(/[^a-z]/g, ''),
    number: `${digits[0]}${letter?.[1] ?? ''}`,
    box: box?.[1] ?? '',
  };
}

/**
 * The first run of digits of a street as typed, as a number (-1 when there is none): the digits of its house
 * number (see `parseAddress`). Two addresses whose numbers differ here differ after parsing too.
 */
function houseDigits(text: string): number {
  let value = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) value = (value < 0 ? 0 : value * 10) + (c - 48);
    else if (value >= 0) return value;
  }
  return value;
}

/** The kinds of street, longest first: "Brugsesteenweg" is the stem "brugse" of the kind "steenweg". */
const STREET_KINDS = [
  'steenweg',
  'straat',
  'singel',
  'plaats',
  'plein',
  'dreef',
  'wegel',
  'markt',
  'laan',
  'dijk',
  'baan',
  'kaai',
  'park',
  'ring',
  'vest',
  'weg',
  'pad',
  'lei',
  'hof',
];

function splitStreet(street: string): { stem: string; kind: string } {
  const kind = STREET_KINDS.find((k) => street.endsWith(k)) ?? '';
  return { stem: street.slice(0, street.length - kind.length), kind };
}

/**
 * One letter may differ in the part of a street name that tells streets apart (Stationstraat / Stationsstraat)
 * when that part has 5 letters or more, two from 10; never in the kind of street (Molenstraat is not Molenweg)
 * and never in a short stem: Hoogstraat and Hooistraat, Zandstraat and Landstraat can lie in one town.
 */
export function streetAllowance(stemLength: number): number {
  if (stemLength >= 10) return 2;
  if (stemLength >= 5) return 1;
  return 0;
}

/** The same street, written with a typo at most (abbreviations are expanded before). */
export function sameStreet(x: string, y: string): boolean {
  if (x === y) return true;
  const a = splitStreet(x);
  const b = splitStreet(y);
  if (a.kind !== b.kind) return false;
  const allowance = streetAllowance(Math.min(a.stem.length, b.stem.length));
  return allowance > 0 && editDistance(a.stem, b.stem, allowance) <= allowance;
}

export function compareAddresses(x: Address | null, y: Address | null, samePostcode: boolean): AddressAgreement {
  if (!samePostcode) return 'other';
  if (!x || !y || x.number === '' || y.number === '') return 'unknown';
  if (x.number !== y.number || !sameStreet(x.street, y.street)) return 'other';
  if (x.box !== '' && y.box !== '' && x.box !== y.box) return 'otherFlat';
  return 'same';
}

function agreement(a: string, b: string): Agreement {
  if (a === '' || b === '') return 'unknown';
  return a === b ? 'same' : 'other';
}

/** Everything the rules look at, for one pair. `null` when the pair cannot be the same household. */
export function gatherEvidence(fresh: HouseholdFacts, known: HouseholdFacts): Evidence | null {
  return evidenceOf(fresh, new Prepared(fresh), known, new Prepared(known));
}

/**
 * `families`: the first look at family names already taken for this new household, by the known household's
 * family name as typed (`familyNamesMayMatch` reads nothing else of it): a postcode of 10,000 households has a
 * few hundred family names, so each is looked at once.
 */
function evidenceOf(
  fresh: HouseholdFacts,
  a: Prepared,
  known: HouseholdFacts,
  b: Prepared,
  families?: Map<string, boolean>,
): Evidence | null {
  const phone = agreement(fresh.phone, known.phone);
  const email = a.email === '' ? 'unknown' : agreement(a.email, b.email);
  const samePostcode = fresh.postcode !== '' && fresh.postcode === known.postcode;
  if (phone !== 'same' && email !== 'same' && !samePostcode) return null;
  const address = addressAgreement(a, b, samePostcode);
  // With nothing but the postcode in common only a same or nearly same name matters (verdictOf): most pairs of
  // a postcode have unrelated family names, which is cheaper to see than the full comparison.
  const nothingShared = phone !== 'same' && email !== 'same' && address !== 'same';
  if (nothingShared && !familiesMayMatch(a, b, known.lastName, families)) return null;
  return { name: compareNames(a, b), phone, email, address, samePostcode };
}

function familiesMayMatch(a: Prepared, b: Prepared, lastName: string, seen: Map<string, boolean> | undefined): boolean {
  if (!seen) return familyNamesMayMatch(a, b);
  let may = seen.get(lastName);
  if (may === undefined) {
    may = familyNamesMayMatch(a, b);
    seen.set(lastName, may);
  }
  return may;
}

/** `compareAddresses`, parsing the two addresses only when their house numbers have the same digits. */
function addressAgreement(a: Prepared, b: Prepared, samePostcode: boolean): AddressAgreement {
  if (!samePostcode) return 'other';
  if (a.houseDigits < 0 || b.houseDigits < 0) return 'unknown';
  if (a.houseDigits !== b.houseDigits) return 'other';
  return compareAddresses(a.address, b.address, samePostcode);
}

export type Verdict = 'link' | 'ask' | null;

/** The rules (docs/intake.md, "Duplicate households"). `null`: not the same household, nothing to ask. */
export function verdictOf(e: Evidence, fresh: HouseholdFacts): Verdict {
  const agreeing = Number(e.phone === 'same') + Number(e.email === 'same') + Number(e.address === 'same');
  const otherAddress = e.address === 'other' || e.address === 'otherFlat';
  const contradicting = Number(e.phone === 'other') + Number(e.email === 'other') + Number(otherAddress);
  switch (e.name.grade) {
    case 'same':
      if (agreeing >= 2 || (agreeing === 1 && !otherAddress)) return 'link';
      if (agreeing === 1) return 'ask';
      return e.samePostcode ? 'ask' : null;
    case 'similar':
      if (agreeing >= 2 || (agreeing === 1 && contradicting === 0)) return 'link';
      if (agreeing === 1) return 'ask';
      return e.samePostcode && e.address === 'unknown' ? 'ask' : null;
    case 'family':
      if (e.address === 'same' && (e.phone === 'same' || e.email === 'same')) return 'link';
      return agreeing >= 1 ? 'ask' : null;
    case 'other': {
      if (agreeing === 0) return null;
      const onlyTheAddress = e.phone !== 'same' && e.email !== 'same';
      return onlyTheAddress && fresh.livesWithKnown === 'nee' ? null : 'ask';
    }
  }
}

/**
 * The register's households with their match keys indexed: positions by phone and by postcode (e-mail
 * addresses are scanned, see `withEmail`). A pair that shares none of the three is never judged, so only the
 * households sharing one of them with a new one need comparing; `matchIndexed` visits exactly those, in register
 * order, and so gives the same result as `matchHousehold` over all of them.
 */
export interface HouseholdIndex {
  readonly known: readonly KnownHousehold[];
  readonly byPhone: ReadonlyMap<string, readonly number[]>;
  /**
   * Per postcode, the positions per family name as typed. Of the households of a postcode only those with the
   * same phone, e-mail or house number, or whose family name may match (`familyNamesMayMatch`), can be judged
   * the same or asked about (see `evidenceOf`): each family name of a postcode is looked at once, not each household.
   */
  readonly byPostcodeName: ReadonlyMap<string, ReadonlyMap<string, readonly number[]>>;
  /** Positions by postcode and the digits of the house number (`addressKey`): the only ones whose address can be the same. */
  readonly byAddress: ReadonlyMap<string, readonly number[]>;
  /**
   * Positions by e-mail address (`emailKey`), only in an index kept in step by `updateIndex`: one execution of
   * Apps Script matches one response, and scanning the addresses once costs less than indexing them (`withEmail`).
   */
  readonly byEmail?: ReadonlyMap<string, readonly number[]>;
  /** What matching prepared about `known[i]`, filled on first use (a `RegisterHousehold` keeps its own). */
  readonly prepared: Array<Prepared | undefined>;
}

/** `index.known[position]`, prepared for matching once. */
function preparedAt(index: HouseholdIndex, position: number): Prepared {
  const household = index.known[position];
  if (household instanceof RegisterHousehold) {
    if (!household.prepared) household.prepared = new Prepared(household);
    return household.prepared;
  }
  let prepared = index.prepared[position];
  if (!prepared) {
    prepared = new Prepared(household);
    index.prepared[position] = prepared;
  }
  return prepared;
}

/** The case numbers of an index (only remembered decisions need them). */
const caseRefsOf = new WeakMap<HouseholdIndex, ReadonlySet<string>>();

function caseRefs(index: HouseholdIndex): ReadonlySet<string> {
  let refs = caseRefsOf.get(index);
  if (!refs) {
    refs = new Set(index.known.map((h) => h.caseRef));
    caseRefsOf.set(index, refs);
  }
  return refs;
}

const emailKey = (email: string | undefined) => (email ? email.trim().toLowerCase() : '');

/** The key of `byEmail`: the address as `withEmail` finds it (one whose key has another length is never found). */
function emailIndexKey(email: string | undefined): string {
  const key = emailKey(email);
  return email && email.length === key.length ? key : '';
}

/** The key of `byAddress`: postcode and the digits of the house number ('' when either is unknown). */
function addressKey(postcode: string, digits: number): string {
  return postcode === '' || digits < 0 ? '' : `${postcode}\u0000${digits}`;
}

function addressKeyOf(household: KnownHousehold): string {
  return household.postcode === '' ? '' : addressKey(household.postcode, houseDigits(household.street));
}

function namesOf(
  byPostcodeName: Map<string, Map<string, number[]>>,
  postcode: string,
): Map<string, number[]> | undefined {
  if (postcode === '') return undefined;
  let names = byPostcodeName.get(postcode);
  if (!names) {
    names = new Map();
    byPostcodeName.set(postcode, names);
  }
  return names;
}

export function indexHouseholds(known: readonly KnownHousehold[]): HouseholdIndex {
  const byPhone = new Map<string, number[]>();
  const byPostcodeName = new Map<string, Map<string, number[]>>();
  const byAddress = new Map<string, number[]>();
  for (let position = 0; position < known.length; position++) {
    const household = known[position];
    insertSorted(byPhone, household.phone, position);
    const names = namesOf(byPostcodeName, household.postcode);
    if (names) insertSorted(names, household.lastName, position, true);
    insertSorted(byAddress, addressKeyOf(household), position);
  }
  return { known, byPhone, byPostcodeName, byAddress, prepared: [] };
}

/**
 * `indexHouseholds(known)` for a register that changed since `index` was made, without indexing it again:
 * `known` is `index.known` with some positions holding another household (`replaced`, ascending or not) and
 * households appended after the last. The new index shares its maps with `index`, which is stale afterwards and
 * must not be used again. Kept equal to `indexHouseholds` by tests/unit/householdIndex.test.ts.
 */
export function updateIndex(
  index: HouseholdIndex,
  known: readonly KnownHousehold[],
  replaced: readonly number[],
): HouseholdIndex {
  const byPhone = index.byPhone as Map<string, number[]>;
  const byPostcodeName = index.byPostcodeName as Map<string, Map<string, number[]>>;
  const byAddress = index.byAddress as Map<string, number[]>;
  let byEmail = index.byEmail as Map<string, number[]> | undefined;
  if (!byEmail) {
    byEmail = new Map();
    for (let position = 0; position < index.known.length; position++) {
      insertSorted(byEmail, emailIndexKey(index.known[position].email), position);
    }
  }
  for (const position of replaced) {
    const before = index.known[position];
    const after = known[position];
    if (before.phone !== after.phone) {
      removeSorted(byPhone, before.phone, position);
      insertSorted(byPhone, after.phone, position);
    }
    if (before.postcode !== after.postcode || before.lastName !== after.lastName) {
      const names = byPostcodeName.get(before.postcode);
      if (names) {
        removeSorted(names, before.lastName, position, true);
        if (names.size === 0) byPostcodeName.delete(before.postcode);
      }
      const into = namesOf(byPostcodeName, after.postcode);
      if (into) insertSorted(into, after.lastName, position, true);
    }
    const addressBefore = addressKeyOf(before);
    const addressAfter = addressKeyOf(after);
    if (addressBefore !== addressAfter) {
      removeSorted(byAddress, addressBefore, position);
      insertSorted(byAddress, addressAfter, position);
    }
    const emailBefore = emailIndexKey(before.email);
    const emailAfter = emailIndexKey(after.email);
    if (emailBefore !== emailAfter) {
      removeSorted(byEmail, emailBefore, position);
      insertSorted(byEmail, emailAfter, position);
    }
  }
  for (let position = index.known.length; position < known.length; position++) {
    const household = known[position];
    insertSorted(byPhone, household.phone, position);
    const names = namesOf(byPostcodeName, household.postcode);
    if (names) insertSorted(names, household.lastName, position, true);
    insertSorted(byAddress, addressKeyOf(household), position);
    insertSorted(byEmail, emailIndexKey(household.email), position);
  }
  return { known, byPhone, byPostcodeName, byAddress, byEmail, prepared: [] };
}

/** The place of `position` in an ascending list: its index, or where it would go. */
function placeOf(positions: readonly number[], position: number): number {
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (positions[middle] < position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Adds `position` to the ascending list of `key` (a key '' is not indexed unless `emptyToo`). */
function insertSorted(map: Map<string, number[]>, key: string, position: number, emptyToo = false): void {
  if (key === '' && !emptyToo) return;
  const positions = map.get(key);
  if (!positions) map.set(key, [position]);
  else if (positions[positions.length - 1] < position) positions.push(position);
  else positions.splice(placeOf(positions, position), 0, position);
}

function removeSorted(map: Map<string, number[]>, key: string, position: number, emptyToo = false): void {
  if (key === '' && !emptyToo) return;
  const positions = map.get(key);
  if (!positions) return;
  const at = placeOf(positions, position);
  if (positions[at] !== position) return;
  if (positions.length === 1) map.delete(key);
  else positions.splice(at, 1);
}

/**
 * The positions of the households with this e-mail address. A scan, not a map: few responses carry an e-mail
 * address, and comparing 20,000 strings costs less than indexing them in every Apps Script execution.
 */
function withEmail(email: string, index: HouseholdIndex): readonly number[] {
  if (email === '') return [];
  if (index.byEmail) return index.byEmail.get(email) ?? [];
  const positions: number[] = [];
  const known = index.known;
  for (let i = 0; i < known.length; i++) {
    const other = known[i].email;
    if (other && other.length === email.length && emailKey(other) === email) positions.push(i);
  }
  return positions;
}

/** Positions of the households of `index` that share the phone, the e-mail or the postcode of `fresh`, ascending. */
function candidatesOf(fresh: HouseholdFacts, a: Prepared, index: HouseholdIndex): readonly number[] {
  const lists = [index.byPhone.get(fresh.phone) ?? [], withEmail(a.email, index)];
  const names = fresh.postcode === '' ? undefined : index.byPostcodeName.get(fresh.postcode);
  if (names) {
    // Of the households of the postcode, those that may share the address, and those whose family name may match.
    const sameNumber = index.byAddress.get(addressKey(fresh.postcode, a.houseDigits));
    if (sameNumber) lists.push(sameNumber);
    for (const positions of names.values()) {
      if (familyNamesMayMatch(a, preparedAt(index, positions[0]))) lists.push(positions);
    }
  }
  return mergeAscending(lists.filter((list) => list.length > 0));
}

/** Ascending lists merged into one ascending list, each position once. */
function mergeAscending(lists: ReadonlyArray<readonly number[]>): readonly number[] {
  if (lists.length === 0) return [];
  if (lists.length === 1) return lists[0];
  // The lists are ascending: merge them into register order, each household once.
  const cursors = lists.map(() => 0);
  const out: number[] = [];
  for (;;) {
    let next = Number.POSITIVE_INFINITY;
    for (let i = 0; i < lists.length; i++) {
      if (cursors[i] < lists[i].length && lists[i][cursors[i]] < next) next = lists[i][cursors[i]];
    }
    if (next === Number.POSITIVE_INFINITY) return out;
    for (let i = 0; i < lists.length; i++) if (lists[i][cursors[i]] === next) cursors[i]++;
    out.push(next);
  }
}

/** Compares a new household with every case in the register. */
export function matchHousehold(fresh: HouseholdFacts, known: readonly KnownHousehold[]): HouseholdMatch {
  const index = indexHouseholds(known);
  const all = index.known.map((_, position) => position);
  return decide(fresh, new Prepared(fresh), index, all, null, []);
}

/**
 * `matchHousehold(fresh, index.known)`, comparing only the households that share a phone, e-mail or postcode.
 * `remembered`: households the worker already placed (her decisions in Te controleren), each under the case
 * she chose; a new household that is clearly one of them goes to that case without asking again.
 */
export function matchIndexed(
  fresh: HouseholdFacts,
  index: HouseholdIndex,
  remembered?: HouseholdIndex,
): HouseholdMatch {
  const a = new Prepared(fresh);
  const decided =
    remembered && remembered.known.length > 0
      ? candidatesOf(fresh, a, remembered).filter((position) => caseRefs(index).has(remembered.known[position].caseRef))
      : [];
  return decide(fresh, a, index, candidatesOf(fresh, a, index), remembered ?? null, decided);
}

function decide(
  fresh: HouseholdFacts,
  a: Prepared,
  index: HouseholdIndex,
  positions: readonly number[],
  remembered: HouseholdIndex | null,
  rememberedPositions: readonly number[],
): HouseholdMatch {
  const rememberedLinks = new Set<string>();
  for (const position of rememberedPositions) {
    const household = (remembered as HouseholdIndex).known[position];
    const evidence = evidenceOf(fresh, a, household, preparedAt(remembered as HouseholdIndex, position));
    if (evidence && verdictOf(evidence, fresh) === 'link') rememberedLinks.add(household.caseRef);
  }
  if (rememberedLinks.size === 1) return { kind: 'same', caseRef: [...rememberedLinks][0], reason: REMEMBERED_LINK };

  const links = new Map<string, string>();
  const asks = new Map<string, string>();
  const families = new Map<string, boolean>();
  for (const position of positions) {
    const candidate = index.known[position];
    const evidence = evidenceOf(fresh, a, candidate, preparedAt(index, position), families);
    if (!evidence) continue;
    const verdict = verdictOf(evidence, fresh);
    if (verdict === 'link' && !links.has(candidate.caseRef)) {
      links.set(candidate.caseRef, linkReason(evidence));
      asks.set(candidate.caseRef, candidateSummary(candidate, evidence));
    } else if (verdict === 'ask' && !asks.has(candidate.caseRef)) {
      asks.set(candidate.caseRef, candidateSummary(candidate, evidence));
    }
  }
  if (links.size === 1) {
    const [[caseRef, reason]] = [...links];
    return { kind: 'same', caseRef, reason };
  }
  if (asks.size === 0) return { kind: 'none' };
  return { kind: 'maybe', candidates: [...asks].map(([caseRef, reason]) => ({ caseRef, reason })) };
}
