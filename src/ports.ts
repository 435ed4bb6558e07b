/**
 * The few interfaces the use cases need. `src/gas` implements them over Apps Script services,
 * `src/local` over an xlsx workbook and an .eml outbox, tests over in-memory fakes.
 * Nothing in `domain/` or `app/` knows which world it runs in.
 */

/** A value as it sits in a cell. Strings written here are *not yet* neutralised: adapters do that. */
export type Cell = string | number | boolean | Date | null;

/** One row, keyed by header name (the Dutch header the worker sees). */
export type Row = Record<string, Cell>;

/** A tab and its columns, defined once in code. */
export interface TabSpec {
  readonly name: string;
  readonly headers: readonly string[];
  /** Rows frozen at the top (the header row). */
  readonly frozenRows?: number;
}

export interface StoredRow {
  /** 1-based sheet row number (row 1 is the header). */
  readonly rowNumber: number;
  readonly values: Row;
}

export interface TableSnapshot {
  readonly headers: readonly string[];
  readonly rows: readonly StoredRow[];
}

/**
 * Rows by header name, never by column index: the worker may reorder columns or add her own.
 * Every implementation reads a whole tab with one bulk read and writes a block with one bulk write.
 */
export interface Tables {
  /** Creates the tab if missing and appends any missing header at the end; keeps the worker's own columns. */
  ensureTab(spec: TabSpec): void;
  hasTab(name: string): boolean;
  /** The whole tab. An absent tab reads as empty. */
  read(tab: string): TableSnapshot;
  /** Appends rows below the last row; returns their row numbers. Unknown keys are an error. */
  append(tab: string, rows: readonly Row[]): number[];
  /** Overwrites the given columns of one row (one write per contiguous block of columns). */
  update(tab: string, rowNumber: number, values: Row): void;
  /**
   * Overwrites the given columns of many rows in place (issue 10: the Planning's computed columns), with one write
   * per contiguous block of columns over the rows from the first to the last one given, whatever their number.
   * Cells of the rows in between that are not given keep what this execution last read; other columns are not
   * touched. Unknown keys are an error.
   */
  updateMany(tab: string, updates: ReadonlyArray<{ rowNumber: number; values: Row }>): void;
  /** Makes pending writes durable (SpreadsheetApp.flush). */
  flush(): void;
  /**
   * Only rows `firstRow`..`firstRow + count - 1` (1-based sheet rows), with the header row. Added for the edit
   * trigger (issue 4): an edit must cost a bounded number of service calls and bytes whatever the size of the
   * register, so the handler reads the edited rows, not the whole tab. Rows past the end read as empty.
   */
  readRows(tab: string, firstRow: number, count: number): TableSnapshot;
  /**
   * Replaces every data row of a tab the script rewrites as a view (Opvolging, Bereik): one clear and one
   * bulk write. Never used on tabs the worker types in.
   */
  replaceRows(tab: string, rows: readonly Row[]): void;
}

/** A file sent with an e-mail: an attachment, or an image the HTML shows with `<img src="cid:…">`. */
export interface MailFile {
  readonly name: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

export interface OutgoingMail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly replyTo?: string;
  /** Sender display name. */
  readonly senderName?: string;
  /** Files attached (the project-group summary's PDF). Added for the dashboard (issue 12). */
  readonly attachments?: readonly MailFile[];
  /** Images shown in the HTML, by content id (`cid:`): Gmail shows no SVG and no data: images. */
  readonly inlineImages?: Readonly<Record<string, MailFile>>;
}

export interface Mailer {
  send(mail: OutgoingMail): void;
  /** How many more recipients may be e-mailed today. */
  remainingQuota(): number;
}

export interface Clock {
  now(): Date;
}

/** Thrown by `Lock.withLock` when another execution holds the lock for too long. */
export class LockBusyError extends Error {
  constructor() {
    super('lock busy');
    this.name = 'LockBusyError';
  }
}

export interface Lock {
  withLock<T>(timeoutMs: number, fn: () => T): T;
}

/** Small persistent key/value store (PropertiesService script properties). */
export interface Properties {
  get(key: string): string | null;
  set(key: string, value: string): void;
  delete(key: string): void;
}

/** Operational log. Carries case ids and counts, never names or contact details. */
export interface Audit {
  log(event: string, data?: Record<string, string | number | boolean>): void;
}

/** Everything a use case may need; each use case takes only what it uses. */
export interface Ports {
  tables: Tables;
  mailer: Mailer;
  clock: Clock;
  lock: Lock;
  properties: Properties;
  audit: Audit;
}
