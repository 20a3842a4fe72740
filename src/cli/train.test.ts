// Tests of `npm run train` run in-process: refused command lines, the JSON report, flags over the
// preset (and the gamma/alpha aliases), sweep grids and a tiny sweep.

import { describe, expect, it } from 'vitest';
import '../testing/backends';
import { presetConfig } from '../preset/presets';
import { parseArgs } from './args';
import { runTrainCli, sweepGrid } from './train';
import { TRAIN_OPTIONS, configFromArgs, type TrainArgs } from './train-options';

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runTrainCli(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

function configOf(argv: string[]) {
  return configFromArgs(parseArgs(TRAIN_OPTIONS, argv) as unknown as TrainArgs);
}

/** A run of a second or so: few steps, a small network and cohort. */
const TINY = ['--steps', '500', '--evaluation-shoppers', '20', '--hidden-width', '8', '--learning-starts', '50', '--replay-capacity', '500', '--parallel-sessions', '4', '--batch-size', '16', '--quiet'];

describe('npm run train: refused command lines', () => {
  it.each([
    [['--bogus'], /unknown option --bogus/],
    [['--steps', 'ten'], /--steps: expected an integer/],
    [['--preset', 'fancy'], /--preset: expected one of default, /],
    [['--hidden-width', '2'], /--hidden-width: expected an integer from 4 to 512, got "2"/],
    [['--discount', '1.5'], /--discount: expected a number from 0 to 0.999/],
    [['--gamma', '-0.1'], /--gamma: expected a number/],
    [['--sweep', 'bogus=1,2'], /--sweep: unknown config field "bogus"/],
    [['--sweep', 'gamma=0,2'], /--sweep: expected a number from 0 to 0.999, got "2"/],
    [['--backend', 'webgl'], /webgl backend needs a browser/],
    // The training seed may not be the evaluation cohort's (2024 by default), alone or among --seeds.
    [['--seed', '2024'], /training seed 2024 is the evaluation seed: the agent would train on exactly the shoppers/],
    [['--seed', '2022', '--seeds', '3'], /training seed 2024 is the evaluation seed \(--seeds 3 trains seed 2024 among/],
    [['--seed', '5', '--evaluation-seed', '5'], /training seed 5 is the evaluation seed/],
    [['--seed', '7', '--sweep', 'evaluationSeed=6,7'], /training seed 7 is the evaluation seed/],
  ])('%j exits 2 with one line on stderr', async (argv, complaint) => {
    const { code, stdout, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^train: [^\n]+ \(see --help\)\n$/);
    expect(stderr).toMatch(complaint);
  });

  it('prints the help with the field flags on --help', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('usage: npm run train');
    expect(stdout).toContain('--hidden-width X');
    expect(stdout).toContain('--tabular-discount X');
  });
});

describe('npm run train --json', () => {
  it('prints one JSON object with the run figures and the greedy evaluation', async () => {
    const { code, stdout, stderr } = await run([...TINY, '--json', '--seed', '3']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ preset: 'default', agent: 'dqn', seed: 3, steps: 500, status: 'finished', divergence: null });
    for (const key of ['wallSeconds', 'envStepsPerSecond', 'updatesPerSecond', 'updates']) expect(report[key], key).toBeGreaterThan(0);
    for (const key of ['meanReturn', 'ci95', 'percentOfOracle', 'clickRate', 'sessionLength']) expect(typeof report.eval[key], key).toBe('number');
    expect(report.eval.sessionLength).toBeGreaterThan(0);
    // The final evaluation uses its own, larger cohort (--final-shoppers, 2000 by default).
    expect(report.evaluations[report.evaluations.length - 1].step).toBe(500);
    expect(report.eval.sessions).toBe(2000);
  });

  it('trains beside the evaluation cohort when the seeds only come near it', async () => {
    // Seeds 2021, 2022 and 2023 stop one short of the evaluation seed, 2024.
    const { code, stdout } = await run([...TINY.slice(2), '--steps', '100', '--json', '--seed', '2021', '--seeds', '3', '--final-shoppers', '10']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).map((report: { seed: number }) => report.seed)).toEqual([2021, 2022, 2023]);
  });

  it('reports the steady figure: the mean and range of the last half of the periodic evaluations', async () => {
    // 700 steps with an evaluation every 100: seven evaluations, the last three of which count.
    const { code, stdout } = await run([...TINY.slice(2), '--steps', '700', '--json', '--seed', '3', '--evaluation-interval', '100', '--final-shoppers', '10']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    const percents: number[] = report.evaluations.map((entry: { percentOfOracle: number }) => entry.percentOfOracle);
    const half = percents.slice(percents.length - Math.floor(percents.length / 2));
    expect(half.length).toBeGreaterThanOrEqual(3);
    expect(report.steady.evaluations).toBe(half.length);
    expect(report.steady.percentOfOracle).toBeCloseTo(half.reduce((a, b) => a + b, 0) / half.length, 9);
    expect(report.steady.min).toBe(Math.min(...half));
    expect(report.steady.max).toBe(Math.max(...half));
  });

  it('reports the last periodic evaluation as final when the final cohort is no larger', async () => {
    const { code, stdout } = await run([...TINY, '--json', '--seed', '3', '--final-shoppers', '10']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.evaluations[report.evaluations.length - 1]).toMatchObject({ step: 500, percentOfOracle: report.eval.percentOfOracle });
    expect(report.eval.sessions).toBe(20);
  });

  it('prints the table beside the reference policies without --json', async () => {
    const { code, stdout } = await run([...TINY, '--agent', 'heuristic']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^preset default \(heuristic, wasm\): /);
    expect(stdout).toMatch(/\ntrained heuristic +\d/);
    expect(stdout).toMatch(/\ndp-oracle +[\d.]+ ± [\d.]+ +100\.0 /);
    expect(stdout).toMatch(/\nobservation-planner +[\d.]+ ± [\d.]+ +\d/);
    // 500 steps with an evaluation every 5000: too few for a steady figure, and the line says so.
    expect(stdout).toContain('too few periodic evaluations for a steady figure');
  });
});

