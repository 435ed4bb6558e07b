import fc from 'fast-check';
import {
  attack,
  type CellState,
  disclosures,
  exact,
  HIDDEN,
  protect,
  type Relation,
  type Shown,
  SMALL,
  singleValue,
} from '../../../src/domain/dashboard/sdc';
import { exactDisclosures } from '../../support/sdcOracle';

const candidate = (value: number): CellState => ({ kind: 'candidate', value, sensitive: true });

function shownOf(states: Map<string, CellState>, decided: Map<string, Shown>): Map<string, Shown> {
  const all = new Map(decided);
  for (const [k, s] of states) if (s.kind === 'fixed') all.set(k, s.shown);
  return all;
}

describe('disclosure control: examples worked by hand', () => {
  it('shows 1–4 as "<5" and hides one more cell of a table so the small one cannot be worked out', () => {
    // 3 + 9 + 12 = 24: "3" alone is "<5", but 24 − 9 − 12 = 3, so the next smallest part (9) is hidden too.
    const states = new Map<string, CellState>([
      ['a', candidate(3)],
      ['b', candidate(9)],
      ['c', candidate(12)],
      ['t', candidate(24)],
    ]);
    const relations: Relation[] = [{ left: ['t'], right: ['a', 'b', 'c'] }];
    const { shown, secondary } = protect(states, relations);
    expect(shown.get('a')).toEqual(SMALL);
    expect(shown.get('b')).toEqual(HIDDEN);
    expect(shown.get('c')).toEqual(exact(12));
    expect(shown.get('t')).toEqual(exact(24));
    expect(secondary).toEqual(['b']);
    expect(exactDisclosures(states, shown, relations, 60)).toEqual([]);
  });

  it('two small parts whose sum pins both (1 + 1 = 2) are not enough: one more cell is hidden', () => {
    const states = new Map<string, CellState>([
      ['a', candidate(1)],
      ['b', candidate(1)],
      ['c', candidate(20)],
      ['t', candidate(22)],
    ]);
    const relations: Relation[] = [{ left: ['t'], right: ['a', 'b', 'c'] }];
    const { shown } = protect(states, relations);
    expect(shown.get('a')).toEqual(SMALL);
    expect(shown.get('b')).toEqual(SMALL);
    expect([shown.get('c'), shown.get('t')]).toContainEqual(HIDDEN);
    expect(exactDisclosures(states, shown, relations, 80)).toEqual([]);
  });

  it('last month’s project total and this month’s count would give this month’s "<5" away: the new total is hidden', () => {
    // Published in October: total to date 40. November: 3 new, total 43.
    const states = new Map<string, CellState>([
      ['ptd@10', { kind: 'fixed', shown: exact(40) }],
      ['m@11', candidate(3)],
      ['ptd@11', candidate(43)],
    ]);
    const relations: Relation[] = [{ left: ['ptd@11'], right: ['ptd@10', 'm@11'] }];
    const { shown } = protect(states, relations);
    expect(shown.get('m@11')).toEqual(SMALL);
    expect(shown.get('ptd@11')).toEqual(HIDDEN);
  });

  it('an unpublished category is protected too: 7 − 5 = 2 people in a category nobody sees', () => {
    const states = new Map<string, CellState>([
      ['shown-part', candidate(5)],
      ['unlisted', { kind: 'implicit', value: 2 }],
      ['total', candidate(7)],
    ]);
    const relations: Relation[] = [{ left: ['total'], right: ['shown-part', 'unlisted'] }];
    const { shown } = protect(states, relations);
    expect(disclosures(states, shown, relations)).toEqual([]);
    expect([shown.get('shown-part'), shown.get('total')]).toContainEqual(HIDDEN);
  });

  it('does not hide anything when nothing small is in sight', () => {
    const states = new Map<string, CellState>([
      ['a', candidate(0)],
      ['b', candidate(9)],
      ['t', candidate(9)],
    ]);
    const { shown, secondary } = protect(states, [{ left: ['t'], right: ['a', 'b'] }]);
    expect(secondary).toEqual([]);
    expect([...shown.values()].every((s) => s.kind === 'exact')).toBe(true);
  });

  it('the attacker narrows by arc consistency on sums of intervals', () => {
    const states = new Map<string, CellState>([
      ['a', { kind: 'fixed', shown: SMALL }],
      ['b', { kind: 'fixed', shown: SMALL }],
      ['t', { kind: 'fixed', shown: exact(8) }],
    ]);
    const domains = attack(states, new Map(), [{ left: ['t'], right: ['a', 'b'] }]);
    expect(singleValue(domains.get('a') ?? [])).toBe(4);
    expect(singleValue(domains.get('b') ?? [])).toBe(4);
  });
});

// ---- properties against the exact attacker ------------------------------------------------------------------

/** Small counts are the interesting ones: mostly 0–8, sometimes larger. */
const count = fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 8 }) }, fc.integer({ min: 9, max: 20 }));

/** A sequence of monthly publications of one table (categories + total) with a project-to-date total. */
const monthlyTables = fc.record({
  categories: fc.integer({ min: 2, max: 3 }),
  months: fc.integer({ min: 1, max: 3 }),
  values: fc.array(fc.array(count, { minLength: 3, maxLength: 3 }), { minLength: 3, maxLength: 3 }),
});

