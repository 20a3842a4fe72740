// Discounting: gamma = 0 against the far-sighted default on the same shoppers. The myopic agent gets the
// most clicks and the least return; the check reads both from the steady half of the run's evaluations.

import type { Lesson } from '../lesson';
import { steadyClickRates, steadyFigures } from '../outcome-rules';

type Choice = 'clicks-a-return-b' | 'both-a' | 'both-b' | 'clicks-b-return-a';
type Figure = 'steadyA' | 'steadyB' | 'clickRateA' | 'clickRateB';
type Callout = 'first-results' | 'values-apart' | 'return-gap';

export const discounting: Lesson<Choice, Figure, Callout> = {
  id: 'discounting',
  pair: { a: 'myopic', b: 'default' },
  totalSteps: 40_000,
  charts: ['percentOfOracle', 'clickRate', 'meanQ', 'finalTrust'],
  choices: ['clicks-a-return-b', 'both-a', 'both-b', 'clicks-b-return-a'],
  figures: { steadyA: 'percent', steadyB: 'percent', clickRateA: 'share', clickRateB: 'share' },
  measure(metrics) {
    const steady = steadyFigures(metrics);
    const clicks = steadyClickRates(metrics);
    if (!steady || !clicks) return null;
    const clicksToA = clicks.clickRateA > clicks.clickRateB;
    const returnToA = steady.steadyA > steady.steadyB;
    const choice: Choice = clicksToA ? (returnToA ? 'both-a' : 'clicks-a-return-b') : returnToA ? 'clicks-b-return-a' : 'both-b';
    return { choice, figures: { ...steady, ...clicks } };
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
      summary: 'γ = 0 against γ = 0.99 on the same shoppers: who gets the clicks, who earns the return?',
      question: 'Side A values only the next reward (γ = 0); side B adds up the rewards still to come (γ = 0.99). Both meet the same shoppers. Which side gets more clicks per recommendation, and which earns more?',
      choices: {
        'clicks-a-return-b': 'A gets more clicks, B earns more',
        'both-a': 'A gets more clicks and earns more',
        'both-b': 'B gets more clicks and earns more',
        'clicks-b-return-a': 'B gets more clicks, A earns more',
      },
      figures: { steadyA: 'A: steady % of the oracle', steadyB: 'B: steady % of the oracle', clickRateA: 'A: clicks per recommendation', clickRateB: 'B: clicks per recommendation' },
      callouts: {
        'first-results': 'The first greedy evaluation of each side is in. Watch the click rate here and % of the oracle beside it: the click rate counts what a recommendation earns now, the % what the whole session earns.',
        'values-apart': 'B\'s mean Q-value has just passed 1. With γ = 0.99 each Q-value adds up the rewards still to come in the session; with γ = 0, A\'s Q-value is only the next reward, so its line stays low.',
        'return-gap': 'B\'s greedy policy now earns at least 20 points of the oracle more than A\'s on the same shoppers.',
      },
      explanations: {
        'clicks-a-return-b': 'With γ = 0 the target is just y = r: A picks whatever is most likely to be clicked now, clickbait deals included. Each clickbait click costs the shopper\'s trust, and a shopper with little trust buys less and leaves early, so A\'s sessions are short and earn little. B values the purchases that trust makes possible later.',
        'both-a': 'In this run A both clicked more and earned more: B had not yet learned what a shopper\'s trust is worth. In the lab\'s measurements (60 thousand steps, three seeds) B earned about four times what A earned on every seed; a shorter run may stop before B has learned that.',
        'both-b': 'In this run B also got more clicks than A: a shopper who still trusts the shop clicks more, so a long session can hold more clicks than a short clickbait one. In the lab\'s measurements (60 thousand steps, three seeds) A had the higher click rate.',
        'clicks-b-return-a': 'In this run neither side had learned its policy yet: A\'s greedy choices earned more and B\'s drew more clicks, the opposite of what both ended with in the lab\'s measurements.',
      },
      rule: 'The check averages each side\'s last five greedy evaluations: the side with the higher click rate "gets more clicks", the side with the higher % of the oracle "earns more".',
    },
    zh: {
      title: '折扣：眼前的点击，还是以后的顾客',
      summary: '同一批顾客上 γ = 0 对 γ = 0.99：谁拿到点击，谁赚到回报？',
      question: 'A 方只看下一步的奖励（γ = 0）；B 方把本次会话中以后的奖励都加起来（γ = 0.99）。两方遇到的是同一批顾客。哪一方每次推荐得到的点击更多？哪一方赚得更多？',
      choices: {
        'clicks-a-return-b': 'A 点击更多，B 赚得更多',
        'both-a': 'A 点击更多，也赚得更多',
        'both-b': 'B 点击更多，也赚得更多',
        'clicks-b-return-a': 'B 点击更多，A 赚得更多',
      },
      figures: { steadyA: 'A：稳定的占最优比例', steadyB: 'B：稳定的占最优比例', clickRateA: 'A：每次推荐的点击数', clickRateB: 'B：每次推荐的点击数' },
      callouts: {
        'first-results': '两方的第一次贪心评估已经出来了。请看这里的点击率和旁边的“占最优比例”：点击率衡量一次推荐当下得到什么，比例衡量整个会话赚到多少。',
        'values-apart': 'B 的平均 Q 值刚刚超过 1。γ = 0.99 时，每个 Q 值把会话中以后的奖励都加起来；γ = 0 时，A 的 Q 值只是下一步的奖励，所以它的曲线一直很低。',
        'return-gap': '在同一批顾客上，B 的贪心策略现在比 A 的多赚至少 20 个百分点（相对最优）。',
      },
      explanations: {
        'clicks-a-return-b': 'γ = 0 时目标就是 y = r：A 推荐当下最可能被点击的商品，包括标题党特价品。每次标题党点击都消耗顾客的信任，信任低的顾客买得少、走得早，所以 A 的会话短、赚得少。B 看重的是信任在以后带来的购买。',
        'both-a': '在这次运行中 A 点击更多也赚得更多：B 还没学会顾客的信任值多少。在实验室的测量中（6 万步，三个种子），每个种子上 B 赚的都约是 A 的四倍；更短的运行可能在 B 学会这一点之前就停了。',
        'both-b': '在这次运行中 B 的点击也比 A 多：仍然信任商店的顾客点击更多，所以一个长会话里的点击可能比一个短的标题党会话更多。在实验室的测量中（6 万步，三个种子），都是 A 的点击率更高。',
        'clicks-b-return-a': '在这次运行中两方都还没学好自己的策略：A 的贪心选择赚得更多，B 的点击更多，与实验室测量中两方的最终结果正好相反。',
      },
      rule: '检查时对每一方最后五次贪心评估取平均：点击率较高的一方“点击更多”，占最优比例较高的一方“赚得更多”。',
    },
  },
};
