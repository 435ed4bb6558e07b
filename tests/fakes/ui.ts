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

/** What the person types in a prompt and the button pressed (default OK). */
export interface PromptAnswer {
  text: string;
  button?: 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE';
}

/** What the UI shows and how the user answers; shared by all `Ui` objects of a world. */
export interface UiState {
  menus: MenuRecord[];
  alerts: AlertRecord[];
  /** Buttons the user will press for the next alerts, in order; default OK (or YES). */
  answers: string[];
  /** Answers to the next prompts, in order. A prompt nobody answered is a test error. */
  prompts?: PromptAnswer[];
}

export class FakePromptResponse
  extends GasObject
  implements Shape<GoogleAppsScript.Base.PromptResponse, 'getResponseText' | 'getSelectedButton'>
{
  constructor(
    core: Core,
    private readonly answer: PromptAnswer,
  ) {
    super(core, 'SpreadsheetApp', 'PromptResponse');
  }

  getResponseText(): string {
    return this.answer.text;
  }

  getSelectedButton(): string {
    return this.answer.button ?? Button.OK;
  }
}

export class FakeUi extends GasObject implements Shape<GoogleAppsScript.Base.Ui, 'createMenu' | 'alert' | 'prompt'> {
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

  /** `prompt(prompt)`, `prompt(prompt, buttons)` or `prompt(title, prompt, buttons)`; recorded like an alert. */
  prompt(titleOrPrompt: string, promptOrButtons?: unknown, buttons?: unknown): FakePromptResponse {
    const hasTitle = typeof promptOrButtons === 'string' && buttons !== undefined;
    this.state.alerts.push({
      title: hasTitle ? titleOrPrompt : '',
      prompt: hasTitle ? String(promptOrButtons) : titleOrPrompt,
      buttons: `PROMPT:${String((hasTitle ? buttons : promptOrButtons) ?? 'OK')}`,
    });
    const answer = this.state.prompts?.shift();
    if (!answer) throw new Error('Test error: a prompt was shown but no answer was queued (world.answerPrompts)');
    return new FakePromptResponse(this.core, answer);
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