function publishMonths(input: { categories: number; months: number; values: number[][] }) {
  const states = new Map<string, CellState>();
  const relations: Relation[] = [];
  for (let t = 1; t <= input.months; t++) {
    const parts = Array.from({ length: input.categories }, (_, c) => `c${c}@${t}`);
    const values = parts.map((_, c) => input.values[t - 1][c]);
    const total = values.reduce((a, b) => a + b, 0);
    const ptdValue = input.values
      .slice(0, t)
      .reduce((a, row) => a + row.slice(0, input.categories).reduce((x, y) => x + y, 0), 0);
    parts.forEach((p, c) => {
      states.set(p, candidate(values[c]));
    });
    states.set(`t@${t}`, candidate(total));
    states.set(`ptd@${t}`, candidate(ptdValue));
    relations.push({ left: [`t@${t}`], right: parts });
    relations.push({ left: [`ptd@${t}`], right: t === 1 ? [`t@${t}`] : [`ptd@${t - 1}`, `t@${t}`] });
    const { shown } = protect(states, relations);
    // What was published this month is history from now on.
    for (const [k, s] of shown) states.set(k, { kind: 'fixed', shown: s });
  }
  return { states, relations };
}

/** Large enough that the search sees every way the unknown cells can vary (sums of all counts, and room above). */
function boundFor(values: number[][]): number {
  return 2 * values.flat().reduce((a, b) => a + b, 0) + 12;
}

describe('disclosure control: properties (fast-check, exact attacker)', () => {
  it('no count of 1–4 is ever shown, and no cell shown "<5" is recoverable from margins or from earlier months', () => {
    fc.assert(
      fc.property(monthlyTables, (input) => {
        const { states, relations } = publishMonths(input);
        const shown = shownOf(states, new Map());
        for (const s of shown.values()) if (s.kind === 'exact') expect(s.value < 1 || s.value > 4).toBe(true);
        expect(exactDisclosures(states, shown, relations, boundFor(input.values))).toEqual([]);
      }),
      { numRuns: Number(process.env.SDC_RUNS ?? 150), seed: Number(process.env.SDC_SEED ?? 20261101) },
    );
  });

  it('a quarter that sums its months (a table of categories × months) gives no small count away', () => {
    fc.assert(
      fc.property(monthlyTables, (input) => {
        const { states, relations } = publishMonths({ ...input, months: 3 });
        const cats = Array.from({ length: input.categories }, (_, c) => c);
        const quarterParts: string[] = [];
        for (const c of cats) {
          const key = `c${c}@Q`;
          quarterParts.push(key);
          states.set(key, candidate(input.values.reduce((a, row) => a + row[c], 0)));
          relations.push({ left: [key], right: [1, 2, 3].map((t) => `c${c}@${t}`) });
        }
        const qTotal = cats.reduce((a, c) => a + input.values.reduce((x, row) => x + row[c], 0), 0);
        states.set('t@Q', candidate(qTotal));
        relations.push({ left: ['t@Q'], right: quarterParts });
        relations.push({ left: ['t@Q'], right: ['t@1', 't@2', 't@3'] });
        const { shown } = protect(states, relations);
        const bound = boundFor(input.values);
        // A sum the months already pin (two "<5" months that must add up to 3) is history's, not the quarter's.
        const before = exactDisclosures(states, shownOf(states, new Map()), relations, bound);
        const after = exactDisclosures(states, shownOf(states, shown), relations, bound);
        expect(after.filter((k) => !before.includes(k))).toEqual([]);
      }),
      { numRuns: Number(process.env.SDC_RUNS ?? 60), seed: Number(process.env.SDC_SEED ?? 4) },
    );
  });

  it('two tables that share a total (offers and their results) give no small count away', () => {
    fc.assert(
      fc.property(
        fc.array(count, { minLength: 2, maxLength: 3 }),
        fc.array(count, { minLength: 2, maxLength: 3 }),
        (a, b) => {
          // Make both tables sum to the same total by topping up the last cell of the smaller one.
          const sa = a.reduce((x, y) => x + y, 0);
          const sb = b.reduce((x, y) => x + y, 0);
          if (sa < sb) a[a.length - 1] += sb - sa;
          else b[b.length - 1] += sa - sb;
          const total = Math.max(sa, sb);
          const states = new Map<string, CellState>([['t', candidate(total)]]);
          a.forEach((v, i) => {
            states.set(`a${i}`, candidate(v));
          });
          b.forEach((v, i) => {
            states.set(`b${i}`, candidate(v));
          });
          const relations: Relation[] = [
            { left: ['t'], right: a.map((_, i) => `a${i}`) },
            { left: ['t'], right: b.map((_, i) => `b${i}`) },
          ];
          const { shown } = protect(states, relations);
          expect(exactDisclosures(states, shown, relations, 2 * total + 30)).toEqual([]);
        },
      ),
      { numRuns: Number(process.env.SDC_RUNS ?? 150), seed: Number(process.env.SDC_SEED ?? 7) },
    );
  });
});
