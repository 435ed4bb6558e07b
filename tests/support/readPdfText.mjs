// Prints the text of each page of a PDF as a JSON array of strings (pdfjs-dist legacy build, pure JS).
// Run as a child process: pdfjs-dist 4 is an ES module, which Jest's CommonJS runtime cannot load.
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const pdf = await getDocument({ data: new Uint8Array(readFileSync(process.argv[2])), verbosity: 0 }).promise;
const pages = [];
for (let i = 1; i <= pdf.numPages; i++) {
  const content = await (await pdf.getPage(i)).getTextContent();
  pages.push(
    content.items
      .map((item) => item.str)
      .join(' ')
      .replace(/\s+/g, ' '),
  );
}
process.stdout.write(JSON.stringify(pages));
