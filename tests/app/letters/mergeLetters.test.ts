import { makeLetters } from '../../../src/app/letters/mergeLetters';
import { cellText } from '../../../src/domain/common/table';
import { BATCH_STATUS, LETTER_ITEMS, LETTERS } from '../../../src/domain/letters/tabs';
import { MAIL_STATUS } from '../../../src/domain/messages/status';
import { MESSAGES, REVIEW } from '../../../src/domain/tabs';
import { shippedTemplateStore } from '../../../src/local/letters/templateFiles';
import type { Row, Tables } from '../../../src/ports';
import { addHouseholds, household, RecordingPrinter, requestBatch } from '../../support/letterWorld';
import { memoryWorld } from '../../support/memoryPorts';

function setup() {
  const world = memoryWorld(new Date('2026-11-27T09:00:00Z'));
  const printer = new RecordingPrinter();
  const deps = { templates: shippedTemplateStore, printer, who: 'medewerker@dekring.example' };
  const run = (budget = Number.POSITIVE_INFINITY) => makeLetters(world.ports, deps, budget);
  return { ...world, printer, run };
}

const rows = (tables: Tables, tab: string): Row[] => tables.read(tab).rows.map((r) => r.values);
const batchRow = (tables: Tables) => rows(tables, LETTERS.name)[0];

