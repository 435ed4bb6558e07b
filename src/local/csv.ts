import { parse } from 'csv-parse/sync';
import * as iconv from 'iconv-lite';

/**
 * Reading what people really export: Google Forms ("Antwoorden downloaden (.csv)": UTF-8, commas), Excel in
 * Belgium ("CSV (gescheiden door puntkomma)": Windows-1252, semicolons), "CSV UTF-8" (with a BOM), "Unicode
 * text" (UTF-16, tabs). Parsing is csv-parse's (quotes, doubled quotes, line breaks in fields); decoding is
 * iconv-lite's. Both chosen over hand-written code: the quoting rules and the code pages are easy to get
 * subtly wrong and both libraries are widely used and maintained.
 */

export type Encoding = 'UTF-8' | 'UTF-8 met BOM' | 'UTF-16' | 'Windows-1252';
export type Delimiter = ',' | ';' | '\t';

export interface DecodedCsv {
  text: string;
  encoding: Encoding;
}

/** The text of a CSV file and the encoding it was read with. Invalid UTF-8 means a Windows code page. */
export function decodeCsv(bytes: Buffer): DecodedCsv {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: bytes.subarray(3).toString('utf8'), encoding: 'UTF-8 met BOM' };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { text: iconv.decode(bytes, bytes[0] === 0xff ? 'utf-16le' : 'utf-16be'), encoding: 'UTF-16' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: iconv.decode(bytes, 'windows-1252'), encoding: 'Windows-1252' };
  }
}

/** The separator of the header line: the one of `,` `;` tab that occurs most often outside quotes. */
export function detectDelimiter(text: string): Delimiter {
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch as Delimiter]++;
  }
  const best = (Object.keys(counts) as Delimiter[]).sort((a, b) => counts[b] - counts[a])[0];
  return counts[best] > 0 ? best : ',';
}

export const DELIMITER_NAME: Record<Delimiter, string> = { ',': 'komma', ';': 'puntkomma', '\t': 'tab' };

/** Rows of fields; rows without any text are left out. A malformed file → a Dutch error naming the line. */
export function parseCsv(text: string, delimiter: Delimiter = detectDelimiter(text)): string[][] {
  try {
    const rows = parse(text.replace(/^\uFEFF/, ''), {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as string[][];
    return rows.filter((r) => r.some((cell) => cell.trim() !== ''));
  } catch (error) {
    const e = error as { code?: string; lines?: number };
    const line = e.lines ? ` (rond regel ${e.lines})` : '';
    if (e.code === 'CSV_QUOTE_NOT_CLOSED') {
      throw new Error(
        `Het CSV-bestand eindigt midden in een veld tussen aanhalingstekens${line}. Is het volledig? Download het opnieuw.`,
      );
    }
    throw new Error(
      `Het CSV-bestand is niet goed gevormd${line}: aanhalingstekens staan niet op hun plaats. Download het opnieuw uit Google Forms, of bewaar het in Excel opnieuw als CSV.`,
    );
  }
}

// ---- timestamps ---------------------------------------------------------------------------------------------

const ZONES: Record<string, number> = { CET: 60, CEST: 120, UTC: 0, GMT: 0 };

/** Day-first (Belgium: 24/11/2026) or month-first (United States: 11/24/2026). */
export type DateOrder = 'dmy' | 'mdy';

const YEAR_FIRST =
  /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AP]M))?(?:\s+(?:(GMT|UTC)([+-]\d{1,2})(?::?(\d{2}))?|(CET|CEST|UTC|GMT)))?$/i;
const YEAR_LAST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AP]M))?$/i;

/**
 * What the day/month order of a file's timestamps must be, from its unambiguous rows (a first number above 12
 * is a day, a second number above 12 is a day). `null` when no row decides.
 */
export function dateOrderOf(stamps: readonly string[]): { order: DateOrder | null; conflicting: boolean } {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const stamp of stamps) {
    const m = YEAR_LAST.exec(stamp.trim());
    if (!m) continue;
    if (Number(m[1]) > 12 && Number(m[2]) <= 12) dayFirst++;
    if (Number(m[2]) > 12 && Number(m[1]) <= 12) monthFirst++;
  }
  if (dayFirst === 0 && monthFirst === 0) return { order: null, conflicting: false };
  return { order: dayFirst >= monthFirst ? 'dmy' : 'mdy', conflicting: dayFirst > 0 && monthFirst > 0 };
}

/**
 * The timestamp of a Google Forms CSV row. Seen shapes: "2026/11/27 5:21:08 PM GMT+1" (English export),
 * "2026/11/27 17:21:08 CET", "24/11/2026 9:05:00" (Belgian sheet), "11/24/2026 9:05:00" (US sheet) and
 * ISO 8601. `order` says how to read a date with the year last (default: day first, as in Belgium). Without
 * a zone the time is the machine's local time (the project's: Brussels). Null when not a real moment
 * (31/02, 25:00, a 13th month).
 */
export function parseFormsTimestamp(text: string, order: DateOrder = 'dmy'): Date | null {
  const value = text.trim();
  if (/^\d{4}-\d{2}-\d{2}T/.test(value)) {
    const iso = new Date(value);
    return Number.isNaN(iso.getTime()) ? null : iso;
  }
  let y: number;
  let mo: number;
  let d: number;
  let h: number;
  let mi: number;
  let s: number;
  let meridiem: string | undefined;
  let offsetMinutes: number | null = null;
  const m = YEAR_FIRST.exec(value);
  if (m) {
    [y, mo, d, h, mi] = [m[1], m[2], m[3], m[4], m[5]].map(Number);
    s = Number(m[6] ?? 0);
    meridiem = m[7]?.toUpperCase();
    if (m[9]) offsetMinutes = Number(m[9]) * 60 + Math.sign(Number(m[9])) * Number(m[10] ?? 0);
    else if (m[11]) offsetMinutes = ZONES[m[11].toUpperCase()];
  } else {
    const last = YEAR_LAST.exec(value);
    if (!last) return null;
    const [a, b] = [Number(last[1]), Number(last[2])];
    [d, mo] = order === 'dmy' ? [a, b] : [b, a];
    [y, h, mi] = [last[3], last[4], last[5]].map(Number);
    s = Number(last[6] ?? 0);
    meridiem = last[7]?.toUpperCase();
  }
  if (meridiem) {
    if (h < 1 || h > 12) return null;
    if (meridiem === 'PM' && h < 12) h += 12;
    if (meridiem === 'AM' && h === 12) h = 0;
  }
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  const date =
    offsetMinutes === null
      ? new Date(y, mo - 1, d, h, mi, s)
      : new Date(Date.UTC(y, mo - 1, d, h, mi, s) - offsetMinutes * 60_000);
  // 31/02 would roll over into March: not a real date.
  const check = offsetMinutes === null ? date : new Date(Date.UTC(y, mo - 1, d));
  const [cy, cm, cd] =
    offsetMinutes === null
      ? [check.getFullYear(), check.getMonth(), check.getDate()]
      : [check.getUTCFullYear(), check.getUTCMonth(), check.getUTCDate()];
  if (cy !== y || cm !== mo - 1 || cd !== d) return null;
  return date;
}
