import { type Core, GasObject } from './core';
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
      'getActive' | 'getActiveSpreadsheet' | 'getActiveSheet' | 'flush' | 'getUi' | 'newDataValidation'
    >
{
  readonly DataValidationCriteria = DataValidationCriteria;
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

  flush(): void {}

  /** Throws in trigger executions, like Apps Script (there is no UI to talk to). */
  getUi(): FakeUi {
    if (this.core.inTrigger()) throw this.core.error('Cannot call SpreadsheetApp.getUi() from this context.');
    return new FakeUi(this.core, this.ui);
  }

  newDataValidation(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder(this.core);
  }
}
