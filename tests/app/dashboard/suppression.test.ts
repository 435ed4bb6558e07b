import fc from 'fast-check';
import { readDashboardInputs } from '../../../src/app/dashboard/inputs';
import { publishPeriod } from '../../../src/app/dashboard/report';
import { monthIndex } from '../../../src/domain/dashboard/calendar';
import { monthPeriod, type Period, quarterPeriod } from '../../../src/domain/dashboard/periods';
import type { Publication } from '../../../src/domain/dashboard/publication';
import type { CellState, Relation } from '../../../src/domain/dashboard/sdc';
import { SUPPORT } from '../../../src/domain/register/tabs';
import { REFERRALS } from '../../../src/domain/tabs';
import { at, dashboardWorld, letters } from '../../support/dashboardWorld';
import { exactDisclosures } from '../../support/sdcOracle';

/**
 * Disclosure control through the real path — register rows, KPIs, publications recorded one month after the
 * other, then the quarter — checked by an exact attacker that knows everything ever published and every relation
 * any publication used: no count of 1–4 is shown, and no "<5" (or unlisted count) can be worked out from totals,
 * from last month's snapshot, or from the quarter.
 */

const household = fc.record({
  month: fc.integer({ min: 1, max: 3 }),
  day: fc.integer({ min: 1, max: 27 }),
  selfRegistered: fc.boolean(),
  partner: fc.integer({ min: 0, max: 1 }),
  contacted: fc.boolean(),
  support: fc.option(fc.integer({ min: 0, max: 1 }), { nil: null }),
});

const PARTNERS = ['Sociaal Huis Eeklo', 'CAW Oost-Vlaanderen'];
const TOPICS = ['Toestel', 'App'];

type Household = typeof household extends fc.Arbitrary<infer T> ? T : never;

function world(households: readonly Household[]) {
  const w = dashboardWorld(at(2026, 4, 2));
  households.forEach((h, i) => {
    const ref = `DT-2026-${String(i + 1).padStart(4, '0')}`;
    const created = at(2026, h.month, h.day);
    w.addCase({
      ref,
      created,
      source: h.selfRegistered ? 'Aanmelding' : 'Doorverwijzing',
      contact: h.contacted ? at(2026, h.month, Math.min(28, h.day + 1)) : undefined,
      first: `Anna${letters(i)}`,
      last: `Peeters${letters(i)}`,
    });
    if (!h.selfRegistered)
      w.append(REFERRALS.name, [
        { 'Antwoord-ID': `r${i}`, 'Ontvangen op': created, Dossiernummer: ref, Organisatie: PARTNERS[h.partner] },
      ]);
    if (h.support !== null)
      w.append(SUPPORT.name, [
        { 'Sessie-ID': `OS-${i}`, Datum: created, Dossiernummer: ref, Onderwerp: TOPICS[h.support] },
      ]);
  });
  return w;
}

/** Everything published, as the attacker sees it: shown cells fixed, the rest unknown, every relation used. */
function union(publications: readonly Publication[]) {
  const states = new Map<string, CellState>();
  const relations: Relation[] = [];
  for (const p of publications) {
    const c = p.control;
    if (!c) continue;
    relations.push(...c.relations);
    for (const [key, state] of c.states) {
      const shown = c.shown.get(key);
      if (shown) states.set(key, { kind: 'fixed', shown });
      else if (state.kind === 'fixed') states.set(key, state);
      else if (!states.has(key)) states.set(key, { kind: 'implicit', value: null });
    }
  }
  return { states, relations };
}

function publish(w: ReturnType<typeof world>, period: Period): Publication {
  w.clock.set(period.end);
  return publishPeriod(w.ports, period, readDashboardInputs(w.tables)).publication;
}

describe('disclosure control on real publications (fast-check, exact attacker)', () => {
  it('three months one after the other, then their quarter: nothing small shown, nothing small recoverable', () => {
    fc.assert(
      fc.property(fc.array(household, { minLength: 0, maxLength: 24 }), (households) => {
        const w = world(households);
        const publications = [1, 2, 3].map((m) => publish(w, monthPeriod(monthIndex(2026, m))));
        publications.push(publish(w, quarterPeriod(2026, 1)));
        for (const p of publications)
          for (const r of p.rows) {
            if (!p.control) continue;
            for (const value of [r.current, r.previous, r.total])
              if (
                typeof value === 'number' &&
                value >= 1 &&
                value <= 4 &&
                r.code !== 'mediaan-dagen' &&
                !r.code.startsWith('scan-gem')
              )
                expect(`${r.section}|${r.label}: ${value}`).toMatch(
                  /Vormingen|Sessies|Veldwerk|vindplaatsen|Laptops|Chromebooks ontvangen|acties/,
                );
          }
        const { states, relations } = union(publications);
        expect(exactDisclosures(states, new Map(), relations, 2 * households.length + 12)).toEqual([]);
      }),
      { numRuns: Number(process.env.SDC_RUNS ?? 8), seed: Number(process.env.SDC_SEED ?? 1202) },
    );
  });
});
