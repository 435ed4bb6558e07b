import type { StoredRow } from '../../ports';

/**
 * Caches what a report works out from some of its tabs. A report's tabs do not change while it is built, so a
 * value is kept per `owner` (the report's data) as long as that lives. The twin hands out frozen snapshots (a
 * frozen array of frozen rows, the same array for a tab that was not written since), whose content can never
 * change: a value worked out from such tabs is also reused by the next report built on the very same arrays (the
 * live Dashboard tab and the month's publication, made one after the other). Unfrozen rows (Apps Script's reads,
 * tests) are never shared beyond their owner.
 */

const immutableTabs = new WeakSet<readonly StoredRow[]>();

/** Is the array and every row in it frozen (its content can never change)? Checked once per array. */
function immutable(rows: readonly StoredRow[]): boolean {
  if (immutableTabs.has(rows)) return true;
  if (!Object.isFrozen(rows)) return false;
  for (const row of rows) if (!Object.isFrozen(row) || !Object.isFrozen(row.values)) return false;
  immutableTabs.add(rows);
  return true;
}

export class TabsCache<Owner extends object, T> {
  private readonly byOwner = new WeakMap<Owner, T>();
  private readonly byTabs = new WeakMap<
    readonly StoredRow[],
    { tabs: ReadonlyArray<readonly StoredRow[]>; value: T }
  >();

  /** The value for these tabs: cached, or `build()` (then kept). `tabs` must be all that `build` reads. */
  get(owner: Owner, tabs: ReadonlyArray<readonly StoredRow[]>, build: () => T): T {
    const own = this.byOwner.get(owner);
    if (own !== undefined) return own;
    let value: T;
    if (tabs.length > 0 && tabs.every(immutable)) {
      const shared = this.byTabs.get(tabs[0]);
      if (shared && shared.tabs.length === tabs.length && shared.tabs.every((t, i) => t === tabs[i]))
        value = shared.value;
      else {
        value = build();
        this.byTabs.set(tabs[0], { tabs: [...tabs], value });
      }
    } else value = build();
    this.byOwner.set(owner, value);
    return value;
  }
}
