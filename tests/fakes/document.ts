import { type Core, GasObject } from './core';
import {
  DOCUMENT_MIME,
  type DriveItem,
  type DriveState,
  exportAs,
  NOT_FOUND,
  type SavedElement,
  type SavedParagraph,
  type SavedTable,
} from './drive';
import { enumOf } from './enums';
import type { Shape } from './types';
import type { FakeBlob } from './utilities';

/**
 * DocumentApp: Documents whose body holds paragraphs, list items, text and page breaks, as strict as Google:
 * - an element appended or inserted must be detached (a `copy()`), else "Element must be detached.";
 * - a section keeps at least one paragraph ("Can't remove the last paragraph in a document section.");
 * - "\n" in paragraph text becomes "\r" (a line break inside the paragraph);
 * - `replaceText` takes a regular expression as a string (RE2: no look-around, no back-references), matched
 *   against each text block on its own; in the replacement `$n` is group n and `\` escapes, so a literal `$` or
 *   `\` must be escaped (a `$` before a non-digit is refused);
 * - `saveAndClose` stores the document; after it the old handle and its elements refuse every call; a Document is
 *   exported (`getAs`) as it was last SAVED; nothing is saved for the script automatically;
 * - `openById` of an unknown or trashed id fails.
 * See docs/fakes.md for the rows and the tests.
 */

const CLOSED = 'Document is closed, its contents cannot be updated.';
const DETACHED = 'Element must be detached.';
const LAST_PARAGRAPH = "Can't remove the last paragraph in a document section.";

export const ParagraphHeading = enumOf(
  'NORMAL',
  'HEADING1',
  'HEADING2',
  'HEADING3',
  'HEADING4',
  'HEADING5',
  'HEADING6',
  'TITLE',
  'SUBTITLE',
);
export const ElementType = enumOf(
  'BODY_SECTION',
  'PARAGRAPH',
  'LIST_ITEM',
  'TEXT',
  'PAGE_BREAK',
  'TABLE',
  'TABLE_CELL',
);
export const Attribute = enumOf(
  'BOLD',
  'ITALIC',
  'FONT_SIZE',
  'FONT_FAMILY',
  'FOREGROUND_COLOR',
  'INDENT_START',
  'INDENT_FIRST_LINE',
  'SPACING_BEFORE',
  'SPACING_AFTER',
  'LINE_SPACING',
  'HORIZONTAL_ALIGNMENT',
);

/** One open Document: its elements refuse every call once it is closed. */
interface Session {
  closed: boolean;
}

/** RE2 has no look-around and no back-references. */
function compile(core: Core, pattern: unknown): RegExp {
  if (typeof pattern !== 'string') throw core.error('Invalid argument: searchPattern');
  if (/\(\?<?[=!]/.test(pattern) || /\\[1-9]/.test(pattern)) {
    throw core.error(`Invalid regular expression: ${pattern} (not supported by RE2)`);
  }
  try {
    return new RegExp(pattern, 'g');
  } catch {
    throw core.error(`Invalid regular expression: ${pattern}`);
  }
}

/** Java-style replacement: `$n` inserts group n, `\x` is x; a `$` before anything but a digit is refused. */
function replacement(core: Core, value: unknown, match: RegExpExecArray): string {
  if (typeof value !== 'string') throw core.error('Invalid argument: replacement');
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === '\\') {
      if (i + 1 >= value.length) throw core.error('character to be escaped is missing');
      out += value[++i];
    } else if (ch === '$') {
      const digit = value[i + 1];
      if (digit === undefined || !/[0-9]/.test(digit)) throw core.error('Illegal group reference');
      const group = Number(digit);
      if (group >= match.length) throw core.error(`No group ${group}`);
      out += match[group] ?? '';
      i++;
    } else out += ch;
  }
  return out;
}

function replaceIn(core: Core, text: string, pattern: unknown, value: unknown): string {
  const re = compile(core, pattern);
  let out = '';
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out += text.slice(last, m.index) + replacement(core, value, m);
    last = m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
  }
  return out + text.slice(last);
}

abstract class FakeElement extends GasObject {
  parent: FakeContainer | null = null;

  constructor(
    core: Core,
    type: string,
    protected session: Session | null,
  ) {
    super(core, 'DocumentApp', type);
  }

  protected live(): void {
    if (this.session?.closed) throw this.core.error(CLOSED);
  }

