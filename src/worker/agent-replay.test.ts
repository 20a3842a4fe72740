// The replay call: a model file's agent on the play page's shopper picks and values exactly as the agent
// itself does, its session is the shopper's on the same coin flips, a bad file is refused, nothing leaks.

import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { switchBackend } from '../testing/backends';
import { smallConfig } from '../testing/small-trainer';
import type { AgentReplayRequest } from '../contracts/protocol';
import { createCatalog } from '../sim/catalog';
import { seededShopper, sessionOfPicks } from '../sim/replay';
import { ShopperSession } from '../sim/session';
import { DEFAULT_SIM_SETTINGS, ITEM_COUNT } from '../sim/settings';
import { agentOfModelFile, replayModelFile, replayWith } from './agent-replay';
import { createActionBatch } from '../agents/agent';
import { REFERENCE_KIND, TABULAR_KIND, kindOfChoice } from '../agents/kinds/descriptions';
import { trainerFor } from '../engine/agent-for';
import { runFiles } from './run-files';
import { TrainingSession } from './training-session';

const IDLE_SCHEDULER = { now: () => 0, soon: () => {}, later: () => {} };
const CONFIG = smallConfig({ training: { evaluationInterval: 200, totalSteps: 100_000 } });
const REQUEST: AgentReplayRequest = { seed: 42, shopperIndex: 50, sim: DEFAULT_SIM_SETTINGS, studentPicks: [3, 7, 11, 7, 2, 0, 1, 5, 9, 13, 17, 21] };

async function modelFile(ticks: number): Promise<{ bytes: Uint8Array; dispose(): void }> {
  const session = new TrainingSession({ scheduler: IDLE_SCHEDULER, probeWebgl: () => ({ available: false, renderer: null, softwareRendered: false }) });
  await session.init(CONFIG, () => {});
  const trainer = session.current?.trainer;
  if (!trainer) throw new Error('no run');
  for (let k = 0; k < ticks; k++) trainer.tick();
  const { bytes } = runFiles(session).exportModel({ includeReplay: false, presetName: 'default' });
  return { bytes, dispose: () => trainer.dispose() };
}

beforeAll(async () => {
  await switchBackend('cpu');
});

describe('an agent replayed on the play page shopper', () => {
  it('picks and values every state exactly as the agent does, in its own session and in the student one', async () => {
    const file = await modelFile(80);
    const loaded = agentOfModelFile(file.bytes);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.refusal));
    const { agent } = loaded.value;
    const replay = replayWith(loaded.value, REQUEST, 4);
    const shopper = seededShopper(REQUEST.seed, REQUEST.shopperIndex, createCatalog(DEFAULT_SIM_SETTINGS, REQUEST.seed), DEFAULT_SIM_SETTINGS);
    // The agent's own session, played here by its greedy policy: the same picks, and its values state by state.
    const session = new ShopperSession(shopper);
    const picks = new Int32Array(1);
    const values: number[][] = [];
    while (!session.done) {
      values.push(Array.from(agent.greedyValues(session.observation, 1)));
      agent.greedyPolicy().chooseActions(session.batchedView, picks);
      session.step(picks[0]);
    }
    expect(replay.own.map((choice) => choice.item)).toEqual(session.steps.map((step) => step.item.index));
    replay.own.forEach((choice, k) => {
      expect(choice.qValues).toHaveLength(ITEM_COUNT);
      choice.qValues.forEach((value, item) => expect(value).toBeCloseTo(values[k][item], 5));
      // The pick is the item of the highest value (the values shown are the ones it chose by).
      expect(choice.qValues[choice.item]).toBe(Math.max(...choice.qValues));
    });
    // The student's states: one answer per step the student took, each the agent's view of that state.
    const student = sessionOfPicks(shopper, REQUEST.studentPicks);
    expect(replay.atStudent).toHaveLength(student.length);
    expect(replay.agentChoice).toBe(CONFIG.agent);
    expect(replay.trainedSteps).toBeGreaterThan(0);
    expect(Number.isFinite(replay.expected.mean)).toBe(true);
    expect(replay.expected.sessions).toBe(4);
    agent.dispose();
    file.dispose();
  });

  it('gives a tabular run the values its acting reads, and a reference policy zeros beside its own picks, its random stream left as it was', async () => {
    for (const agent of [TABULAR_KIND.choices[0], REFERENCE_KIND.choices[0]]) {
      const trainer = trainerFor(smallConfig({ agent }));
      for (let k = 0; k < 300; k++) trainer.tick();
      const config = smallConfig({ agent });
      const before = trainer.agent.greedyPolicy().random?.getState();
      const replay = replayWith({ agent: trainer.agent, config, trainedSteps: trainer.step, presetName: null }, REQUEST, 3);
      expect(trainer.agent.greedyPolicy().random?.getState()).toEqual(before);
      const shopper = seededShopper(REQUEST.seed, REQUEST.shopperIndex, createCatalog(DEFAULT_SIM_SETTINGS, REQUEST.seed), DEFAULT_SIM_SETTINGS);
      const session = new ShopperSession(shopper);
      const batch = createActionBatch(1, ITEM_COUNT);
      const picks = new Int32Array(1);
      for (const choice of replay.own) {
        trainer.agent.greedyPolicy().chooseActions(session.batchedView, picks);
        expect(choice.item).toBe(picks[0]);
        if (kindOfChoice(agent).learning === 'none') expect(choice.qValues.every((value) => value === 0)).toBe(true);
        else {
          trainer.agent.act(session.batchedView, 0, batch);
          expect(choice.qValues).toEqual(Array.from(batch.qValues));
        }
        session.step(choice.item);
      }
      trainer.dispose();
    }
  });

  it('refuses a damaged file with the file loader reason, and leaks no tensor however it ends', async () => {
    const file = await modelFile(40);
    const before = tf.memory().numTensors;
    const answered = replayModelFile(file.bytes, REQUEST, 3);
    expect(answered.ok).toBe(true);
    const damaged = file.bytes.slice();
    damaged[Math.floor(damaged.length / 2)] ^= 0xff;
    const refused = replayModelFile(damaged, REQUEST, 3);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.refusal.code).toBe('file');
    expect(tf.memory().numTensors).toBe(before);
    file.dispose();
  });
});
