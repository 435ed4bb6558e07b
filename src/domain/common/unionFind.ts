/**
 * Joins keys into groups (a person seen through a case number, a phone, an e-mail, a name): union by size and full
 * path compression, so joining n keys stays near-linear however the records chain together.
 */
export class UnionFind {
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
