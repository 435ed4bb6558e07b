import { DOCUMENT_MIME, type GasWorld } from '../fakes';
import { loadBundle, tabRows } from './harness';

/**
 * Letters through the built bundle (build/gas/Code.js) in a vm whose only globals are the Apps Script fakes,
 * DocumentApp and DriveApp included: setup makes the template Docs, the menu merges a batch into one Doc,
 * exported to one PDF in the project folder.
 */
function boot() {
  const { world } = loadBundle({ now: new Date('2026-11-27T09:00:00+01:00') });
  world.run('setup');
  world.calls.reset();
  return world;
}

/** Appends rows by header name, stored as typed text (no parsing). */
function append(world: GasWorld, tab: string, rows: Array<Record<string, unknown>>): void {
  const sheet = world.sheet(tab);
  const headers = world.sheetValues(tab)[0].map(String);
  let r = sheet.getLastRow();
  const short = r + rows.length - sheet.getMaxRows();
  if (short > 0) sheet.insertRowsAfter(sheet.getMaxRows(), short);
  for (const row of rows) {
    r++;
    headers.forEach((h, c) => {
      if (h in row) sheet.grid.edit(r, c + 1).value = row[h] as string;
    });
  }
}

function household(n: number, extra: Record<string, unknown> = {}) {
  return {
    Dossiernummer: `DT-2026-${String(n).padStart(4, '0')}`,
    Voornaam: `Naam${n}`,
    Familienaam: `Familie${n}`,
    'Straat en nummer': `Kerkstraat ${n}`,
    Postcode: '9900',
    Gemeente: 'Eeklo',
    Taal: 'Nederlands',
    Status: 'Aangemeld',
    ...extra,
  };
}

function request(world: GasWorld, extra: Record<string, unknown> = {}) {
  append(world, 'Brieven', [{ Sjabloon: 'uitnodiging', Manier: 'Post', Status: 'Maken', ...extra }]);
}

const pdfs = (world: GasWorld) => world.driveItems((i) => i.mimeType === 'application/pdf' && !i.trashed);

