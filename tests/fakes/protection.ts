import { type Core, GasObject } from './core';
import { enumOf } from './enums';
import type { FakeRange } from './range';
import { FakeUser } from './session';
import type { FakeSheet } from './sheet';
import type { Shape } from './types';

export const ProtectionType = enumOf('RANGE', 'SHEET');

export const PROTECTED_EDIT =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit it.';
/** Google documents that setDomainEdit throws outside a Workspace domain; the exact text is not documented. */
export const NO_DOMAIN = 'This spreadsheet does not belong to a Google Workspace domain.';

/** Who owns and shares the spreadsheet, and as whom the current code runs (for protections). */
export interface AccessState {
  owner: string;
  editors: string[];
  viewers: string[];
  /** The Workspace domain the spreadsheet belongs to; '' for a consumer (gmail.com) owner. */
  domain: string;
  /** The user the running code acts as (the effective user; a test may act as someone else). */
  actingUser: () => string;
}

const lower = (s: string) => s.trim().toLowerCase();
const domainOf = (email: string) => lower(email.slice(email.lastIndexOf('@') + 1));

/**
 * A sheet protection (`Sheet.protect()`), as documented for Class Protection: a new protection mirrors the
 * spreadsheet's editors until the script changes them; the owner and the current user can never be removed;
 * `getEditors` and changes need edit permission on the protected sheet; `setDomainEdit` throws outside a domain;
 * a warning-only protection lets everyone edit. Range protections are not modelled (the script uses none).
 */
export class FakeProtection
  extends GasObject
  implements
    Shape<
      GoogleAppsScript.Spreadsheet.Protection,
      | 'addEditor'
      | 'addEditors'
      | 'removeEditor'
      | 'removeEditors'
      | 'getEditors'
      | 'canDomainEdit'
      | 'setDomainEdit'
      | 'canEdit'
      | 'isWarningOnly'
      | 'setWarningOnly'
      | 'getDescription'
      | 'setDescription'
      | 'getProtectionType'
      | 'getRange'
      | 'remove'
    >
{
  private editors: string[];
  private domainEdit: boolean;
  private warningOnly = false;
  private description = '';
  removed = false;

  constructor(
    core: Core,
    readonly sheet: FakeSheet,
    private readonly access: AccessState,
  ) {
    super(core, 'SpreadsheetApp', 'Protection');
    this.editors = [...new Set([access.owner, ...access.editors].map(lower))];
    this.domainEdit = access.domain !== '';
  }

  /** Would `user` be allowed to change the protected sheet? */
  allows(user: string): boolean {
    if (this.removed || this.warningOnly) return true;
    const u = lower(user);
    if (u === lower(this.access.owner) || this.editors.includes(u)) return true;
    return this.domainEdit && this.access.domain !== '' && domainOf(u) === this.access.domain;
  }

  private requireEditor(): void {
    if (!this.allows(this.access.actingUser())) throw this.core.error(PROTECTED_EDIT);
  }

  private email(user: unknown): string {
    const raw = this.core.unwrap(user);
    if (raw instanceof FakeUser) return lower(raw.getEmail());
    if (typeof raw === 'string') return lower(raw);
    throw this.core.error('Invalid argument: user');
  }

  addEditor(user: string | GoogleAppsScript.Base.User): this {
    this.requireEditor();
    const email = this.email(user);
    if (!this.editors.includes(email)) this.editors.push(email);
    return this;
  }

  addEditors(emailAddresses: string[]): this {
    for (const e of emailAddresses) this.addEditor(e);
    return this;
  }

  removeEditor(user: string | GoogleAppsScript.Base.User): this {
    return this.removeEditors([this.email(user)]);
  }

  /** "Neither the owner of the spreadsheet nor the current user can be removed." */
  removeEditors(emailsOrUsers: string[] | GoogleAppsScript.Base.User[]): this {
    this.requireEditor();
    if (!Array.isArray(emailsOrUsers)) throw this.core.error('Invalid argument: emailAddresses');
    const keep = new Set([lower(this.access.owner), lower(this.access.actingUser())]);
    const drop = new Set((emailsOrUsers as unknown[]).map((e) => this.email(e)).filter((e) => !keep.has(e)));
    this.editors = this.editors.filter((e) => !drop.has(e));
    return this;
  }

  getEditors(): FakeUser[] {
    this.requireEditor();
    return this.editors.map((e) => new FakeUser(this.core, e));
  }

  canDomainEdit(): boolean {
    this.requireEditor();
    return this.domainEdit;
  }

  setDomainEdit(editable: boolean): this {
    this.requireEditor();
    if (this.access.domain === '') throw this.core.error(NO_DOMAIN);
    this.domainEdit = Boolean(editable);
    return this;
  }

  canEdit(): boolean {
    return this.allows(this.access.actingUser());
  }

  isWarningOnly(): boolean {
    return this.warningOnly;
  }

  setWarningOnly(warningOnly: boolean): this {
    this.requireEditor();
    this.warningOnly = Boolean(warningOnly);
    return this;
  }

  getDescription(): string {
    return this.description;
  }

  setDescription(description: string): this {
    this.requireEditor();
    this.description = String(description);
    return this;
  }

  getProtectionType(): string {
    return ProtectionType.SHEET;
  }

  getRange(): FakeRange {
    return this.sheet.getDataRange();
  }

  remove(): void {
    this.requireEditor();
    this.removed = true;
    this.sheet.protection = undefined;
  }

  // --- for tests ------------------------------------------------------------
  editorEmails(): string[] {
    return [...this.editors];
  }
}
