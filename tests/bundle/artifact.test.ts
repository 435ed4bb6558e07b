import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import * as acorn from 'acorn';
import { bundleSource, loadBundle } from './harness';

describe('build/gas/Code.js, the artifact clasp pushes', () => {
  const source = bundleSource();

  it('parses as an ES2019 script: no import, no export', () => {
    expect(() => acorn.parse(source, { ecmaVersion: 2019, sourceType: 'script' })).not.toThrow();
  });

  it('declares every handler Apps Script calls as a real top-level function', () => {
    const program = acorn.parse(source, { ecmaVersion: 2019, sourceType: 'script' }) as unknown as {
      body: Array<{ type: string; id?: { name: string } }>;
    };
    const declared = program.body.filter((n) => n.type === 'FunctionDeclaration').map((n) => n.id?.name);
    expect(declared).toEqual(expect.arrayContaining(['onOpen', 'setup', 'handleFormSubmit']));
    // Library names stay inside the closure: the only other top-level name is the bundle itself.
    const variables = program.body.filter((n) => n.type === 'VariableDeclaration');
    expect(variables).toHaveLength(1);
  });

  it('uses no Node API and no dynamic code', () => {
    for (const banned of ['require(', 'process.', 'Buffer.', 'new Function', 'TextEncoder', 'structuredClone']) {
      expect(source).not.toContain(banned);
    }
  });

  it('calls no service while loading', () => {
    const { world, fns } = loadBundle();
    expect(world.calls.total()).toBe(0);
    for (const name of ['onOpen', 'setup', 'handleFormSubmit']) expect(typeof fns[name]).toBe('function');
  });

  it('onOpen adds the Dutch Digi.Taal menu, and every item runs a top-level function', () => {
    const { world, fns } = loadBundle();
    fns.onOpen({});
    expect(world.menus).toHaveLength(1);
    expect(world.menus[0].name).toBe('Digi.Taal');
    for (const item of world.menus[0].items) expect(typeof fns[item.functionName]).toBe('function');
    expect(world.menus[0].items.map((i) => i.caption)).toContain('Alles instellen of bijwerken');
  });
});

describe('what clasp pushes', () => {
  it('exactly Code.js and appsscript.json, with the pinned clasp of the lock file (no network, no login)', () => {
    const clasp = path.resolve('node_modules/.bin/clasp');
    expect(execFileSync(clasp, ['--version'], { encoding: 'utf8' }).trim()).toBe('3.4.1');
    const status = JSON.parse(execFileSync(clasp, ['show-file-status', '--json'], { encoding: 'utf8' })) as {
      filesToPush: string[];
    };
    expect(status.filesToPush.map((f) => path.basename(f)).sort()).toEqual(['Code.js', 'appsscript.json']);
  });
});
