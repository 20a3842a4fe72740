// tfjs never loads on the main thread: walking every import the page's modules make (static, re-export and
// dynamic, type-only imports excepted since they are erased), no module they reach imports @tensorflow/*.
// The training worker is a separate bundle the controller starts with new Worker(new URL(...)): a boundary,
// not an import, so the walk stops there (and checks that the worker on the far side does load tfjs).

import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const sourceRoot = fileURLToPath(new URL('..', import.meta.url));
const PAGE_FOLDERS = ['ui', 'store', 'controller', 'preset', 'contracts'];
const PAGE_ENTRY = 'main.tsx';

/** Import specifiers that load code: `import x from`, `import 'x'`, `export … from`, `import(…)`; not `import type` / `export type`. */
const LOADING_IMPORT = /(?:^|[;\n])\s*(?:import\s+(?!type[\s{])(?:[^'";]*?\sfrom\s*)?|export\s+(?!type[\s{])[^'";]*?\sfrom\s*)['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
/** A worker started from this module: `new Worker(new URL('…', import.meta.url))`. */
const WORKER_ENTRY = /new\s+Worker\(\s*new\s+URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/g;

const productionFiles = (folder: string): string[] =>
  readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) return productionFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });

/** The file a relative specifier names: as written, or with .ts / .tsx, or its folder's index.ts. */
function resolveModule(from: string, specifier: string): string | null {
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

interface ModuleImports {
  specifiers: string[];
  workers: string[];
}

function importsOf(file: string): ModuleImports {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(LOADING_IMPORT)].map((match) => match[1] ?? match[2]);
  const workers = [...text.matchAll(WORKER_ENTRY)].map((match) => match[1]);
  return { specifiers, workers };
}

interface Walk {
  /** Modules reached that import tfjs, with the chain of imports that reached each. */
  tfjsImporters: string[];
  /** Worker entries the walk stopped at. */
  workerEntries: Set<string>;
  reached: Set<string>;
}

function walk(roots: readonly string[]): Walk {
  const reached = new Set<string>();
  const workerEntries = new Set<string>();
  const tfjsImporters: string[] = [];
  const queue = roots.map((root) => ({ file: root, chain: [root] }));
  while (queue.length > 0) {
    const { file, chain } = queue.shift()!;
    if (reached.has(file)) continue;
    reached.add(file);
    if (!/\.tsx?$/.test(file)) continue;
    const { specifiers, workers } = importsOf(file);
    for (const worker of workers) {
      const entry = resolveModule(file, worker);
      if (entry) workerEntries.add(entry);
    }
    for (const specifier of specifiers) {
      if (specifier.startsWith('@tensorflow/')) {
        tfjsImporters.push(chain.map((step) => path.relative(sourceRoot, step)).join(' -> '));
      } else if (specifier.startsWith('.')) {
        const target = resolveModule(file, specifier);
        if (target && !reached.has(target)) queue.push({ file: target, chain: [...chain, target] });
      }
    }
  }
  return { tfjsImporters, workerEntries, reached };
}

const pageRoots = [...PAGE_FOLDERS.flatMap((folder) => productionFiles(path.join(sourceRoot, folder))), path.join(sourceRoot, PAGE_ENTRY)];

describe('the main thread', () => {
  it('reaches no module that imports tfjs from the page, the store, the controller, the presets or the contracts', () => {
    const { tfjsImporters, reached } = walk(pageRoots);
    expect(tfjsImporters).toEqual([]);
    // The walk saw the whole page, not a handful of files.
    expect(reached.size).toBeGreaterThan(pageRoots.length - 1);
  });

  it('meets the training worker only as a separate bundle, which does load tfjs', () => {
    const { workerEntries, reached } = walk(pageRoots);
    const worker = path.join(sourceRoot, 'worker', 'training-worker.ts');
    expect([...workerEntries]).toEqual([worker]);
    expect(reached.has(worker)).toBe(false);
    // The walker finds tfjs where it is, so an empty list above is a finding, not a blind spot.
    expect(walk([worker]).tfjsImporters.length).toBeGreaterThan(0);
  });

  it('reads the kinds of import a module can make, and skips the erased type-only ones', () => {
    const text = [
      "import type { A } from './type-only';",
      "import { type B, c } from './mixed';",
      "import './side-effect.css';",
      "export { d } from './re-export';",
      "export type { E } from './type-re-export';",
      "const f = () => import('./dynamic');",
    ].join('\n');
    const specifiers = [...text.matchAll(LOADING_IMPORT)].map((match) => match[1] ?? match[2]);
    expect(specifiers).toEqual(['./mixed', './side-effect.css', './re-export', './dynamic']);
  });
});
