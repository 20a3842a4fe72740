// The bundled agent on disk is the one scripts/bundled-agent-config.ts describes, in the current model-file
// format: it loads the way the play page loads it, with this config and budget, its weights and without its
// replay memory. A change to the config's fields or to the file format fails here until the file is written again.

import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeModelFile } from '../src/engine/model-file';
import { parseLabSearch } from '../src/preset/lab-url';
import { switchBackend } from '../src/testing/backends';
import { agentOfModelFile, replayModelFile } from '../src/worker/agent-replay';
import { DEFAULT_SIM_SETTINGS } from '../src/sim/settings';
import { BUNDLED_AGENT_PATH, BUNDLED_AGENT_STEPS, bundledAgentConfig } from './bundled-agent-config';

const bytes = () => new Uint8Array(readFileSync(BUNDLED_AGENT_PATH));

beforeAll(async () => {
  await switchBackend('cpu');
});

describe('the bundled agent', () => {
  it('is a current model file of the bundled config, trained to its budget, without its replay memory', () => {
    const decoded = decodeModelFile(bytes());
    if (!decoded.ok) throw new Error(`the bundled agent does not decode: ${JSON.stringify(decoded.problem)} (run npm run bundled-agent)`);
    const { summary, omittedArrays } = decoded.value;
    expect(summary.step).toBe(BUNDLED_AGENT_STEPS);
    expect(summary.includesReplay).toBe(false);
    expect(omittedArrays.length).toBeGreaterThan(0);
    const link = parseLabSearch(summary.link);
    expect(link.corrections).toEqual([]);
    expect(link.config).toEqual(bundledAgentConfig());
  });

  it('loads as the play page loads it and plays the default shopper to the end, leaking no tensor', () => {
    const before = tf.memory().numTensors;
    const loaded = agentOfModelFile(bytes());
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.refusal));
    expect(loaded.value.agent.isFinite()).toBe(true);
    loaded.value.agent.dispose();
    const replay = replayModelFile(bytes(), { seed: 42, shopperIndex: 50, sim: DEFAULT_SIM_SETTINGS, studentPicks: [] }, 8);
    if (!replay.ok) throw new Error(JSON.stringify(replay.refusal));
    expect(replay.replay.own.length).toBeGreaterThan(0);
    expect(replay.replay.trainedSteps).toBe(BUNDLED_AGENT_STEPS);
    expect(tf.memory().numTensors).toBe(before);
  });
});
