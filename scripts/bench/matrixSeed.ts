import { OUTREACH_ACTIONS } from '../../forms/outreach';
import { ACTIONS, FIELD_LOG, REGISTRATIONS } from '../../src/domain/intakeTabs';
import { DEFAULT_TARGET_GROUPS } from '../../src/domain/matrix/defaults';
import { PLANNING, TARGET_GROUPS_TAB } from '../../src/domain/matrix/tabs';
import { VINDPLAATSEN } from '../../src/domain/register/tabs';
import { CASES, PARTNERS, REFERRALS, SETTINGS } from '../../src/domain/tabs';
import { DEMO_PARTNERS } from '../../src/local/demo/partners';
import { Dice } from '../../src/local/dice';
import type { Row } from '../../src/ports';
import type { GasBench } from './gas';
import { toGrid } from './seed';
import type { Declared } from './useCases';

/**
 * Outreach data that grows with the register, seeded without counting: one extra action per 200 households, a
 * planning row per action plus one dated row per 20 households, a field note per 10 households, a
 * self-registration per 4 households (of cases in the register) and the referrals already in it. The matrix's
 * calls must not grow with any of them.
 */
export function seedOutreach(bench: GasBench, variant: number): void {
  const { world } = bench;
  const dice = new Dice(1000 + variant);
  const headers = (tab: string) => (world.sheetValues(tab)[0] ?? []).map(String);
  const extra = Math.floor(bench.size / 200);
  const actions = [
    ...OUTREACH_ACTIONS.map((a) => ({ code: a.code, name: a.name, heardVia: a.heardVia })),
    ...Array.from({ length: extra }, (_, i) => ({
      code: `B${i + 1}`,
      name: `Extra actie ${i + 1}`,
      heardVia: `Via extra actie ${i + 1}`,
    })),
  ];
  world.seedSheet(
    ACTIONS.name,
    toGrid(
      headers(ACTIONS.name),
      actions.map((a) => ({ Code: a.code, Actie: a.name, Omschrijving: '', 'Antwoord in aanmelding': a.heardVia })),
    ),
  );
  const partners = DEMO_PARTNERS.map((p) => p.organisation);
  const groups = DEFAULT_TARGET_GROUPS.map((g) => g.name);
  const day = (month: number, date: number) => new Date(2026, month - 1, date, 12);
  const planning: Row[] = actions.map((a) => ({
    Actiecode: a.code,
    Actie: a.name,
    Doelgroepen: `${dice.pick(groups)}, ${dice.pick(groups)}`,
    Partners: `${dice.pick(partners)}, ${dice.pick(partners)}`,
    Status: 'gepland',
  }));
  for (let i = 0; i < Math.floor(bench.size / 20); i++) {
    const a = dice.pick(actions);
    planning.push({
      Actiecode: a.code,
      Actie: a.name,
      Doelgroepen: dice.pick(groups),
      Partners: dice.pick(partners),
      'Gepland op': day(dice.int(9, 11), dice.int(1, 28)),
      Frequentie: 'eenmalig',
      Status: 'gepland',
    });
  }
  world.seedSheet(PLANNING.name, toGrid(headers(PLANNING.name), planning));
  const notes: Row[] = Array.from({ length: Math.floor(bench.size / 10) }, () => {
    const a = dice.pick(actions);
    return {
      'Antwoord-ID': `bench-${dice.int(1, 1e9)}`,
      Datum: day(dice.int(9, 11), dice.int(1, 28)),
      Actie: a.name,
      Actiecode: a.code,
      Plaats: 'Markt',
      'Bereikte mensen': dice.int(3, 40),
    };
  });
  world.seedSheet(FIELD_LOG.name, toGrid(headers(FIELD_LOG.name), notes));
  const refs = world
    .sheetValues(CASES.name)
    .slice(1)
    .map((r) => String(r[0]));
  const registrations: Row[] = Array.from({ length: Math.floor(bench.size / 4) }, (_, i) => {
    const a = dice.pick(actions);
    return {
      'Antwoord-ID': `bench-reg-${i}`,
      'Ontvangen op': day(dice.int(9, 11), dice.int(1, 28)),
      Dossiernummer: refs[i % Math.max(refs.length, 1)] ?? '',
      'Gehoord via': a.heardVia,
      Actiecode: a.code,
    };
  });
  world.seedSheet(REGISTRATIONS.name, toGrid(headers(REGISTRATIONS.name), registrations));
}

/**
 * What regenerating must do: read every tab it uses once (found by id), write the Planning's changed columns in one
 * block and the Matrix's values in one, look for the Brieven tab, hold the lock (flushed before release), and format
 * the tab (clear, size, bold, backgrounds, wrap, frozen header, widths, 5 coverage colours and the repetition flag
 * as conditional formatting). The first run also creates the Matrix tab and records its id (3 calls more).
 */
export const MATRIX_DECLARED: Declared = {
  reads: [
    SETTINGS.name,
    FIELD_LOG.name,
    PARTNERS.name,
    TARGET_GROUPS_TAB.name,
    ACTIONS.name,
    PLANNING.name,
    REGISTRATIONS.name,
    REFERRALS.name,
    CASES.name,
    VINDPLAATSEN.name,
  ],
  writes: [PLANNING.name, 'Matrix'],
  other: [
    'SpreadsheetApp.getActive',
    // the tabs are found by their stable ids, kept in script properties
    'PropertiesService.getScriptProperties',
    'Properties.getProperties',
    // the script lock, with the flush before it is released
    'LockService.getScriptLock',
    'Lock.tryLock',
    'SpreadsheetApp.flush',
    'Lock.releaseLock',
    // Brieven (letters) absent or present: looked up once
    'Spreadsheet.getSheetByName',
    // the Matrix sheet (by its id), its size, cleared
    'Spreadsheet.getSheetById',
    'Sheet.getMaxRows',
    'Sheet.getMaxColumns',
    'Sheet.clear',
    'Range.setFontWeights',
    'Range.setBackgrounds',
    'Range.setWrap',
    'Sheet.setFrozenRows',
    'Sheet.setFrozenColumns',
    'Sheet.setColumnWidths',
    'Sheet.setColumnWidths',
    // conditional formatting: the ranges (matrix cells, legend, repetition flag), 5 + 1 rules, one set call
    'Sheet.getRange',
    'Sheet.getRange',
    'Sheet.getRange',
    ...Array.from({ length: 5 }, () => [
      'SpreadsheetApp.newConditionalFormatRule',
      'ConditionalFormatRuleBuilder.whenTextStartsWith',
      'ConditionalFormatRuleBuilder.setBackground',
      'ConditionalFormatRuleBuilder.setRanges',
      'ConditionalFormatRuleBuilder.build',
    ]).flat(),
    'SpreadsheetApp.newConditionalFormatRule',
    'ConditionalFormatRuleBuilder.whenTextStartsWith',
    'ConditionalFormatRuleBuilder.setBackground',
    'ConditionalFormatRuleBuilder.setBold',
    'ConditionalFormatRuleBuilder.setRanges',
    'ConditionalFormatRuleBuilder.build',
    'Sheet.setConditionalFormatRules',
    'Spreadsheet.toast',
  ],
};
