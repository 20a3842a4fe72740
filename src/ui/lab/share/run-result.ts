// The class result of the run on show: its preset, its settings as the lab link writes them (no lecture
// options), its seed and steps, the latest evaluation and the steady figure. Pure, so it is tested without a page.
import type { LabConfig } from '../../../contracts/lab-config';
import { steadyScoreOf } from '../../../contracts/steady-score';
import type { RunResult } from '../../../preset/class-result';
import { formatLabSearch } from '../../../preset/lab-url';
import { isPresetName } from '../../../preset/presets';
import { PLAIN_VIEW } from '../../../preset/url-keys';

export interface RunOnShow {
  presetName: string;
  /** The config the run started with. */
  config: LabConfig | null;
  steps: number;
  evaluations: ReadonlyArray<{ percentOfOracle: number }>;
}

/** The run's class result, or null before its first evaluation (nothing measured yet) or without a preset's config. */
export function runResultOf({ presetName, config, steps, evaluations }: RunOnShow): RunResult | null {
  const latest = evaluations.at(-1);
  if (!latest || !config || !isPresetName(presetName)) return null;
  const steady = steadyScoreOf(evaluations);
  return {
    kind: 'run',
    presetName,
    settings: formatLabSearch({ presetName, config, view: PLAIN_VIEW }, null),
    trainingSeed: config.training.trainingSeed,
    steps,
    latestPercentOfOracle: latest.percentOfOracle,
    steady: steady && { percentOfOracle: steady.percentOfOracle, min: steady.min, max: steady.max },
  };
}