  /** For copies and for the elements of a freshly opened Document. */
  adopt(session: Session | null): void {
    this.session = session;
  }

  getParent(): FakeContainer | null {
    this.live();
    return this.parent;
  }

  removeFromParent(): this {
    this.live();
    if (this.parent) this.parent.detach(this as unknown as Child);
    return this;
  }
}

export class FakePageBreak extends FakeElement implements Shape<GoogleAppsScript.Document.PageBreak, 'getType'> {
  constructor(core: Core, session: Session | null) {
    super(core, 'PageBreak', session);
  }
  getType(): string {
    this.live();
    return ElementType.PAGE_BREAK;
  }
}

/** A text run of a paragraph: one "text block" for replaceText. */
export class FakeText
  extends GasObject
  implements Shape<GoogleAppsScript.Document.Text, 'getText' | 'setText' | 'replaceText' | 'getType'>
{
  constructor(
    core: Core,
    private readonly owner: FakeParagraph,
    private readonly index: number,
  ) {
    super(core, 'DocumentApp', 'Text');
  }
  private part(): { type: 'TEXT'; text: string } {
    this.owner.check();
    const part = this.owner.parts[this.index];
    if (part?.type !== 'TEXT') throw this.core.error('Element does not exist.');
    return part;
  }
  getType(): string {
    this.part();
    return ElementType.TEXT;
  }
  getText(): string {
    return this.part().text;
  }
  setText(text: string): this {
    this.part().text = String(text).replace(/\n/g, '\r');
    return this;
  }
  replaceText(searchPattern: string, replacement: string): this {
    const part = this.part();
    part.text = replaceIn(this.core, part.text, searchPattern, replacement);
    return this;
  }
}

