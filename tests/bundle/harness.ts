import * as fs from 'fs';
import * as path from 'path';
import { referralForm } from '../../forms/referral';
import { createGasContext, type GasWorld } from '../fakes';

/** The artifact clasp pushes (built by `npm test` before jest runs). */
export const BUNDLE_PATH = path.resolve('build/gas/Code.js');

export function bundleSource(): string {
  return fs.readFileSync(BUNDLE_PATH, 'utf8');
}

export type GasFunctions = Record<string, (...args: unknown[]) => unknown>;

/** A fresh spreadsheet world with the bundle loaded; `fns` are the script's top-level functions. */
export function loadBundle(options: Parameters<typeof createGasContext>[0] = {}) {
  const { context, world, load } = createGasContext(options);
  load(bundleSource(), 'Code.js');
  return { world, fns: context as unknown as GasFunctions };
}

/** Loads the bundle and runs setup as the worker would from the menu; returns the referral form id. */
export function setUpSheet(options: Parameters<typeof createGasContext>[0] = {}) {
  const loaded = loadBundle(options);
  loaded.world.run('setup');
  const formId = loaded.world.properties[`form.${referralForm.key}.id`];
  if (!formId) throw new Error('setup stored no form id');
  return { ...loaded, formId };
}

/** Rows of a tab as objects keyed by header (values as the fake stores them). */
export function tabRows(world: GasWorld, name: string): Record<string, unknown>[] {
  const [headers = [], ...rows] = world.sheetValues(name) as unknown[][];
  return rows.map((row) => Object.fromEntries(headers.map((h, i) => [String(h), row[i]])));
}
