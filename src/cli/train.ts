// `npm run train`: trains an agent headless, with a progress bar, then compares its greedy evaluation
// with the reference policies on the same cohort; `--sweep` trains a grid and reports mean and spread.

import { activateBackend } from '../engine/backends';
import { mean, standardDeviation } from '../sim/evaluation';
import { runHeadless, type RunProgress, type RunSummary } from '../engine/headless-run';
import { steadyScoreOf, type SteadyScore } from '../contracts/steady-score';
import type { LabConfig } from '../contracts/lab-config';
import { UsageError, formatOptions, parseArgs } from './args';
import type { CliOutput } from './sim';
import { formatReportTable, toReport } from './sim';
import { formatTable } from './table';
import { TRAIN_OPTIONS, configFromArgs, presetDescription, refuseTrainingOnCohort, type SweepAxis, type TrainArgs } from './train-options';

const USAGE = `usage: npm run train -- [--preset NAME] [--steps N] [--seed S] [--backend wasm|cpu] [--json] [field flags]

Trains the preset's agent headless on the wasm (default) or cpu backend, then evaluates it greedily on
the fixed cohort beside random, myopic oracle, heuristic (knows true preferences), the observation
planner (the best plan from what the agent sees) and DP oracle. The steady figure is the mean of the
last half of the periodic evaluations, with their range. The training seed must differ from the
evaluation seed (equal seeds train on exactly the shoppers the agent is scored on).
Any config field can be set by its name (--discount 0.9, --hidden-width 128); --gamma and --alpha set
the chosen agent's discount and learning rate. --sweep gamma=0,0.9,0.99 --seeds 3 trains the grid.

options:
${formatOptions(TRAIN_OPTIONS)}`;

export function jsonReport(preset: string, config: LabConfig, summary: RunSummary) {
  const { evaluation } = summary;
  return {
    preset,
    agent: config.agent,
    seed: config.training.trainingSeed,
    steps: summary.steps,
    updates: summary.updates,
    wallSeconds: summary.wallSeconds,
    envStepsPerSecond: summary.envStepsPerSecond,
    updatesPerSecond: summary.updatesPerSecond,
    status: summary.status,
    divergence: summary.divergence ?? null,
    secondsTo75: summary.secondsTo75,
    finalMeanMaxQ: summary.finalMeanMaxQ,
    eval: { sessions: evaluation.sessions, ...toReport(evaluation) },
    steady: steadyScoreOf(summary.evaluations),
    evaluations: summary.evaluations.map(({ step, seconds, meanReturn, percentOfOracle }) => ({ step, seconds, meanReturn, percentOfOracle })),
  };
}

/** "steady 78.4% (75.1-81.0) over the last 6 evaluations", or why there is none yet. */
export function steadyText(steady: SteadyScore | null): string {
  if (!steady) return 'too few periodic evaluations for a steady figure';
  return `steady ${steady.percentOfOracle.toFixed(1)}% (${steady.min.toFixed(1)}-${steady.max.toFixed(1)}) over the last ${steady.evaluations} evaluations`;
}

function progressLine(progress: RunProgress): string {
  const width = 24;
  const share = Math.min(1, progress.step / progress.totalSteps);
  const bar = '#'.repeat(Math.round(share * width)).padEnd(width, '.');
  const recent = Number.isNaN(progress.recentReturn) ? '  -  ' : progress.recentReturn.toFixed(2);
  const oracle = progress.latestEvaluation ? `${progress.latestEvaluation.percentOfOracle.toFixed(1)}%` : '-';
  return `[${bar}] ${progress.step}/${progress.totalSteps} steps  ${progress.seconds.toFixed(1)} s  return ${recent}  greedy ${oracle} of oracle`;
}

/** Every combination of the sweep's values, as lists of (field, value). */
export function sweepGrid(axes: readonly SweepAxis[]): Array<Array<[string, unknown]>> {
  return axes.reduce<Array<Array<[string, unknown]>>>(
    (grid, axis) => grid.flatMap((combination) => axis.values.map((setting) => [...combination, [axis.name, setting] as [string, unknown]])),
    [[]],
  );
}


function runOne(config: LabConfig, args: TrainArgs, output: CliOutput, label: string, withReferences: boolean): RunSummary {
  const interactive = !args.quiet && !args.json;
  return runHeadless(config, {
    timeLimitSeconds: args.seconds,
    withReferences,
    finalEvaluationShoppers: args.finalShoppers,
    onProgress: (progress) => {
      if (interactive) output.stderr(`\r${label}${progressLine(progress)}   `);
    },
  });
}

