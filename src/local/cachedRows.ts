import type { StoredRow } from '../ports';

/**
 * Past this many rows replaced while views wait, every waiting view is copied and the log starts again. The log
 * keeps the replaced row objects alive (~0.5 kB each), so this bounds it to ~100 MB per tab; a month at 20,000
 * households replaces at most ~40,000 rows of one tab between loading and saving. A lower limit costs time: the
 * twin cannot tell which waiting views are still used, so it copies them all (thousands after an intake).
 */
const LOG_LIMIT = 200_000;

/**
 * The twin's cached rows of one tab, and the snapshots `read` hands out over them without copying.
 *
 * A snapshot's rows may never change, but copying a 20,000-row array after every write costs ~0.25 ms (an array
 * that size lands in V8's large-object space) and a month in the twin has thousands of read-after-write pairs,
 * most of which only look up a row or two. So a snapshot starts as a view: the first `length` rows of the live
 * array, copied only when someone asks for its `rows`. Appending does not disturb a view (new rows come after
 * it). A row replaced in place is logged with the object it replaced, so a later copy puts back what the view
 * saw, and a look-up in a view answers from the live rows only while none of its rows was replaced.
 */
export class CachedRows {
  /** Rows replaced in place since the oldest waiting view, with the row each replaced. */
  private replaced: Array<{ position: number; before: StoredRow }> = [];
  /** Views that may still need the log (to be copied or to answer a look-up), by ascending length. */
  private waiting: RowsView[] = [];

  constructor(
    /** The live rows, dense from sheet row 2. Change them only through `push` and `replace`. */
    readonly live: StoredRow[],
    private readonly logLimit = LOG_LIMIT,
  ) {}

  /** A read-only view of the rows as they are now. */
  view(): RowsView {
    const view = new RowsView(this, this.live.length, this.replaced.length);
    this.waiting.push(view);
    return view;
  }

  push(row: StoredRow): void {
    this.live.push(row);
  }

  replace(position: number, row: StoredRow): void {
    const waiting = this.waiting;
    // Only views longer than `position` saw the row replaced; views are kept by ascending length.
    if (waiting.length > 0 && waiting[waiting.length - 1].length > position) {
      this.replaced.push({ position, before: this.live[position] });
      if (this.replaced.length > this.logLimit) this.settle();
    }
    this.live[position] = row;
  }

  /** The view's rows, copied on first use (with the rows replaced since put back). */
  rowsOf(view: RowsView): readonly StoredRow[] {
    if (view.copy === null) {
      const copy = this.live.slice(0, view.length);
      for (let i = this.replaced.length - 1; i >= view.start; i--) {
        const { position, before } = this.replaced[i];
        if (position < view.length) copy[position] = before;
      }
      view.copy = Object.freeze(copy);
    }
    return view.copy;
  }

  /**
   * The first row of the view at one of `positions` (positions in the live rows with the value looked for,
   * ascending), undefined when none is in the view, or null when the view can no longer answer from the live
   * rows (one of its rows was replaced since): the caller then searches the view's own rows.
   */
  firstIn(view: RowsView, positions: readonly number[] | undefined): StoredRow | undefined | null {
    if (view.detached) return null;
    for (let i = view.checked; i < this.replaced.length; i++) {
      if (this.replaced[i].position < view.length) {
        view.detached = true;
        return null;
      }
    }
    view.checked = this.replaced.length;
    if (!positions || positions.length === 0 || positions[0] >= view.length) return undefined;
    return this.live[positions[0]];
  }

  /** Copies every waiting view that is not copied yet and empties the log: they no longer need it. */
  private settle(): void {
    for (const view of this.waiting) {
      this.rowsOf(view);
      view.detached = true;
    }
    this.waiting = [];
    this.replaced = [];
  }
}

/** The rows of one snapshot: a prefix of a `CachedRows` until copied. Only `CachedRows` reads its fields. */
export class RowsView {
  copy: readonly StoredRow[] | null = null;
  /** Entries of the log already checked for a replaced row of this view. */
  checked: number;
  /** Answers look-ups from its own rows only (a row of it was replaced, or the log was emptied). */
  detached = false;

  constructor(
    readonly cache: CachedRows,
    readonly length: number,
    /** Entries of the log from here on were made after this view. */
    readonly start: number,
  ) {
    this.checked = start;
  }

  get rows(): readonly StoredRow[] {
    return this.cache.rowsOf(this);
  }
}
