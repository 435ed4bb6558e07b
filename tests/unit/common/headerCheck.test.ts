import { checkHeaders } from '../../../src/domain/common/headerCheck';

const required = ['Dossiernummer', 'Voornaam', 'Telefoon'];

describe('checkHeaders', () => {
  it('is fine when every required header is there once, whatever the order and her own columns', () => {
    expect(
      checkHeaders({
        tab: 'Dossiers',
        required,
        actual: ['Telefoon', 'Mijn notities', ' Dossiernummer ', 'Voornaam', ''],
        createdBefore: required,
      }),
    ).toEqual({ ok: true, add: [] });
  });

  it('lets setup add a header the script never created (a new version adds a column)', () => {
    expect(
      checkHeaders({
        tab: 'Dossiers',
        required,
        actual: ['Dossiernummer', 'Voornaam'],
        createdBefore: ['Dossiernummer'],
      }),
    ).toEqual({ ok: true, add: ['Telefoon'] });
  });

  it('stops on a header the script created that was cleared or renamed, naming the tab and the header', () => {
    const check = checkHeaders({
      tab: 'Mijn dossiers',
      required,
      actual: ['Dossier nr', 'Voornaam', ''],
      createdBefore: required,
    });
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problems).toHaveLength(2);
    expect(check.problems[0]).toMatch(/tabblad "Mijn dossiers" ontbreekt de kolom "Dossiernummer"/);
    expect(check.problems[1]).toMatch(/ontbreekt de kolom "Telefoon"/);
  });

  it('stops on a header that is there twice', () => {
    const check = checkHeaders({
      tab: 'Dossiers',
      required,
      actual: ['Dossiernummer', 'Telefoon', 'Voornaam', 'Telefoon '],
      createdBefore: required,
    });
    expect(check).toEqual({
      ok: false,
      problems: [expect.stringMatching(/"Dossiers" staat de kolom "Telefoon" 2 keer/)],
    });
  });

  it('does not take a header in another case or with accents missing for the required one', () => {
    const check = checkHeaders({ tab: 'T', required: ['Telefoon'], actual: ['telefoon'], createdBefore: ['Telefoon'] });
    expect(check.ok).toBe(false);
  });
});
