import { referralForm } from '../../forms/referral';
import type { FormDefinition } from '../../forms/types';
import { CASES, MESSAGES, REFERRALS, REVIEW } from '../../src/domain/tabs';
import { responseHeaders } from '../../src/local/responseTab';
import { loadBundle } from '../../tests/bundle/harness';
import type { GasWorld } from '../../tests/fakes';
import { type SeededRegister, toGrid } from './seed';

export type GasFunctions = Record<string, (...args: unknown[]) => unknown>;

/** One spreadsheet world with the bundle loaded, set up from the menu, and the register seeded. */
export interface GasBench {
  world: GasWorld;
  fns: GasFunctions;
  /** Form ids by form key, as setup stored them. */
  formIds: Record<string, string>;
  size: number;
}

/**
 * Loads the built artifact clasp pushes (build/gas/Code.js) in a vm whose only globals are the fakes, runs
 * `setup` as the worker does from the menu, and seeds the register without counting.
 */
export function openGasBench(register: SeededRegister, size: number, forms: readonly FormDefinition[]): GasBench {
  const { world, fns } = loadBundle({ mailQuota: 1500, now: new Date(Date.UTC(2026, 10, 27, 8, 0, 0)) }); // 09:00 in Brussels;
  world.run('setup');
  const formIds: Record<string, string> = {};
  for (const form of forms) formIds[form.key] = world.properties[`form.${form.key}.id`];
  for (const tab of [CASES, REFERRALS, MESSAGES, REVIEW]) {
    // The headers setup made (the foundation's and those other features added, e.g. the journey columns).
    const headers = (world.sheetValues(tab.name)[0] ?? tab.headers).map(String);
    // Empty rows below, as the adapter leaves them: it grows a full tab by a block of rows at a time.
    world.seedSheet(tab.name, toGrid(headers, register.tabs[tab.name] ?? []), { spare: 200 });
  }
  world.seedSheet(referralForm.responseTab, toGrid(responseHeaders(referralForm), register.responses), { spare: 200 });
  world.calls.reset();
  return { world, fns, formIds, size };
}

/** Calls made by `fn`, by method. */
export function countCalls(world: GasWorld, fn: () => void): { total: number; byMethod: Record<string, number> } {
  world.calls.reset();
  fn();
  const result = { total: world.calls.total(), byMethod: world.calls.byMethod() };
  world.calls.reset();
  return result;
}
