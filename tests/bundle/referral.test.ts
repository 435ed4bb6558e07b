import { referralForm } from '../../forms/referral';
import { MAIL_STATUS } from '../../src/domain/messages/status';
import { referralAnswers } from '../support/referralAnswers';
import { setUpSheet, tabRows } from './harness';

type Answers = Record<string, string | string[]>;
const answers = (overrides = {}) => referralAnswers(overrides) as Answers;

describe('a partner referral through the bundle (form submit → register → e-mail)', () => {
  it('flows from the Google Form to the register and the referrer’s inbox', () => {
    const { world, formId } = setUpSheet();
    world.submitForm(formId, answers(), { timestamp: new Date('2026-11-26T14:03:07Z') });

    const [c] = tabRows(world, 'Dossiers');
    expect(c).toMatchObject({
      Dossiernummer: 'DT-2026-0001',
      Voornaam: 'Fatima',
      Familienaam: 'El Amrani',
      Telefoon: '+32 470 12 34 56',
      Gemeente: 'Eeklo',
      Status: 'Aangemeld',
    });
    expect(String(c.Postcode)).toBe('9900');
    expect(tabRows(world, 'Doorverwijzingen')[0]).toMatchObject({
      Dossiernummer: 'DT-2026-0001',
      'E-mail doorverwijzer': 'an.declercq@sociaalhuis-eeklo.example',
    });
    expect(tabRows(world, 'Berichten')[0]).toMatchObject({ Status: MAIL_STATUS.sent, Dossiernummer: 'DT-2026-0001' });

    expect(world.sentMails).toHaveLength(1);
    const mail = world.sentMails[0];
    expect(mail.to).toBe('an.declercq@sociaalhuis-eeklo.example');
    expect(mail.subject).toBe('Doorverwijzing ontvangen – dossier DT-2026-0001');
    expect(mail.body).toContain('De projectmedewerker belt Fatima');
    expect(mail.htmlBody).toContain('<ol>');
    expect(mail.body).not.toMatch(/El Amrani|470|Zuidmoerstraat/);
    expect(world.executions.every((e) => !e.error)).toBe(true);
  });

  it('the same response delivered twice: one row, one e-mail', () => {
    const { world, formId } = setUpSheet();
    const response = world.submitForm(formId, answers());
    world.deliver(...response.events);
    expect(tabRows(world, 'Dossiers')).toHaveLength(1);
    expect(world.sentMails).toHaveLength(1);
  });

  it('the form-trigger shape of the same response is recognised as the same response', () => {
    const { world, formId, fns } = setUpSheet();
    const response = world.submitForm(formId, answers());
    const form = world.forms.find((f) => f.getId() === formId)!;
    expect(fns.handleFormSubmit({ response, source: form })).toMatchObject({ kind: 'duplicate' });
    expect(tabRows(world, 'Dossiers')).toHaveLength(1);
    expect(world.sentMails).toHaveLength(1);
  });

  it('a form-trigger event alone registers the case too', () => {
    const { world, formId, fns } = setUpSheet();
    const response = world.submitFormSilently(formId, answers());
    const form = world.forms.find((f) => f.getId() === formId)!;
    expect(fns.handleFormSubmit({ response, source: form })).toMatchObject({
      kind: 'registered',
      caseRef: expect.stringMatching(/^DT-/),
    });
    expect(world.sentMails).toHaveLength(1);
  });

  it('two deliveries at once: the second finds the lock held, changes nothing, and the response is taken in later', () => {
    const { world, formId } = setUpSheet();
    world.faults.holdLock();
    const response = world.submitForm(formId, answers());
    expect(tabRows(world, 'Dossiers')).toHaveLength(0);
    expect(world.sentMails).toHaveLength(0);
    world.faults.releaseHeldLock();
    world.deliver(...response.events, ...response.events);
    expect(tabRows(world, 'Dossiers')).toHaveLength(1);
    expect(world.sentMails).toHaveLength(1);
  });

  it('ignores a blank event', () => {
    const { world, formId, fns } = setUpSheet();
    const response = world.submitForm(formId, answers());
    const event = response.events[0].event as {
      namedValues: Record<string, string[]>;
      values: string[];
      range: unknown;
    };
    const blankNamed = Object.fromEntries(Object.keys(event.namedValues).map((k) => [k, ['']]));
    expect(fns.handleFormSubmit({ ...event, namedValues: blankNamed, values: [] })).toEqual({ kind: 'blank' });
    expect(tabRows(world, 'Te controleren')).toHaveLength(0);
  });

  it.each([
    ['an invalid e-mail', { referrerEmail: 'jan.peeters@' }, 'geen geldig e-mailadres'],
    ['two e-mail addresses', { referrerEmail: 'a@x.example; b@y.example' }, 'Vul één e-mailadres in'],
    ['an invalid phone', { phone: '047012' }, 'geen geldig telefoonnummer'],
    ['an invalid postcode', { postcode: '99' }, 'geen Belgische postcode'],
  ])('%s goes to Te controleren with the reason in Dutch', (_label, override, reason) => {
    const { world, formId } = setUpSheet();
    // the live form checks e-mail addresses too; the script must not rely on that (the worker may remove it)
    world.submitForm(formId, answers(override), { skipValidation: true });
    const [row] = tabRows(world, 'Te controleren');
    expect(String(row.Reden)).toContain(reason);
    expect(row).toMatchObject({ Antwoordtab: referralForm.responseTab, 'Rij in antwoordtab': 2, Status: 'Open' });
    expect(tabRows(world, 'Dossiers')).toHaveLength(0);
    expect(world.sentMails).toHaveLength(0);
  });

  it('stores formula-looking input as text and reads it back unchanged', () => {
    const { world, formId } = setUpSheet();
    const notes = '=IMPORTDATA("http://x")';
    world.submitForm(formId, answers({ notes, firstName: '@foo', lastName: "'t Hooft", street: '+32 470 12 34 56' }));
    const [c] = tabRows(world, 'Dossiers');
    expect(c).toMatchObject({
      Voornaam: '@foo',
      Familienaam: "'T Hooft",
      Telefoon: '+32 470 12 34 56',
      'Straat en nummer': '+32 470 12 34 56',
    });
    expect(tabRows(world, 'Doorverwijzingen')[0].Opmerkingen).toBe(notes);
    for (const tab of ['Dossiers', 'Doorverwijzingen']) {
      const sheet = world.sheet(tab)!;
      const formulas = sheet.getDataRange().getFormulas().flat().filter(Boolean);
      expect(formulas).toEqual([]);
    }
  });

  it('escapes HTML in a name in the e-mail', () => {
    const { world, formId } = setUpSheet();
    world.submitForm(formId, answers({ referrerName: '<script>alert(1)</script>' }));
    expect(world.sentMails[0].htmlBody).not.toMatch(/<script/i);
    expect(world.sentMails[0].htmlBody).toContain('&lt;script&gt;');
  });

  it('a mail error is recorded in Berichten, and the case is registered', () => {
    const { world, formId } = setUpSheet();
    world.faults.failAt('MailApp.sendEmail', 1, new Error('Service unavailable'));
    world.submitForm(formId, answers());
    expect(tabRows(world, 'Dossiers')).toHaveLength(1);
    expect(tabRows(world, 'Berichten')[0]).toMatchObject({ Status: MAIL_STATUS.failed, Fout: 'Service unavailable' });
  });

  it('a crash right after the mail left: the rerun never sends it again', () => {
    const { world, formId } = setUpSheet();
    // the write that marks the mail as sent fails after MailApp.sendEmail succeeded
    world.faults.failAt('Range.setValues', 5);
    const response = (() => {
      try {
        return world.submitForm(formId, answers());
      } catch {
        return null;
      }
    })();
    expect(response).toBeNull();
    // The failed execution told the worker (issue 13); the confirmation itself went once.
    const confirmations = () => world.sentMails.filter((m) => m.subject.startsWith('Doorverwijzing ontvangen'));
    expect(confirmations()).toHaveLength(1);
    expect(world.sentMails.filter((m) => m.subject.startsWith('Digi.Taal: er ging iets mis'))).toHaveLength(1);
    const events = world.executions.filter((e) => e.functionName === 'handleFormSubmit');
    world.deliver({
      functionName: 'handleFormSubmit',
      triggerUid: 'x',
      event: events[0].event as Record<string, unknown>,
    });
    expect(confirmations()).toHaveLength(1);
    expect(tabRows(world, 'Dossiers')).toHaveLength(1);
    expect(tabRows(world, 'Berichten')[0].Status).toBe(MAIL_STATUS.unknown);
  });

  it('no e-mail quota left: the case is registered and the mail waits', () => {
    const { world, formId } = setUpSheet({ mailQuota: 0 });
    world.submitForm(formId, answers());
    expect(tabRows(world, 'Dossiers')).toHaveLength(1);
    expect(tabRows(world, 'Berichten')[0].Status).toBe(MAIL_STATUS.pending);
    expect(world.sentMails).toHaveLength(0);
    // the next morning's daily run sends it, once
    world.faults.setMailQuota(100);
    world.run('dailyRun');
    world.run('dailyRun');
    expect(world.sentMails.filter((m) => m.subject.startsWith('Doorverwijzing ontvangen'))).toHaveLength(1);
    expect(tabRows(world, 'Berichten')[0].Status).toBe(MAIL_STATUS.sent);
  });
});

