import type { LetterPrinter, PrintedDocument, PrintLetter, PrintSpec } from '../../app/letters/ports';
import { BATCH_PLACEHOLDERS, LIST_PLACEHOLDERS } from '../../domain/letters/catalogue';
import { MARGINS, MM_TO_PT } from '../../domain/letters/layout';
import { dropsLine, oneLine, placeholdersIn } from '../../domain/letters/template';
import type { Properties } from '../../ports';
import { type DocsTemplateStore, lettersFolder } from './templateDocs';

type Body = GoogleAppsScript.Document.Body;
type Doc = GoogleAppsScript.Document.Document;
type Paragraph = GoogleAppsScript.Document.Paragraph;

/**
 * The Google printer: ONE Google Doc per batch (never a file per letter), one letter per page, exported to PDF.
 *
 * At the start the batch Doc gets "prototypes": the frame (letterhead, address block placed for the window
 * envelope, date line) and a copy of the template Doc's paragraphs (formatting kept), with everything that is
 * the same for the whole batch already filled in. Each letter is then: a page break, a copy of every prototype,
 * and one `replaceText` per placeholder of the recipient in that paragraph — the same number of calls for every
 * letter. At the end the prototypes are removed, the Doc is saved and exported as PDF into the project folder,
 * and the merged Doc goes to the trash (only the PDF stays: one copy of the addresses, not two).
 */

interface Proto {
  /** Index in the batch Doc's body. */
  i: number;
  /** The recipient's own placeholders in it. */
  ph: string[];
  /** A recipient's list placeholder standing alone on a list line (one copy per item). */
  list?: string;
  /** A list line (left out when all its placeholders are empty). */
  bullet: boolean;
}

interface Token {
  docId: string;
  letters: number;
  children: number;
  protos: Record<string, Proto[]>;
}

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
    const protos: Record<string, Proto[]> = {};
    const elements: Paragraph[] = [];
    const keep = (element: Paragraph, proto: Omit<Proto, 'i'>, list: Proto[]) => {
      list.push({ ...proto, i: elements.length + 1 });
      elements.push(element);
    };
    for (const language of spec.languages) {
      const list: Proto[] = [];
      protos[language] = list;
      const constants = spec.constants[language] ?? {};
      // Frame: letterhead (never in the window), the address block in the window, the date line.
      const head = body.appendParagraph(spec.sender.join('\n'));
      head.setAttributes({ [DocumentApp.Attribute.FONT_SIZE]: 9 });
      keep(head, { ph: [], bullet: false }, list);
      const lines = Array.from({ length: ADDRESS_LINES }, (_, n) => `{{adres_${n + 1}}}`);
      const address = body.appendParagraph(lines.join('\n'));
      address.setIndentStart(pt(spec.address.leftMm - MARGINS.leftMm));
      address.setSpacingBefore(pt(spec.address.topMm - MARGINS.topMm - 12));
      keep(address, { ph: lines.map((_, n) => `adres_${n + 1}`), bullet: false }, list);
      const dateLine = body.appendParagraph(`${literalText(constants.datum ?? '')} · {{referentie}}`);
      dateLine.setSpacingBefore(pt(14));
      dateLine.setAttributes({ [DocumentApp.Attribute.FONT_SIZE]: 9 });
      keep(dateLine, { ph: ['referentie'], bullet: false }, list);
      // The template Doc's paragraphs, the batch's own values filled in once.
      const template = this.templates.openTemplate(spec.kind, language);
      if (!template) throw new Error(`De brief ${spec.kind} (${language}) ontbreekt in Drive. Kies "Alles instellen".`);
      for (const source of template.elements) {
        const names = placeholdersIn(source.text);
        const listName = source.list && /^\s*\{\{([a-z0-9_]+)\}\}\s*$/.exec(source.text)?.[1];
        if (listName && LIST_PLACEHOLDERS.has(listName) && BATCH_PLACEHOLDERS.has(listName)) {
          for (const item of spec.lists[listName] ?? []) {
            const copy = body.appendListItem(source.element.copy() as unknown as GoogleAppsScript.Document.ListItem);
            copy.replaceText(pattern(listName), literal(item));
            keep(copy as unknown as Paragraph, { ph: [], bullet: true }, list);
          }
          continue;
        }
        const copy = source.list
          ? (body.appendListItem(
              source.element.copy() as unknown as GoogleAppsScript.Document.ListItem,
            ) as unknown as Paragraph)
          : body.appendParagraph(source.element.copy());
        for (const name of names.filter((n) => BATCH_PLACEHOLDERS.has(n) && n in constants)) {
          copy.replaceText(pattern(name), literal(constants[name]));
        }
        const own = names.filter((n) => !BATCH_PLACEHOLDERS.has(n));
        const recipientList = listName && LIST_PLACEHOLDERS.has(listName) ? listName : undefined;
        keep(copy, { ph: own, bullet: source.list, list: recipientList }, list);
      }
    }
    const token: Token = { docId: doc.getId(), letters: 0, children: elements.length + 1, protos };
    return new BatchDoc(doc, body, token, elements, spec, this.properties);
  }

  private reopen(spec: PrintSpec, token: Token): BatchDoc {
    const doc = DocumentApp.openById(token.docId);
    const body = doc.getBody();
    // Paragraphs saved after the last checkpoint (the run stopped before its cursor was stored) go again.
    for (let n = body.getNumChildren(); n > token.children; n--) body.getChild(n - 1).removeFromParent();
    const count = Object.values(token.protos).reduce((n, list) => n + list.length, 0);
    const elements: Paragraph[] = [];
    for (let i = 1; i <= count; i++) elements.push(body.getChild(i) as unknown as Paragraph);
    return new BatchDoc(doc, body, token, elements, spec, this.properties);
  }
}

