import { type Core, GasObject } from './core';
import { localeWords } from './locale';
import type { AccessState, FakeProtection } from './protection';
import { ProtectionType } from './protection';
import type { FakeRange } from './range';
import { FakeUser } from './session';
import { FakeSheet } from './sheet';
import type { Shape } from './types';

/** The one spreadsheet the script is bound to. */
export class FakeSpreadsheet
  extends GasObject
  implements
    Shape<
      GoogleAppsScript.Spreadsheet.Spreadsheet,
      | 'getId'
      | 'getName'
      | 'rename'
      | 'getUrl'
      | 'getSheetByName'
      | 'getSheetById'
      | 'getSheets'
      | 'getNumSheets'
      | 'insertSheet'
      | 'deleteSheet'
      | 'getActiveSheet'
      | 'setActiveSheet'
      | 'getRange'
      | 'getFormUrl'
      | 'getSpreadsheetTimeZone'
      | 'setSpreadsheetTimeZone'
      | 'getSpreadsheetLocale'
      | 'toast'
      | 'getOwner'
      | 'getEditors'
      | 'getViewers'
      | 'getProtections'
    >
{
  private readonly sheets: FakeSheet[] = [];
  private active?: FakeSheet;
  /** Owner, people it is shared with, its domain, and as whom the code runs (protections; issue 13). */
  readonly access: AccessState;

  constructor(
    core: Core,
    private readonly id: string,
    private name: string,
    firstSheetName?: string,
    access?: AccessState,
  ) {
    super(core, 'SpreadsheetApp', 'Spreadsheet');
    this.access = access ?? { owner: '', editors: [], viewers: [], domain: '', actingUser: () => '' };
    this.addSheet(firstSheetName ?? localeWords(core.locale).firstSheet);
  }

  getId(): string {
    return this.id;
  }

  getName(): string {
    return this.name;
  }

  rename(newName: string): void {
    this.name = newName;
  }

  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }

  /** Sheet names are case-insensitive in Sheets: `getSheetByName('cases')` finds `Cases`. */
  getSheetByName(name: string): FakeSheet | null {
    const wanted = String(name).toLowerCase();
    return this.sheets.find((s) => s.getName().toLowerCase() === wanted) ?? null;
  }

  getSheetById(id: number): FakeSheet | null {
    return this.sheets.find((s) => s.getSheetId() === id) ?? null;
  }

  getSheets(): FakeSheet[] {
    return [...this.sheets];
  }

  getNumSheets(): number {
    return this.sheets.length;
  }

  /**
   * `insertSheet()`, `(name)`, `(name, index)`, `(index)`, `(name, index, options)`: a new sheet of 1000 rows ×
   * 26 columns (a `{ template }` option is not supported by the fake and refused).
   */
  insertSheet(nameOrIndex?: string | number | object, indexOrOptions?: number | object, options?: object): FakeSheet {
    for (const o of [nameOrIndex, indexOrOptions, options]) {
      if (o && typeof o === 'object' && 'template' in o) throw this.core.error('The fake does not copy templates.');
    }
    let name = typeof nameOrIndex === 'string' ? nameOrIndex : undefined;
    const index =
      typeof nameOrIndex === 'number' ? nameOrIndex : typeof indexOrOptions === 'number' ? indexOrOptions : undefined;
    if (index !== undefined && (index < 0 || index > this.sheets.length))
      throw this.core.error('Invalid argument: sheetIndex');
    if (name === undefined) {
      const words = localeWords(this.core.locale);
      let n = this.sheets.length + 1;
      while (this.getSheetByName(words.newSheet(n))) n++;
      name = words.newSheet(n);
    }
    return this.addSheet(name, index);
  }

  deleteSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
    const own = this.core.own(sheet, FakeSheet, 'sheet');
    const index = this.sheets.indexOf(own);
    if (index === -1) throw this.core.error('Invalid argument: sheet');
    if (this.sheets.length === 1) throw this.core.error("You can't remove all the sheets in a document.");
    this.sheets.splice(index, 1);
    own.deleted = true;
    if (this.active === own) this.active = undefined;
  }

  getActiveSheet(): FakeSheet {
    return this.active ?? this.sheets[0];
  }

  setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): FakeSheet {
    return this.makeActive(this.core.own(sheet, FakeSheet, 'sheet'));
  }

  /** `'Tab name'!A1:B2` or a range of the active sheet. */
  getRange(a1Notation: string): FakeRange {
    const bang = a1Notation.lastIndexOf('!');
    const sheetName =
      bang === -1
        ? null
        : a1Notation
            .slice(0, bang)
            .replace(/^'(.*)'$/, '$1')
            .replace(/''/g, "'");
    const sheet = sheetName === null ? this.getActiveSheet() : this.getSheetByName(sheetName);
    if (!sheet) throw this.core.error('Range not found');
    return sheet.getRange(a1Notation.slice(bang + 1));
  }

  getFormUrl(): string | null {
    return this.sheets.find((s) => s.formLink)?.formLink?.url ?? null;
  }

  /** The spreadsheet's own zone (File > Settings), which may differ from the script's. */
  getSpreadsheetTimeZone(): string {
    return this.core.spreadsheetTimeZone;
  }

  setSpreadsheetTimeZone(timezone: string): void {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: String(timezone) });
    } catch {
      throw this.core.error(`Invalid argument: timezone`);
    }
    this.core.spreadsheetTimeZone = String(timezone);
  }

  getSpreadsheetLocale(): string {
    return this.core.locale;
  }

  toast(_msg: string, _title?: string, _timeoutSeconds?: number | null): void {}

  getOwner(): FakeUser | null {
    return this.access.owner ? new FakeUser(this.core, this.access.owner) : null;
  }

  /** The owner and everyone who may edit (Google lists the owner among the editors). */
  getEditors(): FakeUser[] {
    const all = [...new Set([this.access.owner, ...this.access.editors].filter(Boolean))];
    return all.map((e) => new FakeUser(this.core, e));
  }

  /** Viewers and commenters. */
  getViewers(): FakeUser[] {
    return this.access.viewers.map((e) => new FakeUser(this.core, e));
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): FakeProtection[] {
    if (String(type) !== ProtectionType.SHEET && String(type) !== ProtectionType.RANGE)
      throw this.core.error('Invalid argument: type');
    return this.sheets.flatMap((s) => s.getProtections(type));
  }

  // --- not Apps Script methods -------------------------------------------

  sheetList(): readonly FakeSheet[] {
    return this.sheets;
  }

  makeActive(sheet: FakeSheet): FakeSheet {
    this.active = sheet;
    return sheet;
  }

  checkNewSheetName(name: string, renaming?: FakeSheet): void {
    const existing = this.getSheetByName(name);
    if (existing && existing !== renaming) {
      throw this.core.error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
  }

  addSheet(name: string, index?: number): FakeSheet {
    this.checkNewSheetName(name);
    const id = this.sheets.length === 0 ? 0 : 100000000 + this.core.next('sheetId') * 7919;
    const sheet = new FakeSheet(this.core, this, name, id);
    this.sheets.splice(index ?? this.sheets.length, 0, sheet);
    return sheet;
  }
}
