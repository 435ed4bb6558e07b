/** @jest-environment ./tests/support/scriptZoneEnvironment.js */
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { OTHER_ORGANISATION, referralForm } from '../../forms/referral';
import type { ChoiceQuestion } from '../../forms/types';
import { MUNICIPALITY_ALIASES, PROJECT_AREA } from '../../src/domain/common/projectArea';
import {
  generateLabelledReferrals,
  generateReferrals,
  type LabelledReferral,
  MESSES,
  type Mess,
} from '../../src/local/demoReferrals';

const PARTNERS = [
  'OCMW Eeklo',
  'Sociaal Huis Aalter',
  'CAW Oost-Vlaanderen',
  'Kind en Gezin Eeklo',
  OTHER_ORGANISATION,
];
const OPTIONS = {
  count: 3000,
  seed: 20250314,
  start: new Date('2025-01-01T00:00:00Z'),
  end: new Date('2025-07-01T00:00:00Z'),
  partners: PARTNERS,
};

const title = (id: string): string => {
  const question = referralForm.questions.find((q) => q.id === id);
  if (!question) throw new Error(`no question ${id}`);
  return question.title;
};
const text = (referral: LabelledReferral, id: string): string => referral.answers[title(id)] as string;

const all = generateLabelledReferrals(OPTIONS);
const originals = all.filter((referral) => referral.duplicateOf === undefined);
const clean = originals.filter((referral) => referral.messes.length === 0);

const EMAIL = /^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.example$/;
const isValidPhone = (value: string): boolean =>
  parsePhoneNumberFromString(value.replace(/^00/, '+'), 'BE')?.isValid() === true;