describe('service calls for one submission', () => {
  function callsWithRegisterOf(existing: number): number {
    const { world, formId } = setUpSheet();
    const cases = Array.from({ length: existing }, (_, i) => [
      `DT-2026-${String(i + 1).padStart(4, '0')}`,
      new Date(),
      `Naam${i}`,
    ]);
    const sheet = world.sheet('Dossiers')!;
    const headers = world.sheetValues('Dossiers')[0];
    // Empty rows below the cases, as the adapter leaves them (it grows a full tab by 500 rows at a time).
    world.seedSheet('Dossiers', [headers, ...cases.map((c) => [...c, ...Array(headers.length - 3).fill('')])], {
      spare: 100,
    });
    expect(sheet.getLastRow()).toBe(existing + 1);
    world.calls.reset();
    world.submitForm(formId, answers({ phone: '0499 99 99 99' }));
    expect(tabRows(world, 'Dossiers')).toHaveLength(existing + 1);
    return world.calls.byService().SpreadsheetApp ?? 0;
  }

  it('are bounded and do not grow with the register (10 vs 5,000 rows)', () => {
    const small = callsWithRegisterOf(10);
    const large = callsWithRegisterOf(5000);
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(40);
  });

  it('a full Dossiers grows by a block of rows once, keeping its dropdowns; the next referrals cost the usual calls', () => {
    const { world, formId } = setUpSheet();
    const headers = world.sheetValues('Dossiers')[0];
    const statusColumn = headers.indexOf('Status') + 1;
    const cases = Array.from({ length: 1199 }, (_, i) => [
      `DT-2026-${String(i + 1).padStart(4, '0')}`,
      new Date(),
      `N${i}`,
    ]);
    world.seedSheet('Dossiers', [headers, ...cases.map((c) => [...c, ...Array(headers.length - 3).fill('')])]);
    world.run('setup'); // dropdowns over the whole (now full) sheet
    const sheet = world.sheet('Dossiers');
    expect(sheet.getMaxRows()).toBe(1200);
    world.calls.reset();
    world.submitForm(formId, answers({ phone: '0499 99 99 91' }));
    const growing = world.calls.byService().SpreadsheetApp ?? 0;
    expect(world.calls.count('Sheet.insertRowsAfter')).toBe(1);
    expect(sheet.getMaxRows()).toBe(1700);
    expect(sheet.getRange(1201, statusColumn).getDataValidation()).not.toBeNull();
    expect(sheet.getRange(1700, statusColumn).getDataValidation()).not.toBeNull();
    world.calls.reset();
    world.submitForm(
      formId,
      answers({ phone: '0499 99 99 92', firstName: 'Ander', lastName: 'Gezin', street: 'Molenstraat 9' }),
    );
    const usual = world.calls.byService().SpreadsheetApp ?? 0;
    expect(world.calls.count('Sheet.insertRowsAfter')).toBe(0);
    expect(growing - usual).toBeLessThanOrEqual(7);
    expect(tabRows(world, 'Dossiers')).toHaveLength(1201);
  });
});
