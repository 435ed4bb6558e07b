import { dayOf } from '../../../src/domain/matrix/calendar';
import { computeMatrix, type MatrixReport, median, NO_ACTION } from '../../../src/domain/matrix/compute';
import { splitList } from '../../../src/domain/matrix/defaults';
import {
  type MatrixInput,
  readActions,
  readCases,
  readFieldNotes,
  readGroups,
  readLetterBatches,
  readPartners,
  readPlanning,
  readReferrals,
  readRegistrations,
} from '../../../src/domain/matrix/model';
import type { MatrixSettings } from '../../../src/domain/matrix/settings';
import {
  AANMELDINGEN,
  ACTIES,
  DOELGROEPEN,
  DOORVERWIJZINGEN,
  DOSSIERS,
  d,
  PARTNERS,
  PLANNING,
  snap,
  TODAY,
  VELDWERK,
} from './handChecked';

const SETTINGS: MatrixSettings = { weeksWithoutAction: 6, minChannels: 3, creditDays: 90 };

function input(overrides: Partial<MatrixInput> = {}): MatrixInput {
  return {
    actions: readActions(ACTIES),
    groups: readGroups(DOELGROEPEN),
    planning: readPlanning(PLANNING),
    moments: readFieldNotes(VELDWERK),
    registrations: readRegistrations(AANMELDINGEN),
    referrals: readReferrals(DOORVERWIJZINGEN),
    cases: readCases(DOSSIERS),
    partners: readPartners(PARTNERS),
    vindplaatsen: ['Restaurant Zonneheem'],
    ...overrides,
  };
}

const byCode = (r: MatrixReport, code: string) => r.actions.find((a) => a.action.code === code)!;
const cell = (r: MatrixReport, code: string, group: string) =>
  r.cells[r.actions.findIndex((a) => a.action.code === code)][r.groups.findIndex((g) => g.group.name === group)];

