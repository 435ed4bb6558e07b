import { readDashboardInputs } from '../../../src/app/dashboard/inputs';
import { monthIndex } from '../../../src/domain/dashboard/calendar';
import { countMonths, daysToActive, median, reachInWindow, scanFigures } from '../../../src/domain/dashboard/kpis';
import { ONWARD, SUPPORT } from '../../../src/domain/register/tabs';
import { REFERRALS } from '../../../src/domain/tabs';
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
