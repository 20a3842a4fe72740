// A study of where the default DQN's greedy policy parts from the observation's best rule. It trains the default
// (plus any `npm run train` field flags) and, at the given steps, plays the greedy policy on the evaluation
// cohort (1,000 shoppers) as trained, with its own category and the rule's tier, and with the favourite observed
// category and its own tier (choice-plays.ts); then it prints the tiers it chose by engagement signal.
// `node scripts/run-ts.mjs scripts/choice-diagnosis.ts --seed 8 --steps 200000 --at 50000,200000`

import { integer, list, parseArgs, value, type OptionTable } from '../src/cli/args';
import { TRAIN_OPTIONS, configFromArgs, type TrainArgs } from '../src/cli/train-options';
import { trainerFor } from '../src/engine/agent-for';
import { activateBackend } from '../src/engine/backends';
import { EvaluationCohort, summarise } from '../src/sim/evaluation';
import { TIER_NAMES } from '../src/sim/settings';
import { ENGAGEMENT_BANDS, PLAYS, emptyTally, playOf, type ChoiceTally, type Play } from './choice-plays';

const SHOPPERS = 1000;


const OPTIONS = { ...TRAIN_OPTIONS, at: value<number[] | undefined>('N,N', list(integer({ min: 1 })), undefined, 'Steps at which to diagnose (default: the end of training)') } satisfies OptionTable;

await activateBackend('wasm');
const args = parseArgs(OPTIONS, process.argv.slice(2));
const config = configFromArgs(args as TrainArgs);
const trainer = trainerFor(config);
const cohort = new EvaluationCohort({ ...trainer.cohort.options, shoppers: SHOPPERS });
const oracle = cohort.oracleMeanReturn();
console.log(`training seed ${config.training.trainingSeed}; catalog ${config.training.catalogSeed}, cohort ${cohort.options.seed}, ${SHOPPERS} shoppers; % of the DP oracle`);
for (const at of args.at ?? [config.training.totalSteps]) {
  while (trainer.step < at && !trainer.finished && !trainer.diverged) trainer.tick();
  const greedy = trainer.agent.greedyPolicy();
  const tally: ChoiceTally = emptyTally();
  const percent = (play: Play) => summarise(play, cohort.run(playOf(greedy, play, tally)), oracle).percentOfOracle.toFixed(1);
  const scores = PLAYS.map((play) => `${play} ${percent(play)}`).join(', ');
  console.log(`\nstep ${trainer.step}: ${scores}; favourite category at ${((100 * tally.favouriteSteps) / tally.steps).toFixed(1)}% of steps`);
  tally.tiers.forEach((counts, band) => {
    const steps = counts.reduce((sum, count) => sum + count, 0);
    const shares = counts.map((count, tier) => `${TIER_NAMES[tier]} ${((100 * count) / Math.max(1, steps)).toFixed(0)}%`).join(', ');
    console.log(`  engagement ${(band / ENGAGEMENT_BANDS).toFixed(1)}-${((band + 1) / ENGAGEMENT_BANDS).toFixed(1)} (${steps} steps): ${shares}`);
  });
}
trainer.dispose();
