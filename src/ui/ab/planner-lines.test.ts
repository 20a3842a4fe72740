// Tests of the compare page's planner line: one line for a shared cohort, one per side when the sides' simulators differ.
import { describe, expect, it } from 'vitest';
import type { ReferenceResult } from '../../worker/protocol';
import { MESSAGES } from '../i18n/messages';
import { plannerLines } from './planner-lines';

const planner = (percentOfOracle: number): ReferenceResult => ({ policy: 'observation-planner', label: 'Observation planner', meanReturn: 4, percentOfOracle });
const oracle: ReferenceResult = { policy: 'dp-oracle', label: 'DP oracle', meanReturn: 4.5, percentOfOracle: 100 };

describe('plannerLines', () => {
  it('draws one line at the planner\'s % when both sides score it the same', () => {
    const lines = plannerLines({ a: [planner(89.2), oracle], b: [planner(89.2), oracle] }, MESSAGES.en);
    expect(lines.map(({ name, value }) => [name, value])).toEqual([['Best plan from what the agent sees', 89.2]]);
  });

  it('draws one line per side, named by side, when the sides\' simulators give different figures', () => {
    const lines = plannerLines({ a: [planner(89.2)], b: [planner(90.5)] }, MESSAGES.zh);
    expect(lines.map(({ name, value }) => [name, value])).toEqual([
      [MESSAGES.zh.ab.line(MESSAGES.zh.ab.sideName.a, '依智能体所见的最优规划'), 89.2],
      [MESSAGES.zh.ab.line(MESSAGES.zh.ab.sideName.b, '依智能体所见的最优规划'), 90.5],
    ]);
  });

  it('draws nothing before either side is ready', () => {
    expect(plannerLines({ a: [], b: [] }, MESSAGES.en)).toEqual([]);
  });
});
