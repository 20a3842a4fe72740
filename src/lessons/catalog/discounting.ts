// Discounting: gamma = 0 against the far-sighted default on the same shoppers. The myopic agent gets the
// most clicks and the least return; the check reads both from the steady half of the run's evaluations.

import type { Lesson } from '../lesson';
import { compareFigure, compareSteady } from '../outcome-rules';

type Choice = 'clicks-a-return-b' | 'return-b' | 'same' | 'return-a';
type Figure = 'steadyA' | 'steadyB' | 'clickRateA' | 'clickRateB';
type Callout = 'first-results' | 'values-apart' | 'return-gap';

export const discounting: Lesson<Choice, Figure, Callout> = {
  id: 'discounting',
  pair: { a: 'myopic', b: 'default' },
  totalSteps: 40_000,
  charts: ['percentOfOracle', 'clickRate', 'meanQ', 'finalTrust'],
  choices: ['clicks-a-return-b', 'return-b', 'same', 'return-a'],
  figures: { steadyA: 'percent', steadyB: 'percent', clickRateA: 'share', clickRateB: 'share' },
  measure(metrics) {
    const earned = compareSteady(metrics);
    const clicks = compareFigure(metrics, 'clickRate');
    if (!earned || !clicks) return null;
    const figures = { steadyA: earned.a, steadyB: earned.b, clickRateA: clicks.a, clickRateB: clicks.b };
    if (earned.comparison === 'same') return { choice: 'same', figures };
    if (earned.comparison === 'more') return { choice: 'return-a', figures };
    return { choice: clicks.comparison === 'more' ? 'clicks-a-return-b' : 'return-b', figures };
  },
  callouts: [
    { id: 'first-results', rule: { kind: 'evaluations', count: 1 }, chart: 'clickRate' },
    { id: 'values-apart', rule: { kind: 'above', side: 'b', series: 'meanQ', value: 1 }, chart: 'meanQ' },
    { id: 'return-gap', rule: { kind: 'gap', leader: 'b', points: 20 }, chart: 'percentOfOracle' },
  ],
  reading: { topics: ['knobs', 'mdp'], faq: [1], reading: ['suttonBarto', 'drn'] },
  text: {
    en: {
      title: 'Discounting: the click now or the shopper later',
      summary: 'γ = 0 against γ = 0.999 on the same shoppers: who gets the clicks, who earns the return?',
      question: 'Side A values only the next reward (γ = 0); side B adds up the rewards still to come (γ = 0.999). Both meet the same shoppers. Which side gets more clicks per recommendation, and which earns more?',
      choices: {
        'clicks-a-return-b': 'A gets more clicks, B earns more',
        'return-b': 'B earns more, and A gets no more clicks than B',
        same: 'They earn about the same',
        'return-a': 'A earns more',
      },
      figures: { steadyA: 'A: steady % of the oracle', steadyB: 'B: steady % of the oracle', clickRateA: 'A: clicks per recommendation', clickRateB: 'B: clicks per recommendation' },
      callouts: {
        'first-results': 'The first greedy evaluation of each side is in. Watch the click rate here and % of the oracle beside it: the click rate counts what a recommendation earns now, the % what the whole session earns.',
        'values-apart': 'B\'s mean Q-value has just passed 1. With γ = 0.999 each Q-value adds up the rewards still to come in the session; with γ = 0, A\'s Q-value is only the next reward, so its line stays low.',
        'return-gap': 'B\'s greedy policy now earns at least 20 points of the oracle more than A\'s on the same shoppers.',
      },
      explanations: {
        'clicks-a-return-b': 'With γ = 0 the target is just y = r: A picks whatever is most likely to be clicked now, clickbait deals included. Each clickbait click costs the shopper\'s trust, and a shopper with little trust buys less and leaves early, so A\'s sessions are short and earn little. B values the purchases that trust makes possible later.',
        'return-b': 'B earned more, but in this run A\'s greedy policy did not get clearly more clicks: a shopper who still trusts the shop clicks more, so B\'s long sessions can hold as many clicks as A\'s short ones. In the lab\'s measurements (60 thousand steps, three seeds) A had the higher click rate.',
        same: 'This run could not tell the two apart: their steady figures differ by less than the evaluations\' own swing. Before either side has learned much (the network makes its first update after 1,000 steps), both greedy policies come from the same initial weights. In the lab\'s measurements (60 thousand steps, three seeds) B earned about four times what A earned.',
        'return-a': 'In this run A\'s greedy choices earned more: B had not yet learned what a shopper\'s trust is worth. In the lab\'s measurements (60 thousand steps, three seeds) B earned about four times what A earned on every seed; a shorter run may stop before B has learned that.',
      },
      rule: 'The check averages the last half of each side\'s greedy evaluations, for their % of the oracle ("earns") and their clicks per recommendation ("clicks"): a side earns or clicks more when its mean is above the other\'s by more than twice the standard error of the difference; within that, the run cannot tell them apart.',
    },
    zh: {
      title: '折扣：眼前的点击，还是以后的顾客',
      summary: '同一批顾客上 γ = 0 对 γ = 0.999：谁拿到点击，谁赚到回报？',
      question: 'A 方只看下一步的奖励（γ = 0）；B 方把本次会话中以后的奖励都加起来（γ = 0.999）。两方遇到的是同一批顾客。哪一方每次推荐得到的点击更多？哪一方赚得更多？',
      choices: {
        'clicks-a-return-b': 'A 点击更多，B 赚得更多',
        'return-b': 'B 赚得更多，A 的点击也不比 B 多',
        same: '两方赚得差不多',
        'return-a': 'A 赚得更多',
      },
      figures: { steadyA: 'A：稳定的占最优比例', steadyB: 'B：稳定的占最优比例', clickRateA: 'A：每次推荐的点击数', clickRateB: 'B：每次推荐的点击数' },
      callouts: {
        'first-results': '两方的第一次贪心评估已经出来了。请看这里的点击率和旁边的“占最优比例”：点击率衡量一次推荐当下得到什么，比例衡量整个会话赚到多少。',
        'values-apart': 'B 的平均 Q 值刚刚超过 1。γ = 0.999 时，每个 Q 值把会话中以后的奖励都加起来；γ = 0 时，A 的 Q 值只是下一步的奖励，所以它的曲线一直很低。',
        'return-gap': '在同一批顾客上，B 的贪心策略现在比 A 的多赚至少 20 个百分点（相对最优）。',
      },
      explanations: {
        'clicks-a-return-b': 'γ = 0 时目标就是 y = r：A 推荐当下最可能被点击的商品，包括标题党特价品。每次标题党点击都消耗顾客的信任，信任低的顾客买得少、走得早，所以 A 的会话短、赚得少。B 看重的是信任在以后带来的购买。',
        'return-b': 'B 赚得更多，但在这次运行中 A 的贪心策略并没有明显得到更多点击：仍然信任商店的顾客点击更多，所以 B 的长会话里的点击可能和 A 的短会话一样多。在实验室的测量中（6 万步，三个种子），都是 A 的点击率更高。',
        same: '这次运行分不出两方：两方稳定数值之差小于评估本身的波动。在两方都还没学到多少东西之前（网络在 1000 步之后才做第一次更新），两个贪心策略都来自相同的初始权重。在实验室的测量中（6 万步，三个种子），B 赚的约是 A 的四倍。',
        'return-a': '在这次运行中 A 的贪心选择赚得更多：B 还没学会顾客的信任值多少。在实验室的测量中（6 万步，三个种子），每个种子上 B 赚的都约是 A 的四倍；更短的运行可能在 B 学会这一点之前就停了。',
      },
      rule: '检查时对每一方后一半的贪心评估取平均，分别看占最优比例（“赚”）和每次推荐的点击数（“点击”）：一方的平均值比另一方高出差值标准误的两倍以上，才算赚得或点击更多；在此范围内，这次运行分不出两方。',
    },
  },
};
