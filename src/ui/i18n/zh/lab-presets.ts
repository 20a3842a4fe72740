// The presets' titles and one-sentence lessons in Simplified Chinese, shaped like en/lab-presets.ts.
import type { presets as enPresets } from '../en/lab-presets';

export const presets: typeof enPresets = {
  default: {
    title: '远视的 DQN',
    description: '采用 3 步回报、六个类别共用一个网络的 Double DQN 学会用优质和高端商品建立信任，在第一分钟内就能赚到标题党策略约三倍的回报。',
  },
  myopic: {
    title: '短视（γ = 0）',
    description: '当 γ = 0 时，智能体只看重下一步的奖励，于是它猛推标题党特价商品，耗尽顾客的信任度，让会话早早结束。',
  },
  'no-exploration': {
    title: '不探索（表格型）',
    description: '探索率 ε = 0、Q 值初始化为零的表格型 Q 学习会死守第一个带来过奖励的商品；DQN 体现不出这一课，因为它的泛化本身就会让选择有所变化。',
  },
  'alpha-too-high': {
    title: '学习率过高',
    description: '当学习率 α = 0.1 时，Adam 的步长太大：网络的神经元纷纷“死亡”，Q 值塌缩到平均奖励附近，智能体的收益只比随机策略略高。',
  },
  'no-target-network': {
    title: '无目标网络（教科书式 DQN）',
    description: '去掉目标网络后，教科书式单步 DQN 直接用正在训练的网络自举，收益比有目标网络时少了约三分之一；默认设置的多步 Double DQN 几乎体现不出这一课，所以本预设从教科书式智能体出发。',
  },
  'one-step': {
    title: '教科书式单步 DQN',
    description: '最朴素的教科书 DQN（从 20 个数到 24 个 Q 值的扁平网络、单步目标、不用 Double DQN）停滞在短视策略附近，而它的 Q 值却攀升到远高于任何真实回报：这些扩展是有用的。',
  },
  tabular: {
    title: '表格型 Q 学习',
    description: '在一张小表格（首选类别 × 参与度 × 会话进度）上运行的 Q 学习公式本身：易于阅读，但和神经网络相比过于粗糙：网络训练 6 万步的收益就超过了表格训练 200 万步的收益。',
  },
  'trust-hidden': {
    title: '隐藏信任度',
    description: '没有参与度信号时，智能体只能从点击率和购买率推断信任度，收益约为默认设置的一半。',
  },
  'trust-exact': {
    title: '可见信任度（教科书式 DQN）',
    description: '能看到确切的信任度时，连教科书式单步 DQN 也学会了维护顾客的信任，收益是只看带噪声参与度信号时的两倍多；而默认智能体从带噪声的信号中也能几乎同样好地读出信任度，所以本预设从教科书式智能体出发。',
  },
  'clicks-only': {
    title: '奖励只计点击（表格型）',
    description: '当奖励只计点击而忽略购买时，表格型 Q 学习以牺牲信任和购买为代价去追逐点击，给商店带来的收益比学习商店奖励的同一张表格少了约三分之一（奖励设计陷阱）；远视的 DQN 只轻微地体现这一陷阱，因为点击也需要信任，所以本预设使用表格。',
  },
};
