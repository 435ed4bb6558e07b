import * as fs from 'node:fs';
import { checkHeaders, type HeaderCheck } from '../domain/common/headerCheck';
import { cellText, provideLookup } from '../domain/common/table';
import type { Dropdown } from '../domain/register/dropdowns';
import type { Cell, Properties, Row, StoredRow, TableSnapshot, Tables, TabSpec } from '../ports';
import { CachedRows } from './cachedRows';
import { ReadonlyDate, readonlyDate } from './readonlyDate';
import { workbookError } from './workbookErrors';
import { ByteWriter } from './xlsx/byteWriter';
import {
  cellMarkup,
  cellParts,
  cellXml,
  MAX_CELL_TEXT,
  rowValues as parseRowValues,
  type RawCell,
  readSharedStrings,
  rowCells,
  scanSheetBytes,
} from './xlsx/sheetXml';
import { DATE_FORMAT, StyleSheet } from './xlsx/styles';
import { type SheetEntry, type SheetState, XlsxPackage } from './xlsx/xlsxPackage';
import { attribute, columnLetters } from './xlsx/xmlText';
import { encodePart, type StoredData } from './xlsx/zip';

/**
 * `Tables` over an xlsx workbook, with the same semantics as the Sheets adapter: rows by header name,
 * 1-based row numbers (row 1 is the header), empty cells read as ''.
 *
 * The twin keeps the worker's workbook: `save` writes back every part of the file it did not change as it was
 * (her styles, comments, column widths, filters, conditional formats, dropdowns, her own tabs), and in the tabs
 * it writes, every row it did not write byte for byte; a cell it writes keeps her style. Strings are written as
 * string cells, never as formulas, so a form answer like `=IMPORTDATA(…)` stays text.
 *
 * Tabs the script owns are found by their `sheetId` (Excel keeps it when a tab is renamed or moved), kept in a
 * very hidden sheet with the headers the script created and the script's properties (`properties`).
 * Before each save the previous file is kept as `<file>.bak`.
 */

/** Very hidden sheet with the twin's own bookkeeping: tab ids, headers it created, properties. */
export const META_SHEET = 'DigiTaal-intern';
/** Very hidden sheet with the values of every dropdown (one column each); never read back as a tab. */
export const LISTS_SHEET = 'Keuzelijsten';
const META_HEADERS = ['Soort', 'Sleutel', 'Waarde'];
const META_KIND = { tab: 'tabblad', headers: 'kolommen', property: 'eigenschap' } as const;

interface Tab {
  entry: SheetEntry;
  loaded: boolean;
  /** Namespace prefix of the part's elements. */
  ns: string;
  /** The part before and after sheetData (generated on save for a tab made in this session). */
  head: string;
  tail: string;
  headers: string[];
  /** Row 1 as it was in the file. */
  headerRaw?: string;
  /** Data rows; rows[0] is sheet row 2. A row may be wider than the headers (cells without a header). */
  rows: Cell[][];
  /** The XML of each row as read from the file, by the same index. */
  raw: Array<string | undefined>;
  /** Cells the script wrote, per row index: 0-based columns. */
  dirty: Map<number, Set<number>>;
  /** Header cells the script wrote (0-based columns). */
  headerDirty: Set<number>;
  /** Made in this session: the whole part is generated. */
  fresh: boolean;
  frozenRows: number;
  /** Rows with content when the file was read (to extend her filter over new rows). */
  loadedRows: number;
  changed: boolean;
}

/** A problem with the workbook a person can fix; the message says how (Dutch). */
export class WorkbookProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkbookProblem';
  }
}

/** The script's properties, kept in the workbook's hidden sheet (saved with the workbook, so they stay in step). */
export class WorkbookProperties implements Properties {
  constructor(private readonly values: Map<string, string>) {}
  get(key: string): string | null {
    return this.values.get(key) ?? null;
  }
  set(key: string, value: string): void {
    const text = String(value);
    if (text.length > MAX_CELL_TEXT || key.length > MAX_CELL_TEXT) {
      throw new Error(`Eigenschap "${key.slice(0, 40)}" is te lang om in het werkboek te bewaren.`);
    }
    this.values.set(key, text);
  }
  delete(key: string): void {
    this.values.delete(key);
  }
  keys(): string[] {
    return [...this.values.keys()];
  }
}

