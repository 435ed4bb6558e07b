/** @jest-environment ./tests/support/scriptZoneEnvironment.js */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TIMESTAMP_HEADER } from '../../forms/types';
import { setupWorkbook } from '../../src/app/setupWorkbook';
import { answerText, type RawAnswers } from '../../src/domain/forms/answers';
import { CASES, REVIEW } from '../../src/domain/tabs';
import { WorkbookTables } from '../../src/local/workbookTables';
import {
  figures,
  PAIRS,
  type Pair,
  pairAnswers,
  pairForm,
  pairTimestamp,
  registerRows,
} from '../support/householdPairs';
import { pureOutcomes } from '../support/pairOutcomes';
import { outcomesFromRows, RECORD_TABS } from '../support/pairRows';

/**
 * The labelled corpus through the local twin, as a worker without Google would run it: the register in an
 * .xlsx workbook, each form's responses as a Google Forms CSV export, taken in with the built command
 * `npm start -- import <form> <file.csv>` (build/local/cli.cjs). The outcome of each pair is read back from
 * the saved workbook.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'household-pairs-'));
const workbook = path.join(dir, 'werkboek.xlsx');
const cli = path.resolve('build/local/cli.cjs');

const quoted = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** A Google Forms CSV export of these responses (checkbox answers joined with ";", as Google writes them). */
function csvExport(pairs: readonly Pair[], at: (p: Pair) => Date): string {
  const form = pairForm(pairs[0]);
  const header = [TIMESTAMP_HEADER, ...form.questions.map((q) => q.title)];
  const lines = pairs.map((pair) => {
    const answers: RawAnswers = pairAnswers(pair);
    const cells = form.questions.map((q) => {
      const value = answers[q.title];
      return Array.isArray(value) ? value.join(';') : answerText(value);
    });
    return [at(pair).toISOString(), ...cells].map(quoted).join(',');
  });
  return `${[header.map(quoted).join(','), ...lines].join('\n')}\n`;
}

function importCsv(
  formKey: string,
  pairs: readonly Pair[],
  name: string,
  at: (p: Pair) => Date = (p) => pairTimestamp(PAIRS.indexOf(p)),
): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, csvExport(pairs, at));
  return execFileSync('node', [cli, 'import', formKey, file, '--workbook', workbook], { encoding: 'utf8' });
}

const rowsOf = (tables: WorkbookTables, tab: string) => tables.read(tab).rows.map((r) => r.values);

describe('household matching on the labelled corpus, through the local twin', () => {
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('takes in both exports and gives every pair the outcome the pure function gives', async () => {
    const tables = await WorkbookTables.load(workbook);
    setupWorkbook(tables);
    tables.append(CASES.name, registerRows());
    await tables.save(workbook);

    const referrals = PAIRS.filter((p) => p.form === 'doorverwijzing');
    const registrations = PAIRS.filter((p) => p.form === 'aanmelding');
    expect(importCsv('doorverwijzing', referrals, 'doorverwijzingen.csv')).toMatch(
      new RegExp(`${referrals.length} rijen gelezen[\\s\\S]*nieuw in het werkboek: ${referrals.length}\\n`),
    );
    expect(importCsv('aanmelding', registrations, 'aanmeldingen.csv')).toMatch(
      new RegExp(`${registrations.length} rijen gelezen[\\s\\S]*nieuw in het werkboek: ${registrations.length}\\n`),
    );

    const saved = await WorkbookTables.load(workbook);
    const outcomes = outcomesFromRows(PAIRS, {
      referrals: rowsOf(saved, RECORD_TABS.referrals),
      registrations: rowsOf(saved, RECORD_TABS.registrations),
      review: rowsOf(saved, REVIEW.name),
    });
    expect(outcomes).toEqual(pureOutcomes(PAIRS).map(({ match: _match, ...outcome }) => outcome));
    const f = figures(PAIRS, outcomes);
    console.log(`household matching, labelled corpus (local twin): ${JSON.stringify(f)}`);
    expect(f.precision).toBe(1);
    expect(f.recallWithReview).toBe(1);
  });

  it("remembers the worker's decision in the workbook: the same household is not asked about again", async () => {
    // She decides in the workbook (as in Excel), then runs `npm start -- review`.
    const tables = await WorkbookTables.load(workbook);
    const father = tables
      .read(REVIEW.name)
      .rows.find((r) => String(r.values.Antwoorden).includes('Uw voornaam: Ahmad\nUw familienaam: Rahimi'))!;
    tables.update(REVIEW.name, father.rowNumber, {
      'Koppelen aan dossier': 'DT-2025-0003',
      Status: 'Opnieuw verwerken',
    });
    await tables.save(workbook);
    expect(execFileSync('node', [cli, 'review', '--workbook', workbook], { encoding: 'utf8' })).toContain(
      'Te controleren: 1 verwerkt',
    );

    const again = PAIRS.find((p) => p.first === 'Ahmad' && p.last === 'Rahimi')!;
    const output = importCsv(
      'aanmelding',
      [{ ...again, first: 'AHMAD', street: 'Raamstr. 8' }],
      'opnieuw.csv',
      () => new Date(Date.UTC(2025, 5, 20, 10)),
    );
    expect(output).toMatch(/naar Te controleren: +0/);
    const saved = await WorkbookTables.load(workbook);
    expect(rowsOf(saved, RECORD_TABS.registrations).at(-1)).toMatchObject({
      Dossiernummer: 'DT-2025-0003',
      Koppeling: 'Bestaand dossier (eerder zo beslist door de medewerker)',
    });
  });
});
