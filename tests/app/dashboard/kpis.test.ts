import { readDashboardInputs } from '../../../src/app/dashboard/inputs';
import { monthIndex } from '../../../src/domain/dashboard/calendar';
import {
  countMonths,
  type DashboardData,
  daysToActive,
  median,
  reachInWindow,
  scanFigures,
  type Window,
} from '../../../src/domain/dashboard/kpis';
import { MILESTONE_COLUMN } from '../../../src/domain/register/journey';
import { countUniquePeople, keysOf, type PersonRecord } from '../../../src/domain/register/reach';
import { ONWARD, SUPPORT } from '../../../src/domain/register/tabs';
import { REFERRALS } from '../../../src/domain/tabs';
import { Dice } from '../../../src/local/dice';
import type { StoredRow } from '../../../src/ports';
import { at, dashboardWorld } from '../../support/dashboardWorld';

const SEP = monthIndex(2026, 9);
const OCT = monthIndex(2026, 10);
const NOV = monthIndex(2026, 11);
const DEC = monthIndex(2026, 12);

function counts(world: ReturnType<typeof dashboardWorld>) {
  const { data } = readDashboardInputs(world.tables);
  return { data, months: countMonths(data, SEP, DEC) };
}

describe('KPIs on hand-counted data sets', () => {
  it('an empty month counts zero everywhere (and an empty register too)', () => {
    const world = dashboardWorld(at(2026, 12, 2));
    world.addCase({ ref: 'DT-2026-0001', created: at(2026, 9, 10), contact: at(2026, 9, 12) });
    const { months } = counts(world);
    expect([...(months.get(OCT) ?? new Map()).values()].every((n) => n === 0)).toBe(true);
    expect(months.get(OCT)?.get('gezinnen-nieuw') ?? 0).toBe(0);
    expect(months.get(SEP)?.get('gezinnen-nieuw')).toBe(1);
    const empty = dashboardWorld(at(2026, 12, 2));
    const { months: none } = counts(empty);
    for (const m of [SEP, OCT, NOV, DEC])
      expect([...(none.get(m) ?? new Map()).values()].filter((v) => v > 0)).toEqual([]);
  });

  it('a case that crosses months counts where each step happened', () => {
    const world = dashboardWorld(at(2026, 12, 2));
    world.addCase({
      ref: 'DT-2026-0001',
      created: at(2026, 9, 28),
      contact: at(2026, 10, 2),
      applied: at(2026, 10, 9),
      active: at(2026, 11, 3),
    });
    const { data, months } = counts(world);
    expect(months.get(SEP)?.get('gezinnen-nieuw')).toBe(1);
    expect(months.get(OCT)?.get('gezinnen-nieuw') ?? 0).toBe(0);
    expect(months.get(OCT)?.get('contact')).toBe(1);
    expect(months.get(OCT)?.get('aanvragen')).toBe(1);
    expect(months.get(NOV)?.get('actief')).toBe(1);
    // 28 September 10:00 to 3 November 10:00 (one hour more in winter time): 36 days.
    expect(daysToActive(data, { start: at(2026, 11, 1, 0), end: at(2026, 12, 1, 0) })).toEqual([36]);
    // Reached in October (contact, application) and in November (internet): one person each month.
    expect(reachInWindow(data, { start: at(2026, 10, 1, 0), end: at(2026, 11, 1, 0) }).Totaal).toBe(1);
    expect(reachInWindow(data, { start: at(2026, 9, 1, 0), end: at(2026, 12, 1, 0) }).Totaal).toBe(1);
  });

  it('a reopened case: closed in October, reopened in October, closed again in November', () => {
    const world = dashboardWorld(at(2026, 12, 2));
    world.addCase({
      ref: 'DT-2026-0001',
      created: at(2026, 9, 1),
      status: 'Afgesloten: geholpen',
      closed: at(2026, 10, 5),
    });
    world.logStatus('DT-2026-0001', at(2026, 10, 5), 'Contact opgenomen', 'Afgesloten: niet bereikbaar');
    world.logStatus('DT-2026-0001', at(2026, 10, 20), 'Afgesloten: niet bereikbaar', 'Contact opgenomen');
    world.logStatus('DT-2026-0001', at(2026, 11, 3), 'Nazorg', 'Afgesloten: geholpen');
    const { months } = counts(world);
    expect(months.get(OCT)?.get('afgesloten')).toBe(1);
    expect(months.get(OCT)?.get('reden|niet bereikbaar')).toBe(1);
    expect(months.get(OCT)?.get('heropend')).toBe(1);
    expect(months.get(NOV)?.get('afgesloten')).toBe(1);
    expect(months.get(NOV)?.get('reden|geholpen')).toBe(1);
    // "Afgesloten op" keeps the first closing (5 October): it is not counted again beside the Logboek.
    expect((months.get(OCT)?.get('afgesloten') ?? 0) + (months.get(NOV)?.get('afgesloten') ?? 0)).toBe(2);
  });

  it('a status the worker renamed still counts by its milestone date, and a closing in her own words is a closing', () => {
    const world = dashboardWorld(at(2026, 12, 2));
    // She renamed "Actief" to "Internet werkt" in her dropdown; the milestone date was stamped before.
    world.addCase({
      ref: 'DT-2026-0001',
      created: at(2026, 10, 1),
      status: 'Internet werkt',
      contact: at(2026, 10, 2),
      active: at(2026, 10, 20),
    });
    world.addCase({ ref: 'DT-2026-0002', created: at(2026, 10, 1), status: 'Afgesloten: verhuisd naar Gent' });
    world.logStatus('DT-2026-0002', at(2026, 10, 15), 'Geïnformeerd', 'Afgesloten: verhuisd naar Gent');
    const { months } = counts(world);
    expect(months.get(OCT)?.get('actief')).toBe(1);
    expect(months.get(OCT)?.get('afgesloten')).toBe(1);
    expect(months.get(OCT)?.get('reden|Andere reden')).toBe(1);
    // Her words never reach a report as a label.
    expect([...(months.get(OCT) ?? new Map()).keys()].some((k) => k.includes('Gent'))).toBe(false);
  });

  it('months are months in Brussels, whatever the host zone: 31 October 23:30 UTC is November', () => {
    const world = dashboardWorld(at(2026, 12, 2));
    world.addCase({ ref: 'DT-2026-0001', created: new Date('2026-10-31T23:30:00Z') });
    world.addCase({ ref: 'DT-2026-0002', created: new Date('2026-10-31T22:59:00Z') });
    const { months } = counts(world);
    expect(months.get(NOV)?.get('gezinnen-nieuw')).toBe(1);
    expect(months.get(OCT)?.get('gezinnen-nieuw')).toBe(1);
  });

  it('free text never becomes a label: an unknown partner, topic or offer goes to "other"', () => {
    const world = dashboardWorld(at(2026, 12, 2));
    world.append(REFERRALS.name, [
      {
        'Antwoord-ID': 'r1',
        'Ontvangen op': at(2026, 10, 3),
        Dossiernummer: 'DT-2026-0001',
        Organisatie: 'Mevrouw Janssens privé',
      },
    ]);
    world.append(SUPPORT.name, [
      {
        'Sessie-ID': 'OS-0001',
        Datum: at(2026, 10, 3),
        Dossiernummer: 'DT-2026-0001',
        Onderwerp: 'Brief van Fatima lezen',
      },
    ]);
    world.append(ONWARD.name, [
      {
        'Verwijzing-ID': 'VA-0001',
        Datum: at(2026, 10, 3),
        Dossiernummer: 'DT-2026-0001',
        Aanbod: 'Bij Jan thuis',
        Resultaat: 'Gestart',
      },
    ]);
    const { months } = counts(world);
    const keys = [...(months.get(OCT) ?? new Map()).keys()];
    expect(keys).toEqual(
      expect.arrayContaining([
        'partner|Andere organisatie',
        'onderwerp|Ander onderwerp',
        'aanbod|Ander aanbod',
        'resultaat|Gestart',
      ]),
    );
    expect(keys.some((k) => /Janssens|Fatima|Jan thuis/.test(k))).toBe(false);
  });

  it('median days to a connection, and the quick scan: first start scan and last end scan per case', () => {
    expect(median([3, 9, 30])).toBe(9);
    expect(median([3, 9, 30, 31])).toBe(20);
    expect(median([])).toBeNull();
    const world = dashboardWorld(at(2026, 12, 2));
    world.scan('DT-2026-0001', at(2026, 9, 1), 'Begin', ['Ja', 'Nee', 'Nee', 'Met hulp', 'Nee', 'Ja', 'Nee', 'Nee']);
    world.scan('DT-2026-0001', at(2026, 9, 5), 'Begin', ['Ja', 'Ja', 'Ja', 'Ja', 'Ja', 'Ja', 'Ja', 'Ja']);
    world.scan('DT-2026-0001', at(2026, 11, 20), 'Einde', ['Ja', 'Ja', 'Ja', 'Met hulp', 'Ja', 'Ja', '', 'Ja']);
    world.scan('DT-2026-0002', at(2026, 10, 1), 'Begin', ['Nee', '', '', '', '', '', '', '']);
    const { data } = readDashboardInputs(world.tables);
    const before = scanFigures(data, at(2026, 11, 1, 0));
    expect(before.counts.get('scan|scanInternet|begin|drempel')).toBe(1);
    expect(before.counts.get('scan|scanDevice|begin|n')).toBe(2);
    expect(before.counts.get('scan|scanDevice|begin|drempel')).toBe(1);
    expect(before.counts.get('scan-paren')).toBe(0);
    const after = scanFigures(data, at(2026, 12, 1, 0));
    expect(after.counts.get('scan-paren')).toBe(1);
    expect(after.counts.get('scan|scanApply|einde|n')).toBe(0);
    // Paired case: 6 thresholds at the start (internet, e-mail, login, pay, apply, help), 1 at the end (login).
    expect([after.meanStart, after.meanEnd]).toEqual([6, 1]);
  });
});