/** A paragraph or a list item: text runs and page breaks, a heading and attributes. */
export class FakeParagraph
  extends FakeElement
  implements
    Shape<
      GoogleAppsScript.Document.Paragraph,
      | 'getType'
      | 'getText'
      | 'setText'
      | 'copy'
      | 'replaceText'
      | 'getHeading'
      | 'setHeading'
      | 'setIndentStart'
      | 'getIndentStart'
      | 'setSpacingBefore'
      | 'getSpacingBefore'
      | 'setSpacingAfter'
      | 'setAttributes'
      | 'getAttributes'
      | 'getNumChildren'
      | 'getChild'
      | 'appendText'
      | 'asParagraph'
      | 'editAsText'
    >
{
  heading: string = ParagraphHeading.NORMAL;
  attributes: Record<string, unknown> = {};
  parts: SavedParagraph['parts'] = [];

  constructor(
    core: Core,
    readonly kind: 'PARAGRAPH' | 'LIST_ITEM',
    session: Session | null,
    text = '',
  ) {
    super(core, kind === 'PARAGRAPH' ? 'Paragraph' : 'ListItem', session);
    if (text !== '') this.parts.push({ type: 'TEXT', text: text.replace(/\n/g, '\r') });
  }

  check(): void {
    this.live();
  }

  getType(): string {
    this.live();
    return this.kind;
  }

  getText(): string {
    this.live();
    return this.parts.map((p) => (p.type === 'TEXT' ? p.text : '')).join('');
  }

  setText(text: string): void {
    this.live();
    const breaks = this.parts.filter((p) => p.type === 'PAGE_BREAK');
    this.parts = [{ type: 'TEXT', text: String(text).replace(/\n/g, '\r') }, ...breaks];
  }

  appendText(text: string | GoogleAppsScript.Document.Text): FakeText {
    this.live();
    this.parts.push({ type: 'TEXT', text: String(text).replace(/\n/g, '\r') });
    return new FakeText(this.core, this, this.parts.length - 1);
  }

  editAsText(): FakeText {
    this.live();
    if (!this.parts.some((p) => p.type === 'TEXT')) this.parts.unshift({ type: 'TEXT', text: '' });
    return new FakeText(
      this.core,
      this,
      this.parts.findIndex((p) => p.type === 'TEXT'),
    );
  }

  getNumChildren(): number {
    this.live();
    return this.parts.length;
  }

  getChild(index: number): FakeText | FakePageBreak {
    this.live();
    const part = this.parts[index];
    if (!part)
      throw this.core.error(
        `Child index (${index}) must be less than the number of child elements (${this.parts.length}).`,
      );
    return part.type === 'TEXT' ? new FakeText(this.core, this, index) : new FakePageBreak(this.core, this.session);
  }

  asParagraph(): this {
    this.live();
    if (this.kind !== 'PARAGRAPH') throw this.core.error('Cannot convert a LIST_ITEM to a PARAGRAPH.');
    return this;
  }

  asListItem(): this {
    this.live();
    if (this.kind !== 'LIST_ITEM') throw this.core.error('Cannot convert a PARAGRAPH to a LIST_ITEM.');
    return this;
  }

  /** A detached deep copy (it belongs to no document until appended). */
  copy(): FakeParagraph {
    this.live();
    const copy = new FakeParagraph(this.core, this.kind, null);
    copy.heading = this.heading;
    copy.attributes = { ...this.attributes };
    copy.parts = this.parts.map((p) => ({ ...p }));
    return copy;
  }

  replaceText(searchPattern: string, replacement: string): this {
    this.live();
    for (const part of this.parts)
      if (part.type === 'TEXT') part.text = replaceIn(this.core, part.text, searchPattern, replacement);
    return this;
  }

  getHeading(): string {
    this.live();
    return this.heading;
  }

  setHeading(heading: string | GoogleAppsScript.Document.ParagraphHeading): this {
    this.live();
    if (!(String(heading) in ParagraphHeading)) throw this.core.error('Invalid argument: heading');
    this.heading = String(heading);
    return this;
  }

  private setNumber(key: string, value: unknown): this {
    this.live();
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
      throw this.core.error(`Invalid argument: ${key}`);
    this.attributes[key] = value;
    return this;
  }

  setIndentStart(indentStart: number): this {
    return this.setNumber(Attribute.INDENT_START, indentStart);
  }

  getIndentStart(): number {
    this.live();
    return Number(this.attributes[Attribute.INDENT_START] ?? 0);
  }

  setSpacingBefore(spacingBefore: number): this {
    return this.setNumber(Attribute.SPACING_BEFORE, spacingBefore);
  }

  getSpacingBefore(): number {
    this.live();
    return Number(this.attributes[Attribute.SPACING_BEFORE] ?? 0);
  }

  setSpacingAfter(spacingAfter: number): this {
    return this.setNumber(Attribute.SPACING_AFTER, spacingAfter);
  }

  setAttributes(attributes: Record<string, unknown>): this {
    this.live();
    for (const key of Object.keys(attributes ?? {})) {
      if (!(key in Attribute)) throw this.core.error(`Invalid argument: attributes (${key})`);
    }
    Object.assign(this.attributes, attributes);
    return this;
  }

  getAttributes(): Record<string, unknown> {
    this.live();
    return { ...this.attributes };
  }

  saved(): SavedParagraph {
    return {
      type: this.kind,
      heading: this.heading,
      attributes: { ...this.attributes },
      parts: this.parts.map((p) => ({ ...p })),
    };
  }

  static load(core: Core, saved: SavedParagraph, session: Session | null): FakeParagraph {
    const p = new FakeParagraph(core, saved.type, session);
    p.heading = saved.heading;
    p.attributes = { ...saved.attributes };
    p.parts = saved.parts.map((x) => ({ ...x }));
    return p;
  }
}

type Child = FakeParagraph | FakeTable;

function loadElement(core: Core, saved: SavedElement, session: Session | null): Child {
  return saved.type === 'TABLE'
    ? FakeTable.load(core, saved, session)
    : FakeParagraph.load(core, saved, session as Session);
}

/** What holds paragraphs and tables: the body, a table cell. It keeps at least one paragraph. */
abstract class FakeContainer extends GasObject {
  children: Child[] = [];

  constructor(
    core: Core,
    type: string,
    protected session: Session | null,
  ) {
    super(core, 'DocumentApp', type);
  }

  protected live(): void {
    if (this.session?.closed) throw this.core.error(CLOSED);
  }

  adopt(session: Session | null): void {
    this.session = session;
    for (const child of this.children) child.adopt(session);
  }

  getNumChildren(): number {
    this.live();
    return this.children.length;
  }

  getChild(index: number): Child {
    this.live();
    if (!Number.isInteger(index) || index < 0 || index >= this.children.length) {
      throw this.core.error(
        `Child index (${index}) must be less than the number of child elements (${this.children.length}).`,
      );
    }
    return this.children[index];
  }

  getChildIndex(child: unknown): number {
    this.live();
    const raw = this.core.unwrap(child) as Child;
    const index = this.children.indexOf(raw);
    if (index < 0) throw this.core.error('Element is not a child of this element.');
    return index;
  }

