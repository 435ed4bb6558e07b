import { unneutralise } from '../../domain/common/neutralise';
import type { Cell } from '../../ports';
import type { StyleSheet } from './styles';
import { attribute, columnLetters, columnNumber, readText, writeText } from './xmlText';

/**
 * One worksheet part, scanned rather than parsed into a DOM: what comes before `<sheetData>` (views, column
 * widths, …) and after it (filters, conditional formats, data validations, comments, …) is kept as text,
 * and every row keeps its original XML, so a row the twin did not write is saved byte for byte as it was.
 * The scanner handles what spreadsheet programs write: shared and inline strings, formulas (also shared
 * ones), booleans, errors, rows and cells without `r`, and a namespace prefix on every element.
 * A streaming XML parser (saxes) was measured at ~30× the time of this scanner on a 36 MB sheet (docs/bench.md).
 */
export interface ScannedSheet {
  /** Everything before the sheetData element. */
  readonly head: string;
  /** Everything after the sheetData element. */
  readonly tail: string;
  /** The namespace prefix of SpreadsheetML elements in this part ('' or e.g. 'x:'). */
  readonly ns: string;
  /** Rows in sheet order, with their 1-based number and their XML. */
  readonly rows: Array<{ number: number; xml: string }>;
}

export function scanSheet(xml: string): ScannedSheet {
  const root = /<(\w+:)?worksheet[\s>]/.exec(xml);
  const ns = root?.[1] ?? '';
  const open = xml.indexOf(`<${ns}sheetData`);
  if (open < 0) throw new Error('worksheet without sheetData');
  const openEnd = xml.indexOf('>', open);
  const head = xml.slice(0, open);
  if (xml[openEnd - 1] === '/') return { head, tail: xml.slice(openEnd + 1), ns, rows: [] };
  const closeTag = `</${ns}sheetData>`;
  const close = xml.indexOf(closeTag, openEnd);
  const rows: Array<{ number: number; xml: string }> = [];
  const rowOpen = `<${ns}row`;
  const rowClose = `</${ns}row>`;
  let at = xml.indexOf(rowOpen, openEnd);
  let previous = 0;
  while (at >= 0 && at < close) {
    const tagEnd = xml.indexOf('>', at);
    const end = xml[tagEnd - 1] === '/' ? tagEnd + 1 : xml.indexOf(rowClose, tagEnd) + rowClose.length;
    const rowXml = xml.slice(at, end);
    const r = attribute(xml.slice(at, tagEnd + 1), 'r');
    const number = r ? Number(r) : previous + 1;
    rows.push({ number, xml: rowXml });
    previous = number;
    at = xml.indexOf(rowOpen, end);
  }
  return { head, tail: xml.slice(close + closeTag.length), ns, rows };
}

/**
 * `scanSheet` on the part's bytes: the markup it looks for is ASCII, so it is found in the bytes, and each row
 * is decoded on its own. A row's text then holds one byte per character unless the row itself needs more,
 * and no row keeps the whole part's text alive (one non-Latin-1 character anywhere would make every row of
 * a sliced whole take two bytes a character). The same result as `scanSheet(bytes.toString('utf8'))`; a part
 * it cannot follow the same way (no root in the head, an unclosed row or sheetData) goes through that.
 */
