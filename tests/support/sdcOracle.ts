import { type CellState, domainOf, type Relation, type Shown } from '../../src/domain/dashboard/sdc';

/**
 * An exact attacker, independent of the engine: over every assignment of whole numbers 0..bound to the cells
 * that are not shown exactly that satisfies every relation and every shown symbol ("<5" is 1–4, "x" and
 * unpublished are ≥ 0), which cells can take only one value, and is it 1–4? For each unknown cell it searches
 * (depth first, in the cell's connected part of the system only, pruning with the sums' bounds) whether the
 * cell can be each of 1–4, and whether it can be anything else. Exact, and fast enough for test-sized systems.
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
  const range = new Map<string, [number, number]>();
  for (const key of [...keys].sort()) {
    const state = states.get(key);
    const visible = state?.kind === 'fixed' ? state.shown : shown.get(key);
    if (visible?.kind === 'exact') {
      known.set(key, visible.value);
      continue;
    }
    const d = visible ? domainOf(visible) : [[0, Number.POSITIVE_INFINITY] as const];
    range.set(key, [Math.max(0, d[0][0]), Math.min(bound, d[d.length - 1][1])]);
  }
  const byCell = new Map<string, Relation[]>();
  for (const r of relations) for (const k of [...r.left, ...r.right]) byCell.set(k, [...(byCell.get(k) ?? []), r]);

  /** The unknown cells and relations connected to `cell` through unknown cells. */
  const component = (cell: string) => {
    const cells = new Set([cell]);
    const rels = new Set<Relation>();
    const queue = [cell];
    while (queue.length > 0) {
      const k = queue.pop() as string;
      for (const r of byCell.get(k) ?? []) {
        if (rels.has(r)) continue;
        rels.add(r);
        for (const other of [...r.left, ...r.right])
          if (range.has(other) && !cells.has(other)) {
            cells.add(other);
            queue.push(other);
          }
      }
    }
    return { cells: [...cells], rels: [...rels] };
  };

  const feasible = (cell: string, lo: number, hi: number, test: (v: number) => boolean): boolean => {
    const { cells, rels } = component(cell);
    const value = new Map<string, number>();
    const span = (k: string): [number, number] => {
      if (known.has(k)) return [known.get(k) as number, known.get(k) as number];
      if (value.has(k)) return [value.get(k) as number, value.get(k) as number];
      return k === cell
        ? [Math.max(lo, range.get(k)?.[0] ?? 0), Math.min(hi, range.get(k)?.[1] ?? bound)]
        : (range.get(k) as [number, number]);
    };
    /** Checks the relations of the cells just set: equal sums, forced last cells, overlapping bounds. */
    const propagate = (start: readonly Relation[], set: string[]): boolean => {
      const queue = [...start];
      while (queue.length > 0) {
        const r = queue.pop() as Relation;
        const open: string[] = [];
        let a0 = 0;
        let a1 = 0;
        let b0 = 0;
        let b1 = 0;
        for (const [side, list] of [
          [0, r.left],
          [1, r.right],
        ] as const)
          for (const k of list) {
            const [x, y] = span(k);
            if (x !== y) open.push(k);
            if (side === 0) {
              a0 += x;
              a1 += y;
            } else {
              b0 += x;
              b1 += y;
            }
          }
        if (a1 < b0 || b1 < a0) return false;
        if (open.length !== 1) continue;
        const k = open[0];
        const [x, y] = span(k);
        // The one open cell is what makes the sums equal.
        const v = r.left.includes(k) ? b0 - (a0 - x) : a0 - (b0 - x);
        if (v < x || v > y || (k === cell && !test(v))) return false;
        value.set(k, v);
        set.push(k);
        queue.push(...(byCell.get(k) ?? []).filter((rel) => rels.includes(rel)));
      }
      return true;
    };
    const order = [...cells].sort((x, y) => {
      const dx = span(x)[1] - span(x)[0];
      const dy = span(y)[1] - span(y)[0];
      return x === cell ? -1 : y === cell ? 1 : dx - dy || (byCell.get(y)?.length ?? 0) - (byCell.get(x)?.length ?? 0);
    });
    const search = (i: number): boolean => {
      while (i < order.length && (value.has(order[i]) || span(order[i])[0] === span(order[i])[1])) {
        const k = order[i];
        if (!value.has(k)) {
          const v = span(k)[0];
          if (k === cell && !test(v)) return false;
          value.set(k, v);
        }
        i++;
      }
      if (i === order.length) return true;
      const k = order[i];
      const [a, b] = span(k);
      for (let v = a; v <= b; v++) {
        if (k === cell && !test(v)) continue;
        value.set(k, v);
        const set: string[] = [];
        const ok =
          propagate(
            (byCell.get(k) ?? []).filter((rel) => rels.includes(rel)),
            set,
          ) && search(i + 1);
        for (const x of set) value.delete(x);
        if (ok) {
          value.delete(k);
          return true;
        }
      }
      value.delete(k);
      return false;
    };
    if (!propagate(rels, [])) return false;
    return search(0);
  };

  return [...range.keys()].filter((cell) => {
    const small = [1, 2, 3, 4].filter((v) => feasible(cell, v, v, () => true));
    if (small.length !== 1) return false;
    return !feasible(cell, 0, bound, (x) => x < 1 || x > 4);
  });
}
