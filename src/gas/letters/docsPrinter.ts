import type { LetterPrinter, PrintedDocument, PrintLetter, PrintSpec } from '../../app/letters/ports';
import { BATCH_PLACEHOLDERS, LIST_PLACEHOLDERS } from '../../domain/letters/catalogue';
import { MARGINS, MM_TO_PT } from '../../domain/letters/layout';
import { dropsLine, oneLine, placeholdersIn } from '../../domain/letters/template';
import type { Properties } from '../../ports';
import { type DocsTemplateStore, lettersFolder } from './templateDocs';

type Body = GoogleAppsScript.Document.Body;
type Doc = GoogleAppsScript.Document.Document;

/**
 * The Google printer: ONE Google Doc per batch (never a file per letter), one letter per page, exported to PDF.
 *
 * At the start the batch Doc gets one "prototype" per language: a borderless one-cell table holding the frame
 * (letterhead, the address block placed for the window envelope, the date line) and a copy of the template Doc's
 * paragraphs (formatting kept), with everything that is the same for the whole batch already filled in. Each
 * letter is then a page break, one copy of the prototype table, and one `replaceText` per placeholder of the
 * recipient: the same few calls for every letter, whatever its length. At the end the prototypes are removed,
 * the Doc is saved and exported as PDF into the project folder, and the merged Doc goes to the trash (only the
 * PDF stays: one copy of the addresses, not two).
 */

interface Proto {
  /** Index of the prototype table in the batch Doc's body (an empty paragraph follows it). */
  i: number;
  /** The recipient's own placeholders in it (each replaced with one call on the letter's table). */
  ph: string[];
  /** List lines left out when all their placeholders are empty: index in the cell and its placeholders. */
  drops: Array<{ k: number; ph: string[] }>;
  /** A recipient's list standing alone on a list line (one line per item): index in the cell. */
  lists: Array<{ k: number; name: string }>;
}

interface Token {
  docId: string;
  letters: number;
  children: number;
  protos: Record<string, Proto>;
}

type Table = GoogleAppsScript.Document.Table;
type Cell = GoogleAppsScript.Document.TableCell;
type ListItem = GoogleAppsScript.Document.ListItem;

const ADDRESS_LINES = 3;
const pt = (mm: number) => Math.round(mm * MM_TO_PT);

/** The placeholder as replaceText's pattern (a regular expression in a string). */
function pattern(name: string): string {
  return `\\{\\{${name}\\}\\}`;
}