export function scanSheetBytes(bytes: Buffer): ScannedSheet {
  const whole = () => scanSheet(bytes.toString('utf8'));
  const first = bytes.indexOf('sheetData');
  if (first < 0) return whole();
  const root = /<(\w+:)?worksheet[\s>]/.exec(bytes.toString('utf8', 0, first));
  if (!root) return whole();
  const ns = root[1] ?? '';
  const open = bytes.indexOf(`<${ns}sheetData`);
  if (open < 0) return whole();
  const openEnd = bytes.indexOf('>', open);
  if (openEnd < 0) return whole();
  const head = bytes.toString('utf8', 0, open);
  if (bytes[openEnd - 1] === 0x2f) return { head, tail: bytes.toString('utf8', openEnd + 1), ns, rows: [] };
  const closeTag = `</${ns}sheetData>`;
  const close = bytes.indexOf(closeTag, openEnd);
  if (close < 0) return whole();
  const rows: Array<{ number: number; xml: string }> = [];
  const rowOpen = `<${ns}row`;
  const rowClose = `</${ns}row>`;
  let at = bytes.indexOf(rowOpen, openEnd);
  let previous = 0;
  while (at >= 0 && at < close) {
    const tagEnd = bytes.indexOf('>', at);
    if (tagEnd < 0) return whole();
    let end: number;
    if (bytes[tagEnd - 1] === 0x2f) end = tagEnd + 1;
    else {
      const closing = bytes.indexOf(rowClose, tagEnd);
      if (closing < 0) return whole();
      end = closing + rowClose.length;
    }
    const rowXml = bytes.toString('utf8', at, end);
    const r = attribute(rowXml.slice(0, rowXml.indexOf('>') + 1), 'r');
    const number = r ? Number(r) : previous + 1;
    rows.push({ number, xml: rowXml });
    previous = number;
    at = bytes.indexOf(rowOpen, end);
  }
  return { head, tail: bytes.toString('utf8', close + closeTag.length), ns, rows };
}

/** One cell of a row as found in the file. */
export interface RawCell {
  /** 1-based column. */
  readonly column: number;
  readonly style: number;
  readonly xml: string;
}

/** The start tag of a row, its cells and where they are. */
export function rowCells(rowXml: string, ns: string): { tag: string; cells: RawCell[] } {
  const tagEnd = rowXml.indexOf('>');
  const tag = rowXml.slice(0, tagEnd + 1);
  const cells: RawCell[] = [];
  if (rowXml[tagEnd - 1] === '/') return { tag, cells };
  const open = `<${ns}c`;
  const close = `</${ns}c>`;
  let at = rowXml.indexOf(open, tagEnd);
  let previous = 0;
  while (at >= 0) {
    const next = rowXml[at + open.length];
    if (next !== ' ' && next !== '>' && next !== '/' && next !== '\n' && next !== '\t') {
      at = rowXml.indexOf(open, at + 1);
      continue;
    }
    const cellTagEnd = rowXml.indexOf('>', at);
    const end = rowXml[cellTagEnd - 1] === '/' ? cellTagEnd + 1 : rowXml.indexOf(close, cellTagEnd) + close.length;
    const cellTag = rowXml.slice(at, cellTagEnd + 1);
    const ref = attribute(cellTag, 'r');
    const column = ref ? columnNumber(/^[A-Z]+/.exec(ref)?.[0] ?? '') : previous + 1;
    cells.push({ column, style: Number(attribute(cellTag, 's') ?? 0), xml: rowXml.slice(at, end) });
    previous = column;
    at = rowXml.indexOf(open, end);
  }
  return { tag, cells };
}

/** What a cell holds, as the twin reads it: strings unneutralised, dates as Date, formulas by their result. */
/** Date, or a subclass of it (the twin's read-only dates). */
export interface DateKind {
  new (value: number | string): Date;
  new (
    year: number,
    monthIndex: number,
    date?: number,
    hours?: number,
    minutes?: number,
    seconds?: number,
    ms?: number,
  ): Date;
}

