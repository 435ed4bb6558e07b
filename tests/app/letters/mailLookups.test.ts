import fc from 'fast-check';
import { MAILS_PER_LOCK, makeLetters } from '../../../src/app/letters/mergeLetters';
import { MAIL_STATUS } from '../../../src/domain/messages/status';
import { MESSAGES } from '../../../src/domain/tabs';
import { shippedTemplateStore } from '../../../src/local/letters/templateFiles';
import { addHouseholds, household, RecordingPrinter, requestBatch } from '../../support/letterWorld';
import { memoryWorld } from '../../support/memoryPorts';

/**
 * Each hold of the lock looks its e-mails up in Berichten once, at its start (sentBefore): over several holds and
 * days, with the quota running out anywhere (a pending row that the next day finds), every household still gets
 * exactly one e-mail and one row in Berichten, in order.
 */
describe('letters by e-mail: look-ups per hold of the lock', () => {
  it('one e-mail and one Berichten row per household, whatever the quota per day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 * MAILS_PER_LOCK }),
        fc.integer({ min: 1, max: 3 * MAILS_PER_LOCK }),
        (n, quota) => {
          const w = memoryWorld(new Date('2026-11-27T09:00:00Z'));
          const deps = { templates: shippedTemplateStore, printer: new RecordingPrinter(), who: 'test' };
          const numbers = Array.from({ length: n }, (_, i) => i + 1);
          addHouseholds(
            w.tables,
            numbers.map((k) => household(k, { 'E-mail': `gezin${k}@example.be` })),
          );
          requestBatch(w.tables, { Sjabloon: 'uitnodiging', Manier: 'E-mail' });
          for (let day = 0; day < 40 && w.mailer.sent.length < n; day++) {
            w.clock.set(new Date(Date.UTC(2026, 10, 27 + day, 9)));
            w.mailer.quota = quota;
            makeLetters(w.ports, deps, Number.POSITIVE_INFINITY);
          }
          expect(w.mailer.sent.map((m) => m.to)).toEqual(numbers.map((k) => `gezin${k}@example.be`));
          const messages = w.tables.read(MESSAGES.name).rows.map((r) => [r.values['Bericht-ID'], r.values.Status]);
          expect(messages).toEqual(
            numbers.map((k) => [`brief-uitnodiging-DT-2026-${String(k).padStart(4, '0')}`, MAIL_STATUS.sent]),
          );
        },
      ),
      { numRuns: 15 },
    );
  });
});
