import { type Core, GasObject } from './core';
import type { FakeForm } from './form';
import type { Shape } from './types';

export type ItemTypeName =
  | 'TEXT'
  | 'PARAGRAPH_TEXT'
  | 'MULTIPLE_CHOICE'
  | 'CHECKBOX'
  | 'LIST'
  | 'SECTION_HEADER'
  | 'PAGE_BREAK'
  | 'DATE'
  | 'SCALE';

/** Items that are not questions: they get no column in the response sheet and take no answer. */
export const NON_QUESTIONS: readonly ItemTypeName[] = ['SECTION_HEADER', 'PAGE_BREAK'];
const CHOICE_TYPES: readonly ItemTypeName[] = ['MULTIPLE_CHOICE', 'CHECKBOX', 'LIST'];
const OTHER_TYPES: readonly ItemTypeName[] = ['MULTIPLE_CHOICE', 'CHECKBOX'];
const VALIDATED_TYPES: readonly ItemTypeName[] = ['TEXT', 'PARAGRAPH_TEXT', 'CHECKBOX'];

type ItemApi = Shape<
  GoogleAppsScript.Forms.Item,
  | 'getId'
  | 'getTitle'
  | 'setTitle'
  | 'getHelpText'
  | 'setHelpText'
  | 'getType'
  | 'getIndex'
  | 'asTextItem'
  | 'asParagraphTextItem'
  | 'asMultipleChoiceItem'
  | 'asCheckboxItem'
  | 'asListItem'
  | 'asSectionHeaderItem'
  | 'asDateItem'
>;
type ChoiceItemApi = Shape<
  GoogleAppsScript.Forms.MultipleChoiceItem,
  | 'isRequired'
  | 'setRequired'
  | 'setChoiceValues'
  | 'getChoices'
  | 'createChoice'
  | 'setChoices'
  | 'showOtherOption'
  | 'hasOtherOption'
>;
type TextItemApi = Shape<GoogleAppsScript.Forms.TextItem, 'setValidation' | 'clearValidation'>;

/** One class for every item type; methods that the real item type lacks throw. */
export class FakeItem extends GasObject implements ItemApi, ChoiceItemApi, TextItemApi {
  private title = '';
  private helpText = '';
  private required = false;
  private choices: FakeChoice[] = [];
  private otherOption = false;
  validation: FakeTextValidation | null = null;

  constructor(
    core: Core,
    private readonly form: FakeForm,
    readonly type: ItemTypeName,
    private readonly id: number,
  ) {
    super(core, 'FormApp', 'Item');
  }

  getId(): number {
    return this.id;
  }

  getTitle(): string {
    return this.title;
  }

  setTitle(title: string): this {
    this.title = String(title);
    this.form.itemRetitled(this);
    return this;
  }

  getHelpText(): string {
    return this.helpText;
  }

  setHelpText(text: string): this {
    this.helpText = String(text);
    return this;
  }

  getType(): string {
    return this.type;
  }

  getIndex(): number {
    return this.form.itemList().indexOf(this);
  }

  isQuestion(): boolean {
    return !NON_QUESTIONS.includes(this.type);
  }

  asTextItem(): this {
    return this.as('TEXT');
  }

  asParagraphTextItem(): this {
    return this.as('PARAGRAPH_TEXT');
  }

  asMultipleChoiceItem(): this {
    return this.as('MULTIPLE_CHOICE');
  }

  asCheckboxItem(): this {
    return this.as('CHECKBOX');
  }

  asListItem(): this {
    return this.as('LIST');
  }

  asSectionHeaderItem(): this {
    return this.as('SECTION_HEADER');
  }

  asDateItem(): this {
    return this.as('DATE');
  }

  isRequired(): boolean {
    this.need(this.isQuestion(), 'isRequired');
    return this.required;
  }

  setRequired(enabled: boolean): this {
    this.need(this.isQuestion(), 'setRequired');
    this.required = !!enabled;
    return this;
  }

  setChoiceValues(values: string[]): this {
    this.need(CHOICE_TYPES.includes(this.type), 'setChoiceValues');
    this.choices = values.map((v) => new FakeChoice(this.core, String(v)));
    return this;
  }

  getChoices(): FakeChoice[] {
    this.need(CHOICE_TYPES.includes(this.type), 'getChoices');
    return [...this.choices];
  }

  createChoice(value: string): FakeChoice {
    this.need(CHOICE_TYPES.includes(this.type), 'createChoice');
    return new FakeChoice(this.core, String(value));
  }

  setChoices(choices: GoogleAppsScript.Forms.Choice[]): this {
    this.need(CHOICE_TYPES.includes(this.type), 'setChoices');
    this.choices = choices.map((c) => this.core.own(c, FakeChoice, 'choices'));
    return this;
  }

  showOtherOption(enabled: boolean): this {
    this.need(OTHER_TYPES.includes(this.type), 'showOtherOption');
    this.otherOption = !!enabled;
    return this;
  }

  hasOtherOption(): boolean {
    this.need(OTHER_TYPES.includes(this.type), 'hasOtherOption');
    return this.otherOption;
  }

  setValidation(validation: GoogleAppsScript.Forms.TextValidation): this {
    this.need(VALIDATED_TYPES.includes(this.type), 'setValidation');
    this.validation = this.core.own(validation, FakeTextValidation, 'validation');
    return this;
  }

  clearValidation(): this {
    this.need(VALIDATED_TYPES.includes(this.type), 'clearValidation');
    this.validation = null;
    return this;
  }

