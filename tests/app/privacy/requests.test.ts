import { buildAccess, eraseConfirmed, searchPerson } from '../../../src/app/privacy/requests';
import { documentHtml, documentTexts } from '../../../src/domain/privacy/document';
import { AUDIT, AUDIT_ACTIONS } from '../../../src/domain/privacy/tabs';
import { CASES } from '../../../src/domain/tabs';
import { allText, PEOPLE, pastCounts, personalTexts, privacyWorld, rowOf } from '../../support/privacyWorld';
import { workerEdit } from '../../support/registerWorld';

const format = (d: Date) => d.toISOString().slice(0, 16).replace('T', ' ');

describe('access request (inzage)', () => {
  it('gathers every row on the person: case, referral, raw answers, log, support, onward, courses, device, mails, letters', () => {
    const { ports } = privacyWorld();
    const { document, search } = buildAccess(ports, 'dt-2024-0001', format);
    expect(search.problem).toBe('');
    const text = documentTexts(document!).join('\n');
    for (const value of [
      'DT-2024-0001',
      'Fatima',
      'El Amrani',
      PEOPLE.A.phone,
      PEOPLE.A.email,
      PEOPLE.A.street,
      'Bel Fatima terug',
      'Laptop van Fatima hersteld',
      'Fatima ging mee naar de bib',
      'Fatima spreekt ook Frans',
      'Digispreekuur',
      'V-01',
      'S-1-1',
      'Sociaal Huis Eeklo (OCMW)',
      'Doorverwijzing ontvangen – dossier DT-2024-0001',
      'B-1',
    ])
      expect(text).toContain(value);
    // Third parties' contact details are not in it: the referrer's name and address, the donor.
    for (const value of ['An Declercq', 'an.declercq@sociaalhuis-eeklo.example', 'Bakkerij Vandamme bv'])
      expect(text).not.toContain(value);
    expect(text).toContain('de organisatie die u doorverwees');
    expect(search.counts).toEqual(
      expect.arrayContaining([
        'Dossiers: 1 rij',
        'Logboek: 3 rijen',
        'Antwoorden Doorverwijzing: 1 rij',
        'Brieven: 1 rij',
      ]),
    );
  });

  it('holds nothing about another household: not the near-namesake, not the family at the same address', () => {
    const { ports, tables } = privacyWorld();
    const { document } = buildAccess(ports, 'DT-2024-0004', format); // Jan Peters, at Fatima's address
    const text = documentTexts(document!).join('\n');
    expect(text).toContain('Peters');
    for (const value of [
      ...personalTexts('A'),
      ...personalTexts('B'),
      'Peeters',
      'DT-2024-0001',
      'DT-2024-0002',
      'Karim',
    ])
      if (value !== PEOPLE.A.street) expect(text).not.toContain(value);
    // Every cell of the document comes from D's own rows (or the fixed texts): nothing of the other cases.
    const b = buildAccess(ports, 'DT-2024-0002', format);
    const bText = documentTexts(b.document!).join('\n');
    expect(bText).toContain('Peeters');
    expect(bText).not.toMatch(/\bPeters\b/);
    expect(bText).not.toContain(PEOPLE.D.phone);
    expect(bText).not.toContain(PEOPLE.A.street);
    // Nothing was written (the Audit row comes when the document is saved).
    expect(tables.read(AUDIT.name).rows).toHaveLength(0);
  });

  it('rows that only look alike are hints for the worker (tab and row), never content', () => {
    const { ports } = privacyWorld();
    const search = searchPerson(ports, 'DT-2024-0001');
    // Fatima's course row without a case number shares her phone: named, not included.
    expect(search.footprint.lookalikes).toEqual([{ tab: 'Deelnames', rowNumber: 3, reason: 'zelfde telefoonnummer' }]);
    expect(search.hints.join('\n')).toContain('Deelnames, rij 3: zelfde telefoonnummer');
    expect(search.hints.join('\n')).not.toContain('Fatima');
  });

  it('unknown case numbers are refused with a Dutch message', () => {
    const { ports } = privacyWorld();
    const { document, search } = buildAccess(ports, 'DT-2099-0001', format);
    expect(document).toBeNull();
    expect(search.problem).toContain('DT-2099-0001');
  });

  it('the HTML escapes every field', () => {
    const { ports, tables } = privacyWorld();
    tables.update(CASES.name, rowOf(tables, 'DT-2024-0001'), {
      Notities: '<script>alert(1)</script> & =HYPERLINK("x")',
    });
    const html = documentHtml(buildAccess(ports, 'DT-2024-0001', format).document!);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; =HYPERLINK(&quot;x&quot;)');
  });
});

describe('erasure request (wissen)', () => {
  it('an open case is refused until the worker closes it', () => {
    const { ports, tables } = privacyWorld();
    const before = allText(tables);
    const outcome = eraseConfirmed(ports, 'DT-2024-0002', 'projectmedewerker@dekring.example');
    expect(outcome).toMatchObject({ kind: 'refused' });
    expect(outcome.kind === 'refused' && outcome.message).toContain('nog niet afgesloten');
    expect(allText(tables)).toBe(before);
  });

  it('erases the person everywhere; Bereik still counts them once; other households untouched; audited', () => {
    const { ports, tables, clock } = privacyWorld();
    clock.set(new Date('2024-06-01T10:00:00Z'));
    // B asks to be erased: the worker closes the case, then erases.
    workerEdit(ports, CASES.name, rowOf(tables, 'DT-2024-0002'), 'Status', 'Afgesloten: geen interesse meer');
    const counts = pastCounts(tables);
    const outcome = eraseConfirmed(ports, 'DT-2024-0002', 'projectmedewerker@dekring.example');
    expect(outcome.kind).toBe('erased');
    const text = allText(tables);
    for (const value of personalTexts('B')) expect(text).not.toContain(value);
    for (const value of ['Peters', PEOPLE.D.phone, PEOPLE.A.phone, 'Bel Fatima terug']) expect(text).toContain(value);
    expect(pastCounts(tables)).toEqual(counts);
    const audit = tables.read(AUDIT.name).rows.map((r) => r.values);
    expect(audit).toEqual([
      expect.objectContaining({
        Handeling: AUDIT_ACTIONS.erased,
        Dossiernummers: 'DT-2024-0002',
        Door: 'projectmedewerker@dekring.example',
      }),
    ]);
    // Asking again finds nothing left to erase and adds no second Audit row.
    eraseConfirmed(ports, 'DT-2024-0002', 'projectmedewerker@dekring.example');
    expect(tables.read(AUDIT.name).rows).toHaveLength(1);
  });

  it('a person with a case and a course row joined by phone keeps counting once after erasure', () => {
    const { ports, tables } = privacyWorld();
    const reach = () => {
      const c = pastCounts(tables);
      return [c['reach|Totaal'], c['reach|Vormingen'], c['reach|Internet']];
    };
    const before = reach();
    eraseConfirmed(ports, 'DT-2024-0001', 'projectmedewerker@dekring.example');
    expect(reach()).toEqual(before);
    // Her course row without a case number was not erased (only a hint), but it carries her label now.
    const courseRow = tables.read('Deelnames').rows.find((r) => r.rowNumber === 3)!.values;
    expect(courseRow['Anonieme persoon']).toBe('P-DT-2024-0001');
  });
});
