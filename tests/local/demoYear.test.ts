/** @jest-environment ./tests/support/scriptZoneEnvironment.js */
import { OTHER_ORGANISATION } from '../../forms/referral';
import { DEMO_ACTIONS } from '../../src/local/demo/actions';
import { DEMO_PARTNERS } from '../../src/local/demo/partners';
import { generateDemoYear, JOURNEY_STATUSES, peopleReached } from '../../src/local/demo/year';

describe('the demo year', () => {
  const year = generateDemoYear({ year: 2026 });

  it('is the same for the same year and seed, and differs for another seed', () => {
    expect(JSON.stringify(generateDemoYear({ year: 2026 }))).toBe(JSON.stringify(year));
    expect(generateDemoYear({ year: 2026, seed: 1 }).households[0].contact).not.toEqual(year.households[0].contact);
  });

  it('has the sizes of the brief: ~2,000 people, 60 partners, 14 actions, 300 devices, 40 courses', () => {
    expect(peopleReached(year)).toBeGreaterThan(1800);
    expect(peopleReached(year)).toBeLessThan(2200);
    expect(new Set(year.partners.map((p) => p.organisation)).size).toBe(60);
    expect(year.actions.map((a) => a.code)).toEqual(
      Array.from({ length: 14 }, (_, i) => `A${String(i + 1).padStart(2, '0')}`),
    );
    expect(year.devices).toHaveLength(300);
    expect(new Set(year.devices.map((d) => d.id)).size).toBe(300);
    expect(year.courses).toHaveLength(40);
    expect(year.courses.filter((c) => c.newVindplaats).map((c) => c.vindplaats)).toHaveLength(12);
    expect(new Set(year.courses.filter((c) => c.newVindplaats).map((c) => c.vindplaats)).size).toBe(4);
  });

  it('spreads intake over three channels and every municipality of the project area', () => {
    const share = (channel: string) =>
      year.households.filter((h) => h.channel === channel).length / year.households.length;
    expect(share('doorverwijzing')).toBeGreaterThan(0.45);
    expect(share('aanmelding')).toBeGreaterThan(0.22);
    expect(share('veldwerk')).toBeGreaterThan(0.1);
    const postcodes = new Set(year.households.map((h) => h.contact.postcode));
    for (const code of ['9900', '9880', '9960', '9970', '9920', '9980']) expect(postcodes).toContain(code);
  });

  it('refers households from partners on the list, each brought in by an outreach action', () => {
    const names = new Set([...DEMO_PARTNERS.map((p) => p.organisation), OTHER_ORGANISATION]);
    for (const month of year.months) {
      for (const referral of month.referrals) expect(names).toContain(referral.answers['Uw organisatie']);
      for (const household of month.arrivals) {
        expect(household.arrivesAt.getMonth()).toBe(month.index);
        expect(DEMO_ACTIONS.map((a) => a.code)).toContain(household.actionCode);
      }
    }
  });

  it('has messy entries in realistic proportions', () => {
    const referrals = year.months.flatMap((m) => m.labelledReferrals);
    const messy = referrals.filter((r) => r.messes.length > 0).length / referrals.length;
    expect(messy).toBeGreaterThan(0.08);
    expect(messy).toBeLessThan(0.25);
    const registrations = year.months.flatMap((m) => m.registrations);
    const messyRegistrations = registrations.filter((r) => r.messes.length > 0).length / registrations.length;
    expect(messyRegistrations).toBeGreaterThan(0.1);
    expect(messyRegistrations).toBeLessThan(0.3);
  });

  it('moves journeys forward in time and files each event in its own month', () => {
    for (const household of year.households) {
      const times = household.journey.map((e) => e.at.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(household.journey[0].status).toBe('Aangemeld');
      for (const event of household.journey) expect(JOURNEY_STATUSES).toContain(event.status);
    }
    for (const month of year.months) {
      for (const { event } of month.journeyEvents) expect(event.at.getMonth()).toBe(month.index);
      for (const session of month.supportSessions) expect(session.at.getMonth()).toBe(month.index);
      for (const event of month.deviceEvents) expect(event.at.getMonth()).toBe(month.index);
    }
  });

  it('hands devices only to households that asked for a laptop, and teaches adults who arrived before', () => {
    const byId = new Map(year.households.map((h) => [h.id, h]));
    const handedOut = year.devices.filter((d) => d.householdId);
    expect(handedOut.length).toBeGreaterThan(150);
    for (const device of handedOut) {
      expect(byId.get(device.householdId!)!.contact.helpNeeded).toContain('Een laptop');
    }
    expect(new Set(handedOut.map((d) => d.householdId)).size).toBe(handedOut.length);
    for (const course of year.courses) {
      expect(course.participants.length).toBeLessThanOrEqual(course.capacity);
      for (const p of course.participants) {
        const household = byId.get(p.householdId)!;
        expect(household.arrivesAt.getTime()).toBeLessThan(course.sessions[0].getTime());
        expect(2026 - household.members[p.member].birthYear).toBeGreaterThanOrEqual(16);
      }
    }
  });
});
