import * as fs from 'fs';
import { allFormDocs } from '../../src/domain/forms/docsTable';
import { FORMS } from '../../src/domain/forms/registry';

describe('docs/formulieren.md', () => {
  it('is generated from the form definitions and up to date (run `npm run docs`)', () => {
    expect(fs.readFileSync('docs/formulieren.md', 'utf8')).toBe(allFormDocs(FORMS));
  });
  it('lists every question of every form', () => {
    const doc = allFormDocs(FORMS);
    for (const form of FORMS) for (const q of form.questions) expect(doc).toContain(q.title);
  });
});
