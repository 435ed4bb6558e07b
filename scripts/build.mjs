// Builds the Apps Script bundle (build/gas/Code.js + appsscript.json) and, with --local, the Node twin.
//
// Apps Script only sees top-level function declarations, and esbuild wraps a bundle in a closure. So the
// bundle is an IIFE that assigns its exports to `__app`, and one real declaration per export is appended. Each
// runs through the entry's `__guard` (src/gas/errors/guard.ts: log without names, tell the worker once a day,
// rethrow), so every trigger and menu action another feature exports is covered without an edit:
//   function setup() { return __app.__guard('setup', __app.setup, this, arguments); }
// The export names are read from esbuild's own metafile, so the list can never drift from src/gas/entry.ts.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { letterTemplatesPlugin } from './letterTemplates.mjs';

// The twin keeps the script's time zone whatever the host's (src/local/scriptZone.ts): first line of each Node entry.
const { timeZone } = JSON.parse(readFileSync('appsscript.json', 'utf8'));
const zoneBanner = { js: `process.env.TZ = ${JSON.stringify(timeZone)};` };

const local = process.argv.includes('--local');
const bench = process.argv.includes('--bench');
const common = { bundle: true, logLevel: 'warning', legalComments: 'none', plugins: [letterTemplatesPlugin] };

async function exportNames(entry) {
  const result = await build({
    ...common,
    entryPoints: [entry],
    format: 'esm',
    write: false,
    metafile: true,
    outdir: 'x',
  });
  return Object.values(result.metafile.outputs).flatMap((o) => o.exports ?? []);
}

/** The entry's error guard: wraps every global, and is not a global itself. */
const GUARD = '__guard';

async function buildGas() {
  // clasp pushes every file of rootDir (build/gas): start empty, so it holds exactly Code.js and appsscript.json.
  rmSync('build/gas', { recursive: true, force: true });
  mkdirSync('build/gas', { recursive: true });
  const entry = 'src/gas/entry.ts';
  const exported = await exportNames(entry);
  if (!exported.includes(GUARD)) throw new Error(`${entry} must export ${GUARD} (src/gas/errors/guard.ts)`);
  const names = exported.filter((n) => n !== GUARD);
  const result = await build({
    ...common,
    entryPoints: [entry],
    format: 'iife',
    globalName: '__app',
    target: 'es2019',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
  });
  const globals = names
    .map((n) => `function ${n}() { return __app.${GUARD}('${n}', __app.${n}, this, arguments); }`)
    .join('\n');
  writeFileSync('build/gas/Code.js', `${result.outputFiles[0].text}\n// Apps Script globals\n${globals}\n`);
  copyFileSync('appsscript.json', 'build/gas/appsscript.json');
}

async function buildLocal() {
  mkdirSync('build/local', { recursive: true });
  await build({
    ...common,
    entryPoints: { cli: 'src/local/cli.ts', docs: 'scripts/docs.ts', pictures: 'scripts/pictures.ts' },
    outdir: 'build/local',
    outExtension: { '.js': '.cjs' },
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    banner: zoneBanner,
  });
}

async function buildBench() {
  mkdirSync('build/bench', { recursive: true });
  await build({
    ...common,
    entryPoints: { bench: 'scripts/bench/index.ts', cycle: 'scripts/bench/cycleRunner.ts' },
    outdir: 'build/bench',
    outExtension: { '.js': '.cjs' },
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    banner: zoneBanner,
  });
}

await buildGas();
if (local) await buildLocal();
if (bench) await buildBench();
