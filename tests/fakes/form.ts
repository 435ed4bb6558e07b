import { type Core, GasObject } from './core';
import { FakeItem, type ItemTypeName } from './form-items';
import type { FakeFormResponse } from './form-response';
import { localeWords } from './locale';
import type { FakeSheet } from './sheet';
import type { FakeSpreadsheet } from './spreadsheet';
import type { Shape } from './types';

/** Forms a script creates after this instant start unpublished (Google Forms' 2026 publishing change). */
export const UNPUBLISHED_FROM = Date.UTC(2026, 5, 30, 22, 0, 0); // 1 July 2026, 00:00 in Brussels
const NOT_FOUND = 'No item with the given ID could be found, or you do not have permission to access it.';

type FormApi = Shape<
  GoogleAppsScript.Forms.Form,
  | 'getId'
  | 'getTitle'
  | 'setTitle'
  | 'getDescription'
  | 'setDescription'
  | 'getConfirmationMessage'
  | 'setConfirmationMessage'
  | 'collectsEmail'
  | 'setCollectEmail'
  | 'canEditResponse'
  | 'setAllowResponseEdits'
  | 'hasLimitOneResponsePerUser'
  | 'setLimitOneResponsePerUser'
  | 'hasProgressBar'
  | 'setProgressBar'
  | 'hasRespondAgainLink'
  | 'setShowLinkToRespondAgain'
  | 'isAcceptingResponses'
  | 'setAcceptingResponses'
  | 'isPublished'
  | 'setPublished'
  | 'addEditor'
  | 'removeEditor'
  | 'getPublishedUrl'
  | 'getEditUrl'
  | 'getItems'
  | 'getItemById'
  | 'deleteItem'
  | 'moveItem'
  | 'addTextItem'
  | 'addParagraphTextItem'
  | 'addMultipleChoiceItem'
  | 'addCheckboxItem'
  | 'addListItem'
  | 'addSectionHeaderItem'
  | 'addPageBreakItem'
  | 'addDateItem'
  | 'setDestination'
  | 'getDestinationId'
  | 'getDestinationType'
  | 'removeDestination'
  | 'getResponses'
  | 'getResponse'
  | 'deleteAllResponses'
  | 'deleteResponse'
>;

export class FakeForm extends GasObject implements FormApi {
  readonly items: FakeItem[] = [];
  readonly responses: FakeFormResponse[] = [];
  /** The response sheet, while linked. */
  destination: FakeSheet | null = null;
  deleted = false;
  private title: string;
  private description = '';
  private confirmationMessage = '';
  private settings = { collectEmail: false, edits: false, onePerUser: false, progressBar: false, respondAgain: true };
  private accepting = true;
  /** Legacy forms are published; forms created from 1 July 2026 start unpublished. */
  private published: boolean;
  /** The account that created it (a Drive file in its Drive) and the accounts it shared it with. */
  readonly owner: string;
  readonly editors = new Set<string>();

  constructor(
    core: Core,
    readonly id: string,
    readonly publishedId: string,
    title: string,
    private readonly spreadsheet: FakeSpreadsheet,
  ) {
    super(core, 'FormApp', 'Form');
    this.title = title;
    this.published = core.now() < UNPUBLISHED_FROM;
    this.owner = core.user.effective;
  }

  getId(): string {
    return this.id;
  }

  getTitle(): string {
    return this.title;
  }

  setTitle(title: string): this {
    this.title = String(title);
    return this;
  }

  getDescription(): string {
    return this.description;
  }

  setDescription(description: string): this {
    this.description = String(description);
    return this;
  }

  getConfirmationMessage(): string {
    return this.confirmationMessage;
  }

  setConfirmationMessage(message: string): this {
    this.confirmationMessage = String(message);
    return this;
  }

  collectsEmail(): boolean {
    return this.settings.collectEmail;
  }

  setCollectEmail(collect: boolean): this {
    const before = this.settings.collectEmail;
    this.settings.collectEmail = !!collect;
    if (!before && collect && this.destination) this.appendColumn('email', localeWords(this.core.locale).emailHeader);
    return this;
  }

  canEditResponse(): boolean {
    return this.settings.edits;
  }

  setAllowResponseEdits(enabled: boolean): this {
    this.settings.edits = !!enabled;
    return this;
  }

  hasLimitOneResponsePerUser(): boolean {
    return this.settings.onePerUser;
  }

  setLimitOneResponsePerUser(enabled: boolean): this {
    this.settings.onePerUser = !!enabled;
    return this;
  }

