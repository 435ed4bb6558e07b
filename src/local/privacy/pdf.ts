import * as fs from 'node:fs';
import PDFDocument from 'pdfkit';
import type { DocumentModel } from '../../domain/privacy/document';

/**
 * A document model as an A4 PDF, with pdfkit (pure JavaScript, no browser). Text is set in DejaVu Sans when the
 * machine has it (Debian's fonts-dejavu-core: every Latin, Greek and Cyrillic letter a name may have, such as
 * Yılmaz or Коваленко); without it pdfkit's built-in Helvetica is used, which has only the Western European letters.
 */
export const DEJAVU = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
export const DEJAVU_BOLD = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf';

export interface PdfOptions {
  /** Written in the PDF's metadata, so the same document gives the same file. */
  created: Date;
  /** Font files; default DejaVu when present, else Helvetica. */
  font?: { regular: string; bold: string } | null;
}

function fonts(options: PdfOptions): { regular: string; bold: string } {
  if (options.font !== undefined && options.font !== null) return options.font;
  if (options.font === undefined && fs.existsSync(DEJAVU) && fs.existsSync(DEJAVU_BOLD))
    return { regular: DEJAVU, bold: DEJAVU_BOLD };
  return { regular: 'Helvetica', bold: 'Helvetica-Bold' };
}

export function documentPdf(model: DocumentModel, options: PdfOptions): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: {
      Title: model.title,
      Creator: 'Allemaal Digi.Taal',
      CreationDate: options.created,
      ModDate: options.created,
    },
    lang: 'nl-BE',
  } as PDFKit.PDFDocumentOptions);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const f = fonts(options);
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const bottom = () => doc.page.height - doc.page.margins.bottom;

  for (const block of model.blocks) {
    if (block.kind === 'heading') {
      const size = block.level === 1 ? 16 : block.level === 2 ? 13 : 11;
      if (doc.y + size * 3 > bottom()) doc.addPage();
      doc
        .moveDown(block.level === 1 ? 0 : 0.6)
        .font(f.bold)
        .fontSize(size)
        .text(block.text, left, doc.y, { width });
      doc.moveDown(0.3);
    } else if (block.kind === 'paragraph') {
      doc.font(f.regular).fontSize(10).text(block.text, left, doc.y, { width });
      doc.moveDown(0.4);
    } else {
      const columns = block.columns.length;
      const colWidth = width / columns;
      const pad = 3;
      const drawRow = (cells: readonly string[], bold: boolean) => {
        doc.font(bold ? f.bold : f.regular).fontSize(9);
        const height =
          Math.max(...cells.map((c) => doc.heightOfString(c || ' ', { width: colWidth - 2 * pad }))) + 2 * pad;
        if (doc.y + height > bottom()) doc.addPage();
        const top = doc.y;
        cells.forEach((cell, i) => {
          const x = left + i * colWidth;
          doc.rect(x, top, colWidth, height).strokeColor('#999999').lineWidth(0.5).stroke();
          doc.fillColor('#000000').text(cell, x + pad, top + pad, { width: colWidth - 2 * pad });
        });
        doc.x = left;
        doc.y = top + height;
      };
      drawRow(block.columns, true);
      for (const row of block.rows) drawRow(row, false);
      doc.moveDown(0.6);
    }
  }
  doc.end();
  return done;
}
