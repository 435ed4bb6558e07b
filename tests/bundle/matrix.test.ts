import { fieldLogForm } from '../../forms/fieldLog';
import { OUTREACH_ACTIONS } from '../../forms/outreach';
import { registrationForm } from '../../forms/registration';
import { DEFAULT_TARGET_GROUPS } from '../../src/domain/matrix/defaults';
import { COVERAGE_LABEL } from '../../src/domain/matrix/texts';
import type { GasWorld } from '../fakes';
import { conditionalBackground } from '../fakes/conditional-format';
import { fieldLogAnswers, registrationAnswers } from '../support/formAnswers';
import { loadBundle, tabRows } from './harness';

/**
 * The outreach matrix in the built bundle (what clasp pushes), in a vm whose only globals are the fakes (ranges
 * past the sheet's dimensions refused, the script's clock and zone), as strict as Google.
 */
function boot() {
  const { world } = loadBundle({ now: new Date('2026-11-27T09:00:00+01:00') });
  world.run('setup');
  return world;
}

function headerOf(world: GasWorld, tab: string): string[] {
  return (world.sheetValues(tab)[0] ?? []).map(String);
}

function setCell(world: GasWorld, tab: string, row: number, header: string, value: unknown) {
  const column = headerOf(world, tab).indexOf(header) + 1;
  if (column < 1) throw new Error(`no column ${header}`);
  world.sheet(tab).writeCell(row, column, value);
}

function logField(world: GasWorld, action: string, date: string, reached = '12') {
  world.submitForm(
    world.properties[`form.${fieldLogForm.key}.id`],
    fieldLogAnswers({ action, date, peopleReached: reached }),
  );
}

