// Measures DQN update speed (ms per update, samples per second, kernels) for the fast update and the textbook one.

import * as tf from '@tensorflow/tfjs';
import { RandomStream } from '../sim/random';
import { OBSERVATION_SIZE } from '../sim/settings';
import { DEFAULT_DQN_CONFIG, type DqnConfig } from './kinds/dqn/description';
import { DqnAgent } from './dqn';
import { QLearningUpdate } from './q-learning-update';
import { rememberRandomTransitions } from './random-transitions';
import { createReplayBatch } from './replay-buffer';
import { installWasmKernels } from './wasm-kernels/install';

export interface UpdateBenchmarkOptions {
  /** A registered tfjs backend ('wasm', 'cpu', 'webgl'); it must be importable where this runs. */
  backend: string;
  batchSize: number;
  hiddenWidth: number;
  hiddenLayerCount?: number;
  variant: 'fast' | 'textbook';
  /** Timed updates (after a few warm-up ones), in five chunks whose median is reported. */
  updates: number;
  /** Further DQN options for both variants (dueling, optimizer, target update...). */
  config?: Partial<DqnConfig>;
}

export interface UpdateBenchmarkResult {
  variant: 'fast' | 'textbook';
  backend: string;
  batchSize: number;
  msPerUpdate: number;
  samplesPerSecond: number;
  kernelsPerUpdate: number;
}

const WARMUP_UPDATES = 5;
const TIMED_CHUNKS = 5;
const TRANSITION_SESSIONS = 16;

/** Fills a fresh DQN's replay with random transitions, then times updates. */
export async function measureUpdate(options: UpdateBenchmarkOptions): Promise<UpdateBenchmarkResult> {
  // As the lab runs wasm (engine/backends.ts): with its in-heap kernels.
  if (options.backend === 'wasm') installWasmKernels();
  await tf.setBackend(options.backend);
  await tf.ready();
  const config: DqnConfig = {
    ...DEFAULT_DQN_CONFIG,
    // The flat 20-in, 24-out MLP, unless a caller asks otherwise (the figures have been measured on it).
    inputEncoding: 'flat',
    ...options.config,
    batchSize: options.batchSize,
    hiddenWidth: options.hiddenWidth,
    hiddenLayerCount: options.hiddenLayerCount ?? DEFAULT_DQN_CONFIG.hiddenLayerCount,
    replayCapacity: 4096,
    learningStarts: 1,
    multiStep: 1,
  };
  const agent = new DqnAgent({ config, seed: 1, sessions: TRANSITION_SESSIONS });
  rememberRandomTransitions(agent, new RandomStream(2), 128);
  let runUpdate: () => void;
  let textbook: QLearningUpdate | null = null;
  if (options.variant === 'fast') {
    runUpdate = () => void agent.learn();
  } else {
    const { networks } = agent;
    const weights = networks.exportArrays();
    textbook = new QLearningUpdate(networks, { online: weights.parameters, target: weights.targetParameters }, { ...config, targetIsOnline: config.targetUpdate === 'none' });
    const batch = createReplayBatch(config.batchSize, OBSERVATION_SIZE);
    const random = new RandomStream(4);
    const update = textbook;
    runUpdate = () => {
      agent.replay.sample(random, batch, config.discount, config.rewardScale);
      update.step(batch);
    };
  }
  for (let i = 0; i < WARMUP_UPDATES; i++) runUpdate();
  const profile = await tf.profile(() => runUpdate());
  // The median of several timed chunks, so that a burst of other work on the machine does not decide the figure.
  const chunkUpdates = Math.max(1, Math.ceil(options.updates / TIMED_CHUNKS));
  const chunkTimes: number[] = [];
  for (let chunk = 0; chunk < TIMED_CHUNKS; chunk++) {
    const start = performance.now();
    for (let i = 0; i < chunkUpdates; i++) runUpdate();
    chunkTimes.push((performance.now() - start) / chunkUpdates);
  }
  chunkTimes.sort((a, b) => a - b);
  const msPerUpdate = chunkTimes[Math.floor(TIMED_CHUNKS / 2)];
  textbook?.dispose();
  agent.dispose();
  return {
    variant: options.variant,
    backend: options.backend,
    batchSize: options.batchSize,
    msPerUpdate,
    samplesPerSecond: (1000 * options.batchSize) / msPerUpdate,
    kernelsPerUpdate: profile.kernels.length,
  };
}