const placesOf = (postcode: string): string[] => {
  for (const [municipality, codes] of Object.entries(PROJECT_AREA)) {
    if (codes[postcode]) return [municipality, ...codes[postcode]];
  }
  return [];
};
const isTidyName = (name: string): boolean =>
  name === name.trim() &&
  !name.includes('  ') &&
  /^[\p{L}' -]+$/u.test(name) &&
  name !== name.toUpperCase() &&
  name !== name.toLowerCase();

describe('generateReferrals', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const options = { ...OPTIONS, count: 200 };
    expect(generateReferrals(options)).toEqual(generateReferrals(options));
    expect(generateReferrals({ ...options, seed: 2 })).not.toEqual(generateReferrals(options));
  });

  it('returns the count asked for, answers under every question title and no labels', () => {
    const plain = generateReferrals({ ...OPTIONS, count: 50 });
    expect(plain).toHaveLength(50);
    expect(generateReferrals({ ...OPTIONS, count: 0 })).toEqual([]);
    for (const referral of plain) {
      expect(Object.keys(referral).sort()).toEqual(['answers', 'timestamp']);
      expect(Object.keys(referral.answers)).toEqual(referralForm.questions.map((q) => q.title));
    }
  });

  it('gives whole-second timestamps inside the period', () => {
    const outside = all.filter(
      ({ timestamp }) => timestamp < OPTIONS.start || timestamp >= OPTIONS.end || timestamp.getTime() % 1000 !== 0,
    );
    expect(outside).toEqual([]);
    const times = originals.map((referral) => referral.timestamp.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('answers choice questions with their choices: lists for checkboxes, the statement for the confirmation', () => {
    const problems: string[] = [];
    for (const referral of all) {
      for (const question of referralForm.questions) {
        const answer = referral.answers[question.title];
        const values = [answer].flat();
        if (Array.isArray(answer) !== (question.kind === 'multi')) problems.push(`${question.id}: list or not`);
        if (question.kind === 'confirm' && answer !== '' && answer !== question.statement) problems.push(question.id);
        const choices = (question as ChoiceQuestion).choices;
        if (choices?.kind === 'fixed' && answer !== '' && values.some((value) => !choices.values.includes(value))) {
          problems.push(`${question.id}: ${values.join(', ')}`);
        }
        if (question.id === 'organisation' && !PARTNERS.includes(answer as string)) problems.push(`${answer}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('answers every required question in the clean referrals, and tidily', () => {
    expect(clean.length).toBeGreaterThan(2000);
    const required = referralForm.questions.filter((q) => q.required);
    const problems = clean.flatMap((referral) => {
      const failed = [
        ...required.filter((question) => referral.answers[question.title].length === 0).map((q) => q.id),
        isTidyName(text(referral, 'firstName')) ? '' : 'firstName',
        isTidyName(text(referral, 'lastName')) ? '' : 'lastName',
        isValidPhone(text(referral, 'phone')) ? '' : 'phone',
        EMAIL.test(text(referral, 'referrerEmail')) ? '' : 'referrerEmail',
        /^$|^[a-z0-9._-]+@[a-z]+\.example$/.test(text(referral, 'email')) ? '' : 'email',
        placesOf(text(referral, 'postcode')).includes(text(referral, 'municipality')) ? '' : 'municipality',
        /^[\p{L}' -]+ \d+([A-C]| bus \d+)?$/u.test(text(referral, 'street')) ? '' : 'street',
        /^[=+\-@]/.test(text(referral, 'notes')) ? 'notes' : '',
      ].filter(Boolean);
      return failed.length > 0 ? [{ failed, answers: referral.answers }] : [];
    });
    expect(problems).toEqual([]);
  });

  it('makes about 15% messy, about 3% duplicates and about 60% from Eeklo', () => {
    const messyShare = (originals.length - clean.length) / originals.length;
    const duplicateShare = (all.length - originals.length) / all.length;
    const eeklo = clean.filter((referral) => text(referral, 'postcode') === '9900').length / clean.length;
    expect(messyShare).toBeGreaterThan(0.12);
    expect(messyShare).toBeLessThan(0.18);
    expect(duplicateShare).toBeGreaterThan(0.02);
    expect(duplicateShare).toBeLessThan(0.04);
    expect(eeklo).toBeGreaterThan(0.55);
    expect(eeklo).toBeLessThan(0.66);
    const seen = new Set(originals.flatMap((referral) => referral.messes));
    expect([...seen].sort()).toEqual([...MESSES].sort());
  });

  it('leaves optional questions empty now and then', () => {
    for (const id of ['email', 'callMoment', 'notes']) {
      const empty = clean.filter((referral) => text(referral, id) === '').length / clean.length;
      expect(empty).toBeGreaterThan(0.1);
      expect(empty).toBeLessThan(0.7);
    }
  });

  it('repeats an earlier referral exactly for a duplicate delivery', () => {
    const duplicates = all.filter((referral) => referral.duplicateOf !== undefined);
    for (const duplicate of duplicates) {
      const index = all.indexOf(duplicate);
      const original = all[duplicate.duplicateOf as number];
      expect(duplicate.duplicateOf).toBeLessThan(index);
      expect(original.duplicateOf).toBeUndefined();
      expect(duplicate.timestamp).toEqual(original.timestamp);
      expect(duplicate.answers).toEqual(original.answers);
      expect(duplicate.answers).not.toBe(original.answers);
    }
  });

  it('makes each kind of mess visible in the answers', () => {
    const checks: Record<Mess, (referral: LabelledReferral) => boolean> = {
      nameCase: (r) =>
        [text(r, 'firstName'), text(r, 'lastName')].some((n) => n === n.toUpperCase() || n === n.toLowerCase()),
      swappedNames: () => true,
      htmlName: (r) => /<\/?[a-z]+>/.test(text(r, 'firstName') + text(r, 'lastName')),
      doubleSpaces: (r) => /\s{2}/.test(text(r, 'street') + text(r, 'lastName')),
      outOfArea: (r) => placesOf(text(r, 'postcode')).length === 0,
      foreignSpelling: (r) => text(r, 'municipality').toLowerCase() in MUNICIPALITY_ALIASES,
      shortPhone: (r) => !isValidPhone(text(r, 'phone')),
      invalidEmail: (r) =>
        [text(r, 'email'), text(r, 'referrerEmail')].some((e) => e !== '' && !EMAIL.test(e) && !e.includes(' ')),
      twoEmails: (r) => [text(r, 'email'), text(r, 'referrerEmail')].some((e) => (e.match(/@/g) ?? []).length === 2),
      formulaNote: (r) => /^[=+\-@]/.test(text(r, 'notes')),
      consentMissing: (r) => r.answers[title('householdInformed')] === '',
    };
    for (const referral of originals) {
      for (const mess of referral.messes)
        expect({ mess, visible: checks[mess](referral) }).toEqual({ mess, visible: true });
    }
  });

  it('uses only .example mail domains, also in the messy answers', () => {
    const domains = all.flatMap((referral) =>
      [text(referral, 'email'), text(referral, 'referrerEmail')].flatMap((mail) =>
        [...mail.matchAll(/@+([^\s;,/]+\.[^\s;,/]+)/g)].map((match) => match[1]),
      ),
    );
    expect(domains.length).toBeGreaterThan(all.length);
    expect(domains.filter((domain) => !domain.endsWith('.example'))).toEqual([]);
  });

  it('gives referrers an address at their organisation', () => {
    for (const referral of clean.filter((r) => text(r, 'organisation') === 'Sociaal Huis Aalter')) {
      expect(text(referral, 'referrerEmail')).toMatch(/@sociaal-huis-aalter\.example$/);
    }
    const others = clean.filter((r) => text(r, 'organisation') === OTHER_ORGANISATION);
    expect(others.length).toBeGreaterThan(0);
    for (const referral of others) expect(text(referral, 'notes')).toMatch(/^Organisatie: /);
  });

  it('uses "Andere organisatie" when there are no partners', () => {
    const referrals = generateLabelledReferrals({ ...OPTIONS, count: 20, partners: [] });
    for (const referral of referrals) expect(text(referral, 'organisation')).toBe(OTHER_ORGANISATION);
  });

  it('refuses a negative count or an empty period', () => {
    expect(() => generateReferrals({ ...OPTIONS, count: -1 })).toThrow(/aantal/);
    expect(() => generateReferrals({ ...OPTIONS, end: OPTIONS.start })).toThrow(/periode/);
  });
});