describe('unique people in a window: the same join as the Bereik tab', () => {
  /** The join as Bereik makes it: every record's keys into one union-find, each time from scratch. */
  function bereikJoin(data: DashboardData, w: Window) {
    const inW = (v: unknown) => v instanceof Date && v >= w.start && v < w.end;
    const records: PersonRecord[] = [];
    const milestones = [...Object.values(MILESTONE_COLUMN), 'Afgesloten op'];
    for (const row of data.cases) {
      const keys = keysOf(row.values, 'Dossiernummer');
      if (keys.length === 0) continue;
      const v = row.values;
      const reached =
        milestones.some((c) => inW(v[c])) &&
        !(v.Status === 'Afgesloten: niet bereikbaar' && !inW(v[MILESTONE_COLUMN['Contact opgenomen']]));
      records.push({ domain: reached ? 'Internet' : null, keys });
    }
    for (const row of data.devices)
      if (row.values['Toegewezen aan (soort)'] === 'Dossier' && inW(row.values['Uitgedeeld op']))
        records.push({ domain: 'Toestellen', keys: [`case:${row.values['Toegewezen aan']}`] });
    for (const row of data.support)
      if (inW(row.values.Datum)) records.push({ domain: 'Ondersteuning', keys: [`case:${row.values.Dossiernummer}`] });
    for (const row of data.attendance) {
      if (row.values.Aanwezig === 'nee' || !inW(row.values.Datum)) continue;
      const keys = keysOf(row.values, 'Dossiernummer');
      if (keys.length > 0) records.push({ domain: 'Vormingen', keys });
    }
    return countUniquePeople(records);
  }

  it('equals it on registers where shared phones and course rows chain people together (3 seeds, 12 windows)', () => {
    for (const seed of [1, 2, 3]) {
      const dice = new Dice(seed);
      const phone = () => `0470 00 00 ${String(dice.int(10, 40))}`;
      const day = () => new Date(Date.UTC(2026, dice.int(0, 11), dice.int(1, 28), 9));
      const row = (n: number, values: Record<string, unknown>) => ({ rowNumber: n + 2, values }) as StoredRow;
      const cases = Array.from({ length: 120 }, (_, i) =>
        row(i, {
          Dossiernummer: `DT-2026-${String(i + 1).padStart(4, '0')}`,
          Voornaam: dice.pick(['An', 'Jan', 'Fatima', 'Olena']),
          Familienaam: dice.pick(['Peeters', 'El Amrani', 'Kovalenko']),
          Postcode: '9900',
          Telefoon: dice.chance(0.8) ? phone() : '',
          Status: dice.pick(['Contact opgenomen', 'Actief', 'Afgesloten: niet bereikbaar']),
          [MILESTONE_COLUMN['Contact opgenomen']]: dice.chance(0.7) ? day() : '',
          [MILESTONE_COLUMN.Actief]: dice.chance(0.4) ? day() : '',
        }),
      );
      const attendance = Array.from({ length: 60 }, (_, i) =>
        row(i, {
          Dossiernummer: dice.chance(0.3) ? `DT-2026-${String(dice.int(1, 140)).padStart(4, '0')}` : '',
          Deelnemer: dice.chance(0.5) ? dice.pick(['Karim Benali', 'Mieke Claeys']) : '',
          Telefoon: dice.chance(0.7) ? phone() : '',
          Datum: day(),
          Aanwezig: dice.chance(0.9) ? 'ja' : 'nee',
        }),
      );
      const devices = Array.from({ length: 30 }, (_, i) =>
        row(i, {
          'Toegewezen aan (soort)': dice.chance(0.8) ? 'Dossier' : 'School',
          'Toegewezen aan': `DT-2026-${String(dice.int(1, 140)).padStart(4, '0')}`,
          'Uitgedeeld op': day(),
        }),
      );
      const support = Array.from({ length: 40 }, (_, i) =>
        row(i, { Dossiernummer: `DT-2026-${String(dice.int(1, 140)).padStart(4, '0')}`, Datum: day() }),
      );
      const none: StoredRow[] = [];
      const data = {
        ...Object.fromEntries(
          [
            'referrals',
            'registrations',
            'logbook',
            'onward',
            'chromebookBatches',
            'courses',
            'vindplaatsen',
            'fieldLog',
            'actions',
            'partners',
            'scans',
            'planning',
            'letters',
            'targetGroups',
          ].map((k) => [k, none]),
        ),
        cases,
        attendance,
        devices,
        support,
      } as unknown as DashboardData;
      for (let first = 0; first < 12; first += 1) {
        const w = {
          start: new Date(Date.UTC(2026, first, 1)),
          end: new Date(Date.UTC(2026, first + 1 + (first % 3), 1)),
        };
        expect({ seed, first, reach: reachInWindow(data, w) }).toEqual({ seed, first, reach: bereikJoin(data, w) });
      }
    }
  });
});
