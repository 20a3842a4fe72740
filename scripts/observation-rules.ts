// A study of what the agent's own observation supports: simple rules that read only the 20 numbers, played
// on the evaluation cohort beside the observation planner. `node scripts/run-ts.mjs scripts/observation-rules.ts`
// prints each rule's % of the DP oracle. The rules show the target the DQN is measured against: "the tier t item
// of the favourite observed category", and "solid below an engagement signal of e, premium from e on".

import { createCatalog, itemIndex } from '../src/sim/catalog';
import { EvaluationCohort, summarise } from '../src/sim/evaluation';
import { ObservationLayout, favouriteObservedCategory } from '../src/sim/observation';
import { observationPlannerPolicy } from '../src/sim/observation-planner';
import type { Policy } from '../src/sim/policies';
import { DEFAULT_SIM_SETTINGS, OBSERVATION_SIZE, TIER_NAMES } from '../src/sim/settings';
import { ruleTier } from './choice-plays';

const SHOPPERS = 1000;

/** The favourite observed category's item of the tier that tierFor picks from the engagement signal. */
function rule(name: string, tierFor: (engagement: number) => number): Policy {
  return {
    name,
    chooseActions(env, actions) {
      for (let slot = 0; slot < env.sessions; slot++) {
        const offset = slot * OBSERVATION_SIZE;
        actions[slot] = itemIndex(favouriteObservedCategory(env.observations, offset), tierFor(env.observations[offset + ObservationLayout.engagement]));
      }
    },
  };
}

const settings = DEFAULT_SIM_SETTINGS;
const cohort = new EvaluationCohort({ settings, catalog: createCatalog(settings, 42), shoppers: SHOPPERS, seed: 2024 });
const oracle = cohort.oracleMeanReturn();
const percent = (policy: Policy) => summarise(policy.name, cohort.run(policy), oracle).percentOfOracle.toFixed(1);

console.log(`catalog 42, evaluation cohort 2024, ${SHOPPERS} shoppers; % of the DP oracle`);
TIER_NAMES.forEach((tier, index) => {
  const name = `always the ${tier} item of the favourite category`;
  console.log(`${percent(rule(name, () => index))}  ${name}`);
});
for (const threshold of [0.5, 0.6, 0.7, 0.8, 0.9]) {
  const name = `solid below an engagement signal of ${threshold}, premium from it on`;
  console.log(`${percent(rule(name, (engagement) => ruleTier(engagement, threshold)))}  ${name}`);
}
console.log(`${percent(observationPlannerPolicy())}  the observation planner`);
