/**
 * Statistical disclosure control for the project-group output: small counts (1–4) are shown as "<5", and
 * secondary suppression ("x") makes sure that no such count can be worked out from what is shown — from a
 * table's total, from another table sharing that total, or from earlier publications (last month's snapshot,
 * a project-to-date figure, a quarter that sums months).
 *
 * The model: every published number is a *cell* (a count for one code over one span of months). Cells are tied
 * by linear *relations* (Σ left = Σ right: a total and its parts, a quarter and its months, a project-to-date
 * figure and last month's plus this month's). Some cells are never published (*implicit*: a category nobody
 * sees, a month not reported, the people reached this month who were reached before) but they still tie the
 * others together.
 *
 * The attacker knows every shown value, every relation, and what the symbols mean: "<5" is 1–4, "x" (hidden) and
 * an unpublished count are any whole number ≥ 0. "x" may hide a small count too: a chain of "<5" cells can pin
 * each other (three months of "<5" that must add up to a project total of "<5"), and only "x" breaks that. `attack` narrows every
 * unknown cell's set of possible values by generalised arc consistency on each relation, with exact integer
 * interval-union arithmetic, until nothing changes. A *disclosure* is an unknown cell narrowed to one value in
 * 1–4 that history alone did not already narrow. `protect` shows every candidate cell it can and hides ("x") as
 * few cells as it can, preferring small exact counts next to the disclosed cell, until there is no disclosure.
 */

/** What a reader sees for a cell. */
export type Shown = { kind: 'exact'; value: number } | { kind: 'small' } | { kind: 'hidden' };

export const SMALL: Shown = { kind: 'small' };
export const HIDDEN: Shown = { kind: 'hidden' };
export const exact = (value: number): Shown => ({ kind: 'exact', value });

export type CellState =
  /** Published before (ledger): its shown value is fixed. */
  | { kind: 'fixed'; shown: Shown }
  /** Published now: shown exactly unless that discloses something. */
  | { kind: 'candidate'; value: number; sensitive: boolean }
  /** Never published (a value may be known to us, or not: `null`). */
  | { kind: 'implicit'; value: number | null };

/** Σ left = Σ right, over cell keys. */
export interface Relation {
  left: readonly string[];
  right: readonly string[];
}

// ---- integer sets as sorted unions of intervals -------------------------------------------------------------

/** Disjoint, sorted, non-adjacent closed intervals; `hi` may be Infinity. */
export type IntSet = ReadonlyArray<readonly [number, number]>;

const INF = Number.POSITIVE_INFINITY;
export const NON_NEGATIVE: IntSet = [[0, INF]];
export const ONE_TO_FOUR: IntSet = [[1, 4]];
export const single = (v: number): IntSet => [[v, v]];

