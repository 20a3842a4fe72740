// Outside src/agents no production file names an agent kind: the engine, presets, worker, command line,
// store and page read a kind's description (its choices, sections and capabilities) instead, so adding a
// kind touches only its folder. Test files and test helpers may name kinds; the message catalogs hold words
// for people, where "tabular" is plain English.

import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AGENT_KIND_DESCRIPTIONS } from './descriptions';

const SOURCE = fileURLToPath(new URL('../../', import.meta.url));

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Tests and the helpers that build their fixtures (named so, or kept in a testing folder). */
const isTestFile = (path: string) =>
  /\.test\.tsx?$/.test(path) || /(^|\/)(test-[^/]*|[^/]*fixture[^/]*|fake-[^/]*|lab-test-batches)\.ts$/.test(path) || /(^|\/)testing\//.test(path);

const isCatalog = (path: string) => path.startsWith('ui/i18n/');

/** The kind ids as string literals in a file's text (quoted or a whole template), with their line numbers. */
export function kindLiterals(text: string, ids: readonly string[]): string[] {
  const found: string[] = [];
  text.split('\n').forEach((line, index) => {
    for (const id of ids) if (new RegExp(`(['"\`])${id}\\1`).test(line)) found.push(`${index + 1}: ${line.trim()}`);
  });
  return found;
}

describe('agent kinds are named only in src/agents', () => {
  const ids = AGENT_KIND_DESCRIPTIONS.map((kind) => kind.id);

  it('finds a kind id written as a literal (the check can fail)', () => {
    expect(kindLiterals("if (agent === 'tabular') return;", ids)).toEqual(["1: if (agent === 'tabular') return;"]);
    expect(kindLiterals('const a = "dqn";\nconst b = `dqn`;', ids)).toHaveLength(2);
    expect(kindLiterals("const tabularLearningRate = 'double-dqn'; // the dqn's", ids)).toEqual([]);
  });

  it('no production file outside src/agents writes a kind id as a string', () => {
    const offenders = sourceFiles(SOURCE)
      .map((path) => relative(SOURCE, path).split('\\').join('/'))
      .filter((path) => !path.startsWith('agents/') && !isTestFile(path) && !isCatalog(path))
      .flatMap((path) => kindLiterals(readFileSync(join(SOURCE, path), 'utf8'), ids).map((line) => `${path}:${line}`));
    expect(offenders).toEqual([]);
  });
});

describe('the kinds\' descriptions load without tfjs', () => {
  const KINDS = join(SOURCE, 'agents', 'kinds');
  /** The description modules: each kind's description.ts, the shared interface, and the list (what src/contracts re-exports). */
  const descriptionFiles = sourceFiles(KINDS)
    .map((path) => relative(KINDS, path).split('\\').join('/'))
    .filter((path) => /^([^/]+\/description|descriptions|kind-description)\.ts$/.test(path));
  /** The simulator, the shared interface, and other descriptions. */
  const allowed = /^(\.\.\/)+sim\/|^\.{1,2}\/kind-description$|^\.\/([^/]+\/)?description$|^\.\/[^/]+\/description$/;

  it('finds every kind\'s description', () => {
    expect(descriptionFiles).toEqual(expect.arrayContaining(['descriptions.ts', 'kind-description.ts', ...AGENT_KIND_DESCRIPTIONS.map((kind) => `${kind.id}/description.ts`)]));
  });

  it.each(descriptionFiles)('%s imports only the simulator and other descriptions', (path) => {
    const specifiers = [...readFileSync(join(KINDS, path), 'utf8').matchAll(/^(?:import|export)[^'"]*from '([^']+)'/gm)].map((match) => match[1]);
    expect(specifiers.length).toBeGreaterThan(0);
    expect(specifiers.filter((specifier) => !allowed.test(specifier))).toEqual([]);
  });
});
