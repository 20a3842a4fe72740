// Tests of the worker's reference scores: the same figures as scoring at once, with turns given to the
// worker's messages along the way (so the page's heartbeat is answered while two DPs per shopper run).
import { describe, expect, it } from 'vitest';
import { trainerFor } from '../engine/agent-for';
import { DEFAULT_LAB_CONFIG, applyPatch } from '../contracts/lab-config';
import { REFERENCE_POLICY_NAMES } from '../sim/policies';
import { scoreReferencePolicies } from '../sim/reference-scores';
import { evaluateReferences } from './run-factory';

describe('evaluateReferences', () => {
  it('scores every reference policy as scoring at once does, giving way to messages while it works', async () => {
    const config = applyPatch(DEFAULT_LAB_CONFIG, { agent: 'heuristic', training: { backend: 'cpu', evaluationShoppers: 300, parallelSessions: 8 } });
    const trainer = trainerFor(config);
    let turns = 0;
    try {
      const references = await evaluateReferences(trainer, 1, async () => {
        turns += 1;
      });
      expect(references.map((reference) => reference.policy)).toEqual([...REFERENCE_POLICY_NAMES]);
      const atOnce = scoreReferencePolicies(trainer.cohort, trainer.catalog, 1);
      expect(references.map((reference) => reference.percentOfOracle)).toEqual(atOnce.map((result) => result.percentOfOracle));
      // 300 shoppers of two DPs each take far longer than one 40 ms slice.
      expect(turns).toBeGreaterThan(2);
    } finally {
      trainer.dispose();
    }
  });
});
