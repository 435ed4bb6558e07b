import { donationForm } from '../../forms/donation';
import { fieldLogForm } from '../../forms/fieldLog';
import { OUTREACH_ACTIONS } from '../../forms/outreach';
import { referralForm } from '../../forms/referral';
import { registrationForm } from '../../forms/registration';
import type { FormDefinition } from '../../forms/types';
import { donationAnswers, fieldLogAnswers, registrationAnswers } from '../support/formAnswers';
import { referralAnswers } from '../support/referralAnswers';
import { brusselsDay } from '../support/zone';
import { setUpSheet, tabRows } from './harness';

type Answers = Record<string, string | string[]>;
type World = ReturnType<typeof setUpSheet>['world'];

/** Google Forms leaves unanswered questions out of a response. */
const answered = (answers: Answers) =>
  Object.fromEntries(Object.entries(answers).filter(([, v]) => (Array.isArray(v) ? v.length > 0 : v !== '')));
const formId = (world: World, form: FormDefinition) => world.properties[`form.${form.key}.id`]!;
const submit = (world: World, form: FormDefinition, answers: Answers, at?: Date) =>
  world.submitForm(formId(world, form), answered(answers), at ? { timestamp: at } : {});
const submitSilently = (world: World, form: FormDefinition, answers: Answers, at?: Date) =>
  world.submitFormSilently(formId(world, form), answered(answers), at ? { timestamp: at } : {});

describe('intake forms in the bundle', () => {
  it('setup builds the four forms; the channel and action lists come from the Acties tab', () => {
    const { world } = setUpSheet();
    expect(tabRows(world, 'Acties').map((r) => r.Actie)).toEqual(OUTREACH_ACTIONS.map((a) => a.name));
    for (const def of [referralForm, registrationForm, donationForm, fieldLogForm]) {
      const form = world.forms.find((f) => f.getId() === formId(world, def))!;
      expect(form.getItems().map((i) => i.getTitle())).toEqual(def.questions.map((q) => q.title));
      expect(world.sheetNames()).toContain(def.responseTab);
    }
    const registration = world.forms.find((f) => f.getId() === formId(world, registrationForm))!;
    const heard = registration
      .getItems()
      .find((i) => i.getTitle() === 'Hoe hoorde u van ons?')!
      .asMultipleChoiceItem();
    expect(heard.getChoices().map((c) => c.getValue())).toEqual([
      ...OUTREACH_ACTIONS.map((a) => a.heardVia),
      'Weet ik niet meer',
    ]);
    expect(heard.hasOtherOption()).toBe(true);
  });

  it('a self-registration creates a case; the same household referred later is linked, not duplicated', () => {
    const { world } = setUpSheet();
    submit(world, registrationForm, registrationAnswers({ phone: '0470123456' }), new Date('2026-11-20T10:00:00Z'));
    expect(tabRows(world, 'Dossiers')).toHaveLength(1);
    expect(tabRows(world, 'Aanmeldingen')[0]).toMatchObject({ Dossiernummer: 'DT-2026-0001', Actiecode: 'A02' });

    // the same household (phone and address) written otherwise: names swapped, capitals, +32
    const referral = referralAnswers({
      firstName: 'YILMAZ',
      lastName: 'mehmet',
      phone: '+32 470 12 34 56',
      street: 'Stationsstraat 12',
    });
    submit(world, referralForm, referral as Answers, new Date('2026-11-21T10:00:00Z'));
    expect(tabRows(world, 'Dossiers')).toHaveLength(1);
    expect(tabRows(world, 'Doorverwijzingen')[0]).toMatchObject({
      Dossiernummer: 'DT-2026-0001',
      Koppeling: 'Bestaand dossier (zelfde naam, telefoonnummer en adres)',
    });
    // the referrer still gets the confirmation, with the existing case number
    expect(world.sentMails.map((m) => m.subject)).toEqual(['Doorverwijzing ontvangen – dossier DT-2026-0001']);
    // the referral knew the category: the case now has a route
    expect(tabRows(world, 'Dossiers')[0]['Voorgestelde route']).toBe('Eerst nagaan');
  });

  it('a donation becomes one row in Schenkingen with its number', () => {
    const { world } = setUpSheet();
    submit(world, donationForm, donationAnswers(), new Date('2026-11-20T10:00:00Z'));
    expect(tabRows(world, 'Schenkingen')[0]).toMatchObject({
      Schenkingsnummer: 'SCH-2026-0001',
      Schenker: 'Bakkerij Vandamme bv',
      'Aantal toestellen': 3,
      'Akkoord gegevens wissen': 'ja',
    });
  });

  it('a field note becomes one row in Veldwerk with the action code; a formula stays text', () => {
    const { world } = setUpSheet();
    submit(world, fieldLogForm, fieldLogAnswers({ notes: '=IMPORTDATA("http://x.example")' }));
    const [row] = tabRows(world, 'Veldwerk');
    expect(row).toMatchObject({ Actie: 'Infostand', Actiecode: 'A13', 'Bereikte mensen': 23 });
    expect(row.Datum).toBeInstanceOf(Object);
    expect(brusselsDay(row.Datum as Date).slice(8)).toBe('24');
    // neutralised: stored as text, not as a formula
    expect(row.Notities).toBe('=IMPORTDATA("http://x.example")');
    const notes = world.sheetValues('Veldwerk')[0].indexOf('Notities') + 1;
    expect(world.sheet('Veldwerk').getRange(2, notes).getFormula()).toBe('');
  });

  it('a field note about helping one household also becomes a support session in Ondersteuning', () => {
    const { world } = setUpSheet();
    submit(world, referralForm, referralAnswers() as Answers, new Date('2026-11-20T10:00:00Z'));
    const help = {
      supportCaseRef: 'DT-2026-0001',
      supportTopic: 'E-mailadres',
      supportPlace: 'Digipunt',
      supportMinutes: '30',
    };
    const response = submit(world, fieldLogForm, fieldLogAnswers(help), new Date('2026-11-24T15:00:00Z'));
    world.deliver(...response.events);
    expect(tabRows(world, 'Veldwerk')).toHaveLength(1);
    const sessions = tabRows(world, 'Ondersteuning');
    expect(sessions).toHaveLength(1);
    expect(sessions[0]).toMatchObject({
      Dossiernummer: 'DT-2026-0001',
      Onderwerp: 'E-mailadres',
      Waar: 'Digipunt',
      'Duur (minuten)': 30,
    });
  });
});