describe('outreach matrix on a hand-checked sheet', () => {
  const report = computeMatrix(input(), dayOf(TODAY), SETTINGS);

  it('funnel per action: reached, registrations and referrals credited, households, contact, Actief, helped, median', () => {
    const rows = Object.fromEntries(report.actions.map((a) => [a.action.code, a.funnel]));
    expect(rows).toEqual({
      A01: {
        reached: 0,
        onSpot: 0,
        registrations: 0,
        referrals: 0,
        households: 0,
        contacted: 0,
        connected: 0,
        helped: 0,
        medianDays: null,
      },
      A05: {
        reached: 15,
        onSpot: 0,
        registrations: 1,
        referrals: 1,
        households: 2,
        contacted: 2,
        connected: 1,
        helped: 0,
        medianDays: 10,
      },
      A13: {
        reached: 35,
        onSpot: 2,
        registrations: 1,
        referrals: 2,
        households: 3,
        contacted: 2,
        connected: 2,
        helped: 1,
        medianDays: 14,
      },
      A14: {
        reached: 3,
        onSpot: 0,
        registrations: 0,
        referrals: 0,
        households: 0,
        contacted: 0,
        connected: 0,
        helped: 0,
        medianDays: null,
      },
    });
    expect(report.unknownChannel).toMatchObject({ registrations: 1, households: 1, contacted: 0 });
    // CAW took part in nothing; Ligo's referral of 1 June came before anything Ligo did.
    expect(report.noAction).toMatchObject({ referrals: 2, households: 2, contacted: 0, connected: 0 });
  });

  it('funnel per target group (households in a group: Dossiers > Doelgroep, else partner ∩ action groups)', () => {
    const rows = Object.fromEntries(report.groups.map((g) => [g.group.name, g.funnel]));
    expect(rows.Senioren).toEqual({
      reached: 35,
      onSpot: 2,
      registrations: 2,
      referrals: 1,
      households: 3,
      contacted: 3,
      connected: 2,
      helped: 1,
      medianDays: 14,
    });
    expect(rows.Gezinnen).toEqual({
      reached: 35,
      onSpot: 2,
      registrations: 1,
      referrals: 1,
      households: 2,
      contacted: 1,
      connected: 1,
      helped: 0,
      medianDays: 13,
    });
    expect(rows.Nieuwkomers).toEqual({
      reached: 15,
      onSpot: 0,
      registrations: 1,
      referrals: 3,
      households: 4,
      contacted: 2,
      connected: 1,
      helped: 0,
      medianDays: 10,
    });
    expect(rows.Werkzoekenden.households).toBe(0);
    expect(report.unknownGroup).toMatchObject({ reached: 10, registrations: 1, households: 1 });
  });

  it('planned vs done per action, with an empty October for the monthly digispreekuur', () => {
    expect(byCode(report, 'A05')).toMatchObject({
      planned: 3,
      done: 2,
      coverage: 'deels',
      lastDay: dayOf(d(11, 9)),
      nextDay: dayOf(d(12, 7)),
    });
    expect(byCode(report, 'A13')).toMatchObject({ planned: 2, done: 2, coverage: 'gedaan', lastDay: dayOf(d(11, 25)) });
    expect(byCode(report, 'A01')).toMatchObject({ planned: 0, done: 1, coverage: 'gedaan', lastDay: dayOf(d(10, 15)) });
    expect(byCode(report, 'A14')).toMatchObject({ planned: 0, done: 1, coverage: 'zonder-plan', partners: [] });
    expect(byCode(report, 'A13').partners).toEqual(['LDC Zonneheem', 'Basisschool']);
    expect(byCode(report, 'A13').places).toEqual(['Restaurant Zonneheem (vindplaats)', 'Markt']);
  });

  it('cells: partners, planned vs done, last date and what it brought in', () => {
    expect(cell(report, 'A13', 'Gezinnen')).toEqual({
      coverage: 'gedaan',
      partners: ['LDC Zonneheem', 'Basisschool'],
      planned: 2,
      done: 2,
      lastDay: dayOf(d(11, 25)),
      nextDay: null,
      households: 2,
      connected: 1,
    });
    expect(cell(report, 'A13', 'Senioren')).toMatchObject({
      coverage: 'gedaan',
      planned: 1,
      done: 1,
      households: 2,
      connected: 2,
    });
    expect(cell(report, 'A05', 'Senioren')).toMatchObject({
      coverage: 'deels',
      planned: 3,
      done: 2,
      households: 1,
      connected: 0,
    });
    expect(cell(report, 'A05', 'Nieuwkomers')).toMatchObject({ coverage: 'deels', households: 2, connected: 1 });
    expect(cell(report, 'A01', 'Senioren')).toMatchObject({ coverage: 'gedaan', planned: 0, done: 1, households: 0 });
    expect(cell(report, 'A01', 'Gezinnen').coverage).toBe('leeg');
    expect(cell(report, 'A14', 'Gezinnen').coverage).toBe('leeg');
  });

  it('repetition over the last 13 weeks; fewer than 3 channels is flagged', () => {
    const rep = Object.fromEntries(report.groups.map((g) => [g.group.name, [g.channels, g.times, g.flagged]]));
    expect(rep).toEqual({
      Senioren: [['A01', 'A05', 'A13'], 4, false],
      Gezinnen: [['A13'], 2, true],
      Nieuwkomers: [['A05'], 2, true],
      Werkzoekenden: [[], 0, true],
    });
  });

  it('gaps in words', () => {
    expect(report.signals.map((s) => s.text)).toEqual([
      'Doelgroep Werkzoekenden: geen actie gedaan in de laatste 6 weken (nog nooit).',
      'Actie A01 Eikenblad: geen partner in de Planning.',
      'Actie A14 Verenigingen: geen partner in de Planning.',
      'Partner VDAB doet mee (A05), maar verwees nog geen enkel gezin door.',
      'Doelgroep Gezinnen: 1 gezin doorverwezen, nog geen enkel aangesloten.',
      'Doelgroep Gezinnen: in de laatste 13 weken via 1 kanaal bereikt (minder dan 3). Herhaal de boodschap via meer kanalen.',
      'Doelgroep Nieuwkomers: in de laatste 13 weken via 1 kanaal bereikt (minder dan 3). Herhaal de boodschap via meer kanalen.',
      'Doelgroep Werkzoekenden: in de laatste 13 weken via 0 kanalen bereikt (minder dan 3). Herhaal de boodschap via meer kanalen.',
      'Actie A14 Verenigingen: 1 keer gedaan zonder planning. Zet ze in de Planning, dan tellen ze mee voor de doelgroepen.',
      'In Veldwerk of Brieven staat 1 keer een actie die niet in Acties staat: "Buurtfeest".',
      'In de Planning staat de doelgroep "Sportclubs", die niet in Doelgroepen staat. Kijk de schrijfwijze na.',
    ]);
  });

  it('planning write-back: the renamed action followed, one-off rows done, when and how often', () => {
    expect(report.planningUpdates).toEqual([
      { rowNumber: 2, values: { Actiecode: 'A13', Status: 'gedaan', 'Gedaan op': expect.any(Date), 'Keer gedaan': 1 } },
      {
        rowNumber: 3,
        values: { Actie: 'Infostand op de markt', Status: 'gedaan', 'Gedaan op': expect.any(Date), 'Keer gedaan': 1 },
      },
      { rowNumber: 4, values: { 'Gedaan op': expect.any(Date), 'Keer gedaan': 2 } },
    ]);
    const done = report.planningUpdates.map((u) => dayOf(u.values['Gedaan op'] as Date));
    expect(done).toEqual([dayOf(d(10, 6)), dayOf(d(11, 25)), dayOf(d(11, 9))]);
  });

  it('a second run on the written-back planning changes nothing more', () => {
    const rows = PLANNING.rows.map((r) => {
      const u = report.planningUpdates.find((x) => x.rowNumber === r.rowNumber);
      return u ? { ...r.values, ...u.values } : r.values;
    });
    const again = computeMatrix(input({ planning: readPlanning(snap(rows)) }), dayOf(TODAY), SETTINGS);
    expect(again.planningUpdates).toEqual([]);
    expect(again.actions.map((a) => a.funnel)).toEqual(report.actions.map((a) => a.funnel));
  });

  it('a referral credits every action its partner took part in within the credit window only', () => {
    const narrow = computeMatrix(input(), dayOf(TODAY), { ...SETTINGS, creditDays: 5 });
    // LDC Zonneheem's referral of 20/10 is 14 days after the infostand of 6/10 and Ligo's of 15/11 is 6 days after
    // the digispreekuur of 9/11: both outside 5 days. The school's of 26/11 is one day after the infostand of 25/11.
    expect(byCode(narrow, 'A13').funnel.referrals).toBe(1);
    expect(byCode(narrow, 'A05').funnel.referrals).toBe(0);
    expect(narrow.noAction.referrals).toBe(4);
  });
});

