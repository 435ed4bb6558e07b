/** @jest-environment ./tests/support/scriptZoneEnvironment.js */
import fc from 'fast-check';
import { cellValue, rowCells, rowValues, scanSheet, scanSheetBytes } from '../../src/local/xlsx/sheetXml';
import { isDateFormat, StyleSheet } from '../../src/local/xlsx/styles';
import { readText, writeText } from '../../src/local/xlsx/xmlText';

const STYLES = new StyleSheet(
  '<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy hh:mm"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs></styleSheet>',
);
const STRINGS = ['gedeeld', "'=niet een formule", 'Noël'];

/** The slow, obviously right path: one object per cell, `cellValue` for each. */
function slow(rowXml: string, ns: string) {
  const out: unknown[] = [];
  for (const cell of rowCells(rowXml, ns).cells) out[cell.column - 1] = cellValue(cell, ns, STRINGS, STYLES);
  return out;
}

describe('scanning sheet XML as spreadsheet programs write it', () => {
  const rows = [
    '<row r="2" spans="1:9"><c r="A2" t="s"><v>0</v></c><c r="B2" s="1"><v>45730.5</v></c><c r="C2" t="b"><v>1</v></c><c r="E2" t="inlineStr"><is><t xml:space="preserve"> x </t></is></c><c r="F2"><f>1+1</f><v>2</v></c><c r="G2" t="str"><f>A2&amp;"x"</f><v>gedeeldx</v></c><c r="H2" t="e"><v>#N/A</v></c><c r="I2" s="2"/></row>',
    '<row r="3"><c t="s"><v>1</v></c><c><v>-1.5E-3</v></c><c r="D3"><f>A3</f></c><c r="E3" t="s"><v>2</v></c></row>',
    '<x:row r="4"><x:c r="A4" t="inlineStr"><x:is><x:r><x:t>Jan </x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t>Peeters</x:t></x:r><x:rPh><x:t>ヤン</x:t></x:rPh></x:is></x:c><x:c r="AB4" t="n"><x:v>7</x:v></x:c></x:row>',
    '<row r="5"/>',
    '<row r="6"><c r="A6" t="inlineStr"><is><t>a &amp; b_x000D_</t></is></c><c r="B6" s="1" t="inlineStr"><is><t xml:space="preserve"> \'+32 </t></is></c><c r="C6" t="inlineStr"><is><t/></is></c></row>',
  ];

  it('reads every kind of cell the same way in the fast path as cell by cell', () => {
    for (const row of rows) {
      const ns = row.startsWith('<x:') ? 'x:' : '';
      expect(rowValues(row, ns, STRINGS, STYLES)).toEqual(slow(row, ns));
    }
    const values = rowValues(rows[0], '', STRINGS, STYLES);
    expect(values[0]).toBe('gedeeld');
    expect(values[1]).toEqual(new Date(2025, 2, 14, 12, 0, 0));
    expect(values[2]).toBe(true);
    expect(values[4]).toBe(' x ');
    expect(values[5]).toBe(2);
    expect(values[6]).toBe('gedeeldx');
    expect(values[7]).toBe('#N/A');
    expect(rowValues(rows[1], '', STRINGS, STYLES)).toEqual(['=niet een formule', -0.0015, undefined, '=A3', 'Noël']);
    expect(rowValues(rows[2], 'x:', STRINGS, STYLES)[0]).toBe('Jan Peeters');
    expect(rowValues(rows[2], 'x:', STRINGS, STYLES)[27]).toBe(7);
  });

  it('reads rows of any mix of cells the same way in the fast path as cell by cell', () => {
    // Each cell as written with namespace prefix `n`, at column letter `ref` ('' for none).
    const cell = fc.oneof(
      fc.nat({ max: 3 }).map((i) => (n: string, ref: string) => `<${n}c${ref} t="s"><${n}v>${i}</${n}v></${n}c>`),
      fc.tuple(fc.constantFrom('', ' s="1"', ' s="2"', ' s="0"'), fc.constantFrom('7', '-1.5E-3', '45730.5', 'x')).map(
        ([style, v]) =>
          (n: string, ref: string) =>
            `<${n}c${ref}${style}><${n}v>${v}</${n}v></${n}c>`,
      ),
      fc
        .constantFrom('1', '0', 'true')
        .map((v) => (n: string, ref: string) => `<${n}c${ref} t="b"><${n}v>${v}</${n}v></${n}c>`),
      fc
        .tuple(
          fc.constantFrom('', ' xml:space="preserve"'),
          fc.constantFrom('', 'Jan', ' a &amp; b ', 'x_x000D_', '<v>1</v>'),
        )
        .map(
          ([space, text]) =>
            (n: string, ref: string) =>
              `<${n}c${ref} t="inlineStr"><${n}is><${n}t${space}>${text.replace('<v>1</v>', `&lt;${n}v&gt;1`)}</${n}t></${n}is></${n}c>`,
        ),
      fc.constant(
        (n: string, ref: string) =>
          `<${n}c${ref} t="inlineStr"><${n}is><${n}r><${n}t>Jan </${n}t></${n}r><${n}r><${n}t>Peeters</${n}t></${n}r></${n}is></${n}c>`,
      ),
      fc.constant((n: string, ref: string) => `<${n}c${ref} t="inlineStr"><${n}is><${n}t/></${n}is></${n}c>`),
      fc.constant((n: string, ref: string) => `<${n}c${ref}><${n}f>A1</${n}f></${n}c>`),
      fc.constant((n: string, ref: string) => `<${n}c${ref} t="str"><${n}f>A1</${n}f><${n}v>x</${n}v></${n}c>`),
      fc.constant((n: string, ref: string) => `<${n}c${ref} t="e"><${n}v>#N/A</${n}v></${n}c>`),
      fc.constant((n: string, ref: string) => `<${n}c${ref} t="d"><${n}v>2026-11-24T10:00:00</${n}v></${n}c>`),
      fc.constant((n: string, ref: string) => `<${n}c${ref} s="1"/>`),
      fc.constant((n: string, ref: string) => `<${n}c${ref} t="n"></${n}c>`),
    );
    fc.assert(
      fc.property(fc.constantFrom('', 'x:'), fc.array(fc.tuple(cell, fc.boolean()), { maxLength: 8 }), (ns, cells) => {
        let column = 0;
        const xml = cells
          .map(([write, withRef]) => {
            column += withRef ? 2 : 1;
            return write(ns, withRef ? ` r="${String.fromCharCode(64 + column)}9"` : '');
          })
          .join('');
        const row = `<${ns}row r="9">${xml}</${ns}row>`;
        expect(rowValues(row, ns, STRINGS, STYLES)).toEqual(slow(row, ns));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps what is around the rows, and finds rows without r', () => {
    const xml = `<?xml version="1.0"?><worksheet><cols><col min="1" max="1" width="30"/></cols><sheetData><row><c><v>1</v></c></row><row><c><v>2</v></c></row></sheetData><autoFilter ref="A1:A3"/></worksheet>`;
    const scanned = scanSheet(xml);
    expect(scanned.rows.map((r) => r.number)).toEqual([1, 2]);
    expect(scanned.head).toContain('<cols>');
    expect(scanned.tail).toBe('<autoFilter ref="A1:A3"/></worksheet>');
    expect(scanSheet('<worksheet><sheetData/></worksheet>').rows).toEqual([]);
  });

  it('writes any text so it reads back as typed (control characters, _xHHHH_, XML specials, emoji)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const written = writeText(text);
        expect(written).not.toMatch(/[<>]|&(?!amp;|lt;|gt;)/);
        expect(readText(written)).toBe(text);
      }),
    );
    expect(readText(writeText('a_x0041_b\u0001'))).toBe('a_x0041_b\u0001');
  });

  it('knows date formats', () => {
    expect(isDateFormat('dd/mm/yyyy hh:mm')).toBe(true);
    expect(isDateFormat('[$-813]d mmmm yyyy')).toBe(true);
    expect(isDateFormat('[h]:mm')).toBe(true);
    expect(isDateFormat('0.00')).toBe(false);
    expect(isDateFormat('"dag "0')).toBe(false);
    expect(isDateFormat('[Red]#,##0')).toBe(false);
  });

  it('scans the bytes of a part as it scans its text (each row decoded on its own)', () => {
    const text = fc.constantFrom('a', 'Zoë', '—', '😀', '&amp;', '<', 'row', 'sheetData', '\uFFFD');
    const row = fc.record({
      r: fc.constantFrom('', ' r="7"', " r='3'", ' r="x"'),
      selfClosing: fc.boolean(),
      cells: fc.array(text, { maxLength: 4 }),
    });
    const part = fc.record({
      ns: fc.constantFrom('', 'x:'),
      before: fc.array(text, { maxLength: 3 }),
      rows: fc.array(row, { maxLength: 6 }),
      selfClosingData: fc.boolean(),
      closed: fc.boolean(),
      after: fc.array(text, { maxLength: 3 }),
      cut: fc.nat(),
    });
    fc.assert(
      fc.property(part, (p) => {
        const ns = p.ns;
        const rows = p.rows
          .map((r) =>
            r.selfClosing
              ? `<${ns}row${r.r}/>`
              : `<${ns}row${r.r}>${r.cells.map((c) => `<${ns}c t="inlineStr"><${ns}is><${ns}t>${c}</${ns}t></${ns}is></${ns}c>`).join('')}</${ns}row>`,
          )
          .join('');
        const data = p.selfClosingData
          ? `<${ns}sheetData/>`
          : `<${ns}sheetData>${rows}${p.closed ? `</${ns}sheetData>` : ''}`;
        const xml = `\uFEFF<?xml version="1.0"?><${ns}worksheet xmlns${ns ? `:${ns.slice(0, -1)}` : ''}="m"><!--${p.before.join('')}-->${data}<${ns}pageMargins/>${p.after.join('')}</${ns}worksheet>`;
        const bytes = Buffer.from(xml, 'utf8');
        // Also a part cut anywhere (a multi-byte character split at the end included).
        const cut = bytes.subarray(0, bytes.length - (p.cut % 8));
        for (const b of [bytes, cut]) {
          let expected: unknown;
          let actual: unknown;
          try {
            expected = scanSheet(b.toString('utf8'));
          } catch (error) {
            expected = error;
          }
          try {
            actual = scanSheetBytes(b);
          } catch (error) {
            actual = error;
          }
          expect(actual).toEqual(expected);
        }
      }),
      { numRuns: 1500, seed: 20261202 },
    );
  });
});
