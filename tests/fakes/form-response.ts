import { type Core, GasObject } from './core';
import { FakeItem } from './form-items';
import type { Shape } from './types';

export class FakeItemResponse
  extends GasObject
  implements Shape<GoogleAppsScript.Forms.ItemResponse, 'getItem' | 'getResponse'>
{
  constructor(
    core: Core,
    readonly item: FakeItem,
    readonly answer: string | string[],
  ) {
    super(core, 'FormApp', 'ItemResponse');
  }

  getItem(): FakeItem {
    return this.item;
  }

  /** A string, or a string[] for checkbox items. */
  getResponse(): string | string[] {
    return Array.isArray(this.answer) ? [...this.answer] : this.answer;
  }
}

export class FakeFormResponse
  extends GasObject
  implements
    Shape<
      GoogleAppsScript.Forms.FormResponse,
      'getId' | 'getTimestamp' | 'getItemResponses' | 'getResponseForItem' | 'getRespondentEmail' | 'getEditResponseUrl'
    >
{
  constructor(
    core: Core,
    private readonly id: string,
    readonly timestamp: number,
    readonly itemResponses: FakeItemResponse[],
    readonly email: string,
    private readonly formUrl: string,
  ) {
    super(core, 'FormApp', 'FormResponse');
  }

  getId(): string {
    return this.id;
  }

  getTimestamp(): Date {
    return this.core.date(this.timestamp);
  }

  getItemResponses(): FakeItemResponse[] {
    return [...this.itemResponses];
  }

  getResponseForItem(item: GoogleAppsScript.Forms.Item): FakeItemResponse | null {
    const own = this.core.own(item, FakeItem, 'item');
    return this.itemResponses.find((r) => r.item === own) ?? null;
  }

  getRespondentEmail(): string {
    return this.email;
  }

  getEditResponseUrl(): string {
    return `${this.formUrl.replace(/\/edit$/, '/viewform')}?edit2=${this.id}`;
  }
}
