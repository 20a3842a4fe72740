// The update's one read-back: the packed tensor of dqn-update.ts unpacked into the statistics the charts plot
// and the per-sample numbers the step-through inspector shows for the last minibatch.

import type * as tf from '@tensorflow/tfjs';
import type { UpdateStats } from './agent';
import { PackedStat } from './dqn-update';
import { createReplayBatch, type ReplayBatch } from './replay-buffer';
import { readInto } from './wasm-kernels/read-into';

/** The last sampled minibatch and what the update computed from it, for a step-through inspector. */
export interface BatchInspection {
  batch: ReplayBatch;
  /** y: the TD target of each sample. */
  targets: Float32Array;
  /** Q(s, a) of the taken action before the update. */
  qTaken: Float32Array;
  /** Q(s, a) - y. */
  tdErrors: Float32Array;
  /** Global L2 norm of the gradient before clipping. */
  gradientNorm: number;
  /** False when the update was rejected as non-finite. */
  applied: boolean;
  /** The update's read-back, reused: statistics then y, Q(s, a) and TD errors (dqn-update.ts packs them). */
  packed: Float32Array;
}

/** Arrays for a minibatch of batchSize observations, reused by every update. */
export function createBatchInspection(batchSize: number, observationSize: number): BatchInspection {
  const perSample = () => new Float32Array(batchSize);
  return { batch: createReplayBatch(batchSize, observationSize), targets: perSample(), qTaken: perSample(), tdErrors: perSample(), gradientNorm: 0, applied: false, packed: new Float32Array(PackedStat.count + 3 * batchSize) };
}

/**
 * Reads the packed tensor once (and disposes it), fills the inspection for its batch and returns the update's
 * statistics. The update is finite when the loss, the largest Q-value and every new weight and moment are.
 * The values go straight into the inspection's arrays: nothing is allocated per update (see readInto).
 */
export function readUpdate(packed: tf.Tensor1D, inspection: BatchInspection): { stats: UpdateStats; finite: boolean } {
  const values = readInto(packed, inspection.packed);
  packed.dispose();
  const stats: UpdateStats = { loss: values[PackedStat.loss], meanQ: values[PackedStat.meanQ], maxQ: values[PackedStat.maxQ], meanAbsTdError: values[PackedStat.meanAbsTdError] };
  const size = inspection.batch.size;
  for (let i = 0; i < size; i++) {
    inspection.targets[i] = values[PackedStat.count + i];
    inspection.qTaken[i] = values[PackedStat.count + size + i];
    inspection.tdErrors[i] = values[PackedStat.count + 2 * size + i];
  }
  inspection.gradientNorm = values[PackedStat.gradientNorm];
  const finite = Number.isFinite(stats.loss) && Number.isFinite(stats.maxQ) && Number.isFinite(values[PackedStat.parameterSum]);
  inspection.applied = finite;
  return { stats, finite };
}
