import fc from 'fast-check';
import { fieldLogForm } from '../../forms/fieldLog';
import { referralForm } from '../../forms/referral';
import type { Question } from '../../forms/types';
import { formatDay, parseDay } from '../../src/domain/common/day';
import { parseCategories, suggestRoute, tariffCategory } from '../../src/domain/eligibility/route';
import { compareForm, type LiveItem } from '../../src/domain/forms/drift';
import { checkCount } from '../../src/domain/forms/schema';
import { matchHousehold, phoneKey } from '../../src/domain/intake/householdMatch';
import { answersFromText, answersToText } from '../../src/domain/intake/reviewAnswers';

describe('counts (people reached, leaflets, devices)', () => {
  it('accepts every whole number, also with a thousands dot or spaces', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999 }), (n) => {
        const dotted = n.toLocaleString('de-DE');
        return [String(n), dotted, ` ${n} `].every((text) => {
          const r = checkCount(text);
          return r.ok && r.value === String(n);
        });
      }),
    );
  });
  it('refuses anything with a letter, a sign or a fraction', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        fc.pre(/[^\d\s.]/.test(s));
        return !checkCount(s).ok;
      }),
    );
  });
});

describe('days', () => {
  it('reads dd/mm/yyyy and yyyy-mm-dd of every real day, and writes it back', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(2000, 0, 1), max: new Date(2099, 11, 31), noInvalidDate: true }), (d) => {
        const day = new Date(d.getFullYear(), d.getMonth(), d.getDate());
        const iso = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
        return parseDay(formatDay(day)) === iso && parseDay(iso) === iso;
      }),
    );
  });
  it('refuses impossible days', () => {
    for (const text of ['31/02/2026', '00/01/2026', '2026-13-01', 'morgen', '']) expect(parseDay(text)).toBeNull();
  });
});

describe('eligibility', () => {
  it('never suggests the social tariff for a category that is not in the settings', () => {
    const rules = { entitledCategories: parseCategories('1, 2A'), essentialForIncreasedAllowance: true };
    fc.assert(
      fc.property(
        fc.constantFrom('1', '2A', '2B', '2C', '3', 'geen', 'onbekend'),
        fc.constantFrom('ja', 'nee', 'onbekend'),
        (c, vt) => {
          const advice = suggestRoute(c, vt as 'ja', rules);
          return (advice.route === 'Sociaal internetaanbod aanvragen bij de operator') === ['1', '2A'].includes(c);
        },
      ),
    );
  });
  it('keeps only the category of an answer', () => {
    expect(tariffCategory('2C – zorgtoeslag (minstens 4 punten)')).toBe('2C');
    expect(tariffCategory('Geen van deze')).toBe('geen');
    expect(tariffCategory('Weet ik niet')).toBe('onbekend');
  });
});

describe('household matching is symmetric in how a phone is written', () => {
  it('any notation of the same number links to the case', () => {
    fc.assert(
      fc.property(fc.integer({ min: 70, max: 99 }), fc.integer({ min: 0, max: 999_999 }), (p, n) => {
        const e = `+324${p}${String(n).padStart(6, '0')}`;
        const known = [
          { caseRef: 'DT-2026-0001', firstName: 'Jan', lastName: 'Peeters', phone: e, street: '', postcode: '9900' },
        ];
        const m = matchHousehold(
          {
            firstName: 'jan',
            lastName: 'PEETERS',
            phone: phoneKey(`+32 4${p} ${String(n).padStart(6, '0')}`),
            street: '',
            postcode: '9900',
          },
          known,
        );
        return m.kind === 'same';
      }),
    );
  });
});

describe('review answers', () => {
  it('round-trip through the review cell, also with line breaks in a paragraph', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (name, notes) => {
        fc.pre(
          !notes.includes(':') &&
            !/^\s|\s$/.test(notes) &&
            !/\n\s*\n/.test(notes) &&
            !/^\s|\s$/.test(name) &&
            !/[\r\n]/.test(name),
        );
        const answers: Record<string, string> = {};
        for (const q of referralForm.questions) answers[q.title] = '';
        answers['Uw naam'] = name;
        answers.Opmerkingen = notes.replace(/\r/g, '');
        const back = answersFromText(referralForm, answersToText(answers));
        return back['Uw naam'] === name && back.Opmerkingen === answers.Opmerkingen;
      }),
    );
  });
});

describe('form drift', () => {
  const live = (): LiveItem[] =>
    fieldLogForm.questions.map((q) => ({
      title: q.title,
      kind: q.kind,
      required: q.required,
      choices: q.kind === 'list' || q.kind === 'single' ? choicesOf(q) : undefined,
    }));
  function choicesOf(q: Question): readonly string[] {
    return 'choices' in q && q.choices.kind === 'fixed' ? q.choices.values : ['Flyer', 'Infostand'];
  }

  it('says nothing when the live form matches', () => {
    expect(compareForm(fieldLogForm, live(), choicesOf)).toEqual([]);
  });
  it('names a renamed, a removed and an added question, a changed kind, requiredness and choices', () => {
    const items = live();
    items[2] = { ...items[2], title: 'Waar was het?' }; // renamed
    items.splice(6, 1); // removed: registrations on the spot
    items.push({ title: 'Weer', kind: 'text', required: false }); // added
    items[4] = { ...items[4], kind: 'paragraph' };
    items[1] = { ...items[1], required: false };
    items[0] = { ...items[0], choices: ['Flyer', 'Facebook'] };
    expect(compareForm(fieldLogForm, items, choicesOf)).toEqual([
      'Vraag "Welke actie?" is gewijzigd: keuze "Infostand" ontbreekt.',
      'Vraag "Welke actie?" is gewijzigd: nieuwe keuze "Facebook".',
      'Vraag "Datum" is gewijzigd: ze is nu niet verplicht, dat moet verplicht zijn.',
      'Vraag "Met hoeveel mensen sprak u?" is gewijzigd: het is nu lange tekst, het moet korte tekst zijn.',
      'Vraag 3 is hernoemd: "Waar?" heet nu "Waar was het?". Antwoorden op deze vraag worden niet meer gelezen.',
      'Vraag "Hoeveel aanmeldingen nam u ter plaatse op?" is verwijderd uit het formulier. Zonder deze vraag kan het script de antwoorden niet verwerken.',
      'Vraag "Weer" is toegevoegd in het formulier, maar staat niet in de definitie. Dit antwoord wordt niet gelezen.',
    ]);
  });
});
