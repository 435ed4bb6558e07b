import * as fs from 'node:fs';
import * as path from 'node:path';
import PDFDocument from 'pdfkit';
import type { LetterPrinter, PrintedDocument, PrintLetter, PrintSpec, TemplateStore } from '../../app/letters/ports';
import { BODY_TOP_MM, FOLDS_MM, MARGINS, MM_TO_PT, PAGE } from '../../domain/letters/layout';
import { fillBlocks, type LetterBlock } from '../../domain/letters/template';

/**
 * The twin's printer: one PDF per batch with pdfkit (pure JavaScript, no browser), one letter per page.
 * The font is DejaVu Sans from the dejavu-fonts-ttf package, embedded (subset) so every name prints, also
 * outside Latin-1 (Şükrü, Ołena, Олена). Text is drawn as text: a formula or markup in a field is printed as typed.
 *
 * `add` and `finish` are synchronous like the Google printer; pdfkit writes in the background, and `drain()`
 * waits until every file is on disk.
 */
const FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

const mm = (value: number) => value * MM_TO_PT;
/** Body text sizes tried, largest first, until the letter fits on its page. */
const SIZES = [11, 10.5, 10, 9.5, 9, 8.5];

export class PdfLetterPrinter implements LetterPrinter {
  private readonly writing: Promise<void>[] = [];
  /** Documents still open in this process, by batch (a checkpoint keeps them). */
  private readonly open_ = new Map<string, PdfDocument>();

  constructor(
    private readonly dir: string,
    private readonly templates: TemplateStore,
    /** The batch's date for the PDF's metadata, so reruns write the same file. */
    private readonly created: () => Date,
    /** Remember measured heights within a document (a test turns it off to compare the files). */
    private readonly rememberHeights = true,
  ) {}

  open(spec: PrintSpec, resume: string | null): PrintedDocument {
    const kept = resume ? this.open_.get(resume) : undefined;
    if (kept) return kept;
    fs.mkdirSync(this.dir, { recursive: true });
    const file = path.join(this.dir, `${spec.title.replace(/[^\p{L}\p{N} ._-]+/gu, '-')}.pdf`);
    const doc = new PdfDocument(spec, this.templates, file, this.created(), this.rememberHeights, (p) =>
      this.writing.push(p),
    );
    this.open_.set(spec.batchId, doc);
    return doc;
  }

  /** Waits until every finished PDF is written. */
  async drain(): Promise<void> {
    await Promise.all(this.writing.splice(0));
  }
}

class PdfDocument implements PrintedDocument {
  private readonly pdf: PDFKit.PDFDocument;
  private pages = 0;
  private readonly heights = new Map<string, number>();

  constructor(
    private readonly spec: PrintSpec,
    private readonly templates: TemplateStore,
    private readonly file: string,
    created: Date,
    private readonly rememberHeights: boolean,
    onWrite: (p: Promise<void>) => void,
  ) {
    this.pdf = new PDFDocument({
      size: 'A4',
      autoFirstPage: false,
      margin: 0,
      info: { Title: spec.title, Author: spec.sender[0] ?? '', CreationDate: created, ModDate: created },
    });
    this.pdf.registerFont('Body', FONT);
    this.pdf.registerFont('Bold', FONT_BOLD);
    const out = fs.createWriteStream(file);
    onWrite(
      new Promise((resolve, reject) => {
        out.on('finish', () => resolve());
        out.on('error', reject);
      }),
    );
    this.pdf.pipe(out);
  }

