import { type Core, GasObject } from './core';
import { enumOf } from './enums';
import type { Shape } from './types';

export interface MenuRecord {
  name: string;
  items: { caption: string; functionName: string }[];
  submenus: MenuRecord[];
}

export interface AlertRecord {
  title: string;
  prompt: string;
  buttons: string;
}

const Button = enumOf('CLOSE', 'OK', 'CANCEL', 'YES', 'NO');
const ButtonSet = enumOf('OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL');

/** What the UI shows and how the user answers; shared by all `Ui` objects of a world. */
export interface UiState {
  menus: MenuRecord[];
  alerts: AlertRecord[];
  /** Buttons the user will press for the next alerts, in order; default OK (or YES). */
  answers: string[];
}

export class FakeUi extends GasObject implements Shape<GoogleAppsScript.Base.Ui, 'createMenu' | 'alert'> {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(
    core: Core,
    private readonly state: UiState,
  ) {
    super(core, 'SpreadsheetApp', 'Ui');
  }

  createMenu(caption: string): FakeMenu {
    return new FakeMenu(this.core, this.state, caption);
  }

  alert(titleOrPrompt: string, promptOrButtons?: unknown, buttons?: unknown): string {
    const hasTitle = typeof promptOrButtons === 'string' && buttons !== undefined;
    const set = String((hasTitle ? buttons : promptOrButtons) ?? 'OK');
    this.state.alerts.push({
      title: hasTitle ? titleOrPrompt : '',
      prompt: hasTitle ? String(promptOrButtons) : titleOrPrompt,
      buttons: set,
    });
    return this.state.answers.shift() ?? (set.startsWith('YES') ? Button.YES : Button.OK);
  }
}

export class FakeMenu
  extends GasObject
  implements Shape<GoogleAppsScript.Base.Menu, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'>
{
  readonly record: MenuRecord;

  constructor(
    core: Core,
    private readonly state: UiState,
    name: string,
  ) {
    super(core, 'SpreadsheetApp', 'Menu');
    this.record = { name, items: [], submenus: [] };
  }

  addItem(caption: string, functionName: string): this {
    this.record.items.push({ caption, functionName });
    return this;
  }

  addSeparator(): this {
    return this;
  }

  addSubMenu(menu: GoogleAppsScript.Base.Menu): this {
    this.record.submenus.push(this.core.own(menu, FakeMenu, 'menu').record);
    return this;
  }

  /** Re-adding a menu with the same name replaces it (as re-running onOpen does). */
  addToUi(): void {
    const at = this.state.menus.findIndex((m) => m.name === this.record.name);
    if (at === -1) this.state.menus.push(this.record);
    else this.state.menus[at] = this.record;
  }
}
