// Multi-step returns and Double DQN: the textbook one-step DQN against the default (3-step returns, Double
// DQN, one network shared by the categories, averaged weights for the greedy policy).

import type { Lesson } from '../lesson';
import { STEADY_COMPARISON, type SteadyComparison } from '../outcome-rules';

type Figure = 'steadyA' | 'steadyB';
type Callout = 'first-results' | 'values-climb' | 'gap';

export const multiStep: Lesson<SteadyComparison, Figure, Callout> = {
  id: 'multi-step',
  pair: { a: 'one-step', b: 'default' },
  totalSteps: 40_000,
  charts: ['percentOfOracle', 'meanQ', 'returnAverage', 'loss'],
  ...STEADY_COMPARISON,
  callouts: [
    { id: 'first-results', rule: { kind: 'evaluations', count: 1 }, chart: 'percentOfOracle' },
    { id: 'values-climb', rule: { kind: 'above', side: 'a', series: 'meanQ', value: 10 }, chart: 'meanQ' },
    { id: 'gap', rule: { kind: 'gap', leader: 'b', points: 20 }, chart: 'percentOfOracle' },
  ],
  reading: { topics: ['targetNetwork', 'qLearning'], faq: [3], reading: ['doubleDqn', 'suttonBarto'] },
  text: {
    en: {
      title: 'Multi-step returns and Double DQN',
      summary: 'The textbook one-step DQN against the default\'s 3-step Double DQN.',
      question: 'Side A is the textbook DQN: one-step targets, the max over its own estimates, a flat network. Side B is the lab\'s default: rewards of three steps summed before bootstrapping, Double DQN, one network shared by the six categories. How does A do against B?',
      choices: { less: 'A earns less than B', same: 'About the same', more: 'A earns more than B' },
      figures: { steadyA: 'A: steady % of the oracle', steadyB: 'B: steady % of the oracle' },
      callouts: {
        'first-results': 'The first greedy evaluation of each side is in. Watch the Q-value chart beside it: a Q-value estimates a whole session\'s return, which in this shop is a few units at most.',
        'values-climb': 'A\'s mean Q-value has passed 10: more than twice what the DP oracle earns in a whole session. The max over noisy estimates in its one-step target is biased upward, and each update passes the bias on.',
        gap: 'B\'s greedy policy now earns at least 20 points of the oracle more than A\'s on the same shoppers.',
      },
      explanations: {
        less: 'A one-step target sees a single real reward and then trusts its own estimate, whose max is biased upward: the values climb while the policy plateaus near the myopic one. B sums three real rewards before it bootstraps, lets its online network pick the next item and the target network value it (Double DQN), and shares what it learns about one category with the others.',
        same: 'This run could not tell the two apart: their steady figures differ by less than the evaluations\' own swing. In the lab\'s measurements at 60 thousand steps B earned about three times what A earned on every seed; a short run may stop before B pulls ahead.',
        more: 'In this run A did better than B, which had not yet learned its policy. In the lab\'s measurements at 60 thousand steps B earned about three times what A earned on every seed.',
      },
      rule: 'The check compares the two steady figures (each the mean of the last half of the side\'s greedy evaluations): when they differ by no more than twice the standard error of that difference (the evaluations\' own swing), the run cannot tell them apart ("about the same").',
    },
    zh: {
      title: '多步回报与 Double DQN',
      summary: '教科书式的一步 DQN，对比默认的 3 步 Double DQN。',
      question: 'A 方是教科书式 DQN：一步目标、对自己的估计取最大值、扁平网络。B 方是实验室的默认设置：自举前先把三步的奖励加起来、Double DQN、六个品类共用一个网络。A 比 B 表现如何？',
      choices: { less: 'A 比 B 赚得少', same: '差不多', more: 'A 比 B 赚得多' },
      figures: { steadyA: 'A：稳定的占最优比例', steadyB: 'B：稳定的占最优比例' },
      callouts: {
        'first-results': '两方的第一次贪心评估已经出来了。也请看旁边的 Q 值图：Q 值估计的是整个会话的回报，在这个商店里最多只有几个单位。',
        'values-climb': 'A 的平均 Q 值已经超过 10：是 DP 最优策略在整个会话中收益的两倍多。它的一步目标对带噪声的估计取最大值，结果偏高，每次更新又把偏差传下去。',
        gap: '在同一批顾客上，B 的贪心策略现在比 A 的多赚至少 20 个百分点（相对最优）。',
      },
      explanations: {
        less: '一步目标只看到一个真实奖励，然后就相信自己的估计，而估计的最大值是偏高的：值一路上涨，策略却停在接近短视策略的水平。B 在自举前加上三个真实奖励，让在线网络选下一个商品、目标网络给它估值（Double DQN），并把在一个品类上学到的东西共享给其他品类。',
        same: '这次运行分不出两方：两方稳定数值之差小于评估本身的波动。在实验室 6 万步的测量中，每个种子上 B 赚的都约是 A 的三倍；短的运行可能在 B 拉开差距之前就停了。',
        more: '在这次运行中 A 比还没学好策略的 B 表现更好。在实验室 6 万步的测量中，每个种子上 B 赚的都约是 A 的三倍。',
      },
      rule: '检查比较两方的稳定数值（各方后一半贪心评估的平均）：如果两者之差不超过该差值标准误的两倍（即评估本身的波动），这次运行就分不出两方（“差不多”）。',
    },
  },
};
