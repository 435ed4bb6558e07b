import { escapeHtml } from '../common/html';

/**
 * A document as plain data: headings, paragraphs and tables. Built in the domain, rendered by each world:
 * HTML and PDF in the local twin, a Google Doc in Apps Script. Every renderer writes text as text (escaped in
 * HTML, never interpreted as markup or a formula).
 */
export type Block =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'table'; readonly columns: readonly string[]; readonly rows: readonly (readonly string[])[] };

export interface DocumentModel {
  readonly title: string;
  readonly blocks: readonly Block[];
}

/** Every text of a document, in order (for tests and for checking what a document reveals). */
export function documentTexts(doc: DocumentModel): string[] {
  const out = [doc.title];
  for (const b of doc.blocks) {
    if (b.kind === 'table') out.push(...b.columns, ...b.rows.flat());
    else out.push(b.text);
  }
  return out;
}

/** A self-contained HTML page (A4 print styles, no scripts, no external resources). */
export function documentHtml(doc: DocumentModel): string {
  const parts: string[] = [];
  for (const b of doc.blocks) {
    if (b.kind === 'heading') parts.push(`<h${b.level}>${escapeHtml(b.text)}</h${b.level}>`);
    else if (b.kind === 'paragraph') parts.push(`<p>${escapeHtml(b.text)}</p>`);
    else {
      const head = b.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('');
      const body = b.rows
        .map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c).replace(/\n/g, '<br>')}</td>`).join('')}</tr>`)
        .join('\n');
      parts.push(`<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`);
    }
  }
  return `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>${escapeHtml(doc.title)}</title>
<style>
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 11pt; line-height: 1.4; color: #111; max-width: 48em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 18pt; } h2 { font-size: 14pt; margin-top: 1.6em; border-bottom: 1px solid #999; } h3 { font-size: 12pt; }
table { border-collapse: collapse; width: 100%; margin: 0.6em 0 1em; }
th, td { border: 1px solid #999; padding: 0.25em 0.4em; text-align: left; vertical-align: top; }
th { background: #eee; }
@page { size: A4; margin: 18mm; }
@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
</style>
</head>
<body>
${parts.join('\n')}
</body>
</html>
`;
}
