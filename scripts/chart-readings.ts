// What the loss and Q-value charts of a healthy run show (their captions and the "why can the loss rise"
// explanation): trains a preset (plus any `npm run train` field flags) and, at each given step, prints over the
// last 100 updates the mean loss (and its ratio to the first given step's), the mean of the "mean Q of taken
// actions" and of the "max Q of taken actions" lines with the latter's range, the latest probe mean max Q, and
// the greedy evaluation.
// `node scripts/run-ts.mjs scripts/chart-readings.ts --preset default --seed 101 --at 5000,20000,30000`

import { integer, list, parseArgs, value, type OptionTable } from '../src/cli/args';
import { TRAIN_OPTIONS, configFromArgs, type TrainArgs } from '../src/cli/train-options';
import { trainerFor } from '../src/engine/agent-for';
import { activateBackend } from '../src/engine/backends';

/** Updates each reading is taken over. */
const WINDOW = 100;

const OPTIONS = { ...TRAIN_OPTIONS, at: value<number[]>('N,N', list(integer({ min: 1 })), [20_000], 'Steps at which to read the charts and the greedy score') } satisfies OptionTable;

await activateBackend('wasm');
const args = parseArgs(OPTIONS, process.argv.slice(2));
const config = configFromArgs(args as TrainArgs);
const trainer = trainerFor(config);
const { updates, probes } = trainer.metrics;
/** The WINDOW values of an update field ending at update index `end` (exclusive). */
const window = (field: 'loss' | 'meanQ' | 'maxQ', end: number) => Array.from({ length: WINDOW }, (_, k) => updates.at(field, end - WINDOW + k) ?? Number.NaN);
const mean = (values: number[]) => values.reduce((sum, x) => sum + x, 0) / values.length;
const fixed = (x: number) => x.toFixed(1);
let first = Number.NaN;
console.log(`preset ${args.preset}, training seed ${config.training.trainingSeed}; means over the last ${WINDOW} updates`);
for (const at of args.at) {
  while (trainer.step < at && !trainer.finished && !trainer.diverged) trainer.tick();
  if (updates.pushed < WINDOW) {
    console.log(`step ${trainer.step}: ${updates.pushed} updates, fewer than ${WINDOW}`);
    continue;
  }
  const loss = mean(window('loss', updates.pushed));
  if (Number.isNaN(first)) first = loss;
  const maxQ = window('maxQ', updates.pushed);
  const probe = probes.pushed > 0 ? fixed(probes.at('meanMaxQ', probes.pushed - 1) ?? Number.NaN) : 'none yet';
  const score = trainer.evaluate().percentOfOracle;
  console.log(
    `step ${trainer.step}: ${updates.pushed} updates, loss ${loss.toPrecision(3)} (${(loss / first).toFixed(1)} x the first reading), ` +
      `mean Q of taken actions ${fixed(mean(window('meanQ', updates.pushed)))}, max Q of taken actions ${fixed(mean(maxQ))} (${fixed(Math.min(...maxQ))}-${fixed(Math.max(...maxQ))}), ` +
      `probe mean max Q ${probe}, greedy ${score.toFixed(1)}% of the oracle`,
  );
}
trainer.dispose();
