/** @jest-environment ./tests/support/scriptZoneEnvironment.js */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MAIL_STATUS } from '../../src/domain/messages/status';
import { MESSAGES } from '../../src/domain/tabs';
import { WorkbookTables } from '../../src/local/workbookTables';

/**
 * Ctrl-C during the e-mails: a real child process (the built CLI) is killed while it writes them, then run
 * again. The e-mails are written before the workbook says "Verstuurd" (write-ahead): the rerun writes exactly
 * the missing ones, each once, and the outbox ends the same as after a run that was never interrupted.
 */
const cli = path.resolve('build/local/cli.cjs');
const ARGS = ['--month', '2026-11', '--new'];

function emlFiles(outbox: string): string[] {
  return fs.existsSync(outbox)
    ? fs
        .readdirSync(outbox)
        .filter((f) => f.endsWith('.eml'))
        .sort()
    : [];
}

/** Starts the CLI slowed down in the mail steps and kills it once `when` says so. */
async function runAndKill(dir: string, when: (out: string, written: number) => boolean, signal: NodeJS.Signals) {
  const outbox = path.join(dir, 'outbox');
  const child: ChildProcess = spawn('node', [cli, '--workbook', path.join(dir, 'demo.xlsx'), ...ARGS], {
    env: { ...process.env, DIGITAAL_TEST_MAIL_PAUSE_MS: '25' },
  });
  let out = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  const killed = await new Promise<boolean>((resolve) => {
    const timer = setInterval(() => {
      if (when(out, emlFiles(outbox).length)) {
        child.kill(signal);
        clearInterval(timer);
        resolve(true);
      }
    }, 10);
    child.on('exit', () => {
      clearInterval(timer);
      resolve(false);
    });
  });
  await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.on('exit', resolve)));
  return { killed, out };
}

function sentInWorkbook(file: string): Promise<number> {
  return WorkbookTables.load(file).then(
    (t) => t.read(MESSAGES.name).rows.filter((r) => r.values.Status === MAIL_STATUS.sent).length,
  );
}

describe('an interrupted mail step', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'interrupted-'));
  const reference = path.join(root, 'reference');
  let expected: string[];
  beforeAll(() => {
    fs.mkdirSync(reference);
    execFileSync('node', [cli, '--workbook', path.join(reference, 'demo.xlsx'), ...ARGS], { encoding: 'utf8' });
    expected = emlFiles(path.join(reference, 'outbox'));
  }, 120_000);
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('killed while the e-mails are written (Ctrl-C): the rerun writes exactly the missing ones', async () => {
    const dir = path.join(root, 'ctrl-c');
    fs.mkdirSync(dir);
    const { killed } = await runAndKill(
      dir,
      (out, written) => out.includes('E-mails schrijven') && written >= 5,
      'SIGINT',
    );
    expect(killed).toBe(true);
    const before = emlFiles(path.join(dir, 'outbox'));
    expect(before.length).toBeGreaterThanOrEqual(5);
    expect(before.length).toBeLessThan(expected.length);
    // The workbook already says "Verstuurd" for every e-mail: they were written (to the spool) first.
    expect(await sentInWorkbook(path.join(dir, 'demo.xlsx'))).toBe(
      await sentInWorkbook(path.join(reference, 'demo.xlsx')),
    );

    const rerun = execFileSync('node', [cli, '--workbook', path.join(dir, 'demo.xlsx'), ...ARGS], { encoding: 'utf8' });
    expect(rerun).toContain(`${expected.length - before.length} e-mails van een onderbroken run alsnog geschreven`);
    const after = emlFiles(path.join(dir, 'outbox'));
    expect(after).toEqual(expected);
    expect(fs.existsSync(path.join(dir, 'outbox', '.wachtrij'))).toBe(false);
  }, 180_000);

  it('killed before the workbook is saved: nothing counts as sent, and the rerun writes every e-mail once', async () => {
    const dir = path.join(root, 'kill-before-save');
    fs.mkdirSync(dir);
    // While the e-mails are composed (before the save): 8 pauses of 25 ms after the step starts.
    let seen = 0;
    const { killed } = await runAndKill(dir, (out) => out.includes('Werkboek bewaren') && ++seen > 20, 'SIGKILL');
    expect(killed).toBe(true);
    expect(fs.existsSync(path.join(dir, 'demo.xlsx'))).toBe(false);
    expect(emlFiles(path.join(dir, 'outbox'))).toEqual([]);

    execFileSync('node', [cli, '--workbook', path.join(dir, 'demo.xlsx'), ...ARGS], { encoding: 'utf8' });
    expect(emlFiles(path.join(dir, 'outbox'))).toEqual(expected);
  }, 180_000);
});