export function cellValue(
  cell: RawCell,
  ns: string,
  strings: readonly string[],
  styles: StyleSheet,
  DateClass: DateKind = Date,
): Cell {
  const xml = cell.xml;
  const tagEnd = xml.indexOf('>');
  if (xml[tagEnd - 1] === '/') return null;
  const tag = xml.slice(0, tagEnd + 1);
  const type = attribute(tag, 't') ?? 'n';
  const v = inner(xml, `${ns}v`, tagEnd);
  if (type === 'inlineStr') {
    const is = inner(xml, `${ns}is`, tagEnd);
    return is === undefined ? null : unneutralise(textRuns(is, ns));
  }
  if (v === undefined) {
    const formula = inner(xml, `${ns}f`, tagEnd);
    return formula ? `=${readText(formula)}` : null;
  }
  switch (type) {
    case 's': {
      const text = strings[Number(v)];
      return text === undefined ? null : unneutralise(text);
    }
    case 'str':
      return unneutralise(readText(v));
    case 'b':
      return v.trim() === '1' || v.trim() === 'true';
    case 'e':
      return readText(v);
    case 'd': {
      const date = new DateClass(readText(v));
      return Number.isNaN(date.getTime()) ? readText(v) : date;
    }
    default: {
      const n = Number(v);
      if (Number.isNaN(n)) return readText(v);
      return styles.isDate(cell.style) ? fromSerial(n, DateClass) : n;
    }
  }
}

/**
 * The values of a row's cells by 0-based column (holes for absent cells), without making an object per
 * cell: the common cells (shared strings, numbers, dates, booleans with a plain `<v>`) are decoded in place,
 * the rest (inline strings, formulas without a result, `<v>` with attributes) through `cellValue`.
 */
export function rowValues(
  rowXml: string,
  ns: string,
  strings: readonly string[],
  styles: StyleSheet,
  DateClass: DateKind = Date,
): Cell[] {
  const values: Cell[] = [];
  const tagEnd = rowXml.indexOf('>');
  if (rowXml.charCodeAt(tagEnd - 1) === 47) return values;
  const open = `<${ns}c`;
  const close = `</${ns}c>`;
  const vOpen = `<${ns}v>`;
  const vClose = `</${ns}v>`;
  let at = rowXml.indexOf(open, tagEnd);
  let previous = 0;
  while (at >= 0) {
    const next = rowXml.charCodeAt(at + open.length);
    // ' ' '>' '/' LF TAB: a cell element (not another element starting with "c").
    if (next !== 32 && next !== 62 && next !== 47 && next !== 10 && next !== 9) {
      at = rowXml.indexOf(open, at + 1);
      continue;
    }
    const cellTagEnd = rowXml.indexOf('>', at);
    const selfClosing = rowXml.charCodeAt(cellTagEnd - 1) === 47;
    const end = selfClosing ? cellTagEnd + 1 : rowXml.indexOf(close, cellTagEnd) + close.length;
    // Attributes are looked for in the start tag only (searching the row would scan past the cell).
    const tag = rowXml.slice(at, cellTagEnd);
    let column = previous + 1;
    const r = tag.indexOf(' r="');
    if (r >= 0) {
      let n = 0;
      for (let k = r + 4; ; k++) {
        const code = tag.charCodeAt(k);
        if (code < 65 || code > 90) break;
        n = n * 26 + (code - 64);
      }
      column = n;
    }
    previous = column;
    if (selfClosing) values[column - 1] = null;
    else {
      let style = 0;
      const sAt = tag.indexOf(' s="');
      if (sAt >= 0) style = Number(tag.slice(sAt + 4, tag.indexOf('"', sAt + 4)));
      let type = 'n';
      const tAt = tag.indexOf(' t="');
      if (tAt >= 0) type = tag.slice(tAt + 4, tag.indexOf('"', tAt + 4));
      const inline = type === 'inlineStr' ? plainInline(rowXml, cellTagEnd, end, ns) : null;
      // Only these types are read from `<v>`: an inline string has none, and looking for one would scan the rest
      // of the row for every cell.
      const plainValue = type === 's' || type === 'n' || type === 'b';
      const v = plainValue ? rowXml.indexOf(vOpen, cellTagEnd) : -1;
      if (v >= 0 && v < end && plainValue) {
        const text = rowXml.slice(v + vOpen.length, rowXml.indexOf(vClose, v));
        if (type === 's') {
          const shared = strings[Number(text)];
          values[column - 1] = shared === undefined ? null : unneutralise(shared);
        } else if (type === 'b') values[column - 1] = text.trim() === '1' || text.trim() === 'true';
        else {
          const n = Number(text);
          values[column - 1] = Number.isNaN(n) ? readText(text) : styles.isDate(style) ? fromSerial(n, DateClass) : n;
        }
      } else if (inline !== null) {
        values[column - 1] = unneutralise(readText(inline));
      } else {
        values[column - 1] = cellValue({ column, style, xml: rowXml.slice(at, end) }, ns, strings, styles, DateClass);
      }
    }
    at = rowXml.indexOf(open, end);
  }
  return values;
}

