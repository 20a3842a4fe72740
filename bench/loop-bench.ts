// The training loop's benchmark section: environment steps per second of the engine's Trainer on the
// default preset, beside the naive tfjs-examples loop (bench/naive-loop.ts) measured in the same run.
// Both loops are measured in several alternating rounds and compared by the median round, so that a burst of
// other work on a shared machine moves one round rather than the verdict; the spread of the rounds is printed too.

import { activateBackend } from '../src/engine/backends';
import { trainerFor } from '../src/engine/agent-for';
import type { LabConfig } from '../src/contracts/lab-config';
import { presetConfig } from '../src/preset/presets';
import { createCatalog } from '../src/sim/catalog';
import { cpuShare, spreadOf, threadClock, type ThreadClock } from './machine';
import { NaiveTrainingLoop } from './naive-loop';
import { median, type BenchFigure, type BenchSection } from './section';

/** Steps timed after the warm-up (learning under way); evaluations never fall inside them. */
const ENGINE_STEPS = 20_000;
const NAIVE_STEPS = 6_000;
const WARM_UP_STEPS = 1_000;
const TARGET_SPEEDUP = 5;
const ROUNDS = 3;

/** The default preset with epsilon held at its final value (steady-state acting) and no evaluations. */
function benchConfig(): LabConfig {
  const config = presetConfig('default');
  const { explorationEnd } = config.training;
  return {
    ...config,
    training: { ...config.training, explorationStart: explorationEnd, explorationDecaySteps: 0, totalSteps: 100_000_000, evaluationInterval: 10_000_000 },
  };
}

function measureEngine(config: LabConfig): { stepsPerSecond: number; updatesPerStep: number; running: number; waiting: number } {
  const trainer = trainerFor(config);
  while (!trainer.agent.readyToLearn()) trainer.tick();
  const warmUpEnd = trainer.step + WARM_UP_STEPS;
  while (trainer.step < warmUpEnd) trainer.tick();
  const { step, updates } = trainer;
  const clock = threadClock(process.pid) as ThreadClock;
  const started = performance.now();
  while (trainer.step < step + ENGINE_STEPS) trainer.tick();
  const seconds = (performance.now() - started) / 1000;
  const share = cpuShare(clock, threadClock(process.pid) as ThreadClock, seconds);
  const result = { stepsPerSecond: (trainer.step - step) / seconds, updatesPerStep: (trainer.updates - updates) / (trainer.step - step), ...share };
  trainer.dispose();
  return result;
}

function measureNaive(config: LabConfig, stepsPerUpdate: number): { stepsPerSecond: number; updatesPerStep: number } {
  const loop = new NaiveTrainingLoop({
    dqn: config.dqn,
    sim: config.sim,
    catalog: createCatalog(config.sim, config.training.catalogSeed),
    stepsPerUpdate,
    explorationRate: config.training.explorationEnd,
    seed: config.training.trainingSeed,
  });
  while (loop.updates === 0) loop.step();
  for (let k = 0; k < WARM_UP_STEPS; k++) loop.step();
  const { steps, updates } = loop;
  const started = performance.now();
  for (let k = 0; k < NAIVE_STEPS; k++) loop.step();
  const seconds = (performance.now() - started) / 1000;
  const result = { stepsPerSecond: NAIVE_STEPS / seconds, updatesPerStep: (loop.updates - updates) / (loop.steps - steps) };
  loop.dispose();
  return result;
}

interface Round {
  engine: number;
  engineFlat: number;
  naive: number;
  naiveFlat: number;
  updatesPerStepRatio: number;
  running: number;
  waiting: number;
}

export const loopSection: BenchSection = {
  name: 'loop',
  title: `Training loop on wasm, default preset: engine Trainer against the naive tfjs-examples loop (median of ${ROUNDS} alternating rounds)`,
  async run(): Promise<BenchFigure[]> {
    await activateBackend('wasm');
    const config = benchConfig();
    const { trainFrequency, updatesPerTrain, parallelSessions, explorationEnd } = config.training;
    const stepsPerUpdate = trainFrequency / updatesPerTrain;
    if (!Number.isInteger(stepsPerUpdate)) throw new Error(`the naive loop needs whole steps per update, got ${stepsPerUpdate}`);
    const flatConfig: LabConfig = { ...config, dqn: { ...config.dqn, inputEncoding: 'flat' } };
    const rounds: Round[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      // Each loop on each network: the default's per-category one, and the flat 20-in, 24-out one.
      const engine = measureEngine(config);
      const naive = measureNaive(config, stepsPerUpdate);
      const engineFlat = measureEngine(flatConfig);
      const naiveFlat = measureNaive(flatConfig, stepsPerUpdate);
      rounds.push({ engine: engine.stepsPerSecond, engineFlat: engineFlat.stepsPerSecond, naive: naive.stepsPerSecond, naiveFlat: naiveFlat.stepsPerSecond, updatesPerStepRatio: engine.updatesPerStep / naive.updatesPerStep, running: engine.running, waiting: engine.waiting });
    }
    const of = (pick: (round: Round) => number) => median(rounds.map(pick));
    const ratios = rounds.map((round) => round.engine / round.naive);
    const flatRatios = rounds.map((round) => round.engineFlat / round.naiveFlat);
    const setting = `batch ${config.dqn.batchSize}, 1 update per ${stepsPerUpdate} steps, epsilon ${explorationEnd}`;
    const network = `${config.dqn.inputEncoding} ${config.dqn.hiddenLayerCount}x${config.dqn.hiddenWidth}`;
    return [
      { label: `engine Trainer: ${parallelSessions} shoppers, ${network} network, ${setting} (${ENGINE_STEPS} steps)`, value: of((round) => round.engine), unit: 'steps/s', decimals: 0 },
      { label: `  the engine's thread in those rounds: on a CPU ${spreadOf(rounds.map((r) => r.running * 100), 0)}%, waiting for one ${spreadOf(rounds.map((r) => r.waiting * 100), 0)}%`, value: of((round) => round.running * 100), unit: '% CPU', decimals: 0 },
      { label: `naive loop: 1 shopper, tf.sequential + minimize, same network and setting (${NAIVE_STEPS} steps)`, value: of((round) => round.naive), unit: 'steps/s', decimals: 0 },
      { label: `engine / naive environment steps per second, default preset (median round; rounds ${spreadOf(ratios, 2)})`, value: median(ratios), unit: 'x', decimals: 2, target: { value: TARGET_SPEEDUP, higherIsBetter: true } },
      { label: `engine Trainer, flat network (${ENGINE_STEPS} steps)`, value: of((round) => round.engineFlat), unit: 'steps/s', decimals: 0 },
      { label: `naive loop, flat network (${NAIVE_STEPS} steps)`, value: of((round) => round.naiveFlat), unit: 'steps/s', decimals: 0 },
      { label: `engine / naive, flat network (median round; rounds ${spreadOf(flatRatios, 2)})`, value: median(flatRatios), unit: 'x', decimals: 2, target: { value: TARGET_SPEEDUP, higherIsBetter: true } },
      { label: 'updates per environment step: engine / naive (must match)', value: of((round) => round.updatesPerStepRatio), unit: 'x', decimals: 3 },
    ];
  },
};
