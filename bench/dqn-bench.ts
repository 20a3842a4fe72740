// The DQN update's benchmark section: the fast update at batch 64, 128 and 256 beside the naive
// autodiff update (tf.variableGrads + tf.train.adam) measured in the same run, on wasm.

import '@tensorflow/tfjs-backend-wasm';
import { measureUpdate, type UpdateBenchmarkResult } from '../src/agents/update-benchmark';
import { presetConfig } from '../src/preset/presets';
import type { BenchFigure, BenchSection } from './section';

const BATCH_SIZES = [64, 128, 256] as const;
const FAST_UPDATES = 300;
const NAIVE_UPDATES = 150;
/** The issue's figure for the naive update at batch 64 on wasm, and the speed-up it asks for. */
const ISSUE_NAIVE_SAMPLES_PER_SECOND = 13_000;
const TARGET_SPEEDUP = 3;

export const dqnSection: BenchSection = {
  name: 'dqn',
  title: 'DQN update on wasm: fast update against the naive autodiff update (default network)',
  async run(): Promise<BenchFigure[]> {
    const { hiddenWidth, hiddenLayerCount } = presetConfig('default').dqn;
    const measure = (variant: 'fast' | 'naive', batchSize: number): Promise<UpdateBenchmarkResult> =>
      measureUpdate({ backend: 'wasm', batchSize, hiddenWidth, hiddenLayerCount, variant, updates: variant === 'fast' ? FAST_UPDATES : NAIVE_UPDATES });
    const figures: BenchFigure[] = [];
    let fastAt64 = 0;
    let naiveAt64 = 0;
    for (const batchSize of BATCH_SIZES) {
      const fast = await measure('fast', batchSize);
      const naive = await measure('naive', batchSize);
      if (batchSize === 64) {
        fastAt64 = fast.samplesPerSecond;
        naiveAt64 = naive.samplesPerSecond;
      }
      figures.push(
        { label: `fast update, batch ${batchSize}: time per update (${fast.kernelsPerUpdate} kernels)`, value: fast.msPerUpdate, unit: 'ms', decimals: 2 },
        { label: `naive update, batch ${batchSize}: time per update (${naive.kernelsPerUpdate} kernels)`, value: naive.msPerUpdate, unit: 'ms', decimals: 2 },
        { label: `fast update, batch ${batchSize}: trained samples per second`, value: fast.samplesPerSecond / 1000, unit: 'k/s', decimals: 1, target: batchSize === 64 ? { value: (TARGET_SPEEDUP * ISSUE_NAIVE_SAMPLES_PER_SECOND) / 1000, higherIsBetter: true } : undefined },
        { label: `naive update, batch ${batchSize}: trained samples per second`, value: naive.samplesPerSecond / 1000, unit: 'k/s', decimals: 1 },
        { label: `fast / naive samples per second, batch ${batchSize} (same run)`, value: fast.samplesPerSecond / naive.samplesPerSecond, unit: 'x', decimals: 2, target: batchSize === 64 ? { value: TARGET_SPEEDUP, higherIsBetter: true } : undefined },
      );
    }
    figures.push(
      { label: `fast at batch 64 / the issue's naive ${ISSUE_NAIVE_SAMPLES_PER_SECOND.toLocaleString('en')} samples/s`, value: fastAt64 / ISSUE_NAIVE_SAMPLES_PER_SECOND, unit: 'x', decimals: 2, target: { value: TARGET_SPEEDUP, higherIsBetter: true } },
      { label: 'our naive at batch 64 / the issue\'s naive figure', value: naiveAt64 / ISSUE_NAIVE_SAMPLES_PER_SECOND, unit: 'x', decimals: 2 },
    );
    return figures;
  },
};
