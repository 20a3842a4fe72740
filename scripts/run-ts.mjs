// Runs a TypeScript entry (the CLI, the benchmarks) in Node at full speed.
// esbuild bundles the project's own modules into one scope, so imported constants and functions are
// plain bindings rather than the property getters a per-file loader leaves in hot loops; packages
// from node_modules stay external and load as usual.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs <entry.ts> [args...]');
  process.exit(2);
}
// Inside the project, so that external packages resolve from its node_modules.
const cacheDir = join(process.cwd(), 'node_modules', '.cache', 'run-ts');
mkdirSync(cacheDir, { recursive: true });
const outDir = mkdtempSync(join(cacheDir, 'run-'));
const outFile = join(outDir, basename(entry).replace(/\.tsx?$/, '.mjs'));
try {
  await build({
    entryPoints: [entry],
    outfile: outFile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline',
    logLevel: 'warning',
    absWorkingDir: process.cwd(),
  });
  const result = spawnSync(process.execPath, ['--enable-source-maps', outFile, ...args], { stdio: 'inherit' });
  process.exitCode = result.status ?? 1;
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