function normalise(intervals: Array<[number, number]>): IntSet {
  const sorted = intervals.filter(([a, b]) => a <= b).sort((x, y) => x[0] - y[0]);
  const out: Array<[number, number]> = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/**
 * Keeps a set small: beyond `MAX_PARTS` intervals the closest ones are merged (a superset, so the attacker may
 * learn a little less than it could, never something false). Real tables stay far below the cap.
 */
const MAX_PARTS = 24;

function capped(set: IntSet): IntSet {
  if (set.length <= MAX_PARTS) return set;
  // Merge the smallest gaps first until few enough parts remain (a superset: narrowing stays sound).
  const parts = set.map(([a, b]) => [a, b] as [number, number]);
  while (parts.length > MAX_PARTS) {
    let best = 1;
    for (let i = 2; i < parts.length; i++)
      if (parts[i][0] - parts[i - 1][1] < parts[best][0] - parts[best - 1][1]) best = i;
    parts[best - 1][1] = parts[best][1];
    parts.splice(best, 1);
  }
  return parts;
}

// The set operations below have a shortcut for two single intervals, by far the most common case: the same
// arithmetic and the same result as the general loop (one interval, or none when it is empty).

export function sumSets(a: IntSet, b: IntSet): IntSet {
  if (a.length === 1 && b.length === 1) {
    const lo = a[0][0] + b[0][0];
    const hi = a[0][1] + b[0][1];
    return lo <= hi ? [[lo, hi]] : [];
  }
  const out: Array<[number, number]> = [];
  for (const [a0, a1] of a) for (const [b0, b1] of b) out.push([a0 + b0, a1 + b1]);
  return capped(normalise(out));
}

/** { x − y : x ∈ a, y ∈ b } */
export function minusSets(a: IntSet, b: IntSet): IntSet {
  if (a.length === 1 && b.length === 1) {
    const lo = a[0][0] - b[0][1];
    const hi = a[0][1] - b[0][0];
    return lo <= hi ? [[lo, hi]] : [];
  }
  const out: Array<[number, number]> = [];
  for (const [a0, a1] of a) for (const [b0, b1] of b) out.push([a0 - b1, a1 - b0]);
  return capped(normalise(out));
}

export function intersect(a: IntSet, b: IntSet): IntSet {
  if (a.length === 1 && b.length === 1) {
    const lo = Math.max(a[0][0], b[0][0]);
    const hi = Math.min(a[0][1], b[0][1]);
    return lo <= hi ? [[lo, hi]] : [];
  }
  const out: Array<[number, number]> = [];
  for (const [a0, a1] of a)
    for (const [b0, b1] of b) {
      const lo = Math.max(a0, b0);
      const hi = Math.min(a1, b1);
      if (lo <= hi) out.push([lo, hi]);
    }
  return normalise(out);
}

function sameSet(a: IntSet, b: IntSet): boolean {
  return a.length === b.length && a.every(([x, y], i) => x === b[i][0] && y === b[i][1]);
}

export function singleValue(set: IntSet): number | null {
  return set.length === 1 && set[0][0] === set[0][1] ? set[0][0] : null;
}

// ---- the attacker -------------------------------------------------------------------------------------------

/** What the attacker knows about a cell before using relations. */
function prior(state: CellState, shown: Shown | undefined): IntSet {
  if (state.kind === 'fixed') return domainOf(state.shown);
  if (state.kind === 'candidate') return shown ? domainOf(shown) : NON_NEGATIVE;
  return NON_NEGATIVE;
}

export function domainOf(shown: Shown): IntSet {
  if (shown.kind === 'exact') return single(shown.value);
  return shown.kind === 'small' ? ONE_TO_FOUR : NON_NEGATIVE;
}

interface Network {
  relations: readonly Relation[];
  byCell: Map<string, number[]>;
}

function network(relations: readonly Relation[]): Network {
  const byCell = new Map<string, number[]>();
  relations.forEach((r, i) => {
    for (const key of [...r.left, ...r.right]) {
      const list = byCell.get(key) ?? [];
      list.push(i);
      byCell.set(key, list);
    }
  });
  return { relations, byCell };
}

/** Domains by cell; a trial layer over a base keeps a probe from copying every domain. */
class Domains {
  private readonly own = new Map<string, IntSet>();
  constructor(private readonly base?: Domains) {}
  get(key: string): IntSet {
    return this.own.get(key) ?? this.base?.get(key) ?? NON_NEGATIVE;
  }
  set(key: string, set: IntSet): void {
    this.own.set(key, set);
  }
  entries(): IterableIterator<[string, IntSet]> {
    return this.own.entries();
  }
}

/**
 * Generalised arc consistency: narrows the domains by the relations in `start` and every relation touching a
 * narrowed cell, until nothing changes. Returns false on a contradiction (some cell has no value left).
 */
function propagate(domains: Domains, net: Network, start: Iterable<number>): boolean {
  const queue: number[] = [...start];
  const queued = new Set(queue);
  let steps = 0;
  while (queue.length > 0 && steps++ < 500_000) {
    const index = queue.shift() as number;
    queued.delete(index);
    const changed = narrow(net.relations[index], domains);
    if (changed === null) return false;
    for (const key of changed)
      for (const other of net.byCell.get(key) ?? []) {
        if (!queued.has(other)) {
          queued.add(other);
          queue.push(other);
        }
      }
  }
  return true;
}

/** One relation: every cell gets what Σ other side − Σ rest of its side allows. Null on a contradiction. */
function narrow(r: Relation, domains: Domains): string[] | null {
  const changed: string[] = [];
  const sides = [r.left, r.right];
  for (let s = 0; s < 2; s++) {
    const own = sides[s];
    const other = sides[1 - s];
    const otherSum = other.reduce((acc, key) => sumSets(acc, domains.get(key)), single(0));
    // Sums of the cells before and after each position, so every "rest" costs one addition.
    const prefix: IntSet[] = [single(0)];
    for (const key of own) prefix.push(sumSets(prefix[prefix.length - 1], domains.get(key)));
    const suffix: IntSet[] = new Array(own.length + 1);
    suffix[own.length] = single(0);
    for (let j = own.length - 1; j >= 0; j--) suffix[j] = sumSets(suffix[j + 1], domains.get(own[j]));
    for (let i = 0; i < own.length; i++) {
      const key = own[i];
      const before = domains.get(key);
      const after = intersect(before, minusSets(otherSum, sumSets(prefix[i], suffix[i + 1])));
      if (after.length === 0) return null;
      if (!sameSet(before, after)) {
        domains.set(key, after);
        changed.push(key);
      }
    }
  }
  return changed;
}

/** The parts of the system: cells tied together by relations, with their relations. */
function components(net: Network, keys: Iterable<string>): Array<{ cells: string[]; relations: number[] }> {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let root = k;
    while (parent.get(root) !== root) root = parent.get(root) as string;
    parent.set(k, root);
    return root;
  };
  for (const k of keys) parent.set(k, k);
  for (const r of net.relations) {
    const cells = [...r.left, ...r.right];
    for (const c of cells) if (!parent.has(c)) parent.set(c, c);
    for (const c of cells.slice(1)) {
      const a = find(cells[0]);
      const b = find(c);
      if (a !== b) parent.set(b, a);
    }
  }
  const parts = new Map<string, { cells: string[]; relations: number[] }>();
  for (const k of parent.keys()) {
    const root = find(k);
    const part = parts.get(root) ?? { cells: [], relations: [] };
    part.cells.push(k);
    parts.set(root, part);
  }
  net.relations.forEach((r, i) => {
    const cell = r.left[0] ?? r.right[0];
    if (cell !== undefined) parts.get(find(cell))?.relations.push(i);
  });
  return [...parts.values()];
}