describe('reconciler in the bundle', () => {
  it('takes in responses whose trigger never fired, from the menu, and tells the worker', () => {
    const { world } = setUpSheet();
    submitSilently(world, registrationForm, registrationAnswers());
    submitSilently(world, donationForm, donationAnswers());
    expect(world.run('reconcileResponses')).toContain('Nieuw verwerkt: 2');
    expect(tabRows(world, 'Aanmeldingen')).toHaveLength(1);
    expect(tabRows(world, 'Schenkingen')).toHaveLength(1);
    expect(world.alerts.length).toBeGreaterThan(0);
    world.run('reconcileResponses');
    expect(tabRows(world, 'Schenkingen')).toHaveLength(1);
  });

  it('a phone Sheets turned into a number: the trigger took it in, the reconciler knows the row; a missed one is read right', () => {
    const { world } = setUpSheet();
    submit(world, registrationForm, registrationAnswers({ phone: '0470123456' }));
    const rawPhone = tabRows(world, registrationForm.responseTab)[0]['Uw telefoonnummer'];
    expect(typeof rawPhone).toBe('number'); // 470123456: the leading zero is gone in the response tab
    world.run('reconcileResponses');
    expect(tabRows(world, 'Aanmeldingen')).toHaveLength(1);

    submitSilently(
      world,
      registrationForm,
      registrationAnswers({ firstName: 'Olena', lastName: 'Melnyk', phone: '0486554433', street: 'Kerkstraat 4' }),
    );
    world.run('reconcileResponses');
    expect(tabRows(world, 'Dossiers').map((r) => r.Telefoon)).toEqual(['+32 470 12 34 56', '+32 486 55 44 33']);
  });

  it('out of time: saves a cursor and keeps exactly one continuation trigger until done', () => {
    const { world } = setUpSheet();
    world.properties['reconcile.budgetMs'] = '0';
    const names = [
      ['Jan', 'Peeters'],
      ['Olena', 'Melnyk'],
      ['Said', 'Bouzid'],
    ];
    names.forEach(([firstName, lastName], i) => {
      const street = `Markt ${i + 1}`;
      submitSilently(
        world,
        registrationForm,
        registrationAnswers({ firstName, lastName, phone: `0470 00 00 1${i}`, street }),
      );
    });
    world.run('reconcileResponses');
    const continuations = () =>
      world.triggers.filter((t) => t.getHandlerFunction() === 'reconcileContinue' && !t.spent);
    expect(tabRows(world, 'Aanmeldingen')).toHaveLength(1);
    expect(world.properties['reconcile.cursor']).toBeDefined();
    expect(continuations()).toHaveLength(1);

    for (let i = 0; i < 5 && world.properties['reconcile.cursor']; i++) {
      world.advance(61_000);
      world.runClockTriggers();
      expect(continuations().length).toBeLessThanOrEqual(1);
    }
    expect(tabRows(world, 'Aanmeldingen')).toHaveLength(3);
    expect(world.properties['reconcile.cursor']).toBeUndefined();
    expect(world.triggers.filter((t) => t.getHandlerFunction() === 'reconcileContinue')).toHaveLength(0);
    expect(world.triggers.filter((t) => t.getHandlerFunction() === 'reconcileResponses')).toHaveLength(1);
  });
});