  hasProgressBar(): boolean {
    return this.settings.progressBar;
  }

  setProgressBar(enabled: boolean): this {
    this.settings.progressBar = !!enabled;
    return this;
  }

  hasRespondAgainLink(): boolean {
    return this.settings.respondAgain;
  }

  setShowLinkToRespondAgain(enabled: boolean): this {
    this.settings.respondAgain = !!enabled;
    return this;
  }

  /** False while the form is unpublished, whatever `setAcceptingResponses` said before. */
  isAcceptingResponses(): boolean {
    return this.published && this.accepting;
  }

  /**
   * Opening an unpublished form for responses is refused (the Forms API answers an error for
   * `isAcceptingResponses: true` with `isPublished: false`; Apps Script's behaviour is undocumented, the fake
   * takes the stricter one).
   */
  setAcceptingResponses(enabled: boolean): this {
    if (enabled && !this.published) {
      throw this.core.error('The form is not published. Publish it before it can accept responses.');
    }
    this.accepting = !!enabled;
    return this;
  }

  addEditor(emailAddress: string | GoogleAppsScript.Base.User): this {
    this.editors.add(typeof emailAddress === 'string' ? emailAddress : emailAddress.getEmail());
    return this;
  }

  removeEditor(emailAddress: string | GoogleAppsScript.Base.User): this {
    this.editors.delete(typeof emailAddress === 'string' ? emailAddress : emailAddress.getEmail());
    return this;
  }

  /** Whether `account` may open the form with FormApp (its owner or an editor). */
  canBeOpenedBy(account: string): boolean {
    return account === this.owner || this.editors.has(account);
  }

  isPublished(): boolean {
    return this.published;
  }

  /** Publishing opens the form for responses; unpublishing also stops them. */
  setPublished(enabled: boolean): this {
    this.published = !!enabled;
    this.accepting = !!enabled;
    return this;
  }

  getPublishedUrl(): string {
    return `https://docs.google.com/forms/d/e/${this.publishedId}/viewform`;
  }

  getEditUrl(): string {
    return `https://docs.google.com/forms/d/${this.id}/edit`;
  }

  getItems(itemType?: GoogleAppsScript.Forms.ItemType): FakeItem[] {
    return this.items.filter((item) => itemType === undefined || item.type === String(itemType));
  }

  getItemById(id: number): FakeItem | null {
    return this.items.find((item) => item.getId() === Number(id)) ?? null;
  }

  deleteItem(item: GoogleAppsScript.Forms.Item | number): void {
    const index = typeof item === 'number' ? item : this.items.indexOf(this.core.own(item, FakeItem, 'item'));
    if (index < 0 || index >= this.items.length) throw this.core.error('Invalid argument: index');
    this.items.splice(index, 1);
  }

  moveItem(from: GoogleAppsScript.Forms.Item | number, toIndex: number): FakeItem {
    const index = typeof from === 'number' ? from : this.items.indexOf(this.core.own(from, FakeItem, 'item'));
    if (index < 0 || index >= this.items.length || toIndex < 0 || toIndex >= this.items.length) {
      throw this.core.error('Invalid argument: index');
    }
    const [moved] = this.items.splice(index, 1);
    this.items.splice(toIndex, 0, moved);
    return moved;
  }

  addTextItem(): FakeItem {
    return this.addItem('TEXT');
  }

  addParagraphTextItem(): FakeItem {
    return this.addItem('PARAGRAPH_TEXT');
  }

  addMultipleChoiceItem(): FakeItem {
    return this.addItem('MULTIPLE_CHOICE');
  }

  addCheckboxItem(): FakeItem {
    return this.addItem('CHECKBOX');
  }

  addListItem(): FakeItem {
    return this.addItem('LIST');
  }

  addSectionHeaderItem(): FakeItem {
    return this.addItem('SECTION_HEADER');
  }

  addPageBreakItem(): FakeItem {
    return this.addItem('PAGE_BREAK');
  }

  addDateItem(): FakeItem {
    return this.addItem('DATE');
  }

