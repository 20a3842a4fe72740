// The update's one read-back: the packed tensor of dqn-update.ts unpacked into the statistics the charts plot
// and the per-sample numbers the step-through inspector shows for the last minibatch.

import type * as tf from '@tensorflow/tfjs';
import type { UpdateStats } from './agent';
import { PackedStat } from './dqn-update';
import { createReplayBatch, type ReplayBatch } from './replay-buffer';

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
}

/** Arrays for a minibatch of batchSize observations, reused by every update. */
export function createBatchInspection(batchSize: number, observationSize: number): BatchInspection {
  const perSample = () => new Float32Array(batchSize);
  return { batch: createReplayBatch(batchSize, observationSize), targets: perSample(), qTaken: perSample(), tdErrors: perSample(), gradientNorm: 0, applied: false };
}

/**
 * Reads the packed tensor once (and disposes it), fills the inspection for its batch and returns the update's
 * statistics. The update is finite when the loss, the largest Q-value and every new weight and moment are.
 */
export function readUpdate(packed: tf.Tensor1D, inspection: BatchInspection): { stats: UpdateStats; finite: boolean } {
  const values = packed.dataSync();
  packed.dispose();
  const stats: UpdateStats = { loss: values[PackedStat.loss], meanQ: values[PackedStat.meanQ], maxQ: values[PackedStat.maxQ], meanAbsTdError: values[PackedStat.meanAbsTdError] };
  const size = inspection.batch.size;
  inspection.targets.set(values.subarray(PackedStat.count, PackedStat.count + size));
  inspection.qTaken.set(values.subarray(PackedStat.count + size, PackedStat.count + 2 * size));
  inspection.tdErrors.set(values.subarray(PackedStat.count + 2 * size, PackedStat.count + 3 * size));
  inspection.gradientNorm = values[PackedStat.gradientNorm];
  const finite = Number.isFinite(stats.loss) && Number.isFinite(stats.maxQ) && Number.isFinite(values[PackedStat.parameterSum]);
  inspection.applied = finite;
  return { stats, finite };
}
