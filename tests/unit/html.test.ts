import fc from 'fast-check';
import { escapeHtml } from '../../src/domain/common/html';

const decodeEntities = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe('escapeHtml', () => {
  it('escapes markup', () => {
    expect(escapeHtml('<b>Jan</b> & "co" \'x\'')).toBe('&lt;b&gt;Jan&lt;/b&gt; &amp; &quot;co&quot; &#39;x&#39;');
  });
  it('leaves no markup character and loses nothing', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const out = escapeHtml(s);
        return !/[<>"']/.test(out) && decodeEntities(out) === s;
      }),
      { numRuns: 2000 },
    );
  });
});
