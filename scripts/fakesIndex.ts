import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The index at the end of docs/fakes.md: every Apps Script method the script calls in `src/gas/`, by the fake that
 * implements it. Written by `npm run docs`, held by `tests/fakesIndex.test.ts`.
 */

export const INDEX_HEADING = '## Every Apps Script method the script calls';

const CALL =
  /\.((?:get|set|insert|append|create|open|add|delete|remove|publish|is|new|protect|send|copy|make|clear|build|update)[A-Z][A-Za-z]*)\(/g;
const MEMBER = /^\s+(?:public\s+|private\s+|static\s+)?([a-z][A-Za-z]*)\s*(?:<[^>]*>)?\(/gm;

/** Called in src/gas but not Apps Script: JavaScript's own, or the script's own objects. */
const NOT_GOOGLE = new Set(['getTime', 'setCreatedHeaders', 'openTemplate', 'updateMany']);

const NOTES: Record<string, string> = {
  'tests/fakes/spreadsheet.ts': 'sheets by name and id, unique names, locale and time zone (rows above)',
  'tests/fakes/sheet.ts': 'bounds always checked; only appendRow/insert… grow the sheet; embedded charts (rows above)',
  'tests/fakes/range.ts':
    'shape and bounds checked before writing; values typed in like a person types them (rows above)',
  'tests/fakes/form.ts': 'unpublished when made after 2026-06-30; owner/editors; response destination (rows above)',
  'tests/fakes/script.ts': 'triggers per user, 20 per user, handler names checked (rows above)',
  'tests/fakes/properties.ts': '9 KB per value, 500 KB in all; strings only',
  'tests/fakes/lock.ts': 'contention, timeouts; release without flush recorded (rows above)',
  'tests/fakes/mail.ts':
    'daily quota in a rolling 24 h per account; attachments and inline images limited (rows above)',
  'tests/fakes/document.ts': 'DocumentApp (letters, access document; rows above)',
  'tests/fakes/drive.ts': "drive.file: only the script's own files reachable (rows above)",
};
const DEFAULT_NOTE = "as Google's reference; see the rows above where one exists";

function files(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      const p = path.join(dir, e.name);
      return e.isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
    })
    .sort();
}

function matches(text: string, pattern: RegExp): Set<string> {
  const found = new Set<string>();
  const global = new RegExp(pattern.source, pattern.flags);
  for (let m = global.exec(text); m !== null; m = global.exec(text)) found.add(m[1]);
  return found;
}

export function calledMethods(root = '.'): string[] {
  const called = new Set<string>();
  for (const file of files(path.join(root, 'src/gas')))
    for (const m of matches(fs.readFileSync(file, 'utf8'), CALL)) called.add(m);
  return [...called].filter((m) => !NOT_GOOGLE.has(m)).sort();
}

/** Fake file → the called methods it implements (a method goes to the first fake file that has it). */
export function methodsByFake(root = '.'): { byFake: Map<string, string[]>; missing: string[] } {
  const fakes = files(path.join(root, 'tests/fakes')).map(
    (file) => [path.relative(root, file), matches(fs.readFileSync(file, 'utf8'), MEMBER)] as const,
  );
  const byFake = new Map<string, string[]>();
  const missing: string[] = [];
  for (const method of calledMethods(root)) {
    const fake = fakes.find(([, members]) => members.has(method))?.[0];
    if (!fake) missing.push(method);
    else byFake.set(fake, [...(byFake.get(fake) ?? []), method]);
  }
  return { byFake, missing };
}

export function fakesIndexMarkdown(root = '.'): string {
  const { byFake } = methodsByFake(root);
  const rows = [...byFake.entries()].map(
    ([fake, methods]) =>
      `| \`${fake}\` | ${methods.map((m) => `\`${m}\``).join(', ')} | ${NOTES[fake] ?? DEFAULT_NOTE} |`,
  );
  return [
    INDEX_HEADING,
    '',
    'Written by `npm run docs` and held by `tests/fakesIndex.test.ts`: every Apps Script method called in `src/gas/` has a',
    'fake and is listed here. Each fake is typed against `@types/google-apps-script` and counted; where the behaviour',
    "matters, a row above says how it follows Google's reference (or, undocumented, the stricter plausible behaviour).",
    `Calls in \`src/gas/\` that look alike but are not Apps Script: ${[...NOT_GOOGLE].map((m) => `\`${m}\``).join(', ')}.`,
    '',
    '| fake | methods the script calls | strictness |',
    '|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

/** docs/fakes.md with its index section rewritten (the index is the last section). */
export function withIndex(doc: string, index: string): string {
  const at = doc.indexOf(INDEX_HEADING);
  return `${(at < 0 ? doc : doc.slice(0, at)).trimEnd()}\n\n${index}`;
}