describe('outreach matrix edge cases', () => {
  it('an empty sheet: no crash, zero funnels, every group idle', () => {
    const empty = computeMatrix(
      input({ planning: [], moments: [], registrations: [], referrals: [], cases: [] }),
      dayOf(TODAY),
      SETTINGS,
    );
    expect(empty.actions.every((a) => a.funnel.households === 0 && a.coverage === 'leeg')).toBe(true);
    expect(empty.signals.filter((s) => s.kind === 'group-idle')).toHaveLength(4);
    expect(empty.unknownGroup.households).toBe(0);
  });

  it('a group idle for more than N weeks is named with its last date', () => {
    const later = computeMatrix(input(), dayOf(d(12, 31)) + 30, SETTINGS);
    expect(later.signals.filter((s) => s.kind === 'group-idle').map((s) => s.text)).toContain(
      'Doelgroep Nieuwkomers: geen actie gedaan in de laatste 6 weken (laatst op 09/11/2026).',
    );
  });

  it('a letters batch counts for the direct mailing; other letters do not; no Brieven tab is no batch', () => {
    const letters = readLetterBatches(
      snap([
        { Datum: d(11, 2), Sjabloon: 'Uitnodiging direct mailing', Aantal: 300 },
        { Datum: d(11, 3), Sjabloon: 'Afspraakbevestiging', Aantal: 4 },
      ]),
    );
    expect(letters).toHaveLength(1);
    const actions = readActions(
      snap([
        ...ACTIES.rows.map((r) => r.values),
        { Code: 'A07', Actie: 'Brief', 'Antwoord in aanmelding': 'Ik kreeg een brief' },
      ]),
    );
    const withLetters = computeMatrix(
      input({ actions, moments: [...readFieldNotes(VELDWERK), ...letters] }),
      dayOf(TODAY),
      SETTINGS,
    );
    expect(byCode(withLetters, 'A07')).toMatchObject({ done: 1, coverage: 'zonder-plan' });
    expect(byCode(withLetters, 'A07').funnel.reached).toBe(300);
    expect(readLetterBatches({ headers: [], rows: [] })).toEqual([]);
  });

  it('a partner name with a comma stays whole when it is in Partners', () => {
    const known = ['CAW Oost-Vlaanderen, onthaal Eeklo', 'Ligo'];
    expect(splitList('Ligo, CAW Oost-Vlaanderen, onthaal Eeklo; Nieuw', known)).toEqual([
      'Ligo',
      'CAW Oost-Vlaanderen, onthaal Eeklo',
      'Nieuw',
    ]);
    expect(splitList('CAW Oost-Vlaanderen, onthaal Eeklo', [])).toEqual(['CAW Oost-Vlaanderen', 'onthaal Eeklo']);
  });

  it('median of whole days; NO_ACTION is not an action code', () => {
    expect(median([])).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([10, 13])).toBe(12);
    expect(NO_ACTION).not.toMatch(/^A\d+$/);
  });
});
