/** @jest-environment ./tests/support/scriptZoneEnvironment.js */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { simpleParser } from 'mailparser';
import { EmlOutbox } from '../../src/local/emlOutbox';
import { WorkbookTables } from '../../src/local/workbookTables';
import { ByteWriter } from '../../src/local/xlsx/byteWriter';
import type { Cell } from '../../src/ports';

/**
 * Saving a workbook: the row writer's in-place scan against the general one (an object per cell, sorted), the
 * save that waits for the outbox's spool before moving the file into place, and the e-mails composed on a
 * worker thread.
 */

type RowWriter = (
  ns: string,
  rowNumber: number,
  raw: string | undefined,
  cells: readonly Cell[],
  written: ReadonlySet<number> | undefined,
  columnStyles: Map<number, number>,
  bold?: boolean,
) => string;

type ByteRowWriter = (out: ByteWriter, ...args: Parameters<RowWriter>) => boolean;

/** The row writer into bytes (as text; '' when it wrote nothing) and the general one (a string). */
function writers(tables: WorkbookTables): { fast: RowWriter; general: RowWriter } {
  const inside = tables as unknown as { writeRow: ByteRowWriter; rowXmlGeneral: RowWriter };
  const fast: RowWriter = (...args) => {
    const out = new ByteWriter(16);
    const wrote = inside.writeRow.call(tables, out, ...args);
    if (!wrote) expect(out.pos).toBe(0);
    return wrote ? out.bytes().toString('utf8') : '';
  };
  return { fast, general: inside.rowXmlGeneral.bind(tables) };
}

const letters = (column: number) =>
  column <= 26
    ? String.fromCharCode(64 + column)
    : String.fromCharCode(64 + Math.floor((column - 1) / 26)) + String.fromCharCode(65 + ((column - 1) % 26));

/** One cell as spreadsheet programs (and odd ones) write it. */
const cellArbitrary = fc.record({
  column: fc.integer({ min: 1, max: 40 }),
  ref: fc.constantFrom('r', 'none', 'empty', 'single', 'digits', 'entity'),
  style: fc.constantFrom('', ' s="3"', ' s="0"', " s='2'", ' s="1&#48;"', ' s="1.5"', ' s=""', ' s="x"'),
  body: fc.constantFrom(
    '/>',
    '><v>1</v></c>',
    ' t="inlineStr"><is><t>x &amp; y</t></is></c>',
    ' t="s"><v>0</v></c>',
    '><f>A1+1</f><v>2</v></c>',
  ),
});

function cellXmlOf(ns: string, row: number, cell: { column: number; ref: string; style: string; body: string }) {
  const ref =
    cell.ref === 'r'
      ? ` r="${letters(cell.column)}${row}"`
      : cell.ref === 'empty'
        ? ' r=""'
        : cell.ref === 'single'
          ? ` r='${letters(cell.column)}${row}'`
          : cell.ref === 'digits'
            ? ` r="${row}"`
            : cell.ref === 'entity'
              ? ` r="&#65;${row}"`
              : '';
  const body = cell.body.replace(/<(\/?)(v|is|t|f)>/g, `<$1${ns}$2>`).replace('</c>', `</${ns}c>`);
  return `<${ns}c${ref}${cell.style}${body}`;
}

