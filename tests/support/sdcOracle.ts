import { type CellState, domainOf, type Relation, type Shown } from '../../src/domain/dashboard/sdc';

/**
 * An exact attacker, independent of the engine: over every assignment of whole numbers 0..bound to the cells
 * that are not shown exactly that satisfies every relation and every shown symbol ("<5" is 1–4, "x" is 0 or
 * ≥ 5, unpublished is ≥ 0), which cells can take only one value, and is it 1–4? For each unknown cell it asks a
 * depth-first search (a relation with one cell left forces that cell) whether the cell can be each of 1–4, and
 * whether it can be anything else. Only for small cases.
 */
export function exactDisclosures(
  states: ReadonlyMap<string, CellState>,
  shown: ReadonlyMap<string, Shown>,
  relations: readonly Relation[],
  bound: number,
): string[] {
  const keys = new Set<string>();
  for (const r of relations) for (const k of [...r.left, ...r.right]) keys.add(k);
  for (const k of states.keys()) keys.add(k);
  const known = new Map<string, number>();
  const unknown: string[] = [];
  const allowed = new Map<string, (v: number) => boolean>();
  for (const key of [...keys].sort()) {
    const state = states.get(key);
    const visible = state?.kind === 'fixed' ? state.shown : shown.get(key);
    if (visible?.kind === 'exact') {
      known.set(key, visible.value);
      continue;
    }
    unknown.push(key);
    const domain = visible ? domainOf(visible) : [[0, Number.POSITIVE_INFINITY] as const];
    allowed.set(key, (v) => v >= 0 && v <= bound && domain.some(([a, b]) => v >= a && v <= b));
  }
  const byCell = new Map<string, Relation[]>();
  for (const r of relations) for (const k of [...r.left, ...r.right]) byCell.set(k, [...(byCell.get(k) ?? []), r]);

  /** Is there a solution in which `cell` satisfies `test`? */
  const feasible = (cell: string, test: (v: number) => boolean): boolean => {
    const value = new Map(known);
    const ok = (k: string, v: number) => (allowed.get(k) as (v: number) => boolean)(v) && (k !== cell || test(v));
    const propagate = (set: string[], start: readonly Relation[]): boolean => {
      const queue = [...start];
      while (queue.length > 0) {
        const r = queue.shift() as Relation;
        const cells = [...r.left, ...r.right];
        const open = cells.filter((k) => !value.has(k));
        const sum = (list: readonly string[]) => list.reduce((a, k) => a + (value.get(k) ?? 0), 0);
        if (open.length === 0) {
          if (sum(r.left) !== sum(r.right)) return false;
          continue;
        }
        if (open.length > 1) continue;
        const k = open[0];
        const v = r.left.includes(k) ? sum(r.right) - sum(r.left) : sum(r.left) - sum(r.right);
        if (!ok(k, v)) return false;
        value.set(k, v);
        set.push(k);
        queue.push(...(byCell.get(k) ?? []));
      }
      return true;
    };
    const search = (): boolean => {
      // The cell itself first, then the others.
      const next = value.has(cell) ? unknown.find((k) => !value.has(k)) : cell;
      if (next === undefined) return true;
      for (let v = 0; v <= bound; v++) {
        if (!ok(next, v)) continue;
        value.set(next, v);
        const set: string[] = [];
        const good = propagate(set, byCell.get(next) ?? []) && search();
        for (const k of set) value.delete(k);
        value.delete(next);
        if (good) return true;
      }
      return false;
    };
    const initial: string[] = [];
    return propagate(initial, relations) && search();
  };

  return unknown.filter((cell) => {
    const small = [1, 2, 3, 4].filter((v) => feasible(cell, (x) => x === v));
    return small.length === 1 && !feasible(cell, (x) => x < 1 || x > 4);
  });
}
