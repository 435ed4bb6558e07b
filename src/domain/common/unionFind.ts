/**
 * Joins keys into groups (a person seen through a case number, a phone, an e-mail, a name): union by size and full
 * path compression, so joining n keys stays near-linear however the records chain together. Each key gets a number
 * once; parents and sizes are kept in arrays by that number (a map look-up per key instead of one per step).
 */
export class UnionFind {
  private readonly ids = new Map<string, number>();
  private readonly keys: string[] = [];
  private readonly parent: number[] = [];
  private readonly size: number[] = [];

  has(key: string): boolean {
    return this.ids.has(key);
  }

  /** The representative of the key's group (the key itself when it was never joined). */
  find(key: string): string {
    return this.keys[this.root(this.idOf(key))];
  }

  /** Puts all keys in one group. */
  join(keys: readonly string[]): void {
    if (keys.length === 0) return;
    const { parent, size } = this;
    let a = this.root(this.idOf(keys[0]));
    for (let i = 1; i < keys.length; i++) {
      let b = this.root(this.idOf(keys[i]));
      if (a === b) continue;
      if (size[a] < size[b]) [a, b] = [b, a];
      parent[b] = a;
      size[a] += size[b];
    }
  }

  /** The key's number (a new group of one when it was never seen). */
  private idOf(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.ids.set(key, id);
      this.keys.push(key);
      this.parent.push(id);
      this.size.push(1);
    }
    return id;
  }

  private root(id: number): number {
    const parent = this.parent;
    let root = id;
    while (parent[root] !== root) root = parent[root];
    for (let node = id; node !== root; ) {
      const next = parent[node];
      parent[node] = root;
      node = next;
    }
    return root;
  }
}

/**
 * The same for items already numbered 0..n-1 (rows of a tab): no key map at all, so joining the rows that share a
 * key costs one look-up of the key (by the caller) and a few array steps.
 */
export class IndexUnionFind {
  private readonly parent: Int32Array;
  private readonly size: Int32Array;

  constructor(count: number) {
    this.parent = new Int32Array(count);
    this.size = new Int32Array(count).fill(1);
    for (let i = 0; i < count; i++) this.parent[i] = i;
  }

  /** The representative of the item's group. */
  find(item: number): number {
    const parent = this.parent;
    let root = item;
    while (parent[root] !== root) root = parent[root];
    for (let node = item; node !== root; ) {
      const next = parent[node];
      parent[node] = root;
      node = next;
    }
    return root;
  }

  /** Puts two items in one group. */
  join(a: number, b: number): void {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return;
    if (this.size[ra] < this.size[rb]) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.size[ra] += this.size[rb];
  }
}
