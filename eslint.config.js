// Lint rules, including the layer boundaries of the architecture (docs/architecture.md):
// sim -> contracts -> agents -> engine -> preset -> worker / cli -> controller -> store -> ui, never the other way.
// The page's layers (controller, store, ui) and the presets reach below them only through the tfjs-free
// contracts, so tfjs cannot load on the main thread: the worker is a separate bundle the controller starts.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';

const SOURCE_ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'src');
const TFJS = '@tensorflow/*';
const VIEW_LIBRARIES = ['react', 'react-dom', 'react/*', 'zustand', 'recharts'];
/** The agent kinds' descriptions (config tables, defaults, help): tfjs-free, so the contracts may re-export them. */
const AGENT_DESCRIPTIONS = ['agents/kinds/descriptions.ts', 'agents/kinds/*/description.ts'];

/** What each layer may import (folders under src/, or single files) and the libraries it must stay free of. */
export const LAYERS = {
  sim: { may: ['sim'], packages: [TFJS, ...VIEW_LIBRARIES] },
  contracts: { may: ['contracts', 'sim', ...AGENT_DESCRIPTIONS], packages: [TFJS, ...VIEW_LIBRARIES] },
  agents: { may: ['agents', 'contracts', 'sim'], packages: VIEW_LIBRARIES },
  engine: { may: ['engine', 'agents', 'contracts', 'sim'], packages: VIEW_LIBRARIES },
  preset: { may: ['preset', 'contracts', 'sim'], packages: [TFJS, ...VIEW_LIBRARIES] },
  // Guided lessons as data (question, choices, outcome and callout rules, texts): read by the store and the page.
  lessons: { may: ['lessons', 'preset', 'contracts', 'sim'], packages: [TFJS, ...VIEW_LIBRARIES] },
  worker: { may: ['worker', 'preset', 'engine', 'agents', 'contracts', 'sim'], packages: VIEW_LIBRARIES },
  cli: { may: ['cli', 'preset', 'engine', 'agents', 'contracts', 'sim'], packages: VIEW_LIBRARIES },
  // The run controller starts workers by URL (new Worker(new URL(...))), a separate bundle, never by import.
  controller: { may: ['controller', 'preset', 'contracts', 'sim'], packages: [TFJS, ...VIEW_LIBRARIES] },
  store: { may: ['store', 'controller', 'lessons', 'preset', 'contracts', 'sim'], packages: [TFJS, 'react-dom'] },
  ui: { may: ['ui', 'store', 'lessons', 'preset', 'contracts', 'sim'], packages: [TFJS] },
};

/** A glob of one path segment per '*', matched against a path under src/ (extensions as written). */
const matchesFile = (pattern, relative) => {
  const stem = pattern.replace(/\.tsx?$/, '').replace(/[.]/g, '\\.').replace(/\*/g, '[^/]+');
  return new RegExp(`^${stem}(\\.tsx?|/index\\.ts)?$`).test(relative);
};

/** Refuses a relative import that lands in a part of src/ the importing layer may not use. */
const layerImports = {
  meta: { type: 'problem', schema: [{ type: 'string' }], messages: { upward: '{{from}} may not import {{to}}: layers point one way (see docs/architecture.md).' } },
  create(context) {
    const layer = context.options[0];
    const check = (node) => {
      const source = node.source;
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const relative = path.relative(SOURCE_ROOT, path.resolve(path.dirname(context.filename), source.value)).split(path.sep).join('/');
      if (relative.startsWith('..')) return;
      const folder = relative.split('/')[0];
      const allowed = LAYERS[layer].may.some((entry) => (entry.includes('/') ? matchesFile(entry, relative) : entry === folder));
      if (!allowed) context.report({ node: source, messageId: 'upward', data: { from: `src/${layer}`, to: relative.includes('/') && !LAYERS[folder] ? `src/${relative}` : `src/${folder}` } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

const boundaryRules = Object.entries(LAYERS).map(([layer, { packages }]) => ({
  files: [`src/${layer}/**/*.{ts,tsx}`],
  ignores: ['src/**/*.test.{ts,tsx}'],
  plugins: { layers: { rules: { imports: layerImports } } },
  rules: {
    'layers/imports': ['error', layer],
    'no-restricted-imports': ['error', { patterns: [{ group: packages, message: `src/${layer} must stay free of this library.` }] }],
  },
}));

/** The agent kinds' descriptions are read by the contracts, so on the page: no tfjs there either. */
const descriptionRule = {
  files: AGENT_DESCRIPTIONS.map((file) => `src/${file}`),
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group: [TFJS, ...VIEW_LIBRARIES], message: 'An agent kind\'s description is read on the page: it must stay free of this library.' }] }] },
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Use a seeded RandomStream.' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Node scripts (the TypeScript runner): Node's globals.
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    files: ['src/sim/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'self', 'localStorage', 'performance'],
    },
  },
  ...boundaryRules,
  descriptionRule,
  {
    // Test support may build on every layer (fixtures for the store, small trainers for the engine) but
    // never on the page: tests of the page bring their own. No shipped layer lists src/testing among
    // what it may import, so nothing that ships can reach it.
    files: ['src/testing/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['../ui', '../ui/*'], message: 'src/testing stays below the page.' }] }],
    },
  },
);