const valueArbitrary: fc.Arbitrary<Cell> = fc.oneof(
  fc.constant(null),
  fc.constant(''),
  fc.string({ maxLength: 6 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc
    .array(
      fc.constantFrom(
        '=',
        '+',
        '-',
        '@',
        "'",
        ' ',
        '\t',
        '\u00a0',
        '\u0001',
        '&',
        '<',
        '_x0041_',
        '😀',
        '\ud800',
        'a',
        '12',
      ),
      {
        maxLength: 5,
      },
    )
    .map((parts) => parts.join('')),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.date({ min: new Date(2000, 0, 1), max: new Date(2030, 0, 1), noInvalidDate: true }),
  fc.date(),
);

describe('saving a workbook', () => {
  it('writes a row into bytes the same way with the in-place scan as with an object per cell', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('', 'x:'),
        fc.integer({ min: 2, max: 500 }),
        fc.option(
          fc.record({
            cells: fc.array(cellArbitrary, { maxLength: 8 }),
            sorted: fc.boolean(),
            tag: fc.constantFrom('', ' spans="1:9"', ' s="4" customFormat="1"', ' ht="20" customHeight="1"'),
            selfClosing: fc.boolean(),
          }),
          { nil: undefined },
        ),
        fc.array(valueArbitrary, { maxLength: 12 }),
        fc.option(fc.uniqueArray(fc.integer({ min: 0, max: 14 }), { maxLength: 8 }), { nil: undefined }),
        fc.boolean(),
        (ns, rowNumber, row, cells, written, bold) => {
          let raw: string | undefined;
          if (row) {
            const list = row.sorted ? [...row.cells].sort((a, b) => a.column - b.column) : row.cells;
            raw =
              row.selfClosing && list.length === 0
                ? `<${ns}row r="${rowNumber}"${row.tag}/>`
                : `<${ns}row r="${rowNumber}"${row.tag}>${list.map((c) => cellXmlOf(ns, rowNumber, c)).join('')}</${ns}row>`;
          }
          const columnStyles = new Map([[3, 5]]);
          const a = new WorkbookTables();
          const b = new WorkbookTables();
          const set = written === undefined ? undefined : new Set(written);
          const fast = writers(a).fast(ns, rowNumber, raw, cells, set, columnStyles, bold);
          const general = writers(b).general(ns, rowNumber, raw, cells, set, columnStyles, bold);
          expect(fast).toBe(general);
          // The same new styles (bold, dates), numbered in the same order.
          expect((a as unknown as { styles: { changedXml(): unknown } }).styles.changedXml()).toEqual(
            (b as unknown as { styles: { changedXml(): unknown } }).styles.changedXml(),
          );
        },
      ),
      { numRuns: 2000, seed: 20261202 },
    );
  });

  describe('with a promise to wait for (the outbox spool)', () => {
    let dir: string;
    beforeEach(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'save-ready-'));
    });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    function tables(): WorkbookTables {
      const t = new WorkbookTables();
      t.ensureTab({ name: 'Dossiers', headers: ['Nummer', 'Naam'] });
      t.append('Dossiers', [{ Nummer: 'AD-0001', Naam: 'Zoë' }]);
      return t;
    }

    it('moves the file into place only after it resolved', async () => {
      const file = path.join(dir, 'werkboek.xlsx');
      let existedWhenReady: boolean | undefined;
      const ready = new Promise<void>((resolve) =>
        setTimeout(() => {
          existedWhenReady = fs.existsSync(file);
          resolve();
        }, 30),
      );
      await tables().save(file, ready);
      expect(existedWhenReady).toBe(false);
      const back = await WorkbookTables.load(file);
      expect(back.read('Dossiers').rows.map((r) => r.values)).toEqual([{ Nummer: 'AD-0001', Naam: 'Zoë' }]);
    });

    it('leaves the previous file as it was when it rejects, and passes its error on', async () => {
      const file = path.join(dir, 'werkboek.xlsx');
      await tables().save(file);
      const before = fs.readFileSync(file);
      const changed = await WorkbookTables.load(file);
      changed.append('Dossiers', [{ Nummer: 'AD-0002', Naam: 'Jan' }]);
      const problem = new Error('De e-mails konden niet opgesteld worden.');
      await expect(changed.save(file, Promise.reject(problem))).rejects.toBe(problem);
      expect(fs.readFileSync(file).equals(before)).toBe(true);
      expect(fs.readdirSync(dir).sort()).toEqual(['werkboek.xlsx']);
    });
  });

  it('composes e-mails with attachments and inline images on the worker, byte for byte', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'outbox-worker-'));
    try {
      const box = new EmlOutbox({ dir, from: 'digitaal@dekring.example', clock: { now: () => new Date(2026, 10, 2) } });
      const pdf = Uint8Array.from({ length: 3000 }, (_, i) => (i * 7) % 256);
      const png = Uint8Array.from({ length: 500 }, (_, i) => (i * 13) % 256);
      box.send({
        to: 'projectgroep@dekring.example',
        subject: 'Maandoverzicht november',
        text: 'Dag,\n\nHier is het overzicht.',
        html: '<p>Dag,</p><img src="cid:grafiek">',
        attachments: [{ name: 'overzicht.pdf', bytes: pdf, contentType: 'application/pdf' }],
        inlineImages: { grafiek: { name: 'grafiek.png', bytes: png, contentType: 'image/png' } },
      });
      box.send({ to: 'an@x.example', subject: 'Tweede', text: 'Kort.', html: '<p>Kort.</p>' });
      const { batch, spooled } = box.startPrepare();
      expect(batch).not.toBeNull();
      await spooled;
      const files = await box.deliver(batch);
      expect(files.map((f) => path.basename(f))).toEqual(['0001-maandoverzicht-november.eml', '0002-tweede.eml']);
      const parsed = await simpleParser(fs.readFileSync(files[0]));
      const attachment = parsed.attachments.find((a) => a.filename === 'overzicht.pdf');
      const image = parsed.attachments.find((a) => a.filename === 'grafiek.png');
      expect(attachment && Buffer.compare(attachment.content, Buffer.from(pdf))).toBe(0);
      expect(image && Buffer.compare(image.content, Buffer.from(png))).toBe(0);
      expect(image?.cid).toBe('grafiek');
      expect((await simpleParser(fs.readFileSync(files[1]))).text?.trim()).toBe('Kort.');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('delivers a batch spooled by the earlier version (one JSON file), and a half-delivered spool folder exactly once', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'outbox-spool-'));
    try {
      const box = new EmlOutbox({ dir, from: 'digitaal@dekring.example', clock: { now: () => new Date(2026, 10, 2) } });
      fs.mkdirSync(path.join(dir, '.wachtrij'), { recursive: true });
      const old = [
        { name: '0001-oud.eml', eml: 'Subject: oud\r\n\r\nA' },
        { name: '0002-ouder.eml', eml: 'Subject: ouder\r\n\r\nB' },
      ];
      fs.writeFileSync(path.join(dir, '.wachtrij', 'oud-1.json'), JSON.stringify(old));
      // The first one was written before the earlier run was stopped.
      fs.writeFileSync(path.join(dir, '0001-oud.eml'), old[0].eml, 'latin1');
      expect((await box.recover('oud-1')).map((f) => path.basename(f))).toEqual(['0002-ouder.eml']);
      expect(fs.readFileSync(path.join(dir, '0002-ouder.eml'), 'latin1')).toBe(old[1].eml);

      box.send({ to: 'an@x.example', subject: 'Een', text: '1', html: '<p>1</p>' });
      box.send({ to: 'an@x.example', subject: 'Twee', text: '2', html: '<p>2</p>' });
      const { batch, spooled } = box.startPrepare();
      await spooled;
      const folder = path.join(dir, '.wachtrij', String(batch));
      expect(fs.readdirSync(folder).sort()).toEqual(['0003-een.eml', '0004-twee.eml']);
      // A delivery stopped after the first file: the rerun moves only the second.
      fs.renameSync(path.join(folder, '0003-een.eml'), path.join(dir, '0003-een.eml'));
      expect((await box.recover(batch)).map((f) => path.basename(f))).toEqual(['0004-twee.eml']);
      expect(fs.readdirSync(dir).sort()).toEqual(['0001-oud.eml', '0002-ouder.eml', '0003-een.eml', '0004-twee.eml']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps the previous file as .bak, a file of its own once the new one is in place', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'workbook-bak-'));
    try {
      const file = path.join(dir, 'register.xlsx');
      const tables = new WorkbookTables();
      tables.ensureTab({ name: 'Mensen', headers: ['Naam'] });
      tables.append('Mensen', [{ Naam: 'An' }]);
      await tables.save(file);
      const first = fs.readFileSync(file);
      tables.append('Mensen', [{ Naam: 'Bo' }]);
      await tables.save(file);
      expect(Buffer.compare(fs.readFileSync(`${file}.bak`), first)).toBe(0);
      expect(fs.statSync(`${file}.bak`).ino).not.toBe(fs.statSync(file).ino);
      fs.writeFileSync(file, 'in place veranderd');
      expect(Buffer.compare(fs.readFileSync(`${file}.bak`), first)).toBe(0);
      const second = fs.readFileSync(`${file}`);
      tables.append('Mensen', [{ Naam: 'Cas' }]);
      await tables.save(file);
      expect(fs.readFileSync(`${file}.bak`, 'utf8')).toBe(second.toString('utf8'));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
