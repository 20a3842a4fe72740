// Exploration: tabular Q-learning with epsilon = 0 against the same table with epsilon decaying. The table
// shows the lesson (the DQN's generalisation varies its choices anyway: see the no-exploration preset).

import { TABULAR_KIND } from '../../contracts/agent-kinds';
import type { Lesson } from '../lesson';
import { STEADY_COMPARISON, type SteadyComparison } from '../outcome-rules';

type Figure = 'steadyA' | 'steadyB';
type Callout = 'first-results' | 'frozen' | 'gap';

export const exploration: Lesson<SteadyComparison, Figure, Callout> = {
  id: 'exploration',
  pair: { a: 'no-exploration', b: TABULAR_KIND.id },
  totalSteps: 200_000,
  charts: ['percentOfOracle', 'clickRate', 'finalTrust'],
  ...STEADY_COMPARISON,
  callouts: [
    { id: 'first-results', rule: { kind: 'evaluations', count: 1 }, chart: 'percentOfOracle' },
    { id: 'frozen', rule: { kind: 'frozen', side: 'a', evaluations: 3 }, chart: 'percentOfOracle' },
    { id: 'gap', rule: { kind: 'gap', leader: 'b', points: 10 }, chart: 'percentOfOracle' },
  ],
  reading: { topics: ['epsilonGreedy', 'qLearning'], faq: [1], reading: ['suttonBarto'] },
  text: {
    en: {
      title: 'Exploration: never trying anything new',
      summary: 'A Q-table that never explores (ε = 0) against one whose ε decays from 1.',
      question: 'Both sides learn the same Q-table from values of 0. Side A always recommends the item its table values most (ε = 0); side B starts by recommending at random and explores less and less (ε decays from 1 to 0.05). How does A\'s greedy policy do against B\'s?',
      choices: { less: 'A earns less than B', same: 'About the same', more: 'A earns more than B' },
      figures: { steadyA: 'A: steady % of the oracle', steadyB: 'B: steady % of the oracle' },
      callouts: {
        'first-results': 'The first greedy evaluation of each side is in. Both tables were trained on the same shoppers; only the share of random recommendations differs.',
        frozen: 'A\'s last three greedy evaluations are identical to the last decimal: its greedy policy no longer changes from one evaluation to the next, while B\'s keeps moving.',
        gap: 'B\'s greedy policy now earns at least 10 points of the oracle more than A\'s on the same shoppers.',
      },
      explanations: {
        less: 'With ε = 0 and every value starting at 0, each tie goes to the first item on the list. That item pays now and then, so its value rises above the untried zeros, and A never has a reason to try another: it recommends the same item to everyone and learns nothing about the rest. B\'s random recommendations find out what the other items are worth.',
        same: 'This run could not tell the two apart: their steady figures differ by less than the evaluations\' own swing. B had explored too little for its table to pull ahead; at the lesson\'s budget (200 thousand steps) it earned over three times what A earned in the lab\'s measurement.',
        more: 'In this run A\'s single item did better than B\'s table, which had explored but not yet learned from it. In the lab\'s measurement at the lesson\'s budget A stays at what always showing one item earns, a little under random.',
      },
      rule: 'The check compares the two steady figures (each the mean of the last half of the side\'s greedy evaluations): when they differ by no more than twice the standard error of that difference (the evaluations\' own swing), the run cannot tell them apart ("about the same").',
    },
    zh: {
      title: '探索：从不尝试新东西',
      summary: '从不探索（ε = 0）的 Q 表，对比 ε 从 1 开始衰减的 Q 表。',
      question: '两方都从全 0 开始学习同样的 Q 表。A 方总是推荐表中价值最高的商品（ε = 0）；B 方一开始随机推荐，之后探索越来越少（ε 从 1 衰减到 0.05）。A 的贪心策略比 B 的表现如何？',
      choices: { less: 'A 比 B 赚得少', same: '差不多', more: 'A 比 B 赚得多' },
      figures: { steadyA: 'A：稳定的占最优比例', steadyB: 'B：稳定的占最优比例' },
      callouts: {
        'first-results': '两方的第一次贪心评估已经出来了。两张表在同一批顾客上训练，唯一的区别是随机推荐的比例。',
        frozen: 'A 最后三次贪心评估完全相同（到最后一位小数）：它的贪心策略在两次评估之间不再变化，而 B 的仍在变化。',
        gap: '在同一批顾客上，B 的贪心策略现在比 A 的多赚至少 10 个百分点（相对最优）。',
      },
      explanations: {
        less: 'ε = 0 且所有值从 0 开始时，每次平局都归列表中的第一个商品。这个商品时不时有收益，它的值就升到未尝试过的 0 之上，A 再也没有理由尝试别的：它对每位顾客都推荐同一个商品，对其余商品一无所知。B 的随机推荐则弄清了其他商品的价值。',
        same: '这次运行分不出两方：两方稳定数值之差小于评估本身的波动。B 探索得太少，它的表还没拉开差距；在本课的预算（20 万步）下，实验室测得 B 赚的是 A 的三倍多。',
        more: '在这次运行中，A 的单一商品比 B 的表表现更好：B 已经探索过，但还没从中学到东西。在实验室按本课预算的测量中，A 一直停留在总是推荐同一个商品的收益，略低于随机推荐。',
      },
      rule: '检查比较两方的稳定数值（各方后一半贪心评估的平均）：如果两者之差不超过该差值标准误的两倍（即评估本身的波动），这次运行就分不出两方（“差不多”）。',
    },
  },
};
