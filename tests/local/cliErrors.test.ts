/** @jest-environment ./tests/support/scriptZoneEnvironment.js */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { workbookError } from '../../src/local/workbookErrors';

/** Every mistake a person can make on the command line gets a Dutch message that says what to do. */
const cli = path.resolve('build/local/cli.cjs');
let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-errors-'));
});
afterEach(() => {
  fs.chmodSync(dir, 0o755);
  fs.rmSync(dir, { recursive: true, force: true });
});

function run(...args: string[]) {
  const result = spawnSync('node', [cli, ...args], { encoding: 'utf8', cwd: dir });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const ENGLISH = /\b(EISDIR|EACCES|ENOENT|jszip|central directory|Error:|TypeError|at \w+ \()/;

describe('npm start refuses what it cannot do, in Dutch', () => {
  it('refuses an unknown option instead of ignoring it, and suggests the right one', () => {
    const { code, err } = run('--wokbook', 'x.xlsx');
    expect(code).toBe(2);
    expect(err).toMatch(/Onbekende optie: --wokbook\. Bedoelt u --workbook\?/);
    expect(fs.existsSync(path.join(dir, 'out'))).toBe(false);
  });

  it('refuses a --workbook that does not exist, unless --new', () => {
    const { code, err } = run('--workbook', 'registr.xlsx', '--month', '2026-11');
    expect(code).toBe(2);
    expect(err).toMatch(/Het werkboek "registr\.xlsx" bestaat niet\.[\s\S]*--new/);
    expect(fs.existsSync(path.join(dir, 'registr.xlsx'))).toBe(false);
    expect(run('review', '--workbook', 'nergens.xlsx').err).toMatch(/bestaat niet/);
  });

  it('says a folder is not a workbook', () => {
    fs.mkdirSync(path.join(dir, 'map'));
    const { code, err } = run('--workbook', 'map');
    expect(code).toBe(2);
    expect(err).toMatch(/"map" is een map, geen werkboek/);
    expect(err).not.toMatch(ENGLISH);
  });

  it('says a damaged or non-xlsx file is not a workbook, without zip jargon, and leaves it alone', () => {
    const file = path.join(dir, 'kapot.xlsx');
    fs.writeFileSync(file, 'dit is geen werkboek');
    const { code, err } = run('--workbook', 'kapot.xlsx');
    expect(code).toBe(1);
    expect(err).toMatch(/"kapot\.xlsx" is geen Excel-werkboek \(\.xlsx\) of het bestand is beschadigd/);
    expect(err).not.toMatch(ENGLISH);
    expect(fs.readFileSync(file, 'utf8')).toBe('dit is geen werkboek');
  });

  it('refuses a read-only workbook and does not change it', () => {
    const file = path.join(dir, 'alleen-lezen.xlsx');
    fs.copyFileSync(path.resolve('tests/fixtures/leeg-werkboek.xlsx'), file);
    fs.chmodSync(file, 0o444);
    const before = fs.readFileSync(file);
    const { code, err } = run('--workbook', 'alleen-lezen.xlsx', '--month', '2026-11');
    expect(code).toBe(1);
    expect(err).toMatch(/is alleen-lezen; het script verandert het dus niet/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    const imported = run(
      'import',
      'aanmelding',
      path.resolve('tests/fixtures/aanmelding-export.csv'),
      '--workbook',
      file,
    );
    expect(imported.err).toMatch(/alleen-lezen/);
  });

  it('says in Dutch when the folder cannot be written to', () => {
    if (process.getuid?.() === 0) {
      // root writes anywhere; the message is checked through a read-only file above and by workbookError.
      const error = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      expect(workbookError(error, 'x/demo.xlsx', 'bewaren').message).toMatch(
        /kan niet bewaard worden[\s\S]*niets veranderd/,
      );
      return;
    }
    fs.chmodSync(dir, 0o555);
    const { err } = run('--workbook', 'nieuw.xlsx', '--new', '--month', '2026-11');
    expect(err).toMatch(/kan niet bewaard worden|niet geschreven/);
  });
});
