// Partial observability: the default agent with the engagement signal hidden against the same agent seeing
// it (noisy, as the shop shows it). Each side's observation planner line is the best plan from what that
// side sees, and the DP oracle (100%) knows the exact trust: hidden, noisy and exact on one chart.

import type { Lesson } from '../lesson';
import { referencePercent } from '../lesson-metrics';
import { compareSteady, type SteadyComparison } from '../outcome-rules';

type Figure = 'steadyA' | 'steadyB' | 'plannerA' | 'plannerB';
type Callout = 'first-results' | 'gap';

export const partialObservability: Lesson<SteadyComparison, Figure, Callout> = {
  id: 'partial-observability',
  pair: { a: 'trust-hidden', b: 'default' },
  totalSteps: 60_000,
  charts: ['percentOfOracle', 'finalTrust', 'returnAverage', 'clickRate'],
  choices: ['less', 'same', 'more'],
  figures: { steadyA: 'percent', steadyB: 'percent', plannerA: 'percent', plannerB: 'percent' },
  measure(metrics) {
    const compared = compareSteady(metrics);
    const plannerA = referencePercent(metrics.a, 'observation-planner');
    const plannerB = referencePercent(metrics.b, 'observation-planner');
    if (!compared || plannerA === null || plannerB === null) return null;
    return { choice: compared.comparison, figures: { steadyA: compared.a, steadyB: compared.b, plannerA, plannerB } };
  },
  callouts: [
    { id: 'first-results', rule: { kind: 'evaluations', count: 1 }, chart: 'percentOfOracle' },
    { id: 'gap', rule: { kind: 'gap', leader: 'b', points: 10 }, chart: 'percentOfOracle' },
  ],
  reading: { topics: ['mdp'], faq: [], reading: ['recSim', 'slateQ'] },
  text: {
    en: {
      title: 'Partial observability: what the agent cannot see',
      summary: 'The default agent without the engagement signal against the same agent with it.',
      question: 'A shopper\'s trust decides whether they buy and how long they stay, but no agent sees it directly. Side B sees a noisy engagement signal that follows trust; side A has that signal hidden and must infer trust from clicks and purchases. The DP oracle, at 100%, plans with the exact trust. How does A do against B?',
      choices: { less: 'A earns less than B', same: 'About the same', more: 'A earns more than B' },
      figures: {
        steadyA: 'A (trust hidden): steady % of the oracle',
        steadyB: 'B (noisy signal): steady % of the oracle',
        plannerA: 'Best plan from what A sees: % of the oracle',
        plannerB: 'Best plan from what B sees: % of the oracle',
      },
      callouts: {
        'first-results': 'The first greedy evaluation of each side is in. The observation planner\'s lines on this chart are the best plan from what each side sees, A\'s and B\'s; the oracle\'s 100% knows the exact trust.',
        gap: 'B\'s greedy policy now earns at least 10 points of the oracle more than A\'s on the same shoppers.',
      },
      explanations: {
        less: 'Without the engagement signal A cannot tell a trusting shopper from a wary one until their clicks and purchases say so, and it has to learn that inference from experience, with less to go on at every step. Compare the two planners\' figures below: a plan that knows how the shop works loses what the hidden signal costs it, often little; the network that must learn the shop loses much more.',
        same: 'This run could not tell the two apart: their steady figures differ by less than the evaluations\' own swing. In the lab\'s measurements (60 thousand steps) hiding the signal cost the default between about a tenth and nearly half of its figure, depending on the seed.',
        more: 'In this run A earned more than B. In the lab\'s measurements at the lesson\'s budget hiding the signal cost the default on every seed; a run can still land the other way when B\'s learning happens to lag.',
      },
      rule: 'The check compares the two steady figures (each the mean of the last half of the side\'s greedy evaluations): when they differ by no more than twice the standard error of that difference (the evaluations\' own swing), the run cannot tell them apart ("about the same"). The planners\' figures are scored once, at the start, on each side\'s evaluation cohort.',
    },
    zh: {
      title: '部分可观测：智能体看不到的东西',
      summary: '看不到投入信号的默认智能体，对比能看到它的同一个智能体。',
      question: '顾客的信任决定他们是否购买、停留多久，但没有哪个智能体能直接看到它。B 方看得到一个随信任变化、带噪声的投入信号；A 方看不到这个信号，只能从点击和购买中推断信任。DP 最优策略（100%）按确切的信任做计划。A 比 B 表现如何？',
      choices: { less: 'A 比 B 赚得少', same: '差不多', more: 'A 比 B 赚得多' },
      figures: {
        steadyA: 'A（信任隐藏）：稳定的占最优比例',
        steadyB: 'B（带噪声的信号）：稳定的占最优比例',
        plannerA: '按 A 所见的最佳计划：占最优比例',
        plannerB: '按 B 所见的最佳计划：占最优比例',
      },
      callouts: {
        'first-results': '两方的第一次贪心评估已经出来了。图上观测规划器的线是按各方（A 和 B）所见能做出的最佳计划；最优策略的 100% 知道确切的信任。',
        gap: '在同一批顾客上，B 的贪心策略现在比 A 的多赚至少 10 个百分点（相对最优）。',
      },
      explanations: {
        less: '没有投入信号，A 分不清信任商店的顾客和心存戒备的顾客，要等他们的点击和购买说明情况，而且它必须从经验中学会这种推断，每一步可依据的信息都更少。请比较下面两个规划器的数值：了解商店运作方式的计划只损失隐藏信号的那部分价值，往往很少；必须自己学习商店的网络损失的要多得多。',
        same: '这次运行分不出两方：两方稳定数值之差小于评估本身的波动。在实验室的测量中（6 万步），隐藏信号让默认智能体的数值降低了约十分之一到将近一半，取决于种子。',
        more: '在这次运行中 A 比 B 赚得多。在实验室按本课预算的测量中，隐藏信号在每个种子上都让默认智能体赚得更少；当 B 的学习恰好落后时，一次运行仍可能出现相反的结果。',
      },
      rule: '检查比较两方的稳定数值（各方后一半贪心评估的平均）：如果两者之差不超过该差值标准误的两倍（即评估本身的波动），这次运行就分不出两方（“差不多”）。规划器的数值在开始时按各方的评估顾客群计算一次。',
    },
  },
};
