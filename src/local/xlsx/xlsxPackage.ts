import { EMPTY_STYLES } from './styles';
import { attribute, escapeAttribute } from './xmlText';
import { type NewPart, readZip, writeZip, type ZipPart } from './zip';

/**
 * An xlsx file as its parts: the workbook's list of sheets (name, stable `sheetId`, part, visibility), the
 * relationships and content types needed to add a sheet, and every other part kept as it was read (comments,
 * drawings, themes, her tables, custom properties, …). Only the parts the twin changes are written anew.
 */

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

export interface SheetEntry {
  name: string;
  /** `sheetId` in workbook.xml: Excel keeps it when a sheet is renamed or moved. */
  readonly sheetId: number;
  /** Part name, e.g. `xl/worksheets/sheet3.xml`. */
  readonly path: string;
  state: SheetState;
  readonly relId: string;
  /** The original `<sheet …/>` element (other attributes kept), or '' for a new sheet. */
  readonly xml: string;
}

const REL_NS = [
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://purl.oclc.org/ooxml/officeDocument/relationships',
];
const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const WORKSHEET_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';

const EMPTY_PARTS: Record<string, string> = {
  '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
  '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView/></bookViews><sheets/><calcPr calcId="191029"/></workbook>`,
  'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
  'xl/styles.xml': EMPTY_STYLES,
};

export class XlsxPackage {
  readonly sheets: SheetEntry[] = [];
  private readonly parts = new Map<string, ZipPart | Buffer>();
  private readonly workbookPath: string;
  private readonly relsPath: string;
  private relPrefix = 'r';
  private rels: string;
  private types: string;

