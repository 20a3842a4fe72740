// The learning rate too high: alpha = 0.1 against the default's 3e-3. The network collapses onto one item
// for every shopper; the check measures it as a greedy policy that stopped changing and earns less than
// recommending at random, on the side's own evaluation cohort.

import type { Lesson } from '../lesson';
import { referencePercent } from '../lesson-metrics';
import { compareSteady, isFrozen } from '../outcome-rules';

type Choice = 'collapse' | 'less' | 'as-well';
type Figure = 'steadyA' | 'steadyB' | 'random';
type Callout = 'first-results' | 'loss-spike' | 'frozen';

/** Evaluations that must be identical for the greedy policy to count as frozen. */
const FROZEN_EVALUATIONS = 3;

export const learningRate: Lesson<Choice, Figure, Callout> = {
  id: 'learning-rate',
  pair: { a: 'alpha-too-high', b: 'default' },
  totalSteps: 40_000,
  charts: ['percentOfOracle', 'loss', 'meanQ', 'clickRate'],
  choices: ['collapse', 'less', 'as-well'],
  figures: { steadyA: 'percent', steadyB: 'percent', random: 'percent' },
  measure(metrics) {
    const compared = compareSteady(metrics);
    const random = referencePercent(metrics.a, 'random');
    if (!compared || random === null) return null;
    const figures = { steadyA: compared.a, steadyB: compared.b, random };
    // Frozen below random while B learned: before any update both sides' policies are frozen, and equal.
    if (isFrozen(metrics.a, FROZEN_EVALUATIONS) && compared.a < random && compared.comparison === 'less') return { choice: 'collapse', figures };
    return { choice: compared.comparison === 'less' ? 'less' : 'as-well', figures };
  },
  callouts: [
    { id: 'first-results', rule: { kind: 'evaluations', count: 1 }, chart: 'percentOfOracle' },
    { id: 'loss-spike', rule: { kind: 'spike', side: 'a', series: 'loss', factor: 10, window: 20 }, chart: 'loss' },
    { id: 'frozen', rule: { kind: 'frozen', side: 'a', evaluations: FROZEN_EVALUATIONS }, chart: 'percentOfOracle' },
  ],
  reading: { topics: ['knobs', 'qLearning'], faq: [1, 2], reading: ['mnih2015'] },
  text: {
    en: {
      title: 'The learning rate: too big a step',
      summary: 'α = 0.1 against the default 0.003: does a bigger step learn faster?',
      question: 'Side A takes optimizer steps over thirty times larger than side B (α = 0.1 against 0.003), with nothing else changed. What happens to A?',
      choices: {
        collapse: 'A collapses: it recommends one fixed thing and earns less than random',
        less: 'A still learns, but earns less than B',
        'as-well': 'A learns as well as B, or better (bigger steps, faster learning)',
      },
      figures: { steadyA: 'A: steady % of the oracle', steadyB: 'B: steady % of the oracle', random: 'Random recommendations: % of the oracle' },
      callouts: {
        'first-results': 'The first greedy evaluation of each side is in. The random policy\'s line on this chart is the floor any learning agent should clear.',
        'loss-spike': 'A\'s loss just jumped above ten times its median over the previous twenty updates: each step of α = 0.1 moves the network far past the target it was chasing.',
        frozen: 'A\'s last three greedy evaluations are identical to the last decimal: its greedy policy no longer changes, whatever it keeps learning.',
      },
      explanations: {
        collapse: 'With α = 0.1 Adam\'s steps are far too large: the network\'s ReLU units are pushed to where they output 0 for every input and stop learning. Its Q-values then no longer depend on the shopper, so it recommends the same item to everyone, earning what always showing that one item earns, below random. The identical evaluations and the figure under random\'s are how this check sees it.',
        less: 'A learned something in this run but less than B: its steps overshoot often enough to hold it back without freezing it. In the lab\'s measurements (60 thousand steps, three seeds) A collapsed to one fixed item on every seed.',
        'as-well': 'In this run A kept up with B: the run may have been too short for the large steps to do their damage, or B had not yet pulled ahead. In the lab\'s measurements (60 thousand steps, three seeds) A collapsed to one fixed item on every seed.',
      },
      rule: 'The check calls it a collapse when A\'s last three evaluations are identical, its steady figure is under the random policy\'s and clearly under B\'s; otherwise it compares the steady figures (each the mean of the last half of the evaluations), and a difference within twice its standard error counts as "as well".',
    },
    zh: {
      title: '学习率：步子太大',
      summary: 'α = 0.1 对默认的 0.003：步子更大就学得更快吗？',
      question: 'A 方的优化器步长是 B 方的三十多倍（α = 0.1 对 0.003），其余都不变。A 会怎样？',
      choices: {
        collapse: 'A 崩溃：它总推荐同一样东西，赚得比随机还少',
        less: 'A 仍在学习，但比 B 赚得少',
        'as-well': 'A 学得和 B 一样好或更好（步子大，学得快）',
      },
      figures: { steadyA: 'A：稳定的占最优比例', steadyB: 'B：稳定的占最优比例', random: '随机推荐：占最优比例' },
      callouts: {
        'first-results': '两方的第一次贪心评估已经出来了。图上随机策略的线是任何在学习的智能体都应该超过的底线。',
        'loss-spike': 'A 的损失刚刚跳到前二十次更新中位数的十倍以上：α = 0.1 的每一步都把网络推得远远越过它要追的目标。',
        frozen: 'A 最后三次贪心评估完全相同（到最后一位小数）：不管它还在学什么，它的贪心策略已经不再变化。',
      },
      explanations: {
        collapse: 'α = 0.1 时 Adam 的步子太大：网络的 ReLU 单元被推到对任何输入都输出 0 的位置，不再学习。于是它的 Q 值不再取决于顾客，它对每个人都推荐同一个商品，收益就是总推荐这一个商品的收益，低于随机。完全相同的评估和低于随机的数值，就是本次检查看到它的方式。',
        less: '在这次运行中 A 学到了一些，但比 B 少：它的步子经常越过目标，足以拖慢它，但还没让它停止变化。在实验室的测量中（6 万步，三个种子），A 在每个种子上都崩溃到一个固定的商品。',
        'as-well': '在这次运行中 A 跟上了 B：运行可能太短，大步子还没造成破坏，或者 B 还没拉开差距。在实验室的测量中（6 万步，三个种子），A 在每个种子上都崩溃到一个固定的商品。',
      },
      rule: '如果 A 最后三次评估完全相同，它的稳定数值低于随机策略并明显低于 B，检查就判定为崩溃；否则比较两方的稳定数值（各方后一半评估的平均），差值在其标准误的两倍以内算作“一样好”。',
    },
  },
};