describe('Te controleren in the bundle', () => {
  it('the worker corrects a refused answer and re-processes it from the menu: once', () => {
    const { world } = setUpSheet();
    submit(world, registrationForm, registrationAnswers({ postcode: '99000' }));
    const review = world.sheet('Te controleren');
    const headers = world.sheetValues('Te controleren')[0].map(String);
    const col = (h: string) => headers.indexOf(h) + 1;
    expect(String(review.getRange(2, col('Reden')).getValue())).toContain('geen Belgische postcode');
    // the Status column offers the review statuses as a dropdown
    const rule = review.getRange(2, col('Status')).getDataValidation()!;
    expect(rule.getCriteriaValues()[0]).toEqual(['Open', 'Opnieuw verwerken', 'Verwerkt']);
    const answers = String(review.getRange(2, col('Antwoorden')).getValue());
    review.getRange(2, col('Antwoorden')).setValue(answers.replace('Uw postcode: 99000', 'Uw postcode: 9900'));
    review.getRange(2, col('Status')).setValue('Opnieuw verwerken');

    expect(world.run('reprocessReviewRows')).toBe('Verwerkt: 1. Nog te controleren: 0.');
    expect(tabRows(world, 'Te controleren')[0]).toMatchObject({ Status: 'Verwerkt', Resultaat: 'DT-2026-0001' });
    expect(tabRows(world, 'Dossiers')).toHaveLength(1);
    world.run('reprocessReviewRows');
    world.run('reconcileResponses');
    expect(tabRows(world, 'Dossiers')).toHaveLength(1);
    // the raw response is untouched
    expect(tabRows(world, registrationForm.responseTab)[0]['Uw postcode']).toBe(99000);
  });
});

describe('form drift in the bundle', () => {
  it('setup finds nothing; a hand edit in Google Forms is reported in Dutch', () => {
    const { world, fns } = setUpSheet();
    const setupReport = world.run('setup') as { drift: Array<{ changes: string[] }> };
    expect(setupReport.drift.every((r) => r.changes.length === 0)).toBe(true);

    const form = world.forms.find((f) => f.getId() === formId(world, fieldLogForm))!;
    form.getItems()[2].asTextItem().setTitle('Waar was het?');
    form.addTextItem().setTitle('Weer');
    const reports = world.run('checkForms') as Array<{ form: string; changes: string[] }>;
    const fieldLog = reports.find((r) => r.form === fieldLogForm.title)!;
    expect(fieldLog.changes).toEqual([
      'Vraag 3 is hernoemd: "Waar?" heet nu "Waar was het?". Antwoorden op deze vraag worden niet meer gelezen.',
      'Vraag "Weer" is toegevoegd in het formulier, maar staat niet in de definitie. Dit antwoord wordt niet gelezen.',
    ]);
    expect(JSON.stringify(world.alerts)).toContain('Vraag 3 is hernoemd');
    expect(typeof fns.checkForms).toBe('function');
  });
});