/** Values a cell is probed for: only small finite domains that touch 1–4 can end as a disclosure. */
const PROBE_LIMIT = 12;

function probeValues(set: IntSet): number[] | null {
  if (set.length === 0 || set[set.length - 1][1] === INF) return null;
  // Count first: a cell known only as "between 0 and 18,000" is not probed, and is not spelled out either.
  let size = 0;
  for (const [a, b] of set) {
    size += b - a + 1;
    if (size > PROBE_LIMIT) return null;
  }
  const values: number[] = [];
  for (const [a, b] of set) for (let v = a; v <= b; v++) values.push(v);
  if (values.length > PROBE_LIMIT || values.length < 2 || !values.some((v) => v >= 1 && v <= 4)) return null;
  return values;
}

/**
 * What the attacker can know of every cell. `shown` gives the decision for candidates (a candidate without
 * one is treated as unpublished); cells missing from `states` are unpublished. Arc consistency first, then
 * each small unknown cell is probed value by value (singleton arc consistency): a value that leads to a
 * contradiction is impossible. This finds what a table of months × categories gives away, which arc
 * consistency alone misses. Data that contradicts a relation (a late edit) makes the attacker learn nothing.
 */
interface Analysis {
  net: Network;
  domains: Domains;
  parts: Array<{ cells: string[]; relations: number[] }>;
  partOf: Map<string, number>;
  /** Parts whose relations contradict each other: nothing sure is learnt there. */
  broken: Set<number>;
}

/** Cells and relations with their network and parts: the same for every decision on what to show. */
interface System {
  states: ReadonlyMap<string, CellState>;
  net: Network;
  keys: Set<string>;
  parts: Array<{ cells: string[]; relations: number[] }>;
  partOf: Map<string, number>;
}

function systemOf(states: ReadonlyMap<string, CellState>, relations: readonly Relation[]): System {
  const net = network(relations);
  const keys = new Set<string>([...states.keys(), ...net.byCell.keys()]);
  const parts = components(net, keys);
  const partOf = new Map<string, number>();
  parts.forEach((part, index) => {
    for (const k of part.cells) partOf.set(k, index);
  });
  return { states, net, keys, parts, partOf };
}

