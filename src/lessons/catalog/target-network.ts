// The target network: the textbook one-step DQN without its target network against the same agent with it.
// The default's multi-step Double DQN hardly shows this lesson, so both sides are the textbook agent.

import type { Lesson } from '../lesson';
import { STEADY_COMPARISON, type SteadyComparison } from '../outcome-rules';

type Figure = 'steadyA' | 'steadyB';
type Callout = 'first-results' | 'values-climb' | 'loss-spike' | 'gap';

export const targetNetwork: Lesson<SteadyComparison, Figure, Callout> = {
  id: 'target-network',
  pair: { a: 'no-target-network', b: 'one-step' },
  totalSteps: 60_000,
  charts: ['percentOfOracle', 'meanQ', 'loss', 'returnAverage'],
  ...STEADY_COMPARISON,
  callouts: [
    { id: 'first-results', rule: { kind: 'evaluations', count: 1 }, chart: 'percentOfOracle' },
    { id: 'values-climb', rule: { kind: 'above', side: 'a', series: 'meanQ', value: 10 }, chart: 'meanQ' },
    { id: 'loss-spike', rule: { kind: 'spike', side: 'a', series: 'loss', factor: 10, window: 20 }, chart: 'loss' },
    { id: 'gap', rule: { kind: 'gap', leader: 'b', points: 5 }, chart: 'percentOfOracle' },
  ],
  reading: { topics: ['targetNetwork', 'qLearning'], faq: [3], reading: ['mnih2015', 'doubleDqn'] },
  text: {
    en: {
      title: 'The target network: chasing your own tail',
      summary: 'The textbook one-step DQN without its target network against the same agent with it.',
      question: 'Both sides are the textbook one-step DQN. Side B computes its targets y = r + γ max Q\'(s\', a\') with a copy of its network refreshed now and then; side A uses the very network it is training. How does A do against B?',
      choices: { less: 'A earns less than B', same: 'About the same', more: 'A earns more than B' },
      figures: { steadyA: 'A: steady % of the oracle', steadyB: 'B: steady % of the oracle' },
      callouts: {
        'first-results': 'The first greedy evaluation of each side is in. Watch the Q-value chart as well: a Q-value estimates a whole session\'s return, which in this shop is a few units at most.',
        'values-climb': 'A\'s mean Q-value has passed 10: more than twice what the DP oracle earns in a whole session. Every update also moves the target A chases, and its values climb with it.',
        'loss-spike': 'A\'s loss just jumped above ten times its median over the previous twenty updates: the targets moved under it.',
        gap: 'B\'s greedy policy now earns at least 5 points of the oracle more than A\'s on the same shoppers.',
      },
      explanations: {
        less: 'Without a target network every update moves the target it chases: raising Q(s, a) also raises max Q(s\', a\') of similar states, so the values feed on themselves and drift far above any real return, and the greedy choices built on them are worse. The copy B keeps holds the targets still between refreshes.',
        same: 'This run could not tell the two apart: their steady figures differ by less than the evaluations\' own swing. At the lesson\'s budget (60 thousand steps) the lab measured A a third below B on average (three seeds); the gap can take most of the run to open.',
        more: 'In this run A did better than B. The lesson is a tendency, not a law: in the lab\'s measurement at this budget A earned less on every seed of three, and a third less on average.',
      },
      rule: 'The check compares the two steady figures (each the mean of the last half of the side\'s greedy evaluations): when they differ by no more than twice the standard error of that difference (the evaluations\' own swing), the run cannot tell them apart ("about the same").',
    },
    zh: {
      title: '目标网络：追着自己的尾巴跑',
      summary: '没有目标网络的教科书式一步 DQN，对比有目标网络的同一个智能体。',
      question: '两方都是教科书式的一步 DQN。B 方用一份不时刷新的网络副本计算目标 y = r + γ max Q\'(s\', a\')；A 方直接用正在训练的网络本身。A 比 B 表现如何？',
      choices: { less: 'A 比 B 赚得少', same: '差不多', more: 'A 比 B 赚得多' },
      figures: { steadyA: 'A：稳定的占最优比例', steadyB: 'B：稳定的占最优比例' },
      callouts: {
        'first-results': '两方的第一次贪心评估已经出来了。也请看 Q 值图：Q 值估计的是整个会话的回报，在这个商店里最多只有几个单位。',
        'values-climb': 'A 的平均 Q 值已经超过 10：是 DP 最优策略在整个会话中收益的两倍多。每次更新也会移动 A 所追的目标，它的值就跟着一路上涨。',
        'loss-spike': 'A 的损失刚刚跳到前二十次更新中位数的十倍以上：目标在它脚下移动了。',
        gap: '在同一批顾客上，B 的贪心策略现在比 A 的多赚至少 5 个百分点（相对最优）。',
      },
      explanations: {
        less: '没有目标网络时，每次更新都会移动它所追的目标：提高 Q(s, a) 也会提高相似状态的 max Q(s\', a\')，于是值自我强化，远远高出任何真实回报，建立在它们之上的贪心选择也就更差。B 保留的副本让目标在两次刷新之间保持不动。',
        same: '这次运行分不出两方：两方稳定数值之差小于评估本身的波动。在本课的预算（6 万步）下，实验室测得 A 平均比 B 低三分之一（三个种子）；差距可能要到运行后期才拉开。',
        more: '在这次运行中 A 比 B 表现更好。这一课讲的是一种趋势而不是定律：实验室按这个预算测量时，三个种子上 A 都赚得更少，平均少三分之一。',
      },
      rule: '检查比较两方的稳定数值（各方后一半贪心评估的平均）：如果两者之差不超过该差值标准误的两倍（即评估本身的波动），这次运行就分不出两方（“差不多”）。',
    },
  },
};
