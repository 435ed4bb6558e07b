import { NOTIFIED_PROPERTY, reportFailure } from '../../../src/app/errors/reportFailure';
import { MemoryAudit, MemoryProperties, SimulatedClock } from '../../../src/local/localPorts';
import { MemoryMailer } from '../../support/memoryPorts';

function ports(now = new Date('2026-11-27T09:00:00Z')) {
  const clock = new SimulatedClock(now);
  const mailer = new MemoryMailer();
  const audit = new MemoryAudit();
  const properties = new MemoryProperties();
  return {
    clock,
    mailer,
    audit,
    properties,
    failure: {
      properties,
      mailer,
      clock,
      audit,
      recipient: () => 'lies@dekring.be',
      day: (d: Date) => d.toISOString().slice(0, 10),
      formatDate: (d: Date) => d.toISOString(),
    },
  };
}

describe('errors reach a person: once per kind per day', () => {
  it('the first error of a kind mails the worker; the same kind again that day does not', () => {
    const p = ports();
    expect(reportFailure(p.failure, 'dailyRun', new Error('Service unavailable: Spreadsheets')).notified).toBe(true);
    expect(reportFailure(p.failure, 'handleEdit', new Error('Service unavailable: Spreadsheets')).notified).toBe(false);
    expect(reportFailure(p.failure, 'dailyRun', new Error('Exceeded maximum execution time')).notified).toBe(true);
    expect(p.mailer.sent.map((m) => m.subject)).toEqual([
      'Digi.Taal: er ging iets mis (een dienst van Google was even niet bereikbaar)',
      'Digi.Taal: er ging iets mis (het werk duurde langer dan de 6 minuten die Google toelaat)',
    ]);
    expect(p.mailer.sent[0].to).toBe('lies@dekring.be');
    expect(p.mailer.sent[0].text).toContain('"dailyRun"');
    // the next day the same kind is mailed again, once
    p.clock.set(new Date('2026-11-28T09:00:00Z'));
    expect(reportFailure(p.failure, 'dailyRun', new Error('Service unavailable: Spreadsheets')).notified).toBe(true);
    expect(reportFailure(p.failure, 'dailyRun', new Error('Service unavailable: Spreadsheets')).notified).toBe(false);
    expect(p.mailer.sent).toHaveLength(3);
  });

  it('logs and mails without names or contact details', () => {
    const p = ports();
    reportFailure(
      p.failure,
      'handleFormSubmit',
      new Error('Ongeldig e-mailadres: fatima.elamrani@voorbeeld.be (Fatima "El Amrani", 0470 11 11 11)'),
    );
    const everything = [...p.audit.lines, p.mailer.sent[0].text, p.mailer.sent[0].html, p.mailer.sent[0].subject].join(
      '\n',
    );
    for (const value of ['fatima.elamrani@voorbeeld.be', 'El Amrani', '0470 11 11 11'])
      expect(everything).not.toContain(value);
    expect(p.audit.lines[0]).toContain('"fn":"handleFormSubmit"');
  });

  it('a failing send is never retried the same day (the mark is written first); no quota: nothing is sent', () => {
    const p = ports();
    p.mailer.failNext = new Error('Service unavailable');
    expect(() => reportFailure(p.failure, 'x', new Error('boom'))).toThrow('Service unavailable');
    expect(JSON.parse(p.properties.get(NOTIFIED_PROPERTY) ?? '{}').kinds).toHaveLength(1);
    expect(reportFailure(p.failure, 'x', new Error('boom')).notified).toBe(false);
    const q = ports();
    q.mailer.quota = 0;
    expect(reportFailure(q.failure, 'x', new Error('boom')).notified).toBe(false);
    expect(q.mailer.sent).toHaveLength(0);
  });
});