describe('letters (use case, local twin ports)', () => {
  it('fills each letter with the household and the settings, one recorded row per letter, A07 for the mailing', () => {
    const w = setup();
    addHouseholds(w.tables, [household(1), household(2, { Voornaam: 'Şükrü', Familienaam: 'Yılmaz' })]);
    requestBatch(w.tables, { Sjabloon: 'uitnodiging', Selectie: 'status: Aangemeld', Manier: 'Post' });
    const result = w.run();
    expect(result).toMatchObject({ batches: 1, letters: 2, mails: 0, paused: false });
    const row = batchRow(w.tables);
    expect(row).toMatchObject({
      'Batch-ID': 'BR-2026-0001',
      Reeks: 'uitnodiging',
      Status: BATCH_STATUS.done,
      Actiecode: 'A07',
      Talen: 'Nederlands',
      Door: 'medewerker@dekring.example',
      Aantal: 2,
      'Op papier': 2,
      Bestand: 'pdf:BR-2026-0001',
    });
    const letters = w.printer.letters('BR-2026-0001');
    expect(letters.map((l) => l.address)).toEqual([
      ['Naam1 Familie1', 'Kerkstraat 1', '9900 Eeklo'],
      ['Şükrü Yılmaz', 'Kerkstraat 2', '9900 Eeklo'],
    ]);
    expect(letters[1].values.voornaam).toBe('Şükrü');
    const spec = w.printer.documents.get('BR-2026-0001')!.spec;
    expect(spec.constants.nl).toMatchObject({ datum: '27 november 2026', telefoon: '09 378 61 69' });
    expect(rows(w.tables, LETTER_ITEMS.name).map((r) => [r.Nummer, r.Manier, r.Taal])).toEqual([
      ['DT-2026-0001', 'Post', 'nl'],
      ['DT-2026-0002', 'Post', 'nl'],
    ]);
  });

  it('selects by status, municipality, target group, numbers and "zonder e-mail"', () => {
    const w = setup();
    addHouseholds(w.tables, [
      household(1, { Gemeente: 'Eeklo', Doelgroep: 'Senioren' }),
      household(2, { Gemeente: 'Aalter', Postcode: '9880', Doelgroep: 'Senioren, Nieuwkomers' }),
      household(3, { Status: 'Actief', Doelgroep: 'Senioren' }),
      household(4, { 'E-mail': 'gezin4@example.be', Doelgroep: 'Senioren' }),
      household(5, { Status: 'Afgesloten: geholpen' }),
    ]);
    const pick = (selection: string) => {
      const t = setup();
      addHouseholds(t.tables, rows(w.tables, 'Dossiers'));
      requestBatch(t.tables, { Sjabloon: 'uitnodiging', Selectie: selection, Manier: 'Post' });
      t.run();
      return t.printer.letters('BR-2026-0001').map((l) => l.reference);
    };
    expect(pick('status: Aangemeld')).toEqual(['DT-2026-0001', 'DT-2026-0002', 'DT-2026-0004']);
    expect(pick('gemeente: aalter')).toEqual(['DT-2026-0002']);
    expect(pick('doelgroep: Nieuwkomers')).toEqual(['DT-2026-0002']);
    expect(pick('nummers: DT-2026-0003, DT-2026-0005')).toEqual(['DT-2026-0003']);
    expect(pick('status: Aangemeld; zonder e-mail')).toEqual(['DT-2026-0001', 'DT-2026-0002']);
    // Closed cases only when asked for by status.
    expect(pick('status: Afgesloten: geholpen')).toEqual(['DT-2026-0005']);
  });

  it('a wrong selection or template is refused with a Dutch reason and nothing is made', () => {
    const w = setup();
    addHouseholds(w.tables, [household(1)]);
    requestBatch(w.tables, { Sjabloon: 'uitnodiging', Selectie: 'straat: Kerkstraat' });
    requestBatch(w.tables, { Sjabloon: 'kerstkaart' });
    w.run();
    const [a, b] = rows(w.tables, LETTERS.name);
    expect(a).toMatchObject({ Status: BATCH_STATUS.refused });
    expect(cellText(a.Opmerking)).toContain('"straat" kennen we niet');
    expect(cellText(b.Opmerking)).toContain('Het sjabloon "kerstkaart" kennen we niet');
    expect(w.printer.documents.size).toBe(0);
  });

  it("chooses the letter in the household's language, Dutch when that language has no file", () => {
    const w = setup();
    addHouseholds(w.tables, [
      household(1, { Taal: 'Frans' }),
      household(2, { Taal: 'Engels' }),
      household(3, { Taal: 'Turks' }),
      household(4, { Taal: 'Oekraïens' }),
    ]);
    requestBatch(w.tables, { Sjabloon: 'uitnodiging', Manier: 'Post' });
    w.run();
    expect(w.printer.letters('BR-2026-0001').map((l) => l.language)).toEqual(['fr', 'en', 'nl', 'uk']);
    expect(batchRow(w.tables).Talen).toBe('Engels, Frans, Nederlands, Oekraïens');
    expect(cellText(batchRow(w.tables).Opmerking)).toContain('Geen brief in het Turks');
    expect(w.printer.documents.get('BR-2026-0001')!.spec.constants.fr.datum).toBe('27 novembre 2026');
  });

  it('e-mails those with an address, prints for the others; every field escaped in the e-mail', () => {
    const w = setup();
    addHouseholds(w.tables, [
      household(1, { 'E-mail': 'gezin1@example.be', Voornaam: '<b>Ann</b> & "Co"' }),
      household(2),
    ]);
    requestBatch(w.tables, { Sjabloon: 'uitnodiging' });
    w.run();
    expect(w.mailer.sent).toHaveLength(1);
    const mail = w.mailer.sent[0];
    expect(mail.to).toBe('gezin1@example.be');
    expect(mail.subject).toBe('Goedkoper internet, een laptop en hulp: ook voor jou');
    expect(mail.html).toContain('Beste &lt;b&gt;Ann&lt;/b&gt; &amp; &quot;Co&quot;,');
    expect(mail.html).not.toContain('<b>Ann');
    expect(mail.text).toContain('- We helpen je aan een laptop.');
    expect(w.printer.letters('BR-2026-0001').map((l) => l.reference)).toEqual(['DT-2026-0002']);
    expect(batchRow(w.tables)).toMatchObject({ 'Op papier': 1, 'Per e-mail': 1 });
    expect(rows(w.tables, MESSAGES.name)).toEqual([
      expect.objectContaining({
        'Bericht-ID': 'brief-uitnodiging-DT-2026-0001',
        Status: MAIL_STATUS.sent,
        Soort: 'Brief',
      }),
    ]);
  });

  it('a formula, markup or a placeholder in a field stays text as typed', () => {
    const w = setup();
    addHouseholds(w.tables, [
      household(1, {
        Voornaam: '{{familienaam}}',
        'Straat en nummer': '=HYPERLINK("http://x.example";"Kerkstraat 1")',
        Familienaam: '<script>alert(1)</script>',
      }),
    ]);
    requestBatch(w.tables, { Sjabloon: 'uitnodiging', Manier: 'Post' });
    w.run();
    const [letter] = w.printer.letters('BR-2026-0001');
    expect(letter.address).toEqual([
      '{{familienaam}} <script>alert(1)</script>',
      '=HYPERLINK("http://x.example";"Kerkstraat 1")',
      '9900 Eeklo',
    ]);
    expect(letter.values.voornaam).toBe('{{familienaam}}');
  });

  it('a household without a usable postal address goes to Te controleren with the reason, once', () => {
    const w = setup();
    addHouseholds(w.tables, [household(1, { 'Straat en nummer': 'Kerkstraat', Postcode: '99' }), household(2)]);
    requestBatch(w.tables, { Sjabloon: 'uitnodiging', Reeks: 'mailing-najaar' });
    w.run();
    const review = rows(w.tables, REVIEW.name);
    expect(review).toHaveLength(1);
    expect(review[0]).toMatchObject({
      'Antwoord-ID': 'brief:mailing-najaar:DT-2026-0001',
      Formulier: 'Brieven',
      Status: 'Open',
    });
    expect(cellText(review[0].Reden)).toContain(
      'straat en huisnummer, postcode van vier cijfers ontbreekt of klopt niet',
    );
    expect(batchRow(w.tables)['Naar Te controleren']).toBe(1);
    requestBatch(w.tables, { Sjabloon: 'uitnodiging', Reeks: 'mailing-najaar' });
    w.run();
    expect(rows(w.tables, REVIEW.name)).toHaveLength(1);
  });

  it('the same case never gets the same Reeks twice, whatever the number of runs and requests', () => {
    const w = setup();
    addHouseholds(w.tables, [household(1), household(2, { 'E-mail': 'gezin2@example.be' })]);
    requestBatch(w.tables, { Sjabloon: 'uitnodiging' });
    w.run();
    w.run();
    addHouseholds(w.tables, [household(3)]);
    requestBatch(w.tables, { Sjabloon: 'uitnodiging' });
    w.run();
    expect(w.printer.letters('BR-2026-0001').map((l) => l.reference)).toEqual(['DT-2026-0001']);
    expect(w.printer.letters('BR-2026-0002').map((l) => l.reference)).toEqual(['DT-2026-0003']);
    expect(w.mailer.sent).toHaveLength(1);
    expect(cellText(rows(w.tables, LETTERS.name)[1].Opmerking)).toContain('2 kregen deze reeks al eerder');
    // Another Reeks is another batch: the household may get it.
    requestBatch(w.tables, { Sjabloon: 'uitnodiging', Reeks: 'tweede-mailing', Manier: 'Post' });
    w.run();
    expect(w.printer.letters('BR-2026-0003')).toHaveLength(3);
  });

  it('a batch set back to "Maken" keeps its record: a new batch is a new row', () => {
    const w = setup();
    addHouseholds(w.tables, [household(1)]);
    requestBatch(w.tables, { Sjabloon: 'uitnodiging', Manier: 'Post' });
    w.run();
    const row = w.tables.read(LETTERS.name).rows[0];
    w.tables.update(LETTERS.name, row.rowNumber, { Status: BATCH_STATUS.make });
    w.run();
    expect(batchRow(w.tables)).toMatchObject({ 'Batch-ID': 'BR-2026-0001', Status: BATCH_STATUS.done, 'Op papier': 1 });
    expect(cellText(batchRow(w.tables).Opmerking)).toContain('Deze reeks is al gemaakt');
    expect(w.printer.documents.size).toBe(1);
  });

  it('one merge at a time: a running merge (a lease younger than one execution) makes another wait', () => {
    const w = setup();
    addHouseholds(w.tables, [household(1)]);
    requestBatch(w.tables, { Sjabloon: 'uitnodiging', Manier: 'Post' });
    w.ports.properties.set('letters.running', String(w.clock.now().getTime() - 60_000));
    expect(w.run()).toMatchObject({ busy: true, letters: 0 });
    expect(batchRow(w.tables).Status).toBe(BATCH_STATUS.make);
    // A lease left by a run that was stopped runs out after six minutes.
    w.ports.properties.set('letters.running', String(w.clock.now().getTime() - 7 * 60_000));
    expect(w.run()).toMatchObject({ busy: false, letters: 1 });
    expect(w.ports.properties.get('letters.running')).toBeNull();
  });

  it('a send error mid-batch: that e-mail is Mislukt, the others go, and a rerun sends nothing twice', () => {
    const w = setup();
    addHouseholds(
      w.tables,
      [1, 2, 3, 4].map((n) => household(n, { 'E-mail': `gezin${n}@example.be` })),
    );
    requestBatch(w.tables, { Sjabloon: 'uitnodiging', Manier: 'E-mail' });
    let sends = 0;
    const send = w.mailer.send.bind(w.mailer);
    w.mailer.send = (mail) => {
      if (++sends === 3) throw new Error('Service error: MailApp.sendEmail');
      send(mail);
    };
    w.run();
    const statuses = () => rows(w.tables, MESSAGES.name).map((r) => [r['Bericht-ID'], r.Status]);
    expect(statuses()).toEqual([
      ['brief-uitnodiging-DT-2026-0001', MAIL_STATUS.sent],
      ['brief-uitnodiging-DT-2026-0002', MAIL_STATUS.sent],
      ['brief-uitnodiging-DT-2026-0003', MAIL_STATUS.failed],
      ['brief-uitnodiging-DT-2026-0004', MAIL_STATUS.sent],
    ]);
    expect(cellText(batchRow(w.tables).Opmerking)).toContain('1 e-mails mislukt');
    requestBatch(w.tables, { Sjabloon: 'uitnodiging', Manier: 'E-mail' });
    w.run();
    expect(w.mailer.sent.map((m) => m.to)).toEqual(['gezin1@example.be', 'gezin2@example.be', 'gezin4@example.be']);
  });

  it('a crash after "Bezig met versturen": that e-mail becomes Onbekend and is never sent again', () => {
    const w = setup();
    addHouseholds(
      w.tables,
      [1, 2, 3].map((n) => household(n, { 'E-mail': `gezin${n}@example.be` })),
    );
    requestBatch(w.tables, { Sjabloon: 'uitnodiging', Manier: 'E-mail' });
    const send = w.mailer.send.bind(w.mailer);
    let sends = 0;
    w.mailer.send = (mail) => {
      if (++sends === 2) throw Object.assign(new Error('execution stopped'), { crash: true });
      send(mail);
    };
    // The execution dies while sending the second: simulate by making the status write after it throw.
    const update = w.tables.update.bind(w.tables);
    w.tables.update = (tab, row, values) => {
      if (tab === MESSAGES.name && values.Status === MAIL_STATUS.failed) throw new Error('execution died');
      update(tab, row, values);
    };
    expect(() => w.run()).toThrow('execution died');
    w.tables.update = update;
    w.mailer.send = send;
    w.run();
    expect(rows(w.tables, MESSAGES.name).map((r) => r.Status)).toEqual([
      MAIL_STATUS.sent,
      MAIL_STATUS.unknown,
      MAIL_STATUS.sent,
    ]);
    expect(w.mailer.sent.map((m) => m.to)).toEqual(['gezin1@example.be', 'gezin3@example.be']);
    expect(batchRow(w.tables).Status).toBe(BATCH_STATUS.done);
  });

  it('stops cleanly at the daily e-mail quota and goes on the next day, never twice', () => {
    const w = setup();
    addHouseholds(
      w.tables,
      [1, 2, 3, 4, 5].map((n) => household(n, { 'E-mail': `gezin${n}@example.be` })),
    );
    requestBatch(w.tables, { Sjabloon: 'uitnodiging', Manier: 'E-mail' });
    w.mailer.quota = 2;
    const first = w.run();
    expect(first.quota).toBe(true);
    expect(w.mailer.sent).toHaveLength(2);
    expect(batchRow(w.tables).Status).toBe(BATCH_STATUS.waitingForQuota);
    expect(rows(w.tables, MESSAGES.name).map((r) => r.Status)).toEqual([
      MAIL_STATUS.sent,
      MAIL_STATUS.sent,
      MAIL_STATUS.pending,
    ]);
    w.run(); // same day, still no quota: nothing new
    expect(w.mailer.sent).toHaveLength(2);
    w.clock.set(new Date('2026-11-28T07:15:00Z'));
    w.mailer.quota = 100;
    const next = w.run();
    expect(next).toMatchObject({ mails: 3, quota: false });
    expect(w.mailer.sent.map((m) => m.to)).toEqual([1, 2, 3, 4, 5].map((n) => `gezin${n}@example.be`));
    expect(batchRow(w.tables).Status).toBe(BATCH_STATUS.done);
    w.run();
    expect(w.mailer.sent).toHaveLength(5);
  });

  it('out of time: saves a cursor and goes on from the last checkpoint in the next run, each letter once', () => {
    const w = setup();
    addHouseholds(
      w.tables,
      Array.from({ length: 120 }, (_, i) => household(i + 1)),
    );
    requestBatch(w.tables, { Sjabloon: 'uitnodiging', Manier: 'Post' });
    // Each look at the clock takes a second; the budget lets the first run stop half-way.
    const now = w.clock.now.bind(w.clock);
    w.clock.now = () => {
      const t = now();
      w.clock.set(new Date(t.getTime() + 1000));
      return t;
    };
    const first = w.run(70_000);
    expect(first.paused).toBe(true);
    expect(batchRow(w.tables).Status).toBe(BATCH_STATUS.busy);
    const partial = w.printer.letters('BR-2026-0001').length;
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(120);
    const second = w.run();
    expect(second.paused).toBe(false);
    const letters = w.printer.letters('BR-2026-0001').map((l) => l.reference);
    expect(letters).toHaveLength(120);
    expect(new Set(letters).size).toBe(120);
    expect(batchRow(w.tables)).toMatchObject({ Status: BATCH_STATUS.done, 'Op papier': 120 });
  });

  it('a run that dies between two checkpoints prints the lost letters again from the last checkpoint, once', () => {
    const w = setup();
    addHouseholds(
      w.tables,
      Array.from({ length: 75 }, (_, i) => household(i + 1)),
    );
    requestBatch(w.tables, { Sjabloon: 'uitnodiging', Manier: 'Post' });
    const open = w.printer.open.bind(w.printer);
    let added = 0;
    w.printer.open = (spec, resume) => {
      const doc = open(spec, resume);
      return {
        ...doc,
        add: (letter) => {
          if (++added === 60) throw new Error('execution died');
          doc.add(letter);
        },
      };
    };
    expect(() => w.run()).toThrow('execution died');
    w.printer.open = open;
    w.run();
    const letters = w.printer.letters('BR-2026-0001').map((l) => l.reference);
    expect(letters).toEqual(Array.from({ length: 75 }, (_, i) => `DT-2026-${String(i + 1).padStart(4, '0')}`));
  });

  it('appointment letters: only for an appointment still to come, the hour left out when there is none', () => {
    const w = setup();
    addHouseholds(w.tables, [
      household(1, {
        Status: 'Contact opgenomen',
        'Datum volgende actie': new Date('2026-12-02T13:30:00Z'),
        'Volgende actie': 'Aanvraag indienen',
      }),
      household(2, { Status: 'Contact opgenomen', 'Datum volgende actie': new Date('2026-11-03T09:00:00Z') }),
      household(3, {
        Status: 'Contact opgenomen',
        'Datum volgende actie': new Date('2026-12-04T00:00:00Z'),
        Taal: 'Frans',
      }),
    ]);
    requestBatch(w.tables, { Sjabloon: 'afspraak', Manier: 'Post' });
    w.run();
    const letters = w.printer.letters('BR-2026-0001');
    expect(letters.map((l) => [l.reference, l.values.afspraak_datum, l.values.afspraak_uur])).toEqual([
      ['DT-2026-0001', 'woensdag 2 december 2026', '14:30'],
      ['DT-2026-0003', 'vendredi 4 décembre 2026', ''],
    ]);
    expect(batchRow(w.tables).Reeks).toBe('afspraak-2026-11');
    expect(cellText(batchRow(w.tables).Opmerking)).toContain('1 zonder {{afspraak_datum}}');
  });

  it('donor thank-you: one line per wiped device, only donations with a wipe certificate', () => {
    const w = setup();
    w.tables.append('Schenkingen', [
      {
        Schenkingsnummer: 'SCH-2026-0001',
        Schenker: 'Bakkerij Van Damme',
        Contactpersoon: 'Els Van Damme',
        'E-mail': 'els@bakkerij.example',
        'Adres ophalen': '',
      },
      {
        Schenkingsnummer: 'SCH-2026-0002',
        Schenker: 'Jan Peeters',
        Contactpersoon: 'Jan Peeters',
        'Adres ophalen': 'Stationsstraat 12, 9900 Eeklo',
      },
      {
        Schenkingsnummer: 'SCH-2026-0003',
        Schenker: 'Nog niet gewist bv',
        Contactpersoon: 'Piet',
        'E-mail': 'piet@example.be',
      },
    ]);
    w.tables.append('Toestellen', [
      {
        'Toestel-ID': 'T-1',
        'Schenking-ID': 'SCH-2026-0001',
        'Soort toestel': 'Laptop',
        Serienummer: 'SN1',
        Wisbewijs: 'WIS-1',
        'Gewist op': new Date('2026-11-20T10:00:00Z'),
      },
      {
        'Toestel-ID': 'T-2',
        'Schenking-ID': 'SCH-2026-0001',
        'Soort toestel': 'Tablet',
        Serienummer: '',
        Wisbewijs: 'WIS-2',
      },
      {
        'Toestel-ID': 'T-3',
        'Schenking-ID': 'SCH-2026-0002',
        'Soort toestel': 'Laptop',
        Serienummer: 'SN3',
        Wisbewijs: 'WIS-3',
      },
      {
        'Toestel-ID': 'T-4',
        'Schenking-ID': 'SCH-2026-0003',
        'Soort toestel': 'Laptop',
        Serienummer: 'SN4',
        Wisbewijs: '',
      },
    ]);
    requestBatch(w.tables, { Sjabloon: 'schenkers' });
    w.run();
    expect(w.mailer.sent.map((m) => m.to)).toEqual(['els@bakkerij.example']);
    expect(w.mailer.sent[0].text).toContain('- Laptop (serienummer SN1): gewist op 20 november 2026, wisbewijs WIS-1');
    expect(w.mailer.sent[0].text).toContain('- Tablet: gewist, wisbewijs WIS-2');
    const [paper] = w.printer.letters('BR-2026-0001');
    expect(paper.address).toEqual(['Jan Peeters', 'Stationsstraat 12', '9900 Eeklo']);
    expect(paper.lists.toestellen).toEqual(['Laptop (serienummer SN3): gewist, wisbewijs WIS-3']);
  });
});
