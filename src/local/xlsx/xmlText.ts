/**
 * Text in SpreadsheetML: XML escaping plus the OOXML escape `_xHHHH_` for characters XML 1.0 cannot carry
 * (control characters). A literal `_x0041_` typed by a person is written as `_x005F_x0041_` so it reads back
 * as typed.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML entities and character references → characters. */
export function unescapeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, code: string) => {
    if (code[0] !== '#') return ENTITIES[code];
    const n = code[1] === 'x' ? Number.parseInt(code.slice(2), 16) : Number(code.slice(1));
    return String.fromCodePoint(n);
  });
}

/** Cell text as stored → as typed: XML entities, then `_xHHHH_`. */
export function readText(raw: string): string {
  const text = unescapeXml(raw);
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

// Characters XML 1.0 cannot hold (C0 controls except tab/LF/CR, lone surrogates, U+FFFE/U+FFFF).
function unwritable(code: number, text: string, at: number): boolean {
  if (code < 0x20) return code !== 0x09 && code !== 0x0a && code !== 0x0d;
  if (code === 0xfffe || code === 0xffff) return true;
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(at + 1);
    return !(next >= 0xdc00 && next <= 0xdfff);
  }
  if (code >= 0xdc00 && code <= 0xdfff) {
    const previous = text.charCodeAt(at - 1);
    return !(previous >= 0xd800 && previous <= 0xdbff);
  }
  return false;
}

/** `_xHHHH_` for every character XML cannot hold. */
function escapeUnwritable(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 || code >= 0xd800) && unwritable(code, text, i)) {
      out += `${text.slice(from, i)}_x${code.toString(16).toUpperCase().padStart(4, '0')}_`;
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Characters → XML text for an element. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** Characters → XML for an attribute value in double quotes. */
export function escapeAttribute(text: string): string {
  return escapeXml(text).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

/** Typed text → cell text: `_xHHHH_` for what XML cannot hold, then XML escaping. */
export function writeText(text: string): string {
  let out = text;
  if (out.includes('_x')) out = out.replace(/_x([0-9A-Fa-f]{4})_/g, '_x005F_x$1_');
  out = escapeUnwritable(out);
  return escapeXml(out);
}

/** The value of one attribute in a start tag, or undefined. */
export function attribute(tag: string, name: string): string | undefined {
  const at = tag.indexOf(` ${name}="`);
  if (at < 0) {
    const single = tag.indexOf(` ${name}='`);
    if (single < 0) return undefined;
    const start = single + name.length + 3;
    return unescapeXml(tag.slice(start, tag.indexOf("'", start)));
  }
  const start = at + name.length + 3;
  return unescapeXml(tag.slice(start, tag.indexOf('"', start)));
}

/** Column letters → 1-based number: "A" → 1, "AB" → 28. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
}

/** 1-based column number → letters. */
export function columnLetters(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