/** The date line's text is set when the prototype is made: it must not look like a pattern there. */
function literalText(value: string): string {
  return oneLine(value).replace(/\{\{/g, '{\u200b{');
}

class BatchDoc implements PrintedDocument {
  private closed = false;

  constructor(
    private doc: Doc,
    private body: Body,
    private readonly token: Token,
    /** The prototypes, in body order (index i - 1). */
    private elements: Paragraph[],
    private readonly spec: PrintSpec,
    private readonly properties: Properties,
  ) {}

  private ensureOpen(): void {
    if (!this.closed) return;
    this.doc = DocumentApp.openById(this.token.docId);
    this.body = this.doc.getBody();
    this.elements = this.elements.map((_, n) => this.body.getChild(n + 1) as unknown as Paragraph);
    this.closed = false;
  }

  add(letter: PrintLetter): void {
    this.ensureOpen();
    const body = this.body;
    if (this.token.letters > 0) body.appendPageBreak();
    const lines = [...letter.address];
    if (lines.length > ADDRESS_LINES)
      lines.splice(ADDRESS_LINES - 1, lines.length, lines.slice(ADDRESS_LINES - 1).join(', '));
    const values: Record<string, string> = { ...letter.values, referentie: letter.reference };
    lines.forEach((line, n) => {
      values[`adres_${n + 1}`] = line;
    });
    for (const proto of this.token.protos[letter.language] ?? []) {
      const source = this.elements[proto.i - 1];
      if (proto.list) {
        for (const item of letter.lists[proto.list] ?? []) {
          const copy = body.appendListItem(source.copy() as unknown as GoogleAppsScript.Document.ListItem);
          copy.replaceText(pattern(proto.list), literal(item));
        }
        continue;
      }
      if (proto.bullet && dropsLine({ kind: 'bullet', text: proto.ph.map((p) => `{{${p}}}`).join(' ') }, values))
        continue;
      const copy = proto.bullet
        ? (body.appendListItem(source.copy() as unknown as GoogleAppsScript.Document.ListItem) as unknown as Paragraph)
        : body.appendParagraph(source.copy());
      for (const name of proto.ph) copy.replaceText(pattern(name), literal(values[name] ?? ''));
    }
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
    // The prototypes and the empty first paragraph of a new Doc go; only the letters stay.
    if (this.token.letters > 0) {
      for (let n = this.elements.length - 1; n >= 0; n--) this.elements[n].removeFromParent();
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
