import fc from 'fast-check';
import { referralForm } from '../../forms/referral';
import { parseAnswers } from '../../src/domain/forms/schema';
import { nextCaseRef } from '../../src/domain/intake/caseRef';
import { submissionKey } from '../../src/domain/intake/submissionKey';
import { referralAnswers } from '../support/referralAnswers';

describe('referral schema (derived from forms/referral.ts)', () => {
  it('normalises a valid referral', () => {
    const r = parseAnswers(referralForm, referralAnswers());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({
      firstName: 'Fatima',
      lastName: 'El Amrani',
      phone: '+32 470 12 34 56',
      postcode: '9900',
      street: 'Zuidmoerstraat 136',
      helpNeeded: ['Goedkoper internet', 'Een laptop'],
      householdInformed: true,
      email: '',
    });
  });

  it('reads checkbox answers joined by the response tab', () => {
    const r = parseAnswers(referralForm, referralAnswers({ helpNeeded: 'Hulp met toestel of apps, Een cursus' }));
    expect(r.ok && r.value.helpNeeded).toEqual(['Hulp met toestel of apps', 'Een cursus']);
  });

  it.each([
    [{ referrerEmail: 'jan.peeters@' }, /Uw e-mailadres.*geen geldig e-mailadres/],
    [{ referrerEmail: 'a@x.be; b@y.be' }, /één e-mailadres/],
    [{ phone: '047012' }, /geen geldig telefoonnummer/],
    [{ postcode: '99' }, /geen Belgische postcode/],
    [{ householdInformed: '' }, /Toestemming van het gezin.*niet bevestigd/],
    [{ firstName: '   ' }, /Voornaam.*niet ingevuld/],
    [{ internetNow: 'Glasvezel' }, /"Glasvezel" is geen keuze/],
    [{ helpNeeded: [] }, /kies minstens één antwoord/],
  ])('refuses %j with a Dutch reason', (override, reason) => {
    const r = parseAnswers(referralForm, referralAnswers(override));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reasons.join('\n')).toMatch(reason);
  });

  it('gives every reason at once', () => {
    const r = parseAnswers(referralForm, referralAnswers({ phone: 'x', postcode: 'y', referrerEmail: 'z' }));
    expect(r.ok || r.reasons.length).toBe(3);
  });

  it('never throws, whatever is typed', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...referralForm.questions.map((q) => q.title)), fc.string()),
        (answers) => {
          const r = parseAnswers(referralForm, { ...referralAnswers(), ...answers });
          return r.ok || r.reasons.length > 0;
        },
      ),
    );
  });
});

describe('case references and response keys', () => {
  it('numbers cases per year', () => {
    expect(nextCaseRef([], 2026)).toBe('DT-2026-0001');
    expect(nextCaseRef(['DT-2026-0009', 'DT-2025-0400', 'rommel'], 2026)).toBe('DT-2026-0010');
  });
  it('gives a response the same key however its answers arrive', () => {
    const at = new Date('2026-11-27T10:00:00.400Z');
    const asList = referralAnswers();
    const asText = referralAnswers({ helpNeeded: 'Goedkoper internet, Een laptop' });
    expect(submissionKey(referralForm, at, asList)).toBe(
      submissionKey(referralForm, new Date('2026-11-27T10:00:00.000Z'), asText),
    );
    expect(submissionKey(referralForm, at, asList)).not.toBe(
      submissionKey(referralForm, at, referralAnswers({ phone: '0470 12 34 57' })),
    );
  });
});