describe('bundle: outreach matrix', () => {
  it('setup seeds Doelgroepen and Planning once, with dropdowns and settings; a second setup keeps her edits', () => {
    const world = boot();
    expect(tabRows(world, 'Doelgroepen').map((r) => r.Doelgroep)).toEqual(DEFAULT_TARGET_GROUPS.map((g) => g.name));
    expect(tabRows(world, 'Planning').map((r) => r.Actiecode)).toEqual(OUTREACH_ACTIONS.map((a) => a.code));
    const status = world
      .sheet('Planning')
      .getRange(2, headerOf(world, 'Planning').indexOf('Status') + 1)
      .getDataValidation();
    expect(status?.getCriteriaValues()[0]).toEqual(['gepland', 'gedaan', 'geschrapt']);
    expect(status?.getAllowInvalid()).toBe(false);
    const frequency = world
      .sheet('Planning')
      .getRange(5, headerOf(world, 'Planning').indexOf('Frequentie') + 1)
      .getDataValidation();
    expect(frequency?.getCriteriaValues()[0]).toContain('elke maand');
    const groups = world
      .sheet('Planning')
      .getRange(3, headerOf(world, 'Planning').indexOf('Doelgroepen') + 1)
      .getDataValidation();
    expect(groups?.getCriteriaValues()[0]).toContain('Senioren');
    expect(tabRows(world, 'Instellingen').map((r) => r.Instelling)).toContain('Outreachmatrix: weken zonder actie');

    // The worker: a note, her own column, two rows swapped, a group removed.
    setCell(world, 'Doelgroepen', 2, 'Notities', 'vooral via de school');
    const planning = world.sheet('Planning');
    const width = planning.getLastColumn();
    planning.getRange(1, width + 1).setValue('Mijn kolom');
    planning.getRange(2, width + 1).setValue('bellen met Els');
    const row2 = planning.getRange(2, 1, 1, width + 1).getValues();
    const row3 = planning.getRange(3, 1, 1, width + 1).getValues();
    planning.getRange(2, 1, 1, width + 1).setValues(row3);
    planning.getRange(3, 1, 1, width + 1).setValues(row2);
    world.sheet('Doelgroepen').getRange(9, 1, 1, 4).clearContent();
    const before = { groups: world.sheetValues('Doelgroepen'), planning: world.sheetValues('Planning') };
    world.run('setup');
    expect(world.sheetValues('Doelgroepen')).toEqual(before.groups);
    expect(world.sheetValues('Planning')).toEqual(before.planning);
  });

  it('a field note marks the planned action done; the Matrix tab names every action and group, says it is rewritten', () => {
    const world = boot();
    logField(world, 'Infostand', '2026-11-24');
    world.submitForm(
      world.properties[`form.${registrationForm.key}.id`],
      registrationAnswers({ heardVia: 'Aan een infostand' }),
    );
    world.run('refreshOutreachMatrix');

    const a13 = tabRows(world, 'Planning').find((r) => r.Actiecode === 'A13')!;
    expect(a13.Status).toBe('gedaan');
    expect(a13['Keer gedaan']).toBe(1);
    expect(Object.prototype.toString.call(a13['Gedaan op'])).toBe('[object Date]');

    const grid = world.sheetValues('Matrix');
    expect(String(grid[0][0])).toMatch(/^Dit tabblad wordt telkens opnieuw gemaakt/);
    expect(grid[2].slice(1, 1 + DEFAULT_TARGET_GROUPS.length)).toEqual(DEFAULT_TARGET_GROUPS.map((g) => g.name));
    const labels = grid.map((r) => String(r[0]));
    for (const a of OUTREACH_ACTIONS) expect(labels).toContain(`${a.code} ${a.name}`);
    const infostand = grid.find((r) => r[0] === 'A13 Infostand')!;
    const families = DEFAULT_TARGET_GROUPS.findIndex((g) => g.name === 'Gezinnen met schoolgaande kinderen') + 1;
    expect(String(infostand[families])).toMatch(/^Gedaan\n/);
    expect(String(infostand[families])).toContain('1 gezin, 0 aangesloten');

    const sheet = world.sheet('Matrix');
    expect(sheet.getFrozenRows()).toBe(3);
    expect(sheet.getFrozenColumns()).toBe(1);
    const row = grid.indexOf(infostand) + 1;
    expect(conditionalBackground(sheet, row, families + 1)).toBe('#d9ead3');
    const eikenblad = grid.findIndex((r) => r[0] === 'A01 Eikenblad en nieuwsbrieven') + 1;
    expect(String(grid[eikenblad - 1][1])).toBe(COVERAGE_LABEL.gepland + '\nWijkcentrum De Kring');
    expect(conditionalBackground(sheet, eikenblad, 2)).toBe('#cfe2f3');
    expect(grid.some((r) => String(r[0]).startsWith('Actie A14 Vrijetijdsverenigingen: geen partner'))).toBe(true);
  });

  it('regenerating keeps her notes, extra columns and row order in Planning; a user string never becomes a formula', () => {
    const world = boot();
    const planning = world.sheet('Planning');
    const width = planning.getLastColumn();
    planning.getRange(1, width + 1).setValue('Mijn kolom');
    planning.getRange(14, width + 1).setValue('=1+1 blijft van mij');
    setCell(world, 'Planning', 14, 'Notities', 'standje op de markt');
    setCell(world, 'Planning', 14, 'Partners', '=HYPERLINK("x")');
    logField(world, 'Infostand', '2026-11-20');
    const order = tabRows(world, 'Planning').map((r) => r.Actiecode);
    world.run('refreshOutreachMatrix');
    world.run('refreshOutreachMatrix');
    const after = tabRows(world, 'Planning');
    expect(after.map((r) => r.Actiecode)).toEqual(order);
    expect(after[12]).toMatchObject({ Actiecode: 'A13', Notities: 'standje op de markt', Status: 'gedaan' });
    expect(headerOf(world, 'Planning').at(-1)).toBe('Mijn kolom');
    const formulas = world
      .sheet('Matrix')
      .getDataRange()
      .getFormulas()
      .flat()
      .filter((f) => f !== '');
    expect(formulas).toEqual([]);
  });

  it('a renamed action: the Planning follows the new name, the matrix shows it', () => {
    const world = boot();
    logField(world, 'Infostand', '2026-11-10');
    setCell(world, 'Acties', 14, 'Actie', 'Infostand op de markt');
    // As the guide says: after renaming an action, "Alles instellen" puts the new name in the forms.
    world.run('setup');
    logField(world, 'Infostand op de markt', '2026-11-24');
    world.run('refreshOutreachMatrix');
    expect(tabRows(world, 'Planning')[12]).toMatchObject({
      Actiecode: 'A13',
      Actie: 'Infostand op de markt',
      Status: 'gedaan',
      'Keer gedaan': 2,
    });
    const grid = world.sheetValues('Matrix');
    expect(grid.map((r) => r[0])).toContain('A13 Infostand op de markt');
    // Both notes (the one under the old name too: its code was stored) count for the renamed action.
    expect(grid.filter((r) => r[0] === 'A13 Infostand op de markt')[1][1]).toBe(24);
  });

  it('a matrix wider and taller than 1000 × 26 grows the sheet first', () => {
    const world = boot();
    const groups = world.sheet('Doelgroepen');
    for (let i = 0; i < 30; i++) groups.appendRow([`Groep ${i + 1}`, '', 'Sociaal Huis Eeklo (OCMW)', '']);
    const acties = world.sheet('Acties');
    for (let i = 15; i <= 1000; i++) acties.appendRow([`B${i}`, `Extra actie ${i}`, '', '']);
    world.run('refreshOutreachMatrix');
    const sheet = world.sheet('Matrix');
    expect(sheet.getMaxColumns()).toBeGreaterThan(26);
    expect(sheet.getMaxRows()).toBeGreaterThan(1000);
    expect(world.sheetValues('Matrix')[2]).toContain('Groep 30');
  });

  it('e-mails the worker a PDF of the matrix, once per minute, recorded in Berichten', () => {
    const world = boot();
    setCell(world, 'Instellingen', 3, 'Waarde', 'lies@dekring.example');
    const keys = tabRows(world, 'Instellingen').map((r) => r.Instelling);
    setCell(world, 'Instellingen', keys.indexOf('E-mail projectmedewerker') + 2, 'Waarde', 'lies@dekring.example');
    logField(world, 'Facebook', '2026-11-25');
    world.sentMails.length = 0;
    world.run('mailOutreachMatrixPdf');
    world.run('mailOutreachMatrixPdf');
    expect(world.sentMails).toHaveLength(1);
    const mail = world.sentMails[0];
    expect(mail.to).toBe('lies@dekring.example');
    expect(mail.subject).toMatch(/^Outreachmatrix \d{2}\/\d{2}\/\d{4}$/);
    const pdf = mail.attachments![0];
    expect(pdf.contentType).toBe('application/pdf');
    expect(pdf.name).toMatch(/^outreachmatrix-\d{4}-\d{2}-\d{2}\.pdf$/);
    const text = pdf.data.toString('utf8');
    for (const a of OUTREACH_ACTIONS) expect(text).toContain(`${a.code} ${a.name}`);
    const messages = tabRows(world, 'Berichten').filter((r) => String(r['Bericht-ID']).startsWith('outreachmatrix-'));
    expect(messages.map((m) => m.Status)).toEqual(['Verstuurd']);
  });

  it('the daily run keeps the matrix and the Planning up to date', () => {
    const world = boot();
    logField(world, 'Flyer', '2026-11-26');
    world.run('dailyRun');
    expect(tabRows(world, 'Planning').find((r) => r.Actiecode === 'A02')?.Status).toBe('gedaan');
    expect(world.sheetValues('Matrix').length).toBeGreaterThan(20);
  });

  it('a letters batch (Brieven) counts for the direct mailing; before that tab exists the matrix works too', () => {
    const world = boot();
    world.run('refreshOutreachMatrix');
    // A finished invitation batch of the letters feature, as it writes its row in Brieven.
    const headers = world.sheetValues('Brieven')[0].map(String);
    const batch: Record<string, unknown> = {
      'Batch-ID': 'BR-0001',
      Reeks: 'Uitnodiging november',
      Sjabloon: 'uitnodiging',
      Status: 'Klaar',
      Actiecode: 'A07',
      'Gemaakt op': new Date('2026-11-20T10:00:00+01:00'),
      Aantal: 250,
    };
    world.sheet('Brieven').appendRow(headers.map((h) => batch[h] ?? ''));
    world.run('refreshOutreachMatrix');
    expect(tabRows(world, 'Planning').find((r) => r.Actiecode === 'A07')?.Status).toBe('gedaan');
    const funnel = world.sheetValues('Matrix').filter((r) => r[0] === 'A07 Brief in heldere taal');
    expect(funnel[1][1]).toBe(250);
  });

  it('calls to regenerate do not grow with actions, referrals, households or field notes', () => {
    const callsFor = (extra: number) => {
      const world = boot();
      const acties = world.sheet('Acties');
      for (let i = 0; i < extra; i++) acties.appendRow([`C${i}`, `Actie ${i}`, '', '']);
      for (let i = 0; i < extra; i++) logField(world, 'Flyer', `2026-11-${String((i % 27) + 1).padStart(2, '0')}`);
      for (let i = 0; i < extra; i++)
        world.submitForm(
          world.properties[`form.${registrationForm.key}.id`],
          registrationAnswers({
            firstName: `Naam${String.fromCharCode(97 + (i % 26))}`,
            phone: `0470 12 ${String(10 + i).padStart(2, '0')} 34`,
            heardVia: 'Op een flyer',
          }),
        );
      world.run('refreshOutreachMatrix');
      world.calls.reset();
      world.run('refreshOutreachMatrix');
      return world.calls.total();
    };
    expect(callsFor(2)).toBe(callsFor(25));
  });
});
