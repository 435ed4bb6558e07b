import { referralForm } from '../../forms/referral';
import { registrationForm } from '../../forms/registration';
import { projectedSeconds } from '../../scripts/bench/costModel';
import { countCalls, openGasBench } from '../../scripts/bench/gas';
import { seedRegister } from '../../scripts/bench/seed';
import { isLogging, minimumCalls, USE_CASES } from '../../scripts/bench/useCases';
import { CASES, MESSAGES, REFERRALS } from '../../src/domain/tabs';
import { tabRows } from '../bundle/harness';

/** The bench's measurements at small sizes: counts, never timings. */
describe('npm run bench: Apps Script calls through the built bundle', () => {
  const work = (byMethod: Record<string, number>) =>
    Object.entries(byMethod)
      .filter(([m]) => !isLogging(m))
      .reduce((n, [, c]) => n + c, 0);

  const measure = (size: number) => {
    const bench = openGasBench(seedRegister(size), size, [referralForm, registrationForm]);
    return USE_CASES.map((useCase, i) => ({
      name: useCase.name,
      calls: work(countCalls(bench.world, () => useCase.run(bench, 2 * i)).byMethod),
      baseline: work(countCalls(bench.world, () => useCase.baseline(bench, 2 * i + 1)).byMethod),
      minimum: minimumCalls(useCase.declared),
    }));
  };

  it('seeds a register that the bundle reads as it is: cases, referrals and sent confirmations', () => {
    const register = seedRegister(50);
    const bench = openGasBench(register, 50, [referralForm]);
    expect(tabRows(bench.world, CASES.name)).toHaveLength(register.tabs[CASES.name].length);
    expect(register.tabs[CASES.name].length + register.tabs['Te controleren'].length).toBe(register.responses.length);
    expect(register.responses.length).toBeGreaterThan(40);
  });

  it('counts the same calls for 30 and 300 households, within 1.2× of the minimum; the naive baseline grows', () => {
    const small = measure(30);
    const large = measure(300);
    small.forEach((s, i) => {
      const l = large[i];
      expect({ name: s.name, calls: l.calls }).toEqual({ name: s.name, calls: s.calls });
      expect(s.calls).toBeGreaterThanOrEqual(s.minimum);
      expect(s.calls).toBeLessThanOrEqual(1.2 * s.minimum);
      expect(l.baseline).toBeGreaterThan(3 * s.baseline);
    });
  });

  it('the naive baseline does the same work: a case, a referral, a sent confirmation', () => {
    const bench = openGasBench(seedRegister(20), 20, [referralForm]);
    const before = tabRows(bench.world, CASES.name).length;
    USE_CASES[0].baseline(bench, 99);
    expect(tabRows(bench.world, CASES.name)).toHaveLength(before + 1);
    expect(tabRows(bench.world, REFERRALS.name).at(-1)?.Dossiernummer).toBe(
      tabRows(bench.world, CASES.name).at(-1)?.Dossiernummer,
    );
    expect(tabRows(bench.world, MESSAGES.name).at(-1)?.Status).toBe('Verstuurd');
    expect(bench.world.sentMails).toHaveLength(1);
  });

  it('projects more time for more calls and more cells', () => {
    expect(projectedSeconds({ 'Range.getValues': 2 }, 0, 0)).toBeGreaterThan(
      projectedSeconds({ 'Range.getValues': 1 }, 0, 0),
    );
    expect(projectedSeconds({}, 1_000_000, 0)).toBeGreaterThan(projectedSeconds({}, 0, 0));
  });
});
