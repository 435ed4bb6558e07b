import { inflateSync } from 'node:zlib';

/**
 * The text of a PDF written by pdfkit, good enough to find words in tests: inflates the streams, reads the
 * ToUnicode maps of embedded fonts (4-hex-digit codes) or takes 2-hex-digit codes as Latin-1 (the built-in
 * Helvetica), and joins the strings of every TJ/Tj operator. Lines end where the PDF moves to a new line.
 */
export function pdfText(pdf: Buffer): { text: string; pages: number } {
  const raw = pdf.toString('latin1');
  const streams: string[] = [];
  const re = /(?<!end)stream\r?\n/g;
  let m: RegExpExecArray | null = re.exec(raw);
  while (m) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) break;
    const dict = raw.slice(Math.max(0, raw.lastIndexOf('<<', m.index)), m.index);
    const bytes = Buffer.from(raw.slice(start, end), 'latin1');
    try {
      streams.push(/FlateDecode/.test(dict) ? inflateSync(bytes).toString('latin1') : bytes.toString('latin1'));
    } catch {
      streams.push('');
    }
    re.lastIndex = end;
    m = re.exec(raw);
  }
  const map = new Map<string, string>();
  const hexText = (h: string) => String.fromCodePoint(...(h.match(/.{4}/g) ?? []).map((c) => Number.parseInt(c, 16)));
  for (const s of streams) {
    if (!s.includes('begincmap')) continue;
    for (const [, section] of s.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
      for (const [, code, uni] of section.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g))
        map.set(code.toLowerCase(), hexText(uni));
    for (const [, section] of s.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
      for (const [, from, to, target] of section.matchAll(
        /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g,
      )) {
        const a = Number.parseInt(from, 16);
        const b = Number.parseInt(to, 16);
        const list = [...target.matchAll(/<([0-9a-fA-F]+)>/g)].map((t) => t[1]);
        for (let c = a; c <= b; c++) {
          const code = c.toString(16).padStart(from.length, '0');
          if (target.startsWith('[')) map.set(code, list[c - a] ? hexText(list[c - a]) : '');
          else map.set(code, String.fromCodePoint(Number.parseInt(list[0], 16) + c - a));
        }
      }
    }
  }
  const lines: string[] = [];
  for (const s of streams) {
    if (!/\bT[Jj]\b/.test(s)) continue;
    for (const [, body] of s.matchAll(/\[([^\]]*)\]\s*TJ|(<[0-9a-fA-F]*>)\s*Tj/g)) {
      const hexes = [...(body ?? '').matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]);
      const text = hexes
        .map((hex) =>
          map.size > 0
            ? (hex.match(/.{4}/g) ?? []).map((c) => map.get(c.toLowerCase()) ?? '').join('')
            : (hex.match(/.{2}/g) ?? []).map((c) => String.fromCharCode(Number.parseInt(c, 16))).join(''),
        )
        .join('');
      lines.push(text);
    }
  }
  return { text: lines.join('\n'), pages: (raw.match(/\/Type\s*\/Page\b/g) ?? []).length };
}
