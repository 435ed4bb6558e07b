import type { StoredRow } from '../../ports';

/**
 * Per-row facts kept from one scan of a tab to the next, for scans that run again and again over the same large
 * tab (the daily run over 18,000 cases, every day of a month). The local workbook hands out the same frozen row
 * object for every row it did not change since the last read, and a new object for a row it changed; so a fact
 * computed from a frozen row stays right for as long as the same object sits at the same position, and a scan
 * recomputes only the rows that changed. A row that is not frozen (Apps Script's reads and their fakes) is never
 * trusted: its facts are recomputed on every scan, which is what the scan did before the memo.
 *
 * `compute` must be a pure function of the row's values and row number. (The local workbook's dates are read-only
 * too; a frozen row whose date someone changed in place would not be noticed.)
 */
export class RowMemo<T> {
  /** Per position, the row its fact was computed from when that row can be trusted (frozen), else null. */
  private readonly seen: Array<StoredRow | null> = [];
  private readonly facts: T[] = [];

  constructor(private readonly compute: (row: StoredRow) => T) {}

  /**
   * The facts of every row, in the order of `rows`. The array returned is the memo's own, updated in place by the
   * next call: read it before calling `of` again, never keep it.
   */
  of(rows: readonly StoredRow[]): readonly T[] {
    const { seen, facts } = this;
    seen.length = rows.length;
    facts.length = rows.length;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (seen[i] === row) continue;
      facts[i] = this.compute(row);
      seen[i] = Object.isFrozen(row) && Object.isFrozen(row.values) ? row : null;
    }
    return facts;
  }
}