  add(letter: PrintLetter): void {
    const template = this.templates.read(this.spec.kind, letter.language);
    if (!template) throw new Error(`Geen sjabloon ${this.spec.kind} in taal ${letter.language}.`);
    const values = { ...(this.spec.constants[letter.language] ?? {}), ...letter.values };
    const blocks = fillBlocks(template, values, { ...this.spec.lists, ...letter.lists });
    const pdf = this.pdf;
    pdf.addPage({ size: 'A4', margin: 0 });
    this.pages++;
    const left = mm(MARGINS.leftMm);
    const width = mm(PAGE.widthMm - MARGINS.leftMm - MARGINS.rightMm);

    // Fold marks in the left margin (folded in three for a DL envelope).
    for (const fold of FOLDS_MM) {
      pdf.moveTo(mm(4), mm(fold)).lineTo(mm(9), mm(fold)).lineWidth(0.4).strokeColor('#999999').stroke();
    }
    // Letterhead: above the window, never inside it.
    pdf
      .fillColor('#000000')
      .font('Bold')
      .fontSize(10)
      .text(this.spec.sender[0] ?? '', left, mm(MARGINS.topMm), { width: mm(130) });
    pdf.font('Body').fontSize(8.5).fillColor('#333333');
    for (const line of this.spec.sender.slice(1)) pdf.text(line, { width: mm(130) });
    // The address, in the part of the window that stays visible.
    pdf.fillColor('#000000').font('Body').fontSize(10.5);
    pdf.text(letter.address.join('\n'), mm(this.spec.address.leftMm), mm(this.spec.address.topMm), {
      width: mm(75),
      lineGap: 1.5,
    });
    // Date and reference under the window, above the first fold.
    pdf.fontSize(9).text(`${values.datum ?? ''}  ·  ${letter.reference}`, left, mm(91), { width });
    this.body(blocks, left, width);
  }

  /** The letter's text from BODY_TOP_MM, in the largest size that still fits the page. */
  private body(blocks: readonly LetterBlock[], left: number, width: number): void {
    const bottom = mm(PAGE.heightMm - MARGINS.bottomMm);
    const top = mm(BODY_TOP_MM);
    const size = SIZES.find((s) => top + this.height(blocks, width, s) <= bottom) ?? SIZES[SIZES.length - 1];
    let y = top;
    for (const block of blocks) y = this.draw(block, left, y, width, size, true);
  }

  private height(blocks: readonly LetterBlock[], width: number, size: number): number {
    return blocks.reduce((h, b) => h + this.draw(b, 0, 0, width, size, false), 0);
  }

  /** Draws one block at `y` (or only measures it) and returns the y below it (or its height). */
  private draw(block: LetterBlock, x: number, y: number, width: number, size: number, paint: boolean): number {
    const pdf = this.pdf;
    const gap = size * 0.55;
    const style = {
      subject: { font: 'Bold', size: size + 2, indent: 0, before: 0, bullet: false },
      heading: { font: 'Bold', size, indent: 0, before: size * 0.4, bullet: false },
      paragraph: { font: 'Body', size, indent: 0, before: 0, bullet: false },
      bullet: { font: 'Body', size, indent: mm(5), before: -gap * 0.6, bullet: true },
    }[block.kind];
    pdf.font(style.font).fontSize(style.size);
    const options = { width: width - style.indent, lineGap: size * 0.25 };
    const h = this.heightOf(block.text || ' ', style.font, style.size, options);
    const top = y + style.before;
    if (paint) {
      if (style.bullet) pdf.text('•', x + mm(1), top, { lineBreak: false });
      pdf.text(block.text, x + style.indent, top, options);
    }
    const total = style.before + h + gap;
    return paint ? y + total : total;
  }

  /**
   * pdfkit's `heightOfString`, remembered per document: the letters of a batch share most of their paragraphs, and
   * each block is measured at every size tried and again before it is drawn. The height depends only on the text,
   * the font, its size, the options and where the document stands (the result is a difference of y positions), so
   * all of those are the key and a remembered height is the very number pdfkit would give.
   */
  private heightOf(text: string, font: string, size: number, options: { width: number; lineGap: number }): number {
    const pdf = this.pdf;
    if (!this.rememberHeights) return pdf.heightOfString(text, options);
    const key = `${font}|${size}|${options.width}|${options.lineGap}|${pdf.x}|${pdf.y}|${text}`;
    let h = this.heights.get(key);
    if (h === undefined) {
      h = pdf.heightOfString(text, options);
      this.heights.set(key, h);
    }
    return h;
  }

  checkpoint(): string {
    return this.spec.batchId;
  }

  finish(): string {
    if (this.pages === 0) this.pdf.addPage({ size: 'A4', margin: 0 });
    this.pdf.end();
    return this.file;
  }
}
