// The small trained agent the play page brings along, so that a student meets a trained agent on their
// shopper without training one first: the default preset's DQN, trained for BUNDLED_AGENT_STEPS
// environment steps and saved as a model file without its replay memory (the play page only reads its
// weights), and without the run's metric records (a fresh run's empty ones: the curves would weigh a
// megabyte, the weights twenty kilobytes). `npm run bundled-agent` writes it again; a unit test checks that the file on disk still loads
// and is this config, so a change to the config's fields or the file format cannot leave a stale model.

import type { LabConfig } from '../src/contracts/lab-config';
import { trainerFor } from '../src/engine/agent-for';
import { metricsTables } from '../src/engine/metrics-log';
import { encodeModelFile } from '../src/engine/model-file';
import { formatLabSearch } from '../src/preset/lab-url';
import { presetConfig } from '../src/preset/presets';
import { PLAIN_VIEW } from '../src/preset/url-keys';
import { BUNDLED_AGENT_FILE } from '../src/contracts/bundled-agent';

/** About a fifth of the training page's budget: the agent earns over 80% of the oracle by then, and the file stays small. */
export const BUNDLED_AGENT_STEPS = 60_000;
export const BUNDLED_AGENT_PATH = `public/${BUNDLED_AGENT_FILE}`;

export function bundledAgentConfig(): LabConfig {
  const config = presetConfig('default');
  return { ...config, training: { ...config.training, totalSteps: BUNDLED_AGENT_STEPS } };
}

/** Trains the bundled agent to its budget and returns its model file (the clock only reports progress). */
export function trainBundledAgent(onProgress: (step: number) => void = () => {}): { bytes: Uint8Array; step: number; percentOfOracle: number | null } {
  const config = bundledAgentConfig();
  const trainer = trainerFor(config);
  try {
    while (!trainer.finished && !trainer.diverged) {
      trainer.runFor(1000);
      onProgress(trainer.step);
    }
    if (trainer.diverged) throw new Error(`the bundled agent diverged at step ${trainer.step}`);
    // The metric records of a run that has not started: the page charts nothing from this file.
    const fresh = trainerFor(config);
    const emptyMetrics = metricsTables(fresh.metrics);
    fresh.dispose();
    const link = formatLabSearch({ presetName: 'default', config, view: PLAIN_VIEW }, 'train');
    const run = {
      link,
      config,
      backend: null,
      agentName: trainer.agent.name,
      savedAt: new Date(0).toISOString(),
      checkpoint: trainer.saveCheckpoint(),
      metrics: emptyMetrics,
    };
    const evaluation = trainer.metrics.latestEvaluation();
    return { bytes: encodeModelFile(run, { includeReplay: false }), step: trainer.step, percentOfOracle: evaluation?.percentOfOracle ?? null };
  } finally {
    trainer.dispose();
  }
}