describe('configFromArgs', () => {
  it('lets field flags override the preset and keeps the rest of the preset', () => {
    const config = configOf(['--preset', 'myopic', '--discount', '0.9', '--hidden-width', '128', '--observability', 'exact']);
    const preset = presetConfig('myopic');
    expect(config.dqn).toEqual({ ...preset.dqn, discount: 0.9, hiddenWidth: 128 });
    expect(config.sim.observability).toBe('exact');
    expect(config.training).toEqual(preset.training);
  });

  it('sets the DQN fields with --gamma and --alpha for the DQN', () => {
    const config = configOf(['--gamma', '0.5', '--alpha', '0.01']);
    expect(config.dqn.discount).toBe(0.5);
    expect(config.dqn.learningRate).toBe(0.01);
    expect(config.tabular).toEqual(presetConfig('default').tabular);
  });

  it('sets the tabular fields with --gamma and --alpha (and --discount) when the agent is tabular', () => {
    const chosen = configOf(['--agent', 'tabular', '--gamma', '0.7', '--alpha', '0.3']);
    expect(chosen.agent).toBe('tabular');
    expect(chosen.tabular.discount).toBe(0.7);
    expect(chosen.tabular.learningRate).toBe(0.3);
    expect(chosen.dqn).toEqual(presetConfig('default').dqn);
    expect(configOf(['--preset', 'tabular', '--discount', '0.4']).tabular.discount).toBe(0.4);
    expect(configOf(['--tabular-discount', '0.2']).tabular.discount).toBe(0.2);
  });

  it('applies the run flags: steps, seed and a fixed epsilon', () => {
    const { training } = configOf(['--steps', '1234', '--seed', '9', '--epsilon', '0.1']);
    expect(training).toMatchObject({ totalSteps: 1234, trainingSeed: 9, explorationStart: 0.1, explorationEnd: 0.1, explorationDecaySteps: 0 });
  });

  it('applies sweep coordinates last', () => {
    const args = parseArgs(TRAIN_OPTIONS, ['--gamma', '0.5']) as unknown as TrainArgs;
    expect(configFromArgs(args, [['discount', 0.9], ['agent', 'tabular']]).tabular.discount).toBe(0.9);
  });
});

describe('sweeps', () => {
  it('sweepGrid is the cartesian product, first axis slowest', () => {
    expect(sweepGrid([])).toEqual([[]]);
    expect(
      sweepGrid([
        { name: 'discount', values: [0, 0.9] },
        { name: 'hiddenWidth', values: [8, 16, 32] },
      ]),
    ).toEqual([
      [['discount', 0], ['hiddenWidth', 8]],
      [['discount', 0], ['hiddenWidth', 16]],
      [['discount', 0], ['hiddenWidth', 32]],
      [['discount', 0.9], ['hiddenWidth', 8]],
      [['discount', 0.9], ['hiddenWidth', 16]],
      [['discount', 0.9], ['hiddenWidth', 32]],
    ]);
  });

  it('prints one row per setting for a tiny sweep', async () => {
    // A final cohort no larger than the periodic one: four runs without four 2000-shopper oracle runs.
    const { code, stdout } = await run([...TINY, '--final-shoppers', '10', '--sweep', 'gamma=0,0.9', '--sweep', 'multiStep=1,3']);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('sweep on preset default, 1 seed(s) each');
    const rows = lines.filter((line) => line.startsWith('discount='));
    expect(rows.map((row) => row.split(/ {2,}/)[0])).toEqual(['discount=0 multiStep=1', 'discount=0 multiStep=3', 'discount=0.9 multiStep=1', 'discount=0.9 multiStep=3']);
    // 500 steps with an evaluation every 5000 steps: no run has a steady figure, and the column says so.
    expect(lines.find((line) => line.startsWith('setting'))).toMatch(/steady %/);
    for (const row of rows) expect(row.split(/ {2,}/)[6]).toBe('-');
  });
});
