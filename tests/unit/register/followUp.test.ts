import { isoWeek, selectFollowUp } from '../../../src/domain/register/followUp';
import type { StoredRow } from '../../../src/ports';

const today = new Date(2026, 10, 16, 7, 0); // Monday 16 November 2026

function row(n: number, values: Record<string, unknown>): StoredRow {
  return {
    rowNumber: n + 1,
    values: {
      Dossiernummer: `DT-2026-${String(n).padStart(4, '0')}`,
      'Aangemaakt op': new Date(2026, 10, 10),
      Status: 'Contact opgenomen',
      'Volgende actie': 'Bellen',
      'Datum volgende actie': '',
      'Laatste statuswijziging': new Date(2026, 10, 12),
      ...values,
    } as StoredRow['values'],
  };
}

describe('digest selection', () => {
  const rows = [
    row(1, { 'Datum volgende actie': new Date(2026, 10, 13, 9) }), // 3 days late
    row(2, { 'Datum volgende actie': new Date(2026, 10, 15, 23) }), // 1 day late
    row(3, { 'Datum volgende actie': new Date(2026, 10, 16, 18) }), // today: upcoming, not late
    row(4, { 'Datum volgende actie': new Date(2026, 10, 23) }), // in 7 days: upcoming
    row(5, { 'Datum volgende actie': new Date(2026, 10, 24) }), // in 8 days: neither
    row(6, { 'Datum volgende actie': new Date(2026, 9, 1), Status: 'Afgesloten: elders geholpen' }), // closed
    row(7, { 'Laatste statuswijziging': new Date(2026, 10, 2) }), // exactly 14 days quiet: stale
    row(8, { 'Laatste statuswijziging': new Date(2026, 10, 3) }), // 13 days: not stale
    row(9, { 'Laatste statuswijziging': '', 'Aangemaakt op': new Date(2026, 9, 20), Status: 'Aangemeld' }), // never moved
    row(10, { 'Datum volgende actie': new Date(2026, 10, 1), 'Laatste statuswijziging': new Date(2026, 9, 1) }), // both
    { rowNumber: 12, values: { Dossiernummer: '', Status: 'Aangemeld', 'Datum volgende actie': new Date(2026, 0, 1) } },
  ];

  it('selects overdue, upcoming and stale open cases, most urgent first', () => {
    const f = selectFollowUp(rows, today, 7, 14);
    expect(f.overdue.map((i) => [i.caseRef, i.days])).toEqual([
      ['DT-2026-0010', 15],
      ['DT-2026-0001', 3],
      ['DT-2026-0002', 1],
    ]);
    expect(f.upcoming.map((i) => [i.caseRef, i.days])).toEqual([
      ['DT-2026-0003', 0],
      ['DT-2026-0004', 7],
    ]);
    expect(f.stale.map((i) => [i.caseRef, i.days])).toEqual([
      ['DT-2026-0010', 46],
      ['DT-2026-0009', 27],
      ['DT-2026-0007', 14],
    ]);
  });

  it('follows N from the settings', () => {
    expect(selectFollowUp(rows, today, 7, 30).stale.map((i) => i.caseRef)).toEqual(['DT-2026-0010']);
    expect(selectFollowUp(rows, today, 0, 14).upcoming.map((i) => i.caseRef)).toEqual(['DT-2026-0003']);
  });

  it('labels ISO weeks', () => {
    expect(isoWeek(today)).toBe('2026-W47');
    expect(isoWeek(new Date(2027, 0, 1))).toBe('2026-W53');
  });
});
