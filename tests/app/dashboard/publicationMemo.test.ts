import { readDashboardInputs } from '../../../src/app/dashboard/inputs';
import { publishPeriod } from '../../../src/app/dashboard/report';
import { formatBrusselsDate, monthIndex } from '../../../src/domain/dashboard/calendar';
import { type DashboardData, dataTabs } from '../../../src/domain/dashboard/kpis';
import { monthPeriod, type Period, quarterPeriod } from '../../../src/domain/dashboard/periods';
import {
  type BuildInput,
  buildPublication,
  type Publication,
  publishedCells,
  publishedPeriodSpans,
} from '../../../src/domain/dashboard/publication';
import type { StoredRow } from '../../../src/ports';
import { at, busyWorld } from '../../support/dashboardWorld';

/**
 * Disclosure control's decisions are reused by the next publication built on the same frozen tabs with the same
 * period and record (the twin's live Dashboard tab, then the month's publication). Held equal to a build from
 * scratch (unfrozen copies: nothing shared), for the same and for other periods, records and registers.
 */

const KEYS = [
  'cases',
  'referrals',
  'registrations',
  'logbook',
  'support',
  'onward',
  'devices',
  'chromebookBatches',
  'attendance',
  'courses',
  'vindplaatsen',
  'fieldLog',
  'actions',
  'partners',
  'scans',
  'planning',
  'letters',
  'targetGroups',
] as const;

function copy(data: DashboardData, freeze: boolean): DashboardData {
  const out: Record<string, readonly StoredRow[]> = {};
  for (const k of KEYS) {
    const rows = data[k].map((r) => ({ rowNumber: r.rowNumber, values: { ...r.values } }));
    out[k] = freeze ? Object.freeze(rows.map((r) => Object.freeze({ ...r, values: Object.freeze(r.values) }))) : rows;
  }
  return out as unknown as DashboardData;
}

/** Everything a publication says, and everything disclosure control decided. */
function contentOf(p: Publication) {
  return {
    rows: p.rows,
    states: [...(p.control?.states ?? [])],
    relations: p.control?.relations,
    shown: [...(p.control?.shown ?? [])],
  };
}

describe('a publication built on the same frozen tabs as the one before', () => {
  const world = busyWorld(7);
  publishPeriod(world.ports, monthPeriod(monthIndex(2026, 8)));
  const inputs = readDashboardInputs(world.tables);
  const input = (data: DashboardData, period: Period, live: boolean, madeAt: Date, withLedger = true): BuildInput => ({
    data,
    period,
    projectStart: inputs.projectStart,
    settings: inputs.dashboard,
    published: withLedger ? publishedCells(inputs.ledger) : new Map(),
    publishedSpans: withLedger ? publishedPeriodSpans(inputs.ledger, inputs.projectStart) : new Set(),
    madeAt,
    madeOn: formatBrusselsDate(madeAt),
    live,
  });
  const end = at(2026, 10, 31, 20);
  const next = at(2026, 11, 2, 9);

  it('is the same as one built from scratch: the live tab, then the publication, other periods and records', () => {
    expect(dataTabs(inputs.data)).toHaveLength(KEYS.length);
    const frozen = copy(inputs.data, true);
    const october = monthPeriod(monthIndex(2026, 10));
    const cases: Array<[Period, boolean]> = [
      [october, true],
      [october, false],
      [monthPeriod(monthIndex(2026, 9)), true],
      [quarterPeriod(2026, 3), false],
    ];
    for (const [period, withLedger] of cases) {
      const live = buildPublication(input(frozen, period, true, end, withLedger));
      // A new data object on the very same arrays, as the twin's next read gives.
      const published = buildPublication(input({ ...frozen }, period, false, next, withLedger));
      const scratchLive = buildPublication(input(copy(inputs.data, false), period, true, end, withLedger));
      const scratch = buildPublication(input(copy(inputs.data, false), period, false, next, withLedger));
      expect(contentOf(live)).toEqual(contentOf(scratchLive));
      expect(contentOf(published)).toEqual(contentOf(scratch));
    }
  });

  it('is worked out again when a tab changed (a new frozen array)', () => {
    const frozen = copy(inputs.data, true);
    const october = monthPeriod(monthIndex(2026, 10));
    buildPublication(input(frozen, october, true, end));
    const fewer = copy({ ...inputs.data, cases: inputs.data.cases.slice(0, -40) }, true);
    const changed = { ...frozen, cases: fewer.cases };
    const scratch = copy({ ...inputs.data, cases: inputs.data.cases.slice(0, -40) }, false);
    expect(contentOf(buildPublication(input(changed, october, false, next)))).toEqual(
      contentOf(buildPublication(input(scratch, october, false, next))),
    );
  });
});