const DROPDOWN_SPARE_ROWS = 1000;
const MIN_WIDTH = 10;
const MAX_WIDTH = 50;
/** Rows looked at to size a column. */
const WIDTH_SAMPLE = 200;
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export class WorkbookTables implements Tables {
  /** Bulk operations done, for the benchmark: one read per `read`, one write per `append` or `update`. */
  readonly stats = { reads: 0, writes: 0 };
  /** The script's properties (the `Properties` port of the twin), saved in the workbook. */
  readonly properties: WorkbookProperties;
  /** Tabs by the name the script knows them by (a renamed tab the script owns keeps its spec name here). */
  private readonly tabs = new Map<string, Tab>();
  /** Spec name → sheetId of the tabs the script owns. */
  private readonly registry = new Map<string, number>();
  /** Spec name → headers the script wrote in that tab. */
  private readonly created = new Map<string, string[]>();
  private readonly propertyValues = new Map<string, string>();
  /** Registered tabs whose sheet is gone. */
  private readonly deleted = new Set<string>();
  private readonly pkg: XlsxPackage;
  private readonly styles: StyleSheet;
  private readonly stylesPath: string;
  private strings: string[] | null = null;
  /**
   * Rows as last read, per tab, kept up to date by `append` and `update` (and dropped by `ensureTab` when
   * headers change), so a read of a 20,000-row tab does not rebuild 20,000 row objects every time. The rows
   * handed out are shared and read-only: row objects are frozen and dates throw when changed (copy them
   * first, as `addWorkdays` does). Writing goes through `append` and `update` only.
   */
  private readonly snapshots = new Map<string, CachedRows>();
  /**
   * The snapshot object handed out, per tab, until the next write to that tab: reading an unchanged tab twice
   * gives the same (frozen) object, so look-up indexes built on it (`firstRowWhere`) are reused.
   */
  private readonly lastRead = new Map<string, TableSnapshot>();
  /**
   * Column indexes over the cached rows, per tab and header: value (as `cellText`) → positions in the cached
   * rows, ascending. Built on the first look-up of a column and kept in step by `append` and `update`.
   */
  private readonly indexes = new Map<string, Map<string, Map<string, number[]>>>();
  private dropdowns: Dropdown[] = [];
  /** Scratch space of `rowXml`, reused for every row. */
  private readonly scan: RowScan = { tagEnd: 0, count: 0, columns: [], styles: [], starts: [], ends: [] };
  /** Column → position among her cells in the row being written (-1: none), reset after each row. */
  private readonly rawByColumn = new Int32Array(MAX_COLUMN + 1).fill(-1);
  /** Scratch space of `writeRow`: the written columns in order, and each one's style. */
  private order = new Int32Array(64);
  private readonly styleOf = new Float64Array(MAX_COLUMN);
  /** Scratch space of `writeRow`: the pieces of the row being written. */
  private readonly parts: string[] = [];

  constructor(pkg: XlsxPackage = XlsxPackage.empty()) {
    this.pkg = pkg;
    this.stylesPath = pkg.relatedPart('styles') ?? 'xl/styles.xml';
    this.styles = new StyleSheet(pkg.has(this.stylesPath) ? pkg.text(this.stylesPath) : '');
    this.properties = new WorkbookProperties(this.propertyValues);
    const meta = pkg.sheets.find((s) => s.name === META_SHEET);
    if (meta) this.readMeta(meta);
    const byId = new Map(pkg.sheets.map((s) => [s.sheetId, s]));
    const claimed = new Set<SheetEntry>();
    for (const [spec, id] of this.registry) {
      const sheet = byId.get(id);
      if (!sheet || isInternal(sheet.name)) {
        this.deleted.add(spec);
        continue;
      }
      this.tabs.set(spec, stub(sheet));
      claimed.add(sheet);
    }
    for (const sheet of pkg.sheets) {
      if (claimed.has(sheet) || isInternal(sheet.name) || this.tabs.has(sheet.name)) continue;
      this.tabs.set(sheet.name, stub(sheet));
      if (this.deleted.delete(sheet.name)) {
        // She deleted the script's tab and made a new one with its name: a new start for that tab.
        this.created.delete(sheet.name);
        this.registry.delete(sheet.name);
      }
    }
  }

  /** Reads the workbook at `path`, or starts empty when there is no file yet. Problems → Dutch messages. */
  static async load(path: string): Promise<WorkbookTables> {
    let data: Buffer;
    try {
      data = fs.readFileSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new WorkbookTables();
      throw workbookError(error, path, 'lezen');
    }
    try {
      return new WorkbookTables(await XlsxPackage.open(data));
    } catch (error) {
      throw workbookError(error, path, 'lezen');
    }
  }

  /** Throws a Dutch `WorkbookProblem` when the file exists but may not be changed. */
  static checkWritable(path: string): void {
    let mode: number;
    try {
      mode = fs.statSync(path).mode;
    } catch {
      return;
    }
    if ((mode & 0o222) === 0) {
      throw new WorkbookProblem(
        `Het werkboek "${path}" is alleen-lezen; het script verandert het dus niet. Wilt u dat het script verder werkt in dit werkboek? Zet "alleen-lezen" uit (Eigenschappen van het bestand) en start opnieuw. Of kies een ander werkboek met --workbook.`,
      );
    }
  }

  /**
   * Writes the workbook to `path`: through a temporary file (a crash never leaves half a workbook), after
   * copying the previous file to `<path>.bak`. When `ready` is given, the file is moved into place only after
   * it resolves (and not at all when it rejects): the outbox's spool file is complete before the workbook
   * that names its batch exists, while both are being made at the same time.
   */
  async save(path: string, ready?: Promise<unknown>): Promise<void> {
    // Its failure is reported where it is awaited, below (not as an unhandled rejection meanwhile).
    ready?.catch(() => undefined);
    WorkbookTables.checkWritable(path);
    const changed = new Map<string, Buffer>();
    const usable = this.dropdowns.filter((d) => {
      const tab = this.tabs.get(d.tab);
      if (!tab) return false;
      this.parse(d.tab, tab);
      return tab.headers.includes(d.column);
    });
    // Dropdowns are rewritten only by a run that sets them (setup); `import` and `review` leave them as they are.
    const lists = usable.length > 0 ? this.internalSheet(LISTS_SHEET) : undefined;
    if (usable.length > 0 && lists) changed.set(lists.path, Buffer.from(listsXml(usable), 'utf8'));
    const written: Tab[] = [];
    const out = new ByteWriter();
    // Each tab's part is deflated on the thread pool while the next one is made.
    const deflating = new Map<string, Promise<StoredData>>();
    for (const [name, tab] of this.tabs) {
      const validations = lists ? this.validationsFor(name, tab, usable, lists.name) : null;
      if (!tab.loaded && validations === null) continue;
      this.parse(name, tab);
      const tail = validations === null ? tab.tail : withValidations(tab.tail, tab.ns, validations, lists?.name ?? '');
      if (!tab.fresh && !tab.changed && tail === tab.tail) continue;
      const part = this.sheetXml(tab, tail, out);
      changed.set(tab.entry.path, part);
      const encoding = encodePart(part, tab.entry.path);
      // Its failure is reported where the zip awaits it (not as an unhandled rejection meanwhile).
      encoding.catch(() => undefined);
      deflating.set(tab.entry.path, encoding);
      written.push(tab);
    }
    const meta = this.internalSheet(META_SHEET);
    changed.set(meta.path, Buffer.from(this.metaXml(), 'utf8'));
    const styles = this.styles.changedXml();
    if (styles) changed.set(this.stylesPath, Buffer.from(styles, 'utf8'));

    const temporary = `${path}.tmp`;
    // Encoded once: written to the file and kept as the package's part afterwards.
    const encoded = changed;
    try {
      await this.pkg.save(
        temporary,
        new Map([...encoded].map(([part, bytes]) => [part, deflating.get(part) ?? bytes])),
      );
      try {
        await ready;
      } catch (error) {
        // Not a problem of the workbook: reported as it is, and the workbook stays as it was.
        fs.rmSync(temporary, { force: true });
        throw new NotReady(error);
      }
      if (fs.existsSync(path)) keepBackup(path, `${path}.bak`);
      fs.renameSync(temporary, path);
    } catch (error) {
      if (error instanceof NotReady) throw error.cause;
      fs.rmSync(temporary, { force: true });
      throw workbookError(error, path, 'bewaren');
    }
    // The package now holds what the file holds; written tabs are read again from it when needed.
    for (const [part, bytes] of encoded) this.pkg.replacePart(part, bytes);
    for (const tab of written) {
      Object.assign(tab, stub(tab.entry));
    }
    for (const [name, tab] of this.tabs) if (!tab.loaded) this.dropCacheAndRead(name);
  }

  /**
   * Dropdowns (data validation) written on `save`, like the ones `setup` puts on the Google Sheet. Their lists
   * live in a very hidden sheet, because Excel allows only 255 characters in a list typed into the rule.
   * Her own data validations are kept as they are.
   */
  setDropdowns(dropdowns: readonly Dropdown[]): void {
    this.dropdowns = [...dropdowns];
  }

  /** The tabs by the names the script uses (a renamed tab the script owns under its spec name). */
  tabNames(): string[] {
    return [...this.tabs.keys()];
  }

  /** The name the worker sees for a tab (differs from `name` when she renamed a tab the script owns). */
  sheetName(name: string): string | undefined {
    return this.tabs.get(name)?.entry.name;
  }

  hasTab(name: string): boolean {
    return this.tabs.has(name);
  }

  /**
   * Creates the tab if the script never made it, and adds headers the script never wrote (a new version adds
   * a column). A tab the script made that is gone, or a required header that is missing (she cleared or
   * renamed it) or doubled, stops with a Dutch `WorkbookProblem` — never a new tab or column.
   */
  ensureTab(spec: TabSpec): void {
    const tab = this.tabs.get(spec.name);
    if (!tab) {
      if (this.deleted.has(spec.name)) {
        throw new WorkbookProblem(
          `Het tabblad "${spec.name}" is verwijderd. Het script maakt het niet opnieuw leeg aan, want dan zouden gegevens en nummers verloren gaan. Zet het tabblad terug: open de reservekopie (het bestand dat eindigt op .bak) en kopieer het tabblad. Wilt u echt opnieuw beginnen met een leeg tabblad? Maak dan zelf een leeg tabblad met de naam "${spec.name}".`,
        );
      }
      const entry = this.pkg.addSheet(uniqueSheetName(spec.name, this.pkg.sheets), 'visible');
      this.tabs.set(spec.name, {
        ...stub(entry),
        loaded: true,
        fresh: true,
        tail: '</worksheet>',
        changed: true,
        headers: [...spec.headers],
        frozenRows: spec.frozenRows ?? 1,
      });
      this.registry.set(spec.name, entry.sheetId);
      this.created.set(spec.name, [...spec.headers]);
      return;
    }
    this.parse(spec.name, tab);
    if (tab.headers.every((h) => h === '') && usedRowCount(tab.rows) === 0) {
      // An empty tab (she made it anew, or emptied it): nothing can be lost, the script sets it up again.
      this.created.delete(spec.name);
    }
    const check: HeaderCheck = checkHeaders({
      tab: tab.entry.name,
      required: spec.headers,
      actual: tab.headers,
      createdBefore: this.created.get(spec.name) ?? [],
    });
    if (!check.ok) throw new WorkbookProblem(check.problems.join('\n'));
    if (check.add.length > 0) {
      let column = Math.max(tab.headers.length, ...tab.rows.map((cells) => cells.length));
      while (tab.headers.length < column) tab.headers.push('');
      for (const header of check.add) {
        tab.headers.push(header);
        tab.headerDirty.add(column++);
      }
      tab.changed = true;
      this.dropCache(spec.name);
      this.lastRead.delete(spec.name);
    }
    this.registry.set(spec.name, tab.entry.sheetId);
    const known = new Set(this.created.get(spec.name) ?? []);
    for (const header of spec.headers) known.add(header);
    this.created.set(spec.name, [...known]);
  }

  read(tabName: string): TableSnapshot {
    this.stats.reads++;
    const tab = this.tabs.get(tabName);
    if (!tab) return { headers: [], rows: [] };
    this.parse(tabName, tab);
    let cache = this.snapshots.get(tabName);
    if (!cache) {
      const columns = namedColumns(tab.headers);
      const count = usedRowCount(tab.rows);
      const rows: StoredRow[] = new Array(count);
      for (let index = 0; index < count; index++)
        rows[index] = storedRow(index + 2, rowValues(columns, tab.rows[index]));
      cache = new CachedRows(rows);
      this.snapshots.set(tabName, cache);
    }
    let snapshot = this.lastRead.get(tabName);
    if (!snapshot) {
      // The rows are a view on the cached rows, copied only when someone asks for them (see CachedRows).
      const view = cache.view();
      const fresh: TableSnapshot = Object.freeze({
        headers: Object.freeze([...tab.headers]),
        get rows() {
          return view.rows;
        },
      });
      // Look-ups are answered from the live column index: for the tab's latest snapshot (the same rows), and for
      // an older one as long as none of its rows was replaced since (appends come after its rows).
      provideLookup(fresh, (header, value) => {
        const live = this.snapshots.get(tabName);
        if (live !== view.cache) return null;
        const positions = this.columnIndex(tabName, live, header).get(value);
        if (this.lastRead.get(tabName) === fresh) return positions ? live.live[positions[0]] : undefined;
        return live.firstIn(view, positions);
      });
      snapshot = fresh;
      this.lastRead.set(tabName, snapshot);
    }
    return snapshot;
  }

  append(tabName: string, rows: readonly Row[]): number[] {
    this.stats.writes++;
    this.lastRead.delete(tabName);
    const tab = this.existingTab(tabName);
    tab.rows.length = usedRowCount(tab.rows);
    const first = tab.rows.length + 2;
    const prepared = rows.map((row, offset) => {
      const cells: Cell[] = tab.headers.map(() => null);
      const written = new Set<number>();
      for (const [header, value] of Object.entries(row)) {
        const column = columnOf(tab, tabName, header);
        cells[column] = incoming(value);
        written.add(column);
      }
      tab.dirty.set(first - 2 + offset, written);
      return cells;
    });
    tab.changed = true;
    tab.rows.push(...prepared);
    const cached = this.snapshots.get(tabName);
    if (cached && prepared.some((cells) => cells.every(isEmpty))) this.dropCache(tabName);
    else if (cached) {
      const columns = namedColumns(tab.headers);
      const indexes = this.indexes.get(tabName);
      prepared.forEach((cells, index) => {
        const row = storedRow(first + index, rowValues(columns, cells));
        cached.push(row);
        indexes?.forEach((index, header) => {
          addPosition(index, cellText(row.values[header]), cached.live.length - 1);
        });
      });
    }
    return prepared.map((_, index) => first + index);
  }

  update(tabName: string, rowNumber: number, values: Row): void {
    this.stats.writes++;
    this.lastRead.delete(tabName);
    const tab = this.existingTab(tabName);
    if (!Number.isInteger(rowNumber) || rowNumber < 2) {
      throw new Error(`Rij ${rowNumber} van tab "${tabName}" is geen gegevensrij.`);
    }
    const changes = Object.entries(values).map(
      ([header, value]) => [columnOf(tab, tabName, header), incoming(value)] as const,
    );
    const rowIndex = rowNumber - 2;
    while (tab.rows.length <= rowIndex) tab.rows.push([]);
    const cells = tab.rows[rowIndex];
    let written = tab.dirty.get(rowIndex);
    if (!written) {
      written = new Set();
      tab.dirty.set(rowIndex, written);
    }
    for (const [column, value] of changes) {
      while (cells.length <= column) cells.push(null);
      cells[column] = value;
      written.add(column);
    }
    tab.changed = true;
    this.refreshCachedRow(tabName, tab, rowIndex);
  }

  flush(): void {
    // Everything is in memory until `save`: nothing to flush.
  }

  readRows(tabName: string, firstRow: number, count: number): TableSnapshot {
    this.stats.reads++;
    const tab = this.tabs.get(tabName);
    if (!tab) return { headers: [], rows: [] };
    this.parse(tabName, tab);
    const columns = namedColumns(tab.headers);
    const rows: StoredRow[] = [];
    for (let rowNumber = Math.max(2, firstRow); rowNumber < firstRow + count; rowNumber++) {
      const cells = tab.rows[rowNumber - 2];
      if (!cells || cells.every(isEmpty)) continue;
      rows.push(storedRow(rowNumber, rowValues(columns, cells)));
    }
    return { headers: [...tab.headers], rows };
  }

  /**
   * A view tab the script rewrites (Opvolging, Bereik): every data row replaced, as Sheets' clear-contents and
   * one write do. Cell styles stay (her colours on the view are kept); old values in the script's columns
   * are cleared.
   */
  replaceRows(tabName: string, rows: readonly Row[]): void {
    const tab = this.existingTab(tabName);
    const oldCount = Math.max(usedRowCount(tab.rows), tab.raw.length);
    tab.rows = [];
    tab.dirty.clear();
    tab.changed = true;
    this.dropCache(tabName);
    this.lastRead.delete(tabName);
    if (rows.length > 0) this.append(tabName, rows);
    else this.stats.writes++;
    const columns = namedColumns(tab.headers).map(([, column]) => column);
    for (let index = 0; index < oldCount; index++) {
      tab.rows[index] ??= [];
      let written = tab.dirty.get(index);
      if (!written) {
        written = new Set();
        tab.dirty.set(index, written);
      }
      for (const column of columns) written.add(column);
    }
  }

  /** Drops the cached rows: the next read rebuilds them from the cells (tests compare both). */
  forgetSnapshots(): void {
    this.snapshots.clear();
    this.indexes.clear();
    this.lastRead.clear();
  }

  // ---- reading the file ---------------------------------------------------------------------------------

  private parse(name: string, tab: Tab): void {
    if (tab.loaded) return;
    try {
      const scanned = scanSheetBytes(this.pkg.bytes(tab.entry.path));
      const strings = this.sharedStrings();
      tab.ns = scanned.ns;
      tab.head = scanned.head;
      tab.tail = scanned.tail;
      for (const row of scanned.rows) {
        const values = parseRowValues(row.xml, scanned.ns, strings, this.styles, ReadonlyDate);
        for (let i = 0; i < values.length; i++) if (values[i] === undefined) values[i] = null;
        trimEnd(values);
        if (row.number === 1) {
          tab.headerRaw = row.xml;
          tab.headers = values.map((v) => (isEmpty(v) ? '' : String(v).trim()));
        } else if (row.number > 1) {
          tab.raw[row.number - 2] = row.xml;
          tab.rows[row.number - 2] = values;
        }
      }
      for (let i = 0; i < tab.rows.length; i++) if (!tab.rows[i]) tab.rows[i] = [];
      tab.rows.length = usedRowCount(tab.rows);
      tab.loadedRows = tab.rows.length;
      tab.frozenRows = frozenRows(scanned.head);
      tab.loaded = true;
    } catch (error) {
      throw new WorkbookProblem(
        `Het tabblad "${tab.entry.name}" kan niet gelezen worden (${error instanceof Error ? error.message : String(error)}). Open het werkboek in Excel, bewaar het opnieuw als Excel-werkmap (.xlsx) en start opnieuw, of zet de reservekopie (.bak) terug.`,
      );
    }
    void name;
  }

  private sharedStrings(): string[] {
    if (!this.strings) {
      const part = this.pkg.relatedPart('sharedStrings');
      this.strings = part && this.pkg.has(part) ? readSharedStrings(this.pkg.text(part)) : [];
    }
    return this.strings;
  }

  private readMeta(meta: SheetEntry): void {
    const tab = stub(meta);
    this.parse(META_SHEET, tab);
    const columns = namedColumns(tab.headers);
    for (const cells of tab.rows) {
      const row = rowValues(columns, cells);
      const key = cellText(row.Sleutel);
      const value = row.Waarde === null || row.Waarde === undefined ? '' : String(row.Waarde);
      switch (cellText(row.Soort)) {
        case META_KIND.tab:
          if (Number(value) > 0) this.registry.set(key, Number(value));
          break;
        case META_KIND.headers:
          try {
            this.created.set(key, JSON.parse(value));
          } catch {
            // A damaged list is treated as unknown: setup then only adds headers, it never stops on them.
          }
          break;
        case META_KIND.property:
          this.propertyValues.set(key, value);
          break;
      }
    }
  }

  // ---- writing the file ---------------------------------------------------------------------------------

  private internalSheet(name: string): SheetEntry {
    const found = this.pkg.sheets.find((s) => s.name === name);
    if (found) {
      found.state = 'veryHidden';
      return found;
    }
    return this.pkg.addSheet(name, 'veryHidden' as SheetState);
  }

  private metaXml(): string {
    const rows: string[][] = [META_HEADERS];
    for (const [spec, id] of this.registry) rows.push([META_KIND.tab, spec, String(id)]);
    for (const [spec, headers] of this.created) rows.push([META_KIND.headers, spec, JSON.stringify(headers)]);
    for (const [key, value] of this.propertyValues) rows.push([META_KIND.property, key, value]);
    return plainSheetXml(rows, this.styles);
  }

  private validationsFor(name: string, tab: Tab, usable: readonly Dropdown[], listsName: string): string[] | null {
    const mine = usable.map((d, i) => ({ d, i })).filter(({ d }) => d.tab === name);
    if (mine.length === 0 && !tab.loaded) return null;
    this.parse(name, tab);
    const last = usedRowCount(tab.rows) + 1 + DROPDOWN_SPARE_ROWS;
    const sheetRef = /^[A-Za-z_][A-Za-z0-9_]*$/.test(listsName) ? listsName : `'${listsName.replace(/'/g, "''")}'`;
    return mine.map(({ d, i }) => {
      const column = columnLetters(tab.headers.indexOf(d.column) + 1);
      const list = columnLetters(i + 1);
      const style = ` errorStyle="${d.strict ? 'stop' : 'warning'}"`;
      return `<${tab.ns}dataValidation type="list" allowBlank="1" showErrorMessage="1"${style} error="Kies een waarde uit de lijst." sqref="${column}2:${column}${last}"><${tab.ns}formula1>${sheetRef}!$${list}$1:$${list}$${d.values.length}</${tab.ns}formula1></${tab.ns}dataValidation>`;
    });
  }

  /**
   * The tab's part, written as UTF-8 straight into `out` (reused for every tab of a save): each row written
   * is one flat string of its pieces, encoded once; no cons-string per cell, and no string of the whole part
   * or of a megabyte of rows to flatten and encode (a 26 MB register tab would be one, twice over).
   */
  private sheetXml(tab: Tab, tail: string, out: ByteWriter): Buffer {
    const ns = tab.ns;
    const head = tab.fresh ? freshHead(tab) : tab.head;
    const columnStyles = columnStylesOf(head, ns);
    const count = Math.max(usedRowCount(tab.rows), tab.raw.length);
    // Room for her rows as they are, and about as much again for the rows written.
    let size = tail.length + (1 << 16);
    for (const raw of tab.raw) if (raw !== undefined) size += raw.length;
    out.reset(2 * size + 256 * count);
    out.text(`<${ns}sheetData>`);
    this.writeHeader(out, tab, columnStyles);
    let lastRow = 1;
    let lastColumn = Math.max(1, tab.headers.length);
    for (let index = 0; index < count; index++) {
      const raw = tab.raw[index];
      const dirty = tab.dirty.get(index);
      if (raw !== undefined && dirty === undefined) {
        out.text(raw);
        lastRow = index + 2;
        continue;
      }
      const cells = tab.rows[index] ?? [];
      if (this.writeRow(out, ns, index + 2, raw, cells, dirty, columnStyles)) {
        lastRow = index + 2;
        if (cells.length > lastColumn) lastColumn = cells.length;
      }
    }
    const dimension = `A1:${columnLetters(lastColumn)}${lastRow}`;
    const newHead = head.replace(/(<(?:\w+:)?dimension\s+ref=")[^"]*(")/, `$1${dimension}$2`);
    const newTail = extendFilter(tail, tab.loadedRows + 1, usedRowCount(tab.rows) + 1);
    out.text(`</${ns}sheetData>${newTail}`);
    const headBytes = Buffer.from(newHead, 'utf8');
    const part = Buffer.allocUnsafe(headBytes.length + out.pos);
    headBytes.copy(part, 0);
    out.buf.copy(part, headBytes.length, 0, out.pos);
    return part;
  }

  private writeHeader(out: ByteWriter, tab: Tab, columnStyles: Map<number, number>): void {
    const written = tab.fresh || tab.headerRaw === undefined ? new Set(tab.headers.keys()) : tab.headerDirty;
    if (tab.headerRaw !== undefined && written.size === 0) {
      out.text(tab.headerRaw);
      return;
    }
    const cells: Cell[] = tab.headers.map((h) => (h === '' ? null : h));
    this.writeRow(out, tab.ns, 1, tab.headerRaw, cells, written, columnStyles, true);
  }

  /**
   * A row the script wrote, into `out`: her cells it did not write as they are, the written ones made anew
   * (keeping her style), by column. Writes nothing and gives false for a new row without a cell to write.
   * Her cells are scanned in place (no object per cell); an unusual row (cells out of column order, single
   * quotes or entities in `r`/`s`, a column past Excel's last) goes through `rowXmlGeneral`, which gives the
   * same XML for the usual ones.
   */
  private writeRow(
    out: ByteWriter,
    ns: string,
    rowNumber: number,
    raw: string | undefined,
    cells: readonly Cell[],
    written: ReadonlySet<number> | undefined,
    columnStyles: Map<number, number>,
    bold = false,
  ): boolean {
    const scan = this.scan;
    let tag: string;
    if (raw !== undefined) {
      if (!scanRowCells(raw, ns, scan))
        return this.writeGeneral(out, ns, rowNumber, raw, cells, written, columnStyles, bold);
      tag = rowTag(raw, scan.tagEnd);
    } else {
      scan.count = 0;
      tag = `<${ns}row r="${rowNumber}">`;
    }
    // The written columns (0-based), ascending, each with its style resolved in the order the script wrote
    // them (new styles get their numbers in that order, as `rowXmlGeneral` gives them).
    let order = this.order;
    const size = written === undefined ? cells.length : written.size;
    if (order.length < size) {
      order = new Int32Array(Math.max(size, order.length * 2));
      this.order = order;
    }
    const count = scan.count;
    const byColumn = this.rawByColumn;
    for (let k = 0; k < count; k++) byColumn[scan.columns[k]] = k;
    const rowStyle = tag.includes('customFormat') ? customRowStyle(tag) : 0;
    const styleOf = this.styleOf;
    const styles = this.styles;
    let n = 0;
    let ascending = true;
    let fits = true;
    const columns: Iterable<number> = written ?? cells.keys();
    for (const index of columns) {
      if (index >= MAX_COLUMN) {
        fits = false;
        break;
      }
      const column = index + 1;
      const k = byColumn[column];
      const base = k >= 0 ? scan.styles[k] : (columnStyles.get(column) ?? rowStyle);
      // A header the script writes is bold, unless the cell has a style of hers: then hers stays as it is.
      const style = bold && base === 0 ? styles.boldVariant(base) : base;
      styleOf[index] = cells[index] instanceof Date ? styles.dateVariant(style) : style;
      if (n > 0 && index <= order[n - 1]) ascending = false;
      order[n++] = index;
    }
    for (let k = 0; k < count; k++) byColumn[scan.columns[k]] = -1;
    if (!fits) return this.writeGeneral(out, ns, rowNumber, raw, cells, written, columnStyles, bold);
    if (!ascending) order.subarray(0, n).sort();
    const markup = cellMarkup(ns);
    const row = String(rowNumber);
    const parts = this.parts;
    parts.length = 0;
    parts.push(tag);
    let any = false;
    let m = 0;
    // Her cells the script did not write, a run of adjacent ones as one piece, and the written ones, by column
    // (a written column replaces hers).
    let runStart = -1;
    let runEnd = -1;
    for (let k = 0; k < count; k++) {
      const column = scan.columns[k];
      if (m < n && order[m] + 1 <= column) {
        if (runStart >= 0) {
          parts.push((raw as string).slice(runStart, runEnd));
          runStart = -1;
        }
        while (m < n && order[m] + 1 < column) {
          const index = order[m++];
          if (cellParts(parts, markup, index + 1, row, cells[index] ?? null, styleOf[index])) any = true;
        }
        if (m < n && order[m] + 1 === column) {
          const index = order[m++];
          if (cellParts(parts, markup, column, row, cells[index] ?? null, styleOf[index])) any = true;
          continue;
        }
      }
      if (runStart >= 0 && scan.starts[k] === runEnd) runEnd = scan.ends[k];
      else {
        if (runStart >= 0) parts.push((raw as string).slice(runStart, runEnd));
        runStart = scan.starts[k];
        runEnd = scan.ends[k];
      }
    }
    if (runStart >= 0) parts.push((raw as string).slice(runStart, runEnd));
    while (m < n) {
      const index = order[m++];
      if (cellParts(parts, markup, index + 1, row, cells[index] ?? null, styleOf[index])) any = true;
    }
    if (!any && raw === undefined) return false;
    parts.push(`</${ns}row>`);
    out.text(parts.join(''));
    return true;
  }

  /** `rowXmlGeneral` into `out`. */
  private writeGeneral(
    out: ByteWriter,
    ns: string,
    rowNumber: number,
    raw: string | undefined,
    cells: readonly Cell[],
    written: ReadonlySet<number> | undefined,
    columnStyles: Map<number, number>,
    bold: boolean,
  ): boolean {
    const xml = this.rowXmlGeneral(ns, rowNumber, raw, cells, written, columnStyles, bold);
    if (xml === '') return false;
    out.text(xml);
    return true;
  }

  /** `rowXml` for any row: every cell of hers as an object, sorted by column with the written ones. */
  private rowXmlGeneral(
    ns: string,
    rowNumber: number,
    raw: string | undefined,
    cells: readonly Cell[],
    written: ReadonlySet<number> | undefined,
    columnStyles: Map<number, number>,
    bold = false,
  ): string {
    const kept = new Map<number, RawCell>();
    let tag = `<${ns}row r="${rowNumber}">`;
    if (raw !== undefined) {
      const found = rowCells(raw, ns);
      for (const cell of found.cells) kept.set(cell.column, cell);
      tag = found.tag.replace(/\sspans="[^"]*"/, '').replace(/\s*\/>$/, '>');
    }
    const rowStyle = /\scustomFormat="(1|true)"/.test(tag) ? Number(attribute(tag, 's') ?? 0) : 0;
    const out: Array<[number, string]> = [];
    const columns = written ?? new Set(cells.keys());
    for (const [column, cell] of kept) if (!columns.has(column - 1)) out.push([column, cell.xml]);
    for (const index of columns) {
      const column = index + 1;
      const base = kept.get(column)?.style ?? columnStyles.get(column) ?? rowStyle;
      // A header the script writes is bold, unless the cell has a style of hers: then hers stays as it is.
      const style = bold && base === 0 ? this.styles.boldVariant(base) : base;
      const xml = cellXml(ns, column, rowNumber, cells[index] ?? null, style, this.styles);
      if (xml !== '') out.push([column, xml]);
    }
    if (out.length === 0 && raw === undefined) return '';
    out.sort((a, b) => a[0] - b[0]);
    return `${tag}${out.map((c) => c[1]).join('')}</${ns}row>`;
  }

  // ---- caches -------------------------------------------------------------------------------------------

  // ---- issue 10: the outreach matrix ---------------------------------------------------------------------

  /** In memory, row by row (counted as one write, as in Apps Script: one block per column run). */
  updateMany(tabName: string, updates: ReadonlyArray<{ rowNumber: number; values: Row }>): void {
    if (updates.length === 0) return;
    for (const u of updates) this.update(tabName, u.rowNumber, u.values);
    this.stats.writes -= updates.length - 1;
  }

  /**
   * Replaces a generated tab wholesale (the outreach matrix): the first row as its header row, the rest as cells,
   * whatever their meaning. Only for tabs the script rewrites and the worker never types in; the cells' styles
   * stay (she may colour the view), old values in cells the grid no longer covers are cleared.
   */
  writeGrid(tabName: string, rows: ReadonlyArray<readonly Cell[]>, frozenRows = 1): void {
    this.stats.writes++;
    const [first = [], ...rest] = rows;
    let tab = this.tabs.get(tabName);
    if (!tab) {
      const entry = this.pkg.addSheet(uniqueSheetName(tabName, this.pkg.sheets), 'visible');
      tab = { ...stub(entry), loaded: true, fresh: true, tail: '</worksheet>', changed: true, frozenRows };
      this.tabs.set(tabName, tab);
      this.registry.set(tabName, entry.sheetId);
    } else this.parse(tabName, tab);
    const oldRows = Math.max(usedRowCount(tab.rows), tab.raw.length);
    const oldWidth = Math.max(tab.headers.length, ...tab.rows.map((cells) => cells.length));
    tab.headers = first.map((v) => (v === null || v === undefined ? '' : String(v)));
    tab.headerDirty = new Set(Array.from({ length: Math.max(oldWidth, tab.headers.length) }, (_, i) => i));
    while (tab.headers.length < oldWidth) tab.headers.push('');
    tab.rows = rest.map((cells) => cells.map(incoming));
    const width = Math.max(oldWidth, ...rest.map((cells) => cells.length));
    tab.dirty.clear();
    for (let index = 0; index < Math.max(oldRows, tab.rows.length); index++) {
      tab.rows[index] ??= [];
      tab.dirty.set(index, new Set(Array.from({ length: width }, (_, i) => i)));
    }
    tab.frozenRows = frozenRows;
    tab.changed = true;
    this.dropCache(tabName);
    this.lastRead.delete(tabName);
  }

  /** Keeps the cached rows in step with one changed row (or drops the cache when the row is new or emptied). */
  private refreshCachedRow(tabName: string, tab: Tab, rowIndex: number): void {
    const cached = this.snapshots.get(tabName);
    if (!cached) return;
    const rowNumber = rowIndex + 2;
    // Cached rows are dense from row 2 (empty rows in the middle included, as `read` gives them).
    const position = cached.live[rowIndex]?.rowNumber === rowNumber ? rowIndex : -1;
    const cells = tab.rows[rowIndex];
    if (position < 0 || cells.every(isEmpty) || rowIndex >= usedRowCount(tab.rows)) {
      this.dropCache(tabName);
      return;
    }
    const before = cached.live[position];
    const after = storedRow(rowNumber, rowValues(namedColumns(tab.headers), cells));
    cached.replace(position, after);
    this.indexes.get(tabName)?.forEach((index, header) => {
      const was = cellText(before.values[header]);
      const is = cellText(after.values[header]);
      if (was === is) return;
      removePosition(index, was, position);
      addPosition(index, is, position);
    });
  }

  /** The live index of one column of the cached rows: value (as `cellText`) → positions, ascending. */
  private columnIndex(tabName: string, cached: CachedRows, header: string): Map<string, number[]> {
    let byHeader = this.indexes.get(tabName);
    if (!byHeader) {
      byHeader = new Map();
      this.indexes.set(tabName, byHeader);
    }
    let index = byHeader.get(header);
    if (!index) {
      index = new Map();
      const rows = cached.live;
      for (let position = 0; position < rows.length; position++) {
        addPosition(index, cellText(rows[position].values[header]), position);
      }
      byHeader.set(header, index);
    }
    return index;
  }

  private dropCache(tabName: string): void {
    this.snapshots.delete(tabName);
    this.indexes.delete(tabName);
  }

  private dropCacheAndRead(tabName: string): void {
    this.dropCache(tabName);
    this.lastRead.delete(tabName);
  }

  private existingTab(name: string): Tab {
    const tab = this.tabs.get(name);
    if (!tab) throw new Error(`Tab "${name}" bestaat niet.`);
    this.parse(name, tab);
    return tab;
  }
}

/**
 * The previous file stays as `backup`: a second name for the same file (a hard link, no 10 MB copy written),
 * which keeps the old contents when the new workbook is renamed over `path`. Where the file system has no
 * hard links (a FAT-formatted stick), a copy.
 */
function keepBackup(path: string, backup: string): void {
  fs.rmSync(backup, { force: true });
  try {
    fs.linkSync(path, backup);
  } catch {
    fs.copyFileSync(path, backup);
  }
}

/** Excel's last column (XFD); a row with a cell past it is written the general way. */
const MAX_COLUMN = 16_384;

/** A row's start tag as the script writes it back: without `spans` (Excel recomputes it), never self-closing. */
function rowTag(raw: string, tagEnd: number): string {
  let tag = raw.slice(0, tagEnd + 1);
  if (tag.includes('spans=')) tag = tag.replace(/\sspans="[^"]*"/, '');
  if (tag.charCodeAt(tag.length - 2) === 47) tag = tag.replace(/\s*\/>$/, '>');
  return tag;
}

/** The style of a row she formatted as a whole (written cells without a style of their own take it). */
function customRowStyle(tag: string): number {
  return /\scustomFormat="(1|true)"/.test(tag) ? Number(attribute(tag, 's') ?? 0) : 0;
}

/** Where a row's cells are in its XML (filled by `scanRowCells`). */
interface RowScan {
  tagEnd: number;
  count: number;
  /** 1-based columns, strictly ascending. */
  columns: number[];
  styles: number[];
  starts: number[];
  ends: number[];
}

/**
 * Finds a row's cells as `rowCells` does, into `scan`, without an object or a slice per cell. False for a row
 * this does not handle the same way (cells not in ascending column order, `r` or `s` in single quotes or with
 * an entity, an unclosed cell): the caller then uses `rowCells`.
 */
function scanRowCells(rowXml: string, ns: string, scan: RowScan): boolean {
  const tagEnd = rowXml.indexOf('>');
  scan.tagEnd = tagEnd;
  scan.count = 0;
  if (rowXml.charCodeAt(tagEnd - 1) === 47) return true;
  const open = `<${ns}c`;
  const close = `</${ns}c>`;
  let at = rowXml.indexOf(open, tagEnd);
  let previous = 0;
  let count = 0;
  while (at >= 0) {
    const next = rowXml.charCodeAt(at + open.length);
    // ' ' '>' '/' LF TAB: a cell element (not another element starting with "c").
    if (next !== 32 && next !== 62 && next !== 47 && next !== 10 && next !== 9) {
      at = rowXml.indexOf(open, at + 1);
      continue;
    }
    const cellTagEnd = rowXml.indexOf('>', at);
    if (cellTagEnd < 0) return false;
    let end: number;
    if (rowXml.charCodeAt(cellTagEnd - 1) === 47) end = cellTagEnd + 1;
    else {
      const closing = rowXml.indexOf(close, cellTagEnd);
      if (closing < 0) return false;
      end = closing + close.length;
    }
    // Attributes are looked for in the start tag only (searching the row would scan past the cell).
    const tag = rowXml.slice(at, cellTagEnd);
    let column = previous + 1;
    const r = tag.indexOf(' r="');
    if (r >= 0) {
      let n = 0;
      let k = r + 4;
      for (; ; k++) {
        const code = tag.charCodeAt(k);
        if (code < 65 || code > 90) break;
        n = n * 26 + (code - 64);
      }
      // An empty `r` counts on from the previous cell; an entity in it is left to `rowCells`.
      if (k > r + 4 || tag.charCodeAt(k) !== 34) column = n;
      if (tag.indexOf('&', r) >= 0 && tag.indexOf('&', r) < tag.indexOf('"', r + 4)) return false;
    } else if (tag.includes(" r='")) return false;
    let style = 0;
    const sAt = tag.indexOf(' s="');
    if (sAt >= 0) {
      const value = tag.slice(sAt + 4, tag.indexOf('"', sAt + 4));
      if (value.includes('&')) return false;
      style = Number(value);
    } else if (tag.includes(" s='")) return false;
    if (column > MAX_COLUMN) return false;
    if (column <= previous && count > 0) return false;
    scan.columns[count] = column;
    scan.styles[count] = style;
    scan.starts[count] = at;
    scan.ends[count] = end;
    count++;
    previous = column;
    at = rowXml.indexOf(open, end);
  }
  scan.count = count;
  return true;
}

/** What `save`'s `ready` rejected with, passed on unchanged. */
class NotReady {
  constructor(readonly cause: unknown) {}
}

/** Adds a position to a value's ascending list. */
function addPosition(index: Map<string, number[]>, key: string, position: number): void {
  const positions = index.get(key);
  if (!positions) {
    index.set(key, [position]);
    return;
  }
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (positions[middle] < position) low = middle + 1;
    else high = middle;
  }
  positions.splice(low, 0, position);
}

function removePosition(index: Map<string, number[]>, key: string, position: number): void {
  const positions = index.get(key);
  if (!positions) return;
  const at = positions.indexOf(position);
  if (at >= 0) positions.splice(at, 1);
  if (positions.length === 0) index.delete(key);
}

/** One row's values by header, as handed out: empty cells are '', dates are read-only copies. */
function rowValues(columns: NamedColumns, cells: readonly Cell[]): Row {
  return columns.make(cells, readValue);
}

/** A cell as a read gives it: empty as '', a date as a date that cannot be changed. */
function readValue(value: Cell | undefined): Cell {
  return value === null || value === undefined ? '' : value instanceof Date ? readonlyDate(value) : value;
}

function storedRow(rowNumber: number, values: Row): StoredRow {
  return Object.freeze({ rowNumber, values: Object.freeze(values) });
}

/** [header, column] for every named column, and how a row's values object is made from its cells. */
type NamedColumns = ReadonlyArray<readonly [string, number]> & {
  readonly make: (cells: readonly Cell[], value: (cell: Cell | undefined) => Cell) => Row;
};

/** One per list of headers: a tab's rows are all made by the same function, so they share one object shape. */
const namedColumnsByHeaders = new Map<string, NamedColumns>();

/** The last answer per headers array: a tab's headers only grow at the end (new columns) or are replaced. */
const namedColumnsOfArray = new WeakMap<readonly string[], { length: number; named: NamedColumns }>();

/** [header, column] for every named column; a header used twice maps to its first column. */
function namedColumns(headers: readonly string[]): NamedColumns {
  const last = namedColumnsOfArray.get(headers);
  if (last && last.length === headers.length) return last.named;
  const key = headers.join('\u0000');
  const known = namedColumnsByHeaders.get(key) ?? namedColumnsFor(headers);
  namedColumnsByHeaders.set(key, known);
  namedColumnsOfArray.set(headers, { length: headers.length, named: known });
  return known;
}

function namedColumnsFor(headers: readonly string[]): NamedColumns {
  const seen = new Set<string>();
  const columns: Array<readonly [string, number]> = [];
  headers.forEach((header, column) => {
    if (header === '' || seen.has(header)) return;
    seen.add(header);
    columns.push([header, column]);
  });
  return Object.assign(columns, { make: rowMaker(columns) });
}

/**
 * A function that makes a row's values object with one object literal of the tab's headers. V8 gives such an
 * object a fixed shape with its properties in the object; filled key by key in a loop, an object with this many
 * properties falls back to a slow dictionary (measured: five times the time to make 18,000 rows of 39 columns).
 * Headers are her text: each is written as a JSON string literal; "__proto__" (which a literal would take as the
 * prototype) and very wide tabs are filled in a loop, as an assignment would.
 */
function rowMaker(columns: ReadonlyArray<readonly [string, number]>): NamedColumns['make'] {
  if (columns.length > 1000 || columns.some(([header]) => header === '__proto__')) {
    return (cells, value) => {
      const values: Row = {};
      for (const [header, column] of columns) values[header] = value(cells[column]);
      return values;
    };
  }
  const body = columns.map(([header, column]) => `${JSON.stringify(header)}: value(cells[${column}])`).join(',\n');
  return new Function('cells', 'value', `return {\n${body}\n};`) as NamedColumns['make'];
}

function stub(entry: SheetEntry): Tab {
  return {
    entry,
    loaded: false,
    ns: '',
    head: '',
    tail: '',
    headers: [],
    rows: [],
    raw: [],
    dirty: new Map(),
    headerDirty: new Set(),
    fresh: false,
    frozenRows: 1,
    loadedRows: 0,
    changed: false,
  };
}

function isInternal(name: string): boolean {
  return name === META_SHEET || name === LISTS_SHEET;
}

/** The spec name, or with " (2)" when one of her tabs already has it. */
function uniqueSheetName(name: string, sheets: readonly SheetEntry[]): string {
  const taken = new Set(sheets.map((s) => s.name.toLowerCase()));
  if (!taken.has(name.toLowerCase())) return name;
  let n = 2;
  while (taken.has(`${name} (${n})`.toLowerCase())) n++;
  return `${name} (${n})`;
}

function frozenRows(head: string): number {
  const pane = /<(?:\w+:)?pane\b[^>]*>/.exec(head)?.[0];
  if (!pane || !/state="frozen"/.test(pane)) return 1;
  return Number(attribute(pane, 'ySplit') ?? 1) || 1;
}

/** Column styles from `<cols>` (a style she gave a whole column): column → style index. */
function columnStylesOf(head: string, ns: string): Map<number, number> {
  const styles = new Map<number, number>();
  const re = new RegExp(`<${ns}col\\s[^>]*>`, 'g');
  for (const m of head.matchAll(re)) {
    const style = Number(attribute(m[0], 'style') ?? 0);
    if (!style) continue;
    const min = Number(attribute(m[0], 'min'));
    const max = Math.min(Number(attribute(m[0], 'max')), min + 16_384);
    for (let column = min; column <= max; column++) styles.set(column, style);
  }
  return styles;
}

function columnWidth(tab: Tab, column: number): number {
  const texts = [tab.headers[column] ?? '', ...tab.rows.slice(0, WIDTH_SAMPLE).map((cells) => cells[column])];
  const longest = Math.max(
    ...texts.map((value) => (value instanceof Date ? DATE_FORMAT.length : String(value ?? '').length)),
  );
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
}

/** The start of a tab the script makes: frozen header row, columns sized to their content. */
function freshHead(tab: Tab): string {
  const width = Math.max(tab.headers.length, ...tab.rows.slice(0, WIDTH_SAMPLE).map((cells) => cells.length));
  const cols = Array.from(
    { length: width },
    (_, c) => `<col min="${c + 1}" max="${c + 1}" width="${columnWidth(tab, c)}" customWidth="1"/>`,
  ).join('');
  const frozen = Math.max(1, tab.frozenRows);
  return `${sheetStart()}<dimension ref="A1"/><sheetViews><sheetView workbookViewId="0"><pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>${cols ? `<cols>${cols}</cols>` : ''}`;
}

function sheetStart(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`;
}

/** A small sheet of text cells (the hidden bookkeeping and lists sheets). */
function plainSheetXml(rows: readonly (readonly string[])[], styles: StyleSheet): string {
  const body = rows
    .map((cells, r) => {
      const xml = cells.map((value, c) => cellXml('', c + 1, r + 1, value, 0, styles)).join('');
      return xml === '' ? '' : `<row r="${r + 1}">${xml}</row>`;
    })
    .join('');
  return `${sheetStart()}<sheetData>${body}</sheetData></worksheet>`;
}

function listsXml(usable: readonly Dropdown[]): string {
  const height = Math.max(...usable.map((d) => d.values.length));
  const rows = Array.from({ length: height }, (_, r) => usable.map((d) => d.values[r] ?? ''));
  return plainSheetXml(rows, new StyleSheet(''));
}

/** Elements that come after dataValidations in a worksheet (the schema fixes the order). */
const AFTER_VALIDATIONS = [
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

/**
 * The part after sheetData with the script's dropdowns replaced by `ours`; every data validation of hers
 * (one whose list is not on the script's lists sheet) is kept as it is.
 */
export function withValidations(tail: string, ns: string, ours: readonly string[], listsName: string): string {
  const block = new RegExp(`<${ns}dataValidations\\b[^>]*?(?:/>|>([\\s\\S]*?)</${ns}dataValidations>)`).exec(tail);
  const mark = [`${listsName}!`, `'${listsName.replace(/'/g, "''")}'!`];
  const hers: string[] = [];
  if (block?.[1]) {
    const re = new RegExp(`<${ns}dataValidation\\b[^>]*?(?:/>|>[\\s\\S]*?</${ns}dataValidation>)`, 'g');
    for (const m of block[1].matchAll(re)) if (!mark.some((k) => m[0].includes(k))) hers.push(m[0]);
  }
  const all = [...hers, ...ours];
  const xml =
    all.length > 0 ? `<${ns}dataValidations count="${all.length}">${all.join('')}</${ns}dataValidations>` : '';
  if (block) return tail.slice(0, block.index) + xml + tail.slice(block.index + block[0].length);
  if (xml === '') return tail;
  let at = tail.lastIndexOf(`</${ns}worksheet>`);
  for (const name of AFTER_VALIDATIONS) {
    const m = new RegExp(`<${ns}${name}[\\s/>]`).exec(tail);
    if (m && m.index < at) {
      at = m.index;
      break;
    }
  }
  return tail.slice(0, at) + xml + tail.slice(at);
}