  getText(): string {
    this.live();
    return this.children.map((c) => c.getText()).join('\n');
  }

  protected attach<T extends Child>(element: T, index: number): T {
    if (element.parent) throw this.core.error(DETACHED);
    element.adopt(this.session);
    element.parent = this;
    this.children.splice(index, 0, element);
    return element;
  }

  protected make(value: unknown, kind: 'PARAGRAPH' | 'LIST_ITEM'): FakeParagraph {
    if (typeof value === 'string') return new FakeParagraph(this.core, kind, this.session, value);
    const element = this.core.own(value, FakeParagraph, kind === 'PARAGRAPH' ? 'paragraph' : 'listItem');
    if (element.kind !== kind)
      throw this.core.error(`Invalid argument: ${kind === 'PARAGRAPH' ? 'paragraph' : 'listItem'}`);
    return element;
  }

  private index(childIndex: unknown): number {
    if (
      typeof childIndex !== 'number' ||
      !Number.isInteger(childIndex) ||
      childIndex < 0 ||
      childIndex > this.children.length
    ) {
      throw this.core.error(
        `Index (${childIndex}) must be less than or equal to the number of child elements (${this.children.length}).`,
      );
    }
    return childIndex;
  }

  appendParagraph(value: string | FakeParagraph): FakeParagraph {
    this.live();
    return this.attach(this.make(value, 'PARAGRAPH'), this.children.length);
  }

  appendListItem(value: string | FakeParagraph): FakeParagraph {
    this.live();
    return this.attach(this.make(value, 'LIST_ITEM'), this.children.length);
  }

  insertParagraph(childIndex: number, value: string | FakeParagraph): FakeParagraph {
    this.live();
    return this.attach(this.make(value, 'PARAGRAPH'), this.index(childIndex));
  }

  insertListItem(childIndex: number, value: string | FakeParagraph): FakeParagraph {
    this.live();
    return this.attach(this.make(value, 'LIST_ITEM'), this.index(childIndex));
  }

  detach(child: Child): void {
    const index = this.children.indexOf(child);
    if (index < 0) throw this.core.error('Element is not a child of this element.');
    const paragraphs = this.children.filter((c) => c instanceof FakeParagraph && c.kind === 'PARAGRAPH');
    if (child instanceof FakeParagraph && child.kind === 'PARAGRAPH' && paragraphs.length === 1) {
      throw this.core.error(LAST_PARAGRAPH);
    }
    this.children.splice(index, 1);
    child.parent = null;
    child.adopt(null);
  }

  removeChild(child: unknown): this {
    this.live();
    const raw = this.core.unwrap(child) as Child;
    if (!(raw instanceof FakeParagraph) && !(raw instanceof FakeTable))
      throw this.core.error('Invalid argument: child');
    this.detach(raw);
    return this;
  }

  replaceText(searchPattern: string, replacement: string): this {
    this.live();
    for (const child of this.children) child.replaceText(searchPattern, replacement);
    return this;
  }

  saved(): SavedElement[] {
    return this.children.map((c) => c.saved());
  }
}

export class FakeTableCell
  extends FakeContainer
  implements
    Shape<
      GoogleAppsScript.Document.TableCell,
      | 'getNumChildren'
      | 'getChild'
      | 'appendParagraph'
      | 'appendListItem'
      | 'insertListItem'
      | 'insertParagraph'
      | 'removeChild'
      | 'getText'
      | 'replaceText'
      | 'setPaddingTop'
      | 'setPaddingBottom'
      | 'setPaddingLeft'
      | 'setPaddingRight'
    >
{
  readonly padding = { top: 5, bottom: 5, left: 5, right: 5 };

  constructor(core: Core, session: Session | null) {
    super(core, 'TableCell', session);
  }

  getType(): string {
    this.live();
    return ElementType.TABLE_CELL;
  }

  private pad(side: keyof FakeTableCell['padding'], value: unknown): this {
    this.live();
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
      throw this.core.error(`Invalid argument: padding${side}`);
    this.padding[side] = value;
    return this;
  }
  setPaddingTop(value: number): this {
    return this.pad('top', value);
  }
  setPaddingBottom(value: number): this {
    return this.pad('bottom', value);
  }
  setPaddingLeft(value: number): this {
    return this.pad('left', value);
  }
  setPaddingRight(value: number): this {
    return this.pad('right', value);
  }
}

