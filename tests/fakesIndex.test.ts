import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Every Apps Script method the script calls is implemented by a fake and listed in docs/fakes.md (section "Every
 * Apps Script method the script calls"), so a new call cannot slip in without someone checking that its fake is
 * as strict as Google.
 */

const CALL =
  /\.((?:get|set|insert|append|create|open|add|delete|remove|publish|is|new|protect|send|copy|make|clear)[A-Z][A-Za-z]*)\(/g;
const MEMBER = /^\s+(?:public\s+|private\s+|static\s+)?([a-z][A-Za-z]*)\s*(?:<[^>]*>)?\(/gm;

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

function matches(text: string, pattern: RegExp): Set<string> {
  return new Set([...text.matchAll(pattern)].map((m) => m[1]));
}

/** Called in src/gas but not Apps Script: JavaScript's own, or the script's own objects. */
const NOT_GOOGLE = new Set(['getTime', 'setCreatedHeaders', 'openTemplate']);

export function calledMethods(): string[] {
  const called = new Set<string>();
  for (const file of files('src/gas')) for (const m of matches(fs.readFileSync(file, 'utf8'), CALL)) called.add(m);
  return [...called].filter((m) => !NOT_GOOGLE.has(m)).sort();
}

export function fakeFilesOf(method: string): string[] {
  return files('tests/fakes').filter((file) => matches(fs.readFileSync(file, 'utf8'), MEMBER).has(method));
}

describe('docs/fakes.md lists every Apps Script method the script calls', () => {
  it('each has a fake', () => {
    expect(calledMethods().filter((m) => fakeFilesOf(m).length === 0)).toEqual([]);
  });

  it('each is in the index of docs/fakes.md', () => {
    const doc = fs.readFileSync('docs/fakes.md', 'utf8');
    const index = doc.slice(doc.indexOf('## Every Apps Script method the script calls'));
    expect(calledMethods().filter((m) => !index.includes(`\`${m}\``))).toEqual([]);
  });
});