  /** Why a submitted answer would be refused by the form, or null if it is accepted. */
  refusal(answer: string | string[]): string | null {
    const values = Array.isArray(answer) ? answer : [answer];
    if (CHOICE_TYPES.includes(this.type) && !this.otherOption) {
      const allowed = this.choices.map((c) => c.getValue());
      const wrong = values.find((v) => !allowed.includes(v));
      if (wrong !== undefined) return `"${wrong}" is not a choice of "${this.title}"`;
    }
    if (this.type !== 'CHECKBOX' && values.length !== 1) return `"${this.title}" takes a single answer`;
    // A date picker answers "YYYY-MM-DD" (ItemResponse.getResponse of a DateItem); nothing else can be typed.
    if (this.type === 'DATE' && !/^\d{4}-\d{2}-\d{2}$/.test(values[0])) {
      return `"${values[0]}" is not a date for "${this.title}" (a date item answers YYYY-MM-DD)`;
    }
    if (this.validation && this.type !== 'CHECKBOX' && !this.validation.accepts(values[0])) {
      return this.validation.helpText || `"${values[0]}" is not valid for "${this.title}"`;
    }
    return null;
  }

  private as(type: ItemTypeName): this {
    if (this.type !== type) throw this.core.error(`Invalid conversion for item type: ${this.type}.`);
    return this;
  }

  private need(available: boolean, method: string): void {
    if (!available) throw new TypeError(`${method} is not a function (not available on ${this.type} items)`);
  }
}

export class FakeChoice extends GasObject implements Shape<GoogleAppsScript.Forms.Choice, 'getValue'> {
  constructor(
    core: Core,
    private readonly value: string,
  ) {
    super(core, 'FormApp', 'Choice');
  }

  getValue(): string {
    return this.value;
  }
}

type Rule = { kind: string; arg?: number | string; arg2?: number };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL = /^https?:\/\/\S+$/i;

function accepts(rule: Rule, text: string): boolean {
  const n = Number(text);
  const isNumber = text.trim() !== '' && Number.isFinite(n);
  switch (rule.kind) {
    case 'email':
      return EMAIL.test(text);
    case 'url':
      return URL.test(text);
    case 'matches':
      return new RegExp(`^(?:${rule.arg})$`).test(text);
    case 'notMatches':
      return !new RegExp(`^(?:${rule.arg})$`).test(text);
    case 'contains':
      return new RegExp(String(rule.arg)).test(text);
    case 'notContains':
      return !new RegExp(String(rule.arg)).test(text);
    case 'number':
      return isNumber;
    case 'wholeNumber':
      return isNumber && Number.isInteger(n);
    case 'between':
      return isNumber && n >= Number(rule.arg) && n <= Number(rule.arg2);
    case 'maxLength':
      return text.length <= Number(rule.arg);
    case 'minLength':
      return text.length >= Number(rule.arg);
    default:
      return true;
  }
}

/** `FormApp.createTextValidation()`; the last `require...` call wins, like in the Forms editor. */
export class FakeTextValidationBuilder
  extends GasObject
  implements
    Shape<
      GoogleAppsScript.Forms.TextValidationBuilder,
      | 'requireTextIsEmail'
      | 'requireTextIsUrl'
      | 'requireTextMatchesPattern'
      | 'requireTextDoesNotMatchPattern'
      | 'requireTextContainsPattern'
      | 'requireTextDoesNotContainPattern'
      | 'requireNumber'
      | 'requireWholeNumber'
      | 'requireNumberBetween'
      | 'requireTextLengthLessThanOrEqualTo'
      | 'requireTextLengthGreaterThanOrEqualTo'
      | 'setHelpText'
      | 'build'
    >
{
  private rule: Rule = { kind: 'none' };
  private helpText = '';

  constructor(core: Core) {
    super(core, 'FormApp', 'TextValidationBuilder');
  }

  requireTextIsEmail(): this {
    return this.set({ kind: 'email' });
  }

  requireTextIsUrl(): this {
    return this.set({ kind: 'url' });
  }

  requireTextMatchesPattern(pattern: string): this {
    return this.set({ kind: 'matches', arg: pattern });
  }

  requireTextDoesNotMatchPattern(pattern: string): this {
    return this.set({ kind: 'notMatches', arg: pattern });
  }

  requireTextContainsPattern(pattern: string): this {
    return this.set({ kind: 'contains', arg: pattern });
  }

  requireTextDoesNotContainPattern(pattern: string): this {
    return this.set({ kind: 'notContains', arg: pattern });
  }

  requireNumber(): this {
    return this.set({ kind: 'number' });
  }

  requireWholeNumber(): this {
    return this.set({ kind: 'wholeNumber' });
  }

  requireNumberBetween(start: number, end: number): this {
    return this.set({ kind: 'between', arg: start, arg2: end });
  }

  requireTextLengthLessThanOrEqualTo(number: number): this {
    return this.set({ kind: 'maxLength', arg: number });
  }

  requireTextLengthGreaterThanOrEqualTo(number: number): this {
    return this.set({ kind: 'minLength', arg: number });
  }

  setHelpText(text: string): this {
    this.helpText = String(text);
    return this;
  }

  build(): FakeTextValidation {
    return new FakeTextValidation(this.core, { ...this.rule }, this.helpText);
  }

  private set(rule: Rule): this {
    if (typeof rule.arg === 'string') {
      try {
        new RegExp(rule.arg).test('');
      } catch {
        throw this.core.error(`Invalid argument: pattern (${rule.arg})`);
      }
    }
    this.rule = rule;
    return this;
  }
}

export class FakeTextValidation extends GasObject {
  constructor(
    core: Core,
    readonly rule: Rule,
    readonly helpText: string,
  ) {
    super(core, 'FormApp', 'TextValidation');
  }

  accepts(text: string): boolean {
    return accepts(this.rule, text);
  }
}
