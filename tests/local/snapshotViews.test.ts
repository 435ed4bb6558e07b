/** @jest-environment ./tests/support/scriptZoneEnvironment.js */
import fc from 'fast-check';
import { cellText, firstRowWhere } from '../../src/domain/common/table';
import { CachedRows, type RowsView } from '../../src/local/cachedRows';
import { WorkbookTables } from '../../src/local/workbookTables';
import type { TableSnapshot } from '../../src/ports';

/**
 * `read` hands out a view on the cached rows that is copied only when its `rows` are asked for (CachedRows).
 * Whatever happens to the tab afterwards, a snapshot must show the tab as it was when read, and a look-up in it
 * must find what a scan of those rows finds — also when the look-up comes before anyone asked for the rows.
 */
describe('snapshots of the twin are views that never change', () => {
  const TAB = { name: 'T', headers: ['A', 'B'] };
  type Model = Array<{ A: string; B: string }>;
  type Op =
    | { kind: 'append'; rows: Array<{ A: string; B: string }> }
    | { kind: 'update'; row: number; values: { A?: string; B?: string } }
    | { kind: 'read' }
    | { kind: 'look'; which: number; header: 'A' | 'B'; value: string }
    | { kind: 'rows'; which: number };
  const filled = fc.constantFrom('x', 'y', 'z');
  const any = fc.constantFrom('', 'x', 'y', 'z');
  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.record({
      kind: fc.constant('append' as const),
      rows: fc.array(fc.record({ A: filled, B: any }), { minLength: 1, maxLength: 3 }),
    }),
    fc.record({
      kind: fc.constant('update' as const),
      row: fc.nat(),
      values: fc.record({ A: filled, B: any }, { requiredKeys: [] }),
    }),
    fc.record({ kind: fc.constant('read' as const) }),
    fc.record({
      kind: fc.constant('look' as const),
      which: fc.nat(),
      header: fc.constantFrom('A' as const, 'B' as const),
      value: any,
    }),
    fc.record({ kind: fc.constant('rows' as const), which: fc.nat() }),
  );

  function plain(snapshot: TableSnapshot) {
    return snapshot.rows.map((row) => ({
      rowNumber: row.rowNumber,
      A: cellText(row.values.A),
      B: cellText(row.values.B),
    }));
  }
  function expected(model: Model) {
    return model.map((row, i) => ({ rowNumber: i + 2, ...row }));
  }

  it('shows the rows of the moment it was read, after any appends and updates, looked up first or not', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ A: filled, B: any }), { minLength: 1, maxLength: 4 }),
        fc.array(op, { maxLength: 40 }),
        (start, ops) => {
          const tables = new WorkbookTables();
          tables.ensureTab(TAB);
          tables.append('T', start);
          const model: Model = start.map((r) => ({ ...r }));
          const kept: Array<{ snapshot: TableSnapshot; rows: Model }> = [];
          const keep = () => kept.push({ snapshot: tables.read('T'), rows: model.map((r) => ({ ...r })) });
          keep();
          for (const o of ops) {
            if (o.kind === 'append') {
              tables.append('T', o.rows);
              model.push(...o.rows.map((r) => ({ ...r })));
            } else if (o.kind === 'update') {
              const index = o.row % model.length;
              tables.update('T', index + 2, o.values);
              Object.assign(model[index], o.values);
            } else if (o.kind === 'read') keep();
            else if (o.kind === 'look') {
              const { snapshot, rows } = kept[o.which % kept.length];
              const at = rows.findIndex((r) => r[o.header] === o.value);
              const found = firstRowWhere(snapshot, o.header, o.value);
              expect(found?.rowNumber).toBe(at < 0 ? undefined : at + 2);
              if (found) expect(cellText(found.values[o.header])).toBe(o.value);
            } else {
              const { snapshot, rows } = kept[o.which % kept.length];
              expect(plain(snapshot)).toEqual(expected(rows));
              expect(Object.isFrozen(snapshot.rows)).toBe(true);
              // Asked twice: the very same array (reports cache what they work out per array).
              expect(snapshot.rows).toBe(snapshot.rows);
            }
          }
          for (const { snapshot, rows } of kept) expect(plain(snapshot)).toEqual(expected(rows));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('keeps old snapshots right through thousands of updates', () => {
    const tables = new WorkbookTables();
    tables.ensureTab(TAB);
    tables.append(
      'T',
      Array.from({ length: 50 }, (_, i) => ({ A: `a${i}`, B: 'old' })),
    );
    const first = tables.read('T');
    // A look-up before any change answers from the live rows.
    expect(firstRowWhere(first, 'A', 'a7')?.values.B).toBe('old');
    const snapshots: TableSnapshot[] = [];
    for (let i = 0; i < 10_000; i++) {
      tables.update('T', 2 + (i % 50), { B: `new${i}` });
      if (i % 997 === 0) snapshots.push(tables.read('T'));
    }
    expect(first.rows.map((r) => r.values.B)).toEqual(Array(50).fill('old'));
    expect(firstRowWhere(first, 'B', 'old')?.rowNumber).toBe(2);
    expect(firstRowWhere(first, 'A', 'a49')?.values.B).toBe('old');
    snapshots.forEach((snapshot, k) => {
      const i = k * 997;
      // Row r was last written by the update j <= i with j % 50 === r - 2.
      const expectedB = Array.from({ length: 50 }, (_, r) => {
        const j = i - ((i - r + 50 * 1000) % 50);
        return j >= 0 ? `new${j}` : 'old';
      });
      expect(snapshot.rows.map((r) => r.values.B)).toEqual(expectedB);
    });
    expect(tables.read('T').rows.map((r) => r.values.B)[0]).toBe('new9950');
  });

  it('a snapshot taken before appends still finds only its own rows, without copying them', () => {
    const tables = new WorkbookTables();
    tables.ensureTab(TAB);
    tables.append('T', [{ A: 'x', B: '1' }]);
    const before = tables.read('T');
    tables.append('T', [{ A: 'y', B: '2' }]);
    tables.update('T', 3, { B: '3' });
    expect(firstRowWhere(before, 'A', 'y')).toBeUndefined();
    expect(firstRowWhere(before, 'A', 'x')?.rowNumber).toBe(2);
    expect(before.rows).toHaveLength(1);
    expect(firstRowWhere(tables.read('T'), 'B', '3')?.rowNumber).toBe(3);
  });

  it('CachedRows with a small log: views copied when the log is emptied still show their moment', () => {
    const row = (n: number, v: string) => Object.freeze({ rowNumber: n, values: Object.freeze({ V: v }) });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.array(
          fc.oneof(
            fc.record({ kind: fc.constant('push' as const), v: fc.string({ maxLength: 2 }) }),
            fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), v: fc.string({ maxLength: 2 }) }),
            fc.record({ kind: fc.constant('view' as const) }),
            fc.record({ kind: fc.constant('look' as const), which: fc.nat(), v: fc.string({ maxLength: 2 }) }),
            fc.record({ kind: fc.constant('rows' as const), which: fc.nat() }),
          ),
          { maxLength: 60 },
        ),
        (limit, ops) => {
          const cache = new CachedRows([row(2, 'a')], limit);
          const model: string[] = ['a'];
          const views: Array<{ view: RowsView; seen: string[] }> = [];
          const take = () => views.push({ view: cache.view(), seen: [...model] });
          take();
          for (const o of ops) {
            if (o.kind === 'push') {
              cache.push(row(model.length + 2, o.v));
              model.push(o.v);
            } else if (o.kind === 'replace') {
              const at = o.at % model.length;
              cache.replace(at, row(at + 2, o.v));
              model[at] = o.v;
            } else if (o.kind === 'view') take();
            else if (o.kind === 'look') {
              const { view, seen } = views[o.which % views.length];
              const live = cache.live.flatMap((r, i) => (r.values.V === o.v ? [i] : []));
              const found = cache.firstIn(view, live);
              // null: the view answers from its own rows; otherwise the live answer must be the view's.
              if (found !== null)
                expect(found?.rowNumber).toBe(seen.indexOf(o.v) < 0 ? undefined : seen.indexOf(o.v) + 2);
            } else {
              const { view, seen } = views[o.which % views.length];
              expect(view.rows.map((r) => r.values.V)).toEqual(seen);
            }
          }
          for (const { view, seen } of views) expect(view.rows.map((r) => r.values.V)).toEqual(seen);
        },
      ),
      { numRuns: 500 },
    );
  });
});
