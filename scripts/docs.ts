// Writes docs/formulieren.md from the form definitions (the one source of truth), and the index of Apps Script
// methods at the end of docs/fakes.md from the code.
import { readFileSync, writeFileSync } from 'node:fs';
import { allFormDocs } from '../src/domain/forms/docsTable';
import { FORMS } from '../src/domain/forms/registry';
import { fakesIndexMarkdown, withIndex } from './fakesIndex';

writeFileSync('docs/formulieren.md', allFormDocs(FORMS));
console.log('docs/formulieren.md geschreven');
writeFileSync('docs/fakes.md', withIndex(readFileSync('docs/fakes.md', 'utf8'), fakesIndexMarkdown()));
console.log('docs/fakes.md: lijst van Apps Script-methodes bijgewerkt');
