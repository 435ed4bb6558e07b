import { referralForm } from '../../forms/referral';
import { registrationForm } from '../../forms/registration';
import { toGrid } from '../../scripts/bench/seed';
import { CASES, REVIEW } from '../../src/domain/tabs';
import { figures, PAIRS, pairAnswers, pairForm, pairTimestamp, registerRows } from '../support/householdPairs';
import { pureOutcomes } from '../support/pairOutcomes';
import { outcomesFromRows, RECORD_TABS } from '../support/pairRows';
import { setUpSheet, tabRows } from './harness';

type Answers = Record<string, string | string[]>;
/** Google Forms leaves unanswered questions out of a response. */
const answered = (answers: Answers) =>
  Object.fromEntries(Object.entries(answers).filter(([, v]) => (Array.isArray(v) ? v.length > 0 : v !== '')));

/**
 * The labelled corpus through the built Apps Script bundle: the register seeded in Dossiers, then every response
 * submitted to its Google Form, the installed trigger taking it in exactly as in Google (fakes as strict as
 * Google). The outcome of each pair is read back from the tabs.
 */
describe('household matching on the labelled corpus, through the built bundle', () => {
  const { world } = setUpSheet({ now: new Date(Date.UTC(2026, 10, 30, 9)) });
  const headers = world.sheetValues(CASES.name)[0].map(String);
  world.seedSheet(CASES.name, toGrid(headers, registerRows()));
  const formIds: Record<string, string> = {
    [referralForm.key]: world.properties[`form.${referralForm.key}.id`]!,
    [registrationForm.key]: world.properties[`form.${registrationForm.key}.id`]!,
  };
  PAIRS.forEach((pair, i) => {
    world.submitForm(formIds[pairForm(pair).key], answered(pairAnswers(pair) as Answers), {
      timestamp: pairTimestamp(i),
    });
  });
  const outcomes = outcomesFromRows(PAIRS, {
    referrals: tabRows(world, RECORD_TABS.referrals),
    registrations: tabRows(world, RECORD_TABS.registrations),
    review: tabRows(world, REVIEW.name),
  });

  it('takes every response in without an error', () => {
    expect(world.executions.filter((e) => e.error)).toEqual([]);
  });

  it('gives every pair the outcome the pure function gives', () => {
    const pure = pureOutcomes(PAIRS).map(({ match: _match, ...outcome }) => outcome);
    expect(outcomes).toEqual(pure);
  });

  it('precision of automatic links 1.00, recall including review 1.00', () => {
    const f = figures(PAIRS, outcomes);
    console.log(`household matching, labelled corpus (bundle): ${JSON.stringify(f)}`);
    expect(f.precision).toBe(1);
    expect(f.recallWithReview).toBe(1);
    expect(f.pairs).toBe(PAIRS.length);
  });

  it('the review rows name each candidate with what matched and what differs', () => {
    const office = tabRows(world, REVIEW.name).find((r) => String(r.Antwoorden).includes('Kaaistraat 15'))!;
    expect(String(office['Kandidaat-dossiers']).split('\n')).toEqual([
      'DT-2025-0001: Fatima Bouzid, Zuidmoerstraat 136, 9900. Zelfde: voornaam, telefoonnummer. Anders: familienaam, adres. Let op: een telefoonnummer wordt soms gedeeld (een dienst, een tolk, familie).',
      'DT-2025-0035: Bilal Azzouzi, Visstraat 21, 9900. Zelfde: telefoonnummer. Anders: voornaam, familienaam, adres. Let op: een telefoonnummer wordt soms gedeeld (een dienst, een tolk, familie).',
    ]);
    expect(String(office.Reden)).toContain('Misschien is dit een gezin dat al in Dossiers staat');
  });

  it("remembers the worker's decision: the same household is not asked about again", () => {
    const review = world.sheet(REVIEW.name);
    const reviewHeaders = world.sheetValues(REVIEW.name)[0].map(String);
    const col = (h: string) => reviewHeaders.indexOf(h) + 1;
    const rows = tabRows(world, REVIEW.name);
    const father = rows.findIndex((r) => String(r.Antwoorden).includes('Uw voornaam: Ahmad\nUw familienaam: Rahimi'));
    expect(father).toBeGreaterThanOrEqual(0);
    // She decides in the sheet: the father belongs to his wife's case, then runs the menu action.
    review.getRange(father + 2, col('Koppelen aan dossier')).setValue('DT-2025-0003');
    review.getRange(father + 2, col('Status')).setValue('Opnieuw verwerken');
    expect(world.run('reprocessReviewRows')).toBe('Verwerkt: 1. Nog te controleren: 0.');

    const again = PAIRS.find((p) => p.first === 'Ahmad' && p.last === 'Rahimi')!;
    world.submitForm(
      formIds[registrationForm.key],
      answered(pairAnswers({ ...again, first: 'AHMAD', street: 'Raamstr. 8' }) as Answers),
      { timestamp: new Date(Date.UTC(2025, 5, 20, 10)) },
    );
    expect(tabRows(world, RECORD_TABS.registrations).at(-1)).toMatchObject({
      Dossiernummer: 'DT-2025-0003',
      Koppeling: 'Bestaand dossier (eerder zo beslist door de medewerker)',
    });
    expect(tabRows(world, REVIEW.name)).toHaveLength(rows.length);
  });
});
