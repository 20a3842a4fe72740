// The layer lint, broken on purpose: the repository's own ESLint config must refuse a page module that imports
// the engine and a contract that imports tfjs (and let through what the layers allow).

import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The repository's lint messages for a source text placed at `filePath` (nothing is written to disk). */
async function lint(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: repositoryRoot });
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((message) => `${message.ruleId}: ${message.message}`);
}

describe('the layer lint', () => {
  it('refuses a page module that imports the trainer', async () => {
    const messages = await lint('src/ui/x.ts', "import { Trainer } from '../engine/trainer';\nexport const trainer = Trainer;\n");
    expect(messages).toEqual(['layers/imports: src/ui may not import src/engine: layers point one way (see docs/architecture.md).']);
  });

  it('refuses it from a folder deep in the page too, and for a type-only or dynamic import', async () => {
    const code = [
      "import type { Agent } from '../../../agents/agent';",
      "export const load = () => import('../../../worker/training-session');",
      'export type Loaded = Agent;',
      '',
    ].join('\n');
    const messages = await lint('src/ui/lab/files/x.ts', code);
    expect(messages).toEqual([
      'layers/imports: src/ui may not import src/agents: layers point one way (see docs/architecture.md).',
      'layers/imports: src/ui may not import src/worker: layers point one way (see docs/architecture.md).',
    ]);
  });

  it('refuses a store module that imports the worker, and lets it import the controller and contracts', async () => {
    const code = [
      "import { TrainingSession } from '../worker/training-session';",
      "import { DEFAULT_LAB_CONFIG } from '../contracts/lab-config';",
      "import { createWorkerClient } from '../controller/worker-client';",
      'export const parts = [TrainingSession, DEFAULT_LAB_CONFIG, createWorkerClient];',
      '',
    ].join('\n');
    expect(await lint('src/store/x.ts', code)).toEqual(['layers/imports: src/store may not import src/worker: layers point one way (see docs/architecture.md).']);
  });

  it('refuses a contract that imports tfjs or an agent, and lets it re-export the agent kinds\' descriptions', async () => {
    const code = [
      "import * as tf from '@tensorflow/tfjs';",
      "import { DqnAgent } from '../agents/dqn';",
      "export { dqnDescription } from '../agents/kinds/dqn/description';",
      "export { AGENT_KINDS } from '../agents/kinds/descriptions';",
      'export const parts = [tf, DqnAgent];',
      '',
    ].join('\n');
    expect(await lint('src/contracts/x.ts', code)).toEqual([
      "no-restricted-imports: '@tensorflow/tfjs' import is restricted from being used by a pattern. src/contracts must stay free of this library.",
      'layers/imports: src/contracts may not import src/agents: layers point one way (see docs/architecture.md).',
    ]);
  });

  it('refuses tfjs in an agent kind\'s description, which the page reads', async () => {
    const messages = await lint('src/agents/kinds/dqn/description.ts', "import * as tf from '@tensorflow/tfjs';\nexport const backend = tf.getBackend;\n");
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('must stay free of this library');
  });

  it('refuses the presets and the controller an engine import', async () => {
    const code = "import { Trainer } from '../engine/trainer';\nexport const trainer = Trainer;\n";
    expect(await lint('src/preset/x.ts', code)).toEqual(['layers/imports: src/preset may not import src/engine: layers point one way (see docs/architecture.md).']);
    expect(await lint('src/controller/x.ts', code)).toEqual(['layers/imports: src/controller may not import src/engine: layers point one way (see docs/architecture.md).']);
  });
});
