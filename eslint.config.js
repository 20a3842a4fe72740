// Lint rules, including the layer boundaries of the architecture:
// sim -> agents -> engine -> preset -> worker / cli -> store -> ui, and never the other way.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const layers = ['sim', 'agents', 'engine', 'preset', 'worker', 'cli', 'store', 'ui'];
/** What each layer may not import: every layer above it, plus the libraries it must stay free of. */
const forbidden = {
  sim: { layers: ['agents', 'engine', 'preset', 'worker', 'cli', 'store', 'ui'], packages: ['@tensorflow/*', 'react', 'react-dom', 'react/*', 'zustand', 'recharts'] },
  agents: { layers: ['engine', 'preset', 'worker', 'cli', 'store', 'ui'], packages: ['react', 'react-dom', 'react/*', 'zustand', 'recharts'] },
  engine: { layers: ['preset', 'worker', 'cli', 'store', 'ui'], packages: ['react', 'react-dom', 'react/*', 'zustand', 'recharts'] },
  preset: { layers: ['worker', 'cli', 'store', 'ui'], packages: ['@tensorflow/*', 'react', 'react-dom', 'react/*', 'zustand', 'recharts'] },
  worker: { layers: ['cli', 'store', 'ui'], packages: ['react', 'react-dom', 'react/*', 'zustand', 'recharts'] },
  cli: { layers: ['worker', 'store', 'ui'], packages: ['react', 'react-dom', 'react/*', 'zustand', 'recharts'] },
  // The main thread never loads tfjs: training lives in the worker.
  store: { layers: ['ui', 'cli'], packages: ['@tensorflow/*', 'react-dom'] },
  ui: { layers: ['cli'], packages: ['@tensorflow/*'] },
};

const boundaryRules = layers.map((layer) => ({
  files: [`src/${layer}/**/*.{ts,tsx}`],
  ignores: ['src/**/*.test.{ts,tsx}'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...forbidden[layer].layers.map((above) => ({
            group: [`../${above}`, `../${above}/*`, `../../${above}`, `../../${above}/*`],
            message: `src/${layer} may not import src/${above}: layers point one way (see docs/architecture.md).`,
          })),
          { group: forbidden[layer].packages, message: `src/${layer} must stay free of this library.` },
          {
            group: ['../testing', '../testing/*', '../../testing', '../../testing/*', '../../../testing/*'],
            message: 'src/testing is test support: only tests, benchmarks and scripts import it, so it never ships.',
          },
        ],
      },
    ],
  },
}));

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
  {
    // Test support may build on every layer (fixtures for the store, small trainers for the engine) but
    // never on the page: tests of the page bring their own.
    files: ['src/testing/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['../ui', '../ui/*'], message: 'src/testing stays below the page.' }] }],
    },
  },
);