/** A table of cells; each cell holds paragraphs and keeps at least one. */
export class FakeTable
  extends FakeElement
  implements
    Shape<
      GoogleAppsScript.Document.Table,
      'getType' | 'getNumRows' | 'getCell' | 'copy' | 'replaceText' | 'setBorderWidth' | 'getText'
    >
{
  rows: FakeTableCell[][] = [];
  attributes: Record<string, unknown> = {};

  constructor(core: Core, session: Session | null) {
    super(core, 'Table', session);
  }

  static fromStrings(core: Core, cells: unknown, session: Session | null): FakeTable {
    if (!Array.isArray(cells) || cells.length === 0 || !cells.every((r) => Array.isArray(r) && r.length > 0)) {
      throw core.error('Invalid argument: cells');
    }
    const table = new FakeTable(core, session);
    table.rows = (cells as unknown[][]).map((row) =>
      row.map((text) => {
        const cell = new FakeTableCell(core, session);
        const p = new FakeParagraph(core, 'PARAGRAPH', session, String(text));
        p.parent = cell;
        cell.children.push(p);
        return cell;
      }),
    );
    return table;
  }

  override adopt(session: Session | null): void {
    super.adopt(session);
    for (const row of this.rows) for (const cell of row) cell.adopt(session);
  }

  getType(): string {
    this.live();
    return ElementType.TABLE;
  }

  getNumRows(): number {
    this.live();
    return this.rows.length;
  }

  getCell(rowIndex: number, cellIndex: number): FakeTableCell {
    this.live();
    const cell = this.rows[rowIndex]?.[cellIndex];
    if (!cell) throw this.core.error(`No cell at row ${rowIndex}, column ${cellIndex}.`);
    return cell;
  }

  getText(): string {
    this.live();
    return this.rows.map((row) => row.map((c) => c.getText()).join('\t')).join('\n');
  }

  replaceText(searchPattern: string, replacement: string): this {
    this.live();
    for (const row of this.rows) for (const cell of row) cell.replaceText(searchPattern, replacement);
    return this;
  }

  setBorderWidth(width: number): this {
    this.live();
    if (typeof width !== 'number' || !Number.isFinite(width) || width < 0)
      throw this.core.error('Invalid argument: width');
    this.attributes.BORDER_WIDTH = width;
    return this;
  }

  copy(): FakeTable {
    this.live();
    return FakeTable.load(this.core, this.saved(), null);
  }

  saved(): SavedTable {
    return {
      type: 'TABLE',
      attributes: { ...this.attributes },
      rows: this.rows.map((row) => row.map((cell) => cell.saved())),
    };
  }

  static load(core: Core, saved: SavedTable, session: Session | null): FakeTable {
    const table = new FakeTable(core, session);
    table.attributes = { ...saved.attributes };
    table.rows = saved.rows.map((row) =>
      row.map((children) => {
        const cell = new FakeTableCell(core, session);
        for (const child of children) {
          const element = loadElement(core, child, session);
          element.parent = cell;
          cell.children.push(element);
        }
        return cell;
      }),
    );
    return table;
  }
}

