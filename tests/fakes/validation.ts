import { type Core, GasObject } from './core';
import { enumOf } from './enums';
import type { Shape } from './types';

type Builder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type Criteria = GoogleAppsScript.Spreadsheet.DataValidationCriteria;

export const DataValidationCriteria = enumOf(
  'CHECKBOX',
  'CUSTOM_FORMULA',
  'DATE_IS_VALID_DATE',
  'NUMBER_BETWEEN',
  'TEXT_CONTAINS',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
);

interface Rule {
  criteria: string;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

/** `SpreadsheetApp.newDataValidation()` */
export class FakeDataValidationBuilder
  extends GasObject
  implements
    Shape<
      Builder,
      | 'build'
      | 'copy'
      | 'getAllowInvalid'
      | 'getCriteriaType'
      | 'getCriteriaValues'
      | 'getHelpText'
      | 'requireCheckbox'
      | 'requireTextIsEmail'
      | 'requireValueInList'
      | 'requireValueInRange'
      | 'setAllowInvalid'
      | 'setHelpText'
      | 'withCriteria'
    >
{
  private rule: Rule = { criteria: '', values: [], allowInvalid: true, helpText: '' };

  constructor(core: Core, from?: Rule) {
    super(core, 'SpreadsheetApp', 'DataValidationBuilder');
    if (from) this.rule = { ...from, values: [...from.values] };
  }

  requireValueInList(values: string[], showDropdown = true): this {
    return this.set('VALUE_IN_LIST', [[...values], showDropdown]);
  }

  requireValueInRange(range: GoogleAppsScript.Spreadsheet.Range, showDropdown = true): this {
    return this.set('VALUE_IN_RANGE', [range, showDropdown]);
  }

  requireCheckbox(...values: unknown[]): this {
    return this.set('CHECKBOX', values);
  }

  requireTextIsEmail(): this {
    return this.set('TEXT_IS_VALID_EMAIL', []);
  }

  withCriteria(criteria: Criteria, args: unknown[]): this {
    return this.set(String(criteria), [...args]);
  }

  setAllowInvalid(allowInvalidData: boolean): this {
    this.rule.allowInvalid = allowInvalidData;
    return this;
  }

  setHelpText(helpText: string): this {
    this.rule.helpText = helpText;
    return this;
  }

  getAllowInvalid(): boolean {
    return this.rule.allowInvalid;
  }

  getCriteriaType(): string {
    return this.rule.criteria;
  }

  getCriteriaValues(): unknown[] {
    return [...this.rule.values];
  }

  getHelpText(): string {
    return this.rule.helpText;
  }

  copy(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder(this.core, this.rule);
  }

  build(): FakeDataValidation {
    if (!this.rule.criteria) throw this.core.error('You must specify a data validation criteria.');
    return new FakeDataValidation(this.core, this.rule);
  }

  private set(criteria: string, values: unknown[]): this {
    this.rule.criteria = criteria;
    this.rule.values = values;
    return this;
  }
}

/** A built rule, as stored per cell by `Range.setDataValidation(s)`. */
export class FakeDataValidation
  extends GasObject
  implements
    Shape<
      GoogleAppsScript.Spreadsheet.DataValidation,
      'copy' | 'getAllowInvalid' | 'getCriteriaType' | 'getCriteriaValues' | 'getHelpText'
    >
{
  private readonly rule: Rule;

  constructor(core: Core, rule: Rule) {
    super(core, 'SpreadsheetApp', 'DataValidation');
    this.rule = { ...rule, values: [...rule.values] };
  }

  copy(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder(this.core, this.rule);
  }

  getAllowInvalid(): boolean {
    return this.rule.allowInvalid;
  }

  getCriteriaType(): string {
    return this.rule.criteria;
  }

  getCriteriaValues(): unknown[] {
    return this.rule.values.map((v) => (Array.isArray(v) ? [...v] : v));
  }

  getHelpText(): string {
    return this.rule.helpText;
  }
}
