/**
 * Call-counting fakes of the Apps Script services, for running the built bundle offline.
 *
 *   const { globals, world } = createGasWorld({ dispatch: (fn, e) => context[fn](e) });
 *   // or, with a ready vm context whose only extra globals are the services:
 *   const { context, world, load } = createGasContext();
 *   load(bundleSource);
 */
import vm from 'node:vm';
import { DEFAULT_TIME_ZONE } from './core';
import { installScriptDate } from './scriptDate';
import type { GasGlobals, Realm } from './types';
import { GasWorld, type GasWorldOptions } from './world';

export type { ChartRecord } from './charts';
export type { LogEntry, SpreadsheetLocale } from './core';
export type { DriveItem } from './drive';
export { DOCUMENT_MIME, exportedPages } from './drive';
export type { SentMail } from './mail';
export { MAX_STORE_BYTES, MAX_VALUE_BYTES } from './properties';
export { FakeProtection, PROTECTED_EDIT } from './protection';
export { TRIGGER_LIMIT } from './script';
export type { Answers, DeliveredEvent, SubmitOptions } from './submission';
export type { CellValue, GasGlobals, Realm } from './types';
export type { AlertRecord, MenuRecord, PromptAnswer } from './ui';
export type { Dispatch, Execution, Faults, GasWorldOptions } from './world';
export { DEFAULT_USER, GasWorld } from './world';

export function createGasWorld(options: GasWorldOptions = {}): { globals: GasGlobals; world: GasWorld } {
  const world = new GasWorld(options);
  return { globals: world.globals, world };
}

/**
 * A vm context whose globals are the JavaScript built-ins plus exactly the Apps Script services of `GasGlobals`.
 * Values handed to the script (dates, errors) belong to the context's realm, and triggers are dispatched
 * to the context's top-level functions unless `options.dispatch` says otherwise.
 */
export function createGasContext(options: Omit<GasWorldOptions, 'realm'> = {}) {
  const context = vm.createContext({});
  // The script's clock is the world's, and its local time the script's zone, whatever the host's TZ.
  let world!: GasWorld;
  const ScriptDate = installScriptDate(context, () => world.now.getTime(), options.timeZone ?? DEFAULT_TIME_ZONE);
  const realm: Realm = { Date: ScriptDate, Error: vm.runInContext('Error', context) as ErrorConstructor };
  const created = createGasWorld({ ...options, realm });
  world = created.world;
  const { globals } = created;
  Object.assign(context, globals);
  if (!options.dispatch) {
    world.dispatch = (functionName, event) => {
      const fn = (context as Record<string, unknown>)[functionName];
      if (typeof fn !== 'function') throw new Error(`The script defines no function ${functionName}`);
      return fn(event);
    };
  }
  const load = (code: string, filename = 'bundle.js'): unknown => vm.runInContext(code, context, { filename });
  return { context, globals, world, load };
}