/** Her filter over all data rows keeps covering them when the script adds rows. */
function extendFilter(tail: string, lastLoadedRow: number, lastRow: number): string {
  if (lastRow <= lastLoadedRow) return tail;
  return tail.replace(
    /(<(?:\w+:)?autoFilter\s+ref="[A-Z]+\d+:[A-Z]+)(\d+)(")/,
    (all, start: string, end: string, q: string) => (Number(end) === lastLoadedRow ? `${start}${lastRow}${q}` : all),
  );
}

function trimEnd(cells: Cell[]): void {
  while (cells.length > 0 && isEmpty(cells[cells.length - 1])) cells.pop();
}

function columnOf(tab: Tab, tabName: string, header: string): number {
  const column = header === '' ? -1 : tab.headers.indexOf(header);
  if (column < 0) throw new Error(`Onbekende kolom "${header}" in tab "${tabName}".`);
  return column;
}

function isEmpty(value: Cell | undefined): boolean {
  return value === null || value === undefined || value === '';
}

/** Rows up to and including the last one with any content. */
function usedRowCount(rows: readonly Cell[][]): number {
  let count = rows.length;
  while (count > 0 && (!rows[count - 1] || rows[count - 1].every(isEmpty))) count--;
  return count;
}

/**
 * A value as stored: undefined (a missing key at run time) becomes an empty cell, dates are copied. Text
 * longer than an xlsx cell holds is cut visibly: it ends in "…[ingekort: N tekens]" (the import sends such
 * rows to Te controleren before they get here; this keeps any other long text from breaking the file).
 */
function incoming(value: Cell | undefined): Cell {
  if (value === undefined) return null;
  if (typeof value === 'string' && value.length > MAX_CELL_TEXT) return cutToCell(value);
  // A copy (the caller keeps hers), read-only: reads hand the cell's own date out.
  return value instanceof Date ? new ReadonlyDate(value.getTime()) : value;
}

export function cutToCell(value: string): string {
  const marker = ` …[ingekort: ${value.length} tekens]`;
  return value.slice(0, MAX_CELL_TEXT - marker.length) + marker;
}