function analyse(system: System, shown: ReadonlyMap<string, Shown>, probe: boolean): Analysis {
  const { states, net, keys, parts, partOf } = system;
  // A cap on every count: far above anything in the data, it changes no real conclusion, but it turns the
  // slow creep of bounds around a contradictory cycle (a probed value that cannot be) into a contradiction.
  let largest = 0;
  for (const [key, state] of states) {
    const s = state.kind === 'fixed' ? state.shown : shown.get(key);
    if (s?.kind === 'exact') largest = Math.max(largest, s.value);
    if (state.kind !== 'fixed' && state.value !== null) largest = Math.max(largest, state.value);
  }
  const cap: IntSet = [[0, 4 * largest + 100]];
  const initial = () => {
    const d = new Domains();
    for (const key of keys) {
      const state = states.get(key);
      d.set(key, intersect(state ? prior(state, shown.get(key)) : NON_NEGATIVE, cap));
    }
    return d;
  };
  const domains = initial();
  // Part by part (cells tied by relations): data that contradicts a relation (a late edit) makes the attacker
  // learn nothing sure about that part, and only that part.
  const broken = new Set<number>();
  for (const [index, part] of parts.entries()) {
    const trial = new Domains(domains);
    if (propagate(trial, net, part.relations)) for (const [k, d] of trial.entries()) domains.set(k, d);
    else broken.add(index);
  }
  for (let pass = 0; probe && pass < 3; pass++) {
    let narrowed = false;
    for (const key of keys) {
      const part = partOf.get(key);
      if (part === undefined || broken.has(part)) continue;
      const values = probeValues(domains.get(key));
      if (!values) continue;
      const possible = values.filter((v) => {
        const trial = new Domains(domains);
        trial.set(key, single(v));
        return propagate(trial, net, net.byCell.get(key) ?? []);
      });
      if (possible.length === 0 || possible.length === values.length) continue;
      const trial = new Domains(domains);
      trial.set(key, normalise(possible.map((v) => [v, v] as [number, number])));
      if (!propagate(trial, net, net.byCell.get(key) ?? [])) {
        broken.add(part);
        continue;
      }
      for (const [k, d] of trial.entries()) domains.set(k, d);
      narrowed = true;
    }
    if (!narrowed) break;
  }
  // What a broken part was narrowed to is not sure: back to what was shown.
  if (broken.size > 0) {
    const fresh = initial();
    for (const index of broken) for (const k of parts[index].cells) domains.set(k, fresh.get(k));
  }
  return { net, domains, parts, partOf, broken };
}

/**
 * What the attacker can know of every cell. `shown` gives the decision for candidates (a candidate without
 * one is treated as unpublished); cells missing from `states` are unpublished. Arc consistency first, then
 * (`probe`) each small unknown cell is probed value by value (singleton arc consistency): a value that leads
 * to a contradiction is impossible. Data that contradicts a relation makes the attacker learn nothing sure
 * about that part of the system.
 */
export function attack(
  states: ReadonlyMap<string, CellState>,
  shown: ReadonlyMap<string, Shown>,
  relations: readonly Relation[],
  probe = true,
): Map<string, IntSet> {
  return new Map(analyse(systemOf(states, relations), shown, probe).domains.entries());
}

// ---- the complete attacker: search ---------------------------------------------------------------------

class OutOfBudget extends Error {}

/** Values of a finite set, smallest first. */
function valuesOf(set: IntSet): number[] {
  const out: number[] = [];
  for (const [a, b] of set) for (let v = a; v <= b && Number.isFinite(b); v++) out.push(v);
  return out;
}

/**
 * Is there a whole-number solution of the cell's part with the cell in `allowed`? Search that keeps arc
 * consistency at every step: branch on the open cell with the fewest values, propagate, back up on a
 * contradiction. Throws OutOfBudget when the search grows too large.
 */
function solvable(a: Analysis, cell: string, allowed: IntSet, budget: { left: number }): boolean {
  const part = a.parts[a.partOf.get(cell) as number];
  const start = new Domains(a.domains);
  const first = intersect(a.domains.get(cell), allowed);
  if (first.length === 0) return false;
  start.set(cell, first);
  if (!propagate(start, a.net, a.net.byCell.get(cell) ?? [])) return false;
  const branch = (d: Domains): boolean => {
    if (--budget.left < 0) throw new OutOfBudget();
    let pick: string | null = null;
    let size = INF;
    for (const k of part.cells) {
      const set = d.get(k);
      const n = set.reduce((sum, [x, y]) => sum + (y - x + 1), 0);
      if (n > 1 && n < size) {
        pick = k;
        size = n;
      }
    }
    if (pick === null) return true;
    for (const v of valuesOf(d.get(pick))) {
      const next = new Domains(d);
      next.set(pick, single(v));
      if (propagate(next, a.net, a.net.byCell.get(pick) ?? []) && branch(next)) return true;
    }
    return false;
  };
  return branch(start);
}

export interface ExactResult {
  /** Unknown cells whose only possible value is one of 1–4. */
  pinned: string[];
  /** Cells the search could not settle within its budget. */
  unsettled: string[];
}

