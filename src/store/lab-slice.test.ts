import { describe, expect, it } from 'vitest';
import { DEFAULT_LAB_CONFIG, type LabConfig } from '../engine/lab-config';
import type { KnobRequest } from '../engine/trainer';
import type { LabCatalogue, MetricsBatch, RunReady } from '../worker/protocol';
import type { TrainingClient } from './lab-client';
import { createLabStore } from './lab-store';
import { testBatch } from './lab-test-batches';

/** A training client that records commands and answers like the worker, without training. */
class FakeClient implements TrainingClient {
  commands: string[] = [];
  knobs: KnobRequest[] = [];
  configs: LabConfig[] = [];
  onBatch: (batch: MetricsBatch) => void = () => {};
  private runId = 0;

  async catalogue(): Promise<LabCatalogue> {
    const fast = { ...DEFAULT_LAB_CONFIG, dqn: { ...DEFAULT_LAB_CONFIG.dqn, learningRate: 0.1 } };
    return {
      presets: [
        { name: 'default', title: 'Default', description: 'The default.', config: DEFAULT_LAB_CONFIG },
        { name: 'alpha-too-high', title: 'Too high', description: 'Too high.', config: fast },
      ],
      schema: [],
      agentChoices: ['dqn', 'tabular'],
      defaultConfig: DEFAULT_LAB_CONFIG,
    };
  }
  async init(config: LabConfig, onBatch: (batch: MetricsBatch) => void): Promise<RunReady> {
    this.onBatch = onBatch;
    return this.reset(config);
  }
  async reset(config: LabConfig): Promise<RunReady> {
    this.configs.push(config);
    this.runId += 1;
    const webgl = { available: false, renderer: null, softwareRendered: false };
    return { runId: this.runId, config, backend: { backend: 'cpu', requested: 'cpu', trials: [], webgl, summary: 'cpu' }, references: [], knobs: { learningRate: config.dqn.learningRate, discount: 0.99, explorationRate: 1 } };
  }
  async play() {
    this.commands.push('play');
  }
  async pause() {
    this.commands.push('pause');
  }
  async stepOnce() {
    this.commands.push('step');
  }
  async setSpeed(speed: number | 'max') {
    this.commands.push(`speed ${speed}`);
  }
  async setKnobs(knobs: KnobRequest) {
    this.knobs.push(knobs);
  }
  dispose() {}
}

async function connected() {
  const client = new FakeClient();
  const store = createLabStore({ createTrainingClient: () => client });
  await store.getState().labActions.connect();
  return { client, store };
}

describe('lab slice', () => {
  it('connects: loads the catalogue and the default preset, paused, with the backend report', async () => {
    const { client, store } = await connected();
    const { lab } = store.getState();
    expect(lab.phase).toBe('ready');
    expect(lab.catalogue?.presets).toHaveLength(2);
    expect(lab.config).toEqual(DEFAULT_LAB_CONFIG);
    expect(lab.backend?.backend).toBe('cpu');
    expect(lab.run.runId).toBe(1);
    expect(client.commands).toEqual(['speed max']);
  });

  it('folds the worker batches into the run view', async () => {
    const { client, store } = await connected();
    client.onBatch(testBatch({ runId: 1, step: 64, sessions: [{ step: 64, sessionReturn: 2 }] }));
    expect(store.getState().lab.run.step).toBe(64);
    expect(store.getState().lab.run.series.raw.sessionReturn.values).toEqual([2]);
  });

  it('turns knobs at once and keeps them for the next reset', async () => {
    const { client, store } = await connected();
    store.getState().labActions.setKnob('discount', 0.5);
    store.getState().labActions.setKnob('explorationRate', 0.1);
    await Promise.resolve();
    expect(client.knobs).toEqual([{ discount: 0.5 }, { explorationRate: 0.1 }]);
    const { draft } = store.getState().lab;
    expect(draft?.dqn.discount).toBe(0.5);
    expect(draft?.training).toMatchObject({ explorationStart: 0.1, explorationEnd: 0.1, explorationDecaySteps: 0 });
  });

  it('puts epsilon back on a decay schedule at once, through the worker, and keeps it for the next reset', async () => {
    const { client, store } = await connected();
    store.getState().labActions.setKnob('explorationRate', 0.3);
    const schedule = { explorationStart: 0.8, explorationEnd: 0.1, explorationDecaySteps: 20_000 };
    store.getState().labActions.setExplorationSchedule(schedule);
    await Promise.resolve();
    expect(client.knobs).toEqual([{ explorationRate: 0.3 }, { explorationSchedule: schedule }]);
    expect(store.getState().lab.draft?.training).toMatchObject(schedule);
    await store.getState().labActions.reset();
    expect(client.configs.at(-1)?.training).toMatchObject(schedule);
  });

  it('applies advanced fields on reset, and a preset restarts with its own config', async () => {
    const { client, store } = await connected();
    store.getState().labActions.setDraftField('dqn', 'hiddenWidth', 32);
    expect(client.configs).toHaveLength(1);
    await store.getState().labActions.reset();
    expect(client.configs.at(-1)?.dqn.hiddenWidth).toBe(32);
    expect(store.getState().lab.run.runId).toBe(2);
    await store.getState().labActions.choosePreset('alpha-too-high');
    expect(store.getState().lab.presetName).toBe('alpha-too-high');
    expect(store.getState().lab.config?.dqn.learningRate).toBe(0.1);
  });

  it('lowers alpha tenfold and restarts after a divergence', async () => {
    const { client, store } = await connected();
    await store.getState().labActions.choosePreset('alpha-too-high');
    await store.getState().labActions.lowerAlphaAndRestart();
    expect(client.configs.at(-1)?.dqn.learningRate).toBeCloseTo(0.01, 12);
  });

  it('shows an error instead of throwing when the engine cannot start', async () => {
    const client = new FakeClient();
    client.catalogue = async () => {
      throw new Error('no backend');
    };
    const store = createLabStore({ createTrainingClient: () => client });
    await store.getState().labActions.connect();
    expect(store.getState().lab).toMatchObject({ phase: 'error', error: 'no backend' });
  });
});
