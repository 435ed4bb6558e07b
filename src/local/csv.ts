/**
 * RFC 4180 CSV, as Google Forms exports it ("Antwoorden downloaden (.csv)"): comma-separated, fields with a
 * comma, quote or line break in double quotes, quotes doubled, CRLF or LF, maybe a UTF-8 BOM.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const input = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    if (quoted) {
      if (ch === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && input[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (quoted) throw new Error('Het CSV-bestand eindigt midden in een veld tussen aanhalingstekens.');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((cell) => cell.trim() !== ''));
}

const ZONES: Record<string, number> = { CET: 60, CEST: 120, UTC: 0, GMT: 0 };

/**
 * The timestamp of a Google Forms CSV row. Seen shapes: "2026/11/27 5:21:08 PM GMT+1" (English export),
 * "2026/11/27 17:21:08 CET", "27/11/2026 17:21:08" (Dutch sheet) and ISO 8601. Without a zone the time is
 * taken as local time (the machine's, which for the project is Brussels).
 */
export function parseFormsTimestamp(text: string): Date | null {
  const value = text.trim();
  if (/^\d{4}-\d{2}-\d{2}T/.test(value)) {
    const iso = new Date(value);
    return Number.isNaN(iso.getTime()) ? null : iso;
  }
  const m =
    /^(\d{4})\/(\d{1,2})\/(\d{1,2})\s+(\d{1,2}):(\d{2}):(\d{2})(?:\s*([AP]M))?(?:\s+(?:(GMT|UTC)([+-]\d{1,2})(?::?(\d{2}))?|(CET|CEST|UTC|GMT)))?$/i.exec(
      value,
    ) ?? null;
  let y: number;
  let mo: number;
  let d: number;
  let h: number;
  let mi: number;
  let s: number;
  let offsetMinutes: number | null = null;
  if (m) {
    [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6]].map(Number);
    const meridiem = m[7]?.toUpperCase();
    if (meridiem === 'PM' && h < 12) h += 12;
    if (meridiem === 'AM' && h === 12) h = 0;
    if (m[9]) offsetMinutes = Number(m[9]) * 60 + Math.sign(Number(m[9])) * Number(m[10] ?? 0);
    else if (m[11]) offsetMinutes = ZONES[m[11].toUpperCase()];
  } else {
    const dutch = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(value);
    if (!dutch) return null;
    [d, mo, y, h, mi] = [dutch[1], dutch[2], dutch[3], dutch[4], dutch[5]].map(Number);
    s = Number(dutch[6] ?? 0);
  }
  if (offsetMinutes === null) return new Date(y, mo - 1, d, h, mi, s);
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s) - offsetMinutes * 60_000);
}
