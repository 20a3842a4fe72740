// Tests of scoring every reference policy on a cohort: the oracle's row without a second oracle run.
import { describe, expect, it } from 'vitest';
import { createCatalog } from './catalog';
import { EvaluationCohort } from './evaluation';
import { REFERENCE_POLICY_NAMES, dpOraclePolicy } from './policies';
import { scoreReferencePolicies } from './reference-scores';
import { DEFAULT_SIM_SETTINGS } from './settings';

describe('scoreReferencePolicies', () => {
  const settings = { ...DEFAULT_SIM_SETTINGS };
  const catalog = createCatalog(settings, 42);

  it('scores every policy in table order, the oracle at 100% with the figures of playing it', () => {
    const cohort = new EvaluationCohort({ settings, catalog, shoppers: 60, seed: 9 });
    const results = scoreReferencePolicies(cohort, catalog, 1);
    expect(results.map((result) => result.policy)).toEqual([...REFERENCE_POLICY_NAMES]);
    const oracle = results[REFERENCE_POLICY_NAMES.indexOf('dp-oracle')];
    expect(oracle.percentOfOracle).toBeCloseTo(100, 12);
    const played = new EvaluationCohort({ settings, catalog, shoppers: 60, seed: 9 }).evaluate(dpOraclePolicy());
    expect({ ...oracle }).toEqual({ ...played, policy: 'dp-oracle' });
  });

  it('scores only the policies asked for', () => {
    const cohort = new EvaluationCohort({ settings, catalog, shoppers: 20, seed: 9 });
    expect(scoreReferencePolicies(cohort, catalog, 1, ['heuristic', 'random']).map((result) => result.policy)).toEqual(['heuristic', 'random']);
  });
});
