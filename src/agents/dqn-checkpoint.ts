// Saving and restoring a DQN agent: weights, target, Adam moments, replay, n-step queues, random streams and counters.

import type { RandomStream } from '../sim/random';
import type { AgentCheckpoint } from '../contracts/agent-checkpoint';
import { CheckpointError, type CheckpointRefusal } from '../contracts/checkpoint-refusal';
import type { ReplayHolding } from './agent';
import type { DqnConfig } from './kinds/dqn/description';
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

export function saveDqnCheckpoint(parts: DqnCheckpointParts, counters: DqnCounters, replayHolding: ReplayHolding = 'copied'): AgentCheckpoint {
  const replay = parts.replay.exportState(replayHolding);
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
function mismatch(parts: DqnCheckpointParts, checkpoint: AgentCheckpoint): CheckpointRefusal | null {
  if (checkpoint.kind !== 'dqn') return { code: 'wrong-kind', saved: checkpoint.kind, expected: 'dqn' };
  if (checkpoint.signature !== parts.signature) return { code: 'wrong-signature', saved: checkpoint.signature, expected: parts.signature };
  const { arrays, numbers } = checkpoint;
  for (const name of NETWORK_ARRAYS) {
    if (!(arrays[name] instanceof Float32Array)) return { code: 'missing-array', name };
    if (arrays[name].length !== parts.networks.parameterCount) return { code: 'array-length', name, length: arrays[name].length, expected: parts.networks.parameterCount };
  }
  const { averagedParameters } = arrays;
  if (averagedParameters !== undefined) {
    if (!(averagedParameters instanceof Float32Array)) return { code: 'missing-array', name: 'averagedParameters' };
    if (averagedParameters.length !== parts.networks.parameterCount) return { code: 'array-length', name: 'averagedParameters', length: averagedParameters.length, expected: parts.networks.parameterCount };
  }
  if (!(arrays.randomStates instanceof Float64Array) || arrays.randomStates.length !== 4) return { code: 'no-random-state' };
  for (const name of ['updates', 'optimizerSteps', 'learningRate', 'discount'] as const) {
    if (!Number.isFinite(numbers[name])) return { code: 'missing-counter', name };
  }
  return ReplayBuffer.mismatch(parts.replay, arrays, numbers) ?? parts.accumulator.mismatch(arrays);
}

/** Restores the parts and returns the counters; throws a CheckpointError (changing nothing) on a mismatch. */
export function loadDqnCheckpoint(parts: DqnCheckpointParts, checkpoint: AgentCheckpoint): DqnCounters {
  const problem = mismatch(parts, checkpoint);
  if (problem) throw new CheckpointError(problem);
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
