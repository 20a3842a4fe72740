// Reward design: tabular Q-learning on a reward that counts clicks only, against the same table learning the
// shop's reward. Both are scored on the shop's reward; the trap shows on every seed once the tables have
// settled (2M steps, about half a minute a side at fast-forward), so the lesson keeps that budget.

import { TABULAR_KIND } from '../../contracts/agent-kinds';
import type { Lesson } from '../lesson';
import { STEADY_COMPARISON, type SteadyComparison } from '../outcome-rules';

type Figure = 'steadyA' | 'steadyB';
type Callout = 'first-results' | 'gap';

export const rewardDesign: Lesson<SteadyComparison, Figure, Callout> = {
  id: 'reward-design',
  pair: { a: 'clicks-only', b: TABULAR_KIND.id },
  totalSteps: 2_000_000,
  // A table's single evaluations swing by tens of points: forty of them (every 50k steps, as the lesson was measured) steady the figure.
  evaluations: 40,
  charts: ['percentOfOracle', 'finalTrust', 'clickRate'],
  ...STEADY_COMPARISON,
  callouts: [
    { id: 'first-results', rule: { kind: 'evaluations', count: 1 }, chart: 'percentOfOracle' },
    { id: 'gap', rule: { kind: 'gap', leader: 'b', points: 5 }, chart: 'percentOfOracle' },
  ],
  reading: { topics: ['mdp'], faq: [0], reading: ['drn', 'recSim'] },
  text: {
    en: {
      title: 'Reward design: what you reward is what you get',
      summary: 'A Q-table rewarded for clicks only against one rewarded with the shop\'s own reward.',
      question: 'Both sides learn the same Q-table. Side A is rewarded for clicks only (purchases count for nothing); side B learns the shop\'s reward (a click, plus a purchase\'s price). Both are scored on what they earn the shop. How does A do against B?',
      choices: { less: 'A earns the shop less than B', same: 'About the same', more: 'A earns the shop more than B' },
      figures: { steadyA: 'A: steady % of the oracle (shop\'s reward)', steadyB: 'B: steady % of the oracle (shop\'s reward)' },
      callouts: {
        'first-results': 'The first greedy evaluation of each side is in. Whatever reward a side learns from, its evaluation counts the shop\'s reward, so the two lines on this chart are comparable.',
        gap: 'B\'s greedy policy now earns the shop at least 5 points of the oracle more than A\'s on the same shoppers.',
      },
      explanations: {
        less: 'A learns what it is paid for: clicks. It stops valuing what purchases earn, so it does not steer shoppers toward the solid and premium items they buy, and its shoppers end with less trust. A proxy reward that is easy to get teaches the proxy.',
        same: 'This run could not tell the two apart: their steady figures differ by less than the evaluations\' own swing. The tables are coarse and settle slowly; at the lesson\'s budget (2 million steps) the lab measured A below B on each of six seeds.',
        more: 'In this run the clicks-only table earned the shop more. At the lesson\'s budget the lab measured the opposite on each of six seeds; a short run may stop before the tables settle.',
      },
      rule: 'The check compares the two steady figures on the shop\'s reward (each the mean of the last half of the side\'s greedy evaluations, forty in this lesson, as a table\'s evaluations swing widely): when they differ by no more than twice the standard error of that difference, the run cannot tell them apart ("about the same").',
    },
    zh: {
      title: '奖励设计：奖励什么，就得到什么',
      summary: '只按点击给奖励的 Q 表，对比按商店自己的奖励学习的 Q 表。',
      question: '两方学习同样的 Q 表。A 方只因点击得到奖励（购买不算）；B 方学习商店的奖励（一次点击，加上购买的价格）。两方都按它们给商店赚的钱评分。A 比 B 表现如何？',
      choices: { less: 'A 给商店赚的比 B 少', same: '差不多', more: 'A 给商店赚的比 B 多' },
      figures: { steadyA: 'A：稳定的占最优比例（商店奖励）', steadyB: 'B：稳定的占最优比例（商店奖励）' },
      callouts: {
        'first-results': '两方的第一次贪心评估已经出来了。不管一方从什么奖励中学习，评估计算的都是商店的奖励，所以这张图上的两条线可以比较。',
        gap: '在同一批顾客上，B 的贪心策略现在给商店多赚至少 5 个百分点（相对最优）。',
      },
      explanations: {
        less: 'A 学的是它得到报酬的东西：点击。它不再看重购买带来的收益，所以不会把顾客引向他们会买的可靠和高档商品，它的顾客最后的信任也更低。容易得到的替代奖励，教会的就是这个替代品。',
        same: '这次运行分不出两方：两方稳定数值之差小于评估本身的波动。Q 表很粗糙，稳定得慢；在本课的预算（200 万步）下，实验室在六个种子上测得的都是 A 低于 B。',
        more: '在这次运行中，只看点击的 Q 表给商店赚得更多。实验室按本课预算在六个种子上测得的都是相反的结果；短的运行可能在 Q 表稳定之前就停了。',
      },
      rule: '检查按商店奖励比较两方的稳定数值（各方后一半贪心评估的平均；本课评估四十次，因为 Q 表的评估波动很大）：如果两者之差不超过该差值标准误的两倍，这次运行就分不出两方（“差不多”）。',
    },
  },
};
