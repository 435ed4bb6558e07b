import fc from 'fast-check';
import { checkEmail } from '../../src/domain/common/email';
import { checkPhone } from '../../src/domain/common/phone';
import { checkPostcode, resolvePlace } from '../../src/domain/common/postcode';
import { capitaliseName, foldForMatch } from '../../src/domain/common/text';

describe('phone numbers', () => {
  it.each([
    ['0470 12 34 56', '+32470123456', '+32 470 12 34 56'],
    ['0470123456', '+32470123456', '+32 470 12 34 56'],
    ['+32 470 12 34 56', '+32470123456', '+32 470 12 34 56'],
    ['0032470123456', '+32470123456', '+32 470 12 34 56'],
    ['0470.12.34.56', '+32470123456', '+32 470 12 34 56'],
    ['09/378.61.69', '+3293786169', '+32 9 378 61 69'],
    ['+31 6 12345678', '+31612345678', '+31 6 12345678'],
    ['+44 20 7946 0958', '+442079460958', '+44 20 7946 0958'],
  ])('%s → %s', (raw, e164, readable) => {
    expect(checkPhone(raw)).toEqual({ ok: true, e164, readable });
  });
  it.each(['047012', 'bel mij', '', '0470 12 34 56 78 90', '+32 1'])('refuses %j with a Dutch reason', (raw) => {
    const r = checkPhone(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/geen geldig telefoonnummer/);
  });
  it('accepts any valid Belgian mobile in every common notation', () => {
    fc.assert(
      fc.property(fc.integer({ min: 70, max: 99 }), fc.integer({ min: 0, max: 999999 }), (p, n) => {
        const digits = `4${p}${String(n).padStart(6, '0')}`;
        const forms = [
          `0${digits}`,
          `+32${digits}`,
          `0032${digits}`,
          `0${digits.slice(0, 3)} ${digits.slice(3, 5)} ${digits.slice(5, 7)} ${digits.slice(7)}`,
        ];
        const results = forms.map(checkPhone);
        return results.every((r) => r.ok && r.e164 === `+32${digits}`);
      }),
    );
  });
});

describe('e-mail addresses', () => {
  it.each([
    ['An.Declercq@Sociaalhuis.example', 'an.declercq@sociaalhuis.example'],
    [' jan@x.be ', 'jan@x.be'],
  ])('%j accepted', (raw, email) => expect(checkEmail(raw)).toEqual({ ok: true, email }));
  it.each([
    'a@x.be; b@y.be',
    'a@x.be, b@y.be',
    'a@x.be b@y.be',
    'jan.peeters@',
    'an@@mail.be',
    'Jan <jan@x.be>',
    'x@y',
    'a..b@x.be',
  ])('%j refused', (raw) => expect(checkEmail(raw).ok).toBe(false));
  it('two addresses are always refused, whatever the separator', () => {
    fc.assert(
      fc.property(
        fc.emailAddress(),
        fc.emailAddress(),
        fc.constantFrom(',', ';', ' ', ', ', '; '),
        (a, b, sep) => !checkEmail(`${a}${sep}${b}`).ok,
      ),
    );
  });
  it('refuses anything that could carry a header', () => {
    fc.assert(fc.property(fc.string(), (s) => !(checkEmail(`a@x.be${s}`).ok && /[\r\n<>,;]/.test(s))));
  });
});

describe('postcodes and municipalities', () => {
  it('checks Belgian postcodes', () => {
    expect(checkPostcode('9900')).toEqual({ ok: true, postcode: '9900' });
    expect(checkPostcode('B-9900')).toEqual({ ok: true, postcode: '9900' });
    for (const bad of ['990', '99000', '0999', 'abcd', '9999']) expect(checkPostcode(bad).ok).toBe(false);
  });
  it('derives the municipality in the project area, also from a deelgemeente', () => {
    expect(resolvePlace('9930', 'zomergem')).toEqual({
      postcode: '9930',
      municipality: 'Lievegem',
      inProjectArea: true,
    });
    expect(resolvePlace('9968', 'OOSTEEKLO').municipality).toBe('Assenede');
  });
  it('notes a municipality that does not belong to the postcode, keeping the postcode', () => {
    const place = resolvePlace('9900', 'Gent');
    expect(place.municipality).toBe('Eeklo');
    expect(place.mismatchNote).toMatch(/Gent.*9900.*Eeklo/);
  });
  it('flags out-of-area postcodes and translates French names', () => {
    expect(resolvePlace('9000', 'Gand')).toEqual({ postcode: '9000', municipality: 'Gent', inProjectArea: false });
    expect(resolvePlace('9300', 'alost').municipality).toBe('Aalst');
  });
});

describe('names', () => {
  it.each([
    ['fatima', 'Fatima'],
    ['EL  AMRANI', 'El Amrani'],
    ['marie-claire', 'Marie-Claire'],
    ["d'hondt", "D'Hondt"],
    ['Van der Berghe', 'Van der Berghe'],
    ['jan  de   smet', 'Jan De Smet'],
  ])('%j → %j', (raw, expected) => expect(capitaliseName(raw)).toBe(expected));
  it('folds accents and case for matching', () => {
    expect(foldForMatch('  Hélène  Ünal ')).toBe('helene unal');
  });
});