export async function runTrainCli(argv: readonly string[], output: CliOutput): Promise<number> {
  let args: TrainArgs;
  let baseConfig: LabConfig;
  try {
    args = parseArgs(TRAIN_OPTIONS, argv) as unknown as TrainArgs;
    baseConfig = configFromArgs(args);
    // Refuse bad grids, and any run that would train on the evaluation cohort, before training.
    const first = baseConfig.training.trainingSeed;
    const planned = sweepGrid(args.sweep).flatMap((combination) =>
      Array.from({ length: args.seeds }, (_, k) => configFromArgs(args, [...combination, ['trainingSeed', first + k]])),
    );
    refuseTrainingOnCohort(planned, args.seeds);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    output.stderr(`train: ${error.message} (see --help)\n`);
    return 2;
  }
  if (args.help) {
    output.stdout(`${USAGE}\n`);
    return 0;
  }
  const backend = baseConfig.training.backend === 'auto' ? 'wasm' : baseConfig.training.backend;
  if (backend === 'webgl') {
    output.stderr('train: the webgl backend needs a browser; use wasm or cpu here (see --help)\n');
    return 2;
  }
  await activateBackend(backend);

  if (args.sweep.length === 0) {
    const configs = Array.from({ length: args.seeds }, (_, k) => configFromArgs(args, [['trainingSeed', baseConfig.training.trainingSeed + k]]));
    const summaries = configs.map((config, k) => {
      const summary = runOne(config, args, output, args.seeds > 1 ? `seed ${config.training.trainingSeed}: ` : '', k === configs.length - 1);
      if (!args.json && !args.quiet) output.stderr('\n');
      return summary;
    });
    if (args.json) {
      const reports = summaries.map((summary, k) => jsonReport(args.preset, configs[k], summary));
      output.stdout(`${JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2)}\n`);
      return 0;
    }
    const last = summaries[summaries.length - 1];
    output.stdout(`preset ${args.preset} (${baseConfig.agent}, ${backend}): ${presetDescription(args.preset)}\n`);
    for (const [k, summary] of summaries.entries()) {
      const reached = summary.secondsTo75 === null ? 'never reached 75% of oracle' : `reached 75% of oracle at ${summary.secondsTo75.toFixed(1)} s`;
      const stopped = summary.divergence ? `; DIVERGED at step ${summary.divergence.step}: ${summary.divergence.reason}` : '';
      output.stdout(
        `seed ${configs[k].training.trainingSeed}: ${summary.steps} steps, ${summary.updates} updates in ${summary.wallSeconds.toFixed(1)} s ` +
          `(${summary.envStepsPerSecond.toFixed(0)} env steps/s, ${summary.updatesPerSecond.toFixed(0)} updates/s), ${summary.evaluation.percentOfOracle.toFixed(1)}% of oracle, ` +
          `${steadyText(steadyScoreOf(summary.evaluations))}, ${reached}${stopped}\n`,
      );
    }
    const trained = { ...toReport(last.evaluation), policy: `trained ${baseConfig.agent}` };
    output.stdout(`\n${formatReportTable([trained, ...last.references.filter((entry) => entry.policy !== 'most-popular').map(toReport)])}\n`);
    return 0;
  }

  const rows: Array<{ setting: string; returns: number[]; percents: number[]; steady: number[]; seconds: number[] }> = [];
  const reports = [];
  for (const combination of sweepGrid(args.sweep)) {
    const setting = combination.map(([name, x]) => `${name}=${String(x)}`).join(' ');
    const row = { setting, returns: [] as number[], percents: [] as number[], steady: [] as number[], seconds: [] as number[] };
    for (let k = 0; k < args.seeds; k++) {
      const config = configFromArgs(args, [...combination, ['trainingSeed', baseConfig.training.trainingSeed + k]]);
      const summary = runOne(config, args, output, `${setting} seed ${config.training.trainingSeed}: `, false);
      if (!args.json && !args.quiet) output.stderr('\n');
      row.returns.push(summary.evaluation.meanReturn);
      row.percents.push(summary.evaluation.percentOfOracle);
      const steady = steadyScoreOf(summary.evaluations);
      if (steady) row.steady.push(steady.percentOfOracle);
      row.seconds.push(summary.wallSeconds);
      reports.push({ setting: Object.fromEntries(combination), ...jsonReport(args.preset, config, summary) });
    }
    rows.push(row);
  }
  if (args.json) {
    output.stdout(`${JSON.stringify(reports, null, 2)}\n`);
    return 0;
  }
  output.stdout(
    `sweep on preset ${args.preset}, ${args.seeds} seed(s) each\n\n` +
      formatTable(
        [
          { header: 'setting', align: 'left' },
          { header: 'mean return', align: 'right' },
          { header: 'sd', align: 'right' },
          { header: '% of oracle', align: 'right' },
          { header: 'sd', align: 'right' },
          { header: 'min-max %', align: 'right' },
          { header: 'steady %', align: 'right' },
          { header: 'seconds', align: 'right' },
        ],
        rows.map((row) => [
          row.setting,
          mean(row.returns).toFixed(3),
          standardDeviation(row.returns).toFixed(3),
          mean(row.percents).toFixed(1),
          standardDeviation(row.percents).toFixed(1),
          `${Math.min(...row.percents).toFixed(1)}-${Math.max(...row.percents).toFixed(1)}`,
          // The seeds' mean of each run's steady figure; '-' when the runs were too short to have one.
          row.steady.length === row.percents.length ? mean(row.steady).toFixed(1) : '-',
          mean(row.seconds).toFixed(1),
        ]),
      ) +
      '\n',
  );
  return 0;
}
