import { referralForm } from '../../forms/referral';
import { checkPhone } from '../../src/domain/common/phone';
import type { HouseholdFacts, KnownHousehold } from '../../src/domain/intake/householdMatch';
import { generateLabelledReferrals } from '../../src/local/demoReferrals';
import { Dice } from '../../src/local/dice';

/**
 * A generated set of households with known duplicates, for measuring household matching. Base households come
 * from the demo referral generator (realistic Eeklo-area names, addresses, phones). Probes are:
 * - true duplicates of a base household, written differently (phone in another format or a new phone, swapped
 *   names, no accents, capitals, a typo, double spaces, an abbreviated street, no street at all);
 * - hard non-duplicates (a family member elsewhere, a neighbour in the same building, a namesake in another
 *   town, a different person using the same street and number);
 * - fresh households.
 */

export interface Probe {
  facts: HouseholdFacts;
  /** The case this probe really belongs to, or null. */
  truth: string | null;
  kind: string;
}

const title = (id: string) => referralForm.questions.find((q) => q.id === id)!.title;

function e164(raw: string): string {
  const r = checkPhone(raw);
  return r.ok ? r.e164 : '';
}

const stripAccents = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

function typo(dice: Dice, word: string): string {
  if (word.length < 5) return word;
  const i = dice.int(1, word.length - 2);
  return dice.chance(0.5) ? word.slice(0, i) + word.slice(i + 1) : word.slice(0, i) + word[i] + word.slice(i);
}

function otherFormat(dice: Dice, e: string): string {
  const national = `0${e.slice(3)}`;
  return dice.pick([
    national,
    `+32 ${e.slice(3)}`,
    `0032${e.slice(3)}`,
    `${national.slice(0, 4)}/${national.slice(4)}`,
  ]);
}

function newMobile(dice: Dice): string {
  return `+324${dice.int(70, 99)}${String(dice.int(0, 999999)).padStart(6, '0')}`;
}

export function householdCorpus(seed: number, bases = 400) {
  const dice = new Dice(seed);
  const generated = generateLabelledReferrals({
    count: bases * 2,
    seed,
    start: new Date(2026, 0, 1),
    end: new Date(2026, 11, 31),
    partners: ['Sociaal Huis Eeklo (OCMW)'],
  }).filter((r) => r.messes.length === 0 && r.duplicateOf === undefined);

  const known: KnownHousehold[] = [];
  const seenPhones = new Set<string>();
  for (const r of generated) {
    if (known.length === bases) break;
    const phone = e164(String(r.answers[title('phone')]));
    if (!phone || seenPhones.has(phone)) continue;
    seenPhones.add(phone);
    known.push({
      caseRef: `DT-2026-${String(known.length + 1).padStart(4, '0')}`,
      firstName: String(r.answers[title('firstName')]),
      lastName: String(r.answers[title('lastName')]),
      phone,
      street: String(r.answers[title('street')]),
      postcode: String(r.answers[title('postcode')]),
    });
  }
  const fresh = generated.slice(known.length + 50).slice(0, Math.round(bases / 2));

  const probes: Probe[] = [];
  for (const base of known) {
    if (dice.chance(0.35)) {
      let { firstName, lastName, street } = base;
      const changes: string[] = [];
      const keepsPhone = dice.chance(0.6);
      if (dice.chance(0.25)) [firstName, lastName] = [lastName, firstName];
      if (dice.chance(0.3)) [firstName, lastName] = [stripAccents(firstName), stripAccents(lastName)];
      if (dice.chance(0.3)) [firstName, lastName] = [firstName.toLowerCase(), lastName.toUpperCase()];
      if (dice.chance(0.2)) lastName = typo(dice, lastName);
      if (dice.chance(0.15)) lastName = `${lastName}  `;
      if (dice.chance(0.2)) street = street.replace(/straat\b/, 'str.');
      if (!keepsPhone && dice.chance(0.15)) street = '';
      changes.push(keepsPhone ? 'same phone' : 'new phone');
      probes.push({
        facts: {
          firstName,
          lastName,
          street,
          postcode: base.postcode,
          phone: keepsPhone ? e164(otherFormat(dice, base.phone)) : newMobile(dice),
        },
        truth: base.caseRef,
        kind: `duplicate (${changes.join(', ')}${street === '' ? ', no street' : ''})`,
      });
    }
    if (dice.chance(0.08)) {
      const other = dice.pick(known);
      probes.push({
        facts: {
          ...other,
          firstName: dice.pick(['Sofie', 'Omar', 'Elif', 'Tom', 'Nour']),
          lastName: base.lastName,
          phone: newMobile(dice),
        },
        truth: null,
        kind: 'family member elsewhere',
      });
    }
    if (dice.chance(0.05)) {
      probes.push({
        facts: {
          ...base,
          phone: newMobile(dice),
          postcode: base.postcode === '9000' ? '9900' : '9000',
          street: 'Brabantdam 5',
        },
        truth: null,
        kind: 'namesake in another town',
      });
    }
    if (dice.chance(0.05)) {
      const other = dice.pick(fresh);
      probes.push({
        facts: {
          firstName: String(other.answers[title('firstName')]),
          lastName: String(other.answers[title('lastName')]),
          phone: newMobile(dice),
          street: base.street,
          postcode: base.postcode,
        },
        truth: null,
        kind: 'other person, same address',
      });
    }
  }
  for (const r of fresh) {
    probes.push({
      facts: {
        firstName: String(r.answers[title('firstName')]),
        lastName: String(r.answers[title('lastName')]),
        phone: newMobile(dice),
        street: String(r.answers[title('street')]),
        postcode: String(r.answers[title('postcode')]),
      },
      truth: null,
      kind: 'fresh household',
    });
  }
  return { known, probes };
}
