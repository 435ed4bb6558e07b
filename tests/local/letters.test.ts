import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { makeLetters } from '../../src/app/letters/mergeLetters';
import { LETTERS } from '../../src/domain/letters/tabs';
import { CASES } from '../../src/domain/tabs';
import { runCycle } from '../../src/local/cycle';
import { PdfLetterPrinter } from '../../src/local/letters/pdfPrinter';
import { shippedTemplateStore } from '../../src/local/letters/templateFiles';
import { WorkbookTables } from '../../src/local/workbookTables';
import { addHouseholds, household, requestBatch } from '../support/letterWorld';
import { memoryWorld } from '../support/memoryPorts';
import { pdfPages } from '../support/pdfText';

describe('letters in the local twin: one printable PDF per batch', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'letters-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints each household on its own page, in its language, names outside Latin-1 and formulas as text', async () => {
    const w = memoryWorld(new Date('2026-11-27T09:00:00Z'));
    addHouseholds(w.tables, [
      household(1, { Voornaam: 'Şükrü', Familienaam: 'Yılmaz', Taal: 'Turks' }),
      household(2, { Voornaam: 'Olena', Familienaam: 'Коваленко', Taal: 'Oekraïens' }),
      household(3, { Voornaam: 'Noël', Familienaam: 'Dubois', Taal: 'Frans' }),
      household(4, { Voornaam: 'Grace', Familienaam: 'Mensah', Taal: 'Engels' }),
      household(5, { Voornaam: 'Ann', Familienaam: '<b>Peeters</b>', 'Straat en nummer': '=IMPORTXML("x";"y") 5' }),
    ]);
    requestBatch(w.tables, { Sjabloon: 'uitnodiging', Manier: 'Post' });
    const printer = new PdfLetterPrinter(path.join(dir, 'letters'), shippedTemplateStore, () => w.clock.now());
    makeLetters(w.ports, { templates: shippedTemplateStore, printer, who: 'test' }, Number.POSITIVE_INFINITY);
    await printer.drain();
    const file = String(w.tables.read(LETTERS.name).rows[0].values.Bestand);
    expect(path.basename(file)).toBe('Brieven BR-2026-0001 uitnodiging 2026-11.pdf');
    const pages = pdfPages(file);
    expect(pages).toHaveLength(5);
    const expected: Array<[string, string]> = [
      ['Şükrü Yılmaz', 'Beste Şükrü,'],
      ['Olena Коваленко', 'Добрий день, Olena!'],
      ['Noël Dubois', 'Bonjour Noël,'],
      ['Grace Mensah', 'Dear Grace,'],
      ['Ann <b>Peeters</b>', 'Beste Ann,'],
    ];
    expected.forEach(([name, greeting], i) => {
      expect(pages[i]).toContain(name);
      expect(pages[i]).toContain(greeting);
      // Nobody else's name on this page.
      for (const [other] of expected.filter((_, j) => j !== i)) expect(pages[i]).not.toContain(other);
    });
    expect(pages[4]).toContain('=IMPORTXML("x";"y") 5');
    expect(pages[2]).toContain('27 novembre 2026');
  });

  it("npm start (the monthly cycle) writes the month's letters to out/letters, each name on its own page", async () => {
    const workbook = path.join(dir, 'demo.xlsx');
    const report = await runCycle({ workbook, outbox: path.join(dir, 'outbox'), month: new Date(2026, 10, 1) });
    expect(report.results['Brieven maken']['brieven op papier']).toBeGreaterThan(0);
    const tables = await WorkbookTables.load(workbook);
    const cases = new Map(tables.read(CASES.name).rows.map((r) => [String(r.values.Dossiernummer), r.values]));
    const items = tables.read('Brieven per ontvanger').rows.map((r) => r.values);
    const batches = tables.read(LETTERS.name).rows.map((r) => r.values);
    const printed = batches.filter((b) => String(b.Bestand).endsWith('.pdf'));
    expect(printed.length).toBeGreaterThan(0);
    for (const batch of printed) {
      expect(fs.existsSync(String(batch.Bestand))).toBe(true);
      expect(path.dirname(String(batch.Bestand))).toBe(path.join(dir, 'letters'));
      const pages = pdfPages(String(batch.Bestand));
      const paper = items.filter((i) => i['Batch-ID'] === batch['Batch-ID'] && i.Manier === 'Post');
      expect(pages).toHaveLength(paper.length);
      const greeting: Record<string, string> = { nl: 'Beste', fr: 'Bonjour', en: 'Dear', uk: 'Добрий день,' };
      paper.forEach((item, i) => {
        const c = cases.get(String(item.Nummer));
        if (!c) return; // partners and donors are not in Dossiers
        expect(pages[i]).toContain(`${c.Voornaam} ${c.Familienaam}`);
        expect(pages[i]).toContain(`${greeting[String(item.Taal)]} ${c.Voornaam}`);
        expect(pages[i]).toContain(String(item.Nummer));
      });
    }
    // The same month again: nothing new.
    const again = await runCycle({ workbook, outbox: path.join(dir, 'outbox'), month: new Date(2026, 10, 1) });
    expect(again.results['Brieven maken']['brieven op papier']).toBe(0);
    expect(again.results['Brieven maken']['brieven per e-mail']).toBe(0);
  });
});
