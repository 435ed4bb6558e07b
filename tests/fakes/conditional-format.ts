import { type Core, GasObject } from './core';
import { enumOf } from './enums';
import { FakeRange } from './range';
import type { FakeSheet } from './sheet';
import type { CellValue, Shape } from './types';

/**
 * `SpreadsheetApp.newConditionalFormatRule()`, the rules it builds and `Sheet.setConditionalFormatRules`.
 * Strict where Google is (a rule without a condition does not build; a rule's ranges must lie inside the sheet's
 * dimensions) and, where Google does not document it, stricter (a rule without ranges, or with a range of another
 * sheet, is refused; see docs/fakes.md). Boolean text and emptiness conditions can be evaluated, so tests can ask
 * which colour a cell would get (`conditionalBackground`).
 */

export const BooleanCriteria = enumOf(
  'CELL_EMPTY',
  'CELL_NOT_EMPTY',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_STARTS_WITH',
  'TEXT_ENDS_WITH',
  'CUSTOM_FORMULA',
);

interface Format {
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
}

interface RuleState {
  criteria: string;
  values: unknown[];
  format: Format;
  ranges: FakeRange[];
}

const COLOR = /^#[0-9a-fA-F]{6}$|^#[0-9a-fA-F]{3}$|^[a-z]+$/;

function emptyState(): RuleState {
  return {
    criteria: '',
    values: [],
    format: { background: null, fontColor: null, bold: null, italic: null },
    ranges: [],
  };
}

function copyState(s: RuleState): RuleState {
  return { criteria: s.criteria, values: [...s.values], format: { ...s.format }, ranges: [...s.ranges] };
}

export class FakeConditionalFormatRuleBuilder
  extends GasObject
  implements
    Shape<
      GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder,
      | 'build'
      | 'copy'
      | 'getRanges'
      | 'setBackground'
      | 'setBold'
      | 'setFontColor'
      | 'setItalic'
      | 'setRanges'
      | 'whenCellEmpty'
      | 'whenCellNotEmpty'
      | 'whenFormulaSatisfied'
      | 'whenNumberGreaterThan'
      | 'whenNumberGreaterThanOrEqualTo'
      | 'whenNumberLessThan'
      | 'whenNumberEqualTo'
      | 'whenTextContains'
      | 'whenTextDoesNotContain'
      | 'whenTextEqualTo'
      | 'whenTextStartsWith'
      | 'whenTextEndsWith'
    >
{
  private state: RuleState;

  constructor(core: Core, from?: RuleState) {
    super(core, 'SpreadsheetApp', 'ConditionalFormatRuleBuilder');
    this.state = from ? copyState(from) : emptyState();
  }

  private when(criteria: string, values: unknown[]): this {
    this.state.criteria = criteria;
    this.state.values = values;
    return this;
  }

  private text(value: unknown, method: string): string {
    if (typeof value !== 'string') {
      throw this.core.error(
        `The parameters (${typeof value}) don't match the method signature for SpreadsheetApp.ConditionalFormatRuleBuilder.${method}.`,
      );
    }
    return value;
  }

  private number(value: unknown, method: string): number {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw this.core.error(
        `The parameters (${typeof value}) don't match the method signature for SpreadsheetApp.ConditionalFormatRuleBuilder.${method}.`,
      );
    }
    return value;
  }

  whenCellEmpty(): this {
    return this.when('CELL_EMPTY', []);
  }
  whenCellNotEmpty(): this {
    return this.when('CELL_NOT_EMPTY', []);
  }
  whenTextContains(text: string): this {
    return this.when('TEXT_CONTAINS', [this.text(text, 'whenTextContains')]);
  }
  whenTextDoesNotContain(text: string): this {
    return this.when('TEXT_DOES_NOT_CONTAIN', [this.text(text, 'whenTextDoesNotContain')]);
  }
  whenTextEqualTo(text: string): this {
    return this.when('TEXT_EQUAL_TO', [this.text(text, 'whenTextEqualTo')]);
  }
  whenTextStartsWith(text: string): this {
    return this.when('TEXT_STARTS_WITH', [this.text(text, 'whenTextStartsWith')]);
  }
  whenTextEndsWith(text: string): this {
    return this.when('TEXT_ENDS_WITH', [this.text(text, 'whenTextEndsWith')]);
  }
  whenNumberGreaterThan(n: number): this {
    return this.when('NUMBER_GREATER_THAN', [this.number(n, 'whenNumberGreaterThan')]);
  }
  whenNumberGreaterThanOrEqualTo(n: number): this {
    return this.when('NUMBER_GREATER_THAN_OR_EQUAL_TO', [this.number(n, 'whenNumberGreaterThanOrEqualTo')]);
  }
  whenNumberLessThan(n: number): this {
    return this.when('NUMBER_LESS_THAN', [this.number(n, 'whenNumberLessThan')]);
  }
  whenNumberEqualTo(n: number): this {
    return this.when('NUMBER_EQUAL_TO', [this.number(n, 'whenNumberEqualTo')]);
  }
  whenFormulaSatisfied(formula: string): this {
    const f = this.text(formula, 'whenFormulaSatisfied');
    if (!f.startsWith('=')) throw this.core.error('Invalid argument: formula');
    return this.when('CUSTOM_FORMULA', [f]);
  }

  private color(color: string | null, method: string): string | null {
    if (color === null) return null;
    if (typeof color !== 'string' || !COLOR.test(color)) throw this.core.error(`Invalid argument: color (${method})`);
    return color;
  }

  setBackground(color: string | null): this {
    this.state.format.background = this.color(color, 'setBackground');
    return this;
  }
  setFontColor(color: string | null): this {
    this.state.format.fontColor = this.color(color, 'setFontColor');
    return this;
  }
  setBold(bold: boolean | null): this {
    this.state.format.bold = bold;
    return this;
  }
  setItalic(italic: boolean | null): this {
    this.state.format.italic = italic;
    return this;
  }

  setRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]): this {
    if (!Array.isArray(ranges)) throw this.core.error('Invalid argument: ranges');
    this.state.ranges = ranges.map((r) => this.core.own(r, FakeRange, 'ranges'));
    return this;
  }

  getRanges(): FakeRange[] {
    return [...this.state.ranges];
  }

  copy(): FakeConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder(this.core, this.state);
  }

  build(): FakeConditionalFormatRule {
    if (this.state.criteria === '')
      throw this.core.error('You must specify a condition for the conditional format rule.');
    return new FakeConditionalFormatRule(this.core, this.state);
  }
}