/**
 * The complete attacker, for systems where arc consistency is not enough (a table of months × categories):
 * for every unknown cell that may hold a small count, a search decides whether exactly one value 1–4 is
 * possible. Bounded by `budget` search steps in all.
 */
export function exactDisclosures(
  states: ReadonlyMap<string, CellState>,
  shown: ReadonlyMap<string, Shown>,
  relations: readonly Relation[],
  budget = 200_000,
  only?: ReadonlySet<string>,
): ExactResult {
  return exactIn(systemOf(states, relations), shown, budget, only);
}

function exactIn(system: System, shown: ReadonlyMap<string, Shown>, budget: number, only?: ReadonlySet<string>) {
  const states = system.states;
  const a = analyse(system, shown, true);
  const left = { left: budget };
  const pinned: string[] = [];
  const unsettled: string[] = [];
  for (const [key, set] of a.domains.entries()) {
    if (only && !only.has(key)) continue;
    const state = states.get(key);
    const visible = state?.kind === 'fixed' ? state.shown : shown.get(key);
    if (visible?.kind === 'exact') continue;
    const part = a.partOf.get(key);
    if (part === undefined || a.broken.has(part)) continue;
    const v = singleValue(set);
    if (v !== null) {
      if (v >= 1 && v <= 4) pinned.push(key);
      continue;
    }
    const small = valuesOf(intersect(set, ONE_TO_FOUR));
    if (small.length === 0) continue;
    try {
      const possible = small.filter((x) => solvable(a, key, single(x), left));
      if (possible.length !== 1) continue;
      const rest = normalise(
        set.flatMap(([x, y]) => [
          [x, Math.min(y, possible[0] - 1)] as [number, number],
          [Math.max(x, possible[0] + 1), y] as [number, number],
        ]),
      );
      if (!solvable(a, key, rest, left)) pinned.push(key);
    } catch (error) {
      if (!(error instanceof OutOfBudget)) throw error;
      unsettled.push(key);
      left.left = Math.max(left.left, 0);
    }
  }
  return { pinned: pinned.sort(), unsettled: unsettled.sort() };
}

/** Cells (not shown exactly) that the attacker pins to one value in 1–4. */
export function disclosures(
  states: ReadonlyMap<string, CellState>,
  shown: ReadonlyMap<string, Shown>,
  relations: readonly Relation[],
  baseline?: ReadonlySet<string>,
  probe = true,
): string[] {
  return disclosuresIn(systemOf(states, relations), shown, baseline, probe);
}

function disclosuresIn(
  system: System,
  shown: ReadonlyMap<string, Shown>,
  baseline?: ReadonlySet<string>,
  probe = true,
): string[] {
  const states = system.states;
  const found: string[] = [];
  for (const [key, set] of analyse(system, shown, probe).domains.entries()) {
    const state = states.get(key);
    const visible = state?.kind === 'fixed' ? state.shown : shown.get(key);
    if (visible?.kind === 'exact') continue;
    const v = singleValue(set);
    if (v !== null && v >= 1 && v <= 4 && !baseline?.has(key)) found.push(key);
  }
  return found.sort();
}

// ---- the protector ------------------------------------------------------------------------------------------

export interface Protection {
  shown: Map<string, Shown>;
  /** Candidates hidden to protect another cell. */
  secondary: string[];
}

/**
 * Decides how each candidate cell is shown. Primary: a sensitive count of 1–4 is "<5". Secondary: while the
 * attacker can pin a small count, one more candidate is hidden — the first of the cells nearest to it (by
 * relations; exact counts before "<5" ones, smallest first) whose hiding frees it, else the first of them.
 * History (fixed cells) is never changed; what history alone discloses is not this publication's doing.
 */
export interface ProtectOptions {
  /**
   * Also check with the complete attacker (search) and hide until it finds nothing: for reports whose cells
   * sum months that were published one by one (a quarter, a year), where arc consistency can miss a deduction.
   */
  exact?: boolean;
  /** Search steps for the complete attacker, in all. */
  budget?: number;
}

