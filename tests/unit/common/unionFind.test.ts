import fc from 'fast-check';
import { IndexUnionFind, UnionFind } from '../../../src/domain/common/unionFind';

/** The union-find as it was, with maps from key to parent and size: the numbered one must give the same answers. */
class PlainUnionFind {
  private readonly parent = new Map<string, string>();
  private readonly size = new Map<string, number>();

  has(key: string): boolean {
    return this.parent.has(key);
  }

  /** The representative of the key's group (the key itself when it was never joined). */
  find(key: string): string {
    if (!this.parent.has(key)) {
      this.parent.set(key, key);
      this.size.set(key, 1);
      return key;
    }
    let root = key;
    while (this.parent.get(root) !== root) root = this.parent.get(root) as string;
    for (let node = key; node !== root; ) {
      const next = this.parent.get(node) as string;
      this.parent.set(node, root);
      node = next;
    }
    return root;
  }

  /** Puts all keys in one group. */
  join(keys: readonly string[]): void {
    if (keys.length === 0) return;
    let a = this.find(keys[0]);
    for (const k of keys.slice(1)) {
      let b = this.find(k);
      if (a === b) continue;
      if ((this.size.get(a) ?? 1) < (this.size.get(b) ?? 1)) [a, b] = [b, a];
      this.parent.set(b, a);
      this.size.set(a, (this.size.get(a) ?? 1) + (this.size.get(b) ?? 1));
    }
  }
}

describe('UnionFind (numbered keys) answers as the plain map-based union-find', () => {
  it('the same representative for every key after any joins and look-ups, also of keys never joined', () => {
    const key = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'.split('').map((c) => `k:${c}`), 'case:1', '');
    const step = fc.oneof(fc.record({ join: fc.array(key, { maxLength: 6 }) }), fc.record({ find: key }));
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        const fast = new UnionFind();
        const plain = new PlainUnionFind();
        for (const s of steps) {
          if ('join' in s) {
            fast.join(s.join);
            plain.join(s.join);
          } else expect(fast.find(s.find)).toBe(plain.find(s.find));
        }
        for (const k of ['k:a', 'k:b', 'k:z', 'case:1', '', 'never']) {
          expect(fast.has(k)).toBe(plain.has(k));
          expect(fast.find(k)).toBe(plain.find(k));
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('IndexUnionFind groups numbered items as UnionFind groups their keys', () => {
  it('two items share a representative exactly when the keyed union-find puts them together', () => {
    const item = fc.integer({ min: 0, max: 11 });
    fc.assert(
      fc.property(fc.array(fc.tuple(item, item), { maxLength: 30 }), (pairs) => {
        const fast = new IndexUnionFind(12);
        const plain = new UnionFind();
        for (const [a, b] of pairs) {
          fast.join(a, b);
          plain.join([`i:${a}`, `i:${b}`]);
        }
        for (let a = 0; a < 12; a++)
          for (let b = 0; b < 12; b++)
            expect(fast.find(a) === fast.find(b)).toBe(plain.find(`i:${a}`) === plain.find(`i:${b}`));
      }),
      { numRuns: 300 },
    );
  });
});
