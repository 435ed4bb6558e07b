import { RETENTION_BATCH_SIZE, runRetention } from '../../../src/app/privacy/retentionJob';
import { REVIEW } from '../../../src/domain/tabs';
import { allText, privacyWorld } from '../../support/privacyWorld';

const LATER = new Date('2026-03-20T03:00:00Z');

/**
 * Review rows of one hold read each response tab once (again only when a row the hold wrote is wanted again). A
 * hold of one item reads afresh for every review row, as before: both give the same workbook.
 */
describe('retention: review rows of one hold share their response tab snapshots', () => {
  function run(batch: number): string {
    const { ports, clock, tables } = privacyWorld();
    // Two more review rows that never became a case, pointing at the same raw response as the first due one: the
    // second one in a hold wants a row the hold already wrote.
    const due = tables.read(REVIEW.name).rows.filter((r) => String(r.values['Rij in antwoordtab'] ?? '') !== '');
    expect(due.length).toBeGreaterThan(0);
    tables.append(REVIEW.name, [due[0].values, { ...due[0].values, Reden: 'nog eens' }]);
    ports.properties.set(RETENTION_BATCH_SIZE, String(batch));
    clock.set(LATER);
    expect(runRetention(ports, 600_000).complete).toBe(true);
    return allText(tables);
  }

  it('leaves the same workbook as a read per review row', () => {
    const oneByOne = run(1);
    expect(run(1000)).toBe(oneByOne);
    expect(run(3)).toBe(oneByOne);
  });
});
