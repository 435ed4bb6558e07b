import { BooleanCriteria, FakeConditionalFormatRuleBuilder } from './conditional-format';
import { type Core, GasObject } from './core';
import { enumOf } from './enums';
import { ProtectionType } from './protection';
import type { FakeSpreadsheet } from './spreadsheet';
import type { Shape } from './types';
import { FakeUi, type UiState } from './ui';
import { DataValidationCriteria, FakeDataValidationBuilder } from './validation';

export class FakeSpreadsheetApp
  extends GasObject
  implements
    Shape<
      GoogleAppsScript.Spreadsheet.SpreadsheetApp,
      | 'getActive'
      | 'getActiveSpreadsheet'
      | 'getActiveSheet'
      | 'flush'
      | 'getUi'
      | 'newDataValidation'
      | 'newConditionalFormatRule'
    >
{
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly BooleanCriteria = BooleanCriteria;
  readonly CopyPasteType = enumOf(
    'PASTE_NORMAL',
    'PASTE_NO_BORDERS',
    'PASTE_FORMAT',
    'PASTE_FORMULA',
    'PASTE_DATA_VALIDATION',
    'PASTE_VALUES',
    'PASTE_CONDITIONAL_FORMATTING',
    'PASTE_COLUMN_WIDTHS',
  );
  readonly ProtectionType = ProtectionType;

  constructor(
    core: Core,
    private readonly spreadsheet: FakeSpreadsheet,
    private readonly ui: UiState,
  ) {
    super(core, 'SpreadsheetApp', 'SpreadsheetApp');
  }

  getActive(): FakeSpreadsheet {
    return this.spreadsheet;
  }

  getActiveSpreadsheet(): FakeSpreadsheet {
    return this.spreadsheet;
  }

  getActiveSheet() {
    return this.spreadsheet.getActiveSheet();
  }

  /** Applies pending writes (the fake applies them at once, and notes that they are now safe to share). */
  flush(): void {
    this.core.unflushedWrites = 0;
  }

  /** Throws in trigger executions, like Apps Script (there is no UI to talk to). */
  getUi(): FakeUi {
    if (this.core.inTrigger()) throw this.core.error('Cannot call SpreadsheetApp.getUi() from this context.');
    return new FakeUi(this.core, this.ui);
  }

  newDataValidation(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder(this.core);
  }

  newConditionalFormatRule(): FakeConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder(this.core);
  }
}
