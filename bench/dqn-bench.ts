// The DQN update's benchmark section: the fast update at batch 64, 128 and 256 beside the textbook
// autodiff update (q-learning-update.ts: tf.variableGrads + tf.train.adam) measured in the same run, on wasm.

import '@tensorflow/tfjs-backend-wasm';
import { measureUpdate, type UpdateBenchmarkResult } from '../src/agents/update-benchmark';
import { presetConfig } from '../src/preset/presets';
import type { BenchFigure, BenchSection } from './section';

const BATCH_SIZES = [64, 128, 256] as const;
const FAST_UPDATES = 300;
const TEXTBOOK_UPDATES = 150;
/** The autodiff update's samples per second at batch 64 on wasm when the speed target was set, and the speed-up asked for. */
const TARGET_BASE_SAMPLES_PER_SECOND = 13_000;
const TARGET_SPEEDUP = 3;

export const dqnSection: BenchSection = {
  name: 'dqn',
  title: 'DQN update on wasm: fast update against the textbook autodiff update (default network)',
  async run(): Promise<BenchFigure[]> {
    const { hiddenWidth, hiddenLayerCount } = presetConfig('default').dqn;
    const measure = (variant: 'fast' | 'textbook', batchSize: number): Promise<UpdateBenchmarkResult> =>
      measureUpdate({ backend: 'wasm', batchSize, hiddenWidth, hiddenLayerCount, variant, updates: variant === 'fast' ? FAST_UPDATES : TEXTBOOK_UPDATES });
    const figures: BenchFigure[] = [];
    let fastAt64 = 0;
    let textbookAt64 = 0;
    for (const batchSize of BATCH_SIZES) {
      const fast = await measure('fast', batchSize);
      const textbook = await measure('textbook', batchSize);
      if (batchSize === 64) {
        fastAt64 = fast.samplesPerSecond;
        textbookAt64 = textbook.samplesPerSecond;
      }
      figures.push(
        { label: `fast update, batch ${batchSize}: time per update (${fast.kernelsPerUpdate} kernels)`, value: fast.msPerUpdate, unit: 'ms', decimals: 2 },
        { label: `textbook update, batch ${batchSize}: time per update (${textbook.kernelsPerUpdate} kernels)`, value: textbook.msPerUpdate, unit: 'ms', decimals: 2 },
        { label: `fast update, batch ${batchSize}: trained samples per second`, value: fast.samplesPerSecond / 1000, unit: 'k/s', decimals: 1, target: batchSize === 64 ? { value: (TARGET_SPEEDUP * TARGET_BASE_SAMPLES_PER_SECOND) / 1000, higherIsBetter: true } : undefined },
        { label: `textbook update, batch ${batchSize}: trained samples per second`, value: textbook.samplesPerSecond / 1000, unit: 'k/s', decimals: 1 },
        { label: `fast / textbook samples per second, batch ${batchSize} (same run)`, value: fast.samplesPerSecond / textbook.samplesPerSecond, unit: 'x', decimals: 2, target: batchSize === 64 ? { value: TARGET_SPEEDUP, higherIsBetter: true } : undefined },
      );
    }
    figures.push(
      { label: `fast at batch 64 / the autodiff update's ${TARGET_BASE_SAMPLES_PER_SECOND.toLocaleString('en')} samples/s the target was set against`, value: fastAt64 / TARGET_BASE_SAMPLES_PER_SECOND, unit: 'x', decimals: 2, target: { value: TARGET_SPEEDUP, higherIsBetter: true } },
      { label: `textbook at batch 64 / that ${TARGET_BASE_SAMPLES_PER_SECOND.toLocaleString('en')} samples/s`, value: textbookAt64 / TARGET_BASE_SAMPLES_PER_SECOND, unit: 'x', decimals: 2 },
    );
    return figures;
  },
};
