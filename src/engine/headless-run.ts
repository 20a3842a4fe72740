// A whole training run without a UI: the trainer driven to its budget (or a time limit), then a final
// greedy evaluation beside the reference policies on the same cohort. The CLI and benchmarks use it.

import { EvaluationCohort, type EvaluationResult } from '../sim/evaluation';
import { scoreReferencePolicies } from '../sim/reference-scores';
import { trainerFor } from './agent-for';
import type { LabConfig } from '../contracts/lab-config';
import type { EvaluationRecord } from '../contracts/metrics';
import type { Trainer } from './trainer';

export interface RunProgress {
  step: number;
  totalSteps: number;
  seconds: number;
  recentReturn: number;
  latestEvaluation: EvaluationRecord | undefined;
}

export interface RunOptions {
  /** Stop training after this many wall-clock seconds even if the step budget is not spent. */
  timeLimitSeconds?: number;
  onProgress?: (progress: RunProgress) => void;
  /** Milliseconds between progress reports. */
  progressInterval?: number;
  /** Also evaluate the reference policies on the cohort (for the comparison table). */
  withReferences?: boolean;
  /**
   * Shoppers in the final evaluation, when more than the periodic cohort's: the same seed, so it
   * starts with the same shoppers, and a narrower interval for the figure that gets reported.
   */
  finalEvaluationShoppers?: number;
}

export interface RunSummary {
  steps: number;
  updates: number;
  wallSeconds: number;
  envStepsPerSecond: number;
  updatesPerSecond: number;
  status: Trainer['status'];
  divergence: Trainer['divergence'];
  /** The final greedy evaluation of the trained agent. */
  evaluation: EvaluationResult;
  /** Every periodic evaluation, in order. */
  evaluations: EvaluationRecord[];
  /** Training seconds when the greedy evaluation first reached 75% of the oracle (null if never). */
  secondsTo75: number | null;
  references: EvaluationResult[];
  /** Mean max Q on the probe states at the end. */
  finalMeanMaxQ: number;
}

export function runHeadless(config: LabConfig, options: RunOptions = {}): RunSummary {
  const trainer = trainerFor(config);
  try {
    trainer.cohort.oracle(); // the reference's cost, paid before the clock starts
    const limitMs = (options.timeLimitSeconds ?? Number.POSITIVE_INFINITY) * 1000;
    const interval = options.progressInterval ?? 250;
    while (!trainer.finished && !trainer.diverged && trainer.elapsedMs < limitMs) {
      trainer.runFor(Math.min(interval, limitMs - trainer.elapsedMs));
      options.onProgress?.({
        step: trainer.step,
        totalSteps: config.training.totalSteps,
        seconds: trainer.elapsedMs / 1000,
        recentReturn: trainer.metrics.recentMeanReturn(),
        latestEvaluation: trainer.metrics.latestEvaluation(),
      });
    }
    const wallSeconds = trainer.elapsedMs / 1000;
    const evaluations = trainer.metrics.evaluations;
    const last = evaluations[evaluations.length - 1];
    const finalShoppers = options.finalEvaluationShoppers ?? 0;
    const finalCohort = finalShoppers > trainer.cohort.options.shoppers ? new EvaluationCohort({ ...trainer.cohort.options, shoppers: finalShoppers }) : trainer.cohort;
    const evaluation =
      finalCohort !== trainer.cohort
        ? finalCohort.evaluate(trainer.agent.greedyPolicy())
        : last && last.step === trainer.step
          ? last
          : trainer.evaluate();
    const reached = evaluations.find((record) => record.percentOfOracle >= 75);
    const references = options.withReferences ? scoreReferencePolicies(finalCohort, trainer.catalog, config.training.trainingSeed) : [];
    return {
      steps: trainer.step,
      updates: trainer.updates,
      wallSeconds,
      envStepsPerSecond: wallSeconds > 0 ? trainer.step / wallSeconds : 0,
      updatesPerSecond: wallSeconds > 0 ? trainer.updates / wallSeconds : 0,
      status: trainer.status,
      divergence: trainer.divergence,
      evaluation,
      evaluations: [...evaluations],
      secondsTo75: reached ? reached.seconds : null,
      references,
      finalMeanMaxQ: trainer.agent.probeMaxQ(trainer.probeObservations, trainer.probeCount),
    };
  } finally {
    trainer.dispose();
  }
}
