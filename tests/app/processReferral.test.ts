import { processSubmission } from '../../src/app/processSubmission';
import type { Submission } from '../../src/app/submission';
import { sendWaitingConfirmations } from '../../src/app/waitingConfirmations';
import { MAIL_STATUS } from '../../src/domain/messages/status';
import { CASES, MESSAGES, REFERRALS, REVIEW } from '../../src/domain/tabs';
import { localPorts } from '../../src/local/localPorts';
import { CrashingTables, memoryWorld } from '../support/memoryPorts';
import { referralAnswers } from '../support/referralAnswers';

const at = new Date('2026-11-26T14:03:07Z');

function submission(overrides = {}, submittedAt = at): Submission {
  return {
    formKey: 'doorverwijzing',
    submittedAt,
    answers: referralAnswers(overrides),
    responseTab: 'Antwoorden Doorverwijzing',
    responseRow: 2,
  };
}

describe('processSubmission: partner referral', () => {
  it('registers the case and the referral and confirms to the referrer', () => {
    const { tables, mailer, ports } = memoryWorld();
    const outcome = processSubmission(ports, submission());
    expect(outcome).toMatchObject({ kind: 'registered', caseRef: 'DT-2026-0001', mail: 'sent' });

    const [c] = tables.read(CASES.name).rows;
    expect(c.values).toMatchObject({
      Dossiernummer: 'DT-2026-0001',
      Voornaam: 'Fatima',
      Familienaam: 'El Amrani',
      Telefoon: '+32 470 12 34 56',
      Gemeente: 'Eeklo',
      'In projectgebied': 'ja',
      Hulpvraag: 'Goedkoper internet, Een laptop',
      Status: 'Aangemeld',
      'Volgende actie': 'Gezin bellen',
    });
    expect(tables.read(REFERRALS.name).rows[0].values).toMatchObject({
      Dossiernummer: 'DT-2026-0001',
      Organisatie: 'Sociaal Huis Eeklo (OCMW)',
      'Gezin geïnformeerd': 'ja',
    });
    expect(tables.read(MESSAGES.name).rows[0].values.Status).toBe(MAIL_STATUS.sent);

    expect(mailer.sent).toHaveLength(1);
    const mail = mailer.sent[0];
    expect(mail.to).toBe('an.declercq@sociaalhuis-eeklo.example');
    expect(mail.subject).toContain('DT-2026-0001');
    expect(mail.text).toContain('Fatima');
    for (const detail of ['El Amrani', '470', 'Zuidmoerstraat', '9900']) {
      expect(mail.text).not.toContain(detail);
      expect(mail.html).not.toContain(detail);
    }
  });

  it('numbers the next case on', () => {
    const { ports } = memoryWorld();
    processSubmission(ports, submission());
    const other = { firstName: 'Jan', lastName: 'Peeters', phone: '0471 22 33 44', street: 'Markt 3' };
    const second = processSubmission(ports, submission(other, new Date('2026-11-26T15:00:00Z')));
    expect(second).toMatchObject({ kind: 'registered', caseRef: 'DT-2026-0002' });
  });

  it('a response delivered twice gives one row and one e-mail', () => {
    const { tables, mailer, ports } = memoryWorld();
    processSubmission(ports, submission());
    expect(processSubmission(ports, submission({ helpNeeded: 'Goedkoper internet, Een laptop' }))).toMatchObject({
      kind: 'duplicate',
    });
    expect(tables.read(CASES.name).rows).toHaveLength(1);
    expect(tables.read(REFERRALS.name).rows).toHaveLength(1);
    expect(mailer.sent).toHaveLength(1);
  });

  it('a second delivery while the first holds the lock changes nothing and is left for the reconciler', () => {
    const { tables, mailer, ports } = memoryWorld();
    let inner: unknown;
    const nested = {
      ...ports,
      mailer: {
        ...mailer,
        remainingQuota: () => 100,
        send: (m: never) => {
          inner = processSubmission(ports, submission());
          mailer.send(m);
        },
      },
    };
    processSubmission(nested, submission());
    expect(inner).toEqual({ kind: 'busy' });
    expect(tables.read(CASES.name).rows).toHaveLength(1);
    expect(mailer.sent).toHaveLength(1);
  });

  it('ignores a blank event', () => {
    const { tables, mailer, ports } = memoryWorld();
    const blank = Object.fromEntries(Object.keys(referralAnswers()).map((t) => [t, '']));
    expect(processSubmission(ports, { ...submission(), answers: blank })).toEqual({ kind: 'blank' });
    expect(tables.read(CASES.name).rows).toHaveLength(0);
    expect(tables.read(REVIEW.name).rows).toHaveLength(0);
    expect(mailer.sent).toHaveLength(0);
  });

  it.each([
    [{ referrerEmail: 'jan.peeters@' }, 'geen geldig e-mailadres'],
    [{ referrerEmail: 'a@x.example, b@y.example' }, 'één e-mailadres'],
    [{ phone: '047012' }, 'geen geldig telefoonnummer'],
    [{ postcode: '990' }, 'geen Belgische postcode'],
    [{ householdInformed: '' }, 'niet bevestigd'],
  ])('%j goes to Te controleren with the reason, nothing else', (override, reason) => {
    const { tables, mailer, ports } = memoryWorld();
    const outcome = processSubmission(ports, submission(override));
    expect(outcome.kind).toBe('review');
    const [row] = tables.read(REVIEW.name).rows;
    expect(String(row.values.Reden)).toContain(reason);
    expect(row.values).toMatchObject({
      Formulier: 'Doorverwijzing Allemaal Digi.Taal',
      Antwoordtab: 'Antwoorden Doorverwijzing',
      'Rij in antwoordtab': 2,
      Status: 'Open',
    });
    expect(String(row.values.Antwoorden)).toContain('Uw naam: An Declercq');
    expect(tables.read(CASES.name).rows).toHaveLength(0);
    expect(mailer.sent).toHaveLength(0);
    // delivered again: still one review row
    processSubmission(ports, submission(override));
    expect(tables.read(REVIEW.name).rows).toHaveLength(1);
  });

  it('flags an out-of-area postcode but registers the case', () => {
    const { tables, ports } = memoryWorld();
    expect(processSubmission(ports, submission({ postcode: '9000', municipality: 'Gand' })).kind).toBe('registered');
    expect(tables.read(CASES.name).rows[0].values).toMatchObject({ Gemeente: 'Gent', 'In projectgebied': 'nee' });
  });

  it('escapes HTML in a name in the e-mail', () => {
    const { mailer, ports } = memoryWorld();
    processSubmission(ports, submission({ firstName: '<b>Jan</b>', referrerName: '<img src=x onerror=alert(1)>' }));
    const { html, text } = mailer.sent[0];
    expect(html).not.toMatch(/<b>|<img/i);
    expect(html).toMatch(/&lt;img Src=x Onerror=alert\(1\)&gt;/);
    expect(html).toContain('&lt;b&gt;jan&lt;/b&gt;');
    // the plain-text part is never rendered, so it keeps what was typed
    expect(text).toContain('<b>jan</b>');
  });

  it.each([1, 2, 3, 4, 5])('a crash at write %i resumes without duplicates and mails once', (crashAt) => {
    const world = memoryWorld();
    const crashing = new CrashingTables(world.tables, crashAt);
    const ports = { ...localPorts(crashing, world.mailer, world.clock) };
    expect(() => processSubmission(ports, submission())).toThrow(/crash/);
    const sentBefore = world.mailer.sent.length;
    processSubmission(ports, submission());
    expect(world.tables.read(CASES.name).rows).toHaveLength(1);
    expect(world.tables.read(REFERRALS.name).rows).toHaveLength(1);
    expect(world.tables.read(MESSAGES.name).rows).toHaveLength(1);
    const status = world.tables.read(MESSAGES.name).rows[0].values.Status;
    if (sentBefore === 1) {
      // crashed after the mail left: never sent again; a row caught in SENDING becomes UNKNOWN
      expect(world.mailer.sent).toHaveLength(1);
      expect([MAIL_STATUS.unknown, MAIL_STATUS.sent]).toContain(status);
    } else {
      expect(world.mailer.sent).toHaveLength(1);
      expect(status).toBe(MAIL_STATUS.sent);
    }
    processSubmission(ports, submission());
    expect(world.mailer.sent).toHaveLength(1);
  });

  it('records a failed send and does not retry it on its own', () => {
    const { tables, mailer, ports } = memoryWorld();
    mailer.failNext = new Error('Invalid email: x');
    expect(processSubmission(ports, submission())).toMatchObject({ kind: 'registered', mail: 'failed' });
    const row = tables.read(MESSAGES.name).rows[0].values;
    expect(row).toMatchObject({ Status: MAIL_STATUS.failed, Fout: 'Invalid email: x' });
    processSubmission(ports, submission());
    expect(mailer.sent).toHaveLength(0);
  });

  it('keeps the mail waiting when the daily quota is used up, and sends it once later', () => {
    const { tables, mailer, ports } = memoryWorld();
    mailer.quota = 0;
    expect(processSubmission(ports, submission())).toMatchObject({ mail: 'no-quota' });
    expect(tables.read(MESSAGES.name).rows[0].values.Status).toBe(MAIL_STATUS.pending);
    mailer.quota = 10;
    processSubmission(ports, submission());
    processSubmission(ports, submission());
    expect(mailer.sent).toHaveLength(1);
    expect(tables.read(MESSAGES.name).rows[0].values.Status).toBe(MAIL_STATUS.sent);
  });

  it('the morning run sends a confirmation that waited for quota, once, written again from the register', () => {
    const { tables, mailer, ports } = memoryWorld();
    mailer.quota = 0;
    processSubmission(ports, submission());
    // the reconciler counts this response as taken in (its referral row exists); the daily run sends the mail
    expect(sendWaitingConfirmations(ports)).toBe(0);
    mailer.quota = 10;
    ports.lock.withLock(1000, () => sendWaitingConfirmations(ports));
    sendWaitingConfirmations(ports);
    expect(mailer.sent).toHaveLength(1);
    expect(mailer.sent[0]).toMatchObject({
      to: 'an.declercq@sociaalhuis-eeklo.example',
      subject: 'Doorverwijzing ontvangen – dossier DT-2026-0001',
    });
    expect(mailer.sent[0].text).toContain('De projectmedewerker belt Fatima');
    expect(tables.read(MESSAGES.name).rows[0].values.Status).toBe(MAIL_STATUS.sent);
  });
});
