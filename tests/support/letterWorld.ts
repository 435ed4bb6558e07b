import type { LetterPrinter, PrintedDocument, PrintLetter, PrintSpec } from '../../src/app/letters/ports';
import { BATCH_STATUS, LETTERS } from '../../src/domain/letters/tabs';
import { CASES } from '../../src/domain/tabs';
import type { Row, Tables } from '../../src/ports';

/** A household row for Dossiers with sensible defaults. */
export function household(n: number, overrides: Row = {}): Row {
  return {
    Dossiernummer: `DT-2026-${String(n).padStart(4, '0')}`,
    'Aangemaakt op': new Date('2026-11-02T09:00:00Z'),
    Voornaam: `Naam${n}`,
    Familienaam: `Familie${n}`,
    Telefoon: '0470 12 34 56',
    'E-mail': '',
    'Straat en nummer': `Kerkstraat ${n}`,
    Postcode: '9900',
    Gemeente: 'Eeklo',
    Taal: 'Nederlands',
    Status: 'Aangemeld',
    ...overrides,
  };
}

export function addHouseholds(tables: Tables, rows: readonly Row[]): void {
  tables.append(CASES.name, rows);
}

/** The worker's request: a row in Brieven with Status "Maken". */
export function requestBatch(tables: Tables, request: Row): number {
  return tables.append(LETTERS.name, [{ Status: BATCH_STATUS.make, Manier: 'E-mail, anders post', ...request }])[0];
}

/** A printer that keeps what it was asked to print, with checkpoints that a new `open` resumes from. */
export class RecordingPrinter implements LetterPrinter {
  readonly documents = new Map<string, { spec: PrintSpec; letters: PrintLetter[]; saved: number; finished: boolean }>();
  opened = 0;

  open(spec: PrintSpec, resume: string | null): PrintedDocument {
    this.opened++;
    let doc = resume ? this.documents.get(resume) : undefined;
    if (doc)
      doc.letters.length = doc.saved; // what came after the last checkpoint was never saved
    else {
      doc = { spec, letters: [], saved: 0, finished: false };
      this.documents.set(spec.batchId, doc);
    }
    const d = doc;
    return {
      add: (letter) => {
        d.letters.push(letter);
      },
      checkpoint: () => {
        d.saved = d.letters.length;
        return spec.batchId;
      },
      finish: () => {
        d.saved = d.letters.length;
        d.finished = true;
        return `pdf:${spec.batchId}`;
      },
    };
  }

  letters(batchId: string): PrintLetter[] {
    return this.documents.get(batchId)?.letters ?? [];
  }
}