/**
 * The text of an inline string of one plain run (`<is><t>…</t></is>`, as the twin writes it) right after the
 * cell's start tag, or null for anything else (rich text, phonetic runs).
 */
function plainInline(xml: string, tagEnd: number, end: number, ns: string): string | null {
  const open = `<${ns}is><${ns}t`;
  let at = tagEnd + 1;
  if (!xml.startsWith(open, at)) return null;
  at += open.length;
  if (xml.charCodeAt(at) === 62) at += 1;
  else if (xml.startsWith(' xml:space="preserve">', at)) at += 22;
  else return null;
  const close = xml.indexOf(`</${ns}t></${ns}is>`, at);
  if (close < 0 || close > end || xml.indexOf('<', at) !== close) return null;
  return xml.slice(at, close);
}

/** The text inside the first `<name …>…</name>` from `from`, or undefined. */
function inner(xml: string, name: string, from: number): string | undefined {
  const open = xml.indexOf(`<${name}`, from);
  if (open < 0) return undefined;
  const after = xml[open + name.length + 1];
  if (after !== '>' && after !== ' ' && after !== '/') return inner(xml, name, open + 1);
  const tagEnd = xml.indexOf('>', open);
  if (xml[tagEnd - 1] === '/') return '';
  const close = xml.indexOf(`</${name}>`, tagEnd);
  return close < 0 ? undefined : xml.slice(tagEnd + 1, close);
}

/** The text of a string item (`<si>` or `<is>`): every `<t>` run, phonetic runs left out. */
export function textRuns(xml: string, ns: string): string {
  const body = xml.includes('rPh') ? xml.replace(new RegExp(`<${ns}rPh\\b[\\s\\S]*?</${ns}rPh>`, 'g'), '') : xml;
  const t = `<${ns}t`;
  let at = body.indexOf(t);
  if (at < 0) return '';
  let out = '';
  while (at >= 0) {
    const after = body[at + t.length];
    const tagEnd = body.indexOf('>', at);
    if ((after === '>' || after === ' ') && body[tagEnd - 1] !== '/') {
      const close = body.indexOf(`</${ns}t>`, tagEnd);
      out += body.slice(tagEnd + 1, close);
      at = body.indexOf(t, close);
    } else at = body.indexOf(t, tagEnd);
  }
  return readText(out);
}

/** The shared strings part: one text per `<si>`. */
export function readSharedStrings(xml: string): string[] {
  const root = /<(\w+:)?sst[\s>]/.exec(xml);
  const ns = root?.[1] ?? '';
  const open = `<${ns}si>`;
  const close = `</${ns}si>`;
  const out: string[] = [];
  let at = xml.indexOf(open);
  while (at >= 0) {
    const end = xml.indexOf(close, at);
    const body = xml.slice(at + open.length, end);
    // The common case: one plain run.
    const simple = /^<(?:\w+:)?t(?: xml:space="preserve")?>([^<]*)<\/(?:\w+:)?t>$/.exec(body);
    out.push(simple ? readText(simple[1]) : textRuns(body, ns));
    at = xml.indexOf(open, end);
  }
  return out;
}

// ---- dates -------------------------------------------------------------------------------------------------

const EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

/*
 * An xlsx date has no time zone: it is the time on the clock. The twin reads it as that time on the
 * machine's clock and writes the clock time back, so the worker sees 14:00 for a form sent at 14:00 in Eeklo.
 * The date is made as `DateClass` (Date, or a subclass such as the twin's read-only dates).
 */
