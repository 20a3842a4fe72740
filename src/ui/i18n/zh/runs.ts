// The runs strings in Simplified Chinese, shaped like en/runs.ts.
import type { RunsMessages } from '../en/runs';

export const runs: RunsMessages = {
  title: '已保存的训练',
  intro: '每次训练达到步数预算或发散时，都会保存在本浏览器中；训练超过 1,000 步后重置或更换预设的训练也会保存（标记为提前停止）。最多勾选四个，把它们画在回报和损失图上。',
  empty: '还没有保存的训练：把一次训练跑完它的步数预算（步数预算 steps= 较小的链接很快就能跑完），或在训练一段时间后重置。',
  loading: '正在读取已保存的训练…',
  storageProblem: '此浏览器窗口无法保存训练（可能是隐私窗口或磁盘已满）：列表只保留到关闭页面为止。',
  runName: (preset: string, number: number) => `${preset} #${number}`,
  runNumber: (number: number) => `#${number}`,
  columns: { overlay: '叠加', run: '训练', status: '状态', score: '贪婪策略得分', differs: '不同的设置', ended: '结束时间', actions: '删除' },
  status: { finished: '已完成', diverged: '已发散', stopped: '提前停止' },
  atStep: (step: string, total: string) => `第 ${step} 步（共 ${total} 步）`,
  percentOfOracle: (percent: string) => `达到最优策略（oracle）的 ${percent}%`,
  noEvaluation: '尚无评估',
  knobsTurned: (count: number) => `训练中调整过 ${count} 次参数`,
  sameSettings: '设置相同',
  onlyRun: '—',
  overlay: (name: string) => `把 ${name} 叠加到图上`,
  overlayFull: '已经叠加了四个训练：取消勾选一个，才能叠加其他训练。',
  remove: '删除',
  removeRun: (name: string) => `删除 ${name}`,
  clear: '全部删除',
  confirmClear: (count: number) => `删除全部 ${count} 个已保存的训练`,
  cancel: '取消',
  returnLegend: '已保存的训练（移动平均）',
  lossLegend: '已保存的训练',
};
