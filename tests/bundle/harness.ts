import vm from 'node:vm';
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

/** The worker types a value in one cell of a tab (by header); the installed edit trigger fires. */
export function typeInCell(world: GasWorld, tab: string, row: number, header: string, value: string): void {
  const sheet = world.sheet(tab);
  const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
  const column = headers.indexOf(header) + 1;
  if (column < 1) throw new Error(`no column ${header} in ${tab}`);
  const range = sheet.getRange(row, column);
  const old = range.getValue();
  sheet.writeCell(row, column, value);
  const trigger = world.triggers.find((t) => t.handler === 'handleEdit' && t.eventType === 'ON_EDIT');
  if (!trigger) throw new Error('no edit trigger installed');
  const event: Record<string, unknown> = {
    authMode: 'FULL',
    range,
    source: world.spreadsheet,
    value,
    triggerUid: trigger.uid,
  };
  if (old !== '') event.oldValue = String(old);
  world.deliver({ functionName: trigger.handler, triggerUid: trigger.uid, event });
}

/** Every cell of every tab as text, one line per tab row (for "is this value anywhere?" checks). */
export function everyCell(world: GasWorld, except: readonly string[] = []): string {
  return world
    .sheetNames()
    .filter((n) => !except.includes(n))
    .map((n) =>
      world
        .sheetValues(n)
        .map((r) => r.map((v) => (v instanceof Date ? v.toISOString() : String(v))).join('\t'))
        .join('\n'),
    )
    .join('\n');
}