export function fromSerial(serial: number, DateClass: DateKind = Date): Date {
  const utc = new Date(EPOCH + Math.round(serial * DAY));
  return new DateClass(
    utc.getUTCFullYear(),
    utc.getUTCMonth(),
    utc.getUTCDate(),
    utc.getUTCHours(),
    utc.getUTCMinutes(),
    utc.getUTCSeconds(),
    utc.getUTCMilliseconds(),
  );
}

export function toSerial(date: Date): number {
  const time = date.getTime();
  if (time >= YEAR_101 && time <= LAST_SAFE) {
    // The clock time is the time minus the zone's offset. `getTimezoneOffset` gives whole minutes (an offset of
    // minutes and seconds, as before standard time, is cut off): the clock's seconds tell when it is exact.
    const wall = time - date.getTimezoneOffset() * 60_000;
    const second = ((wall % 60_000) + 60_000) % 60_000;
    if (second === date.getSeconds() * 1000 + date.getMilliseconds()) return (wall - EPOCH) / DAY;
  }
  return (wallClock(date) - EPOCH) / DAY;
}

/** The clock time of `date` as a UTC time value (the plain computation `toSerial` is held equal to). */
export function wallClock(date: Date): number {
  return Date.UTC(
    date.getFullYear(),
    date.getMonth(),
    date.getDate(),
    date.getHours(),
    date.getMinutes(),
    date.getSeconds(),
    date.getMilliseconds(),
  );
}

/** 1 January 101: from here on `Date.UTC` takes the year as it is (it reads 0–99 as 1900–1999). */
const YEAR_101 = Date.UTC(101, 0, 2);
/** A day before the last time a date can hold: past it the clock time may be out of range (`Date.UTC` gives NaN). */
const LAST_SAFE = 8.64e15 - DAY;

// ---- writing -----------------------------------------------------------------------------------------------

/** Excel refuses a cell with more characters than this. */
export const MAX_CELL_TEXT = 32_767;

/**
 * A value as cell XML. Strings are inline strings (never formulas), with one more apostrophe where reading
 * would otherwise take one away; a string a spreadsheet would read as a number keeps being text.
 * An empty value keeps only the cell's style (her colour stays on an emptied cell).
 */
export function cellXml(
  ns: string,
  column: number,
  row: number,
  value: Cell,
  style: number,
  styles: StyleSheet,
): string {
  const ref = `${columnLetters(column)}${row}`;
  if (value === null || value === '') return style ? `<${ns}c r="${ref}" s="${style}"/>` : '';
  if (typeof value === 'string') {
    const stored = unneutralise(value) === value ? value : `'${value}`;
    const space = /^\s|\s$/.test(stored) ? ' xml:space="preserve"' : '';
    const s = style ? ` s="${style}"` : '';
    return `<${ns}c r="${ref}"${s} t="inlineStr"><${ns}is><${ns}t${space}>${writeText(stored)}</${ns}t></${ns}is></${ns}c>`;
  }
  if (typeof value === 'boolean') {
    return `<${ns}c r="${ref}"${style ? ` s="${style}"` : ''} t="b"><${ns}v>${value ? 1 : 0}</${ns}v></${ns}c>`;
  }
  if (value instanceof Date) {
    const s = styles.dateVariant(style);
    return `<${ns}c r="${ref}" s="${s}"><${ns}v>${toSerial(value)}</${ns}v></${ns}c>`;
  }
  if (!Number.isFinite(value)) return cellXml(ns, column, row, String(value), style, styles);
  return `<${ns}c r="${ref}"${style ? ` s="${style}"` : ''}><${ns}v>${value}</${ns}v></${ns}c>`;
}

