import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { makeLetters } from '../../src/app/letters/mergeLetters';
import { LETTERS } from '../../src/domain/letters/tabs';
import { PdfLetterPrinter } from '../../src/local/letters/pdfPrinter';
import { shippedTemplateStore } from '../../src/local/letters/templateFiles';
import { addHouseholds, household, requestBatch } from '../support/letterWorld';
import { memoryWorld } from '../support/memoryPorts';

/** The PDF printer remembers measured heights within a document: the file is byte for byte the one without. */
describe('letters PDF: remembered heights', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'letter-heights-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function print(template: string, remember: boolean): Promise<Buffer> {
    const w = memoryWorld(new Date('2026-11-27T09:00:00Z'));
    const languages = ['Nederlands', 'Frans', 'Nederlands', 'Engels', 'Nederlands', 'Turks', 'Nederlands'];
    addHouseholds(
      w.tables,
      languages.map((Taal, i) =>
        household(i + 1, {
          Taal,
          'E-mail': '',
          Voornaam: i % 2 === 0 ? `Naam${i}` : 'Een heel lange voornaam die op een tweede regel kan komen',
          'Datum volgende actie': new Date('2026-12-03T13:30:00Z'),
          'Volgende actie': 'Samen het internet aanvragen',
        }),
      ),
    );
    requestBatch(w.tables, { Sjabloon: template, Manier: 'Post' });
    const printer = new PdfLetterPrinter(
      path.join(dir, `${template}-${remember}`),
      shippedTemplateStore,
      () => w.clock.now(),
      remember,
    );
    makeLetters(w.ports, { templates: shippedTemplateStore, printer, who: 'test' }, Number.POSITIVE_INFINITY);
    await printer.drain();
    return fs.readFileSync(String(w.tables.read(LETTERS.name).rows[0].values.Bestand));
  }

  it.each(['uitnodiging', 'afspraak'])('%s: the same bytes with and without remembering', async (template) => {
    const remembered = await print(template, true);
    expect(remembered.length).toBeGreaterThan(1000);
    expect(remembered.equals(await print(template, false))).toBe(true);
  });
});
