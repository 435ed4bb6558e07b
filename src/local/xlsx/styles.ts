import { attribute, escapeAttribute } from './xmlText';

/**
 * The part of `xl/styles.xml` the twin needs: which cell styles show a date, and new styles derived from the
 * worker's (her fill with a date format, a bold header). Everything else in the part is kept as it is; new
 * entries are appended, so every style index already used in the workbook keeps its meaning.
 */

export const DATE_FORMAT = 'dd/mm/yyyy hh:mm';

const BUILT_IN_DATES = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47,
]);
for (let id = 50; id <= 58; id++) BUILT_IN_DATES.add(id);

/** A number format code shows a date or time when, outside quotes, escapes and colours, it has d/m/y/h/s. */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '')
    .replace(/General/gi, '');
  return /[dmyhs]/i.test(bare);
}

interface Xf {
  xml: string;
  numFmtId: number;
}

export const EMPTY_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

export class StyleSheet {
  private xml: string;
  private readonly formats = new Map<number, string>();
  private readonly xfs: Xf[] = [];
  private readonly dateCache = new Map<number, number>();
  private readonly boldCache = new Map<number, number>();
  private dateStyleKnown = new Map<number, boolean>();
  private changed = false;

  constructor(xml: string) {
    this.xml = xml;
    for (const tag of elements(section(xml, 'numFmts'), 'numFmt')) {
      this.formats.set(Number(attribute(tag, 'numFmtId')), attribute(tag, 'formatCode') ?? '');
    }
    for (const xf of elements(section(xml, 'cellXfs'), 'xf')) {
      this.xfs.push({ xml: xf, numFmtId: Number(attribute(xf, 'numFmtId') ?? 0) });
    }
  }

  /** Does a cell with this style show its number as a date? */
  isDate(style: number): boolean {
    let known = this.dateStyleKnown.get(style);
    if (known === undefined) {
      const id = this.xfs[style]?.numFmtId ?? 0;
      known = BUILT_IN_DATES.has(id) || (this.formats.has(id) && isDateFormat(this.formats.get(id) ?? ''));
      this.dateStyleKnown.set(style, known);
    }
    return known;
  }

  /** `style` itself when it shows dates; otherwise the same style with the twin's date format. */
  dateVariant(style: number): number {
    if (this.isDate(style)) return style;
    let derived = this.dateCache.get(style);
    if (derived === undefined) {
      const id = this.dateFormatId();
      const base = this.xfs[style]?.xml ?? this.xfs[0]?.xml ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>';
      derived = this.addXf(setAttribute(setAttribute(base, 'numFmtId', String(id)), 'applyNumberFormat', '1'), id);
      this.dateCache.set(style, derived);
    }
    return derived;
  }

  /** The same style with a bold font (headers the twin writes). */
  boldVariant(style: number): number {
    let derived = this.boldCache.get(style);
    if (derived === undefined) {
      const fontId = this.boldFontId();
      const base = this.xfs[style]?.xml ?? this.xfs[0]?.xml ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>';
      derived = this.addXf(
        setAttribute(setAttribute(base, 'fontId', String(fontId)), 'applyFont', '1'),
        this.xfs[style]?.numFmtId ?? 0,
      );
      this.boldCache.set(style, derived);
    }
    return derived;
  }

  /** The part as it must be written, or null when nothing was added. */
  changedXml(): string | null {
    return this.changed ? this.xml : null;
  }

  private addXf(xf: string, numFmtId: number): number {
    this.xfs.push({ xml: xf, numFmtId });
    this.xml = appendToSection(this.xml, 'cellXfs', xf, this.xfs.length);
    this.changed = true;
    return this.xfs.length - 1;
  }

  private dateFormatId(): number {
    for (const [id, code] of this.formats) if (code === DATE_FORMAT) return id;
    const id = Math.max(163, ...this.formats.keys()) + 1;
    this.formats.set(id, DATE_FORMAT);
    const tag = `<numFmt numFmtId="${id}" formatCode="${escapeAttribute(DATE_FORMAT)}"/>`;
    if (section(this.xml, 'numFmts') === '') {
      // numFmts comes first in a styleSheet.
      this.xml = this.xml.replace(/(<(?:\w+:)?styleSheet\b[^>]*>)/, `$1<numFmts count="0"></numFmts>`);
    }
    this.xml = appendToSection(this.xml, 'numFmts', tag, this.formats.size);
    this.changed = true;
    return id;
  }

  private boldFont = -1;
  private boldFontId(): number {
    if (this.boldFont >= 0) return this.boldFont;
    const fonts = elements(section(this.xml, 'fonts'), 'font');
    const base = fonts[0] ?? '<font><sz val="11"/><name val="Calibri"/></font>';
    const bold = base.includes('<b/>') ? base : base.replace(/^<font(\s[^>]*)?>/, (open) => `${open}<b/>`);
    this.xml = appendToSection(this.xml, 'fonts', bold, fonts.length + 1);
    this.boldFont = fonts.length;
    this.changed = true;
    return this.boldFont;
  }
}

/** The inner XML of the first `<name …>…</name>` (any namespace prefix), or ''. */
function section(xml: string, name: string): string {
  const open = new RegExp(`<(\\w+:)?${name}\\b[^>]*?(/?)>`).exec(xml);
  if (!open || open[2] === '/') return '';
  const close = xml.indexOf(`</${open[1] ?? ''}${name}>`, open.index);
  return close < 0 ? '' : xml.slice(open.index + open[0].length, close);
}

/** The direct `<name …/>` or `<name …>…</name>` elements of a section, as XML. */
function elements(inner: string, name: string): string[] {
  const out: string[] = [];
  const start = new RegExp(`<(\\w+:)?${name}\\b`, 'g');
  let m: RegExpExecArray | null = start.exec(inner);
  while (m) {
    const tagEnd = inner.indexOf('>', m.index);
    let end: number;
    if (inner[tagEnd - 1] === '/') end = tagEnd + 1;
    else {
      const close = `</${m[1] ?? ''}${name}>`;
      end = inner.indexOf(close, tagEnd) + close.length;
    }
    out.push(inner.slice(m.index, end));
    start.lastIndex = end;
    m = start.exec(inner);
  }
  return out;
}

function appendToSection(xml: string, name: string, element: string, count: number): string {
  const open = new RegExp(`<(\\w+:)?${name}\\b([^>]*?)(/?)>`).exec(xml);
  if (!open) throw new Error(`styles.xml: no ${name}`);
  const prefix = open[1] ?? '';
  const attributes = setAttribute(`<x${open[2]}>`, 'count', String(count)).slice(2, -1);
  if (open[3] === '/') {
    return `${xml.slice(0, open.index)}<${prefix}${name}${attributes}>${element}</${prefix}${name}>${xml.slice(open.index + open[0].length)}`;
  }
  const close = xml.indexOf(`</${prefix}${name}>`, open.index);
  return `${xml.slice(0, open.index)}<${prefix}${name}${attributes}>${xml.slice(open.index + open[0].length, close)}${element}${xml.slice(close)}`;
}

/** Sets (or adds) an attribute on the start tag at the beginning of `xml`. */
export function setAttribute(xml: string, name: string, value: string): string {
  const tagEnd = xml.indexOf('>');
  const tag = xml.slice(0, tagEnd + 1);
  const re = new RegExp(`\\s${name}="[^"]*"`);
  const next = re.test(tag)
    ? tag.replace(re, ` ${name}="${value}"`)
    : tag.replace(/\s*(\/?)>$/, ` ${name}="${value}"$1>`);
  return next + xml.slice(tagEnd + 1);
}
