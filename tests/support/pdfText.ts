import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

/** The text of each page of a PDF, extracted with pdfjs-dist (see readPdfText.mjs). */
export function pdfPages(file: string): string[] {
  const script = path.join(__dirname, 'readPdfText.mjs');
  return JSON.parse(execFileSync('node', [script, file], { encoding: 'utf8' })) as string[];
}