describe('bundle: letters', () => {
  it('setup makes one Google Doc per template and language in the project folder, once', () => {
    const world = boot();
    const docs = world.driveItems((i) => i.mimeType === DOCUMENT_MIME);
    expect(docs).toHaveLength(16);
    const folder = world.driveItems((i) => i.name === 'Allemaal Digi.Taal – brieven');
    expect(folder).toHaveLength(1);
    expect(docs.every((d) => d.parent === folder[0].id)).toBe(true);
    const invitation = docs.find(
      (d) => d.name === 'Brief – Uitnodiging: goedkoper internet, een laptop en hulp (Nederlands)',
    )!;
    expect(world.documentParagraphs(invitation.id).slice(0, 2)).toEqual([
      'Goedkoper internet, een laptop en hulp: ook voor jou',
      'Beste {{voornaam}},',
    ]);
    expect((invitation.doc![0] as { heading?: string }).heading).toBe('HEADING1');
    world.run('setup');
    expect(world.driveItems((i) => i.mimeType === DOCUMENT_MIME)).toHaveLength(16);
    world.run('onOpen');
    expect(world.menus[0].items.map((i) => i.functionName)).toEqual(
      expect.arrayContaining(['makeLettersFromMenu', 'checkLetterTemplates']),
    );
  });

  it('merges a batch into ONE PDF: each household on its own page, in its language, fields as typed', () => {
    const world = boot();
    append(world, 'Dossiers', [
      household(1, { Voornaam: 'Şükrü', Familienaam: 'Yılmaz' }),
      household(2, { Voornaam: 'Noël', Taal: 'Frans' }),
      household(3, { Voornaam: 'Grace', Taal: 'Engels', 'Straat en nummer': '=HYPERLINK("x";"y") 3 $1 \\n' }),
      household(4, { Voornaam: '{{familienaam}}', Familienaam: '<i>Peeters</i>' }),
    ]);
    request(world);
    world.run('makeLettersFromMenu');
    const [pdf] = pdfs(world);
    expect(pdf.name).toMatch(/^Brieven BR-\d{4}-0001 uitnodiging \d{4}-\d{2}\.pdf$/);
    const pages = world.pdfPages(pdf.id);
    expect(pages).toHaveLength(4);
    expect(pages[0]).toContain('Şükrü Yılmaz\rKerkstraat 1\r9900 Eeklo');
    expect(pages[0]).toContain('Beste Şükrü,');
    expect(pages[1]).toContain('Bonjour Noël,');
    expect(pages[2]).toContain('Dear Grace,');
    expect(pages[2]).toContain('=HYPERLINK("x";"y") 3 $1 \\n');
    expect(pages[3]).toContain('Beste {\u200b{familienaam}},');
    expect(pages[3]).toContain('<i>Peeters</i>');
    for (const page of pages) expect(page).not.toMatch(/\{\{[a-z_0-9]+\}\}/);
    // Letterhead and signature from Instellingen; the merged Doc itself is in the trash, only the PDF stays.
    expect(pages[0]).toContain('Wijkcentrum De Kring – Allemaal Digi.Taal');
    expect(pages[0]).toContain('Projectmedewerker Allemaal Digi.Taal');
    expect(world.driveItems((i) => i.name.startsWith('Brieven BR-') && i.mimeType === DOCUMENT_MIME)[0].trashed).toBe(
      true,
    );
    const [row] = tabRows(world, 'Brieven');
    expect(row).toMatchObject({
      Status: 'Klaar',
      Aantal: 4,
      'Op papier': 4,
      Actiecode: 'A07',
      Bestand: `https://drive.google.com/file/d/${pdf.id}/view`,
    });
    // A second run: nothing new.
    world.run('makeLettersFromMenu');
    expect(pdfs(world)).toHaveLength(1);
  });

  it('selection and "never twice": status, municipality, no e-mail; a second request of the same Reeks adds only new cases', () => {
    const world = boot();
    append(world, 'Dossiers', [
      household(1),
      household(2, { Gemeente: 'Aalter', Postcode: '9880' }),
      household(3, { 'E-mail': 'gezin3@example.be' }),
      household(4, { Status: 'Actief' }),
    ]);
    request(world, { Selectie: 'status: Aangemeld; gemeente: Eeklo; zonder e-mail', Reeks: 'najaar' });
    world.run('makeLettersFromMenu');
    expect(world.pdfPages(pdfs(world)[0].id).map((p) => /Beste (Naam\d),/.exec(p)?.[1])).toEqual(['Naam1']);
    append(world, 'Dossiers', [household(5)]);
    request(world, { Selectie: 'status: Aangemeld; gemeente: Eeklo; zonder e-mail', Reeks: 'najaar' });
    world.run('makeLettersFromMenu');
    const second = pdfs(world).find((p) => p.name.includes('-0002 '))!;
    expect(world.pdfPages(second.id).map((p) => /Beste (Naam\d),/.exec(p)?.[1])).toEqual(['Naam5']);
    expect(tabRows(world, 'Brieven per ontvanger').map((r) => r.Nummer)).toEqual(['DT-2026-0001', 'DT-2026-0005']);
    expect(String(tabRows(world, 'Brieven')[1].Opmerking)).toContain('1 kregen deze reeks al eerder');
  });

  it("a merge reads the current Doc: the worker's edit is in the next letters", () => {
    const world = boot();
    const doc = world.driveItems((i) => i.name.includes('Uitnodiging') && i.name.includes('(Nederlands)'))[0];
    world.editDocument(doc.id, 1, 'Dag {{voornaam}}, fijn dat je er bent.');
    append(world, 'Dossiers', [household(1)]);
    request(world);
    world.run('makeLettersFromMenu');
    expect(world.pdfPages(pdfs(world)[0].id)[0]).toContain('Dag Naam1, fijn dat je er bent.');
  });

  it('clear-language findings are shown first; the worker may stop or go on', () => {
    const world = boot();
    const doc = world.driveItems((i) => i.name.includes('Uitnodiging') && i.name.includes('(Nederlands)'))[0];
    world.editDocument(doc.id, 1, 'Beste {{voornaam}}, indien je vragen hebt, bel {{klantnummer}}.');
    append(world, 'Dossiers', [household(1)]);
    request(world);
    world.answerAlerts('NO');
    world.run('makeLettersFromMenu');
    expect(world.alerts.at(-1)?.prompt).toContain('"indien" is een moeilijk woord');
    expect(world.alerts.at(-1)?.prompt).toContain('{{klantnummer}} kennen we niet');
    expect(pdfs(world)).toHaveLength(0);
    expect(tabRows(world, 'Brieven')[0].Status).toBe('Maken');
    world.answerAlerts('YES');
    world.run('makeLettersFromMenu');
    expect(pdfs(world)).toHaveLength(1);
    world.run('checkLetterTemplates');
    expect(world.alerts.at(-1)?.prompt).toContain(
      'Uitnodiging: goedkoper internet, een laptop en hulp (Nederlands): "indien"',
    );
  });

  it('e-mails through Berichten: a send error mid-batch is Mislukt, nothing twice; quota stop, next day resume', () => {
    const world = boot();
    append(
      world,
      'Dossiers',
      [1, 2, 3, 4, 5].map((n) => household(n, { 'E-mail': `gezin${n}@example.be` })),
    );
    request(world, { Manier: 'E-mail' });
    world.faults.failAt('MailApp.sendEmail', 2);
    world.faults.setMailQuota(3);
    world.run('makeLettersFromMenu');
    const status = () => tabRows(world, 'Berichten').map((r) => [r['Bericht-ID'], r.Status]);
    expect(status()).toEqual([
      ['brief-uitnodiging-DT-2026-0001', 'Verstuurd'],
      ['brief-uitnodiging-DT-2026-0002', 'Mislukt'],
      ['brief-uitnodiging-DT-2026-0003', 'Verstuurd'],
      ['brief-uitnodiging-DT-2026-0004', 'Verstuurd'],
      ['brief-uitnodiging-DT-2026-0005', 'Te versturen'],
    ]);
    expect(tabRows(world, 'Brieven')[0].Status).toBe('Wacht op e-mails: gaat morgen verder');
    const trigger = world.triggers.filter((t) => t.handler === 'lettersContinue');
    expect(trigger).toHaveLength(1);
    // The next day: the quota is back and the one continuation trigger goes on.
    world.faults.setMailQuota(100);
    world.advance(24 * 3600_000);
    world.runClockTriggers();
    expect(status().map((s) => s[1])).toEqual(['Verstuurd', 'Mislukt', 'Verstuurd', 'Verstuurd', 'Verstuurd']);
    expect(world.sentMails.map((m) => m.to)).toEqual([
      'gezin1@example.be',
      'gezin3@example.be',
      'gezin4@example.be',
      'gezin5@example.be',
    ]);
    expect(world.sentMails[0].htmlBody).toContain('<li>We helpen je aan een laptop.</li>');
    expect(tabRows(world, 'Brieven')[0].Status).toBe('Klaar');
    world.run('makeLettersFromMenu');
    expect(world.sentMails).toHaveLength(4);
  });

  it('a service error in the middle of the Doc: the next run goes on from the last save, each letter once', () => {
    const world = boot();
    append(
      world,
      'Dossiers',
      Array.from({ length: 60 }, (_, i) => household(i + 1)),
    );
    request(world);
    // Letter 55 of 60 fails (the prototype table is the first appendTable), after the checkpoint at 50.
    world.faults.failAt('Body.appendTable', 56);
    expect(() => world.run('makeLettersFromMenu')).toThrow('injected fault');
    expect(pdfs(world)).toHaveLength(0);
    const cursor = Object.keys(world.properties).find((k) => k.startsWith('letters.batch.'))!;
    expect(JSON.parse(world.properties[cursor]).next).toBe(50);
    world.run('makeLettersFromMenu');
    const pages = world.pdfPages(pdfs(world)[0].id);
    expect(pages).toHaveLength(60);
    pages.forEach((page, i) => {
      expect(page).toContain(`Beste Naam${i + 1},`);
    });
  });

  it('saved but the cursor not stored: the letters after the stored cursor are taken out and made again, once', () => {
    const world = boot();
    append(
      world,
      'Dossiers',
      Array.from({ length: 60 }, (_, i) => household(i + 1)),
    );
    request(world);
    // setProperty: 1st the one-merge-at-a-time lease, 2nd the new Doc's cursor, 3rd the cursor after the
    // checkpoint at letter 50 (the Doc is saved by then).
    world.faults.failAt('Properties.setProperty', 3);
    expect(() => world.run('makeLettersFromMenu')).toThrow('injected fault');
    const docs = world.driveItems((i) => i.name.startsWith('Brieven BR-') && i.mimeType === DOCUMENT_MIME);
    expect(docs).toHaveLength(1);
    // The Doc as saved holds the 50 letters of the first checkpoint.
    expect(world.documentParagraphs(docs[0].id).filter((p) => p === '[tabel]').length).toBe(51);
    world.run('makeLettersFromMenu');
    const pages = world.pdfPages(pdfs(world)[0].id);
    expect(pages).toHaveLength(60);
    pages.forEach((page, i) => {
      expect(page).toContain(`Beste Naam${i + 1},`);
    });
    expect(world.driveItems((i) => i.name.startsWith('Brieven BR-') && i.mimeType === DOCUMENT_MIME)).toHaveLength(1);
  });

  it('out of time: a cursor and one continuation trigger; the batch finishes in later runs, one PDF', () => {
    const world = boot();
    world.properties['letters.budgetMs'] = '0';
    append(
      world,
      'Dossiers',
      [1, 2, 3].map((n) => household(n)),
    );
    request(world);
    world.run('makeLettersFromMenu');
    expect(tabRows(world, 'Brieven')[0].Status).toBe('Bezig');
    expect(world.triggers.filter((t) => t.handler === 'lettersContinue')).toHaveLength(1);
    for (let i = 0; i < 3; i++) {
      world.advance(61_000);
      world.runClockTriggers();
    }
    expect(tabRows(world, 'Brieven')[0].Status).toBe('Klaar');
    const pages = world.pdfPages(pdfs(world)[0].id);
    expect(pages.map((p) => /Beste (Naam\d),/.exec(p)?.[1])).toEqual(['Naam1', 'Naam2', 'Naam3']);
  });

  it('lists per recipient and lines without content: one line per wiped device; no hour, no "Uur:" line', () => {
    const world = boot();
    append(world, 'Schenkingen', [
      {
        Schenkingsnummer: 'SCH-2026-0001',
        Schenker: 'Jan Peeters',
        Contactpersoon: 'Jan Peeters',
        'Adres ophalen': 'Stationsstraat 12, 9900 Eeklo',
      },
    ]);
    append(world, 'Toestellen', [
      {
        'Toestel-ID': 'T-1',
        'Schenking-ID': 'SCH-2026-0001',
        'Soort toestel': 'Laptop',
        Serienummer: 'SN1',
        Wisbewijs: 'WIS-1',
      },
      {
        'Toestel-ID': 'T-2',
        'Schenking-ID': 'SCH-2026-0001',
        'Soort toestel': 'Tablet',
        Serienummer: 'SN2',
        Wisbewijs: 'WIS-2',
      },
    ]);
    append(world, 'Brieven', [{ Sjabloon: 'schenkers', Manier: 'Post', Status: 'Maken' }]);
    const future = new Date(Date.now() + 7 * 86_400_000);
    future.setUTCHours(0, 0, 0, 0);
    append(world, 'Dossiers', [household(1, { Status: 'Contact opgenomen', 'Volgende actie': 'Aanvraag indienen' })]);
    world.sheet('Dossiers').grid.edit(2, world.sheetValues('Dossiers')[0].indexOf('Datum volgende actie') + 1).value =
      future;
    append(world, 'Brieven', [{ Sjabloon: 'afspraak', Manier: 'Post', Status: 'Maken' }]);
    world.run('makeLettersFromMenu');
    const files = pdfs(world);
    const donor = world.pdfPages(files.find((f) => f.name.includes('schenkers'))!.id);
    expect(donor).toHaveLength(1);
    expect(donor[0]).toContain('Jan Peeters\rStationsstraat 12\r9900 Eeklo');
    expect(donor[0]).toContain(
      'Laptop (serienummer SN1): gewist, wisbewijs WIS-1\nTablet (serienummer SN2): gewist, wisbewijs WIS-2',
    );
    expect(donor[0]).toContain('U gaf 2 toestellen');
    const appointment = world.pdfPages(files.find((f) => f.name.includes('afspraak'))!.id);
    expect(appointment[0]).toContain('Waarvoor: Aanvraag indienen');
    expect(appointment[0]).toMatch(/Dag: \w+dag \d+ \w+ \d{4}/);
    expect(appointment[0]).not.toContain('Uur:');
  });

  it('the same number of service calls for every letter', () => {
    const callsFor = (n: number) => {
      const world = boot();
      append(
        world,
        'Dossiers',
        Array.from({ length: n }, (_, i) => household(i + 1)),
      );
      request(world);
      world.calls.reset();
      world.run('makeLettersFromMenu');
      return world.calls.total();
    };
    const [five, ten, twenty] = [callsFor(5), callsFor(10), callsFor(20)];
    expect((twenty - ten) / 10).toBe((ten - five) / 5);
  });
});
