import fc from 'fast-check';
import { classifyError, errorFingerprint, scrubMessage } from '../../../src/domain/errors/classify';

describe('which errors are retried (the allow-list)', () => {
  it.each([
    'Service invoked too many times in a short time: exec qps. Try Utilities.sleep(1000) between calls.',
    'Service unavailable: Spreadsheets',
    'Service unavailable, please try again later.',
    'Server not available.',
    "We're sorry, a server error occurred. Please wait a bit and try again.",
    'Service Spreadsheets timed out while accessing document with id 1abc.',
    'Service error: Spreadsheets',
  ])('transient, retried: %s', (message) => {
    expect(classifyError(message)).toMatchObject({ kind: 'transient', retry: true });
  });

  it.each([
    'Service invoked too many times for one day: email.',
    'Service invoked too many times: email',
    'Service using too much computer time for one day',
    'You have exceeded the property storage quota. Please remove some properties and try again.',
  ])('daily quota, never retried: %s', (message) => {
    expect(classifyError(message)).toMatchObject({ kind: 'daily-quota', retry: false });
  });

  it('the execution time limit is never retried (the job continues in a continuation)', () => {
    expect(classifyError('Exceeded maximum execution time')).toMatchObject({ kind: 'time-limit', retry: false });
  });

  it.each([
    ['You are trying to edit a protected cell or object. Please contact the spreadsheet owner.', 'protected'],
    ['Authorization is required to perform that action.', 'permission'],
    ['Lock timeout: another process was holding the lock for too long.', 'lock'],
    ['TypeError: Cannot read properties of undefined', 'other'],
  ])('%s → %s, not retried', (message, kind) => {
    expect(classifyError(message)).toMatchObject({ kind, retry: false });
  });

  it('every kind has Dutch words for the worker', () => {
    for (const m of ['Service unavailable', 'for one day', 'Exceeded maximum execution time', 'x'])
      expect(classifyError(m).advice).toMatch(/[a-z]/);
  });
});

describe('scrubbing messages for the log', () => {
  it('removes e-mail addresses, phone numbers and quoted values; keeps case references', () => {
    const scrubbed = scrubMessage(
      'Ongeldig e-mailadres of onderwerp: fatima.elamrani@voorbeeld.be voor DT-2026-0001, bel +32 470 11 11 11 of "Fatima El Amrani"',
    );
    expect(scrubbed).toBe('Ongeldig e-mailadres of onderwerp: <e-mail> voor DT-2026-0001, bel <nummer> of <tekst>');
  });

  it('never lets an e-mail address or a Belgian phone number through (property)', () => {
    const local = fc.stringMatching(/^[a-z][a-z0-9.]{0,12}$/);
    const phone = fc
      .integer({ min: 10000000, max: 99999999 })
      .map((n) => `0470 ${String(n).replace(/(\d{2})(?=\d)/g, '$1 ')}`);
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), local, phone, (noise, user, tel) => {
        const out = scrubMessage(`${noise} ${user}@voorbeeld.be ${tel} ${noise}`);
        expect(out).not.toContain(`${user}@voorbeeld.be`);
        expect(out).not.toContain(tel);
      }),
    );
  });

  it('one fingerprint per kind of error, whatever the values in it', () => {
    expect(errorFingerprint('Invalid email: a@b.be')).toBe(errorFingerprint('Invalid email: c@d.be'));
    expect(errorFingerprint('Service unavailable: Spreadsheets')).not.toBe(
      errorFingerprint('Service unavailable: Gmail'),
    );
    expect(errorFingerprint('row 12 failed')).toBe(errorFingerprint('row 13 failed'));
  });
});