/** The markup `writeCell` writes, for one namespace prefix. */
export interface CellMarkup {
  /** `<c r="` */
  readonly open: string;
  /** ` t="inlineStr"><is><t` */
  readonly inline: string;
  /** `</t></is></c>` */
  readonly inlineEnd: string;
  /** ` t="b"><v>` */
  readonly boolean: string;
  /** `><v>` */
  readonly value: string;
  /** `</v></c>` */
  readonly valueEnd: string;
}

const markups = new Map<string, CellMarkup>();

export function cellMarkup(ns: string): CellMarkup {
  let markup = markups.get(ns);
  if (!markup) {
    markup = {
      open: `<${ns}c r="`,
      inline: ` t="inlineStr"><${ns}is><${ns}t`,
      inlineEnd: `</${ns}t></${ns}is></${ns}c>`,
      boolean: ` t="b"><${ns}v>`,
      value: `><${ns}v>`,
      valueEnd: `</${ns}v></${ns}c>`,
    };
    markups.set(ns, markup);
  }
  return markup;
}

/**
 * `cellXml` as pieces pushed onto `parts` (joined, they are that string), without making the string of each
 * cell. The style is resolved by the caller, for a date too: there it is `styles.dateVariant(style)` (what
 * `cellXml` writes). `row` is the row number as text. False when nothing is written (an empty cell without a
 * style).
 */
export function cellParts(
  parts: string[],
  markup: CellMarkup,
  column: number,
  row: string,
  value: Cell,
  style: number,
): boolean {
  if (value === null || value === '') {
    if (!style) return false;
    parts.push(markup.open, lettersOf(column), row, '" s="', String(style), '"/>');
    return true;
  }
  if (typeof value === 'string') {
    stringParts(parts, markup, column, row, value, style);
    return true;
  }
  if (typeof value === 'boolean') {
    parts.push(markup.open, lettersOf(column), row, style ? `" s="${style}"` : '"', markup.boolean);
    parts.push(value ? '1' : '0', markup.valueEnd);
    return true;
  }
  if (value instanceof Date) {
    parts.push(markup.open, lettersOf(column), row, '" s="', String(style), '"', markup.value);
    parts.push(String(toSerial(value)), markup.valueEnd);
    return true;
  }
  if (!Number.isFinite(value)) {
    stringParts(parts, markup, column, row, String(value), style);
    return true;
  }
  parts.push(markup.open, lettersOf(column), row, style ? `" s="${style}"` : '"', markup.value);
  parts.push(String(value), markup.valueEnd);
  return true;
}

function stringParts(
  parts: string[],
  markup: CellMarkup,
  column: number,
  row: string,
  value: string,
  style: number,
): void {
  // `unneutralise` changes only a text starting with an apostrophe.
  const stored = value.charCodeAt(0) === 39 && unneutralise(value) !== value ? `'${value}` : value;
  const space = isSpace(stored.charCodeAt(0)) || isSpace(stored.charCodeAt(stored.length - 1));
  parts.push(markup.open, lettersOf(column), row, style ? `" s="${style}"` : '"', markup.inline);
  parts.push(space ? ' xml:space="preserve">' : '>', NEEDS_WRITE_TEXT.test(stored) ? writeText(stored) : stored);
  parts.push(markup.inlineEnd);
}

/**
 * Text `writeText` changes: XML's special characters, what XML cannot hold (control characters, surrogates:
 * a pair too, left to `writeText` to tell apart, U+FFFE, U+FFFF) and `_x`. Other text is written as it is.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters XML cannot hold are what it looks for
const NEEDS_WRITE_TEXT = /[&<>\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]|_x/;

/** Column letters by number, made once each. */
const LETTERS: string[] = [];

function lettersOf(column: number): string {
  let letters = LETTERS[column];
  if (letters === undefined) {
    letters = columnLetters(column);
    if (column >= 0 && column <= 16_384) LETTERS[column] = letters;
  }
  return letters;
}

/** What `/\s/` matches (ECMAScript white space and line terminators). */
export function isSpace(code: number): boolean {
  if (code > 32 && code < 160) return false;
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