export class FakeBooleanCondition
  extends GasObject
  implements
    Shape<
      GoogleAppsScript.Spreadsheet.BooleanCondition,
      'getBackground' | 'getBold' | 'getCriteriaType' | 'getCriteriaValues' | 'getFontColor' | 'getItalic'
    >
{
  constructor(
    core: Core,
    private readonly state: RuleState,
  ) {
    super(core, 'SpreadsheetApp', 'BooleanCondition');
  }
  getBackground(): string | null {
    return this.state.format.background;
  }
  getBold(): boolean | null {
    return this.state.format.bold;
  }
  getFontColor(): string | null {
    return this.state.format.fontColor;
  }
  getItalic(): boolean | null {
    return this.state.format.italic;
  }
  getCriteriaType(): string {
    return this.state.criteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this.state.values];
  }
}

export class FakeConditionalFormatRule
  extends GasObject
  implements Shape<GoogleAppsScript.Spreadsheet.ConditionalFormatRule, 'copy' | 'getBooleanCondition' | 'getRanges'>
{
  readonly state: RuleState;

  constructor(core: Core, state: RuleState) {
    super(core, 'SpreadsheetApp', 'ConditionalFormatRule');
    this.state = copyState(state);
  }

  copy(): FakeConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder(this.core, this.state);
  }

  getBooleanCondition(): FakeBooleanCondition | null {
    return new FakeBooleanCondition(this.core, this.state);
  }

  getRanges(): FakeRange[] {
    return [...this.state.ranges];
  }

  /** Whether the condition holds for a value (not an Apps Script method). */
  holds(value: CellValue): boolean {
    const text = value instanceof Date ? value.toISOString() : String(value);
    const [arg] = this.state.values;
    switch (this.state.criteria) {
      case 'CELL_EMPTY':
        return text === '';
      case 'CELL_NOT_EMPTY':
        return text !== '';
      case 'TEXT_CONTAINS':
        return text.toLowerCase().includes(String(arg).toLowerCase());
      case 'TEXT_DOES_NOT_CONTAIN':
        return !text.toLowerCase().includes(String(arg).toLowerCase());
      case 'TEXT_EQUAL_TO':
        return text.toLowerCase() === String(arg).toLowerCase();
      case 'TEXT_STARTS_WITH':
        return text.toLowerCase().startsWith(String(arg).toLowerCase());
      case 'TEXT_ENDS_WITH':
        return text.toLowerCase().endsWith(String(arg).toLowerCase());
      case 'NUMBER_GREATER_THAN':
        return typeof value === 'number' && value > Number(arg);
      case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
        return typeof value === 'number' && value >= Number(arg);
      case 'NUMBER_LESS_THAN':
        return typeof value === 'number' && value < Number(arg);
      case 'NUMBER_EQUAL_TO':
        return typeof value === 'number' && value === Number(arg);
      default:
        throw new Error(`The fake does not evaluate ${this.state.criteria} conditions`);
    }
  }

  covers(sheet: FakeSheet, row: number, column: number): boolean {
    return this.state.ranges.some(
      (r) =>
        r.getSheet() === sheet &&
        row >= r.getRow() &&
        row <= r.getLastRow() &&
        column >= r.getColumn() &&
        column <= r.getLastColumn(),
    );
  }
}

/** Checks rules as `Sheet.setConditionalFormatRules` does before storing them. */
export function checkRules(core: Core, sheet: FakeSheet, rules: unknown): FakeConditionalFormatRule[] {
  if (!Array.isArray(rules)) throw core.error('Invalid argument: rules');
  return rules.map((r) => {
    const rule = core.own(r, FakeConditionalFormatRule, 'rules');
    if (rule.state.ranges.length === 0) throw core.error('A conditional format rule must apply to at least one range.');
    for (const range of rule.state.ranges) {
      if (range.getSheet() !== sheet) throw core.error('A conditional format rule cannot reference a different sheet.');
      if (range.getLastRow() > sheet.getMaxRows() || range.getLastColumn() > sheet.getMaxColumns())
        throw core.error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return rule;
  });
}

/** The background the first matching rule gives a cell (Sheets applies the first rule that holds), or null. */
export function conditionalBackground(sheet: FakeSheet, row: number, column: number): string | null {
  const value = sheet.grid.get(row, column)?.value ?? '';
  for (const rule of sheet.conditionalRules) {
    if (rule.covers(sheet, row, column) && rule.holds(value)) return rule.state.format.background;
  }
  return null;
}
