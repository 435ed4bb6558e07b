import { type Core, GasObject } from './core';
import type { Shape } from './types';

export const MAX_VALUE_BYTES = 9 * 1024;
export const MAX_STORE_BYTES = 500 * 1024;

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** A property store: a plain string map, live (tests may read and seed it directly). */
export type PropertyStore = Record<string, string>;

export class FakeProperties
  extends GasObject
  implements
    Shape<
      GoogleAppsScript.Properties.Properties,
      | 'getProperty'
      | 'setProperty'
      | 'setProperties'
      | 'getProperties'
      | 'deleteProperty'
      | 'deleteAllProperties'
      | 'getKeys'
    >
{
  constructor(
    core: Core,
    private readonly store: PropertyStore,
  ) {
    super(core, 'PropertiesService', 'Properties');
  }

  getProperty(key: string): string | null {
    return Object.getOwnPropertyDescriptor(this.store, key)?.value ?? null;
  }

  setProperty(key: string, value: string): this {
    return this.setProperties({ [key]: value });
  }

  /** All-or-nothing: limits are checked before anything is written. */
  setProperties(properties: Record<string, string>, deleteAllOthers = false): this {
    const next: PropertyStore = deleteAllOthers ? {} : { ...this.store };
    for (const key of Object.keys(properties)) {
      const value = String(properties[key]);
      if (bytes(value) > MAX_VALUE_BYTES) throw this.core.error('Argument too large: value');
      Object.defineProperty(next, String(key), { value, enumerable: true, writable: true, configurable: true });
    }
    const total = Object.keys(next).reduce((sum, k) => sum + bytes(k) + bytes(next[k]), 0);
    if (total > MAX_STORE_BYTES) {
      throw this.core.error(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    }
    for (const key of Object.keys(this.store)) delete this.store[key];
    for (const key of Object.keys(next)) {
      Object.defineProperty(this.store, key, {
        value: next[key],
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return this;
  }

  getProperties(): Record<string, string> {
    return { ...this.store };
  }

  deleteProperty(key: string): this {
    delete this.store[key];
    return this;
  }

  deleteAllProperties(): this {
    for (const key of Object.keys(this.store)) delete this.store[key];
    return this;
  }

  getKeys(): string[] {
    return Object.keys(this.store);
  }
}

export class FakePropertiesService
  extends GasObject
  implements
    Shape<
      GoogleAppsScript.Properties.PropertiesService,
      'getScriptProperties' | 'getDocumentProperties' | 'getUserProperties'
    >
{
  constructor(
    core: Core,
    private readonly stores: { script: PropertyStore; document: PropertyStore; user: PropertyStore },
  ) {
    super(core, 'PropertiesService', 'PropertiesService');
  }

  getScriptProperties(): FakeProperties {
    return new FakeProperties(this.core, this.stores.script);
  }

  getDocumentProperties(): FakeProperties {
    return new FakeProperties(this.core, this.stores.document);
  }

  getUserProperties(): FakeProperties {
    return new FakeProperties(this.core, this.stores.user);
  }
}