export class FakeBody
  extends FakeContainer
  implements
    Shape<
      GoogleAppsScript.Document.Body,
      | 'getType'
      | 'getNumChildren'
      | 'getChild'
      | 'getChildIndex'
      | 'appendParagraph'
      | 'appendListItem'
      | 'appendPageBreak'
      | 'appendTable'
      | 'insertParagraph'
      | 'removeChild'
      | 'getText'
      | 'replaceText'
      | 'getParagraphs'
      | 'setMarginTop'
      | 'setMarginBottom'
      | 'setMarginLeft'
      | 'setMarginRight'
      | 'getMarginTop'
      | 'getMarginLeft'
    >
{
  readonly margins = { top: 72, bottom: 72, left: 72, right: 72 };

  constructor(core: Core, session: Session) {
    super(core, 'Body', session);
  }

  getType(): string {
    this.live();
    return ElementType.BODY_SECTION;
  }

  getParagraphs(): FakeParagraph[] {
    this.live();
    return this.children.filter((c): c is FakeParagraph => c instanceof FakeParagraph);
  }

  /** A new paragraph holding the page break: what follows starts on a new page. */
  appendPageBreak(): FakePageBreak {
    this.live();
    const holder = this.attach(new FakeParagraph(this.core, 'PARAGRAPH', this.session), this.children.length);
    holder.parts.push({ type: 'PAGE_BREAK' });
    return new FakePageBreak(this.core, this.session);
  }

  /**
   * `appendTable(cells)` or `appendTable(table)` (detached). A document never ends with a table: an empty
   * paragraph follows it (see docs/fakes.md).
   */
  appendTable(value: unknown): FakeTable {
    this.live();
    const raw = this.core.unwrap(value);
    const table = raw instanceof FakeTable ? raw : FakeTable.fromStrings(this.core, value, this.session);
    this.attach(table, this.children.length);
    this.attach(new FakeParagraph(this.core, 'PARAGRAPH', this.session), this.children.length);
    return table;
  }

  private margin(side: keyof FakeBody['margins'], value: unknown): this {
    this.live();
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
      throw this.core.error(`Invalid argument: margin${side}`);
    this.margins[side] = value;
    return this;
  }

  setMarginTop(marginTop: number): this {
    return this.margin('top', marginTop);
  }
  setMarginBottom(marginBottom: number): this {
    return this.margin('bottom', marginBottom);
  }
  setMarginLeft(marginLeft: number): this {
    return this.margin('left', marginLeft);
  }
  setMarginRight(marginRight: number): this {
    return this.margin('right', marginRight);
  }
  getMarginTop(): number {
    this.live();
    return this.margins.top;
  }
  getMarginLeft(): number {
    this.live();
    return this.margins.left;
  }
}

export class FakeDocument
  extends GasObject
  implements
    Shape<
      GoogleAppsScript.Document.Document,
      'getId' | 'getName' | 'getUrl' | 'getBody' | 'saveAndClose' | 'getAs' | 'setName'
    >
{
  private readonly session: Session = { closed: false };
  private readonly body: FakeBody;

  constructor(
    core: Core,
    private readonly state: DriveState,
    readonly item: DriveItem,
  ) {
    super(core, 'DocumentApp', 'Document');
    this.body = new FakeBody(core, this.session);
    for (const saved of item.doc ?? []) {
      const element = loadElement(core, saved, this.session);
      element.parent = this.body;
      this.body.children.push(element);
    }
  }

  private live(): void {
    if (this.session.closed) throw this.core.error(CLOSED);
  }

  getId(): string {
    return this.item.id;
  }

  getName(): string {
    return this.item.name;
  }

  setName(name: string): this {
    this.live();
    this.item.name = String(name);
    return this;
  }

  getUrl(): string {
    return this.state.url(this.item);
  }

  getBody(): FakeBody {
    this.live();
    return this.body;
  }

  /** Stores the document; the handle and its elements are closed from now on. */
  saveAndClose(): void {
    this.live();
    this.item.doc = this.body.saved();
    this.session.closed = true;
  }

  /** The document as last saved (pending edits are not in the export). */
  getAs(contentType: string): FakeBlob {
    this.live();
    return exportAs(this.core, this.item, contentType);
  }
}

export class FakeDocumentApp
  extends GasObject
  implements Shape<GoogleAppsScript.Document.DocumentApp, 'create' | 'openById'>
{
  readonly ParagraphHeading = ParagraphHeading;
  readonly ElementType = ElementType;
  readonly Attribute = Attribute;

  constructor(
    core: Core,
    private readonly state: DriveState,
  ) {
    super(core, 'DocumentApp', 'DocumentApp');
  }

  /** A new Doc in My Drive, with one empty paragraph (as Google starts every document). */
  create(name: string): FakeDocument {
    if (typeof name !== 'string' || name.trim() === '') throw this.core.error('Invalid argument: name');
    const item = this.state.add({
      name,
      mimeType: DOCUMENT_MIME,
      parent: 'root',
      byScript: true,
      doc: [{ type: 'PARAGRAPH', heading: ParagraphHeading.NORMAL, attributes: {}, parts: [] }],
    });
    return new FakeDocument(this.core, this.state, item);
  }

  /** The `documents` scope opens any Doc the user may edit; an unknown or trashed one fails. */
  openById(id: string): FakeDocument {
    const item = typeof id === 'string' ? this.state.items.get(id) : undefined;
    if (!item || item.trashed || item.mimeType !== DOCUMENT_MIME) {
      throw this.core.error(
        `Document is missing (perhaps it was deleted, or you don't have read access?): ${NOT_FOUND}`,
      );
    }
    return new FakeDocument(this.core, this.state, item);
  }
}