  private constructor(parts: Iterable<ZipPart>) {
    for (const part of parts) this.parts.set(part.name, part);
    const root = this.text('_rels/.rels');
    const office = /<Relationship\b[^>]*\/officeDocument"[^>]*>/.exec(root)?.[0];
    const target = office ? attribute(office, 'Target') : undefined;
    if (!target) throw new Error('no officeDocument');
    this.workbookPath = target.replace(/^\//, '');
    const dir = this.workbookPath.slice(0, this.workbookPath.lastIndexOf('/') + 1);
    this.relsPath = `${dir}_rels/${this.workbookPath.slice(dir.length)}.rels`;
    this.rels = this.text(this.relsPath);
    this.types = this.text('[Content_Types].xml');
    const workbook = this.text(this.workbookPath);
    for (const ns of REL_NS) {
      const m = new RegExp(`xmlns:(\\w+)="${ns}"`).exec(workbook);
      if (m) this.relPrefix = m[1];
    }
    const targets = this.relTargets(dir);
    for (const m of workbook.matchAll(/<(?:\w+:)?sheet\s[^>]*>/g)) {
      const tag = m[0];
      const relId = attribute(tag, `${this.relPrefix}:id`) ?? '';
      const path = targets.get(relId);
      if (!path) continue;
      this.sheets.push({
        name: attribute(tag, 'name') ?? '',
        sheetId: Number(attribute(tag, 'sheetId')),
        path,
        state: (attribute(tag, 'state') as SheetState | undefined) ?? 'visible',
        relId,
        xml: tag,
      });
    }
  }

  static async open(data: Buffer): Promise<XlsxPackage> {
    return new XlsxPackage(await readZip(data));
  }

  static empty(): XlsxPackage {
    return new XlsxPackage(
      Object.entries(EMPTY_PARTS).map(([name, text]) => {
        const bytes = Buffer.from(text, 'utf8');
        return { name, bytes: () => bytes };
      }),
    );
  }

  has(name: string): boolean {
    return this.parts.has(name);
  }

  /** The part's bytes (inflated). */
  bytes(name: string): Buffer {
    const part = this.parts.get(name);
    if (!part) throw new Error(`missing part ${name}`);
    return Buffer.isBuffer(part) ? part : part.bytes();
  }

  text(name: string): string {
    const part = this.parts.get(name);
    if (!part) throw new Error(`missing part ${name}`);
    return (Buffer.isBuffer(part) ? part : part.bytes()).toString('utf8');
  }

  /** After a save: the part as it is now in the file. */
  replacePart(name: string, data: string | Buffer): void {
    this.parts.set(name, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
  }

  /** The part a workbook relationship of this type points to (`styles`, `sharedStrings`), if any. */
  relatedPart(type: string): string | undefined {
    const dir = this.workbookPath.slice(0, this.workbookPath.lastIndexOf('/') + 1);
    for (const m of this.rels.matchAll(/<Relationship\b[^>]*>/g)) {
      if ((attribute(m[0], 'Type') ?? '').endsWith(`/${type}`)) return resolve(dir, attribute(m[0], 'Target') ?? '');
    }
    return undefined;
  }

  /** Adds an empty sheet at the end (its XML is given on save). */
  addSheet(name: string, state: SheetState): SheetEntry {
    const sheetId = Math.max(0, ...this.sheets.map((s) => s.sheetId)) + 1;
    let n = this.sheets.length + 1;
    while (this.parts.has(`xl/worksheets/sheet${n}.xml`)) n++;
    const path = `xl/worksheets/sheet${n}.xml`;
    const ids = [...this.rels.matchAll(/Id="rId(\d+)"/g)].map((m) => Number(m[1]));
    const relId = `rId${Math.max(0, ...ids) + 1}`;
    const dir = this.workbookPath.slice(0, this.workbookPath.lastIndexOf('/') + 1);
    const target = path.startsWith(dir) ? path.slice(dir.length) : `/${path}`;
    this.rels = this.rels.replace(
      /<\/(\w+:)?Relationships>/,
      (close) => `<Relationship Id="${relId}" Type="${WORKSHEET_REL}" Target="${target}"/>${close}`,
    );
    this.types = this.types.replace(
      /<\/(\w+:)?Types>/,
      (close) => `<Override PartName="/${path}" ContentType="${WORKSHEET_TYPE}"/>${close}`,
    );
    this.parts.set(path, Buffer.alloc(0));
    const entry: SheetEntry = { name, sheetId, path, state, relId, xml: '' };
    this.sheets.push(entry);
    return entry;
  }

  /**
   * Writes the package: `changed` parts replace theirs, every other part is written as it was read.
   * calcChain.xml is left out (Excel rebuilds it; a stale one makes Excel "repair" the file) and the
   * workbook asks for a full recalculation on opening, so her formulas over the script's tabs are current.
   */
  async save(target: string, changed: ReadonlyMap<string, NewPart['data']>): Promise<void> {
    const calcChain = this.relatedPart('calcChain');
    if (calcChain) {
      this.rels = this.rels.replace(/<Relationship\b[^>]*\/calcChain"[^>]*>/g, '');
      this.types = this.types.replace(/<Override\b[^>]*calcChain[^>]*>/g, '');
    }
    const out: NewPart[] = [];
    const written = new Set<string>();
    const put = (name: string, data: NewPart['data']) => {
      out.push({ name, data });
      written.add(name);
    };
    put('[Content_Types].xml', this.types);
    put(this.relsPath, this.rels);
    put(this.workbookPath, this.workbookXml());
    for (const [name, data] of changed) if (!written.has(name)) put(name, data);
    for (const [name, part] of this.parts) {
      if (written.has(name) || name === calcChain) continue;
      put(name, Buffer.isBuffer(part) ? part : (part.stored ?? part.bytes()));
    }
    await writeZip(target, out);
  }

  private workbookXml(): string {
    let xml = this.text(this.workbookPath);
    const sheets = this.sheets
      .map((s) => {
        if (s.xml === '') {
          const state = s.state === 'visible' ? '' : ` state="${s.state}"`;
          return `<sheet name="${escapeAttribute(s.name)}" sheetId="${s.sheetId}"${state} ${this.relPrefix}:id="${s.relId}"/>`;
        }
        let tag = s.xml.replace(/\sstate="[^"]*"/, '');
        if (s.state !== 'visible') tag = tag.replace(/\s*(\/?)>$/, ` state="${s.state}"$1>`);
        return tag;
      })
      .join('');
    const sheetsRe = /<(\w+:)?sheets\s*\/>|<(\w+:)?sheets>[\s\S]*?<\/(\w+:)?sheets>/;
    const prefix = sheetsRe.exec(xml)?.[1] ?? sheetsRe.exec(xml)?.[2] ?? '';
    xml = xml.replace(sheetsRe, `<${prefix}sheets>${sheets}</${prefix}sheets>`);
    if (/<(\w+:)?calcPr\b/.test(xml)) {
      xml = xml.replace(/<((?:\w+:)?calcPr)\b([^>]*?)(\/?)>/, (_m, name: string, attrs: string, slash: string) => {
        const kept = attrs.replace(/\sfullCalcOnLoad="[^"]*"/, '');
        return `<${name}${kept} fullCalcOnLoad="1"${slash}>`;
      });
    }
    return xml;
  }

  private relTargets(dir: string): Map<string, string> {
    const map = new Map<string, string>();
    for (const m of this.rels.matchAll(/<Relationship\b[^>]*>/g)) {
      const id = attribute(m[0], 'Id');
      const target = attribute(m[0], 'Target');
      if (id && target && attribute(m[0], 'TargetMode') !== 'External') map.set(id, resolve(dir, target));
    }
    return map;
  }
}

/** A relationship target relative to `dir` (or absolute with a leading /) → part name. */
function resolve(dir: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = `${dir}${target}`.split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}
