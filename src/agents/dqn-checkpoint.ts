// Saving and restoring a DQN agent: weights, target, Adam moments, replay, n-step queues, random streams and counters.

import type { RandomStream } from '../sim/random';
import type { AgentCheckpoint } from './agent';
import type { DqnConfig } from './dqn-config';
import type { MultiStepAccumulator } from './multi-step';
import { networkSignature, type NetworkShape } from './network';
import type { QNetworks } from './q-networks';
import { ReplayBuffer } from './replay-buffer';

export interface DqnCheckpointParts {
  signature: string;
  networks: QNetworks;
  replay: ReplayBuffer;
  accumulator: MultiStepAccumulator;
  actionRandom: RandomStream;
  replayRandom: RandomStream;
}

export interface DqnCounters {
  updates: number;
  optimizerSteps: number;
  learningRate: number;
  discount: number;
}

/** Everything that fixes the checkpoint's array sizes. */
export function dqnSignature(shape: NetworkShape, config: DqnConfig, sessions: number): string {
  return `dqn ${networkSignature(shape)}, ${config.multiStep}-step, replay ${config.replayCapacity}, ${sessions} sessions`;
}

const NETWORK_ARRAYS = ['parameters', 'targetParameters', 'firstMoment', 'secondMoment'] as const;

export function saveDqnCheckpoint(parts: DqnCheckpointParts, counters: DqnCounters, reuse?: AgentCheckpoint): AgentCheckpoint {
  const replay = parts.replay.exportState(reuse?.kind === 'dqn' ? reuse.arrays : {});
  const actionState = parts.actionRandom.getState();
  const replayState = parts.replayRandom.getState();
  return {
    kind: 'dqn',
    signature: parts.signature,
    arrays: {
      ...parts.networks.exportArrays(),
      ...replay.arrays,
      ...parts.accumulator.exportState(),
      // Float64 keeps a NaN "no spare normal" exactly (JSON numbers cannot hold NaN).
      randomStates: new Float64Array([actionState.state, actionState.spareNormal, replayState.state, replayState.spareNormal]),
    },
    numbers: { ...replay.numbers, ...counters },
  };
}

/** Why the checkpoint does not fit these parts, or null when it does. */
function mismatch(parts: DqnCheckpointParts, checkpoint: AgentCheckpoint): string | null {
  if (checkpoint.kind !== 'dqn') return `it is a ${checkpoint.kind} checkpoint, not a DQN one`;
  if (checkpoint.signature !== parts.signature) return `it was saved by "${checkpoint.signature}", this agent is "${parts.signature}"`;
  const { arrays, numbers } = checkpoint;
  for (const name of NETWORK_ARRAYS) {
    if (!(arrays[name] instanceof Float32Array)) return `the checkpoint has no Float32Array ${name}`;
    if (arrays[name].length !== parts.networks.parameterCount) return `${name} holds ${arrays[name].length} numbers, expected ${parts.networks.parameterCount}`;
  }
  const { averagedParameters } = arrays;
  if (averagedParameters !== undefined && (!(averagedParameters instanceof Float32Array) || averagedParameters.length !== parts.networks.parameterCount)) {
    return `averagedParameters is not a Float32Array of ${parts.networks.parameterCount} numbers`;
  }
  if (!(arrays.randomStates instanceof Float64Array) || arrays.randomStates.length !== 4) return 'the checkpoint has no random stream states';
  for (const name of ['updates', 'optimizerSteps', 'learningRate', 'discount'] as const) {
    if (!Number.isFinite(numbers[name])) return `the checkpoint has no ${name}`;
  }
  return ReplayBuffer.mismatch(parts.replay, arrays, numbers) ?? parts.accumulator.mismatch(arrays);
}

/** Restores the parts and returns the counters; throws a readable Error (changing nothing) on a mismatch. */
export function loadDqnCheckpoint(parts: DqnCheckpointParts, checkpoint: AgentCheckpoint): DqnCounters {
  const problem = mismatch(parts, checkpoint);
  if (problem) throw new Error(`Cannot load this checkpoint: ${problem}.`);
  const { arrays, numbers } = checkpoint;
  parts.networks.importArrays({
    parameters: arrays.parameters as Float32Array,
    targetParameters: arrays.targetParameters as Float32Array,
    firstMoment: arrays.firstMoment as Float32Array,
    secondMoment: arrays.secondMoment as Float32Array,
    averagedParameters: arrays.averagedParameters as Float32Array | undefined,
  });
  parts.replay.importState(arrays, numbers);
  parts.accumulator.importState(arrays);
  const states = arrays.randomStates;
  parts.actionRandom.setState({ state: states[0], spareNormal: states[1] });
  parts.replayRandom.setState({ state: states[2], spareNormal: states[3] });
  return { updates: numbers.updates, optimizerSteps: numbers.optimizerSteps, learningRate: numbers.learningRate, discount: numbers.discount };
}
