import { readDashboardInputs } from '../../../src/app/dashboard/inputs';
import { build, publishPeriod } from '../../../src/app/dashboard/report';
import { monthIndex } from '../../../src/domain/dashboard/calendar';
import { monthPeriod } from '../../../src/domain/dashboard/periods';
import { SYMBOLS } from '../../../src/domain/dashboard/texts';
import { busyWorld } from '../../support/dashboardWorld';

describe('a publication', () => {
  it('shows no count of 1–4 anywhere, builds in reasonable time, and stays the same once published', () => {
    const world = busyWorld();
    const inputs = readDashboardInputs(world.tables);
    const pub = build(inputs, monthPeriod(monthIndex(2026, 10)), world.clock.now(), false);
    for (const r of pub.rows)
      for (const v of [r.current, r.previous, r.total])
        if (typeof v === 'number' && r.code !== 'mediaan-dagen' && !r.code.startsWith('scan-gem'))
          expect(v < 1 || v > 4 || !isCount(r.code)).toBe(true);
    const small = pub.rows.filter((r) => r.current === SYMBOLS.small).length;
    const hidden = pub.rows.filter((r) => [r.current, r.previous, r.total].includes(SYMBOLS.hidden)).length;
    expect(small).toBeGreaterThan(0);
    expect(hidden).toBeGreaterThanOrEqual(0);
    const first = publishPeriod(world.ports, monthPeriod(monthIndex(2026, 9)));
    expect(first.recorded).toBe(true);
    const again = publishPeriod(world.ports, monthPeriod(monthIndex(2026, 9)));
    expect(again.recorded).toBe(false);
    expect(again.publication.rows).toEqual(first.publication.rows.map((r) => ({ ...r })));
  });
});

function isCount(code: string): boolean {
  return ![
    'toestellen-ingezameld',
    'toestellen-klaar',
    'chromebooks-ontvangen',
    'vindplaatsen-nieuw',
    'vormingen',
    'sessies',
    'acties-gedaan',
    'veldwerk',
    'veldwerk-bereikt',
  ].includes(code);
}
