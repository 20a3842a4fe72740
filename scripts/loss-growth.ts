// How the default's loss grows while its greedy score climbs (the loss chart's caption and the "why can the loss
// rise" explanation): trains a preset (plus any `npm run train` field flags) and, at each given step, prints the
// mean loss of the last 100 updates (and its ratio to the first given step's) and the greedy evaluation.
// `node scripts/run-ts.mjs scripts/loss-growth.ts --preset default --seed 101 --at 5000,20000,30000`

import { integer, list, parseArgs, value, type OptionTable } from '../src/cli/args';
import { TRAIN_OPTIONS, configFromArgs, type TrainArgs } from '../src/cli/train-options';
import { trainerFor } from '../src/engine/agent-for';
import { activateBackend } from '../src/engine/backends';

/** Updates each mean loss is taken over. */
const WINDOW = 100;

const OPTIONS = { ...TRAIN_OPTIONS, at: value<number[]>('N,N', list(integer({ min: 1 })), [20_000], 'Steps at which to read the loss and the greedy score') } satisfies OptionTable;

await activateBackend('wasm');
const args = parseArgs(OPTIONS, process.argv.slice(2));
const config = configFromArgs(args as TrainArgs);
const trainer = trainerFor(config);
const { updates } = trainer.metrics;
/** Mean loss of the WINDOW updates ending at update index `end` (exclusive). */
const meanLoss = (end: number) => {
  let sum = 0;
  for (let k = end - WINDOW; k < end; k++) sum += updates.at('loss', k) ?? Number.NaN;
  return sum / WINDOW;
};
let first = Number.NaN;
console.log(`preset ${args.preset}, training seed ${config.training.trainingSeed}; mean loss of the last ${WINDOW} updates`);
for (const at of args.at) {
  while (trainer.step < at && !trainer.finished && !trainer.diverged) trainer.tick();
  if (updates.pushed < WINDOW) {
    console.log(`step ${trainer.step}: ${updates.pushed} updates, fewer than ${WINDOW}`);
    continue;
  }
  const loss = meanLoss(updates.pushed);
  if (Number.isNaN(first)) first = loss;
  const score = trainer.evaluate().percentOfOracle;
  console.log(`step ${trainer.step}: ${updates.pushed} updates, loss ${loss.toPrecision(3)} (${(loss / first).toFixed(1)} x the first reading), greedy ${score.toFixed(1)}% of the oracle`);
}
trainer.dispose();