export function protect(
  states: ReadonlyMap<string, CellState>,
  relations: readonly Relation[],
  options: ProtectOptions = {},
): Protection {
  const shown = new Map<string, Shown>();
  for (const [key, state] of states) {
    if (state.kind !== 'candidate') continue;
    shown.set(key, state.sensitive && state.value >= 1 && state.value <= 4 ? SMALL : exact(state.value));
  }
  // The network and its parts are worked out once for every round below.
  const system = systemOf(states, relations);
  // What history already gives away (every candidate unpublished).
  const baseline = new Set(disclosuresIn(system, new Map()));
  const neighbours = new Map<string, Set<string>>();
  for (const r of relations) {
    const keys = [...r.left, ...r.right];
    for (const k of keys) {
      const set = neighbours.get(k) ?? new Set<string>();
      for (const other of keys) if (other !== k) set.add(other);
      neighbours.set(k, set);
    }
  }
  const secondary: string[] = [];
  let found = disclosuresIn(system, shown, baseline);
  while (found.length > 0) {
    const target = found[0];
    const options = hidingOptions(target, neighbours, states, shown);
    if (options.length === 0) break; // nothing left to hide
    let chosen = options[0];
    // Trials with arc consistency alone (quick); the full attacker checks the choice in the next round.
    for (const option of options.slice(0, 6)) {
      const trial = new Map(shown);
      trial.set(option, HIDDEN);
      if (!disclosuresIn(system, trial, baseline, false).includes(target)) {
        chosen = option;
        break;
      }
    }
    shown.set(chosen, HIDDEN);
    secondary.push(chosen);
    found = disclosuresIn(system, shown, baseline);
  }
  if (options.exact) exactRounds(system, shown, secondary, neighbours, options.budget ?? 200_000);
  return { shown, secondary };
}

/** The complete attacker's rounds: hide near what it pins; where it cannot finish, hide every exact candidate near. */
function exactRounds(
  system: System,
  shown: Map<string, Shown>,
  secondary: string[],
  neighbours: ReadonlyMap<string, Set<string>>,
  budget: number,
): void {
  const states = system.states;
  const before = exactIn(system, new Map(), budget);
  const baseline = new Set([...before.pinned, ...before.unsettled]);
  for (let round = 0; round < 200; round++) {
    const result = exactIn(system, shown, budget);
    const pinned = result.pinned.filter((k) => !baseline.has(k));
    const unsettled = result.unsettled.filter((k) => !baseline.has(k));
    if (pinned.length === 0 && unsettled.length === 0) return;
    if (pinned.length === 0) {
      // Not settled in time: hide every exact candidate tied to those cells (safe, if more than needed).
      for (const k of unsettled)
        for (const n of hidingOptions(k, neighbours, states, shown).slice(0, 8))
          if (shown.get(n)?.kind === 'exact') {
            shown.set(n, HIDDEN);
            secondary.push(n);
          }
      continue;
    }
    const target = pinned[0];
    const options = hidingOptions(target, neighbours, states, shown);
    if (options.length === 0) return;
    let chosen = options[0];
    for (const option of options.slice(0, 6)) {
      const trial = new Map(shown);
      trial.set(option, HIDDEN);
      if (!exactIn(system, trial, budget, new Set([target])).pinned.includes(target)) {
        chosen = option;
        break;
      }
    }
    shown.set(chosen, HIDDEN);
    secondary.push(chosen);
  }
}

/**
 * Candidates that may be hidden to free `start`, nearest first: the cells sharing a relation with it (exact
 * counts, smallest first, then "<5" ones), then `start` itself when it is a "<5" candidate, then the next ring
 * of cells, and so on; last, every other candidate not hidden yet.
 */
function hidingOptions(
  start: string,
  neighbours: ReadonlyMap<string, Set<string>>,
  states: ReadonlyMap<string, CellState>,
  shown: ReadonlyMap<string, Shown>,
): string[] {
  const options: string[] = [];
  const add = (keys: readonly string[]) => {
    const open = keys.filter((k) => states.get(k)?.kind === 'candidate' && shown.get(k)?.kind !== 'hidden');
    const value = (k: string) => {
      const s = shown.get(k) as Shown;
      return s.kind === 'exact' ? s.value : INF;
    };
    open.sort((a, b) => value(a) - value(b) || (a < b ? -1 : a > b ? 1 : 0));
    for (const k of open) if (!options.includes(k)) options.push(k);
  };
  const seen = new Set([start]);
  let ring = [start];
  let first = true;
  while (ring.length > 0) {
    const next: string[] = [];
    for (const key of ring)
      for (const n of neighbours.get(key) ?? []) {
        if (seen.has(n)) continue;
        seen.add(n);
        next.push(n);
      }
    add(next);
    if (first) add([start]);
    first = false;
    ring = next;
  }
  add([...states.keys()]);
  return options;
}
