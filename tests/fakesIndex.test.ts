import * as fs from 'node:fs';
import { fakesIndexMarkdown, methodsByFake, withIndex } from '../scripts/fakesIndex';

/**
 * Every Apps Script method the script calls is implemented by a fake and listed in docs/fakes.md, so a new call
 * cannot slip in without someone checking that its fake is as strict as Google.
 */
describe('docs/fakes.md lists every Apps Script method the script calls', () => {
  it('each has a fake', () => {
    expect(methodsByFake().missing).toEqual([]);
  });

  it('the index in docs/fakes.md is current (npm run docs rewrites it)', () => {
    const doc = fs.readFileSync('docs/fakes.md', 'utf8');
    expect(doc).toBe(withIndex(doc, fakesIndexMarkdown()));
  });
});