/** A value as replaceText's replacement: `\` and `$` escaped, one line, and never a placeholder itself. */
export function literal(value: string): string {
  return oneLine(value)
    .replace(/\{\{/g, '{\u200b{')
    .replace(/[\\$]/g, (ch) => `\\${ch}`);
}

/** Text put into a paragraph as it is (not through replaceText): only kept from looking like a placeholder. */
function literalText(value: string): string {
  return oneLine(value).replace(/\{\{/g, '{\u200b{');
}

export class DocsLetterPrinter implements LetterPrinter {
  constructor(
    private readonly templates: DocsTemplateStore,
    private readonly properties: Properties,
  ) {}

  open(spec: PrintSpec, resume: string | null): PrintedDocument {
    const token = resume ? (JSON.parse(resume) as Token) : null;
    return token ? this.reopen(spec, token) : this.create(spec);
  }

  private create(spec: PrintSpec): BatchDoc {
    const doc = DocumentApp.create(spec.title);
    const body = doc.getBody();
    body.setMarginTop(pt(MARGINS.topMm));
    body.setMarginBottom(pt(MARGINS.bottomMm));
    body.setMarginLeft(pt(MARGINS.leftMm));
    body.setMarginRight(pt(MARGINS.rightMm));
    const protos: Record<string, Proto> = {};
    const tables: Record<string, Table> = {};
    for (const language of spec.languages) {
      const template = this.templates.openTemplate(spec.kind, language);
      if (!template) throw new Error(`De brief ${spec.kind} (${language}) ontbreekt in Drive. Kies "Alles instellen".`);
      const constants = spec.constants[language] ?? {};
      const index = body.getNumChildren();
      const table = body.appendTable([['']]);
      table.setBorderWidth(0);
      const cell = table.getCell(0, 0);
      cell.setPaddingTop(0);
      cell.setPaddingBottom(0);
      cell.setPaddingLeft(0);
      cell.setPaddingRight(0);
      // Frame: letterhead (never in the window), the address block in the window, the date line.
      const head = cell.appendParagraph(spec.sender.map(literalText).join('\n'));
      head.setAttributes({ [DocumentApp.Attribute.FONT_SIZE]: 9 });
      const lines = Array.from({ length: ADDRESS_LINES }, (_, n) => `{{adres_${n + 1}}}`);
      const address = cell.appendParagraph(lines.join('\n'));
      address.setIndentStart(pt(spec.address.leftMm - MARGINS.leftMm));
      address.setSpacingBefore(pt(spec.address.topMm - MARGINS.topMm - 12));
      const dateLine = cell.appendParagraph(`${literalText(constants.datum ?? '')} · {{referentie}}`);
      dateLine.setSpacingBefore(pt(14));
      dateLine.setAttributes({ [DocumentApp.Attribute.FONT_SIZE]: 9 });
      const proto: Proto = {
        i: index,
        ph: [...lines.map((_, n) => `adres_${n + 1}`), 'referentie'],
        drops: [],
        lists: [],
      };
      // The template Doc's paragraphs (k counts the cell's children after its first, empty paragraph goes).
      let k = 4;
      const used = new Set<string>();
      for (const source of template.elements) {
        const names = placeholdersIn(source.text);
        const listName = source.list ? /^\s*\{\{([a-z0-9_]+)\}\}\s*$/.exec(source.text)?.[1] : undefined;
        const isList = listName !== undefined && LIST_PLACEHOLDERS.has(listName);
        if (isList && BATCH_PLACEHOLDERS.has(listName)) {
          for (const item of spec.lists[listName] ?? []) {
            cell
              .appendListItem(source.element.copy() as unknown as ListItem)
              .replaceText(pattern(listName), literal(item));
            k++;
          }
          continue;
        }
        if (source.list) cell.appendListItem(source.element.copy() as unknown as ListItem);
        else cell.appendParagraph(source.element.copy());
        const own = names.filter((n) => !BATCH_PLACEHOLDERS.has(n));
        if (isList) proto.lists.push({ k, name: listName });
        else {
          for (const n of own) if (!proto.ph.includes(n)) proto.ph.push(n);
          if (source.list && own.length > 0) proto.drops.push({ k, ph: own });
        }
        for (const n of names) if (BATCH_PLACEHOLDERS.has(n)) used.add(n);
        k++;
      }
      cell.getChild(0).removeFromParent();
      for (const k2 of proto.drops) k2.k--;
      for (const l of proto.lists) l.k--;
      for (const name of used) if (name in constants) table.replaceText(pattern(name), literal(constants[name]));
      protos[language] = proto;
      tables[language] = table;
    }
    const token: Token = { docId: doc.getId(), letters: 0, children: body.getNumChildren(), protos };
    return new BatchDoc(doc, body, token, tables, spec, this.properties);
  }

  private reopen(spec: PrintSpec, token: Token): BatchDoc {
    const doc = DocumentApp.openById(token.docId);
    const body = doc.getBody();
    // What was saved after the last checkpoint (the run stopped before its cursor was stored) goes again.
    for (let n = body.getNumChildren(); n > token.children; n--) body.getChild(n - 1).removeFromParent();
    const tables: Record<string, Table> = {};
    for (const [language, proto] of Object.entries(token.protos)) {
      tables[language] = body.getChild(proto.i) as unknown as Table;
    }
    return new BatchDoc(doc, body, token, tables, spec, this.properties);
  }
}

class BatchDoc implements PrintedDocument {
  private closed = false;

  constructor(
    private doc: Doc,
    private body: Body,
    private readonly token: Token,
    private tables: Record<string, Table>,
    private readonly spec: PrintSpec,
    private readonly properties: Properties,
  ) {}

  private ensureOpen(): void {
    if (!this.closed) return;
    this.doc = DocumentApp.openById(this.token.docId);
    this.body = this.doc.getBody();
    for (const [language, proto] of Object.entries(this.token.protos)) {
      this.tables[language] = this.body.getChild(proto.i) as unknown as Table;
    }
    this.closed = false;
  }

  add(letter: PrintLetter): void {
    this.ensureOpen();
    const proto = this.token.protos[letter.language];
    const source = this.tables[letter.language];
    if (!proto || !source) throw new Error(`Geen brief in taal ${letter.language} in deze reeks.`);
    const body = this.body;
    if (this.token.letters > 0) body.appendPageBreak();
    const table = body.appendTable(source.copy());
    const lines = [...letter.address];
    if (lines.length > ADDRESS_LINES)
      lines.splice(ADDRESS_LINES - 1, lines.length, lines.slice(ADDRESS_LINES - 1).join(', '));
    const values: Record<string, string> = { ...letter.values, referentie: letter.reference };
    for (let n = 0; n < ADDRESS_LINES; n++) values[`adres_${n + 1}`] = lines[n] ?? '';
    // Lines that change the letter's shape (a list per recipient, a line without content), last first.
    const shape = [
      ...proto.lists.map((l) => ({ k: l.k, list: l.name, drop: false })),
      ...proto.drops
        .filter((d) => dropsLine({ kind: 'bullet', text: d.ph.map((p) => `{{${p}}}`).join(' ') }, values))
        .map((d) => ({ k: d.k, list: '', drop: true })),
    ].sort((a, b) => b.k - a.k);
    if (shape.length > 0) {
      const cell: Cell = table.getCell(0, 0);
      for (const op of shape) {
        const line = cell.getChild(op.k) as unknown as ListItem;
        const items = op.drop ? [] : (letter.lists[op.list] ?? []);
        for (let j = items.length - 1; j >= 1; j--) {
          cell.insertListItem(op.k + 1, line.copy()).replaceText(pattern(op.list), literal(items[j]));
        }
        if (items.length > 0) line.replaceText(pattern(op.list), literal(items[0]));
        else line.removeFromParent();
      }
    }
    for (const name of proto.ph) table.replaceText(pattern(name), literal(values[name] ?? ''));
    this.token.letters++;
  }

  checkpoint(): string {
    this.ensureOpen();
    this.token.children = this.body.getNumChildren();
    this.doc.saveAndClose();
    this.closed = true;
    return JSON.stringify(this.token);
  }

  finish(): string {
    this.ensureOpen();
    // The prototypes (each with the paragraph after it) and the empty first paragraph go; only the letters stay.
    if (this.token.letters > 0) {
      const protos = Object.values(this.token.protos).sort((a, b) => b.i - a.i);
      for (const proto of protos) {
        this.body.getChild(proto.i + 1).removeFromParent();
        this.body.getChild(proto.i).removeFromParent();
      }
      this.body.getChild(0).removeFromParent();
    }
    this.doc.saveAndClose();
    this.closed = true;
    const file = DriveApp.getFileById(this.token.docId);
    const pdf = file.getAs('application/pdf');
    pdf.setName(`${this.spec.title}.pdf`);
    const saved = lettersFolder(this.properties).createFile(pdf);
    file.setTrashed(true);
    return saved.getUrl();
  }
}
