// Writes docs/formulieren.md from the form definitions (the one source of truth).
import { writeFileSync } from 'node:fs';
import { allFormDocs } from '../src/domain/forms/docsTable';
import { FORMS } from '../src/domain/forms/registry';

writeFileSync('docs/formulieren.md', allFormDocs(FORMS));
console.log('docs/formulieren.md geschreven');
