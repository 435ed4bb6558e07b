import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * Reading back the PDFs the twin writes, with a real PDF reader (pdfjs-dist's legacy build, in a child process
 * because it is ESM-only: see readPdfText.mjs).
 */

/** The text of each page of a PDF file. */
export function pdfPages(file: string): string[] {
  const script = path.join(__dirname, 'readPdfText.mjs');
  return JSON.parse(execFileSync('node', [script, file], { encoding: 'utf8' })) as string[];
}

/** The pages of a PDF held in memory. */
function pagesOf(pdf: Buffer): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pdftext-'));
  try {
    const file = path.join(dir, 'doc.pdf');
    fs.writeFileSync(file, pdf);
    return pdfPages(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** All the text of a PDF, page after page. */
export function pdfText(pdf: Buffer): string {
  return pagesOf(pdf).join('\n');
}

export function pdfPageCount(pdf: Buffer): number {
  return pagesOf(pdf).length;
}
