/** @jest-environment ./tests/support/scriptZoneEnvironment.js */
import * as zlib from 'node:zlib';
import fc from 'fast-check';
import { ByteWriter } from '../../src/local/xlsx/byteWriter';
import { cellMarkup, cellParts, cellXml, isSpace, toSerial, wallClock } from '../../src/local/xlsx/sheetXml';
import { StyleSheet } from '../../src/local/xlsx/styles';
import { deflateWithCrc } from '../../src/local/xlsx/zip';
import type { Cell } from '../../src/ports';

/**
 * The save's fast paths held equal to the plain computations they replace: text written into a growing buffer
 * against `Buffer.from`, a cell as pieces against `cellXml`, the date serial against the clock-time one, the
 * white-space test against `/\s/`, the deflate data and CRC-32 taken out of gzip against `deflateRaw` and `crc32`.
 */

const STYLE_XML =
  '<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy hh:mm"/></numFmts><fonts count="1"><font/></fonts><cellXfs count="4"><xf numFmtId="0" fontId="0"/><xf numFmtId="164" fontId="0"/><xf numFmtId="14" fontId="0"/><xf numFmtId="0" fontId="0" fillId="2"/></cellXfs></styleSheet>';

/** Text as people type it and as forms bring it in: formula starts, spaces, XML specials, controls, emoji. */
const textArbitrary = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
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
        '\n',
        '\r',
        '\u00a0',
        '\u2028',
        '\u3000',
        '\ufeff',
        '\u000b',
        '\u0000',
        '\u001f',
        '&',
        '<',
        '>',
        '"',
        '_x0041_',
        '_x',
        '_X00',
        '0470',
        '12/3',
        'Noël',
        '😀',
        '\ud800',
        '\udc00',
        '\ufffe',
        '\uffff',
        'a',
        'Z',
      ),
      { maxLength: 8 },
    )
    .map((parts) => parts.join('')),
);

const dateArbitrary = fc.oneof(
  fc.date({ min: new Date(2000, 0, 1), max: new Date(2030, 0, 1), noInvalidDate: true }),
  fc.date({ min: new Date(-5000, 0, 1), max: new Date(5000, 0, 1), noInvalidDate: true }),
  fc.date(),
);

const valueArbitrary: fc.Arbitrary<Cell> = fc.oneof(
  fc.constant(null),
  fc.constant(''),
  textArbitrary,
  fc.integer(),
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 2 ** 31, 1e21, 0.1),
  fc.boolean(),
  dateArbitrary,
);

const styleArbitrary = fc.oneof(
  fc.constantFrom(0, 1, 2, 3, 7),
  fc.constantFrom(Number.NaN, 1.5, -1, 2 ** 31, 123456789),
);

describe('writing a sheet part (fast paths)', () => {
  it('writes text into the growing buffer as Buffer.from encodes it (lone surrogates too)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(textArbitrary, fc.string({ unit: 'binary', maxLength: 300 })), { maxLength: 20 }),
        (texts) => {
          const out = new ByteWriter(4);
          for (const text of texts) out.text(text);
          expect(out.bytes().equals(Buffer.from(texts.join(''), 'utf8'))).toBe(true);
        },
      ),
      { numRuns: 500, seed: 20261202 },
    );
  });

  it('writes a cell as cellXml does, for any value and style (dates with the style cellXml gives them)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('', 'x:'),
        fc.integer({ min: 1, max: 16_384 }),
        fc.integer({ min: 1, max: 1_048_576 }),
        valueArbitrary,
        styleArbitrary,
        (ns, column, row, value, style) => {
          const plain = new StyleSheet(STYLE_XML);
          const fast = new StyleSheet(STYLE_XML);
          const expected = cellXml(ns, column, row, value, style, plain);
          const parts: string[] = [];
          const resolved = value instanceof Date ? fast.dateVariant(style) : style;
          const wrote = cellParts(parts, cellMarkup(ns), column, String(row), value, resolved);
          expect(parts.join('')).toBe(expected);
          expect(wrote).toBe(expected !== '');
          expect(fast.changedXml()).toEqual(plain.changedXml());
        },
      ),
      { numRuns: 3000, seed: 20261202 },
    );
  });

  it('gives a date the serial of its clock time, in any time zone (offsets in seconds before standard time too)', () => {
    const zone = process.env.TZ;
    const reference = (date: Date) => (wallClock(date) - Date.UTC(1899, 11, 30)) / 86_400_000;
    try {
      for (const tz of [
        'Europe/Brussels',
        'UTC',
        'Pacific/Kiritimati',
        'Africa/Monrovia',
        'Asia/Kolkata',
        'Australia/Lord_Howe',
        'America/St_Johns',
      ]) {
        process.env.TZ = tz;
        fc.assert(
          fc.property(dateArbitrary, (date) => {
            expect(Object.is(toSerial(date), reference(date))).toBe(true);
          }),
          { numRuns: 1000, seed: 20261202 },
        );
        // Around the changes of the clock, before standard time, and the years Date.UTC reads as 19xx.
        for (const date of [
          new Date(2026, 2, 29, 1, 59, 59, 999),
          new Date(2026, 2, 29, 3, 0, 0, 0),
          new Date(2026, 9, 25, 2, 30),
          new Date(1880, 0, 1),
          new Date(1892, 4, 1, 0, 0, 0),
          new Date(1950, 5, 1, 12),
          new Date(Date.UTC(99, 11, 31, 23)),
          new Date(Date.UTC(101, 0, 1, 12)),
          new Date(-62_000_000_000_000),
          new Date(Number.NaN),
        ]) {
          expect(Object.is(toSerial(date), reference(date))).toBe(true);
        }
      }
    } finally {
      process.env.TZ = zone;
    }
  });

  it('knows white space as /\\s/ does, for every UTF-16 code unit', () => {
    for (let code = 0; code <= 0xffff; code++) {
      if (isSpace(code) !== /\s/.test(String.fromCharCode(code))) throw new Error(`U+${code.toString(16)}`);
    }
  });

  it('takes the deflate data and CRC-32 of a part out of gzip, the same bytes as deflateRaw and crc32 give', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 2000 }),
          fc
            .array(fc.constantFrom('<row r="2">', '<c r="A2" t="inlineStr"><is><t>', 'Noël', '</t></is></c>', '😀'), {
              maxLength: 3000,
            })
            .map((parts) => new TextEncoder().encode(parts.join(''))),
        ),
        async (array) => {
          const bytes = Buffer.from(array);
          const { data, crc } = await deflateWithCrc(bytes);
          expect(data.equals(zlib.deflateRawSync(bytes, { level: 1 }))).toBe(true);
          expect(crc).toBe(zlib.crc32(bytes));
        },
      ),
      { numRuns: 200, seed: 20261202 },
    );
  });
});