  /**
   * Links the form to the bound spreadsheet: a new first tab named by the spreadsheet's locale
   * (`Formulierreacties N` / `Form Responses N`, first free N) with a header row (`Tijdstempel` / `Timestamp`),
   * [e-mail], one column per question. Calling it again creates another tab.
   */
  setDestination(type: GoogleAppsScript.Forms.DestinationType, id: string): this {
    if (String(type) !== 'SPREADSHEET') throw this.core.error('Invalid argument: type');
    if (id !== this.spreadsheet.getId()) throw this.core.error(NOT_FOUND);
    if (this.destination) this.destination.formLink = undefined;
    const words = localeWords(this.core.locale);
    let n = 1;
    while (this.spreadsheet.getSheetByName(words.responseTab(n))) n++;
    const sheet = this.spreadsheet.addSheet(words.responseTab(n), 0);
    sheet.formLink = {
      formId: this.id,
      url: `https://docs.google.com/forms/d/${this.id}/viewform`,
      columns: new Map(),
    };
    sheet.setFrozenRows(1);
    this.destination = sheet;
    this.appendColumn('timestamp', words.timestampHeader);
    if (this.settings.collectEmail) this.appendColumn('email', words.emailHeader);
    for (const item of this.questions()) this.appendColumn(String(item.getId()), item.getTitle());
    for (const response of this.responses) this.writeResponseRow(response);
    return this;
  }

  getDestinationId(): string {
    if (!this.destination) throw this.core.error('The form currently has no response destination.');
    return this.spreadsheet.getId();
  }

  getDestinationType(): string {
    if (!this.destination) throw this.core.error('The form currently has no response destination.');
    return 'SPREADSHEET';
  }

  removeDestination(): this {
    if (this.destination) this.destination.formLink = undefined;
    this.destination = null;
    return this;
  }

  getResponses(timestamp?: GoogleAppsScript.Base.Date): FakeFormResponse[] {
    const from = timestamp === undefined ? Number.NEGATIVE_INFINITY : timestamp.getTime();
    return this.responses.filter((r) => r.timestamp >= from);
  }

  getResponse(responseId: string): FakeFormResponse {
    const found = this.responses.find((r) => r.getId() === responseId);
    if (!found) throw this.core.error(`No response with ID ${responseId} exists for this form.`);
    return found;
  }

  deleteAllResponses(): this {
    this.responses.length = 0;
    return this;
  }

  deleteResponse(responseId: string): this {
    const index = this.responses.indexOf(this.getResponse(responseId));
    this.responses.splice(index, 1);
    return this;
  }

  // --- not Apps Script methods -------------------------------------------

  itemList(): readonly FakeItem[] {
    return this.items;
  }

  questions(): FakeItem[] {
    return this.items.filter((item) => item.isQuestion());
  }

  /** The live response sheet, if the form is linked and the tab still exists. */
  liveDestination(): FakeSheet | null {
    return this.destination && !this.destination.deleted && this.destination.formLink ? this.destination : null;
  }

  itemRetitled(item: FakeItem): void {
    const sheet = this.liveDestination();
    const column = sheet?.formLink?.columns.get(String(item.getId()));
    if (sheet && column) sheet.grid.edit(1, column).value = item.getTitle();
  }

  /** Appends the response to the linked sheet; returns its row number, or null when not linked. */
  writeResponseRow(response: FakeFormResponse): number | null {
    const sheet = this.liveDestination();
    if (!sheet?.formLink) return null;
    const columns = sheet.formLink.columns;
    const row = sheet.grid.lastRow() + 1;
    // Google makes room in a response tab itself.
    sheet.grid.grow(row, Math.max(0, ...columns.values()));
    sheet.grid.edit(row, columns.get('timestamp') ?? 1).value = new Date(response.timestamp);
    const emailColumn = columns.get('email');
    if (emailColumn) sheet.grid.edit(row, emailColumn).value = response.email;
    for (const r of response.itemResponses) {
      const column = columns.get(String(r.item.getId()));
      const text = Array.isArray(r.answer) ? r.answer.join(', ') : r.answer;
      if (column) sheet.writeCell(row, column, text, { noFormulas: true });
    }
    return row;
  }

  private addItem(type: ItemTypeName): FakeItem {
    const item = new FakeItem(this.core, this, type, 1000000000 + this.core.next('itemId') * 104729);
    this.items.push(item);
    if (item.isQuestion() && this.liveDestination()) this.appendColumn(String(item.getId()), item.getTitle());
    return item;
  }

  private appendColumn(key: string, header: string): void {
    const sheet = this.liveDestination();
    if (!sheet?.formLink) return;
    const used = Math.max(sheet.grid.lastColumn(), ...sheet.formLink.columns.values());
    sheet.formLink.columns.set(key, used + 1);
    sheet.grid.grow(1, used + 1);
    sheet.grid.edit(1, used + 1).value = header;
  }
}
