/**
 * Joins keys into groups (a person seen through a case number, a phone, an e-mail, a name): union by size and full
 * path compression, so joining n keys stays near-linear however the records chain together. Keys are numbered
 * once (one map look-up per key); the forest itself is kept in arrays of numbers.
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
    return this.keys[this.findId(key)];
  }

  /** Puts all keys in one group. */
  join(keys: readonly string[]): void {
    if (keys.length === 0) return;
    let a = this.findId(keys[0]);
    for (let i = 1; i < keys.length; i++) {
      let b = this.findId(keys[i]);
      if (a === b) continue;
      if (this.size[a] < this.size[b]) [a, b] = [b, a];
      this.parent[b] = a;
      this.size[a] += this.size[b];
    }
  }

  private findId(key: string): number {
    const id = this.ids.get(key);
    if (id === undefined) {
      const fresh = this.keys.length;
      this.ids.set(key, fresh);
      this.keys.push(key);
      this.parent.push(fresh);
      this.size.push(1);
      return fresh;
    }
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
