import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as acorn from 'acorn';
import { MENU_ITEMS } from '../../src/gas/menu';
import { TRIGGER_HANDLERS } from '../../src/gas/triggerHandlers';
import { bundleSource, loadBundle } from './harness';

/**
 * The reviewed allow-list of OAuth scopes (least privilege). Each entry says why; a scope added to
 * appsscript.json without a line here fails the test, and so does one left in the manifest after its use went.
 */
const SCOPE_ALLOW_LIST: Record<string, string> = {
  'https://www.googleapis.com/auth/spreadsheets.currentonly':
    'the projectsheet the script is bound to, and only that one (tabs, protections, sharing list)',
  'https://www.googleapis.com/auth/forms': 'build and check the four Google Forms (FormApp has no per-form scope)',
  'https://www.googleapis.com/auth/script.send_mail':
    'send e-mail as the worker (MailApp only; no access to her mailbox)',
  'https://www.googleapis.com/auth/script.scriptapp': 'install the form, edit, daily, hourly and monthly triggers',
  'https://www.googleapis.com/auth/userinfo.email': 'the e-mail of who made a change (Logboek, Audit)',
  'https://www.googleapis.com/auth/documents':
    'the access-request Google Doc (issue 13) and the letter templates and merges (issue 11)',
  'https://www.googleapis.com/auth/drive.file':
    'only files the script made or was given: merged letter PDFs (issue 11); never the whole Drive',
};

function topLevelFunctions(source: string): string[] {
  const program = acorn.parse(source, { ecmaVersion: 2019, sourceType: 'script' }) as unknown as {
    body: Array<{ type: string; id?: { name: string } }>;
  };
  return program.body.filter((n) => n.type === 'FunctionDeclaration').map((n) => n.id?.name ?? '');
}

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

  it('the manifest asks exactly the reviewed scopes, no web app and no API executable', () => {
    const manifest = JSON.parse(fs.readFileSync('build/gas/appsscript.json', 'utf8'));
    expect([...manifest.oauthScopes].sort()).toEqual(Object.keys(SCOPE_ALLOW_LIST).sort());
    expect(manifest.webapp).toBeUndefined();
    expect(manifest.executionApi).toBeUndefined();
    for (const scope of manifest.oauthScopes)
      expect(scope).not.toMatch(/auth\/(drive|spreadsheets|gmail\.|mail\.google)$/);
  });

  it('every global is a menu item, a trigger handler or private (ends in _), and runs through the error guard', () => {
    const globals = topLevelFunctions(source);
    const allowed = new Set([...MENU_ITEMS.map((i) => i.functionName), ...TRIGGER_HANDLERS]);
    for (const name of globals)
      expect(allowed.has(name) || name.endsWith('_') ? name : `${name} (not allowed)`).toBe(name);
    for (const name of globals)
      expect(source).toContain(
        `function ${name}() { return __app.__guard('${name}', __app.${name}, this, arguments); }`,
      );
    expect(globals).not.toContain('__guard');
  });

  it('every trigger setup installs calls a declared trigger handler', () => {
    const { world } = loadBundle();
    world.run('setup');
    for (const trigger of world.triggers) expect(TRIGGER_HANDLERS).toContain(trigger.getHandlerFunction());
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
